// Where the first render of a long <article-timeline> goes: renders N events (default 10,000) in
// the bench page as bench/run.mjs does, with the V8 CPU profiler on, and prints the functions that
// took the most time (self and total), plus the figures of the sample.
//
//   node bench/profile-timeline.mjs [events] [--dist=bench/results/dist]
import { existsSync, readdirSync } from 'node:fs';
import { startBrowser, withPage } from './lib/browser.mjs';
import { profileTimes } from './lib/tools.mjs';

const args = process.argv.slice(2);
const events = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 10_000);
const dist = args.find((arg) => arg.startsWith('--dist='))?.slice(7) ?? 'dist';
if (!existsSync(`${dist}/quote-cards.min.js`)) throw new Error(`${dist}/quote-cards.min.js is missing`);
const preload = readdirSync(`${dist}/cdn`)
  .filter((file) => file.endsWith('.js') && !file.startsWith('themes-'))
  .map((file) => `/${dist}/cdn/${file}`);

const browser = await startBrowser();
try {
  for (let run = 0; run < 3; run++) {
    const result = await withPage(browser, { impl: 'ours', preload, dist: `/${dist}` }, async (page) => {
      const cdp = await page.createCDPSession();
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      // The warm-up render of 100 events, as the bench does, before profiling.
      await page.evaluate(async () => {
        await window.bench.renderTimeline(100);
        window.bench.clearStage();
      });
      await cdp.send('Profiler.start');
      const sample = await page.evaluate((n) => window.bench.renderTimeline(n), events);
      const { profile } = await cdp.send('Profiler.stop');
      return { sample, profile };
    });
    const { sample, profile } = result;
    console.log(
      `run ${run}: ${events} events: painted ${sample.paintedMs.toFixed(1)} ms, updates ${sample.updatedMs.toFixed(1)} ms, validation (again, on a copy) ${sample.validateMs.toFixed(1)} ms, ${sample.eventsInDom} in the DOM`,
    );
    if (run < 2) continue;
    const label = (node) => {
      const { functionName, url, lineNumber, columnNumber } = node.callFrame;
      return `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}:${columnNumber + 1}`;
    };
    const { self, total } = profileTimes(profile, label);
    const top = (map, k) =>
      [...map]
        .sort((a, b) => b[1] - a[1])
        .slice(0, k)
        .map(([l, ms]) => `  ${ms.toFixed(1).padStart(7)} ms  ${l}`)
        .join('\n');
    console.log(`self time:\n${top(self, 25)}\ntotal time:\n${top(total, 40)}`);
  }
} finally {
  await browser.close();
}
