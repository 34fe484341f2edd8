// Scores extractArticle (dist/extract.js) on the development set in test/extract/{id,en}: every
// NAME.txt there has its expected article in NAME.json (the seed's is src/examples/). Prints
// precision, recall and F1 for quotes (matched by their normalised text) and for quote + speaker
// (the matched quote's speaker has the expected name), per language and overall, as Markdown.
// Exits 1 when quote + speaker F1 is under 0.90 overall, or when an output is not a valid article.
// The held-out set in test/extract/holdout/ (written after the extractor; its first-run scores,
// before any fix it prompted, are in test/extract/README.md) is scored the same way and printed
// apart; it does not decide the exit code.
//
//   npm run eval:extract                 (builds first)
//   node scripts/eval-extract.mjs --verbose   (lists every miss)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { extractArticle } from '../dist/extract.js';
import { describeProblem, validateArticle } from '../dist/model.js';

const ROOT = new URL('../test/extract/', import.meta.url);
const THRESHOLD = 0.9;
const verbose = process.argv.includes('--verbose');

/** Articles whose expected JSON lives elsewhere, and the publication date to resolve their dates with. */
const ELSEWHERE = {
  'id/00-seed-nato-stoltenberg': { expected: new URL('../src/examples/seed-article.id.json', import.meta.url), publishedAt: '2022-10-27' },
};

/** Text compared without case, accents, punctuation or spacing. */
export const normalise = (text) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\([^()]*\)/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');

function loadSet(prefix = '') {
  const articles = [];
  for (const lang of ['id', 'en']) {
    const dir = new URL(`${prefix}${lang}/`, ROOT);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.txt')).sort()) {
      const name = `${prefix}${lang}/${file.slice(0, -4)}`;
      const elsewhere = ELSEWHERE[name];
      const expectedUrl = elsewhere?.expected ?? new URL(`${name}.json`, ROOT);
      if (!existsSync(expectedUrl)) throw new Error(`${name}.txt has no expected ${name}.json`);
      const expected = JSON.parse(readFileSync(expectedUrl, 'utf8'));
      articles.push({
        name,
        lang,
        text: readFileSync(new URL(`${name}.txt`, ROOT), 'utf8'),
        expected,
        publishedAt: elsewhere?.publishedAt ?? expected.publishedAt,
      });
    }
  }
  return articles;
}

const counts = () => ({ articles: 0, expected: 0, predicted: 0, quotes: 0, speakers: 0, langOk: 0, dates: [0, 0, 0] });

/** Matches predicted quotes to expected ones by normalised text, one to one. */
function score(article, predicted, tally, misses) {
  const speakerName = (doc, id) => doc.speakers.find((speaker) => speaker.id === id)?.name ?? '';
  const unmatched = predicted.quotes.map((quote) => ({ quote, key: normalise(quote.text) }));
  tally.articles++;
  tally.expected += article.expected.quotes.length;
  tally.predicted += predicted.quotes.length;
  if (predicted.lang === article.expected.lang) tally.langOk++;
  for (const quote of article.expected.quotes) {
    const key = normalise(quote.text);
    const at = unmatched.findIndex((candidate) => candidate.key === key);
    if (at < 0) {
      misses.push(`  missed   [${quote.paragraph}] ${quote.text.slice(0, 70)}`);
      continue;
    }
    const [{ quote: got }] = unmatched.splice(at, 1);
    tally.quotes++;
    const want = speakerName(article.expected, quote.speaker);
    const have = speakerName(predicted, got.speaker);
    if (normalise(want) === normalise(have)) tally.speakers++;
    else misses.push(`  speaker  [${quote.paragraph}] ${quote.text.slice(0, 50)}… want ${want}, got ${have}`);
  }
  for (const { quote } of unmatched) misses.push(`  extra    [${quote.paragraph}] ${quote.text.slice(0, 70)}`);
  const want = new Set((article.expected.events ?? []).map((event) => event.date));
  const have = new Set((predicted.events ?? []).map((event) => event.date));
  tally.dates[0] += [...have].filter((date) => want.has(date)).length;
  tally.dates[1] += have.size;
  tally.dates[2] += want.size;
}

const prf = (tp, predicted, expected) => {
  const p = predicted ? tp / predicted : 1;
  const r = expected ? tp / expected : 1;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
};
const fmt = (value) => value.toFixed(3);

/** Runs the extractor on a set and prints its tables; returns [quote+speaker F1, invalid outputs]. */
function evaluate(label, articles) {
  const tallies = { id: counts(), en: counts(), all: counts() };
  let invalid = 0;
  for (const article of articles) {
    const predicted = extractArticle(article.text, article.publishedAt ? { publishedAt: article.publishedAt } : {});
    const validation = validateArticle(predicted);
    if (!validation.valid) {
      invalid++;
      console.error(`${article.name}: the output is not a valid article:\n  ${validation.problems.map(describeProblem).join('\n  ')}`);
    }
    const misses = [];
    score(article, predicted, tallies[article.lang], misses);
    score(article, predicted, tallies.all, []);
    if (verbose && misses.length) console.log(`${article.name}\n${misses.join('\n')}`);
  }
  const rows = [
    ['Indonesian', tallies.id],
    ['English', tallies.en],
    ['overall', tallies.all],
  ];
  console.log(`\n### ${label}\n`);
  console.log('| set | articles | quotes | quotes P | quotes R | quotes F1 | quote+speaker P | quote+speaker R | quote+speaker F1 |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, t] of rows) {
    const quotes = prf(t.quotes, t.predicted, t.expected);
    const speakers = prf(t.speakers, t.predicted, t.expected);
    console.log(`| ${name} | ${t.articles} | ${t.expected} | ${quotes.map(fmt).join(' | ')} | ${speakers.map(fmt).join(' | ')} |`);
  }
  console.log('\n| set | language detected | event dates P | event dates R |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const [name, t] of rows) {
    const [p, r] = prf(...t.dates);
    console.log(`| ${name} | ${t.langOk}/${t.articles} | ${fmt(p)} | ${fmt(r)} |`);
  }
  return [prf(tallies.all.speakers, tallies.all.predicted, tallies.all.expected)[2], invalid];
}

const [f1, invalid] = evaluate('Development set (test/extract/id, test/extract/en)', loadSet());
const holdout = loadSet('holdout/');
const [, invalidHoldout] = holdout.length ? evaluate('Held-out set (test/extract/holdout)', holdout) : [1, 0];
if (invalid + invalidHoldout) {
  console.error(`\n${invalid + invalidHoldout} output(s) are not valid articles.`);
  process.exit(1);
}
if (f1 < THRESHOLD) {
  console.error(`\nDevelopment set: quote+speaker F1 ${fmt(f1)} is under ${THRESHOLD}.`);
  process.exit(1);
}
console.log(`\nDevelopment set: quote+speaker F1 ${fmt(f1)} ≥ ${THRESHOLD}.`);
