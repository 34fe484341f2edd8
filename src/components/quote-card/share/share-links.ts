import type { Article, Quote, Speaker } from '../../../model/article.js';
import { quotationMarks } from '../../../shared/i18n.js';
import { safeLinkUrl } from '../../../shared/safe-url.js';
import type { ShareChannel } from '../quote-share-event.js';

/** The social networks a quote can be sent to through their share (intent) URLs. */
export const NETWORKS = ['x', 'facebook', 'whatsapp', 'telegram', 'linkedin', 'bluesky', 'email'] as const satisfies readonly ShareChannel[];
export type Network = (typeof NETWORKS)[number];

/**
 * How much text each network takes. X counts any link as 23 characters and Bluesky counts the link
 * inside the post, both within a limit of characters (graphemes); the others take long text, but
 * mail clients and some browsers refuse URLs much over 2,000 characters.
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

/** Who said it, as a line: "Jens Stoltenberg, Sekretaris Jenderal Pakta Pertahanan Atlantik Utara (NATO)". */
export function attributionOf(speaker: Speaker, lang: string): string {
  const post = [speaker.role, speaker.org].filter(Boolean).join(lang.startsWith('id') ? ' ' : ', ');
  return post ? `${speaker.name}, ${post}` : speaker.name;
}

/**
 * The quote in the marks of its language with its attribution, with the words shortened at a word
 * boundary (and an ellipsis) when the whole would exceed `limit` characters.
 */
export function quoteLine(article: Article, quote: Quote, limit = Infinity): string {
  const [open, close] = quotationMarks(article.lang);
  const speaker = article.speakers.find((candidate) => candidate.id === quote.speaker);
  const tail = `${close} — ${speaker ? attributionOf(speaker, article.lang) : ''}`;
  const room = limit - lengthOf(open) - lengthOf(tail);
  return open + shorten(quote.text, room) + tail;
}

/** Shortens text to at most `room` characters, cutting between words and adding "…". */
export function shorten(text: string, room: number): string {
  if (lengthOf(text) <= room) return text;
  const words = text.split(/(?<=\s)/);
  let kept = '';
  for (const word of words) {
    if (lengthOf(kept + word) + 1 > room) break;
    kept += word;
  }
  // A single word longer than the room is cut by characters: there is no boundary to cut at.
  if (!kept) kept = [...graphemes.segment(text)].slice(0, Math.max(0, room - 1)).map((segment) => segment.segment).join('');
  return withEllipsis(kept);
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
 * The article URL with a text fragment (`#:~:text=`) that scrolls the article to the quote and
 * highlights it. Long quotes are matched by their first and last words.
 */
export function quoteUrl(articleUrl: string, text: string): string {
  const words = text.trim().split(/\s+/);
  const directive =
    words.length > 10 ? `${fragmentTerm(words.slice(0, 5).join(' '))},${fragmentTerm(words.slice(-5).join(' '))}` : fragmentTerm(words.join(' '));
  const hash = articleUrl.indexOf('#');
  return `${hash === -1 ? articleUrl : articleUrl.slice(0, hash)}#:~:text=${directive}`;
}

/**
 * The link a share carries: the publisher's `share-url` (with `{quote-id}` replaced), or the article
 * URL pointing at the quote, or nothing when the article has no safe URL.
 */
export function shareLink(article: Article, quote: Quote, shareUrl?: string): string {
  const custom = shareUrl && safeLinkUrl(shareUrl.replaceAll('{quote-id}', encodeURIComponent(quote.id)));
  if (custom) return custom;
  const articleUrl = safeLinkUrl(article.url);
  return articleUrl ? quoteUrl(articleUrl, quote.text) : '';
}

/** The share (intent) URL that opens `network` with the quote and link filled in. */
export function intentUrl(network: Network, article: Article, quote: Quote, link: string): string {
  const text = quoteLine(article, quote, TEXT_LIMITS[network] - (network === 'bluesky' && link ? lengthOf(link) + 1 : 0));
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
