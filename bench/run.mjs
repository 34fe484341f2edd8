// Runs every benchmark of quote-cards side by side in one run on this machine and writes
// bench/results/results.json and bench/results/results.md (and prints the table).
//
//   npm run build && node bench/run.mjs            the full run (about 10 minutes)
//   node bench/run.mjs --quick                     few runs, small sizes (the smoke test's)
//   node bench/run.mjs --only=cards,timeline       some sections (cards, png, timeline, live, node, size)
//   node bench/run.mjs --only=timeline --without-timelinejs   the timeline, ours alone (a minute)
//   node bench/run.mjs --only=cards --cards=1000   the cards, 1,000 only
//   node bench/run.mjs --only=live --live-seconds=10   the live blog (one new event a second), 10 s instead of 60
//   node bench/run.mjs --dist=../before/dist       measure another build than dist/ (it is copied first)
//   node bench/run.mjs --out=.tmp/bench            write somewhere else than bench/results/ (a folder
//                                                  inside the repository: the pages are served from it)
//
// bench/README.md says what each figure means.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { startBrowser, Timeout, withPage } from './lib/browser.mjs';
import { markdown } from './lib/report.mjs';
import { sizes } from './lib/size.mjs';
import { frameStats, ratio, summary } from './lib/stats.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const out = args.find((arg) => arg.startsWith('--out='))?.slice('--out='.length);
const RESULTS = out ? relative(ROOT, resolve(out)).split(sep).join('/') : 'bench/results';
process.chdir(ROOT);
const TIMELINEJS = 'node_modules/@knight-lab/timelinejs/dist';
// Where bench/pages/harness.js imports the baseline from, whatever --out says.
const BASELINE_BUNDLE = 'bench/results/baseline.min.js';

if (!RESULTS || RESULTS.startsWith('..') || isAbsolute(RESULTS)) {
  console.error(`--out must be a folder inside the repository (the pages are served from it), not ${RESULTS}`);
  process.exit(2);
}
const quick = args.includes('--quick');
// Another build to measure instead of dist/ (another checkout's, say, for a before and after).
const SOURCE_DIST = args.find((arg) => arg.startsWith('--dist='))?.slice('--dist='.length) ?? 'dist';
// Ours alone, to iterate on the timeline without waiting minutes for TimelineJS.
const withoutTimelineJs = args.includes('--without-timelinejs');
const only = args
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const wanted = (section) => !only || only.includes(section);
// How long the live blog receives one event a second (the full run: a minute).
const liveSecondsArg = args.find((arg) => arg.startsWith('--live-seconds='))?.slice('--live-seconds='.length);
const LIVE_SECONDS = liveSecondsArg ? Number(liveSecondsArg) : quick ? 2 : 60;
if (!(LIVE_SECONDS > 0)) {
  console.error(`--live-seconds must be a number of seconds, not ${liveSecondsArg}`);
  process.exit(2);
}

/**
 * How many samples, of what sizes. A sample is one fresh page; warm-up samples are dropped. A
 * timeline sample that takes longer than its `timeoutMs` is stopped, and larger sizes are not
 * tried; nor is a size whose smaller neighbour already took longer than its limit.
 */
const PLAN = quick
  ? {
      cards: { counts: [1, 100], warmUp: 1, runs: 2 },
      png: { pages: 1, runs: 2 },
      timeline: {
        ours: [
          { events: 100, warmUp: 0, runs: 2, timeoutMs: 30_000 },
          { events: 500, warmUp: 0, runs: 2, timeoutMs: 30_000 },
        ],
        timelinejs: [{ events: 100, warmUp: 0, runs: 2, timeoutMs: 30_000 }],
        // 500 events: past the 150 from which the timeline renders only what is on screen.
        scroll: { events: [500], screens: 3 },
      },
      live: { events: 500, seconds: LIVE_SECONDS, readers: ['top', 'middle', 'control'], runs: 1, cold: { events: 100, runs: 1 } },
    }
  : {
      cards: { counts: [1, 100, 1000], warmUp: 1, runs: 7 },
      // Fresh pages (each with its first, cold call), and timed exports of each format in each.
      png: { pages: 3, runs: 7 },
      timeline: {
        ours: [
          { events: 100, warmUp: 1, runs: 7, timeoutMs: 60_000 },
          { events: 1000, warmUp: 1, runs: 7, timeoutMs: 60_000 },
          { events: 10_000, warmUp: 1, runs: 5, timeoutMs: 120_000 },
          { events: 100_000, warmUp: 0, runs: 3, timeoutMs: 60_000 },
        ],
        // TimelineJS takes 10 s to minutes from 10,000 events: one run there, stopped after two
        // minutes (the table then says "> 120 s"), and 100,000 only when 10,000 took under a minute.
        timelinejs: [
          { events: 100, warmUp: 1, runs: 5, timeoutMs: 60_000 },
          { events: 1000, warmUp: 0, runs: 3, timeoutMs: 60_000 },
          { events: 10_000, warmUp: 0, runs: 1, timeoutMs: 120_000 },
          { events: 100_000, warmUp: 0, runs: 1, timeoutMs: 60_000 },
        ],
        scroll: { events: [1000, 10_000, 100_000], screens: 20 },
      },
      // A 10,000-event live blog receiving one event a second; the first frame of a cold page.
      live: { events: 10_000, seconds: LIVE_SECONDS, readers: ['top', 'middle', 'control'], runs: 1, cold: { events: 10_000, runs: 5 } },
    };

/** The social formats of `<quote-card>` and the size of their images; `null`: the card as on the page. */
const PNG_FORMATS = { null: null, square: [1080, 1080], story: [1080, 1920], landscape: [1200, 630] };

if (withoutTimelineJs) PLAN.timeline.timelinejs = [];
// Some numbers of cards only (--cards=1000), to iterate on one figure.
const cardCounts = args.find((arg) => arg.startsWith('--cards='))?.slice('--cards='.length);
if (cardCounts) PLAN.cards.counts = cardCounts.split(',').map(Number);
if (!PLAN.cards.counts.every((count) => Number.isInteger(count) && count > 0)) {
  console.error(`--cards must be numbers of cards, such as --cards=1000, not ${cardCounts}`);
  process.exit(2);
}

const log = (...parts) => console.error('[bench]', ...parts);
const failures = [];

if (!existsSync(`${SOURCE_DIST}/quote-cards.min.js`)) {
  console.error(`${SOURCE_DIST}/quote-cards.min.js is missing: run \`npm run build\` first (npm run bench does).`);
  process.exit(1);
}
mkdirSync(RESULTS, { recursive: true });
// Everything is measured on a copy of dist/ taken now, so that a build during the run (of another
// terminal, say) cannot change what the pages load halfway through.
const DIST = `${RESULTS}/dist`;
rmSync(DIST, { recursive: true, force: true });
cpSync(SOURCE_DIST, DIST, { recursive: true, filter: (source) => !source.endsWith('.map') });

const results = {
  meta: {
    date: new Date().toISOString(),
    quick,
    plan: PLAN,
    machine: {
      cpu: os.cpus()[0]?.model?.trim() ?? 'unknown',
      cores: os.cpus().length,
      memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      // Other work on the machine skews every figure: the load average before and after the run.
      loadAverageBefore: os.loadavg()[0],
      loadAverageAfter: null,
      node: process.version,
      chromium: null,
    },
  },
  rendering: null,
  png: null,
  timeline: null,
  scrolling: null,
  live: null,
  node: null,
  size: null,
};

const needsBrowser = wanted('cards') || wanted('png') || wanted('timeline') || wanted('live');
const browser = needsBrowser ? await startBrowser() : undefined;
if (browser) {
  results.meta.machine.chromium = `${browser.version} (headless: ${browser.headless})`;
  results.meta.viewport = '1280×800; content in a 48rem column (bench/pages/bench.html)';
}
try {
  if (wanted('cards')) results.rendering = { ...(await benchCards()), firstCard: await benchFirstCard() };
  if (wanted('png')) results.png = await benchPng();
  if (wanted('timeline')) ({ timeline: results.timeline, scrolling: results.scrolling } = await benchTimeline());
  if (wanted('live')) results.live = await benchLive();
} finally {
  await browser?.close();
}
if (wanted('node')) results.node = await benchNode();
if (wanted('size')) {
  results.size = await sizes({ dist: DIST, baselineBundle: BASELINE_BUNDLE, timelineJsDir: TIMELINEJS });
}
results.failures = failures;
results.meta.machine.loadAverageAfter = os.loadavg()[0];

writeFileSync(`${RESULTS}/results.json`, `${JSON.stringify(results, null, 2)}\n`);
const table = markdown(results);
writeFileSync(`${RESULTS}/results.md`, table);
console.log(table);
log(`wrote ${RESULTS}/results.json and ${RESULTS}/results.md`);
if (failures.length) {
  console.error(`\n${failures.length} benchmark(s) failed:\n${failures.map((failure) => `  ${failure}`).join('\n')}`);
  process.exitCode = 1;
}

// ---------------------------------------------------------------------------------------------

/** Bundles bench/baseline/baseline.js with the lit of node_modules and the components' own CSS. */
async function bundleBaseline() {
  const { QuoteCard } = await import(`../${DIST}/components/quote-card/quote-card.component.js`);
  const { SpeakerBadge } = await import(`../${DIST}/components/speaker-badge/speaker-badge.component.js`);
  const cssOf = (styles) => [styles].flat(Infinity).map((style) => style.cssText);
  await build({
    entryPoints: ['bench/baseline/baseline.js'],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    outfile: BASELINE_BUNDLE,
    define: { __CARD_CSS__: JSON.stringify(cssOf(QuoteCard.styles)), __BADGE_CSS__: JSON.stringify(cssOf(SpeakerBadge.styles)) },
    logLevel: 'warning',
  });
}

async function benchCards() {
  await bundleBaseline();
  const { counts, warmUp, runs } = PLAN.cards;
  const rows = [];
  const perCard = {};
  const outlines = {};
  for (const count of counts) {
    const samples = { ours: [], baseline: [] };
    for (let k = 0; k < warmUp + runs; k++) {
      // Alternate which goes first, so that neither always runs on a warmer machine.
      for (const impl of k % 2 ? ['baseline', 'ours'] : ['ours', 'baseline']) {
        try {
          const sample = await withPage(browser, { impl, dist: `/${DIST}` }, (page) =>
            page.evaluate((n) => window.bench.renderCards(n), count),
          );
          if (sample.rendered !== count) throw new Error(`${impl} rendered ${sample.rendered} of ${count} cards`);
          outlines[impl] = sample.sample;
          if (k >= warmUp) samples[impl].push(sample);
        } catch (error) {
          failures.push(`rendering ${count} cards (${impl}): ${error.message}`);
        }
      }
    }
    const figure = (impl, key) => summary(samples[impl].map((sample) => sample[key]));
    const row = { cards: count };
    for (const impl of ['ours', 'baseline']) {
      row[impl] = {
        coldUpdatedMs: figure(impl, 'coldUpdatedMs'),
        coldPaintedMs: figure(impl, 'coldPaintedMs'),
        updatedMs: figure(impl, 'updatedMs'),
        paintedMs: figure(impl, 'paintedMs'),
        assignUpdatedMs: figure(impl, 'assignUpdatedMs'),
        assignPaintedMs: figure(impl, 'assignPaintedMs'),
        // Ours only, and not in the ratios: when the cards had written their JSON-LD.
        ...(impl === 'ours' ? { coldJsonLdMs: figure(impl, 'coldJsonLdMs'), jsonLdMs: figure(impl, 'jsonLdMs') } : {}),
      };
      perCard[impl] = {
        cards: count,
        nodes: samples[impl][0]?.nodesPerCard ?? null,
        elements: samples[impl][0]?.elementsPerCard ?? null,
        heapBytes: figure(impl, 'heapPerCardBytes').median,
      };
    }
    row.ratio = {};
    for (const key of ['coldUpdatedMs', 'coldPaintedMs', 'updatedMs', 'paintedMs', 'assignUpdatedMs', 'assignPaintedMs']) {
      row.ratio[key] = ratio(row.ours[key].median, row.baseline[key].median);
    }
    rows.push(row);
    log(`cards ${count}: ours ${fmt(row.ours.paintedMs.median)} ms, baseline ${fmt(row.baseline.paintedMs.median)} ms to paint`);
  }
  perCard.ratio = {
    nodes: ratio(perCard.ours.nodes, perCard.baseline.nodes),
    heapBytes: ratio(perCard.ours.heapBytes, perCard.baseline.heapBytes),
  };
  const sameDom = outlines.ours !== undefined && outlines.ours === outlines.baseline;
  if (!sameDom)
    failures.push(
      `the baseline does not render the same DOM as <quote-card>:\n    ours:     ${outlines.ours}\n    baseline: ${outlines.baseline}`,
    );
  return { goalRatioAt1000: 1.5, rows, perCard, sameDom };
}

/**
 * The first card of a publisher's page: a fresh page (its own browser context, nothing cached) holding the CDN file's
 * script tag and one `<quote-card>` in a `<quote-article>` with the seed article inline, as a CMS page has them. From
 * the start of navigation to the card's quote in its shadow root, and to the frame painted after it (two
 * requestAnimationFrame); and the scripts the page fetched (the main file, the chunks it loads at once).
 */
async function benchFirstCard() {
  const runs = quick ? 2 : PLAN.cards.runs;
  const file = `${RESULTS}/first-card.html`;
  const seed = readFileSync('src/examples/seed-article.id.json', 'utf8').replaceAll('<', '\\u003c');
  writeFileSync(
    file,
    `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>first card</title>
<script type="module" src="/${DIST}/quote-cards.min.js"></script>
<script>
// Notes when the card first holds its quote: a MutationObserver on its shadow root from the moment it is defined.
customElements.whenDefined('quote-card').then(() => {
  const root = document.querySelector('quote-card').shadowRoot;
  const check = () => {
    if (window.shown || !root.querySelector('figure blockquote')) return;
    window.shown = performance.now();
    requestAnimationFrame(() => requestAnimationFrame(() => (window.painted = performance.now())));
  };
  new MutationObserver(check).observe(root, { childList: true, subtree: true });
  check();
});
</script></head><body style="max-width: 48rem; margin: 0 auto"><quote-article><script type="application/json">${seed}</script>
<quote-card quote-id="q9"></quote-card></quote-article></body></html>`,
  );
  const samples = [];
  for (let k = 0; k < runs + 1; k++) {
    const context = await browser.browser.createBrowserContext();
    try {
      const page = await context.newPage();
      await page.setViewport({ width: 1280, height: 800 });
      await page.goto(`${browser.origin}/${file}`, { waitUntil: 'load' });
      await page.waitForFunction(() => window.painted, { timeout: 30_000 });
      const sample = await page.evaluate(() => ({
        shownMs: window.shown,
        paintedMs: window.painted,
        scripts: performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name.endsWith('.js'))
          .map((entry) => entry.name.replace(/^.*\/dist\//, '')),
      }));
      // The first page warms up the server and the browser's process, not the page.
      if (k) samples.push(sample);
    } catch (error) {
      failures.push(`first card, inline article: ${error.message}`);
    } finally {
      await context.close().catch(() => {});
    }
  }
  const firstCard = {
    runs: samples.length,
    shownMs: summary(samples.map((sample) => sample.shownMs)),
    paintedMs: summary(samples.map((sample) => sample.paintedMs)),
    scripts: samples[0]?.scripts ?? [],
  };
  log(
    `first card, inline article, CDN file: quote in ${fmt(firstCard.shownMs.median)} ms, painted ${fmt(firstCard.paintedMs.median)} ms from navigation (${firstCard.scripts.join(', ')})`,
  );
  return firstCard;
}

/**
 * `card.toBlob({ format })` of one card from the CDN file, in fresh pages: the first call of each
 * page (which loads the capture chunk, modern-screenshot included), then each format `runs` times.
 */
async function benchPng() {
  const { pages, runs } = PLAN.png;
  const formats = Object.keys(PNG_FORMATS).map((key) => (key === 'null' ? null : key));
  const first = [];
  const samples = new Map(formats.map((format) => [format, []]));
  const sizes = new Map();
  let devicePixelRatio;
  let cardWidth;
  for (let k = 0; k < pages; k++) {
    try {
      const sample = await withPage(browser, { impl: 'ours', dist: `/${DIST}` }, (page) =>
        page.evaluate(
          (list, n) =>
            window.bench.exportPng(
              list.map((format) => format ?? undefined),
              n,
            ),
          formats,
          runs,
        ),
      );
      ({ devicePixelRatio, cardWidth } = sample);
      first.push(sample.first.ms);
      for (const { format, ms, width, height, bytes } of sample.byFormat) {
        samples.get(format).push(...ms);
        sizes.set(format, { width, height, bytes });
        const expected = PNG_FORMATS[format];
        const wanted = expected ?? [Math.round(cardWidth * devicePixelRatio)];
        if (width !== wanted[0] || (expected && height !== expected[1])) {
          failures.push(`PNG export (${format ?? 'no format'}): ${width}×${height}, not ${wanted.join('×')}`);
        }
      }
    } catch (error) {
      failures.push(`PNG export: ${error.message}`);
    }
  }
  const rows = formats.map((format) => ({ format, ...sizes.get(format), ms: summary(samples.get(format)) }));
  log(
    `png: first call ${fmt(summary(first).median)} ms; ${rows.map((row) => `${row.format ?? 'as on the page'} ${fmt(row.ms.median)} ms`).join(', ')}`,
  );
  return { devicePixelRatio, cardWidth, pages, runs, first: { format: null, ms: summary(first) }, rows };
}

async function benchTimeline() {
  const { scroll } = PLAN.timeline;
  // Every chunk the CDN file may load (named in the manifest its build writes), except the themes,
  // which these pages do not use.
  const chunks = JSON.parse(readFileSync(`${DIST}/cdn/chunks-quote-cards.min.js.json`, 'utf8'));
  const preload = Object.entries(chunks)
    .filter(([, name]) => name !== 'themes')
    .map(([file]) => `/${DIST}/cdn/${file}`);
  const timeline = { ours: [], timelinejs: [], rows: [] };
  const scrolling = { screens: scroll.screens, pxPerFrame: Math.round(800 / 8), rows: [] };

  for (const impl of ['ours', 'timelinejs']) {
    let stopped; // once a size times out, larger ones are not tried
    let previous;
    for (const { events, warmUp, runs, timeoutMs } of PLAN.timeline[impl]) {
      if (!stopped && previous?.paintedMs.median > timeoutMs) {
        stopped = `${int(previous.events)} events already took ${seconds(previous.paintedMs.median)}, over the ${seconds(timeoutMs)} limit of ${int(events)}`;
      }
      if (stopped) {
        // A larger timeline takes longer still: it is over its limit without trying.
        timeline[impl].push({ events, timeoutMs, over: true, skipped: `not tried: ${stopped}` });
        if (impl === 'ours' && scroll.events.includes(events)) scrolling.rows.push({ events, skipped: 'no first render' });
        continue;
      }
      const samples = [];
      const frames = [];
      let timedOut;
      for (let k = 0; k < warmUp + runs && !timedOut; k++) {
        try {
          const sample = await withPage(
            browser,
            { impl, preload: impl === 'ours' ? preload : [], dist: `/${DIST}` },
            async (page) => {
              const rendered = await page.evaluate((n) => window.bench.renderTimeline(n, { warmUp: 1 }), events);
              if (impl === 'ours' && scroll.events.includes(events)) {
                // Let the first render settle (half a second), then scroll.
                await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
                rendered.scroll = await page.evaluate((screens) => window.bench.scroll(screens), scroll.screens);
              }
              return rendered;
            },
            { timeoutMs },
          );
          if (sample.errors) throw new Error(`it showed an error: ${sample.errors.slice(0, 300)}`);
          if (sample.problems.length) log(`timeline ${events} (${impl}): page reported: ${sample.problems.slice(0, 3).join('; ')}`);
          if (k >= warmUp) {
            samples.push(sample);
            if (sample.scroll) frames.push(sample.scroll);
          }
        } catch (error) {
          if (error instanceof Timeout) timedOut = `over ${seconds(timeoutMs)} at ${int(events)} events`;
          else failures.push(`timeline of ${events} events (${impl}): ${error.message}`);
        }
      }
      if (timedOut) stopped = timedOut;
      const row = {
        events,
        timeoutMs,
        paintedMs: summary(samples.map((sample) => sample.paintedMs)),
        updatedMs: summary(samples.map((sample) => sample.updatedMs)),
        ...(impl === 'ours'
          ? {
              validateMs: summary(samples.map((sample) => sample.validateMs)),
              checkedMs: summary(samples.map((sample) => sample.checkedMs)),
              longestTaskMs: summary(samples.map((sample) => sample.longestTaskMs)),
              firstUpdateMs: summary(samples.map((sample) => sample.firstUpdateMs)),
            }
          : {}),
        eventsInDom: samples[0]?.eventsInDom ?? null,
        ...(timedOut ? { timedOut, over: true } : {}),
      };
      timeline[impl].push(row);
      previous = row;
      log(`timeline ${events} (${impl}): ${timedOut ?? `${fmt(row.paintedMs.median)} ms to paint, ${row.eventsInDom} events in the DOM`}`);
      if (impl === 'ours' && scroll.events.includes(events)) {
        const stats = frames.map((sample) => ({
          ...frameStats(sample.intervals),
          scrolledPx: sample.scrolledPx,
          scroller: sample.scroller,
          eventsOnScreenAtEnd: sample.eventsOnScreenAtEnd,
        }));
        // The run with the median count of long frames stands for them all.
        stats.sort((a, b) => a.over16_7ms - b.over16_7ms || a.dropped - b.dropped);
        const typical = stats[(stats.length - 1) >> 1];
        scrolling.rows.push(
          typical
            ? { events, runs: stats.length, ...typical, runsOver: stats.map((s) => s.over16_7ms), runsDropped: stats.map((s) => s.dropped) }
            : { events, skipped: timedOut ? `the first render took ${timedOut.replace(/ at .*/, '')}` : 'no run succeeded' },
        );
      }
    }
  }
  for (const { events } of PLAN.timeline.ours) {
    const ours = timeline.ours.find((row) => row.events === events);
    const theirs = timeline.timelinejs.find((row) => row.events === events);
    timeline.rows.push({
      events,
      ours: ours ?? null,
      timelinejs: theirs ?? { events, skipped: 'not run in this mode' },
      ratio: ratio(ours?.paintedMs?.median, theirs?.paintedMs?.median),
    });
  }
  return { timeline, scrolling };
}

/** The chunks of the CDN file named `names` in the manifest its build writes, as URLs of the copy of dist/. */
function chunkUrls(names) {
  const chunks = JSON.parse(readFileSync(`${DIST}/cdn/chunks-quote-cards.min.js.json`, 'utf8'));
  return Object.entries(chunks)
    .filter(([, name]) => names.includes(name))
    .map(([file]) => `/${DIST}/cdn/${file}`);
}

/**
 * The live blog: `events` events, newest first, receiving one new event a second for `seconds`,
 * the reader at the top and in the middle (every frame's interval, the long tasks, each update's
 * time). Then the first painted frame of a cold page (the timeline's code not run yet): its chunks
 * fetched on first use, or preloaded with modulepreload, against the warm figure (after a warm-up).
 */
async function benchLive() {
  const { events, seconds, readers, runs, cold } = PLAN.live;
  const preload = chunkUrls(['article-timeline', 'event-window', 'check-events']);
  const rows = [];
  for (const reader of readers) {
    const samples = [];
    for (let k = 0; k < runs; k++) {
      try {
        const sample = await withPage(
          browser,
          { impl: 'ours', preload, dist: `/${DIST}` },
          (page) => page.evaluate((n, options) => window.bench.liveUpdates(n, options), events, { seconds, reader }),
          { timeoutMs: seconds * 1000 + 120_000 },
        );
        if (sample.errors) throw new Error(`it showed an error: ${sample.errors.slice(0, 300)}`);
        if (reader !== 'middle' && !sample.newestShown) throw new Error('the newest event is not shown at the top');
        if (reader === 'middle' && !(sample.readerMovedPx < 1)) throw new Error(`the event read moved ${sample.readerMovedPx} px`);
        samples.push(sample);
      } catch (error) {
        failures.push(`live blog of ${events} events, reader at the ${reader}: ${error.message}`);
      }
    }
    const typical = samples.map((sample) => ({ ...sample, ...frameStats(sample.intervals) })).sort((a, b) => a.over16_7ms - b.over16_7ms)[
      (samples.length - 1) >> 1
    ];
    rows.push(
      typical
        ? {
            events,
            seconds,
            reader,
            runs: samples.length,
            ...frameStats(typical.intervals),
            longestTaskMs: typical.longestTaskMs,
            tasksOver50ms: typical.longTasks.length,
            updateMs: summary(typical.updateMs),
            renderMs: summary(typical.renderMs),
            updates: typical.updates,
            longFrames: typical.longFrames,
            // The frames over 16.7 ms that ended within 100 ms of an update (a tenth of each second: were they unrelated
            // to the updates, about a tenth of them would).
            longFramesNearUpdates: typical.longFrames.filter((long) => long.update && long.sinceUpdateMs <= 100).length,
            longAnimationFrames: typical.longAnimationFrames,
            button: typical.button,
            readerMovedPx: typical.readerMovedPx,
            eventsInDom: typical.eventsInDom,
          }
        : { events, seconds, reader, skipped: 'no run succeeded' },
    );
    const row = rows.at(-1);
    log(
      `live ${events} (${reader}, ${seconds} s): ${row.skipped ?? `${row.over16_7ms} of ${row.frames} frames over 16.7 ms, worst ${fmt(row.worstMs)} ms, longest task ${fmt(row.longestTaskMs)} ms`}`,
    );
    for (const long of row.longFrames ?? []) {
      log(
        `  a ${fmt(long.ms)} ms frame ${long.update ? `ended ${fmt(long.sinceUpdateMs)} ms after update ${long.update}` : `at ${fmt(long.atRunMs)} ms, no update before it`}`,
      );
    }
    for (const entry of row.longAnimationFrames ?? []) {
      log(
        `  long animation frame of ${fmt(entry.durationMs)} ms ${entry.update ? `${fmt(entry.sinceUpdateMs)} ms after update ${entry.update}` : `at ${fmt(entry.atRunMs)} ms`}: ` +
          (entry.scripts.map((script) => `${script.invoker} ${fmt(script.durationMs)} ms`).join(', ') || 'no script'),
      );
    }
  }

  const first = {};
  for (const [mode, options] of [
    ['cold', { preload: [], warmUp: 0 }],
    ['cold, preloaded', { preload: chunkUrls(['article-timeline', 'event-window']), warmUp: 0 }],
    ['cold, cdn/timeline.js in the page', { preload: [], entries: [`/${DIST}/cdn/timeline.js`], warmUp: 0 }],
    ['warm', { preload, warmUp: 1 }],
  ]) {
    const samples = [];
    for (let k = 0; k < cold.runs; k++) {
      try {
        samples.push(
          await withPage(browser, { impl: 'ours', preload: options.preload, entries: options.entries, dist: `/${DIST}` }, (page) =>
            page.evaluate((n, warmUp) => window.bench.renderTimeline(n, { warmUp }), cold.events, options.warmUp),
          ),
        );
      } catch (error) {
        failures.push(`first frame of a ${mode} page: ${error.message}`);
      }
    }
    first[mode] = { paintedMs: summary(samples.map((sample) => sample.paintedMs)), eventsInDom: samples[0]?.eventsInDom ?? null };
    log(`first frame, ${mode}, ${cold.events} events: ${fmt(first[mode].paintedMs.median)} ms`);
  }
  return { rows, firstFrame: { events: cold.events, runs: cold.runs, ...first } };
}

/** Runs a Node script of bench/ and collects what it prints. */
function runScript(script, scriptArgs = []) {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [script, ...scriptArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

async function benchNode() {
  const output = await runScript('bench/extract.bench.mjs');
  const match =
    /(\d+) words, (\d+) quotes, (\d+) speakers: median ([\d.]+) ms of (\d+) runs \(min ([\d.]+), max ([\d.]+); first, cold call ([\d.]+) ms\); goal < ([\d.]+) ms/.exec(
      output.stdout,
    );
  let extract;
  if (match) {
    const [, words, quotes, speakers, medianMs, runs, minMs, maxMs, coldMs, goalMs] = match.map(Number);
    extract = {
      words,
      quotes,
      speakers,
      medianMs,
      minMs,
      maxMs,
      coldMs,
      runs,
      goalMs,
      withinGoal: medianMs < goalMs,
      articlesPerSecond: 1000 / medianMs,
    };
    log(`extractArticle: ${medianMs} ms median`);
  } else {
    extract = { error: `bench/extract.bench.mjs exited ${output.code}: ${(output.stderr || output.stdout).trim().slice(0, 500)}` };
    failures.push(`node: ${extract.error}`);
  }
  return { extract, ...(await benchServer()) };
}

/**
 * bench/server.mjs: server-rendered cards per second (quote-cards/ssr), Open Graph images per
 * second through the CLI's renderer (one page, then several in parallel), the whole `quote-cards
 * render` command, and `quote-cards serve` under load. It prints its
 * figures as JSON on its last line.
 */
async function benchServer() {
  const output = await runScript('bench/server.mjs', ['--json', ...(quick ? ['--quick'] : [])]);
  let figures;
  try {
    if (output.code !== 0) throw new Error(`exited ${output.code}`);
    figures = JSON.parse(output.stdout.trim().split('\n').at(-1));
  } catch (error) {
    const message = `bench/server.mjs ${error.message}: ${(output.stderr || output.stdout).trim().slice(-500)}`;
    failures.push(`node: ${message}`);
    return {
      ssr: { error: message },
      ogImages: { error: message },
      parallel: { error: message },
      cli: { error: message },
      serve: { error: message },
    };
  }
  const { ssr, ogImages, parallel, cli, serve } = figures;
  const best = Math.max(...Object.values(parallel));
  log(
    `server: ${ssr.cardsPerSecond} cards/s, ${ogImages.imagesPerSecond} Open Graph images/s (${best}/s in parallel pages), quote-cards render ${cli.seconds} s`,
  );
  return { ssr, ogImages, parallel, cli, serve };
}

function int(value) {
  return value.toLocaleString('en');
}

function seconds(ms) {
  return `${Math.round(ms / 1000)} s`;
}

function fmt(value) {
  return Number.isFinite(value) ? value.toFixed(1) : '–';
}
