// The Chromium finder (bin/lib/chromium.mjs), when it falls back to the browser inside the
// @sparticuz/chromium package: it unpacks into a folder of its own without moving the temporary
// folder of the rest of the process (which `quote-cards render` and the test runner share).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { chromiumLaunchOptions } from '../../bin/lib/chromium.mjs';

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
