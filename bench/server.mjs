// Server-side figures (issue 7): how many cards quote-cards/ssr renders per second, and how many
// Open Graph images per second `quote-cards render` makes (its image renderer: one headless
// Chromium page reused, <quote-card format="landscape"> photographed at 1200×630). Needs dist/
// (npm run build) and Chromium (test/support/chromium.mjs finds it, as the CLI does).
//
//   node bench/server.mjs            the full run (about a minute)
//   node bench/server.mjs --quick    few runs (a smoke test)
//   node bench/server.mjs --json     also prints the figures as one JSON line, last, for bench/run.mjs
//
// Each figure is the median of several rounds over the seed article's 10 quotes, after a warm-up.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ImageRenderer } from '../bin/lib/render.mjs';
import { jsonLdText, renderQuoteCard } from '../dist/ssr.js';
import { summary } from './lib/stats.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const SEED_FILE = 'src/examples/seed-article.id.json';
const article = JSON.parse(readFileSync(new URL(`../${SEED_FILE}`, import.meta.url), 'utf8'));
const ids = article.quotes.map((quote) => quote.id);
const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Times `rounds` rounds of `work(id)` over every quote, after `warmUp` rounds: per item, in ms. */
async function timeRounds(work, { warmUp, rounds }) {
  const perItem = [];
  for (let k = 0; k < warmUp + rounds; k++) {
    const start = performance.now();
    for (const id of ids) await work(id);
    if (k >= warmUp) perItem.push((performance.now() - start) / ids.length);
  }
  return summary(perItem);
}

// 1. Server-rendered cards: renderQuoteCard, with validation, the inline article and the JSON-LD.
const ssrPlan = quick ? { warmUp: 2, rounds: 5 } : { warmUp: 20, rounds: 50 };
let html = '';
const ssr = await timeRounds(async (id) => (html = await renderQuoteCard(article, { quoteId: id })), ssrPlan);
const ssrFigures = {
  msPerCard: round(ssr.median, 2),
  cardsPerSecond: Math.round(1000 / ssr.median),
  minMs: round(ssr.min, 2),
  maxMs: round(ssr.max, 2),
  rounds: ssr.runs,
  bytesPerCard: html.length,
};
console.log(
  `ssr: renderQuoteCard ${ssrFigures.cardsPerSecond} cards/s (median ${ssrFigures.msPerCard} ms a card over ${ssr.runs} rounds of ${ids.length} quotes; ` +
    `min ${ssrFigures.minMs}, max ${ssrFigures.maxMs}; ${Math.round(html.length / 1024)} KB of HTML a card)`,
);

// 2. Open Graph images through the CLI's renderer: browser start, then images in one reused page.
const imagePlan = quick ? { warmUp: 1, rounds: 2 } : { warmUp: 1, rounds: 5 };
let start = performance.now();
const renderer = await ImageRenderer.launch({ article, jsonText: jsonLdText(article) });
const startupMs = performance.now() - start;
let images;
try {
  images = await timeRounds((id) => renderer.render(id), imagePlan);
} finally {
  await renderer.close();
}
const imageFigures = {
  msPerImage: round(images.median),
  imagesPerSecond: round(1000 / images.median, 2),
  minMs: round(images.min),
  maxMs: round(images.max),
  rounds: images.runs,
  browserStartMs: Math.round(startupMs),
};
console.log(
  `og images: ${imageFigures.imagesPerSecond} images/s (median ${imageFigures.msPerImage} ms an image over ${images.runs} rounds of ${ids.length} quotes; ` +
    `min ${imageFigures.minMs}, max ${imageFigures.maxMs}; browser start ${imageFigures.browserStartMs} ms, once per batch)`,
);

// 3. The whole command, as a publisher runs it: 10 pages and 10 images, browser start included.
const out = mkdtempSync(join(tmpdir(), 'quote-cards-bench-'));
start = performance.now();
const cli = spawnSync(process.execPath, ['bin/quote-cards.mjs', 'render', SEED_FILE, '--out', out], {
  cwd: new URL('..', import.meta.url),
  encoding: 'utf8',
});
const cliMs = performance.now() - start;
rmSync(out, { recursive: true, force: true });
if (cli.status !== 0) {
  console.error(`quote-cards render failed (exit ${cli.status}): ${cli.stderr}`);
  process.exit(1);
}
const cliFigures = { quotes: ids.length, seconds: round(cliMs / 1000, 2), imagesPerSecond: round(ids.length / (cliMs / 1000), 2) };
console.log(`cli: quote-cards render of ${ids.length} quotes (pages and images, Node and browser start included) in ${cliFigures.seconds} s: ${cliFigures.imagesPerSecond} images/s`);

if (args.includes('--json')) console.log(JSON.stringify({ quick, ssr: ssrFigures, ogImages: imageFigures, cli: cliFigures }));
