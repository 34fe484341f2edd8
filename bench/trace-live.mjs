// Where the time of a live blog's updates goes: runs bench.liveUpdates (10,000 events, a few updates) in the bench page
// with a Chromium trace on, and prints, for each update, the main thread's tasks over `--min=` ms (default 4) in the
// second after it, with what took their time (script, style, layout, paint, garbage collection); and what ran on any
// thread during each frame over 20 ms.
//
//   node bench/trace-live.mjs [seconds] [--reader=top|middle] [--min=4] [--dist=dist]
import { startBrowser, withPage } from './lib/browser.mjs';
import { optionOf, timelineChunks } from './lib/tools.mjs';

const args = process.argv.slice(2);
const seconds = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 4);
const option = (name, fallback) => optionOf(args, name, fallback);
const dist = option('dist', 'dist');
const reader = option('reader', 'top');
const min = Number(option('min', 4));
const preload = timelineChunks(dist);

const browser = await startBrowser();
try {
  const { sample, trace } = await withPage(
    browser,
    { impl: 'ours', preload, dist: `/${dist}` },
    async (page) => {
      await page.tracing.start({
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'],
      });
      const sample = await page.evaluate(
        (n, options) => {
          const original = window.bench.liveUpdates;
          return original(n, options);
        },
        10_000,
        { seconds, reader },
      );
      const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
      return { sample, trace };
    },
    { timeoutMs: seconds * 1000 + 120_000 },
  );
  console.log(`long frames: ${JSON.stringify(sample.longFrames)}`);
  // What ran in each long frame: the trace's events over 1 ms on any thread, timed from the run's start (the
  // harness's "live-start" mark). A frame dropped with no work of the page in it is the machine's or the browser's.
  const start = trace.traceEvents.find((e) => e.name === 'live-start');
  const threads = new Map(trace.traceEvents.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
  for (const frame of start ? sample.longFrames : []) {
    const end = start.ts / 1000 + frame.atRunMs;
    const inside = trace.traceEvents.filter(
      (e) => e.ph === 'X' && e.dur > 1000 && e.ts / 1000 < end && e.ts / 1000 + e.dur / 1000 > end - frame.ms,
    );
    const parts = inside.map((e) => `${threads.get(`${e.pid}:${e.tid}`) ?? e.tid} ${e.name} ${(e.dur / 1000).toFixed(1)}`);
    console.log(`frame of ${frame.ms} ms at ${frame.atRunMs} ms: ${parts.join(' | ') || 'no event over 1 ms on any thread'}`);
  }
  console.log(
    `render ms: ${sample.renderMs.map((ms) => ms.toFixed(1)).join(' ')}; checked ms: ${sample.updateMs.map((ms) => ms.toFixed(1)).join(' ')}`,
  );
  const events = trace.traceEvents;
  // The renderer's main thread: the thread with the most RunTask time among those named CrRendererMain.
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`);
  const tasksOf = (key) => events.filter((e) => `${e.pid}:${e.tid}` === key && e.ph === 'X');
  const main = mains.sort((a, b) => tasksOf(b).length - tasksOf(a).length)[0];
  const onMain = tasksOf(main).sort((a, b) => a.ts - b.ts);
  const frames = events.filter((e) => e.name === 'FireAnimationFrame' || e.name === 'TimerFire').length;
  console.log(`main thread ${main}, ${onMain.length} events, ${frames} frame/timer events`);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur / 1000 >= min);
  for (const task of tasks) {
    const inside = onMain.filter((e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e !== task && e.dur >= 500);
    const parts = inside
      .filter(
        (e) =>
          [
            'FunctionCall',
            'FireAnimationFrame',
            'TimerFire',
            'UpdateLayoutTree',
            'Layout',
            'Paint',
            'PrePaint',
            'Layerize',
            'MajorGC',
            'MinorGC',
            'V8.GC_SCAVENGER',
            'EvaluateScript',
            'v8.run',
            'ParseHTML',
            'HitTest',
            'UpdateLayerTree',
            'RunMicrotasks',
          ].includes(e.name) || e.name.includes('GC'),
      )
      .map((e) => {
        const data = e.args?.data ?? e.args?.beginData ?? {};
        const where =
          data.functionName || data.url ? ` ${data.functionName ?? ''} ${(data.url ?? '').split('/').pop()}:${data.lineNumber ?? ''}` : '';
        const count = data.elementCount ?? e.args?.elementCount ?? e.args?.beginData?.dirtyObjects;
        return `${e.name}${where}${count ? ` (${count})` : ''} ${(e.dur / 1000).toFixed(1)}`;
      });
    // The thread's CPU time too (tdur): on a loaded machine the wall time includes the time the thread waited for a core.
    const cpu = task.tdur === undefined ? '' : ` (${(task.tdur / 1000).toFixed(1)} ms CPU)`;
    console.log(`${(task.ts / 1000).toFixed(0)} task ${(task.dur / 1000).toFixed(1)} ms${cpu}: ${parts.join(' | ')}`);
  }
} finally {
  await browser.close();
}
