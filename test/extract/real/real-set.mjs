// Shared by scripts/eval-extract.mjs, scripts/fetch-real-set.mjs and check-gold.mjs: where the real-article set lives,
// how its saved texts are canonicalised and hashed, and how it is loaded.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

export const REAL_ROOT = new URL('./', import.meta.url);
export const TEXTS_ROOT = new URL('.texts/', REAL_ROOT);
export const LANGUAGES = ['id', 'en'];
export const SPLITS = [
  'dev',
  'dev2',
  'heldout',
  'test2',
  'test3',
  'test4',
  'test5',
  'test6',
  'test7',
  'test8',
  'test9',
  'test10',
  'test11',
  'test12',
  'test13',
  'test14',
  'test15',
  'test16',
  'test17',
  'test18',
  'test19',
  'test20',
  'test21',
  'test22',
  'test23',
  'test24',
  'test25',
  'test26',
  'test27',
  'test28',
  'test29',
  'test30',
  'test31',
  'test32',
  'test33',
  'test34',
  'test35',
  'test36',
  'test37',
  'test38',
  'test39',
  'test40',
  'test41',
  'test42',
  'test43',
  'test44',
  'test45',
  'test46',
  'test47',
  'test48',
  'test49',
  'test50',
  'test51',
  'test52',
  'test53',
  'test54',
  'test55',
  'test56',
  'test57',
  'test58',
  'test59',
  'test60',
  'test61',
  'test62',
  'test63',
  'test64',
  'test65',
  'test66',
  'test67',
  'test68',
  'test69',
  'test70',
  'test71',
  'test72',
  'test73',
  'test74',
  'test75',
  'test76',
  'test77',
  'test78',
  'test79',
  'test80',
  'test81',
  'test82',
  'test83',
  'test84',
  'test85',
  'test86',
  'test87',
  'test88',
  'test89',
  'test90',
  'test91',
  'test92',
  'test93',
  'test94',
  'test95',
  'test96',
  'test97',
  'test98',
  'test99',
  'test100',
];

/**
 * The form a saved text is hashed (and written) in: NFC, paragraphs separated by exactly one blank line, the spacing
 * inside a paragraph (line breaks included) collapsed to single spaces, one final newline. Two readings of a page
 * that differ only in spacing hash the same.
 */
export function canonicalText(text) {
  const paragraphs = text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.split(/\s+/).filter(Boolean).join(' '))
    .filter(Boolean);
  return `${paragraphs.join('\n\n')}\n`;
}

export const sha256 = (text) => createHash('sha256').update(canonicalText(text), 'utf8').digest('hex');

export const textUrl = (lang, id) => new URL(`${lang}/${id}.txt`, TEXTS_ROOT);
export const goldUrl = (lang, id) => new URL(`${lang}/${id}.json`, REAL_ROOT);

/**
 * The recorded split: which article ids are `dev`, `heldout`, `dev2`, or one of the later unseen splits `test2`,
 * `test3`, `test4`, `test5`, `test6`, `test7`, `test8`, `test9`, `test10`, `test11`, `test12`, `test13`, `test14`, `test15`, `test16`, `test17`, `test18`, `test19`, `test20`, `test21`, `test22`, `test23`, `test24`, `test25`, `test26`, `test27`, `test28`, `test29`, `test30`, `test31`, `test32`, `test33`, `test34`, `test35`, `test36`, `test37`, `test38`, `test39`, `test40`, `test41`, `test42`, `test43`, `test44`, `test45`, `test46`, `test47`, `test48`, `test49`, `test50`, `test51`, `test52`, `test53`, `test54`, `test55`, `test56`, `test57`, `test58`, `test59`, `test60`, `test61`, `test62`, `test63`, `test64`, `test65`, `test66`, `test67`, `test68`, `test69`, `test70`, `test71`, `test72`, `test73`, `test74`, `test75`, `test76`, `test77`, `test78`, `test79`, `test80`, `test81`, `test82`, `test83`, `test84`, `test85`, `test86`, `test87`, `test88`, `test89`, `test90`, `test91`, `test92`, `test93`, `test94`, `test95`, `test96`, `test97`, `test98`, `test99`, `test100` (collected later and scored on their own: see README.md).
 */
export function readSplit() {
  const split = JSON.parse(readFileSync(new URL('split.json', REAL_ROOT), 'utf8'));
  const of = new Map();
  for (const name of SPLITS) for (const id of split[name] ?? []) of.set(id, name);
  for (const id of split.alwaysDev ?? []) of.set(id, 'dev');
  return of;
}

/** Every gold file, with its split, its saved text (or null when .texts/ has not been built) and whether the hash matches. */
export function loadRealSet() {
  const splitOf = readSplit();
  const articles = [];
  for (const lang of LANGUAGES) {
    const dir = new URL(`${lang}/`, REAL_ROOT);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort()) {
      const gold = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
      const split = splitOf.get(gold.id);
      if (!split) throw new Error(`${lang}/${file}: ${gold.id} is in neither split of split.json`);
      const url = textUrl(lang, gold.id);
      const text = existsSync(url) ? readFileSync(url, 'utf8') : null;
      articles.push({ ...gold, split, text, hashOk: text !== null && sha256(text) === gold.sha256 });
    }
  }
  return articles;
}

/** The names a gold quote's speaker may be given by: null (no speaker in the text), one name, or a list of accepted names. */
export const speakerNames = (speaker) => (speaker === null || speaker === undefined ? [] : Array.isArray(speaker) ? speaker : [speaker]);

/** `text` with each "(" up to the next ")" replaced by a space (an unclosed "(" stays); linear, no backtracking. */
function withoutBrackets(text) {
  let out = '';
  let at = 0;
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', at)) {
    const close = text.indexOf(')', open + 1);
    if (close < 0) break;
    out += `${text.slice(at, open)} `;
    at = close + 1;
  }
  return out + text.slice(at);
}

/** Text compared without case, accents, bracketed asides, punctuation or spacing (the rule of scripts/eval-extract.mjs). */
export const normalise = (text) =>
  withoutBrackets(text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase())
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');

/** Share of the longer normalised text that the shorter one must cover when one contains the other. */
export const MIN_OVERLAP = 0.8;

/**
 * How well two normalised quote texts match: 1 when equal, else the share of the longer covered by the shorter when
 * the longer contains the shorter (a match needs at least MIN_OVERLAP), else 0.
 */
export function quoteOverlap(a, b) {
  if (a === b) return a ? 1 : 0;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short && long.includes(short) ? short.length / long.length : 0;
}

/** A speaker's name compared without case, accents, punctuation, a leading article or "seorang". */
export const speakerKey = (name) => normalise(name ?? '').replace(/^(?:a|an|the|seorang) /, '');

/**
 * Is the extracted name the gold speaker? Equal after normalisation, or the gold name as a run of whole words inside
 * it (a title or affiliation around the right name: "Cllr Kate Budworth", "Chris Robert of Boyer Planning"), or a run
 * of whole words of the gold name (the short form the story uses: "Andri" for "Andri Sulistyo") that keeps any word of
 * kinship or representation ("istri Burnawan" is not "Burnawan").
 */
export function samePerson(goldName, extracted) {
  const want = speakerKey(goldName);
  const have = speakerKey(extracted);
  if (!want || !have) return false;
  if (want === have || ` ${have} `.includes(` ${want} `)) return true;
  return (
    ` ${want} `.includes(` ${have} `) &&
    !` ${want} `
      .replace(` ${have} `, ' ')
      .split(' ')
      .some((word) => RELATIONS.has(word))
  );
}

/**
 * Words that make a description another person than the name inside it: "istri Burnawan" (his wife) is not Burnawan,
 * nor is "family of Aysha Frade" Aysha Frade, so the short form of such a gold name must keep the word.
 */
const RELATIONS = new Set(
  'istri suami anak ayah ibunya ayahnya kakak adik keluarga orang tua pengacara wife husband son daughter mother father brother sister widow family parents lawyer friend fiance fiancee partner'.split(
    ' ',
  ),
);

/**
 * Matches gold quotes to extracted ones, one to one, in gold order: an extracted quote with the same normalised text
 * first, else the one with the largest overlap of at least MIN_OVERLAP. A gold quote with a null speaker (none in the
 * text) is right when the extractor names nobody; otherwise the extracted speaker must equal one of the gold names.
 */
export function matchReal(gold, predicted) {
  const free = predicted.map((quote) => ({ ...quote, matched: null }));
  const pairs = [];
  for (const quote of gold.quotes) {
    const key = normalise(quote.text);
    let best = null;
    let bestOverlap = 0;
    for (const candidate of free) {
      if (candidate.matched) continue;
      const overlap = quoteOverlap(key, candidate.key);
      if (overlap > bestOverlap) [best, bestOverlap] = [candidate, overlap];
      if (overlap === 1) break;
    }
    if (!best || bestOverlap < MIN_OVERLAP) {
      pairs.push({ gold: quote, got: null });
      continue;
    }
    const names = speakerNames(quote.speaker);
    const right = names.length ? names.some((name) => samePerson(name, best.speaker)) : !best.speaker;
    const exact = names.length ? names.some((name) => speakerKey(name) === speakerKey(best.speaker)) : !best.speaker;
    best.matched = { right, exact };
    pairs.push({ gold: quote, got: best, right });
  }
  return { pairs, predicted: free };
}
