// A web-test-runner command that photographs the browser's viewport, for tests that compare how
// things look: executeServerCommand('screenshot') resolves to a base64 PNG of what the test's
// browser window shows. Chromium and Firefox through the Puppeteer page of the Chrome launcher
// (launcher.getPage), WebKit through WebDriver (launcher.driver.takeScreenshot). The test crops
// the part it wants (test/cdn/hostile.test.ts measures the element from the top window).
export function screenshotPlugin() {
  return {
    name: 'quote-cards-screenshot',
    async executeCommand({ command, session }) {
      if (command !== 'screenshot') return undefined;
      const launcher = session.browser;
      if (typeof launcher.getPage === 'function') {
        const page = launcher.getPage(session.id);
        return page.screenshot({ encoding: 'base64', captureBeyondViewport: false });
      }
      if (launcher.driver?.takeScreenshot) return launcher.driver.takeScreenshot();
      throw new Error(`screenshot: no way to photograph ${launcher.name}`);
    },
  };
}
