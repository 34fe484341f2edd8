import type { Article, Quote, Speaker } from '../../../model/article.js';
import { quotationMarks } from '../../../shared/i18n.js';
import { safeLinkUrl } from '../../../shared/safe-url.js';
import type { ShareChannel } from '../quote-share-event.js';

/** The social networks a quote can be sent to through their share (intent) URLs. */
export const NETWORKS = [
  'x',
  'facebook',
  'whatsapp',
  'telegram',
  'linkedin',
  'bluesky',
  'email',
] as const satisfies readonly ShareChannel[];
export type Network = (typeof NETWORKS)[number];

/**
 * How much text each network takes, measured as the network counts it (see {@link measures}).
 * X counts characters by weight (most CJK characters and emoji count 2) and any link as 23, within
 * 280; Bluesky counts graphemes, link included, within 300. The others take long text, but mail
 * clients and some browsers refuse URLs much over 2,000 characters: their text is measured as it
 * is written into the URL, percent-encoded.
 */
const TEXT_LIMITS: Record<Network, number> = {
  x: 280 - 23 - 1,
  bluesky: 300,
  whatsapp: 1500,
  telegram: 1500,
  email: 1500,
  facebook: 0,
  linkedin: 0,
};

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The number of user-perceived characters, as networks count them. */
export function lengthOf(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count++;
  return count;
}

const EMOJI = /\p{Extended_Pictographic}/u;

/**
 * The length of a post as X counts it (twitter-text's configuration v3): an emoji (with its
 * modifiers and joiners) counts 2, a code point in Latin, Greek, Cyrillic, Hebrew, Arabic, Indic and
 * other scripts below U+1100, or in a few punctuation ranges, counts 1, and any other (CJK, Hangul,
 * most symbols) counts 2.
 */
export function xLengthOf(text: string): number {
  let length = 0;
  for (const { segment } of graphemes.segment(text.normalize('NFC'))) {
    if (EMOJI.test(segment)) length += 2;
    else {
      for (const char of segment) {
        const code = char.codePointAt(0)!;
        length +=
          code <= 4351 || (code >= 8192 && code <= 8205) || (code >= 8208 && code <= 8223) || (code >= 8242 && code <= 8247) ? 1 : 2;
      }
    }
  }
  return length;
}

/** The length of text as it is written into a URL's query. */
const encodedLengthOf = (text: string) => encodeURIComponent(text).length;

/** How each network measures the text it is given. */
const measures: Record<Network, (text: string) => number> = {
  // X and Bluesky count characters; their share URLs must stay short too (an emoji is 12 or more characters percent-encoded).
  x: (text) => Math.max(xLengthOf(text), encodedLengthOf(text) / 7),
  bluesky: (text) => Math.max(lengthOf(text), encodedLengthOf(text) / 6),
  whatsapp: encodedLengthOf,
  telegram: encodedLengthOf,
  email: encodedLengthOf,
  facebook: lengthOf,
  linkedin: lengthOf,
};

/** Who said it, as a line: "Jens Stoltenberg, Sekretaris Jenderal Pakta Pertahanan Atlantik Utara (NATO)". */
export function attributionOf(speaker: Speaker, lang: string): string {
  const post = [speaker.role, speaker.org].filter(Boolean).join(lang.startsWith('id') ? ' ' : ', ');
  return post ? `${speaker.name}, ${post}` : speaker.name;
}

/**
 * The quote in the marks of its language with its attribution, with the words shortened at a word
 * boundary (and an ellipsis) when the whole would exceed `limit`, as `measure` counts (characters
 * by default). An attribution longer than the limit is shortened too.
 */
export function quoteLine(article: Article, quote: Quote, limit = Infinity, measure = lengthOf): string {
  const [open, close] = quotationMarks(article.lang);
  const speaker = article.speakers.find((candidate) => candidate.id === quote.speaker);
  // The attribution may take at most half the room.
  const tail = `${close} — ${speaker ? shorten(attributionOf(speaker, article.lang), limit / 2, measure) : ''}`;
  const room = limit - measure(open) - measure(tail);
  return open + shorten(quote.text, room, measure) + tail;
}

/** Shortens text to at most `room` (as `measure` counts), cutting between words, or graphemes when it must, and adding "…". */
export function shorten(text: string, room: number, measure = lengthOf): string {
  if (measure(text) <= room) return text;
  // Whole words while they fit; then, when not even one does, graphemes. Lengths are added up
  // part by part (each measure counts a part on its own as within the whole), so that a long text
  // is shortened in linear time.
  const roomForWords = room - measure('…');
  let kept = '';
  for (const parts of [wordsOf(text), graphemePartsOf(text)]) {
    let used = 0;
    for (const part of parts) {
      if ((used += measure(part)) > roomForWords) break;
      kept += part;
    }
    if (kept.trim()) break;
    kept = '';
  }
  return withEllipsis(kept);
}

function* graphemePartsOf(text: string): Generator<string> {
  for (const { segment } of graphemes.segment(text)) yield segment;
}

/** Words with the space and punctuation after each (each word of a language written without spaces, as Intl.Segmenter finds them). */
function* wordsOf(text: string): Generator<string> {
  let word = '';
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'word' }).segment(text)) {
    // A word is a segment with a letter or a digit in it: WebKit's segmenter says no segment is word-like, and splits
    // letters from the digits that follow them ("word12"), which stay one word here.
    const wordLike = /[\p{L}\p{N}]/u.test(segment);
    const glued = (/\p{N}$/u.test(word) && /^\p{L}/u.test(segment)) || (/[\p{L}\p{N}]$/u.test(word) && /^\p{N}/u.test(segment));
    if (wordLike && word && !glued) {
      yield word;
      word = '';
    }
    word += segment;
  }
  if (word) yield word;
}

/** Text cut short, without the space or punctuation it was cut at, and "…". */
export function withEllipsis(text: string): string {
  // Trimmed from the end by hand: a regex anchored at the end (/[\s,;:.]+$/) retries from every run of those characters.
  let end = text.length;
  while (end > 0 && /[\s,;:.]/.test(text[end - 1])) end--;
  return `${text.slice(0, end)}…`;
}

/** Percent-encodes a text directive term, including the characters the directive syntax reserves. */
function fragmentTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/**
 * Past this length (percent-encoded, as it is in the link), a text fragment's term is cut to its
 * first and last words within {@link FRAGMENT_HALF}: about 25 characters of Latin script, 10 of CJK.
 */
const FRAGMENT_TERM = 180;
const FRAGMENT_HALF = 90;

/**
 * The article URL with a text fragment (`#:~:text=`) that scrolls the article to the quote and
 * highlights it. Long quotes are matched by their first and last words; a term still too long (a
 * language written without spaces) by fewer words, so that the link stays short in any script.
 */
export function quoteUrl(articleUrl: string, text: string): string {
  const words = text.trim().split(/\s+/);
  let [start, end] = words.length > 10 ? [words.slice(0, 5).join(' '), words.slice(-5).join(' ')] : [words.join(' ')];
  if (fragmentTerm(start).length > FRAGMENT_TERM) [start, end] = [edgeOf(start, false), end ?? edgeOf(start, true)];
  if (end && fragmentTerm(end).length > FRAGMENT_TERM) end = edgeOf(end, true);
  const terms = [start, end].filter((term) => term !== undefined).map((term) => fragmentTerm(term));
  const hash = articleUrl.indexOf('#');
  const page = hash === -1 ? articleUrl : articleUrl.slice(0, hash);
  // A single word too long to name (fragments match whole words only): the link goes to the article.
  return terms.some((term) => term.length > FRAGMENT_TERM) ? page : `${page}#:~:text=${terms.join(',')}`;
}

/** The first (or, `last`, the last) words of text whose link term fits in {@link FRAGMENT_HALF}, and at least one word. */
function edgeOf(text: string, last: boolean): string {
  const words = [...wordsOf(text)];
  if (last) words.reverse();
  let kept = '';
  for (const word of words) {
    const longer = last ? word + kept : kept + word;
    if (kept && fragmentTerm(longer).length > FRAGMENT_HALF) break;
    kept = longer;
  }
  return kept.trim();
}

/**
 * The link a share carries: the publisher's `share-url` (with `{quote-id}` replaced), or the article
 * URL pointing at the quote, or nothing when the article has no safe URL.
 */
export function shareLink(article: Article, quote: Quote, shareUrl?: string): string {
  const custom = shareUrl && safeLinkUrl(shareUrl.replaceAll('{quote-id}', encodeURIComponent(quote.id)));
  const articleUrl = safeLinkUrl(article.url);
  // A link longer than a share URL can carry is left out (the article URL without the fragment first).
  return [custom, articleUrl && quoteUrl(articleUrl, quote.text), articleUrl].find((link) => link && link.length <= MAX_LINK) ?? '';
}

/** The longest link shares carry: intent and mailto URLs much longer than 2,000 characters are refused by some clients. */
const MAX_LINK = 1000;

/** The share (intent) URL that opens `network` with the quote and link filled in. */
export function intentUrl(network: Network, article: Article, quote: Quote, link: string): string {
  // X counts the link apart (23); Bluesky counts it within the post; the others write it into the URL too.
  const measure = measures[network];
  const text = quoteLine(article, quote, TEXT_LIMITS[network] - (network !== 'x' && link ? measure(link) + 1 : 0), measure);
  const withLink = link ? `${text}\n${link}` : text;
  const query = (params: Record<string, string>) =>
    new URLSearchParams(Object.entries(params).filter(([, value]) => value)).toString().replace(/\+/g, '%20');
  switch (network) {
    case 'x':
      return `https://x.com/intent/post?${query({ text, url: link })}`;
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?${query({ u: link })}`;
    case 'whatsapp':
      return `https://wa.me/?${query({ text: withLink })}`;
    case 'telegram':
      return `https://t.me/share/url?${query({ url: link, text })}`;
    case 'linkedin':
      return `https://www.linkedin.com/sharing/share-offsite/?${query({ url: link })}`;
    case 'bluesky':
      return `https://bsky.app/intent/compose?${query({ text: withLink })}`;
    case 'email':
      return `mailto:?${query({ subject: article.title, body: withLink })}`;
  }
}
