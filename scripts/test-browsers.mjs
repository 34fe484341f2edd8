// Runs the browser test suite (web-test-runner) and prints its coverage. WebKit's MiniBrowser needs a display: without
// one, and with xvfb-run installed, the run is wrapped in xvfb-run so that WebKit takes part.
//
// A test file that tested nothing (it did not load, or did not start in time) or failed for the browser driver's
// reasons alone (a WebDriver request that timed out, a page that did not open in time: seen on machines running other
// heavy jobs; a browser that died, test/support/webkit-launcher.mjs) is run once more in that engine, and the run
// passes if it then passes and no test failed otherwise.
// Each such rerun is printed; every failure is listed at the end of the run's output.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { coverageThreshold } from '../test/support/coverage-threshold.mjs';
import { INFRASTRUCTURE_FAILURES } from '../test/support/summary-reporter.mjs';

const ENGINES = { Chrome: 'chromium', Firefox: 'firefox', MiniBrowser: 'webkit' };

function webTestRunner(args, env = process.env) {
  const all = ['web-test-runner', ...args];
  const xvfb = !process.env.DISPLAY && existsSync('/usr/bin/xvfb-run');
  const [command, commandArgs] = xvfb ? ['xvfb-run', ['-a', 'npx', ...all]] : ['npx', all];
  return spawnSync(command, commandArgs, { stdio: 'inherit', env }).status ?? 1;
}

for (const stale of [INFRASTRUCTURE_FAILURES, 'coverage/coverage-summary.json']) rmSync(stale, { force: true });
let status = webTestRunner(process.argv.slice(2));
let coverageOk = true;
if (existsSync('coverage/coverage-summary.json')) {
  const { total } = JSON.parse(readFileSync('coverage/coverage-summary.json', 'utf8'));
  const figure = (key) => `${key} ${total[key].pct}% (${total[key].covered}/${total[key].total})`;
  console.log(`coverage (Chromium): ${['lines', 'branches', 'functions', 'statements'].map(figure).join(', ')}`);
  coverageOk = Object.entries(coverageThreshold).every(([key, minimum]) => total[key].pct >= minimum);
}

const report = existsSync(INFRASTRUCTURE_FAILURES) ? JSON.parse(readFileSync(INFRASTRUCTURE_FAILURES, 'utf8')) : undefined;
if (status !== 0 && coverageOk && report && report.otherFailures === 0 && report.infrastructure.length) {
  status = 0;
  for (const { browser, file, error } of report.infrastructure) {
    console.log(`\nRunning ${file} again in ${browser}: it tested nothing or failed for the driver's reasons (${error}).`);
    const env = { ...process.env, BROWSERS: ENGINES[browser] ?? browser, COVERAGE: '0' };
    if (webTestRunner([file], env) !== 0) status = 1;
  }
}
process.exit(status);
