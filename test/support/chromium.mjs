// Where to find Chromium, for the test runner, the Node tests that drive a browser and the
// benchmarks: the CLI's search (bin/lib/chromium.mjs), unpacking @sparticuz/chromium into .tmp/.
import { resolve } from 'node:path';
import { chromiumLaunchOptions as find } from '../../bin/lib/chromium.mjs';

export { CHROMIUM_ARGS } from '../../bin/lib/chromium.mjs';

/** Puppeteer launch options for the best Chromium this machine has. */
export async function chromiumLaunchOptions() {
  const options = await find({ unpackTo: resolve('.tmp/chromium') });
  if (options.headless === 'shell') console.log(`Chromium: no system browser found, using @sparticuz/chromium (${options.executablePath})`);
  return options;
}
