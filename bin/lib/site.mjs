// Every file of one article's site, as `quote-cards render` writes them and `quote-cards serve`
// answers them: share pages, embed pages, oEmbed documents and the resizer (made on demand), and
// the Open Graph images (with a hash of what each is made from, to skip unchanged ones).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileNameOf, fileNames } from './files.mjs';
import {
  articleFor,
  articleForSpeaker,
  embedPage,
  embedSnippet,
  embedTitle,
  oembedDocument,
  paths,
  quotePage,
  quoteTexts,
  reservedHeight,
  RESIZER_SCRIPT,
} from './pages.mjs';
import { DIST, OG_IMAGE } from './render.mjs';

let rendererVersion;
/** A hash of what draws the images (the CDN file and its chunks): a new build renders them again. */
export function imageRendererVersion() {
  if (!rendererVersion) {
    const hash = createHash('sha256').update(readFileSync(join(DIST, 'quote-cards.min.js')));
    for (const file of readdirSync(join(DIST, 'cdn')).sort()) hash.update(file).update(readFileSync(join(DIST, 'cdn', file)));
    rendererVersion = hash.digest('hex').slice(0, 16);
  }
  return rendererVersion;
}

/** The dist modules a site needs, loaded once. */
export async function loadLibrary(load) {
  const [ssr, i18n, themes] = await Promise.all([load('ssr.js'), load('shared/i18n.js'), load('themes/themes.js')]);
  return { ssr, quotationMarks: i18n.quotationMarks, themeCss: themes.themeCss, THEMES: [...themes.THEMES] };
}

/**
 * One article's site. `baseUrl` (a URL ending in "/") is where it is published; without it the
 * pages link relatively and there is no oEmbed (its URLs must be absolute). Options: `theme`,
 * `lang`, `background` ("transparent" or "theme"), `cdnUrl`.
 */
export class ArticleSite {
  constructor(article, library, { baseUrl, theme, lang, background = 'transparent', cdnUrl, versionImages = false } = {}) {
    this.versionImages = versionImages;
    this.article = article;
    this.library = library;
    this.baseUrl = baseUrl;
    this.options = { theme, lang, background };
    this.cdnUrl = cdnUrl;
    this.marks = library.quotationMarks(article.lang);
    // Checks the ids first: two ids with one file name stop the run before anything is written.
    fileNames(article.quotes.map((quote) => quote.id));
    fileNames(article.speakers.map((speaker) => speaker.id));
    this.quotes = new Map(article.quotes.map((quote) => [fileNameOf(quote.id), quote]));
    this.speakers = new Map(article.speakers.map((speaker) => [fileNameOf(speaker.id), speaker]));
  }

  url(path) {
    return this.baseUrl ? new URL(path, this.baseUrl).href : undefined;
  }

  /** A link from the page at `from` to the file at `to`: absolute with a base URL, else relative. */
  link(from, to) {
    if (this.baseUrl) return this.url(to);
    return `${'../'.repeat(from.split('/').length - 1)}${to}`;
  }

  /** The embeds of the article: [kind, item] for each quote, each speaker and (when it has events) the timeline. */
  embeds() {
    return [
      ...this.article.quotes.map((quote) => ['quote', quote]),
      ...this.article.speakers.map((speaker) => ['speaker', speaker]),
      ...(this.article.events.length ? [['timeline', undefined]] : []),
    ];
  }

  /** The share page of a quote. */
  async quotePage(quote) {
    const path = paths.quotePage(quote.id);
    const cardHtml = await this.library.ssr.renderQuoteCard(articleFor(this.article, quote), {
      quoteId: quote.id,
      theme: this.options.theme,
      lang: this.options.lang,
    });
    const image = { url: this.imageUrl(quote), ...OG_IMAGE };
    return quotePage({
      article: this.article,
      quote,
      cardHtml,
      image,
      pageUrl: this.url(path),
      cdnUrl: this.cdnUrl,
      oembedUrl: this.url(paths.oembed('quote', quote.id)),
      marks: this.marks,
    });
  }

  /** The URL of a quote's image; with `versionImages`, it names what the image is made from, so that it can be cached for good. */
  imageUrl(quote) {
    const path = paths.quoteImage(quote.id);
    const url = this.baseUrl ? this.url(path) : path;
    return this.versionImages ? `${url}?v=${this.imageInputs(quote)}` : url;
  }

  /** The embed page of a quote, a speaker or the timeline, in these options (the site's by default). */
  async embedPage(kind, item, options = this.options) {
    const { ssr } = this.library;
    const { theme, lang } = options;
    let bodyHtml;
    if (kind === 'quote')
      bodyHtml = await ssr.renderQuoteCard(articleFor(this.article, item), { quoteId: item.id, theme, lang, variant: options.variant });
    else if (kind === 'speaker') {
      const part = articleForSpeaker(this.article, item);
      bodyHtml = await ssr.renderQuoteArticle(
        part,
        [
          { tag: 'speaker-badge', attributes: { 'speaker-id': item.id, lang } },
          ...part.quotes.map((quote) => ({ tag: 'quote-card', attributes: { 'quote-id': quote.id, variant: 'compact', lang } })),
        ],
        { theme },
      );
    } else bodyHtml = await ssr.renderTimeline(this.article, { theme, lang });
    return embedPage({
      lang: lang ?? this.article.lang,
      title: embedTitle(kind, this.article, item, this.marks),
      bodyHtml,
      themeCss: this.library.themeCss,
      themes: this.library.THEMES,
      background: options.background,
      oembedUrl: this.url(paths.oembed(kind, item?.id)),
      canonicalUrl: kind === 'quote' ? this.url(paths.quotePage(item.id)) : undefined,
    });
  }

  /** The snippet a publisher pastes for an embed (absolute URLs when the site has a base URL). */
  snippet(kind, item, { from = 'index.html' } = {}) {
    const title = embedTitle(kind, this.article, item, this.marks);
    return embedSnippet({
      src: this.link(from, paths.embed(kind, item?.id)),
      title,
      height: reservedHeight(kind, this.article, item),
      resizerUrl: this.link(from, paths.resizer()),
    });
  }

  /** The oEmbed document of an embed; `maxwidth`/`maxheight` as a consumer asks (https://oembed.com/#section2.2). */
  oembed(kind, item, { maxwidth, maxheight } = {}) {
    if (!this.baseUrl) throw new Error('oEmbed needs absolute URLs: a base URL');
    const width = Math.min(600, maxwidth || 600);
    const height = Math.min(reservedHeight(kind, this.article, item), maxheight || Infinity);
    const speaker = kind === 'quote' ? quoteTexts(this.article, item, this.marks).speaker : kind === 'speaker' ? item : undefined;
    const thumbnail = kind === 'quote' ? { url: this.imageUrl(item), ...OG_IMAGE } : undefined;
    const html = embedSnippet({
      src: this.url(paths.embed(kind, item?.id)),
      title: embedTitle(kind, this.article, item, this.marks),
      height,
      resizerUrl: this.url(paths.resizer()),
    });
    return oembedDocument({
      title: embedTitle(kind, this.article, item, this.marks),
      authorName: speaker?.name,
      providerName: this.article.publisher?.name ?? new URL(this.baseUrl).host,
      providerUrl: this.article.publisher?.url ?? new URL('/', this.baseUrl).href,
      html,
      width,
      height,
      thumbnail,
    });
  }

  resizer() {
    return RESIZER_SCRIPT;
  }

  /** What an image of a quote is made from: its part of the article, the theme and the renderer. */
  imageInputs(quote) {
    const json = this.library.ssr.jsonLdText(articleFor(this.article, quote));
    return createHash('sha256')
      .update(`${imageRendererVersion()}\n${this.options.theme ?? ''}\n${json}`)
      .digest('hex')
      .slice(0, 24);
  }
}
