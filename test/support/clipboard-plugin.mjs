// A web-test-runner command that lets a test read the clipboard back. Chromium reads it once the
// page is granted the clipboard permissions (through the puppeteer page of the chrome launcher);
// other engines answer false and the tests record what is written instead.

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function clipboardPlugin() {
  return {
    name: 'clipboard',
    async executeCommand({ command, session }) {
      if (command !== 'grant-clipboard') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page || !/^Chrom/.test(session.browser.name)) return false;
      const origin = new URL(page.url()).origin;
      await page.browserContext().overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
      return true;
    },
  };
}
