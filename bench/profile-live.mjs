// Where each update of a live blog goes: the bench page's 10,000-event timeline (newest first) given a few updates of
// one new event each, as bench.liveUpdates gives them, each update profiled on its own (V8's CPU profile, from the
// assignment to three frames after its events are checked), its functions named by the source maps of the CDN files.
//
//   node bench/profile-live.mjs [updates] [--reader=top|middle] [--events=10000] [--top=20] [--dist=dist] [--lines]
import { existsSync, readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map';
import { startBrowser, withPage } from './lib/browser.mjs';
import { optionOf, profileTimes, timelineChunks } from './lib/tools.mjs';

const args = process.argv.slice(2);
const updates = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 4);
const option = (name, fallback) => optionOf(args, name, fallback);
const dist = option('dist', 'dist');
const reader = option('reader', 'top');
const events = Number(option('events', 10_000));
const topCount = Number(option('top', 20));
const lines = args.includes('--lines');
const preload = timelineChunks(dist);

const browser = await startBrowser();
const profiles = [];
let sample;
try {
  await withPage(
    browser,
    { impl: 'ours', preload, dist: `/${dist}` },
    async (page) => {
      const cdp = await page.createCDPSession();
      cdp.on('Profiler.consoleProfileFinished', ({ title, profile }) => profiles.push({ title, profile }));
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      sample = await page.evaluate(
        async (count, updates, reader) => {
          const { timelineArticle } = await import('/bench/pages/data.js');
          const seed = await (await fetch('/src/examples/seed-article.id.json')).json();
          const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
          const all = JSON.parse(JSON.stringify(timelineArticle(seed, count + updates))).events;
          let article = { ...seed, events: all.slice(0, count) };
          const timeline = document.createElement('article-timeline');
          timeline.setAttribute('order', 'newest');
          timeline.article = article;
          document.getElementById('stage').append(timeline);
          await customElements.whenDefined('article-timeline');
          await timeline.updateComplete;
          await timeline.articleState.checking;
          for (let k = 0; k < 10; k++) await frame();
          if (reader === 'middle') {
            window.scrollTo(0, document.scrollingElement.scrollHeight / 2);
            for (let k = 0; k < 20; k++) await frame();
          }
          const times = [];
          for (let s = 1; s <= updates; s++) {
            await new Promise((resolve) => setTimeout(resolve, 300));
            console.profile(`update ${s}`);
            const before = performance.now();
            article = { ...article, events: all.slice(0, count + s) };
            timeline.article = article;
            await timeline.updateComplete;
            const rendered = performance.now() - before;
            await timeline.articleState.checking;
            const checked = performance.now() - before;
            for (let k = 0; k < 3; k++) await frame();
            console.profileEnd(`update ${s}`);
            times.push({ rendered, checked });
          }
          return times;
        },
        events,
        updates,
        reader,
      );
      // The last profile's event arrives after profileEnd returns.
      for (let k = 0; k < 50 && profiles.length < updates; k++) await new Promise((resolve) => setTimeout(resolve, 100));
      return {};
    },
    { timeoutMs: 180_000 },
  );
} finally {
  await browser.close();
}

const consumers = new Map();
async function consumerFor(url) {
  const path = url.replace(/^https?:\/\/[^/]+\//, '');
  if (!consumers.has(path)) {
    consumers.set(path, existsSync(`${path}.map`) ? await new SourceMapConsumer(JSON.parse(readFileSync(`${path}.map`, 'utf8'))) : null);
  }
  return consumers.get(path);
}

async function label(callFrame) {
  const { functionName, url, lineNumber, columnNumber } = callFrame;
  const consumer = url ? await consumerFor(url) : null;
  if (consumer && lineNumber >= 0) {
    const at = consumer.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
    if (at.source) return `${at.name ?? functionName ?? '(anonymous)'} ${at.source.replace(/^(\.\.\/)+/, '')}:${at.line}`;
  }
  return `${functionName || '(anonymous)'}${url ? ` ${url.split('/').pop()}:${lineNumber + 1}` : ''}`;
}

// With --together, the updates after the first are summed into one profile (the first stays apart: it runs code cold).
const together = args.includes('--together');
const reports =
  together && profiles.length > 2 ? [profiles[0], { title: `updates 2–${profiles.length}`, parts: profiles.slice(1) }] : profiles;
for (const [k, report] of reports.entries()) {
  const { title } = report;
  const profile = report.parts ? merged(report.parts.map((part) => part.profile)) : report.profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const labels = new Map();
  for (const node of profile.nodes) labels.set(node.id, await label(node.callFrame));
  const { self, total, sampled } = profileTimes(profile, (node) => labels.get(node.id));
  const busy = [...sampled].filter(([id]) => !['(idle)', '(program)', '(root)'].includes(byId.get(id).callFrame.functionName));
  const top = (map) =>
    [...map]
      .filter(([l]) => !['(idle)', '(root)'].includes(l))
      .sort((a, b) => b[1] - a[1])
      .slice(0, topCount)
      .map(([l, ms]) => `  ${ms.toFixed(1).padStart(7)} ms  ${l}`)
      .join('\n');
  const times = report.parts ? sample.slice(1) : [sample[k]];
  const ms = (name) => times.map((time) => time[name].toFixed(1)).join(' ');
  console.log(
    `\n== ${title} (${reader}): rendered ${ms('rendered')} ms, checked ${ms('checked')} ms; script ${busy.reduce((sum, [, ms]) => sum + ms, 0).toFixed(1)} ms sampled`,
  );
  console.log(`self:\n${top(self)}\ntotal:\n${top(total)}`);
  if (lines) {
    // The lines of our sources that took the most self time (V8's position ticks).
    const byLine = new Map();
    for (const node of profile.nodes) {
      const consumer = node.callFrame.url ? await consumerFor(node.callFrame.url) : null;
      for (const { line, ticks } of node.positionTicks ?? []) {
        const at = consumer?.originalPositionFor({ line, column: 0, bias: SourceMapConsumer.LEAST_UPPER_BOUND });
        const where = at?.source ? `${at.source.replace(/^(\.\.\/)+/, '')}:${at.line}` : `${node.callFrame.url.split('/').pop()}:${line}`;
        if (!where.includes('node_modules')) byLine.set(where, (byLine.get(where) ?? 0) + ticks);
      }
    }
    console.log(
      `lines (ticks):\n${[...byLine]
        .sort((a, b) => b[1] - a[1])
        .slice(0, topCount)
        .map(([l, n]) => `  ${String(n).padStart(6)}  ${l}`)
        .join('\n')}`,
    );
  }
}

/** Profiles as one: their nodes (ids made distinct) and samples, each with its time. */
function merged(parts) {
  const nodes = [];
  const samples = [];
  const timeDeltas = [];
  let offset = 0;
  for (const part of parts) {
    for (const node of part.nodes) nodes.push({ ...node, id: node.id + offset, children: node.children?.map((id) => id + offset) });
    part.samples.forEach((id, j) => {
      samples.push(id + offset);
      // (The first delta of each part is the wait before its first sample: not counted.)
      timeDeltas.push(j ? part.timeDeltas[j] : 0);
    });
    offset += Math.max(...part.nodes.map((node) => node.id));
  }
  return { nodes, samples, timeDeltas };
}
