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
/** The failed tests of a suite, as { name: 'suite > test', message: first line of the error }. */
function failedTests(suite, path = []) {
  const failed = [];
  for (const test of suite?.tests ?? []) {
    if (!test.skipped && !test.passed)
      failed.push({ name: [...path, test.name].join(' > '), message: (test.error?.message ?? 'failed').split('\n')[0] });
  }
  for (const child of suite?.suites ?? []) failed.push(...failedTests(child, [...path, child.name]));
  return failed;
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

/** Errors of the browser's driver, not of a test: a page that did not open or answer in time on a busy machine; a browser that died. */
const INFRASTRUCTURE =
  /WebDriverError|UND_ERR_|Browser tests did not start|did not finish within|Target closed|Session closed|the browser disconnected/;

/**
 * Where the run writes the test files that tested nothing (they did not load or start in time) or failed for the
 * driver's reasons alone (scripts/test-browsers.mjs runs them again once), and whether anything else failed.
 */
export const INFRASTRUCTURE_FAILURES = '.tmp/browser-infrastructure-failures.json';

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const byBrowser = new Map();
      const infrastructure = [];
      const failedSessions = [];
      let otherFailures = 0;
      for (const session of sessions) {
        if (!session.passed) {
          const errors = (session.errors ?? []).map((error) => (error.message ?? String(error)).split('\n')[0]);
          const tests = failedTests(session.testResults);
          failedSessions.push([
            `${session.browser.name}: ${session.testFile}`,
            ...errors.map((message) => `  error: ${message}`),
            ...tests.map(({ name, message }) => `  failed: ${name}: ${message}`),
          ]);
          // A file that did not load, or whose only errors are the driver's, did not test anything: it may run again.
          const ranNothing = !session.testResults?.tests?.length && !session.testResults?.suites?.length;
          const driverOnly = [...errors, ...tests.map(({ message }) => message)].every((message) => INFRASTRUCTURE.test(message));
          if (ranNothing || driverOnly)
            infrastructure.push({
              browser: session.browser.name,
              file: session.testFile,
              error: errors[0] ?? tests[0]?.message ?? 'no result',
            });
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
      // Repeated here, after the progress bars and logs, so that the end of a CI log names what failed.
      if (failedSessions.length) console.log(`\nfailed:\n${failedSessions.flat().join('\n')}`);
      console.log(`\ntests: ${all.passed} passed, ${all.failed} failed, ${all.skipped} skipped`);
      mkdirSync(dirname(INFRASTRUCTURE_FAILURES), { recursive: true });
      writeFileSync(INFRASTRUCTURE_FAILURES, JSON.stringify({ infrastructure, otherFailures }, null, 2));
    },
  };
}
