// The HTML path in a real browser (Chromium): extractArticleFromHtml parses with the browser's own
// DOMParser (never linkedom), gives the same article as in Node, and runs nothing of the page (its
// scripts and event handlers stay inert). The module is bundled from src/ with esbuild, as an app's
// bundler would (Readability is CommonJS). Needs dist/ for the Node side (npm run build).
//   node --test test/node/extract-html-browser.test.mjs
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { extractArticleFromHtml } from '../../dist/extract.js';
import { chromiumLaunchOptions } from '../support/chromium.mjs';

let browser;
let page;
before(async () => {
  const bundle = await build({
    entryPoints: ['src/extract.ts'],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    target: 'es2022',
    external: ['linkedom'],
  });
  browser = await puppeteer.launch(await chromiumLaunchOptions());
  page = await browser.newPage();
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.evaluate(async (code) => {
    const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
    window.extractModule = await import(url);
  }, bundle.outputFiles[0].text);
});
after(() => browser?.close());

describe('extractArticleFromHtml in Chromium', () => {
  for (const name of ['newscms-id.html', 'amp.html']) {
    test(`${name}: the same article as in Node`, async () => {
      const html = readFileSync(`test/extract/pages/${name}`, 'utf8');
      const inBrowser = await page.evaluate((source) => window.extractModule.extractArticleFromHtml(source), html);
      assert.deepEqual(inBrowser, await extractArticleFromHtml(html));
      assert.ok(inBrowser.quotes.length >= 3);
    });
  }

  test("the page's scripts and handlers do not run", async () => {
    const html = readFileSync('test/extract/pages/wordpress.html', 'utf8').replace(
      '<div class="entry-content">',
      '<div class="entry-content"><script>window.ran = "script"</script><img src="x:" onerror="window.ran = \'onerror\'"><svg onload="window.ran = \'onload\'"></svg>',
    );
    const result = await page.evaluate(async (source) => {
      const article = await window.extractModule.extractArticleFromHtml(source);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      return { title: article.title, ran: window.ran ?? null };
    }, html);
    assert.deepEqual(result, { title: 'Harbour council approves ferry terminal after heated vote', ran: null });
  });

  test('a page with no article rejects with ArticlePageError', async () => {
    const html = readFileSync('test/extract/pages/no-article.html', 'utf8');
    const error = await page.evaluate(
      (source) =>
        window.extractModule.extractArticleFromHtml(source).then(
          () => null,
          (e) => `${e.name}: ${e.message}`,
        ),
      html,
    );
    assert.equal(error, 'ArticlePageError: no article body found in the page');
  });
});
