// Prints one closing line per engine and one in all, in the plain "N passed, N failed" form, and
// the counts tests report with `executeServerCommand('count', { what, count })` (fuzz cases run,
// injection strings tried), per engine.
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

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const byBrowser = new Map();
      for (const session of sessions) {
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
    },
  };
}
