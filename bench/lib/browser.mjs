// Headless Chromium for the benchmarks: the same browser and launch options as the tests
// (test/support/chromium.mjs), plus a GC the page can call and precise heap figures; pages from
// scripts/static-server.mjs serving the repository root.
import puppeteer from 'puppeteer-core';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { chromiumLaunchOptions } from '../../test/support/chromium.mjs';

export const VIEWPORT = { width: 1280, height: 800 };

export async function startBrowser() {
  const server = await startStaticServer('.');
  const options = await chromiumLaunchOptions();
  options.args = [...options.args, '--js-flags=--expose-gc', '--enable-precise-memory-info'];
  // Some samples run for a minute in one call.
  options.protocolTimeout = 10 * 60_000;
  const browser = await puppeteer.launch(options);
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    browser,
    origin,
    version: await browser.version(),
    headless: options.headless,
    close: async () => {
      await browser.close().catch(() => {});
      server.close();
    },
  };
}

export class Timeout extends Error {}

/**
 * Opens bench/pages/bench.html in a fresh browser context (its own renderer process), loads one
 * implementation into it, runs `body(page)`, and closes the context. When `timeoutMs` passes
 * first, closing the context ends the renderer, whatever it is doing, and this rejects with a
 * Timeout.
 */
export async function withPage({ browser, origin }, load, body, { timeoutMs = 120_000 } = {}) {
  const context = await browser.createBrowserContext();
  const problems = [];
  let timer;
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    await page.setViewport(VIEWPORT);
    const work = (async () => {
      await page.goto(`${origin}/bench/pages/bench.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => window.bench);
      const loaded = await page.evaluate((options) => window.bench.load(options), load);
      if (!loaded.gc || !loaded.memory) throw new Error('the page has no gc() or performance.memory: check the launch flags');
      await page.bringToFront();
      return body(page);
    })();
    work.catch(() => {}); // after a timeout, its rejection is expected and of no interest
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Timeout(`over ${timeoutMs / 1000} s`)), timeoutMs);
    });
    const result = await Promise.race([work, timeout]);
    return { ...result, problems };
  } catch (error) {
    if (error instanceof Timeout) throw error;
    throw new Error(`${load.impl}: ${error.message}${problems.length ? ` (page: ${problems.join('; ')})` : ''}`);
  } finally {
    clearTimeout(timer);
    await context.close().catch(() => {});
  }
}
