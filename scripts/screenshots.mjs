// Writes the README's pictures: the hero (a card with its share bar, a badge, a pull-quote and the timeline), the
// seed article's card in each built-in theme, and a card in each social image format.
// Run after `npm run build`: node scripts/screenshots.mjs
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions } from '../test/support/chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const server = await startStaticServer('.');
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch(await chromiumLaunchOptions());
const page = await browser.newPage();
await page.setViewport({ width: 1200, height: 1250, deviceScaleFactor: 1 });

/** Waits until every card (in every shadow root) has rendered, with its share bar and its format fitted. */
const settle = () =>
  page
    .waitForFunction(() => {
      const cards = [];
      const visit = (root) =>
        root.querySelectorAll('*').forEach((element) => {
          if (element.localName === 'quote-card') cards.push(element);
          if (element.shadowRoot) visit(element.shadowRoot);
        });
      visit(document);
      return (
        cards.length > 0 &&
        cards.every(
          (card) =>
            card.shadowRoot?.querySelector('figure, [part~="error"]') &&
            (card.share == null || card.shadowRoot.querySelector('[part="actions"] button')),
        )
      );
    })
    .then(() =>
      page.evaluate(() =>
        Promise.all([...document.querySelectorAll('quote-card')].map((card) => card.updateComplete)).then(() => document.fonts.ready),
      ),
    );

await page.goto(`${base}/scripts/pages/hero.html`, { waitUntil: 'networkidle0' });
await settle();
await (await page.$('body')).screenshot({ path: 'docs/hero.png' });
console.log('wrote docs/hero.png');

await page.goto(`${base}/demo/themes.html`, { waitUntil: 'networkidle0' });
await settle();
for (const theme of ['light', 'dark', 'classic', 'bold']) {
  const section = await page.$(`#${theme}`);
  await section.screenshot({ path: `docs/theme-${theme}.png` });
  console.log(`wrote docs/theme-${theme}.png`);
}

// The formats at half size: the README shows them side by side.
await page.setViewport({ width: 1200, height: 1250, deviceScaleFactor: 0.5 });
for (const format of ['square', 'landscape']) {
  await page.goto(`${base}/test/cdn/formats-page.html?theme=${format === 'square' ? 'classic' : 'bold'}`, { waitUntil: 'networkidle0' });
  await settle();
  await (await page.$(`quote-card[format="${format}"]`)).screenshot({ path: `docs/format-${format}.png` });
  console.log(`wrote docs/format-${format}.png`);
}
await browser.close();
server.close();
