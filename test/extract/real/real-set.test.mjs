// Node tests of the real-article set's tooling: the canonical text and its hash, the page-to-text path of
// scripts/fetch-real-set.mjs, the quote-overlap and speaker rules of scripts/eval-extract.mjs, and the gold files
// themselves (well-formed, in a split, the split drawn as recorded).
//
//   node --test test/extract/real/
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { cutBetween, htmlToText } from '../../../scripts/fetch-real-set.mjs';
import {
  canonicalText,
  LANGUAGES,
  MIN_OVERLAP,
  normalise,
  quoteOverlap,
  readSplit,
  REAL_ROOT,
  samePerson,
  sha256,
  SPLITS,
} from './real-set.mjs';

test('the canonical text ignores line-end style, spacing and extra blank lines, and nothing else', () => {
  const text = 'Judul\n\n"Kutipan," kata Budi.\n\nAkhir.\n';
  assert.equal(canonicalText('Judul  \r\n\r\n\r\n"Kutipan,"  kata\nBudi.\r\n\r\nAkhir.'), text);
  assert.equal(sha256('Judul\n\n\n"Kutipan," kata Budi.\n\nAkhir.'), sha256(text));
  assert.notEqual(sha256(text.replace('Budi', 'Badu')), sha256(text));
});

test('a news page becomes its paragraphs, without scripts, navigation, captions or "Baca juga" lines', () => {
  const page = `<!doctype html><html><head><title>t</title><script>var x = "<p>no</p>";</script></head><body>
    <nav><ul><li>Home</li><li>Politik</li></ul></nav>
    <article><h1>Polisi periksa anggota</h1>
      <figure><img src="a.jpg"><figcaption>Ilustrasi garis polisi</figcaption></figure>
      <p>Jakarta (ANTARA) &ndash; Propam <b>memeriksa</b> seorang personel.</p>
      <p>Baca juga: Berita lain</p>
      <p>&ldquo;Sudah diperiksa,&rdquo; kata&nbsp;Taufik.<br>Selesai.</p>
    </article><footer><p>Copyright</p></footer></body></html>`;
  assert.equal(
    htmlToText(page),
    'Polisi periksa anggota\n\nJakarta (ANTARA) – Propam memeriksa seorang personel.\n\n“Sudah diperiksa,” kata Taufik. Selesai.',
  );
});

test('the annotated stretch is cut from the first start words to the last end words, spacing ignored', () => {
  const page = 'Menu\n\nJAKARTA - Awal   berita.\n\n"Satu," kata A.\n\n"Dua," kata A.\n\nBerita terkait';
  assert.equal(cutBetween(page, 'JAKARTA - Awal berita.', 'kata A.'), 'JAKARTA - Awal berita.\n\n"Satu," kata A.\n\n"Dua," kata A.\n');
  assert.equal(cutBetween(page, 'Tidak ada', 'kata A.'), null);
});

test('every saved text rebuilt from a page made of its own paragraphs hashes to the recorded value', () => {
  for (const lang of LANGUAGES) {
    for (const file of readdirSync(new URL(`${lang}/`, REAL_ROOT)).filter((name) => name.endsWith('.json'))) {
      const gold = JSON.parse(readFileSync(new URL(`${lang}/${file}`, REAL_ROOT), 'utf8'));
      if (!gold.url) continue; // The seed is copied from the repository, not fetched.
      let text;
      try {
        text = readFileSync(new URL(`.texts/${lang}/${gold.id}.txt`, REAL_ROOT), 'utf8');
      } catch {
        continue; // .texts/ is not in git: nothing to compare on a fresh clone.
      }
      const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      const page = `<html><body><nav><p>Menu</p></nav><article>${canonicalText(text)
        .trim()
        .split('\n\n')
        .map((p) => `<p>${escape(p)}</p>`)
        .join('\n')}</article><p>Baca juga: lain</p></body></html>`;
      assert.equal(sha256(cutBetween(htmlToText(page), gold.textStart, gold.textEnd) ?? ''), gold.sha256, `${lang}/${gold.id}`);
    }
  }
});

test('quotes match when equal or when one contains the other and covers at least 80 % of it', () => {
  const long = normalise('Kami sudah memeriksa yang bersangkutan dari kemarin, Propam Polres juga.');
  assert.equal(quoteOverlap(long, long), 1);
  assert.ok(quoteOverlap(long, normalise('Kami sudah memeriksa yang bersangkutan dari kemarin, Propam Polres')) >= MIN_OVERLAP);
  assert.ok(quoteOverlap(long, normalise('Kami sudah memeriksa')) < MIN_OVERLAP);
  assert.equal(quoteOverlap(long, normalise('Propam Polda juga memeriksa')), 0);
});

test('a speaker is right by name, by the name inside a title, or by a run of its words, and wrong otherwise', () => {
  assert.ok(samePerson('Andri Sulistyo', 'Andri'));
  assert.ok(samePerson('Kate Budworth', 'Cllr Kate Budworth'));
  assert.ok(samePerson('a neighbor', 'The neighbor'));
  assert.ok(!samePerson('Neville Lawrence', 'Doreen Lawrence'));
  assert.ok(!samePerson('Andik Vermansyah', 'Madura United'));
  assert.ok(!samePerson('Jens Stoltenberg', ''));
  assert.ok(!samePerson('istri Burnawan', 'Burnawan'));
  assert.ok(!samePerson("Teresa Cormack's parents", 'Teresa Cormack'));
  assert.ok(samePerson("Teresa Cormack's parents", 'the parents'));
});

test('every gold file is well formed and in exactly one split, and the split is the seeded draw', () => {
  const recorded = JSON.parse(readFileSync(new URL('split.json', REAL_ROOT), 'utf8'));
  execFileSync(process.execPath, [new URL('make-split.mjs', REAL_ROOT).pathname, '--check'], { stdio: 'pipe' });
  const splitOf = readSplit();
  for (const lang of LANGUAGES) {
    for (const file of readdirSync(new URL(`${lang}/`, REAL_ROOT)).filter((name) => name.endsWith('.json'))) {
      const gold = JSON.parse(readFileSync(new URL(`${lang}/${file}`, REAL_ROOT), 'utf8'));
      assert.equal(`${gold.id}.json`, file);
      assert.equal(gold.lang, lang);
      assert.ok(splitOf.has(gold.id), `${gold.id} has a split`);
      assert.ok(!(recorded.dev.includes(gold.id) && recorded.heldout.includes(gold.id)));
      assert.match(gold.sha256, /^[0-9a-f]{64}$/);
      assert.ok(gold.textStart && gold.textEnd && gold.quotes.length > 0);
      for (const quote of gold.quotes) {
        assert.equal(typeof quote.text, 'string');
        assert.ok(quote.speaker === null || typeof quote.speaker === 'string' || (Array.isArray(quote.speaker) && quote.speaker.length));
      }
    }
  }
});

test('every article id is listed in one split only, and every id of a later split has its gold file', () => {
  const recorded = JSON.parse(readFileSync(new URL('split.json', REAL_ROOT), 'utf8'));
  const listed = [...(recorded.alwaysDev ?? []), ...SPLITS.flatMap((name) => recorded[name] ?? [])];
  const twice = listed.filter((id, at) => listed.indexOf(id) !== at);
  assert.deepEqual(twice, [], 'ids listed in more than one split');
  // dev and heldout are the seeded draw over numbers not all collected; the later splits list only collected articles.
  for (const id of SPLITS.filter((name) => name !== 'dev' && name !== 'heldout').flatMap((name) => recorded[name] ?? [])) {
    const lang = id.slice(0, 2);
    assert.ok(
      readdirSync(new URL(`${lang}/`, REAL_ROOT)).includes(`${id}.json`),
      `${id} is listed in split.json but has no ${lang}/${id}.json`,
    );
  }
});
