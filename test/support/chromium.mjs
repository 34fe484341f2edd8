// Where to find Chromium, for the test runner and for the Node tests that drive a browser:
// CHROME_PATH, the system's Chromium, or else the headless Chromium inside @sparticuz/chromium.
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Puppeteer launch options for the best Chromium this machine has. */
export async function chromiumLaunchOptions() {
  const system = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
    (path) => path && existsSync(path),
  );
  if (system) return { executablePath: system, headless: true, args: [...CHROMIUM_ARGS, '--headless=new'] };
  // It unpacks into os.tmpdir(), so give it a folder of this project's own.
  process.env.TMPDIR = resolve('.tmp/chromium');
  mkdirSync(process.env.TMPDIR, { recursive: true });
  const { default: packaged } = await import('@sparticuz/chromium');
  const executablePath = await packaged.executablePath();
  console.log(`Chromium: no system browser found, using @sparticuz/chromium (${executablePath})`);
  return { executablePath, headless: 'shell', args: [...CHROMIUM_ARGS, '--no-zygote'] };
}
