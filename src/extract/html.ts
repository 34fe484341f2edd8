/**
 * Article pages as input: from the HTML of a news page to the article's text, headline, byline and
 * publication date, with Mozilla's Readability. The DOM is the browser's DOMParser, or linkedom in
 * Node; both, and Readability, are loaded on the first call only, so that importing the extractor
 * costs nothing more to those who give it text.
 */
import type { Article } from '../model/article.js';
import { extractForReview, type ExtractionResult, type ExtractOptions } from './extract-article.js';

/** What {@link readArticlePage} finds in a news page. */
export interface ArticlePage {
  /** The article's text: paragraphs (and subheadings) separated by blank lines, without boilerplate. */
  text: string;
  /** The headline: JSON-LD `headline`, else `og:title`, else the page's `<h1>` or `<title>`. */
  title?: string;
  /** Who wrote it: JSON-LD `author`, else the `author` meta tag, else the page's byline ("By …" dropped). */
  byline?: string;
  /** When it was published, as an ISO 8601 date or date-time: JSON-LD `datePublished`, else `article:published_time`, … */
  publishedAt?: string;
  /** The page's canonical http(s) URL, if it gives one. */
  url?: string;
  /** The publication: `og:site_name`, else the JSON-LD publisher. */
  siteName?: string;
}

/** Options of {@link readArticlePage}. */
export interface ReadPageOptions {
  /** Where the page comes from: relative canonical links resolve against it. */
  url?: string;
}

/** A page in which no article can be found (empty, not HTML, no article body). */
export class ArticlePageError extends Error {
  override name = 'ArticlePageError';
}

/** Pages larger than this are refused with an {@link ArticlePageError}: no news page is near it. */
export const MAX_PAGE_LENGTH = 8 * 1024 * 1024;

/**
 * Pages with more elements than this (scripts, styles and SVG aside) are refused: a news page has a
 * few thousand, and a DOM of hundreds of thousands takes seconds to build in Node.
 */
export const MAX_ELEMENTS = 60_000;

function countTags(html: string): number {
  let count = 0;
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
    const next = html.charCodeAt(at + 1);
    if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122)) count++;
  }
  return count;
}

/** Does a text look like an HTML page rather than plain article text? */
export function looksLikeHtml(text: string): boolean {
  const head = text
    .slice(0, 2000)
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  return (
    head.startsWith('<!doctype html') || head.startsWith('<html') || /^<(?:head|body|meta|title|article|main|div|p|section)[\s>]/.test(head)
  );
}

/**
 * Reads a news page: its article body as plain text (navigation, sidebars, comments, captions,
 * share buttons, advertising, "Baca juga", "Read more" and related links removed), headline,
 * byline, publication date, canonical URL and publication name, from JSON-LD (NewsArticle and the
 * other Article types), Open Graph and meta tags, and the page itself.
 *
 * @throws {ArticlePageError} when the page is empty, too large, or holds no article body.
 */
export async function readArticlePage(html: string, options: ReadPageOptions = {}): Promise<ArticlePage> {
  if (typeof html !== 'string') throw new TypeError('readArticlePage: html must be a string');
  if (!html.trim()) throw new ArticlePageError('the page is empty');
  if (html.length > MAX_PAGE_LENGTH) {
    throw new ArticlePageError(
      `the page is ${(html.length / 1024 / 1024).toFixed(1)} MB, more than the ${MAX_PAGE_LENGTH / 1024 / 1024} MB an article page can be`,
    );
  }
  const control = firstControlCharacter(html.slice(0, 65536));
  if (control >= 0) {
    const code = html.charCodeAt(control).toString(16).toUpperCase().padStart(4, '0');
    throw new ArticlePageError(`the page is not text: it holds binary data (character ${control} is U+${code})`);
  }
  const lean = withoutScripts(html);
  const elements = countTags(lean);
  if (elements > MAX_ELEMENTS) {
    throw new ArticlePageError(
      `the page has ${elements} elements, more than the ${MAX_ELEMENTS} an article page has: save the article's page alone`,
    );
  }
  const [document, { Readability }] = await Promise.all([parseHtml(lean), import('@mozilla/readability')]);
  const meta = readMetadata(document, options.url);
  removeBoilerplate(document);
  const read = new Readability(document, { charThreshold: 200, keepClasses: false }).parse();
  const text = read?.content ? paragraphsOf(await parseHtml(`<!doctype html><html><body>${read.content}</body></html>`)) : '';
  // A home page or a list of links: no paragraph of prose.
  if (!text || text.length < 200 || !text.split('\n\n').some((paragraph) => paragraph.length >= 100)) {
    throw new ArticlePageError('no article body found in the page');
  }
  const page: ArticlePage = { text };
  const title = clean(meta.title) || stripSiteName(clean(read?.title ?? undefined), meta.siteName);
  if (title) page.title = title;
  const byline = clean(meta.byline) || clean(read?.byline?.replace(/^\s*(?:by|oleh)\s+/i, '') ?? undefined);
  if (byline) page.byline = byline;
  const publishedAt = isoDate(meta.publishedAt) ?? isoDate(read?.publishedTime ?? undefined);
  if (publishedAt) page.publishedAt = publishedAt;
  if (meta.url) page.url = meta.url;
  const siteName = clean(meta.siteName) || clean(read?.siteName ?? undefined);
  if (siteName) page.siteName = siteName;
  return page;
}

/**
 * {@link extractArticle} for a news page: reads it with {@link readArticlePage}, then extracts the
 * quotes of its text. The page's headline, publication date and canonical URL are used unless
 * `options` give them; the publication name becomes the article's `publisher`.
 *
 * @throws {ArticlePageError} when the page holds no article; {TypeError} when an option is malformed.
 */
export async function extractArticleFromHtml(html: string, options: ExtractOptions = {}): Promise<Article> {
  return extractArticleFromPage(await readArticlePage(html, { url: options.url }), options);
}

/** {@link extractArticle} for a page already read by {@link readArticlePage}. */
export function extractArticleFromPage(page: ArticlePage, options: ExtractOptions = {}): Article {
  return extractPageForReview(page, options).article;
}

/** {@link extractForReview} for a page already read by {@link readArticlePage}: the article, and how each quote was attributed. */
export function extractPageForReview(page: ArticlePage, options: ExtractOptions = {}): ExtractionResult {
  const result = extractForReview(page.text, {
    ...options,
    title: options.title ?? page.title,
    url: options.url ?? page.url,
    publishedAt: options.publishedAt ?? page.publishedAt,
  });
  if (page.siteName && !result.article.publisher) result.article.publisher = { name: page.siteName };
  return result;
}

type HtmlParser = new () => { parseFromString(source: string, type: 'text/html'): Document };

async function parseHtml(html: string): Promise<Document> {
  const Parser = (globalThis as { DOMParser?: HtmlParser }).DOMParser;
  if (Parser) return new Parser().parseFromString(html, 'text/html');
  // Node: linkedom, named through a variable so that browser bundles never include it.
  const linkedom = 'linkedom';
  const { DOMParser: NodeParser } = (await import(/* @vite-ignore */ linkedom)) as { DOMParser: HtmlParser };
  return new NodeParser().parseFromString(html, 'text/html');
}

/**
 * The page without the content of its scripts, styles and SVG drawings (JSON-LD kept), which is most
 * of a modern page's weight and none of its text. A script ends at the first "</script", as HTML
 * parsers read it. Each search starts where the last ended: linear in the page's length.
 */
const STRIPPED = ['script', 'style', 'svg'];

function withoutScripts(html: string): string {
  // ASCII only, so that offsets stay those of `html` ("İ".toLowerCase() is two characters).
  const lower = html.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
  let out = '';
  let at = 0;
  // Where each tag opens next: searched again only once passed, so that the page is read once.
  const next: Record<string, number> = Object.fromEntries(STRIPPED.map((name) => [name, lower.indexOf(`<${name}`)]));
  for (;;) {
    let open = -1;
    let tag = '';
    for (const name of STRIPPED) {
      if (next[name] >= 0 && next[name] < at) next[name] = lower.indexOf(`<${name}`, at);
      if (next[name] >= 0 && (open < 0 || next[name] < open)) [open, tag] = [next[name], name];
    }
    if (open < 0) break;
    const openEnd = lower.indexOf('>', open);
    const close = openEnd < 0 ? -1 : lower.indexOf(`</${tag}`, openEnd);
    if (close < 0) {
      out += html.slice(at, open);
      at = html.length;
      break;
    }
    const keep = tag === 'script' && /type\s*=\s*["']?application\/ld\+json/.test(lower.slice(open, openEnd));
    out += html.slice(at, keep ? close : openEnd + 1);
    at = close;
  }
  return out + html.slice(at);
}

interface Metadata {
  title?: string;
  byline?: string;
  publishedAt?: string;
  url?: string;
  siteName?: string;
}

const ARTICLE_TYPES =
  /^(?:NewsArticle|Article|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle)$/;

/** JSON-LD first, then Open Graph and meta tags. */
function readMetadata(document: Document, base: string | undefined): Metadata {
  const metaContent = (...names: string[]) => {
    for (const name of names) {
      const element = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
      const content = element?.getAttribute('content')?.trim();
      if (content) return content;
    }
    return undefined;
  };
  const ld = jsonLdArticle(document);
  const authors = ld ? namesOf(ld.author) : [];
  const publisher = ld && typeof ld.publisher === 'object' && ld.publisher ? (ld.publisher as Record<string, unknown>).name : undefined;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const ldUrl =
    ld &&
    (typeof ld.mainEntityOfPage === 'string' ? ld.mainEntityOfPage : (ld.mainEntityOfPage as Record<string, unknown> | undefined)?.['@id']);
  const time =
    document.querySelector('article time[datetime], time[pubdate], time.published[datetime], time[datetime]')?.getAttribute('datetime') ??
    undefined;
  return {
    title: text(ld?.headline) ?? metaContent('og:title', 'twitter:title', 'headline'),
    byline: authors.length ? authors.join(', ') : metaContent('author', 'article:author', 'byl', 'dc.creator'),
    publishedAt:
      text(ld?.datePublished) ??
      metaContent(
        'article:published_time',
        'og:article:published_time',
        'datePublished',
        'pubdate',
        'publishdate',
        'date',
        'dc.date',
        'parsely-pub-date',
      ) ??
      time,
    url: httpUrl(canonical, base) ?? httpUrl(metaContent('og:url'), base) ?? httpUrl(typeof ldUrl === 'string' ? ldUrl : undefined, base),
    siteName: metaContent('og:site_name', 'application-name') ?? text(publisher),
  };
}

/** The first Article-typed object in the page's JSON-LD, looking inside arrays and `@graph`. */
function jsonLdArticle(document: Document): Record<string, unknown> | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a broken block of JSON-LD is common and harmless
    }
    const queue: unknown[] = [data];
    for (let k = 0; k < queue.length && k < 200; k++) {
      const item = queue[k];
      if (Array.isArray(item)) queue.push(...(item as unknown[]));
      else if (item && typeof item === 'object') {
        const record = item as Record<string, unknown>;
        const types = ([] as unknown[]).concat(record['@type']);
        if (types.some((type) => typeof type === 'string' && ARTICLE_TYPES.test(type))) return record;
        if (record['@graph']) queue.push(record['@graph']);
      }
    }
  }
  return undefined;
}

function namesOf(author: unknown): string[] {
  const list = ([] as unknown[]).concat(author ?? []);
  return list.flatMap((item) => {
    const name = typeof item === 'string' ? item : item && typeof item === 'object' ? (item as Record<string, unknown>).name : undefined;
    const cleaned = clean(text(name));
    return cleaned ? [cleaned] : [];
  });
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined);

function clean(value: string | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

/** "Headline - Site", "Headline | Site": the headline. */
function stripSiteName(title: string, siteName: string | undefined): string {
  if (!siteName || !title.endsWith(siteName)) return title;
  const headline = title.slice(0, -siteName.length).trimEnd();
  return (/[-|–—:]$/.test(headline) ? headline.slice(0, -1).trim() : headline) || title;
}

/** The index of the first control character that text never holds (NUL to backspace, shift-out to unit separator), or -1. */
function firstControlCharacter(text: string): number {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code <= 0x08 || (code >= 0x0e && code <= 0x1f)) return index;
  }
  return -1;
}

function httpUrl(value: string | undefined, base: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const ISO = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?$/;

/** An ISO 8601 date or date-time from what pages write: ISO, "2023/04/04 10:15:00", or what Date reads. */
function isoDate(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (ISO.test(trimmed)) return trimmed;
  const numeric = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?/.exec(trimmed);
  if (numeric) {
    const [, year, month, day, hour, minute, second] = numeric;
    const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
    const candidate = hour ? `${date}T${hour.padStart(2, '0')}:${minute}${second ? `:${second}` : ''}` : date;
    return ISO.test(candidate) ? candidate : ISO.test(date) ? date : undefined;
  }
  const parsed = new Date(trimmed);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString().slice(0, 10);
}

/** Everything around an article that Readability may keep: it is removed before Readability reads the page. */
const BOILERPLATE_SELECTOR = [
  'nav',
  'aside',
  'form',
  'footer',
  'figcaption',
  '[role="navigation"]',
  '[role="complementary"]',
  '[role="contentinfo"]',
  '.skip-link',
  '.screen-reader-text',
  '.sr-only',
  '.caption',
  '.wp-caption-text',
  '[class*="baca-juga"]',
  '[class*="bacajuga"]',
  '.lihatjg',
  '.linksisip',
  '[class*="related"]',
  '[id*="related"]',
  '[class*="share"]',
  '#comments',
  '#respond',
  '.comments',
  '.comments-area',
  '.comment-list',
  '[class*="read-more"]',
  '[class*="readmore"]',
  '.ads',
  '.ad',
  '.advertisement',
  '[id^="div-gpt-ad"]',
  'amp-ad',
  'amp-sidebar',
  'amp-social-share',
  'amp-img',
  'noscript',
  'iframe',
].join(', ');

function removeBoilerplate(document: Document): void {
  for (const element of [...document.querySelectorAll(BOILERPLATE_SELECTOR)]) element.remove();
}

/** A line that is a link to another story, an editor's credit, a photo credit or an advertising label. */
const BOILERPLATE_LINES = [
  /^(?:baca (?:juga|pula)|lihat juga|simak juga|tonton juga|read more|read also|also read|see also)\b/i,
  /^(?:related|more on this|pewarta|editor|penulis|reporter|sumber|copyright|hak cipta|foto|photo)\s*:/i,
  /^(?:advertisement|iklan|scroll to continue(?: with content)?|skip to (?:main )?content)$/i,
  /^\([\p{L}\s]{1,12}\/[\p{L}\s/]{1,20}\)$/u, // the editors' initials: "(srh/ega)"
  /^(?:©|copyright ©)/i,
];

const BLOCKS = new Set([
  'P',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'TD',
  'TH',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FIGURE',
  'UL',
  'OL',
  'TABLE',
  'TR',
  'DL',
  'DT',
  'DD',
]);

/** Readability's article HTML as paragraphs of plain text separated by blank lines. */
function paragraphsOf(document: Document): string {
  const paragraphs: string[] = [];
  let current = '';
  // Right after a line break, with only white space since: a second one parts paragraphs.
  let broken = false;
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line && !BOILERPLATE_LINES.some((pattern) => pattern.test(line))) paragraphs.push(line);
    current = '';
    broken = false;
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = child.textContent ?? '';
        current += text;
        if (text.trim()) broken = false;
      } else if (child.nodeType === 1) {
        const name = (child as Element).tagName.toUpperCase();
        if (name === 'BR') {
          // One line break joins, two or more part paragraphs ("…<br><br>…" in many CMSs).
          if (broken) flush();
          else {
            current += '\n';
            broken = true;
          }
        } else if (BLOCKS.has(name)) {
          flush();
          walk(child);
          flush();
        } else walk(child);
      }
    }
  };
  walk(document.body ?? document.documentElement);
  flush();
  return paragraphs.join('\n\n');
}
