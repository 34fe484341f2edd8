// Shared by scripts/eval-extract.mjs, scripts/fetch-real-set.mjs and check-gold.mjs: where the real-article set lives,
// how its saved texts are canonicalised and hashed, and how it is loaded.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

export const REAL_ROOT = new URL('./', import.meta.url);
export const TEXTS_ROOT = new URL('.texts/', REAL_ROOT);
export const LANGUAGES = ['id', 'en'];

/**
 * The form a saved text is hashed (and written) in: NFC, LF line ends, no trailing spaces on a line, paragraphs
 * separated by exactly one blank line, one final newline. Two extractions that differ only in spacing hash the same.
 */
export function canonicalText(text) {
  const paragraphs = text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.replace(/[ \t]+$/, ''))
        .join('\n')
        .trim(),
    )
    .filter(Boolean);
  return `${paragraphs.join('\n\n')}\n`;
}

export const sha256 = (text) => createHash('sha256').update(canonicalText(text), 'utf8').digest('hex');

export const textUrl = (lang, id) => new URL(`${lang}/${id}.txt`, TEXTS_ROOT);
export const goldUrl = (lang, id) => new URL(`${lang}/${id}.json`, REAL_ROOT);

/** The recorded split: which article ids are `dev` and which are `heldout`. */
export function readSplit() {
  const split = JSON.parse(readFileSync(new URL('split.json', REAL_ROOT), 'utf8'));
  const of = new Map();
  for (const name of ['dev', 'heldout']) for (const id of split[name]) of.set(id, name);
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
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
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
