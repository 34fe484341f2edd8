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
  // Only runs of two or more and single line breaks or tabs are replaced: a space between words stays as it is.
  return blocks.map((block) => block.replace(/\s{2,}|[^\S ]/g, ' ').trim()).filter((block) => block.length > 0);
}

/** Is the UTF-16 code unit `code` one that /\s/ matches? (A test on a code, not a one-character string.) */
export function isSpace(code: number): boolean {
  return code < 0x80
    ? code === 0x20 || (code >= 0x09 && code <= 0x0d)
    : code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff;
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

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WORD_PART = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/u;

/** Character classes of the ASCII range: 1 space, 2 letter or digit, 3 joiner inside a word ('.&-), 0 other. */
const ASCII_CLASS = new Uint8Array(128).map((_, code) => {
  const char = String.fromCharCode(code);
  return SPACE.test(char) ? 1 : LETTER_OR_DIGIT.test(char) ? 2 : "'.&-".includes(char) ? 3 : 0;
});

/** 1 space, 2 letter or digit, 4 mark (\p{M}), 3 joiner (’), 0 other: for any code point. */
function classOf(code: number): number {
  if (code < 128) return ASCII_CLASS[code];
  let kind = CLASS_CACHE.get(code);
  if (kind === undefined) {
    const char = String.fromCodePoint(code);
    kind = SPACE.test(char) ? 1 : LETTER_OR_DIGIT.test(char) ? 2 : WORD_PART.test(char) ? 4 : code === 0x2019 ? 3 : 0;
    CLASS_CACHE.set(code, kind);
  }
  return kind;
}

const CLASS_CACHE = new Map<number, number>();

const ASCII_CHARS = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));

/** "al-Mansouri", "el-Sisi": an Arabic article before a capitalised name is part of the name, which it opens. */
const ARTICLED_NAME = /^(?:al|el|ad|ar|as|ash|at|az|an|ul|ud)-\p{Lu}/u;

/**
 * The tokens of `text` between `from` and `to` (offsets stay those of `text`): words (a letter or
 * digit, then letters, marks, digits and the joiners ' ’ . & - ending on a letter, mark or digit) and
 * single punctuation marks. A scan by code point, not a regular expression: a megabyte of text has
 * a million tokens, and a match object for each was most of the extractor's time and memory.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  // The first token of each spelling, whose strings the others share: a long text repeats its words, and a string
  // kept for each of a million tokens cost more (in garbage collection) than looking the word up.
  const seen = new Map<string, Token>();
  let at = from;
  while (at < to) {
    const code = text.codePointAt(at)!;
    const size = code > 0xffff && at + 1 < to ? 2 : 1;
    const kind = classOf(size === 2 ? code : text.charCodeAt(at));
    if (kind === 1) {
      at += size;
      continue;
    }
    let end = at + size;
    if (kind === 2) {
      // Greedy over letters, marks, digits and joiners, then back to the last letter, mark or digit.
      let last = end;
      for (let k = end; k < to;) {
        const next = text.codePointAt(k)!;
        const width = next > 0xffff && k + 1 < to ? 2 : 1;
        const nextKind = classOf(width === 2 ? next : text.charCodeAt(k));
        if (nextKind === 2 || nextKind === 4) last = k + width;
        else if (nextKind !== 3 || lostSpaceAt(text, k)) break;
        k += width;
      }
      end = last;
    }
    if (kind === 2) {
      const value = text.slice(at, end);
      const same = seen.get(value);
      if (same) tokens.push({ text: same.text, lower: same.lower, start: at, end, word: true, cap: same.cap });
      else {
        const first = value[0];
        const token = {
          text: value,
          lower: value.toLowerCase(),
          start: at,
          end,
          word: true,
          cap: (first !== first.toLowerCase() && first === first.toUpperCase()) || ARTICLED_NAME.test(value),
        };
        seen.set(value, token);
        tokens.push(token);
      }
    } else if (size === 1 && code < 128) {
      // ASCII punctuation has no case: one string for the mark (a run of a million full stops is a million tokens).
      const value = ASCII_CHARS[code];
      tokens.push({ text: value, lower: value, start: at, end, word: false, cap: false });
    } else {
      const value = text.slice(at, end);
      const same = seen.get(value);
      if (same) tokens.push({ text: same.text, lower: same.lower, start: at, end, word: false, cap: false });
      else {
        const token = { text: value, lower: value.toLowerCase(), start: at, end, word: false, cap: false };
        seen.set(value, token);
        tokens.push(token);
      }
    }
    at = end;
  }
  return tokens;
}

/** Given names shortened with a stop: "Moh. Nurhidayat", "Abd. Rahman" (Muhammad, Abdul). */
export const SHORT_GIVEN_NAMES = new Set(['moh', 'muh', 'moch', 'mohd', 'muhd', 'mhd', 'abd', 'ach']);

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  ...(
    'mr mrs ms dr drg prof sen rep coun gov gen lt col capt sgt maj adm cmdr st jr sr inc corp co ltd no nos vs ' +
    'u.s u.k u.n e.g i.e jan feb mar apr jun jul aug sep sept oct nov dec ir h hj pol kol bpk sdr dll dsb tsb rp ' +
    'a.n approx est fig dept univ pt cv tbk rev revd fr drs jl kec kab kel sta sto mt brgy atty engr supt insp cpl pvt det const snr hon ' +
    'akbp akp kompol iptu ipda aiptu bripka brigjen irjen kombes pdt adv'
  ).split(' '),
  ...SHORT_GIVEN_NAMES,
]);

const LETTER = /\p{L}/u;
const isAsciiLetter = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);

/**
 * The letters and full stops right before `at`, when they follow `from`, a space or an opening bracket
 * (as /(?:^|[\s(])([\p{L}.]+)$/u on `text.slice(from, at)`, without a string per sentence); else ''.
 */
function wordBefore(text: string, from: number, at: number): string {
  let start = at;
  while (start > from) {
    const code = text.charCodeAt(start - 1);
    // A letter beyond the BMP is two code units: tested as one.
    const width = code >= 0xdc00 && code <= 0xdfff && start - 2 >= from ? 2 : 1;
    const ascii = code < 0x80;
    if (ascii ? code !== 0x2e && !isAsciiLetter(code) : !LETTER.test(text.slice(start - width, start))) break;
    start -= width;
  }
  if (start === at || (start > from && !isSpace(text.charCodeAt(start - 1)) && text[start - 1] !== '(')) return '';
  return text.slice(start, at);
}

/**
 * Sentence spans [start, end) in a paragraph whose quotations are masked (see maskQuotes), so a
 * full stop inside a quotation never ends the sentence around it. At most `max` spans (the first of a
 * megabyte-long paragraph need not split the rest).
 */
export function sentenceSpans(masked: string, max = Infinity): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (let at = 0; at < masked.length; at++) {
    const length = sentenceEndAt(masked, at);
    if (length < 0) continue;
    if (length === 0) {
      // Not an end: the next run of marks is past this one.
      while (at + 1 < masked.length && isStop(masked.charCodeAt(at + 1))) at++;
      continue;
    }
    const stop = at + length;
    if (masked[at] === '.') {
      const before = wordBefore(masked, Math.max(start, at - 12), at);
      const word = before.toLowerCase();
      if (
        ABBREVIATIONS.has(word) ||
        (before.length <= 2 && /^\p{Lu}$/u.test(before)) ||
        (word.includes('.') && /^(?:\p{L}\.)+\p{L}$/u.test(word))
      ) {
        at = stop - 1;
        continue;
      }
    }
    spans.push([start, stop]);
    if (spans.length >= max) return spans;
    start = stop;
    while (start < masked.length && isSpace(masked.charCodeAt(start))) start++;
    at = stop - 1;
  }
  if (start < masked.length) spans.push([start, masked.length]);
  return spans;
}

const isStop = (code: number) => code === 0x2e || code === 0x21 || code === 0x3f;
const CLOSING = '”"’\'»“)]';
const SENTENCE_START = /[\p{Lu}\p{N}"“„«‘'(]/uy;

/**
 * At `at`, the start of a run of . ! ? (not inside one): the length of the run and the closing marks after it
 * when spaces and the start of a sentence (a capital, a digit, an opening mark or bracket) follow; 0 when they do
 * not; -1 when no run starts there. What /(?<![.!?])[.!?]+[”"’'»“)\]]*(?=\s+[\p{Lu}\p{N}"“„«‘'(])/u matches, by a
 * scan: the lookahead retried over a long run of spaces cannot make it quadratic.
 */
function sentenceEndAt(text: string, at: number): number {
  if (!isStop(text.charCodeAt(at)) || (at > 0 && isStop(text.charCodeAt(at - 1)))) return -1;
  let end = at;
  while (end < text.length && isStop(text.charCodeAt(end))) end++;
  while (end < text.length && CLOSING.includes(text[end])) end++;
  let next = end;
  while (next < text.length && isSpace(text.charCodeAt(next))) next++;
  SENTENCE_START.lastIndex = next;
  return (next > end || runOn(text, at, end)) && SENTENCE_START.test(text) ? end - at : 0;
}

/**
 * "…snarled up.Another protest …", "ucapnya.Kamis (3/9)": a page that lost the space after the full stop at `at`, between
 * two words of prose (unlike "PT.Panen", "S.Pd" or "detik.com"): it ends a word and a sentence.
 */
const lostSpaceAt = (text: string, at: number) =>
  text.charCodeAt(at) === 0x2e && /\p{Ll}\p{Ll}\.\p{Lu}\p{Ll}/uy.test(text.slice(at - 2, at + 3));

const runOn = (text: string, at: number, end: number) => end === at + 1 && lostSpaceAt(text, at);

/** Sentence spans cut again at the ascending offsets `cuts` that fall inside one, in one pass. */
export function splitSentencesAt(sentences: [number, number][], cuts: readonly number[]): [number, number][] {
  if (!cuts.length) return sentences;
  const split: [number, number][] = [];
  let c = 0;
  for (const [from, to] of sentences) {
    let start = from;
    for (; c < cuts.length && cuts[c] < to; c++) {
      if (cuts[c] <= start) continue;
      split.push([start, cuts[c]]);
      start = cuts[c];
    }
    split.push([start, to]);
  }
  return split;
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

/** Text without accents, case or punctuation: its words, each separated by one space ("Dewi’s" → "dewi s"). */
export const foldWords = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A URL- and id-safe slug: "Jens Stoltenberg" → "jens-stoltenberg". Empty when nothing is left. */
export function slugify(text: string, max = 60): string {
  let slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-');
  slug = trimEndMatching(slug.replace(/^-+/, ''), /-/);
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
  return `${trimEndMatching(space > max / 2 ? cut.slice(0, space) : cut, /[\s,;:.–—-]/)}…`;
}

/**
 * `text` without the characters at its end that `char` (a pattern of one character) matches. A loop from the end,
 * not a pattern such as /[\s,]+$/: that is tried from every character of a long run, quadratic in its length.
 */
export function trimEndMatching(text: string, char: RegExp): string {
  let end = text.length;
  while (end > 0 && char.test(text[end - 1])) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Upper-cases the first letter. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The index of the first of `tokens` (in text order) that starts at or after `offset`; their length when none does. */
export function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
