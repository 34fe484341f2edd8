// A smoke run of the benchmarks (`node bench/run.mjs --quick`: few runs, small sizes): that every
// benchmark runs and reports numbers, not how fast they are. Needs dist/ (npm run build) and
// Chromium (test/support/chromium.mjs). It writes to .tmp/bench-smoke/, not bench/results/,
// so that it leaves the results of a real run alone.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { test } from 'node:test';

const OUT = '.tmp/bench-smoke';

const isNumber = (value, what) => assert.ok(Number.isFinite(value), `${what} is ${JSON.stringify(value)}, not a number`);

// The time limits are a safety net for a hung browser, wide enough for a machine busy with other work.
test('npm run bench runs every benchmark (quick)', { timeout: 900_000 }, () => {
  assert.ok(existsSync('dist/quote-cards.min.js'), 'dist/ is missing: run npm run build first');
  rmSync(OUT, { recursive: true, force: true });
  const run = spawnSync(process.execPath, ['bench/run.mjs', '--quick', `--out=${OUT}`], { encoding: 'utf8', timeout: 880_000 });
  assert.equal(run.status, 0, `bench/run.mjs --quick exited ${run.status}:\n${run.stderr}\n${run.stdout}`);

  const results = JSON.parse(readFileSync(`${OUT}/results.json`, 'utf8'));
  const { meta, rendering, png, timeline, scrolling, live, node, size } = results;
  assert.equal(meta.quick, true);
  for (const key of ['cpu', 'cores', 'memoryGiB', 'node', 'chromium']) assert.ok(meta.machine[key], `meta.machine.${key} is missing`);
  assert.deepEqual(results.failures, []);

  assert.ok(rendering.rows.length >= 2, 'rendering: a row per card count');
  assert.equal(rendering.sameDom, true, 'the baseline renders the same DOM as <quote-card>');
  for (const row of rendering.rows) {
    for (const impl of ['ours', 'baseline']) {
      for (const figure of ['coldUpdatedMs', 'coldPaintedMs', 'updatedMs', 'paintedMs', 'assignUpdatedMs', 'assignPaintedMs']) {
        isNumber(row[impl][figure].median, `rendering ${row.cards} cards: ${impl}.${figure}`);
      }
    }
    isNumber(row.ratio.paintedMs, `rendering ${row.cards} cards: the ratio`);
  }
  for (const impl of ['ours', 'baseline']) {
    isNumber(rendering.perCard[impl].nodes, `${impl}: DOM nodes per card`);
    isNumber(rendering.perCard[impl].heapBytes, `${impl}: JS heap per card`);
  }

  isNumber(png.first.ms.median, 'PNG export: the first call');
  assert.deepEqual(
    png.rows.map((row) => row.format),
    [null, 'square', 'story', 'landscape'],
  );
  for (const row of png.rows) {
    isNumber(row.ms.median, `PNG export (${row.format ?? 'no format'}): the median`);
    isNumber(row.width, `PNG export (${row.format ?? 'no format'}): the width`);
  }

  assert.ok(timeline.rows.length >= 2, 'timeline: a row per size');
  for (const row of timeline.rows) {
    isNumber(row.ours.paintedMs.median, `timeline ${row.events} events: ours`);
    assert.equal(row.ours.eventsInDom > 0, true, `timeline ${row.events} events: ours shows events`);
  }
  isNumber(timeline.rows[0].timelinejs.paintedMs.median, 'timeline: TimelineJS');
  isNumber(timeline.rows[0].ratio, 'timeline: the ratio');

  assert.ok(scrolling.rows.length >= 1, 'scrolling: a row');
  for (const row of scrolling.rows) {
    for (const figure of ['frames', 'over16_7ms', 'dropped', 'worstMs']) isNumber(row[figure], `scrolling ${row.events} events: ${figure}`);
  }

  assert.deepEqual(
    live.rows.map((row) => row.reader),
    ['top', 'middle', 'control'],
    'live blog: the reader at the top and in the middle, and the control (no update)',
  );
  for (const row of live.rows) {
    for (const figure of ['frames', 'over16_7ms', 'worstMs', 'longestTaskMs', 'longFramesNearUpdates'])
      isNumber(row[figure], `live blog (${row.reader}): ${figure}`);
    assert.ok(Array.isArray(row.longFrames), `live blog (${row.reader}): when each long frame ended`);
    if (row.reader !== 'control') isNumber(row.updateMs.median, `live blog (${row.reader}): an update`);
  }
  assert.equal(live.rows[2].updates, 0, 'live blog (control): given no update');
  assert.match(live.rows[1].button, /^\d+ pembaruan baru$/, 'live blog (middle): the new events wait behind the button');
  assert.ok(live.rows[1].readerMovedPx < 1, `live blog (middle): the event read moved ${live.rows[1].readerMovedPx} px`);
  for (const mode of ['cold', 'cold, preloaded', 'cold, cdn/timeline.js in the page', 'warm'])
    isNumber(live.firstFrame[mode].paintedMs.median, `first painted frame (${mode})`);

  isNumber(node.extract.medianMs, 'extractArticle');
  isNumber(node.ssr.cardsPerSecond, 'server-rendered cards per second');
  isNumber(node.ssr.msPerCard, 'server-rendered card: ms');
  isNumber(node.ogImages.imagesPerSecond, 'Open Graph images per second');
  isNumber(node.ogImages.msPerImage, 'Open Graph image: ms');
  isNumber(node.cli.seconds, 'quote-cards render: seconds');

  for (const figure of ['raw', 'gzip', 'brotli']) isNumber(size.cdn[figure], `size of the CDN file: ${figure}`);
  assert.ok(size.lazy.length >= 1, 'size: the lazy chunks');
  assert.ok(size.modules.length >= 1, 'size: the npm modules');

  const table = readFileSync(`${OUT}/results.md`, 'utf8');
  for (const heading of ['## Rendering', '## PNG export', '## Timeline', '## Scrolling', '## A live blog', '## Node', '## Size'])
    assert.ok(table.includes(heading), `results.md has no ${heading}`);
});
