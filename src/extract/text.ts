/** Plain-text helpers: paragraphs, sentences, tokens and slugs. */

/** Line endings, no-break and zero-width spaces, and a byte-order mark, made plain. */
export function normalise(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F\u3000]/g, ' ')
    .replace(/[\u200B-\u200D\u2060]/g, '');
}

/**
 * Paragraphs are separated by blank lines; lines inside a paragraph are joined with a space.
 * Text with no blank line but several lines is taken as one paragraph per line.
 */
export function splitParagraphs(text: string): string[] {
  const clean = normalise(text).trim();
  if (!clean) return [];
  const blocks = /\n[ \t]*\n/.test(clean) ? clean.split(/\n[ \t]*\n/) : clean.split('\n');
  return blocks.map((block) => block.replace(/\s+/g, ' ').trim()).filter((block) => block.length > 0);
}

/** One word or punctuation mark, with its place in the text it came from. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** A word (letters or digits), as opposed to a punctuation mark. */
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
}

const TOKEN = /([\p{L}\p{N}](?:[\p{L}\p{M}\p{N}'’.&-]*[\p{L}\p{M}\p{N}])?)|[^\s\p{L}\p{N}]/gu;

/** The tokens of `text` between `from` and `to` (offsets stay those of `text`). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  for (const match of slice.matchAll(TOKEN)) {
    const value = match[0];
    const start = from + match.index!;
    const first = value[0];
    const word = match[1] !== undefined;
    tokens.push({
      text: value,
      lower: value.toLowerCase(),
      start,
      end: start + value.length,
      word,
      cap: word && first !== first.toLowerCase() && first === first.toUpperCase(),
    });
  }
  return tokens;
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr drg prof sen rep gov gen lt col capt sgt maj adm cmdr st jr sr inc corp co ltd no nos vs ' +
    'u.s u.k u.n e.g i.e jan feb mar apr jun jul aug sep sept oct nov dec ir h hj pol kol bpk sdr dll dsb tsb rp ' +
    'a.n approx est fig dept univ'
  ).split(' '),
);

/**
 * Sentence spans [start, end) in a paragraph whose quotations are masked (see maskQuotes), so a
 * full stop inside a quotation never ends the sentence around it.
 */
export function sentenceSpans(masked: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  // Only the first mark of a run may start a match: retried from every mark of a long run ("……"),
  // the pattern backtracked over the rest of the run each time, quadratic in the run's length.
  const end = /(?<![.!?])[.!?]+(?:[”"’'»“)\]]*)(?=\s+[\p{Lu}\p{N}"“„«‘'(])/gu;
  for (const match of masked.matchAll(end)) {
    const at = match.index!;
    const before = /(?:^|[\s(])([\p{L}.]+)$/u.exec(masked.slice(Math.max(start, at - 12), at));
    const word = before?.[1].toLowerCase() ?? '';
    if (match[0].startsWith('.') && (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(before?.[1] ?? '') || /^(?:\p{L}\.)+\p{L}$/u.test(word))) continue;
    const stop = at + match[0].length;
    spans.push([start, stop]);
    start = stop;
    while (start < masked.length && /\s/.test(masked[start])) start++;
  }
  if (start < masked.length) spans.push([start, masked.length]);
  return spans;
}

/**
 * The index of the sentence that holds `offset` (the first that ends after it; the last when none
 * does; -1 when there are none), by binary search: a paragraph may hold thousands of sentences.
 */
export function sentenceIndexAt(sentences: readonly (readonly [number, number])[], offset: number): number {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sentences[middle][1] <= offset) low = middle + 1;
    else high = middle;
  }
  return Math.min(low, sentences.length - 1);
}

/** A URL- and id-safe slug: "Jens Stoltenberg" → "jens-stoltenberg". Empty when nothing is left. */
export function slugify(text: string, max = 60): string {
  let slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > max) {
    slug = slug.slice(0, max);
    const cut = slug.lastIndexOf('-');
    if (cut > max / 2) slug = slug.slice(0, cut);
  }
  return slug;
}

/** Cuts text to at most `max` characters at a word boundary, adding an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Upper-cases the first letter. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
