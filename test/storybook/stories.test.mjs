// Loads every story of the built Storybook (storybook-static/, from `npm run build-storybook`) in
// headless Chromium, and fails on a console error, an uncaught exception, or a story that renders
// nothing.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { chromiumLaunchOptions } from '../support/chromium.mjs';

const INDEX = 'storybook-static/index.json';
assert.ok(existsSync(INDEX), `${INDEX} is missing: run npm run build-storybook first`);
const stories = Object.values(JSON.parse(readFileSync(INDEX, 'utf8')).entries).filter((entry) => entry.type === 'story');

let server;
let browser;
before(async () => {
  server = await startStaticServer('storybook-static');
  browser = await puppeteer.launch(await chromiumLaunchOptions());
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** The visible text of the story, shadow roots included. */
function renderedText() {
  const text = [];
  const visit = (node) => {
    if (node.nodeType === Node.TEXT_NODE) text.push(node.textContent);
    for (const child of node.shadowRoot?.childNodes ?? []) visit(child);
    for (const child of node.childNodes) visit(child);
  };
  visit(document.querySelector('#storybook-root'));
  return text.join('').replace(/\s+/g, ' ').trim();
}

test(`the Storybook has stories for every component (${stories.length} stories)`, () => {
  const titles = new Set(stories.map((story) => story.title));
  for (const component of ['quote-card', 'speaker-badge', 'article-timeline', 'quote-article']) {
    assert.ok(
      [...titles].some((title) => title.endsWith(component)),
      `no stories for ${component}`,
    );
  }
});

for (const story of stories) {
  test(`story ${story.title} / ${story.name}`, async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
    page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
    try {
      const { port } = server.address();
      await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
      await page.waitForFunction(
        () => document.querySelector('#storybook-root')?.childElementCount > 0 && !document.querySelector(':not(:defined)'),
        { timeout: 30_000 },
      );
      // Some text, once the language's strings have arrived (an element shows a placeholder without words until then).
      const rendered = await page
        .waitForFunction(`(${renderedText})().length > 0`, { timeout: 30_000 })
        .then(() => true)
        .catch(() => false);
      assert.ok(rendered, 'the story rendered nothing');
      // Give loading stories' fetches and image fallbacks a moment to settle, for the console errors they might cause.
      await new Promise((resolve) => setTimeout(resolve, 150));
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
}
