// Visual regression: the CMS article page (default, pull and compact cards, a badge, the timeline, the share bar) in
// light and dark mode with no theme and each theme, and a card in each social format, photographed in Chromium from the
// BUILT CDN file and compared with the baselines in test/visual/baselines/ (pixelmatch). A lost space, a broken theme or
// a moved line fails; the differing pixels are written to .tmp/visual-diff/. Needs dist/ (npm run build).
//   node --test test/node/visual.test.mjs
//   UPDATE_BASELINES=1 node --test test/node/visual.test.mjs    (writes the baselines anew: look at them before committing)
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions } from '../support/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

const BASELINES = 'test/visual/baselines';
const DIFFS = '.tmp/visual-diff';
const UPDATE = process.env.UPDATE_BASELINES === '1';
/** Pixels allowed to differ (anti-aliasing); a lost space moves hundreds. */
const TOLERANCE = 40;

let server;
let browser;
let base;
before(async () => {
  server = await startStaticServer('.');
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch(await chromiumLaunchOptions());
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** Opens `path` and waits until every card, in every shadow root, has rendered (share bar and format included). */
async function open(path, { width, scale, scheme }) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 800, deviceScaleFactor: scale });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => {
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
          card.shadowRoot?.querySelector('figure speaker-badge') &&
          (card.share == null || card.shadowRoot.querySelector('[part="actions"] button')),
      )
    );
  });
  await page.evaluate(async () => {
    await Promise.all([...document.querySelectorAll('quote-card')].map((card) => card.updateComplete));
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  return page;
}

function compare(name, png) {
  const file = `${BASELINES}/${name}.png`;
  if (UPDATE || !existsSync(file)) {
    assert.ok(UPDATE, `${file} is missing: UPDATE_BASELINES=1 node --test test/node/visual.test.mjs writes it`);
    writeFileSync(file, png);
    return;
  }
  const actual = PNG.sync.read(png);
  const expected = PNG.sync.read(readFileSync(file));
  assert.deepEqual([actual.width, actual.height], [expected.width, expected.height], `${name}: the size changed`);
  const diff = new PNG({ width: actual.width, height: actual.height });
  const different = pixelmatch(actual.data, expected.data, diff.data, actual.width, actual.height, { threshold: 0.1 });
  if (different > TOLERANCE) {
    mkdirSync(DIFFS, { recursive: true });
    writeFileSync(`${DIFFS}/${name}.png`, PNG.sync.write(diff));
    writeFileSync(`${DIFFS}/${name}.actual.png`, png);
  }
  assert.ok(different <= TOLERANCE, `${name}: ${different} pixels differ from ${file} (see ${DIFFS}/${name}.png)`);
}

describe('the article page looks as in its baseline', () => {
  for (const scheme of ['light', 'dark']) {
    for (const theme of ['', 'light', 'dark', 'classic', 'bold']) {
      const name = `article-${scheme}-${theme || 'no-theme'}`;
      test(name, async () => {
        const page = await open(`/test/cdn/article-page.html${theme ? `?theme=${theme}` : ''}`, { width: 720, scale: 0.5, scheme });
        compare(name, await page.screenshot({ fullPage: true }));
        await page.close();
      });
    }
  }
});

describe('each social format looks as in its baseline', () => {
  for (const theme of ['', 'bold']) {
    for (const format of ['square', 'story', 'landscape']) {
      const name = `format-${format}-${theme || 'no-theme'}`;
      test(name, async () => {
        const page = await open(`/test/cdn/formats-page.html?quote=q3${theme ? `&theme=${theme}` : ''}`, {
          width: 2400,
          scale: 0.25,
          scheme: 'light',
        });
        const card = await page.$(`quote-card[format="${format}"]`);
        compare(name, await card.screenshot());
        await page.close();
      });
    }
  }
});
