// Writes the README's pictures: the demo page, and the seed article's card in each built-in theme.
// Run after `npm run build`: node scripts/screenshots.mjs
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions } from '../test/support/chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const server = await startStaticServer('.');
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch(await chromiumLaunchOptions());
const page = await browser.newPage();
await page.setViewport({ width: 1000, height: 1250, deviceScaleFactor: 1 });

const settle = () =>
  page.waitForFunction(() => {
    const cards = [...document.querySelectorAll('quote-card')];
    return cards.length > 0 && cards.every((card) => card.shadowRoot?.querySelector('figure, [part~="error"]'));
  });

await page.goto(`${base}/demo/`, { waitUntil: 'networkidle0' });
await settle();
await page.screenshot({ path: 'docs/seed-article.png' });

await page.goto(`${base}/demo/themes.html`, { waitUntil: 'networkidle0' });
await settle();
for (const theme of ['light', 'dark', 'classic', 'bold']) {
  const section = await page.$(`#${theme}`);
  await section.screenshot({ path: `docs/theme-${theme}.png` });
  console.log(`wrote docs/theme-${theme}.png`);
}
await browser.close();
server.close();
