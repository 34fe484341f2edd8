// Where to find Chromium, for `quote-cards render` and for the tests and benchmarks
// (test/support/chromium.mjs): CHROME_PATH, the system's Chromium or Chrome, or else the headless
// Chromium inside the @sparticuz/chromium npm package (Linux x64).
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Flags for a headless Chromium on a server: no sandbox, GPU or background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const SYSTEM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/**
 * Puppeteer launch options for the best Chromium this machine has (the first of `candidates` that
 * exists), with `args` added, or an Error saying what to install. With `preferShell` (screenshots:
 * the image renderer), a headless shell comes first when there is one (CHROME_HEADLESS_SHELL, or
 * @sparticuz/chromium's, unless CHROME_PATH names a browser): it draws an image with about half the
 * CPU time of a full headless Chromium (bench/server.mjs). @sparticuz/chromium unpacks into
 * `unpackTo` (it reuses what it finds in a shared temporary folder, so it gets one of its own): the
 * process's TMPDIR is pointed there only while it unpacks.
 */
export async function chromiumLaunchOptions({
  args = [],
  unpackTo = join(tmpdir(), 'quote-cards-chromium'),
  candidates = [process.env.CHROME_PATH, ...SYSTEM],
  preferShell = false,
} = {}) {
  const shell = process.env.CHROME_HEADLESS_SHELL;
  if (preferShell && shell && existsSync(shell)) return { executablePath: shell, headless: 'shell', args: [...CHROMIUM_ARGS, ...args] };
  const system = candidates.find((path) => path && existsSync(path));
  const packaged = !system || (preferShell && !process.env.CHROME_PATH) ? await packagedChromium() : undefined;
  if (packaged) return packagedLaunchOptions(packaged, unpackTo, args);
  if (system) return { executablePath: system, headless: true, args: [...CHROMIUM_ARGS, ...args, '--headless=new'] };
  throw new Error('no Chromium found: set CHROME_PATH, install Chromium or Chrome, or `npm install @sparticuz/chromium` (Linux x64)');
}

async function packagedChromium() {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  try {
    return (await import('@sparticuz/chromium')).default;
  } catch {
    return undefined;
  }
}

async function packagedLaunchOptions(packaged, unpackTo, args) {
  const executablePath = join(unpackTo, 'chromium');
  if (!existsSync(executablePath)) {
    // Unpacked beside the folder, then moved into place in one step: another process (a parallel
    // test, a second `quote-cards render`) never sees half a browser.
    mkdirSync(dirname(unpackTo), { recursive: true });
    const staging = mkdtempSync(`${unpackTo}-`);
    const before = process.env.TMPDIR;
    process.env.TMPDIR = staging;
    try {
      await packaged.executablePath();
    } finally {
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
    }
    try {
      renameSync(staging, unpackTo);
    } catch {
      rmSync(staging, { recursive: true, force: true });
    }
  }
  return { executablePath, headless: 'shell', args: [...CHROMIUM_ARGS, ...args, '--no-zygote'] };
}
