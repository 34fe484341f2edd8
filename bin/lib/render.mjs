// `quote-cards render`: for each quote of an article, a static HTML page (the card rendered on the
// server, with Open Graph and Twitter card tags and the quote's JSON-LD) and a 1200×630 Open Graph
// PNG, a screenshot in headless Chromium of the real <quote-card format="landscape"> (the CDN file
// of ../../dist), so that the image is exactly what readers see. bench/server.mjs times these.
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from './chromium.mjs';
import { fetchPublicImage } from './net-guard.mjs';
import { escapeHtml } from './pages.mjs';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
export const OG_IMAGE = { width: 1200, height: 630 };

const ORIGIN = 'http://quote-cards.invalid';
// Pages render in parallel, all but one in the background: without these, Chromium would pause their frames.
const PARALLEL_PAGES = [
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.html': 'text/html' };

/**
 * Renders Open Graph images in headless Chromium: `concurrency` pages, shared out among one browser per core, each holding
 * an article and one <quote-card format="landscape"> from the CDN file of dist/ (served to the page
 * from disk through request interception). An image sets the card's quote, waits for it to render,
 * fit its type and load its images, and photographs 1200×630. Pages work in parallel; a caller
 * waits for a free one. The network is reached only for a card's images, through the guard
 * (public http(s) addresses, fetched by Node).
 */
export class ImageRenderer {
  static async launch({ concurrency = 1, fetchImage = fetchPublicImage } = {}) {
    let puppeteer;
    try {
      ({ default: puppeteer } = await import('puppeteer-core'));
    } catch {
      throw new Error('images need puppeteer-core: npm install puppeteer-core (or pass --pages-only)');
    }
    concurrency = Math.max(1, Math.floor(concurrency));
    const options = {
      ...(await chromiumLaunchOptions({ args: ['--hide-scrollbars', '--font-render-hinting=none', ...PARALLEL_PAGES], preferShell: true })),
      defaultViewport: { ...OG_IMAGE, deviceScaleFactor: 1 },
    };
    // One browser per core, the pages shared out among them: a browser draws and encodes every page's screenshots in one
    // process of its own, so one browser's pages hardly run in parallel (bench/server.mjs: 13 images/s with 6 pages of
    // one browser, 21/s with 2 pages in each of 2 browsers, on 2 cores).
    const count = Math.min(concurrency, availableParallelism());
    const browsers = await Promise.allSettled(Array.from({ length: count }, () => puppeteer.launch(options)));
    const failed = browsers.find((result) => result.status === 'rejected');
    if (failed) {
      await Promise.all(browsers.map((result) => result.status === 'fulfilled' && result.value.close()));
      throw failed.reason;
    }
    return new ImageRenderer(
      browsers.map((result) => result.value),
      concurrency,
      fetchImage,
    );
  }

  constructor(browsers, concurrency, fetchImage) {
    this.browsers = browsers;
    this.concurrency = concurrency;
    this.fetchImage = fetchImage;
    this.idle = [];
    this.opened = 0;
    this.waiting = [];
    this.images = new Map();
    this.refused = [];
  }

  /** A free page (opened on demand, up to `concurrency`), for `work(page)`; then the page is free again. */
  async withPage(work) {
    let page = this.idle.pop();
    if (!page && this.opened < this.concurrency) {
      this.opened += 1;
      try {
        page = await this.openPage();
      } catch (error) {
        this.opened -= 1;
        throw error;
      }
    }
    if (!page) page = await new Promise((resolve) => this.waiting.push(resolve));
    try {
      return await work(page);
    } finally {
      const next = this.waiting.shift();
      if (next) next(page);
      else this.idle.push(page);
    }
  }

  async openPage() {
    // A page of its own browser context is a window of its own, in front: a background tab gets no animation frames.
    const browser = this.browsers[this.opened % this.browsers.length];
    const page = await (await browser.createBrowserContext()).newPage();
    page.problems = [];
    page.on('pageerror', (error) => page.problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && page.problems.push(message.text()));
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      this.answer(request, page).catch(() => request.abort('failed').catch(() => {}));
    });
    return page;
  }

  /** Loads `article` (its JSON text) in a page, unless it holds it already. */
  async load(page, { article, jsonText, theme }) {
    const key = `${theme ?? ''}\n${jsonText}`;
    if (page.key === key) return;
    page.key = undefined;
    page.html = `<!doctype html>
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
    await page.goto(`${ORIGIN}/og.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => customElements.get('quote-card'), { timeout: 15_000 });
    page.key = key;
  }

  /**
   * Answers a page's request: the image page and dist/ from disk; a card's http(s) images through
   * the guard (and remembered for the run); anything else is refused.
   */
  async answer(request, page) {
    const url = request.url();
    if (url.startsWith(`${ORIGIN}/`)) {
      const path = new URL(url).pathname;
      if (path === '/og.html') return request.respond({ status: 200, contentType: 'text/html', body: page.html });
      let file;
      try {
        file = resolve(DIST, `.${decodeURIComponent(path).replace(/^\/dist/, '')}`);
      } catch {
        return request.respond({ status: 400, body: '' });
      }
      if (!path.startsWith('/dist/') || !file.startsWith(DIST.endsWith(sep) ? DIST : DIST + sep))
        return request.respond({ status: 404, body: '' });
      try {
        return await request.respond({
          status: 200,
          contentType: TYPES[extname(file)] ?? 'application/octet-stream',
          body: await readFile(file),
        });
      } catch {
        return request.respond({ status: 404, body: '' });
      }
    }
    if (url.startsWith('data:')) return request.continue();
    if (request.resourceType() !== 'image' || !/^https?:/i.test(url)) {
      this.refused.push(url);
      return request.abort('blockedbyclient');
    }
    if (!this.images.has(url)) {
      if (this.images.size > 500) this.images.clear();
      this.images.set(url, this.fetchImage(url));
    }
    try {
      const { contentType, body } = await this.images.get(url);
      return await request.respond({ status: 200, contentType, body, headers: { 'access-control-allow-origin': '*' } });
    } catch {
      this.refused.push(url);
      return request.abort('blockedbyclient');
    }
  }

  /** The PNG (a Buffer) of one quote's card, 1200×630. */
  render({ article, jsonText, theme, quoteId }) {
    return this.withPage(async (page) => {
      await this.load(page, { article, jsonText, theme });
      const seen = page.problems.length;
      const shown = await page.evaluate(async (id) => {
        const card = document.querySelector('quote-card');
        card.quoteId = id;
        const deep = (root) =>
          [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? deep(element.shadowRoot) : [])]);
        const settle = async () => {
          await card.updateComplete;
          await Promise.all(
            deep(card.shadowRoot)
              .filter((element) => element.updateComplete)
              .map((element) => element.updateComplete),
          );
        };
        await settle();
        // Portraits and logos: loaded, or failed and replaced by initials; five seconds at most.
        const images = deep(card.shadowRoot).filter((element) => element.localName === 'img');
        await Promise.race([
          Promise.all(images.map((image) => image.decode().catch(() => {}))),
          new Promise((done) => setTimeout(done, 5000)),
        ]);
        await settle();
        await document.fonts.ready;
        const { width, height } = card.getBoundingClientRect();
        return { width, height, error: card.shadowRoot.querySelector('[part~="error"]')?.textContent.replace(/\s+/g, ' ').trim() };
      }, quoteId);
      if (shown.error) throw new Error(`the card of ${quoteId} shows an error: ${shown.error}`);
      if (shown.width !== OG_IMAGE.width || shown.height !== OG_IMAGE.height) {
        throw new Error(
          `<quote-card format="landscape"> measures ${shown.width}×${shown.height}, not ${OG_IMAGE.width}×${OG_IMAGE.height}`,
        );
      }
      // A refused or failed portrait is not a problem of the page: the card shows initials instead.
      const problems = page.problems.slice(seen).filter((text) => !/^Failed to load resource/.test(text));
      if (problems.length) throw new Error(`the image page reported: ${problems.join('; ')}`);
      return Buffer.from(
        await page.screenshot({ type: 'png', clip: { x: 0, y: 0, ...OG_IMAGE }, optimizeForSpeed: true, captureBeyondViewport: false }),
      );
    });
  }

  async close() {
    await Promise.all(this.browsers.map((browser) => browser.close()));
  }
}

/** Width and height from a PNG's header (its IHDR chunk). */
export function pngSize(buffer) {
  if (buffer.length < 24 || buffer.toString('latin1', 1, 4) !== 'PNG' || buffer.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}
