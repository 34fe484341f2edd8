// Server-side figures (issues 7 and 17): how many cards quote-cards/ssr renders per second; how many
// Open Graph images per second the image renderer makes with one page (as before) and with several
// pages in parallel (as `quote-cards render` now does); a whole `quote-cards render` of an archive
// of 60 quotes, then again over the unchanged article (it must render no image); and a bounded load
// test of `quote-cards serve` on 127.0.0.1 (autocannon). Needs dist/ (npm run build) and Chromium
// (test/support/chromium.mjs finds it, as the CLI does).
//
//   node bench/server.mjs            the full run (about a minute)
//   node bench/server.mjs --quick    few runs (a smoke test)
//   node bench/server.mjs --json     also prints the figures as one JSON line, last, for bench/run.mjs
//
// Each figure is the median of several rounds over the seed article's 10 quotes, after a warm-up.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const jsonText = jsonLdText(article);
const renderer = await ImageRenderer.launch({ concurrency: 1 });
const startupMs = performance.now() - start;
let images;
try {
  images = await timeRounds((id) => renderer.render({ article, jsonText, quoteId: id }), imagePlan);
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
  `og images, one page: ${imageFigures.imagesPerSecond} images/s (median ${imageFigures.msPerImage} ms an image over ${images.runs} rounds of ${ids.length} quotes; ` +
    `min ${imageFigures.minMs}, max ${imageFigures.maxMs}; browser start ${imageFigures.browserStartMs} ms, once per batch)`,
);

// 3. Several pages in parallel, a bounded queue (as `quote-cards render --concurrency N` does).
/** An archive of `count` quotes: the seed's, repeated with ids of their own. */
const archive = (count) => ({
  ...article,
  events: [],
  quotes: Array.from({ length: count }, (_, k) => ({ ...article.quotes[k % ids.length], id: `a${k}` })),
});
const big = archive(quick ? 20 : 60);
const bigJson = jsonLdText(big);
const parallel = {};
for (const concurrency of quick ? [1, 4] : [1, 2, 3, 4, 6]) {
  const pool = await ImageRenderer.launch({ concurrency });
  try {
    // Warm-up: every page opened and loaded.
    await Promise.all(big.quotes.slice(0, concurrency).map((quote) => pool.render({ article: big, jsonText: bigJson, quoteId: quote.id })));
    start = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < big.quotes.length) await pool.render({ article: big, jsonText: bigJson, quoteId: big.quotes[next++].id });
      }),
    );
    parallel[concurrency] = round(big.quotes.length / ((performance.now() - start) / 1000), 2);
  } finally {
    await pool.close();
  }
}
console.log(
  `og images in parallel pages (${big.quotes.length} quotes, warm pages): ${Object.entries(parallel)
    .map(([pages, rate]) => `${pages} page${pages === '1' ? '' : 's'} ${rate}/s`)
    .join(', ')}`,
);

// 4. The whole command, as a publisher runs it: pages, embeds and images, browser start included; then again, unchanged.
const out = mkdtempSync(join(tmpdir(), 'quote-cards-bench-'));
const archiveFile = join(out, 'archive.json');
writeFileSync(archiveFile, JSON.stringify(big));
const runCli = (...extra) => {
  const begun = performance.now();
  const run = spawnSync(process.execPath, ['bin/quote-cards.mjs', 'render', archiveFile, '--out', join(out, 'site'), ...extra], {
    cwd: new URL('..', import.meta.url),
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    console.error(`quote-cards render failed (exit ${run.status}): ${run.stderr.slice(-2000)}`);
    process.exit(1);
  }
  return { seconds: (performance.now() - begun) / 1000, stdout: run.stdout };
};
const first = runCli();
const again = runCli();
const written = (stdout) => Number(stdout.match(/and (\d+) Open Graph image/)[1]);
const cliFigures = {
  quotes: big.quotes.length,
  seconds: round(first.seconds, 2),
  imagesPerSecond: round(written(first.stdout) / first.seconds, 2),
  rerunSeconds: round(again.seconds, 2),
  rerunImagesRendered: written(again.stdout),
};
console.log(
  `cli: quote-cards render of ${big.quotes.length} quotes (pages, embeds and images, Node and browser start included) in ${cliFigures.seconds} s: ` +
    `${cliFigures.imagesPerSecond} images/s; again over the unchanged article: ${cliFigures.rerunImagesRendered} images rendered in ${cliFigures.rerunSeconds} s`,
);
if (cliFigures.rerunImagesRendered !== 0) {
  console.error('a re-run over the unchanged article rendered images again');
  process.exit(1);
}

// 5. quote-cards serve under load: pages, embeds, oEmbed and cached images, on 127.0.0.1 only, for a bounded time.
const { default: autocannon } = await import('autocannon');
const cache = join(out, 'cache');
const server = spawn(process.execPath, ['bin/quote-cards.mjs', 'serve', SEED_FILE, '--port', '0', '--cache', cache], {
  cwd: new URL('..', import.meta.url),
  stdio: ['ignore', 'pipe', 'inherit'],
});
let said = '';
await new Promise((resolve, reject) => {
  server.stdout.on('data', (chunk) => /\n {2}http/.test((said += chunk)) && resolve());
  server.on('exit', (code) => reject(new Error(`quote-cards serve exited ${code}`)));
});
const site = said.match(/^ {2}(http\S+)$/m)[1];
const origin = new URL(site).origin;
const paths = [
  'q1.html',
  'q9.html',
  'embed/quote/q9.html',
  'embed/quote/q9.html?theme=dark',
  'embed/speaker/putin.html',
  'embed/timeline.html',
  'oembed/quote/q9.json',
  'embed/resize.js',
  'q1.png',
  'q9.png',
];
for (const path of paths) await fetch(`${site}${path}`).then((response) => response.arrayBuffer()); // images rendered once, here
const rss = () => Number(readFileSync(`/proc/${server.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)[1]) / 1024;
const rssBefore = rss();
const seconds = quick ? 3 : 30;
let rssMax = rssBefore;
const sampling = setInterval(() => (rssMax = Math.max(rssMax, rss())), 500);
const result = await autocannon({
  url: origin,
  connections: 20,
  duration: seconds,
  requests: [
    ...paths.map((path) => ({ method: 'GET', path: new URL(`${site}${path}`).pathname + new URL(`${site}${path}`).search })),
    { method: 'GET', path: `/oembed?url=${encodeURIComponent(`${site}q9.html`)}` },
  ],
});
clearInterval(sampling);
const rssAfter = rss();
server.kill('SIGTERM');
rmSync(out, { recursive: true, force: true });
const loadFigures = {
  seconds,
  connections: 20,
  requests: result.requests.total,
  requestsPerSecond: Math.round(result.requests.average),
  latencyP99Ms: result.latency.p99,
  errors: result.errors,
  timeouts: result.timeouts,
  non2xx: result.non2xx,
  rssMbBefore: Math.round(rssBefore),
  rssMbAfter: Math.round(rssAfter),
  rssMbMax: Math.round(rssMax),
};
console.log(
  `serve: ${loadFigures.requests} requests in ${seconds} s over ${loadFigures.connections} connections (pages, embeds, oEmbed, cached images): ` +
    `${loadFigures.requestsPerSecond} req/s, p99 ${loadFigures.latencyP99Ms} ms, ${loadFigures.errors} errors, ${loadFigures.timeouts} timeouts, ${loadFigures.non2xx} non-2xx; ` +
    `server memory ${loadFigures.rssMbBefore} MB before, ${loadFigures.rssMbMax} MB at most, ${loadFigures.rssMbAfter} MB after`,
);
if (loadFigures.errors || loadFigures.non2xx || loadFigures.timeouts) process.exitCode = 1;

if (args.includes('--json'))
  console.log(JSON.stringify({ quick, ssr: ssrFigures, ogImages: imageFigures, parallel, cli: cliFigures, serve: loadFigures }));
