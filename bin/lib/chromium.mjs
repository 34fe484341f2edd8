// Where to find Chromium for `quote-cards render`: CHROME_PATH, the system's Chromium or Chrome,
// or else the headless Chromium inside the @sparticuz/chromium npm package (Linux x64).
// The same search as the tests' (test/support/chromium.mjs).
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--hide-scrollbars',
  '--font-render-hinting=none',
];

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

/** Puppeteer launch options for the best Chromium this machine has, or an Error saying what to install. */
export async function chromiumLaunchOptions() {
  const system = [process.env.CHROME_PATH, ...SYSTEM].find((path) => path && existsSync(path));
  if (system) return { executablePath: system, headless: true, args: [...ARGS, '--headless=new'] };
  let packaged;
  try {
    ({ default: packaged } = await import('@sparticuz/chromium'));
  } catch {
    throw new Error('no Chromium found: set CHROME_PATH, install Chromium or Chrome, or `npm install @sparticuz/chromium` (Linux x64)');
  }
  // It unpacks into os.tmpdir(), and reuses what it finds there: give it a folder of its own.
  process.env.TMPDIR = join(tmpdir(), 'quote-cards-chromium');
  mkdirSync(process.env.TMPDIR, { recursive: true });
  return { executablePath: await packaged.executablePath(), headless: 'shell', args: [...ARGS, '--no-zygote'] };
}
