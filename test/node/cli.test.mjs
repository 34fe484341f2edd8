// The quote-cards command line: validate's report, render's usage errors and its progress on a
// terminal. Needs dist/ (npm run build).   node --test test/node/cli.test.mjs
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';

const SEED_FILE = 'src/examples/seed-article.id.json';
const SEED = JSON.parse(readFileSync(SEED_FILE, 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'quote-cards-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args) => spawnSync(process.execPath, ['bin/quote-cards.mjs', ...args], { encoding: 'utf8', timeout: 60_000 });

describe('quote-cards validate', () => {
  test('prints every problem, however many, each with its JSON path, and exits 1', () => {
    const broken = structuredClone(SEED);
    for (const quote of broken.quotes) quote.speaker = 'nobody';
    delete broken.title;
    broken.url = 'javascript:alert(1)';
    const file = join(dir, 'many.json');
    writeFileSync(file, JSON.stringify(broken));
    const run = cli(['validate', file]);
    assert.equal(run.status, 1);
    const lines = run.stdout.trim().split('\n');
    assert.ok(lines.length >= broken.quotes.length + 2, `${lines.length} lines: all of them, not the first eight`);
    for (const [k] of broken.quotes.entries())
      assert.ok(lines.includes(`quotes[${k}].speaker: "nobody" is not the id of any speaker`), `quotes[${k}]`);
    assert.ok(lines.some((line) => line.startsWith('title: ')));
    assert.ok(lines.some((line) => line.startsWith('url: ')));
    for (const line of lines) assert.match(line, /^[\w[\].]+: \S/, 'every line starts with a JSON path');
  });

  test('a missing file or one that is not JSON fails with exit 1; a wrong call with exit 2', () => {
    const missing = cli(['validate', join(dir, 'missing.json')]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /cannot read .*missing\.json: ENOENT/);
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '{"version":');
    const bad = cli(['validate', notJson]);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /is not JSON/);
    assert.equal(cli(['validate']).status, 2);
    assert.equal(cli(['validate', 'a.json', 'b.json']).status, 2);
  });
});

describe('quote-cards render: usage', () => {
  test('needs one FILE and --out; URLs must be http(s); the help describes it', () => {
    const noOut = cli(['render', SEED_FILE]);
    assert.equal(noOut.status, 2);
    assert.match(noOut.stderr, /render needs --out DIR/);
    assert.match(noOut.stderr, /quote-cards --help/);
    assert.equal(cli(['render', '--out', dir]).status, 2);
    const badBase = cli(['render', SEED_FILE, '--out', join(dir, 'x'), '--base-url', 'javascript:alert(1)']);
    assert.equal(badBase.status, 2);
    assert.match(badBase.stderr, /--base-url must be an http\(s\) URL/);
    assert.equal(cli(['render', SEED_FILE, '--out', join(dir, 'x'), '--theme', '"><script>']).status, 2);
    assert.equal(existsSync(join(dir, 'x')), false);
    const help = cli(['--help']);
    assert.match(help.stdout, /quote-cards render FILE --out DIR \[--base-url URL\]/);
  });

  test('an article without quotes has nothing to render', () => {
    const file = join(dir, 'empty.json');
    writeFileSync(file, JSON.stringify({ ...SEED, quotes: [], events: [] }));
    const run = cli(['render', file, '--out', join(dir, 'empty'), '--pages-only']);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /has no quotes/);
  });
});

describe('quote-cards render: progress on a terminal', () => {
  // util-linux's `script` (in every Debian) gives the command a pseudo-terminal, as a person at a terminal has.
  test('draws one bar, redrawn in place, and ends with the summary', () => {
    const out = join(dir, 'tty');
    const command = `${process.execPath} bin/quote-cards.mjs render ${SEED_FILE} --out ${out} --pages-only`;
    const run = spawnSync('/usr/bin/script', ['-qec', command, '/dev/null'], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, COLUMNS: '80' },
    });
    assert.equal(run.status, 0, run.stdout);
    const redraws = run.stdout.split('\r\x1b[K').slice(1);
    assert.equal(redraws.length, SEED.quotes.length);
    assert.match(redraws[0], /^\[#+\.+\] 1\/10 [\d.]+ s q1\.html/);
    assert.match(redraws.at(-1), /^\[#+\] 10\/10 /);
    assert.match(run.stdout, /10 pages, 15 embeds and 0 Open Graph images/);
  });
});
