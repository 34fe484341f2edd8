// `quote-cards render` against hostile or careless input (issue 19): the file system stays inside
// --out, no file it did not write is overwritten, one bad file does not stop the others, nothing an
// article holds reaches the terminal as a control sequence, and time grows linearly with the input.
// Pages only (no browser); render.test.mjs covers the images. Needs dist/ (npm run build).
//   node --test test/node/render-safety.test.mjs
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileNameOf, fileNames } from '../../bin/lib/files.mjs';
import { printable } from '../../bin/lib/terminal.mjs';

const SEED = JSON.parse(readFileSync('src/examples/seed-article.id.json', 'utf8'));
const AR = JSON.parse(readFileSync('src/examples/seed-article.ar.json', 'utf8'));
const EN = JSON.parse(readFileSync('src/examples/seed-article.en.json', 'utf8'));
const root = mkdtempSync(join(tmpdir(), 'quote-cards-safety-'));
after(() => rmSync(root, { recursive: true, force: true }));
let count = 0;
const fresh = (name) => {
  const dir = join(root, `${name}-${(count += 1)}`);
  mkdirSync(dir);
  return dir;
};

const cli = (args, options = {}) =>
  spawnSync(process.execPath, ['bin/quote-cards.mjs', ...args], { encoding: 'utf8', timeout: 120_000, ...options });
const writeArticle = (dir, article, name = 'article.json') => {
  const file = join(dir, name);
  writeFileSync(file, typeof article === 'string' ? article : JSON.stringify(article));
  return file;
};
/** An article whose quotes have the given ids (all by the first speaker, no events). */
const withIds = (ids) => ({
  ...structuredClone(SEED),
  events: [],
  quotes: ids.map((id, k) => ({ ...SEED.quotes[k % SEED.quotes.length], id })),
});
// eslint-disable-next-line no-control-regex -- the test looks for control characters in the output
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe('file names', () => {
  test('a file name depends on its own id only, is short, and two ids never share one (case-insensitively either)', () => {
    assert.equal(fileNameOf('q1'), 'q1');
    const ids = ['a:1', 'a.1', 'a_1', 'A:1', 'Q1', 'q1', 'x'.repeat(300), `${'x'.repeat(300)}y`];
    const names = fileNames(ids);
    assert.equal(new Set(names.map((name) => name.toLowerCase())).size, ids.length, names.join(' '));
    for (const [k, id] of ids.entries()) assert.equal(names[k], fileNameOf(id), 'the same name alone as among others');
    for (const name of names) assert.ok(name.length <= 80 && /^[a-z0-9][a-z0-9_-]*$/.test(name), name);
  });

  test('reserved names (index, Windows devices, the folders render writes) get a hash', () => {
    for (const id of ['index', 'INDEX', 'CON', 'con', 'nul', 'Aux', 'prn', 'com1', 'LPT9', 'embed', 'oembed']) {
      const name = fileNameOf(id);
      assert.notEqual(name.toLowerCase(), id.toLowerCase(), id);
      assert.match(name, /-[0-9a-f]{12}$/, id);
    }
  });
});

describe('quote-cards render: the output folder', () => {
  test("a quote with the id index does not overwrite the publisher's index.html", () => {
    const dir = fresh('index');
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'the publisher’s home page');
    const run = cli(['render', writeArticle(dir, withIds(['index', 'CON', 'nul', 'q2'])), '--out', out, '--pages-only']);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(readFileSync(join(out, 'index.html'), 'utf8'), 'the publisher’s home page');
    const pages = readdirSync(out).filter((file) => file.endsWith('.html'));
    assert.equal(pages.length, 5, pages.join(' '));
    for (const page of pages) assert.doesNotMatch(page, /^(?:con|nul)\.html$/i);
  });

  test('a symlink planted in --out is not followed: the file outside stays as it was, and the other pages are written', () => {
    const dir = fresh('symlink');
    const out = join(dir, 'out');
    mkdirSync(out);
    const outside = join(dir, 'outside.txt');
    writeFileSync(outside, 'outside');
    symlinkSync(outside, join(out, 'q1.html'));
    const elsewhere = join(dir, 'elsewhere');
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, join(out, 'embed'));
    const run = cli(['render', writeArticle(dir, SEED), '--out', out, '--pages-only']);
    assert.equal(run.status, 1, 'a refused file is a failure');
    assert.equal(readFileSync(outside, 'utf8'), 'outside');
    assert.deepEqual(readdirSync(elsewhere), [], 'nothing written through the linked folder');
    assert.match(run.stderr, /q1\.html is a symbolic link that quote-cards did not write/);
    assert.match(run.stderr, /embed is a symbolic link/);
    for (const quote of SEED.quotes.slice(1)) assert.ok(lstatSync(join(out, `${quote.id}.html`)).isFile(), quote.id);

    // --force replaces the link itself, never what it points to.
    const forced = cli(['render', writeArticle(dir, SEED), '--out', out, '--pages-only', '--force']);
    assert.equal(readFileSync(outside, 'utf8'), 'outside');
    assert.ok(lstatSync(join(out, 'q1.html')).isFile());
    assert.match(readFileSync(join(out, 'q1.html'), 'utf8'), /<quote-card/);
    assert.deepEqual(readdirSync(elsewhere), [], 'a linked folder stays refused, even with --force');
    assert.equal(forced.status, 1);
  });

  test('a file render did not write is not overwritten without --force; its own files are, run after run', () => {
    const dir = fresh('manifest');
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'q3.html'), 'mine');
    const file = writeArticle(dir, SEED);
    const first = cli(['render', file, '--out', out, '--pages-only']);
    assert.equal(first.status, 1);
    assert.match(first.stderr, /1 file not written/);
    assert.match(first.stderr, /q3\.html is a file that quote-cards did not write; it is left alone \(--force overwrites it\)/);
    assert.equal(readFileSync(join(out, 'q3.html'), 'utf8'), 'mine');
    assert.equal(readdirSync(out).filter((name) => /^q\d+\.html$/.test(name)).length, SEED.quotes.length);

    const changed = structuredClone(SEED);
    changed.quotes[0].text = 'A changed quote';
    const second = cli(['render', writeArticle(dir, changed), '--out', out, '--pages-only']);
    assert.equal(second.status, 1, 'q3.html is still not its own');
    assert.match(readFileSync(join(out, 'q1.html'), 'utf8'), /A changed quote/, 'its own page is rewritten');
    const forced = cli(['render', file, '--out', out, '--pages-only', '--force']);
    assert.equal(forced.status, 0, forced.stderr);
    assert.match(readFileSync(join(out, 'q3.html'), 'utf8'), /<quote-card/);
  });

  test('a 300-character id is written with the others (no ENAMETOOLONG)', () => {
    const dir = fresh('long');
    const long = `q${'x'.repeat(299)}`;
    const out = join(dir, 'out');
    const run = cli(['render', writeArticle(dir, withIds(['q1', long, 'q3'])), '--out', out, '--pages-only']);
    assert.equal(run.status, 0, run.stderr);
    assert.ok(existsSync(join(out, `${fileNameOf(long)}.html`)));
    assert.equal(readdirSync(out).filter((file) => file.endsWith('.html')).length, 3);
  });

  test('JSON that starts with a byte order mark is read, as browsers read it', () => {
    const dir = fresh('bom');
    const file = writeArticle(dir, `\uFEFF${JSON.stringify(SEED)}`);
    const valid = cli(['validate', file]);
    assert.equal(valid.status, 0, valid.stderr);
    assert.equal(valid.stdout, 'valid\n');
    assert.equal(cli(['render', file, '--out', join(dir, 'out'), '--pages-only']).status, 0);
  });
});

describe('quote-cards: what reaches the terminal', () => {
  test('control characters from an article (ids, JSON snippets) are printed escaped', () => {
    const dir = fresh('escapes');
    const hostile = withIds(['q1', 'q1']);
    hostile.quotes[1].id = '\u001b]0;owned\u0007\u001b[2J';
    hostile.speakers[2].id = '\u001b]0;owned\u0007';
    hostile.speakers[3].id = '\u001b]0;owned\u0007';
    const invalid = cli(['validate', writeArticle(dir, hostile)]);
    assert.equal(invalid.status, 1);
    assert.doesNotMatch(invalid.stdout + invalid.stderr, CONTROL);
    assert.match(invalid.stdout, /\\u001b\]0;owned\\u0007/);

    const broken = cli(['validate', writeArticle(dir, '{"title": "\u001b[31mred\u001b[0m" ,,}', 'broken.json')]);
    assert.equal(broken.status, 1);
    assert.match(broken.stderr, /is not JSON/);
    assert.doesNotMatch(broken.stdout + broken.stderr, CONTROL);
    const rendered = cli(['render', writeArticle(dir, hostile), '--out', join(dir, 'out'), '--pages-only']);
    assert.doesNotMatch(rendered.stdout + rendered.stderr, CONTROL);
  });

  test('printable() escapes C0, C1 and bidirectional controls but keeps line feeds and text', () => {
    assert.equal(printable('a\u001b[2Jb\nc\u009bd\u202ee é ق'), 'a\\u001b[2Jb\nc\\u009bd\\u202ee é ق');
  });
});

describe('quote-cards render: themes and languages', () => {
  test('an unknown --theme is a usage error that lists the themes; nothing is written', () => {
    const dir = fresh('theme');
    const run = cli(['render', writeArticle(dir, SEED), '--out', join(dir, 'out'), '--theme', 'neon', '--pages-only']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--theme must be one of light, dark, auto, classic, bold; "neon" is not a built-in theme/);
    assert.equal(existsSync(join(dir, 'out')), false);
    assert.equal(cli(['render', writeArticle(dir, SEED), '--out', join(dir, 'dark'), '--theme', 'dark', '--pages-only']).status, 0);
  });

  const metaOf = (html, name) => {
    const found = html.match(new RegExp(`<meta (?:property|name)="${name}" content="([^"]*)"`));
    return found && found[1].replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)));
  };
  for (const [article, locale, word, notWords] of [
    [SEED, 'id_ID', ' dalam ', [' in ']],
    [AR, 'ar_AR', ' في ', [' in ', ', ']],
    [EN, 'en_US', ' in ', []],
  ]) {
    test(`a ${article.lang} article: og:locale ${locale}, and a description in ${article.lang} only`, () => {
      const dir = fresh(`lang-${article.lang}`);
      const run = cli(['render', writeArticle(dir, article), '--out', join(dir, 'out'), '--pages-only']);
      assert.equal(run.status, 0, run.stderr);
      for (const quote of article.quotes) {
        const html = readFileSync(join(dir, 'out', `${fileNameOf(quote.id)}.html`), 'utf8');
        assert.equal(metaOf(html, 'og:locale'), locale);
        const description = metaOf(html, 'og:description');
        const speaker = article.speakers.find((candidate) => candidate.id === quote.speaker);
        if (speaker.role || speaker.org) assert.ok(description.includes(word), `${quote.id}: ${description}`);
        for (const notWord of notWords) assert.ok(!description.includes(notWord), `${quote.id}: "${notWord}" in ${description}`);
      }
    });
  }
});

describe('quote-cards render --pages-only on 1 MB adversarial articles', () => {
  /** Articles of about `bytes` in the shapes that were slow or broke: one huge field each (text, title, id, name, relay). */
  const SHAPES = {
    'a quote of dots, spaces and ellipses': (bytes) =>
      withQuote({ text: `${'. '.repeat(bytes / 8)}${' \t'.repeat(bytes / 8)}${'…!?'.repeat(bytes / 12)}x` }),
    'a title of runs of punctuation': (bytes) => ({ ...withQuote({}), title: `${',.;: '.repeat(bytes / 10)}${' '.repeat(bytes / 2)}x` }),
    'a very long id': (bytes) => withQuote({ id: `q${'a.'.repeat(bytes / 2)}` }),
    'a long relay': (bytes) => withQuote({ via: `${'( '.repeat(bytes / 4)}` }),
  };
  function withQuote(changes) {
    const article = withIds(['q1', 'q2']);
    Object.assign(article.quotes[0], changes);
    return article;
  }

  // The issue asks for 1 MB in under a second. The CLI's whole run takes 0.4–0.9 s of wall time on an idle 2-core machine,
  // start-up included; the bound is on CPU time, with room for a machine running other heavy jobs. Before two fixes a
  // 1 MB id took 2.3–2.8 s (its slug was made from the whole id) and a 1 MB title 3.3 s (Lit's SSR parsed each inline
  // script as a template).
  const ONE_MB_CPU_MS = 2_500;
  for (const [shape, make] of Object.entries(SHAPES)) {
    test(`${shape}: 1 MB within ${ONE_MB_CPU_MS} ms of CPU time, and time grows about linearly with size`, { timeout: 300_000 }, (t) => {
      const timings = [];
      for (const bytes of [0, 250_000, 1_000_000]) {
        const dir = fresh('big');
        const file = writeArticle(dir, bytes ? make(bytes) : withQuote({}));
        const cpuFile = join(dir, 'cpu');
        const run = spawnSync(
          process.execPath,
          ['--import', './test/support/report-cpu.mjs', 'bin/quote-cards.mjs', 'render', file, '--out', join(dir, 'out'), '--pages-only'],
          { encoding: 'utf8', timeout: 240_000, env: { ...process.env, QUOTE_CARDS_CPU_FILE: cpuFile } },
        );
        assert.equal(run.status, 0, run.stderr.slice(-2000));
        timings.push({ bytes, cpuMs: Math.round(Number(readFileSync(cpuFile, 'utf8'))) });
        rmSync(dir, { recursive: true, force: true });
      }
      const [empty, small, large] = timings;
      t.diagnostic(`CPU time: ${timings.map(({ bytes, cpuMs }) => `${bytes} bytes ${cpuMs} ms`).join(', ')}`);
      assert.ok(large.cpuMs < ONE_MB_CPU_MS, `1 MB took ${large.cpuMs} ms of CPU time`);
      // Four times the input: linear work takes about four times as long, quadratic sixteen (the start-up aside). Start-up
      // alone varies by ±150 ms, so a small article can measure faster than the empty one (CI: 468, 344, 443 ms); its growth
      // then counts as none, not as a negative bound.
      const smallGrowth = Math.max(0, small.cpuMs - empty.cpuMs);
      assert.ok(large.cpuMs - empty.cpuMs < smallGrowth * 9 + 1000, `${JSON.stringify(timings)}: grows faster than linearly`);
    });
  }

  test('names for 100,000 ids that collide once made names: each its own, in linear time', () => {
    const ids = (n) => Array.from({ length: n }, (_, k) => `q${'.:_-'[k % 4]}${Math.floor(k / 4)}`);
    const time = (n) => {
      const started = performance.now();
      const names = fileNames(ids(n));
      assert.equal(new Set(names).size, n);
      return performance.now() - started;
    };
    time(1000);
    const small = time(25_000);
    const large = time(100_000);
    assert.ok(large < small * 9 + 50, `${small} ms for 25,000, ${large} ms for 100,000`);
  });
});
