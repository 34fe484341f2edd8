// The built Storybook (storybook-static/, from `npm run build-storybook`) as a designer meets it, in
// headless Chromium at 1440 px: the docs pages, their controls, the Introduction, and the theme
// playground's controls against the documented tokens.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { chromiumLaunchOptions } from '../support/chromium.mjs';

assert.ok(existsSync('storybook-static/index.json'), 'storybook-static/ is missing: run npm run build-storybook first');

const COMPONENTS = ['quote-card', 'speaker-badge', 'article-timeline', 'quote-article'];

/** Every token the documentation names: the designers' page and the components' own docs (the manifest). */
function documentedTokens() {
  const tokens = new Set(readFileSync('docs/designers.md', 'utf8').match(/--qc-[a-z-]+[a-z]/g));
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) for (const property of declaration.cssProperties ?? []) tokens.add(property.name);
  }
  return [...tokens].sort();
}

let server;
let browser;
let origin;
before(async () => {
  server = await startStaticServer('storybook-static');
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch(await chromiumLaunchOptions());
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** Opens a path of the Storybook's manager in a 1440 × 900 window; returns the page and the preview frame once `ready` holds in it. */
async function openManager(path, ready) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1440, height: 900 });
  await page.goto(`${origin}/index.html?path=${path}`, { waitUntil: 'load' });
  const frameHandle = await page.waitForSelector('iframe#storybook-preview-iframe');
  const frame = await frameHandle.contentFrame();
  await frame.waitForFunction(ready, { timeout: 60_000 });
  return { page, frame };
}

/** The rows of the docs page's first argument table: name and what the control column shows. */
function argRows() {
  return [...document.querySelector('.docblock-argstable').querySelectorAll('tbody tr')]
    .map((row) => row.querySelectorAll('td'))
    .filter((cells) => cells.length >= 4)
    .map((cells) => ({
      name: cells[0].textContent.trim(),
      control: cells[3].querySelector('button')?.textContent.trim() ?? '',
      input: Boolean(cells[3].querySelector('input, select, textarea')),
    }));
}

for (const component of COMPONENTS) {
  test(`the ${component} docs page fits a 1440 px window (no sideways scrolling) and gives no "Set object" control to strings, tokens or parts`, async () => {
    const { page, frame } = await openManager(`/docs/components-${component}--docs`, () =>
      document.querySelector('.docblock-argstable tbody tr'),
    );
    try {
      const [docsWidth, docsVisible] = await frame.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.clientWidth,
      ]);
      assert.ok(docsWidth <= docsVisible, `the docs page is ${docsWidth} px wide in a ${docsVisible} px frame`);
      const [width, visible] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      assert.ok(width <= visible, `the window scrolls sideways: ${width} > ${visible}`);

      const rows = await frame.evaluate(argRows);
      assert.ok(rows.length >= 3, `only ${rows.length} rows in the table`);
      const objects = rows.filter((row) => row.control === 'Set object').map((row) => row.name);
      assert.deepEqual(
        objects.filter((name) => !['article', 'speaker'].includes(name)),
        [],
        'rows with a "Set object" control besides the article and speaker objects',
      );
      // Each attribute once: under its attribute name, not again as a property.
      const names = rows.map((row) => row.name);
      assert.equal(new Set(names).size, names.length, `rows listed twice: ${names.filter((name, index) => names.indexOf(name) !== index)}`);
      assert.ok(
        !names.some((name) => /^[a-z]+[A-Z]\w*$/.test(name) && names.includes(name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`))),
      );
      for (const row of rows.filter((row) => row.name === 'src' || row.name === 'share-url')) {
        assert.ok(row.control === 'Set string' || row.input, `${row.name} has no text control (${row.control})`);
      }
      for (const row of rows.filter((row) => row.name.startsWith('::part(') || row.name.startsWith('--qc-'))) {
        assert.notEqual(row.control, 'Set object', `${row.name} has a "Set object" control`);
      }
    } finally {
      await page.close();
    }
  });
}

test('quote-id is listed once on the quote-card docs page, quoteId not as a row of its own', async () => {
  const { page, frame } = await openManager('/docs/components-quote-card--docs', () =>
    document.querySelector('.docblock-argstable tbody tr'),
  );
  try {
    const names = (await frame.evaluate(argRows)).map((row) => row.name);
    assert.equal(names.filter((name) => name === 'quote-id').length, 1);
    assert.ok(!names.includes('quoteId'), 'quoteId has a row of its own');
  } finally {
    await page.close();
  }
});

test('the Introduction shows a rendered card, badge and timeline', async () => {
  const { page, frame } = await openManager('/docs/introduction--docs', () => {
    const shown = [...document.querySelectorAll('quote-card, speaker-badge, article-timeline')];
    return shown.length >= 3 && shown.every((element) => element.shadowRoot?.textContent.trim());
  });
  try {
    const shown = await frame.evaluate(() =>
      ['quote-card', 'speaker-badge', 'article-timeline'].map((tag) => {
        const element = document.querySelector(tag);
        const box = element?.getBoundingClientRect();
        return [
          tag,
          Boolean(box && box.width > 100 && box.height > 30),
          element?.shadowRoot?.textContent.replace(/\s+/g, ' ').trim().slice(0, 40),
        ];
      }),
    );
    for (const [tag, visible, text] of shown) assert.ok(visible && text, `${tag} is not shown on the Introduction (${text})`);
  } finally {
    await page.close();
  }
});

test("Storybook's onboarding checklist and guide are switched off in the built manager", async () => {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1440, height: 900 });
    await page.goto(`${origin}/index.html`, { waitUntil: 'load' });
    // The manager shows them (in `storybook dev`) unless these are false.
    const features = await page.evaluate(() => window.FEATURES);
    assert.equal(features.sidebarOnboardingChecklist, false);
    assert.equal(features.menuOnboardingChecklist, false);
    await page.waitForSelector('#storybook-explorer-tree', { timeout: 60_000 });
    const sidebar = await page.$('#storybook-sidebar-region');
    const text = await sidebar.evaluate((element) => element.textContent);
    assert.doesNotMatch(text, /onboarding|get started|checklist/i);
  } finally {
    await page.close();
  }
});

/** The controls panel's rows: name and the value its input shows. */
function controlRows() {
  return [...document.querySelectorAll('#storybook-panel-root table tbody tr, [id^="panel-tab-content"] table tbody tr')]
    .map((row) => row.querySelectorAll('td'))
    .filter((cells) => cells.length >= 2)
    .map((cells) => ({
      name: cells[0].textContent.trim(),
      value: cells[cells.length - 1].querySelector('input, select, textarea')?.value ?? '',
    }));
}

test('the theme playground has a control for every documented token, and no other', async () => {
  const { page } = await openManager('/story/theming-theme-playground--playground', () => document.querySelector('quote-card')?.shadowRoot);
  try {
    await page.waitForFunction(() =>
      [...document.querySelectorAll('table tbody tr td')].some((cell) => cell.textContent.trim() === '--qc-color-text'),
    );
    const controls = (await page.evaluate(controlRows)).map((row) => row.name).filter((name) => name.startsWith('--'));
    assert.deepEqual([...controls].sort(), documentedTokens());
  } finally {
    await page.close();
  }
});

test('choosing "dark" in the playground themes the canvas, and its controls show the dark theme\'s values', async () => {
  const { page, frame } = await openManager(
    '/story/theming-theme-playground--playground',
    () => document.querySelector('article-timeline')?.shadowRoot,
  );
  try {
    await page.waitForFunction(() =>
      [...document.querySelectorAll('table tbody tr td')].some((cell) => cell.textContent.trim() === 'theme'),
    );
    const value = async (name) => (await page.evaluate(controlRows)).find((row) => row.name === name)?.value;
    assert.equal(await value('--qc-color-text'), '#1b1f24');
    const themeSelect = await page.evaluateHandle(() =>
      [...document.querySelectorAll('table tbody tr')]
        .find((row) => row.querySelector('td')?.textContent.trim() === 'theme')
        .querySelector('select'),
    );
    await themeSelect.select('dark');
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('table tbody tr')]
          .find((row) => row.querySelector('td')?.textContent.trim() === '--qc-color-text')
          ?.querySelector('input')?.value === '#e6e8eb',
      { timeout: 10_000 },
    );
    assert.equal(await value('--qc-color-surface'), '#1d2127');
    assert.equal(await value('--qc-timeline-line-color'), '#3b424c');

    // The canvas is dark, and the badge's name and the timeline's titles are light on it.
    await frame.waitForFunction(() => document.querySelector('.story-page')?.getAttribute('theme') === 'dark');
    const contrast = await frame.evaluate(() => {
      const rgb = (colour) =>
        colour
          .match(/[\d.]+/g)
          .slice(0, 3)
          .map(Number);
      const luminance = (colour) => {
        const [r, g, b] = rgb(colour).map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const ratio = (a, b) => {
        const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
        return (light + 0.05) / (dark + 0.05);
      };
      const page = getComputedStyle(document.querySelector('.story-page')).backgroundColor;
      const name = document.querySelector('speaker-badge').shadowRoot.querySelector('[part~="name"]');
      const title = document.querySelector('article-timeline').shadowRoot.querySelector('[part~="title"]');
      return { page: luminance(page), name: ratio(getComputedStyle(name).color, page), title: ratio(getComputedStyle(title).color, page) };
    });
    assert.ok(contrast.page < 0.05, `the canvas is not dark (luminance ${contrast.page})`);
    assert.ok(contrast.name >= 4.5, `the badge's name has a contrast of ${contrast.name.toFixed(2)} on the canvas`);
    assert.ok(contrast.title >= 4.5, `the timeline's titles have a contrast of ${contrast.title.toFixed(2)} on the canvas`);
  } finally {
    await page.close();
  }
});

test('the playground shows no helper as a story (changedTokensCss)', () => {
  const entries = Object.values(JSON.parse(readFileSync('storybook-static/index.json', 'utf8')).entries);
  const playground = entries
    .filter((entry) => entry.title === 'Theming/Theme playground' && entry.type === 'story')
    .map((entry) => entry.name);
  assert.deepEqual(playground.sort(), ['Changed', 'Playground']);
});
