// WebKit: WebKitGTK's MiniBrowser driven by WebKitWebDriver (Debian's webkit2gtk-driver).
// MiniBrowser has no headless mode, so it needs a display (run under xvfb-run).
//
// MiniBrowser can die in the middle of a run (seen once in CI, in the middle of a test file, on a busy machine). The
// stock launcher then goes on sending commands to the dead session, and the first navigation's rejection, which nothing
// awaits, ends the whole test run without a summary. This launcher starts a new MiniBrowser for the next test file
// instead; the file that was running fails with "the browser disconnected" and scripts/test-browsers.mjs runs it again.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

const DRIVER = '/usr/bin/WebKitWebDriver';
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function webkitLauncher() {
  if (!existsSync(DRIVER) || !existsSync(MINIBROWSER)) return { reason: `${DRIVER} is not installed (apt-get install webkit2gtk-driver)` };
  if (!process.env.DISPLAY) return { reason: 'no display (run the tests under xvfb-run -a)' };
  let WebdriverLauncher;
  try {
    ({ WebdriverLauncher } = await import('@web/test-runner-webdriver'));
  } catch {
    return { reason: '@web/test-runner-webdriver is not installed' };
  }
  const port = await freePort();
  const driver = spawn(DRIVER, [`--port=${port}`], { stdio: 'ignore' });
  process.on('exit', () => driver.kill());
  await new Promise((resolve) => setTimeout(resolve, 500));
  const launcher = new (renewing(WebdriverLauncher))({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    },
  });
  return { webkit: launcher };
}

/** Whether a WebDriver error says that the browser session is gone. */
const lostSession = (error) => /invalid session id|no such window|session deleted|ECONNREFUSED/i.test(String(error?.message));

/** A WebDriver launcher that opens a new browser session when the one it had has died. */
function renewing(WebdriverLauncher) {
  return class RenewingWebdriverLauncher extends WebdriverLauncher {
    async startSession(id, url) {
      if (this.driver && !(await this.sessionAlive())) await this.dropSession();
      await this.ensureManagerInitialized();
      // Not awaited, as in the stock launcher (the test file's own start has its deadline), but never left unhandled.
      this.driverManager.startSession(id, url).catch((error) => console.error(`${this.name} did not open ${url}: ${error?.message}`));
    }

    async sessionAlive() {
      try {
        await this.driver.getUrl();
        return true;
      } catch (error) {
        return !lostSession(error);
      }
    }

    async dropSession() {
      console.log(`${this.name} went away; starting a new one for the next test file.`);
      clearInterval(this.pendingHeartbeat);
      await this.driver.deleteSession().catch(() => {});
      this.driver = undefined;
      this.driverManager = undefined;
    }
  };
}
