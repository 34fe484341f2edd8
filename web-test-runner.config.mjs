// Runs the test suite in every real browser engine this machine has: Chromium (the system's, or
// CHROME_PATH, or the one shipped in the @sparticuz/chromium npm package), Firefox ESR and WebKit
// (WebKitGTK's MiniBrowser through WebKitWebDriver, under a display such as xvfb-run gives).
// It prints which engines it runs and which it skips, and why.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import * as puppeteer from 'puppeteer-core';
import { countsPlugin, summaryReporter } from './test/support/summary-reporter.mjs';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',');
const browsers = [];
const skipped = [];

async function chromium() {
  const system = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
    (path) => path && existsSync(path),
  );
  if (system) {
    return chromeLauncher({ launchOptions: { executablePath: system, headless: true, args: [...CHROMIUM_ARGS, '--headless=new'] } });
  }
  // No Chromium installed: use the headless shell that ships inside an npm package. It unpacks
  // into os.tmpdir(), so give it a folder of this project's own.
  process.env.TMPDIR = resolve('.tmp/chromium');
  mkdirSync(process.env.TMPDIR, { recursive: true });
  const { default: packaged } = await import('@sparticuz/chromium');
  const executablePath = await packaged.executablePath();
  console.log(`Chromium: no system browser found, using @sparticuz/chromium (${executablePath})`);
  return chromeLauncher({ launchOptions: { executablePath, headless: 'shell', args: [...CHROMIUM_ARGS, '--no-zygote'] } });
}

if (wanted.includes('chromium')) browsers.push(await chromium());

if (wanted.includes('firefox')) {
  if (existsSync('/usr/bin/firefox-esr') || process.env.FIREFOX_PATH) {
    browsers.push(
      chromeLauncher({
        puppeteer,
        launchOptions: { browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true },
      }),
    );
  } else skipped.push('firefox: /usr/bin/firefox-esr is not installed (apt-get install firefox-esr)');
}

if (wanted.includes('webkit')) {
  const { webkit, reason } = await import('./test/support/webkit-launcher.mjs').then((module) => module.webkitLauncher());
  if (webkit) browsers.push(webkit);
  else skipped.push(`webkit: ${reason}`);
}

/** Serves FUZZ_RUNS and FUZZ_SEED to the browser tests, so a failing fuzz run can be replayed. */
function fuzzSettings() {
  const settings = { runs: Number(process.env.FUZZ_RUNS ?? 1000), seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined };
  return {
    name: 'fuzz-settings',
    serve(context) {
      if (context.path === '/__fuzz-settings.js') return { body: `export default ${JSON.stringify(settings)};`, type: 'js' };
    },
  };
}

console.log(`Browsers: ${browsers.map((browser) => browser.name).join(', ')}`);
for (const reason of skipped) console.log(`Skipped ${reason}`);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), fuzzSettings(), countsPlugin()],
  browsers,
  reporters: [defaultReporter(), summaryReporter()],
  concurrency: 1,
  // The fuzzing and injection files render thousands of articles.
  testsFinishTimeout: 15 * 60_000,
  testFramework: { config: { timeout: 10000 } },
  // Coverage comes from Chromium (V8); the run fails below these figures.
  coverage: browsers.some((browser) => browser.name === 'Chrome'),
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.generated.ts'],
    report: true,
    reporters: ['lcov', 'json-summary'],
    threshold: { lines: 90, statements: 90, branches: 80, functions: 85 },
  },
};
