// The framework examples (examples/react, vue, svelte, typescript), each installed from a freshly
// packed tarball of the built package, built with Vite, served, and loaded in headless Chromium:
// the seed article's first quote must appear in the card, and clicking the card's "Copy text" share
// button must reach the app's `quote-share` handler (the app counts shares on the page). The React
// and plain TypeScript apps must also type-check against the package's types.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { EXAMPLES, EXAMPLES_DIR, install, pack } from '../../examples/install.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { chromiumLaunchOptions } from '../support/chromium.mjs';

const run = promisify(execFile);
const TSC = 'node_modules/typescript/bin/tsc';
const TYPECHECKED = ['react', 'typescript'];
const SEED = 'dist/examples/seed-article.id.json';
assert.ok(existsSync(SEED), `${SEED} is missing: run npm run build first`);
const firstQuote = JSON.parse(readFileSync(SEED, 'utf8')).quotes[0];

let browser;
const servers = [];
const typechecks = {};
before(async () => {
  const { tarball } = pack();
  for (const name of EXAMPLES) {
    install(tarball, name);
    // The TypeScript of the React and plain TypeScript apps, against the installed package's types
    // (the Vue and Svelte apps' code is in .vue and .svelte files, for vue-tsc and svelte-check),
    // while the examples build.
    typechecks[name] = TYPECHECKED.includes(name)
      ? run(process.execPath, [TSC, '-p', join(EXAMPLES_DIR, name, 'tsconfig.json')]).catch((error) => error)
      : Promise.resolve({});
  }
  browser = await puppeteer.launch(await chromiumLaunchOptions());
});
after(async () => {
  await browser?.close();
  for (const server of servers) server.close();
});

/** The text of an element's shadow root, nested shadow roots included. */
function shadowText(selector) {
  const text = [];
  const visit = (node) => {
    if (node.nodeType === Node.TEXT_NODE) text.push(node.textContent);
    for (const child of node.shadowRoot?.childNodes ?? []) visit(child);
    for (const child of node.childNodes) visit(child);
  };
  const host = document.querySelector(selector);
  if (host?.shadowRoot) visit(host.shadowRoot);
  return text.join('').replace(/\s+/g, ' ');
}

/** The card's button whose accessible name says "Copy text" (Indonesian: "Salin teks"), shadow roots included. */
function copyTextButton() {
  const find = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName === 'button') {
        const name = element.getAttribute('aria-label') ?? element.textContent ?? '';
        if (/salin teks|copy text/i.test(name)) return element;
      }
      const inner = element.shadowRoot && find(element.shadowRoot);
      if (inner) return inner;
    }
    return null;
  };
  return find(document.querySelector('quote-card').shadowRoot);
}

for (const name of EXAMPLES) {
  test(
    `examples/${name}: built from the packed tarball, renders the seed's first quote and hears quote-share`,
    { timeout: 60_000 },
    async () => {
      const root = join(EXAMPLES_DIR, name);
      assert.ok(existsSync(join(root, 'node_modules/quote-cards/dist/custom-elements.json')), 'the tarball was not unpacked');
      await build({ root, logLevel: 'warn', build: { outDir: 'dist', emptyOutDir: true } });

      const server = await startStaticServer(join(root, 'dist'));
      servers.push(server);
      const origin = `http://127.0.0.1:${server.address().port}`;
      await browser.defaultBrowserContext().overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
      const page = await browser.newPage();
      const exceptions = [];
      page.on('pageerror', (error) => exceptions.push(error.message));
      try {
        await page.goto(`${origin}/`, { waitUntil: 'load' });
        await page
          .waitForFunction(`(${shadowText})('quote-card').includes(${JSON.stringify(firstQuote.text)})`, { timeout: 10_000 })
          .catch(async () => {
            assert.fail(`the card does not show the first quote; it shows: ${await page.evaluate(shadowText, 'quote-card')}`);
          });
        const button = await page
          .waitForFunction(`(${copyTextButton})()`, { timeout: 10_000 })
          .catch(() => assert.fail('the card has no "Salin teks" / "Copy text" share button (the card has the share attribute)'));
        await button.asElement().click();
        await page
          .waitForFunction(() => /^1 shared: copy-text/.test(document.querySelector('#shares')?.textContent.trim() ?? ''), {
            timeout: 5_000,
          })
          .catch(async () => {
            assert.fail(
              `the app's quote-share handler did not run; the page says "${await page.$eval('#shares', (element) => element.textContent)}"`,
            );
          });
        assert.deepEqual(exceptions, []);
      } finally {
        await page.close();
      }
      const checked = await typechecks[name];
      assert.equal(checked.code ?? 0, 0, `tsc -p examples/${name}:\n${checked.stdout}${checked.stderr}`);
    },
  );
}
