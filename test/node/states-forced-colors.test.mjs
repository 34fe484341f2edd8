// The states of an embed in a forced-colours (Windows high contrast) mode, which only Chromium can emulate (through the
// DevTools protocol): on test/cdn/states-page.html with the BUILT CDN file, the "Try again" button is drawn in the
// system's button colours with a visible border, and the loading placeholder's words stay unseen (forced colours
// would otherwise paint them). Needs dist/ (npm run build).
//   node --test test/node/states-forced-colors.test.mjs
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions } from '../support/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

let server;
let browser;
before(async () => {
  server = await startStaticServer('.');
  browser = await puppeteer.launch(await chromiumLaunchOptions());
});
after(async () => {
  await browser?.close();
  server?.close();
});

for (const scheme of ['light', 'dark']) {
  test(`forced colours (${scheme} system theme): a system-coloured Try again, and loading words that stay unseen`, async () => {
    const page = await browser.newPage();
    try {
      // The held card's article never arrives: the page shows its loading placeholder meanwhile.
      await page.setRequestInterception(true);
      page.on('request', (request) => (request.url().includes('/__articles/held/') ? undefined : request.continue()));
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [
          { name: 'forced-colors', value: 'active' },
          { name: 'prefers-color-scheme', value: scheme },
        ],
      });
      await page.goto(`http://127.0.0.1:${server.address().port}/test/cdn/states-page.html?errors&hold=forced&width=600`);
      await page.waitForFunction(
        () =>
          document.getElementById('not-found')?.shadowRoot?.querySelector('[part="retry"]') &&
          document.getElementById('held')?.shadowRoot?.querySelector('.status.loading')?.textContent.trim(),
        { timeout: 15_000 },
      );
      const seen = await page.evaluate(() => {
        const system = (color) => {
          const probe = document.body.appendChild(document.createElement('span'));
          probe.style.color = color;
          const value = getComputedStyle(probe).color;
          probe.remove();
          return value;
        };
        const retry = getComputedStyle(document.getElementById('not-found').shadowRoot.querySelector('[part="retry"]'));
        const loading = getComputedStyle(document.getElementById('held').shadowRoot.querySelector('.status.loading'));
        return {
          forced: matchMedia('(forced-colors: active)').matches,
          buttonText: system('ButtonText'),
          buttonFace: system('ButtonFace'),
          retry: { color: retry.color, background: retry.backgroundColor, border: retry.borderTopColor, width: retry.borderTopWidth },
          loadingWords: loading.color,
        };
      });
      assert.equal(seen.forced, true, 'the page is in forced-colours mode');
      assert.deepEqual(seen.retry, { color: seen.buttonText, background: seen.buttonFace, border: seen.buttonText, width: '1px' });
      assert.equal(seen.loadingWords, 'rgba(0, 0, 0, 0)', 'the loading words are painted');
    } finally {
      await page.close();
    }
  });
}
