/**
 * Finding quotations: straight and curly double quotes, „ “ and « », nested single quotes (kept
 * as text), and quotations that run over several paragraphs (an opening mark at each paragraph,
 * a closing mark only at the end).
 */
import { EN } from './lexicon-en.js';
import { ID } from './lexicon-id.js';
import { isSpace, trimEndMatching } from './text.js';

/** One quotation as it stands in the text. */
export interface QuoteSpan {
  /** Paragraph of the opening mark. */
  para: number;
  /** Offset of the opening mark in that paragraph. */
  open: number;
  /** Paragraph of the closing mark: later than `para` when the quote runs over paragraphs. */
  endPara: number;
  /** Offset of the closing mark in `endPara`, or that paragraph's length when it was never closed. */
  close: number;
  /** The words inside the marks; paragraphs joined by a blank line; no trailing comma. */
  text: string;
}

/**
 * The inside of the marks of `span` in each of its paragraphs, as flat triples: paragraph, from, to. Derived, not
 * stored: a megabyte of quotation marks is a hundred thousand quotations, and each array kept was most of their cost.
 */
function piecesOf(paragraphs: readonly string[], span: QuoteSpan): number[] {
  const pieces: number[] = [];
  for (let p = span.para; p <= span.endPara; p++) {
    pieces.push(p, p === span.para ? span.open + 1 : 1, p === span.endPara ? span.close : paragraphs[p].length);
  }
  return pieces;
}

/** Closing marks for each opening mark; the first is the usual one. */
const CLOSERS: Record<string, string> = {
  '"': '"”',
  '“': '”"“',
  '„': '“”"',
  '«': '»',
  '”': '”',
};

const OPENERS = '"“„«”';

/**
 * Two apostrophes typed for a double quotation mark: ''There is a conflict,'' she said; or two single curly marks,
 * ‘‘I accept that,’’ or ‘’Baru 0-0,’’ as some papers set them.
 */
function isTwoApostrophes(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return ((code === 0x27 || code === 0x2018 || code === 0x2019) && next === code) || (code === 0x2018 && next === 0x2019);
}

function isOpener(text: string, at: number): boolean {
  if (isTwoApostrophes(text, at)) return (at === 0 || /[\s([]/.test(text[at - 1])) && /[\p{L}\p{N}]/u.test(text[at + 2] ?? '');
  const mark = text[at];
  const before = at === 0 ? ' ' : text[at - 1];
  const after = text[at + 1] ?? ' ';
  // A paragraph that starts with a mark starts with a quotation, even with a stray space after the mark: " Is it …?"
  if (isSpace(after.charCodeAt(0))) {
    if (mark === '«' || mark === '„' || (at === 0 && mark !== '”')) return true;
    // K Saravanan said," For the second successive year, …”: a straight mark typed after the comma of a verb of saying;
    // "… memotong jalan. “ Saya ga tau. …,” katanya": a left mark after a space. Each, with a stray space and a word
    // after it, opens when a right mark closes later in the paragraph.
    // "… masih rahasia.” Kalau nama saksi …,” katanya": a right mark after a sentence, the first mark of the paragraph;
    // "” Musim pancaroba, …,” ujarnya": or opening it.
    const stray =
      (mark === '"' && before === ',') ||
      (mark === '“' && isSpace(before.charCodeAt(0))) ||
      (mark === '”' && (at === 0 || /[.!?]/.test(before)) && firstMark(text) === at);
    return stray && /^\s\p{Lu}/u.test(text.slice(at + 1, at + 3)) && usualCloserAfter(text, at, 0x201d);
  }
  if (mark === '“' || mark === '„' || mark === '«') return true;
  // Two quotations with no space between them: …maaf"."Polisi …; or a quotation right after a sentence, opened with a
  // right mark: …can be arrested.”The counterfeit notes …,” Shilongo said.
  if (/[.,!?;]/.test(before) && /["”]/.test(text[at - 2] ?? '') && /[\p{L}\p{N}]/u.test(after)) return true;
  if (mark === '”' && /[.!?]/.test(before) && /\p{Lu}/u.test(after) && usualCloserAfter(text, at + 1, 0x201d)) return true;
  // A straight quote or a right quote opens only after a space or an opening bracket or dash.
  return isSpace(before.charCodeAt(0)) || '([{\u2013\u2014/:-'.includes(before);
}

/** The closers of each opening mark as character codes, the usual one first: a scan without a match object per quotation. */
const CLOSER_CODES: Record<string, number[]> = Object.fromEntries(
  Object.entries(CLOSERS).map(([opener, closers]) => [opener, [...closers].map((closer) => closer.charCodeAt(0))]),
);

function closeAt(text: string, from: number, opener: string): number {
  const codes = CLOSER_CODES[opener];
  // “These are the “imaginary bullets” that hit …”: curly marks nest.
  let depth = 0;
  for (let at = from; at < text.length; at++) {
    const code = text.charCodeAt(at);
    // Two apostrophes stand for a closing straight quote in some wire copy: "…,'' said Smith.
    // Or “…,’’ he said.: a left mark closed by two right single marks, when no right double mark follows.
    if (
      code !== 0x2018 &&
      isTwoApostrophes(text, at) &&
      !/\p{L}/u.test(text[at + 2] ?? ' ') &&
      (opener === '"' || (opener === '“' && (!usualCloserAfter(text, at, 0x201d) || reopensAfter(text, at + 2))))
    )
      return at;
    if (opener === '“' && code === 0x201c && isSpace(text.charCodeAt(at - 1)) && /\p{L}/u.test(text[at + 1] ?? ' ')) {
      // "“Heran juga kami. … kenapa dibiarkan begini, “Kata Risky": a left mark typed for the right one, before the verb.
      if (depth === 0 && saidAfterStop(text, at) && !usualCloserAfter(text, at, 0x201d)) return at;
      // "“Sometimes that requires … help, Suderman said. “I would …”": no mark closed the first quotation; the
      // attribution after its comma did.
      const comma = depth === 0 ? saidBeforeReopen(text, from, at) : -1;
      if (comma >= 0) return comma;
      depth++;
      continue;
    }
    if (!codes.includes(code)) continue;
    if (depth > 0 && code === 0x201d) {
      depth--;
      continue;
    }
    if (code === codes[0]) return at;
    // A stand-in ("“" closing "“…“") closes only before a non-letter, and not when the usual closer comes later in the
    // paragraph: “… who call them "innocent" people …” quotes inside a quotation.
    if (!/\p{L}/u.test(text[at + 1] ?? ' ') && !(code === 0x22 && usualCloserAfter(text, at, codes[0]))) return at;
  }
  return -1;
}

/**
 * Is the next curly double mark after `from` (within a sentence or two) a left one: "“…,’’ he said. “And when …”" opens
 * a second quotation?
 */
function reopensAfter(text: string, from: number): boolean {
  const next = text.slice(from, from + 200).search(/[“”]/);
  return next >= 0 && text[from + next] === '“';
}

/** Verbs of saying after a quotation ("kata", "ujarnya", "pungkas", "said"), as a closing mark typed wrong comes before. */
const SAID = new Set([...ID.inverted, ...EN.inverted].flatMap((verb) => [verb, `${verb}nya`]));

/** Is the mark at `at` after a comma or stop and before a verb of saying: "begini, “Kata Risky", "dibiarkan, “pungkas"? */
function saidAfterStop(text: string, at: number): boolean {
  const word = /^\p{L}+/u.exec(text.slice(at + 1, at + 24))?.[0].toLowerCase();
  return Boolean(word && SAID.has(word) && /[,.!?]\s*$/.test(text.slice(Math.max(0, at - 3), at)));
}

/**
 * The offset of the comma that ends an unclosed quotation, when the words between it and a new opening mark at `at` are
 * a short attribution: ", Suderman said. “", ", he added. “", ", kata Budi. “"; else -1.
 */
function saidBeforeReopen(text: string, from: number, at: number): number {
  const clause = /,\s{1,3}([^,“”"]{1,60})\.\s{0,3}$/u.exec(text.slice(Math.max(from, at - 80), at));
  if (!clause) return -1;
  const words = clause[1].split(/\s+/);
  if (words.length > 5 || !words.some((word) => SAID.has(word.toLowerCase()))) return -1;
  return at - clause[0].length;
}

let lastCloserText = '';
let lastCloserCode = 0;
let lastCloserAt = -1;

/** Does the usual closing mark `code` come after `at`? The last one is looked up once per paragraph and mark. */
function usualCloserAfter(text: string, at: number, code: number): boolean {
  if (text !== lastCloserText || code !== lastCloserCode) {
    lastCloserText = text;
    lastCloserCode = code;
    lastCloserAt = text.lastIndexOf(String.fromCharCode(code));
  }
  return lastCloserAt > at;
}

/**
 * A headline or subheading: a short paragraph that does not end a sentence. Their quotations may be
 * in Title Case or in single quotes ('We just grabbed the dog'), as headline style has it.
 */
export function isHeading(paragraph: string): boolean {
  return paragraph.length <= 200 && !/[.!?:;,]["”’'»]*$/.test(paragraph);
}

/** A heading whose longer words are nearly all capitalised, a question's or an exclamation's too ("… Harus Mengadu ke Siapa?"). */
export function isTitleCaseHeading(paragraph: string): boolean {
  let end = paragraph.length;
  while (end > 0 && (paragraph[end - 1] === '?' || paragraph[end - 1] === '!')) end--;
  if (!isHeading(paragraph.slice(0, end))) return false;
  const long = paragraph.split(/\s+/).filter((word) => word.length >= 4 && /^\p{L}/u.test(word));
  const capitalised = long.filter((word) => /^\p{Lu}/u.test(word)).length;
  // "Laga Derby Jateng": a short subheading is no sentence either, when every word is capitalised.
  return (
    (long.length >= 4 && capitalised >= long.length * 0.8) || (long.length >= 2 && capitalised === long.length && paragraph.length <= 60)
  );
}

const SINGLE_OPEN = "'‘";
const SINGLE_CLOSE = "'’";
const LETTER = /[\p{L}\p{N}]/u;

/** Single-quoted quotations in a heading: an opening mark after a space, a closing one before a space or a stop. */
function singleQuotes(text: string, para: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (let at = 0; at < text.length; at++) {
    if (!SINGLE_OPEN.includes(text[at]) || (at > 0 && !/[\s(]/.test(text[at - 1])) || !LETTER.test(text[at + 1] ?? '')) continue;
    let close = -1;
    for (let k = at + 2; k < text.length; k++) {
      // An apostrophe between letters (don't, Pike's) closes nothing.
      if (SINGLE_CLOSE.includes(text[k]) && !/\s/.test(text[k - 1]) && !LETTER.test(text[k + 1] ?? '')) {
        close = k;
        break;
      }
    }
    if (close < 0) break;
    const inside = text.slice(at + 1, close).trim();
    if (/[\p{L}\p{N}]/u.test(inside)) spans.push({ para, open: at, endPara: para, close, text: trimEndMatching(inside, TRAILING) });
    at = close;
  }
  return spans;
}

/** "‘Ya mau gimana lagi lah, …,’ cerita Yunus.": a paragraph opened with a single mark and closed by one before a verb. */
const SINGLE_QUOTED_PARAGRAPH = /^['‘][\p{L}\p{N}][^'‘’]*?[,.!?]['’]\s+\p{Ll}/u;

/** Every quotation in the paragraphs, in order. */
export function scanQuotes(paragraphs: readonly string[]): QuoteSpan[] {
  const spans = scanDoubleQuotes(paragraphs);
  const quoted = new Set<number>();
  for (const span of spans) for (let para = span.para; para <= span.endPara; para++) quoted.add(para);
  // A story with no double quotation mark at all quotes with single ones, as some house styles do: ‘We're on call,’ said …
  const single = !spans.length && !paragraphs.some((text) => /["“”„«]/.test(text));
  const singles = paragraphs.flatMap((text, para) =>
    !quoted.has(para) && (single || isHeading(text) || SINGLE_QUOTED_PARAGRAPH.test(text)) ? singleQuotes(text, para) : [],
  );
  if (!singles.length) return spans;
  return [...spans, ...singles].sort((a, b) => a.para - b.para || a.open - b.open);
}

function scanDoubleQuotes(paragraphs: readonly string[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let para = 0;
  let at = 0;
  while (para < paragraphs.length) {
    const text = paragraphs[para];
    at = nextMark(text, at);
    if (at < 0) {
      para++;
      at = 0;
    } else if (!isOpener(text, at)) {
      const single = opensUnmarked(text, at) ? -1 : openedSingle(text, at);
      if (single !== undefined)
        spans.push({ para, open: single, endPara: para, close: at, text: trimEndMatching(text.slice(single + 1, at), TRAILING).trim() });
      at++;
    } else {
      const span = readQuote(paragraphs, para, at);
      if (HAS_LETTER.test(span.text)) spans.push(span);
      para = span.endPara;
      at = span.close + 1;
    }
  }
  return spans;
}

const HAS_LETTER = /[\p{L}\p{N}]/u;

const FIRST_PERSON = /(?<![\p{L}])(?:saya|kami|kita|aku|I|we|our|my|us|me)(?![\p{L}])/iu;

/**
 * "Saya pribadi … tiga poin,” tutupnya.": a paragraph whose first mark closes a quotation and a verb follows it, its
 * opening mark left out: the quotation is the paragraph up to the mark.
 */
function opensUnmarked(text: string, at: number): boolean {
  return (
    text.charCodeAt(at) === 0x201d &&
    /[,.!?]/.test(text[at - 1] ?? '') &&
    /^\s+\p{Ll}/u.test(text.slice(at + 1, at + 3)) &&
    /^\p{Lu}/u.test(text) &&
    firstMark(text) === at &&
    // Direct speech, not a report the writer closed by mistake ("… Wowor kembali mengajak …,” pungkas …).
    FIRST_PERSON.test(text.slice(0, at))
  );
}

/**
 * "… namun tidak berlanjut. ’Dulu, tahun berapa itu, …,” papar Aceng.", "‘It is debatable …”, says …": a quotation opened
 * with a single mark after a sentence (or opening the paragraph) and closed with a double one before a verb, the
 * paragraph's first double mark: the offset of the single mark.
 */
function openedSingle(text: string, at: number): number | undefined {
  const after = text.slice(at + 1, at + 4);
  // "…,” papar", or the comma outside: "…vegetables”, says".
  const closes = (/[,.!?]/.test(text[at - 1] ?? '') && /^\s+\p{Ll}/u.test(after)) || /^[,.]\s+\p{Ll}/u.test(after);
  if (text.charCodeAt(at) !== 0x201d || firstMark(text) !== at || !closes) return undefined;
  const open = lastSingleMark(text, at);
  if (open === undefined || !/^\p{Lu}/u.test(text.slice(open + 1, open + 3))) return undefined;
  let before = open - 1;
  while (before >= 0 && /\s/.test(text[before])) before--;
  return open === 0 || (before < open - 1 && /[.!?]/.test(text[before] ?? '')) ? open : undefined;
}

/** The last single quotation mark before `at`; an apostrophe between letters ("don’t") is no mark. Scanned backwards, in linear time. */
function lastSingleMark(text: string, at: number): number | undefined {
  for (let k = at - 1; k >= 0; k--) {
    const mark = text[k];
    if (mark !== "'" && mark !== '‘' && mark !== '’') continue;
    if (mark !== '‘' && /\p{L}/u.test(text[k - 1] ?? '') && /\p{L}/u.test(text[k + 1] ?? '')) continue;
    return k;
  }
  return undefined;
}

let firstMarkText = '';
let firstMarkAt = -1;

/** The offset of the paragraph's first double quotation mark, looked up once per paragraph. */
function firstMark(text: string): number {
  if (text !== firstMarkText) {
    firstMarkText = text;
    firstMarkAt = nextMark(text, 0);
  }
  return firstMarkAt;
}

/** The offset of the next double quotation mark at or after `from`, or -1. */
function nextMark(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x22 || code === 0x201c || code === 0x201e || code === 0xab || code === 0x201d || isTwoApostrophes(text, at)) return at;
  }
  return -1;
}

const TRAILING = /[\s,;:]/u;

/** Reads the quotation opened at paragraph `para`, offset `open`, to its closing mark. */
function readQuote(paragraphs: readonly string[], para: number, open: number): QuoteSpan {
  const twoApostrophes = isTwoApostrophes(paragraphs[para], open);
  const opener = twoApostrophes ? '"' : paragraphs[para][open];
  let p = para;
  let from = open + (twoApostrophes ? 2 : 1);
  let close: number;
  let inside = '';
  for (;;) {
    const current = paragraphs[p];
    const found = closeAt(current, from, opener);
    close = found >= 0 ? found : current.length;
    const piece = current.slice(from, close).trim();
    inside = p === para ? piece : `${inside}\n\n${piece}`;
    // Unclosed: runs on when the next paragraph opens with a quotation mark again, or when it holds no mark and the
    // first one after is the closing one.
    const next = paragraphs[p + 1];
    if (found >= 0 || next === undefined) break;
    const twoAgain = twoApostrophes && (next.startsWith('‘‘') || next.startsWith("''"));
    if (OPENERS.includes(next[0]) || twoAgain) from = twoAgain ? 2 : 1;
    else if (closesLater(paragraphs, p + 1)) from = 0;
    else break;
    p++;
  }
  return { para, open, endPara: p, close, text: trimEndMatching(inside, TRAILING).trim() };
}

/** Paragraphs the quotation runs on over, opened once: "“Pasca bencana …" and no mark until "… tersebut,”ujar Agustinus." */
const RUNS_ON_OVER = 4;

/** Does the first double mark in the paragraphs from `from` on (within RUNS_ON_OVER) close a quotation? */
function closesLater(paragraphs: readonly string[], from: number): boolean {
  for (let p = from; p < Math.min(paragraphs.length, from + RUNS_ON_OVER); p++) {
    const at = nextMark(paragraphs[p], 0);
    if (at >= 0) return !isOpener(paragraphs[p], at);
  }
  return false;
}

/**
 * The paragraphs with the inside of every quotation blanked out (its last full stop, question or
 * exclamation mark kept), so that sentence splitting and cue finding look only at the narrative.
 */
export function maskQuotes(paragraphs: readonly string[], spans: readonly QuoteSpan[]): string[] {
  // Per paragraph, the ranges to blank as flat pairs: from, to, from, to…
  const blanks = paragraphs.map(() => [] as number[]);
  const blank = (para: number, from: number, to: number, end: boolean) => {
    const text = paragraphs[para];
    let last = to - 1;
    while (last >= from && isSpace(text.charCodeAt(last))) last--;
    const stop = text.charCodeAt(last);
    if (end && (stop === 0x2e || stop === 0x21 || stop === 0x3f)) blanks[para].push(from, last, last + 1, to);
    else blanks[para].push(from, to);
  };
  for (const span of spans) {
    if (span.endPara === span.para) blank(span.para, span.open + 1, span.close, true);
    else {
      const pieces = piecesOf(paragraphs, span);
      for (let index = 0; index < pieces.length; index += 3)
        blank(pieces[index], pieces[index + 1], pieces[index + 2], index === pieces.length - 3);
    }
    // "…,'' Mr Richardson said.": the second apostrophe of a closing pair is no narrative after the quotation.
    if (isTwoApostrophes(paragraphs[span.endPara], span.close)) blanks[span.endPara].push(span.close + 1, span.close + 2);
  }
  return paragraphs.map((text, para) => {
    const ranges = blanks[para];
    if (!ranges.length) return text;
    if (ranges.length > 128) return blankOut(text, ranges);
    const parts: string[] = [];
    let at = 0;
    for (let k = 0; k < ranges.length; k += 2) {
      const from = ranges[k];
      const to = ranges[k + 1];
      if (to <= from) continue;
      parts.push(text.slice(at, from), ' '.repeat(to - from));
      at = to;
    }
    parts.push(text.slice(at));
    return parts.join('');
  });
}

/** `text` with spaces over each range of `ranges` (flat pairs): through an array of character codes, not strings per range. */
function blankOut(text: string, ranges: readonly number[]): string {
  const codes = new Uint16Array(text.length);
  for (let at = 0; at < text.length; at++) codes[at] = text.charCodeAt(at);
  // A loop, not codes.fill: a call per range was most of the time for a hundred thousand short quotations.
  for (let k = 0; k < ranges.length; k += 2) for (let at = ranges[k]; at < ranges[k + 1]; at++) codes[at] = 0x20;
  const chunks: string[] = [];
  for (let at = 0; at < codes.length; at += 8192)
    chunks.push(String.fromCharCode.apply(null, codes.subarray(at, at + 8192) as unknown as number[]));
  return chunks.join('');
}

/** Words right before a quotation that make it the title of a work, not speech: her article, "…". */
export const TITLE_NOUNS = new Set(
  (
    'book novel memoir article essay column op-ed editorial paper report study headline poem song album film movie documentary ' +
    'podcast episode play exhibition titled entitled headlined ' +
    'buku novel artikel tulisan esai kolom opini editorial makalah laporan judul berjudul bertajuk puisi lagu album film dokumenter'
  ).split(' '),
);

/** Lower-case words allowed inside a title ("Senja di Pelabuhan Tua", "People to Watch"). */
const TITLE_SMALL_WORDS = new Set(
  'a an the of to in on at for and or but with from by as di ke dari dan yang untuk dengan pada atau sang si para'.split(' '),
);

/** Words in a quotation (letters or digits). */
export function wordCount(text: string): number {
  // Counted with test(), which builds no match array: a text may hold a hundred thousand quotations.
  WORD.lastIndex = 0;
  let count = 0;
  while (WORD.test(text)) count++;
  return count;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/**
 * A title or a name in quotation marks, not speech: every word capitalised but small ones, and no
 * sentence punctuation ("The Long Road Home", "Senja di Pelabuhan Tua").
 */
export function looksLikeTitle(text: string): boolean {
  // The cheapest test first: most quotations do not open with a capital or a digit.
  if (!/^\s*[\p{Lu}\p{N}]/u.test(text) || /[.,;:!?]/.test(text) || wordCount(text) > 8) return false;
  const tokens = text.split(/\s+/).filter(Boolean);
  if (!tokens.length || !/^[\p{Lu}\p{N}]/u.test(tokens[0])) return false;
  return tokens.every((token) => /^[\p{Lu}\p{N}]/u.test(token) || TITLE_SMALL_WORDS.has(token.toLowerCase()));
}
