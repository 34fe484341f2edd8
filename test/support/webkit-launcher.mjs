// WebKit: WebKitGTK's MiniBrowser driven by WebKitWebDriver (Debian's webkit2gtk-driver).
// MiniBrowser has no headless mode, so it needs a display (run under xvfb-run).
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
  let webdriverLauncher;
  try {
    ({ webdriverLauncher } = await import('@web/test-runner-webdriver'));
  } catch {
    return { reason: '@web/test-runner-webdriver is not installed' };
  }
  const port = await freePort();
  const driver = spawn(DRIVER, [`--port=${port}`], { stdio: 'ignore' });
  process.on('exit', () => driver.kill());
  await new Promise((resolve) => setTimeout(resolve, 500));
  const launcher = webdriverLauncher({
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
