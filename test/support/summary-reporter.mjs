// Prints one closing line per engine and one in all, in the plain "N passed, N failed" form, and
// the counts tests report with `executeServerCommand('count', { what, count })` (fuzz cases run,
// injection strings tried), per engine.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const counts = new Map();

/** Receives counts from the browser tests. */
export function countsPlugin() {
  return {
    name: 'counts',
    executeCommand({ command, payload, session }) {
      if (command !== 'count') return undefined;
      const perBrowser = counts.get(payload.what) ?? new Map();
      perBrowser.set(session.browser.name, (perBrowser.get(session.browser.name) ?? 0) + payload.count);
      counts.set(payload.what, perBrowser);
      return true;
    },
  };
}
function count(suite, totals = { passed: 0, failed: 0, skipped: 0 }) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
  return totals;
}

/** Errors of the browser's driver, not of a test: a page that did not open or answer in time on a busy machine. */
const INFRASTRUCTURE = /WebDriverError|UND_ERR_|Browser tests did not start|did not finish within|Target closed|Session closed/;

/**
 * Where the run writes the test files whose every test passed but whose session failed for the driver's reasons alone
 * (scripts/test-browsers.mjs runs them again once), and whether anything else failed.
 */
export const INFRASTRUCTURE_FAILURES = '.tmp/browser-infrastructure-failures.json';

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const byBrowser = new Map();
      const infrastructure = [];
      let otherFailures = 0;
      for (const session of sessions) {
        if (!session.passed) {
          const { failed } = count(session.testResults);
          const errors = session.errors ?? [];
          if (!failed && errors.length && errors.every((error) => INFRASTRUCTURE.test(error.message ?? '')))
            infrastructure.push({ browser: session.browser.name, file: session.testFile, error: errors[0].message });
          else otherFailures += 1;
        }
        const totals = byBrowser.get(session.browser.name) ?? { passed: 0, failed: 0, skipped: 0 };
        count(session.testResults, totals);
        // A test file that failed to load counts as a failure.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) totals.failed += 1;
        byBrowser.set(session.browser.name, totals);
      }
      const all = { passed: 0, failed: 0, skipped: 0 };
      for (const [browser, totals] of byBrowser) {
        console.log(`${browser}: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
        for (const key of Object.keys(all)) all[key] += totals[key];
      }
      for (const [what, perBrowser] of counts) {
        console.log(`${what}: ${[...perBrowser].map(([browser, count]) => `${count} in ${browser}`).join(', ')}`);
      }
      console.log(`\ntests: ${all.passed} passed, ${all.failed} failed, ${all.skipped} skipped`);
      mkdirSync(dirname(INFRASTRUCTURE_FAILURES), { recursive: true });
      writeFileSync(INFRASTRUCTURE_FAILURES, JSON.stringify({ infrastructure, otherFailures }, null, 2));
    },
  };
}
