// Runs the browser test suite (web-test-runner) and prints its coverage. WebKit's MiniBrowser needs a display: without
// one, and with xvfb-run installed, the run is wrapped in xvfb-run so that WebKit takes part.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const args = ['web-test-runner', ...process.argv.slice(2)];
const xvfb = !process.env.DISPLAY && existsSync('/usr/bin/xvfb-run');
const [command, commandArgs] = xvfb ? ['xvfb-run', ['-a', 'npx', ...args]] : ['npx', args];
const { status } = spawnSync(command, commandArgs, { stdio: 'inherit' });
if (existsSync('coverage/coverage-summary.json')) {
  const { total } = JSON.parse(readFileSync('coverage/coverage-summary.json', 'utf8'));
  const figure = (key) => `${key} ${total[key].pct}% (${total[key].covered}/${total[key].total})`;
  console.log(`coverage (Chromium): ${['lines', 'branches', 'functions', 'statements'].map(figure).join(', ')}`);
}
process.exit(status ?? 1);
