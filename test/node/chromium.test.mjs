// The Chromium finder (bin/lib/chromium.mjs), when it falls back to the browser inside the
// @sparticuz/chromium package: it unpacks into a folder of its own without moving the temporary
// folder of the rest of the process (which `quote-cards render` and the test runner share).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { chromiumLaunchOptions } from '../../bin/lib/chromium.mjs';

const execFileAsync = promisify(execFile);

test('the packaged Chromium unpacks into its own folder and leaves TMPDIR as it was', async () => {
  const before = { env: process.env.TMPDIR, tmpdir: tmpdir() };
  const unpackTo = resolve('.tmp/chromium');
  const options = await chromiumLaunchOptions({ unpackTo, candidates: [] });
  assert.equal(options.headless, 'shell');
  assert.ok(options.executablePath.startsWith(unpackTo), `${options.executablePath} is under ${unpackTo}`);
  assert.ok(existsSync(options.executablePath));
  assert.equal(process.env.TMPDIR, before.env);
  assert.equal(tmpdir(), before.tmpdir);
});

test('a Chromium among the candidates is used as it is, with TMPDIR untouched', async () => {
  const before = process.env.TMPDIR;
  const options = await chromiumLaunchOptions({ candidates: [undefined, process.execPath] });
  assert.equal(options.executablePath, process.execPath);
  assert.equal(options.headless, true);
  assert.equal(process.env.TMPDIR, before);
});

test('images prefer a headless shell: CHROME_HEADLESS_SHELL, else the packaged one, unless CHROME_PATH names a browser', async (t) => {
  const saved = { shell: process.env.CHROME_HEADLESS_SHELL, path: process.env.CHROME_PATH };
  t.after(() => {
    for (const [name, value] of [
      ['CHROME_HEADLESS_SHELL', saved.shell],
      ['CHROME_PATH', saved.path],
    ])
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
  });
  const unpackTo = resolve('.tmp/chromium');
  delete process.env.CHROME_PATH;
  process.env.CHROME_HEADLESS_SHELL = process.execPath;
  const named = await chromiumLaunchOptions({ preferShell: true, candidates: [undefined, process.argv0], unpackTo });
  assert.deepEqual([named.executablePath, named.headless], [process.execPath, 'shell']);

  delete process.env.CHROME_HEADLESS_SHELL;
  const packaged = await chromiumLaunchOptions({ preferShell: true, candidates: [process.execPath], unpackTo });
  assert.equal(packaged.headless, 'shell');
  assert.ok(packaged.executablePath.startsWith(unpackTo), `${packaged.executablePath} is the packaged shell`);
  const page = await chromiumLaunchOptions({ candidates: [process.execPath], unpackTo });
  assert.equal(page.executablePath, process.execPath, 'without preferShell a browser among the candidates comes first');

  process.env.CHROME_PATH = process.execPath;
  const chosen = await chromiumLaunchOptions({ preferShell: true, candidates: [process.env.CHROME_PATH], unpackTo });
  assert.deepEqual([chosen.executablePath, chosen.headless], [process.execPath, true]);
});

test('processes that unpack the packaged Chromium at the same time each get a whole browser', async () => {
  const unpackTo = resolve(`.tmp/chromium-race-${process.pid}`);
  rmSync(unpackTo, { recursive: true, force: true });
  const script = `import { chromiumLaunchOptions } from ${JSON.stringify(new URL('../../bin/lib/chromium.mjs', import.meta.url).href)};
const { executablePath } = await chromiumLaunchOptions({ unpackTo: ${JSON.stringify(unpackTo)}, candidates: [] });
const { execFileSync } = await import('node:child_process');
console.log(execFileSync(executablePath, ['--version'], { encoding: 'utf8' }).trim());`;
  const runs = Array.from({ length: 3 }, () =>
    execFileAsync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }),
  );
  for (const { stdout } of await Promise.all(runs)) assert.match(stdout, /Chromium \d+/);
  rmSync(unpackTo, { recursive: true, force: true });
});
