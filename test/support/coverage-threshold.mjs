// The coverage (Chromium's, of src/) under which the browser tests fail: read by web-test-runner.config.mjs, and by
// scripts/test-browsers.mjs when it runs again files that failed for the driver's reasons alone.
export const coverageThreshold = { lines: 90, statements: 90, branches: 80, functions: 85 };
