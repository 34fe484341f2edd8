// `quote-cards render`: for each quote of an article, a static HTML page (the card rendered on the
// server, with Open Graph and Twitter card tags and the quote's JSON-LD) and a 1200×630 Open Graph
// PNG, a screenshot in headless Chromium of the real <quote-card format="landscape"> (the CDN file
// of ../../dist), so that the image is exactly what readers see. bench/server.mjs times these.
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from './chromium.mjs';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
export const OG_IMAGE = { width: 1200, height: 630 };

/** Escapes text for an HTML attribute value or text content. */
export function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A file name for each quote id (ids may hold ":" and "."), unique within the article. */
export function fileNames(quotes) {
  const taken = new Set();
  return quotes.map(({ id }) => {
    let name = id.replace(/[^A-Za-z0-9_-]/g, '_');
    for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${id.replace(/[^A-Za-z0-9_-]/g, '_')}-${k}`;
    taken.add(name.toLowerCase());
    return name;
  });
}

/** Shortens text to at most `max` characters, at a word boundary, with an ellipsis. */
function shorten(text, max) {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6)).replace(/[\s,.;:]+$/, '')}…`;
}

/**
 * The static page of one quote: the server-rendered card (`cardHtml`, from quote-cards/ssr, with
 * its JSON-LD), the Open Graph and Twitter card tags, and a link to the article.
 */
export function quotePage({ article, quote, cardHtml, image, pageUrl, cdnUrl, marks = ['“', '”'] }) {
  const speaker = article.speakers.find((candidate) => candidate.id === quote.speaker);
  const title = `${speaker.name}: ${marks[0]}${shorten(quote.text, 110)}${marks[1]}`;
  const who = [speaker.role, speaker.org].filter(Boolean).join(', ');
  const description = shorten(`${who ? `${speaker.name} (${who}) in ` : ''}${article.title}${article.publisher ? ` · ${article.publisher.name}` : ''}`, 200);
  const alt = `${speaker.name}: ${marks[0]}${shorten(quote.text, 400)}${marks[1]}`;
  const meta = [
    ['name', 'description', description],
    ['property', 'og:type', 'article'],
    ['property', 'og:title', title],
    ['property', 'og:description', description],
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
  const articleLink = /^https?:\/\//i.test(article.url) ? `\n      <p><a href="${escapeHtml(article.url)}">${escapeHtml(article.title)}</a></p>` : '';
  return `<!doctype html>
<html lang="${escapeHtml(article.lang)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)}</title>
${meta.map(([kind, name, content]) => `    <meta ${kind}="${name}" content="${escapeHtml(content)}" />`).join('\n')}${
    pageUrl ? `\n    <link rel="canonical" href="${escapeHtml(pageUrl)}" />` : ''
  }
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

const ORIGIN = 'http://quote-cards.invalid';
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.html': 'text/html' };

/**
 * Renders Open Graph images of one article's quotes in one reused headless Chromium page: the
 * page holds the article and one <quote-card format="landscape">, from the CDN file of dist/
 * (served to the page from disk, through request interception); each image changes the card's
 * quote, waits for it to render, fit its type and load its images, and photographs 1200×630.
 */
export class ImageRenderer {
  static async launch({ article, theme, jsonText }) {
    let puppeteer;
    try {
      ({ default: puppeteer } = await import('puppeteer-core'));
    } catch {
      throw new Error('images need puppeteer-core: npm install puppeteer-core (or pass --pages-only)');
    }
    const browser = await puppeteer.launch({ ...(await chromiumLaunchOptions({ args: ['--hide-scrollbars', '--font-render-hinting=none'] })), defaultViewport: { ...OG_IMAGE, deviceScaleFactor: 1 } });
    try {
      const renderer = new ImageRenderer(browser);
      await renderer.open(article, theme, jsonText);
      return renderer;
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  constructor(browser) {
    this.browser = browser;
    this.problems = [];
  }

  async open(article, theme, jsonText) {
    const page = (this.page = await this.browser.newPage());
    page.on('pageerror', (error) => this.problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && this.problems.push(message.text()));
    const html = `<!doctype html>
<html lang="${escapeHtml(article.lang)}">
  <head>
    <meta charset="utf-8" />
    <style>html, body { margin: 0; background: #fff; } quote-card { width: ${OG_IMAGE.width}px; }</style>
    <script type="module" src="/dist/quote-cards.min.js"></script>
  </head>
  <body>
    <quote-article${theme ? ` theme="${escapeHtml(theme)}"` : ''}><script type="application/json">${jsonText}</script>
      <quote-card format="landscape" quote-id="${escapeHtml(article.quotes[0].id)}"></quote-card>
    </quote-article>
  </body>
</html>`;
    await page.setRequestInterception(true);
    page.on('request', (request) => this.serve(request, html));
    await page.goto(`${ORIGIN}/og.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => customElements.get('quote-card'), { timeout: 15_000 });
  }

  /** The image page and dist/ come from disk; anything else (portraits, logos) from the network. */
  async serve(request, html) {
    const url = request.url();
    if (!url.startsWith(`${ORIGIN}/`)) return request.continue();
    const path = new URL(url).pathname;
    if (path === '/og.html') return request.respond({ status: 200, contentType: 'text/html', body: html });
    const file = resolve(DIST, `.${decodeURIComponent(path).replace(/^\/dist/, '')}`);
    if (!path.startsWith('/dist/') || !file.startsWith(DIST.endsWith(sep) ? DIST : DIST + sep)) return request.respond({ status: 404, body: '' });
    try {
      return request.respond({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: await readFile(file) });
    } catch {
      return request.respond({ status: 404, body: '' });
    }
  }

  /** The PNG (a Buffer) of one quote's card, 1200×630. */
  async render(quoteId) {
    const seen = this.problems.length;
    const shown = await this.page.evaluate(async (id) => {
      const card = document.querySelector('quote-card');
      card.quoteId = id;
      const deep = (root) => [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? deep(element.shadowRoot) : [])]);
      const settle = async () => {
        await card.updateComplete;
        await Promise.all(deep(card.shadowRoot).filter((element) => element.updateComplete).map((element) => element.updateComplete));
      };
      await settle();
      // Portraits and logos: loaded, or failed and replaced by initials; five seconds at most.
      const images = deep(card.shadowRoot).filter((element) => element.localName === 'img');
      await Promise.race([Promise.all(images.map((image) => image.decode().catch(() => {}))), new Promise((done) => setTimeout(done, 5000))]);
      await settle();
      await document.fonts.ready;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const { width, height } = card.getBoundingClientRect();
      return { width, height, error: card.shadowRoot.querySelector('[part~="error"]')?.textContent.replace(/\s+/g, ' ').trim() };
    }, quoteId);
    if (shown.error) throw new Error(`the card of ${quoteId} shows an error: ${shown.error}`);
    if (shown.width !== OG_IMAGE.width || shown.height !== OG_IMAGE.height) {
      throw new Error(`<quote-card format="landscape"> measures ${shown.width}×${shown.height}, not ${OG_IMAGE.width}×${OG_IMAGE.height}`);
    }
    if (this.problems.length > seen) throw new Error(`the image page reported: ${this.problems.slice(seen).join('; ')}`);
    return Buffer.from(await this.page.screenshot({ type: 'png', clip: { x: 0, y: 0, ...OG_IMAGE } }));
  }

  async close() {
    await this.browser.close();
  }
}

/** Width and height from a PNG's header (its IHDR chunk). */
export function pngSize(buffer) {
  if (buffer.length < 24 || buffer.toString('latin1', 1, 4) !== 'PNG' || buffer.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}
