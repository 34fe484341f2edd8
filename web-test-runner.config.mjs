// Runs the test suite in every real browser engine this machine has: Chromium (the system's, or
// CHROME_PATH, or the one shipped in the @sparticuz/chromium npm package), Firefox ESR and WebKit
// (WebKitGTK's MiniBrowser through WebKitWebDriver, under a display such as xvfb-run gives).
// It prints which engines it runs and which it skips, and why.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { existsSync } from 'node:fs';
import * as puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions } from './test/support/chromium.mjs';
import { countsPlugin, summaryReporter } from './test/support/summary-reporter.mjs';
import { coverageThreshold } from './test/support/coverage-threshold.mjs';
import { screenshotPlugin } from './test/support/screenshot-plugin.mjs';
import { clipboardPlugin } from './test/support/clipboard-plugin.mjs';
import { publisherPages } from './test/cdn/pages-plugin.mjs';
import { articleRoutes } from './test/support/article-routes-plugin.mjs';
import { embedSite } from './test/embed/embed-site-plugin.mjs';
import { validatorHold } from './test/cdn/validator-hold.mjs';

const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',');
const browsers = [];
const skipped = [];

if (wanted.includes('chromium')) browsers.push(chromeLauncher({ launchOptions: await chromiumLaunchOptions() }));

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
  // A seed chosen here rather than by fast-check, so that it is printed for a passing run too (a release notes the seeds it ran).
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
  const settings = { runs: Number(process.env.FUZZ_RUNS ?? 1000), seed };
  console.log(`Fuzzing: FUZZ_RUNS=${settings.runs} FUZZ_SEED=${seed}`);
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
  // The held-back validator chunk of the CDN tests (test/cdn/validator-hold.mjs); the dynamic routes
  // of the data-path and live tests (test/support/article-routes-plugin.mjs).
  middleware: [validatorHold(), articleRoutes],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    fuzzSettings(),
    countsPlugin(),
    publisherPages(),
    embedSite(),
    screenshotPlugin(),
    clipboardPlugin(),
  ],
  browsers,
  reporters: [defaultReporter(), summaryReporter()],
  concurrency: 1,
  // Firefox and WebKit took over 30 s to open a test page on a machine running other heavy jobs.
  browserStartTimeout: 120_000,
  // ... and as long to start a test file's tests (the CDN pages fetch their chunks first).
  testsStartTimeout: 120_000,
  // The fuzzing and injection files render thousands of articles (FUZZ_RUNS=10000 takes most of an hour on a busy machine).
  testsFinishTimeout: Math.max(15 * 60_000, Number(process.env.FUZZ_RUNS ?? 0) * 400),
  // A test's deadline, above that of the conditions it waits for (test/support/wait.ts): room for a busy machine.
  testFramework: { config: { timeout: 60_000 } },
  // Coverage comes from Chromium (V8); the run fails below these figures. COVERAGE=0 turns it off, for a run of a few
  // files (`COVERAGE=0 BROWSERS=chromium npx web-test-runner test/components/quote-card.test.ts`).
  coverage: process.env.COVERAGE !== '0' && browsers.some((browser) => browser.name === 'Chrome'),
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.generated.ts'],
    report: true,
    reporters: ['lcov', 'json-summary'],
    threshold: coverageThreshold,
  },
};
