// The HTML and JSON that `quote-cards render` writes and `quote-cards serve` answers: a share page
// per quote (Open Graph, Twitter card, JSON-LD), an embed page per quote, per speaker and for the
// timeline (server-rendered, readable without JavaScript, sized to its content by a tiny resizer),
// the iframe snippet a publisher pastes, and an oEmbed document for each. docs/embeds.md tells how.
import { fileNameOf } from './files.mjs';

/** Escapes text for an HTML attribute value or text content. */
export function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The words a page's description needs, per language; other languages get a language-neutral form. */
const WORDS = {
  en: { in: 'in', quote: 'Quote', speaker: 'Quotes', timeline: 'Timeline' },
  id: { in: 'dalam', quote: 'Kutipan', speaker: 'Kutipan', timeline: 'Linimasa' },
  ar: { in: 'في', quote: 'اقتباس', speaker: 'اقتباسات', timeline: 'الخط الزمني' },
};
const primary = (lang) =>
  String(lang ?? '')
    .split(/[-_]/)[0]
    .toLowerCase();
const wordsOf = (lang) => WORDS[primary(lang)];

/** "A, B" with the language's own list separator (Arabic "،"). */
function listOf(items, lang) {
  try {
    return new Intl.ListFormat(lang, { type: 'unit', style: 'short' }).format(items);
  } catch {
    return items.join(', ');
  }
}
const COMMA = { ar: '، ', fa: '، ', ur: '، ', ja: '、', zh: '，' };

/** The Open Graph locale of a language tag: id → id_ID, en → en_US, ar → ar_AR (as Facebook names it). */
export function ogLocale(lang) {
  const special = { ar: 'ar_AR' };
  try {
    const locale = new Intl.Locale(lang);
    if (!locale.region && special[locale.language]) return special[locale.language];
    const full = locale.maximize();
    return full.region ? `${full.language}_${full.region}` : undefined;
  } catch {
    return undefined;
  }
}

const RTL = new Set(['ar', 'he', 'fa', 'ur']);
const directionOf = (lang) => (RTL.has(primary(lang)) ? 'rtl' : 'ltr');

/** Shortens text to at most `max` characters, at a word boundary, with an ellipsis. */
export function shorten(text, max) {
  const clean = String(text).replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  let end = Math.max(cut.lastIndexOf(' '), Math.floor(max * 0.6));
  while (end > 0 && ' ,.;:،'.includes(cut[end - 1])) end -= 1;
  return `${cut.slice(0, end)}…`;
}

/** The part of an article one quote's card shows: the quote, its speaker, the article's own fields (no events). */
export function articleFor(article, quote) {
  return { ...article, quotes: [quote], speakers: article.speakers.filter((speaker) => speaker.id === quote.speaker), events: [] };
}

/** How many quotes a speaker's embed shows at most (the first ones of the article). */
export const SPEAKER_QUOTES = 12;

/** The part of an article one speaker's badge and (first few) quotes need. */
export function articleForSpeaker(article, speaker) {
  const quotes = [];
  for (const quote of article.quotes) {
    if (quote.speaker === speaker.id) quotes.push(quote);
    if (quotes.length === SPEAKER_QUOTES) break;
  }
  return { ...article, quotes, speakers: [speaker], events: [] };
}

/** Where each file of an article goes, relative to the output folder (or the server's article root). */
export const paths = {
  quotePage: (id) => `${fileNameOf(id)}.html`,
  quoteImage: (id) => `${fileNameOf(id)}.png`,
  embed: (kind, id) => (kind === 'timeline' ? 'embed/timeline.html' : `embed/${kind}/${fileNameOf(id)}.html`),
  oembed: (kind, id) => (kind === 'timeline' ? 'oembed/timeline.json' : `oembed/${kind}/${fileNameOf(id)}.json`),
  resizer: () => 'embed/resize.js',
};

/** The title and description of a quote's share page, in the article's language. */
export function quoteTexts(article, quote, marks) {
  const lang = article.lang;
  const speaker = article.speakers.find((candidate) => candidate.id === quote.speaker);
  const title = `${speaker.name}: ${marks[0]}${shorten(quote.text, 110)}${marks[1]}`;
  const parts = [speaker.role, speaker.org].filter(Boolean);
  const who = parts.length ? (COMMA[primary(lang)] ? parts.join(COMMA[primary(lang)]) : listOf(parts, lang)) : '';
  const words = wordsOf(lang);
  const credit = who ? `${speaker.name} (${who})` : speaker.name;
  const source = `${article.title}${article.publisher ? ` · ${article.publisher.name}` : ''}`;
  const description = shorten(words ? `${credit} ${words.in} ${source}` : `${credit} — ${source}`, 200);
  const alt = `${speaker.name}: ${marks[0]}${shorten(quote.text, 400)}${marks[1]}`;
  return { speaker, title, description, alt };
}

function oembedLink(url, title) {
  return url ? `\n    <link rel="alternate" type="application/json+oembed" href="${escapeHtml(url)}" title="${escapeHtml(title)}" />` : '';
}

/**
 * The static page of one quote: the server-rendered card (`cardHtml`, from quote-cards/ssr, with
 * its JSON-LD), the Open Graph and Twitter card tags, and a link to the article.
 */
export function quotePage({ article, quote, cardHtml, image, pageUrl, cdnUrl, oembedUrl, marks = '“”' }) {
  const { title, description, alt } = quoteTexts(article, quote, marks);
  const locale = ogLocale(article.lang);
  const meta = [
    ['name', 'description', description],
    ['property', 'og:type', 'article'],
    ['property', 'og:title', title],
    ['property', 'og:description', description],
    ...(locale ? [['property', 'og:locale', locale]] : []),
    ['property', 'og:image', image.url],
    ['property', 'og:image:type', 'image/png'],
    ['property', 'og:image:width', String(image.width)],
    ['property', 'og:image:height', String(image.height)],
    ['property', 'og:image:alt', alt],
    ...(pageUrl ? [['property', 'og:url', pageUrl]] : []),
    ...(article.publisher ? [['property', 'og:site_name', article.publisher.name]] : []),
    ...(article.publishedAt ? [['property', 'article:published_time', article.publishedAt]] : []),
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:title', title],
    ['name', 'twitter:description', description],
    ['name', 'twitter:image', image.url],
    ['name', 'twitter:image:alt', alt],
  ];
  const articleLink = /^https?:\/\//i.test(article.url)
    ? `\n      <p><a href="${escapeHtml(article.url)}">${escapeHtml(article.title)}</a></p>`
    : '';
  return `<!doctype html>
<html lang="${escapeHtml(article.lang)}" dir="${directionOf(article.lang)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)}</title>
${meta.map(([kind, name, content]) => `    <meta ${kind}="${name}" content="${escapeHtml(content)}" />`).join('\n')}${
    pageUrl ? `\n    <link rel="canonical" href="${escapeHtml(pageUrl)}" />` : ''
  }${oembedLink(oembedUrl, title)}
    <style>
      body { margin: 0; background: #f6f7f9; font: 1rem/1.5 system-ui, sans-serif; color: #1b1f24; }
      main { max-width: 40rem; margin: 2rem auto; padding: 0 1rem; }
      main > p { margin: 1.5rem 0 0; }
    </style>${cdnUrl ? `\n    <script type="module" src="${escapeHtml(cdnUrl)}"></script>` : ''}
  </head>
  <body>
    <main>
      ${cardHtml}${articleLink}
    </main>
  </body>
</html>
`;
}

/** The message an embed page posts to its host page with its height. */
export const RESIZE_MESSAGE = 'quote-cards:resize';
/** The message a host's resizer sends to embeds that may have posted their height before it listened. */
export const MEASURE_MESSAGE = 'quote-cards:measure';

// In the embed page: post the content's height to the host whenever it changes. The height is no
// secret, so any host may read it; the host checks where it came from.
const CHILD_SCRIPT = `(() => {
  const q = new URLSearchParams(location.search), a = document.querySelector('quote-article'), t = q.get('theme');
  if (t && THEMES.includes(t)) a.setAttribute('theme', t);
  if (q.get('background') === 'transparent') document.documentElement.dataset.background = 'transparent';
  if (q.get('background') === 'theme') document.documentElement.dataset.background = 'theme';
  if (parent === window) return;
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height !== last) parent.postMessage({ type: '${RESIZE_MESSAGE}', height: (last = height) }, '*');
  };
  new ResizeObserver(post).observe(document.body);
  addEventListener('load', post);
  addEventListener('message', (event) => {
    if (event.source !== parent || !event.data || event.data.type !== '${MEASURE_MESSAGE}') return;
    last = 0;
    post();
  });
})();`;

/**
 * The host page's resizer (embed/resize.js): sets the height of every quote-cards iframe from the
 * messages its own embed page posts, checking that a message comes from that iframe's window and
 * from the origin of its src. Loaded once however many embeds a page has.
 */
export const RESIZER_SCRIPT = `/* quote-cards embed resizer: sizes <iframe data-quote-cards> to its content. */
(() => {
  if (window.quoteCardsResizer) return;
  window.quoteCardsResizer = true;
  addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== '${RESIZE_MESSAGE}' || !(data.height > 0 && data.height < 1e6)) return;
    for (const frame of document.querySelectorAll('iframe[data-quote-cards]')) {
      if (frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, location.href).origin !== event.origin) return;
      frame.style.height = Math.ceil(data.height) + 'px';
      return;
    }
  });
  // Embeds that loaded before this script did have posted their height to nobody: ask them again.
  for (const frame of document.querySelectorAll('iframe[data-quote-cards]')) {
    const origin = new URL(frame.src, location.href).origin;
    if (frame.contentWindow && origin !== 'null') frame.contentWindow.postMessage({ type: '${MEASURE_MESSAGE}' }, origin);
  }
})();
`;

/**
 * An embed page: the server-rendered components (`bodyHtml`), the themes' CSS, a transparent or
 * themed background, and the inline script that reports its height to the host page.
 */
export function embedPage({ lang, title, bodyHtml, themeCss, themes, background = 'transparent', oembedUrl, canonicalUrl }) {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}" dir="${directionOf(lang)}" data-background="${background === 'theme' ? 'theme' : 'transparent'}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <base target="_blank" />
    <title>${escapeHtml(title)}</title>${canonicalUrl ? `\n    <link rel="canonical" href="${escapeHtml(canonicalUrl)}" />` : ''}${oembedLink(oembedUrl, title)}
    <style>
      html, body { margin: 0; background: transparent; }
      body { font: 1rem/1.5 system-ui, sans-serif; }
      quote-article { display: block; padding: 2px; }
      [data-background='theme'] quote-article { background: var(--qc-color-surface, #fff); padding: 1rem; }
${themeCss}
    </style>
  </head>
  <body>
    ${bodyHtml}
    <script>const THEMES = ${JSON.stringify(themes)};
${CHILD_SCRIPT}</script>
  </body>
</html>
`;
}

/** A height to reserve for an embed before it reports its own (at about 600 px wide), so that the host page hardly moves. */
export function reservedHeight(kind, article, item) {
  if (kind === 'quote') return Math.min(900, 190 + 28 * Math.ceil(item.text.length / 48));
  if (kind === 'speaker') return 120;
  return Math.min(800, 120 + 96 * article.events.length);
}

/** The snippet a publisher pastes: a titled, lazily loaded iframe of reserved height, and the resizer. */
export function embedSnippet({ src, title, height, resizerUrl }) {
  const frame = `<iframe data-quote-cards src="${escapeHtml(src)}" title="${escapeHtml(title)}" loading="lazy" width="600" height="${height}" style="display:block;width:100%;max-width:40rem;height:${height}px;border:0" referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
  return resizerUrl ? `${frame}\n<script async src="${escapeHtml(resizerUrl)}"></script>` : frame;
}

/** An oEmbed 1.0 `rich` document (https://oembed.com/#section2.3.4) for one embed. */
export function oembedDocument({ title, authorName, authorUrl, providerName, providerUrl, html, width = 600, height, thumbnail }) {
  return {
    version: '1.0',
    type: 'rich',
    title,
    ...(authorName ? { author_name: authorName } : {}),
    ...(authorUrl ? { author_url: authorUrl } : {}),
    provider_name: providerName,
    ...(providerUrl ? { provider_url: providerUrl } : {}),
    cache_age: 86400,
    html,
    width,
    height,
    ...(thumbnail ? { thumbnail_url: thumbnail.url, thumbnail_width: thumbnail.width, thumbnail_height: thumbnail.height } : {}),
  };
}

/** The titles of an article's embeds, in its language. */
export function embedTitle(kind, article, item, marks = '“”') {
  const words = wordsOf(article.lang) ?? { quote: '', speaker: '', timeline: '' };
  if (kind === 'quote') return quoteTexts(article, item, marks).title;
  if (kind === 'speaker') return [words.speaker, item.name].filter(Boolean).join(': ');
  return [words.timeline, article.title].filter(Boolean).join(': ');
}
