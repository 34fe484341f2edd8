// The in-page half of the benchmarks: bench/run.mjs opens bench/pages/bench.html once per sample,
// calls `bench.load(...)` to load one implementation, then one of the measurements below, and
// reads back plain numbers. Every time is from performance.now() in the page.
import { cardsArticle, timelineArticle, toTimelineJs } from './data.js';

const TIMELINEJS = '/node_modules/@knight-lab/timelinejs/dist';

const stage = () => document.getElementById('stage');
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
/**
 * Resolves once the current frame is painted, called from a requestAnimationFrame callback: a task
 * queued there runs after the frame's paint. In Chromium the task is of the highest priority, so
 * that tasks queued before it (a timer of the page's) do not delay the measurement.
 */
const afterPaint = () =>
  new Promise((resolve) =>
    globalThis.scheduler?.postTask ? scheduler.postTask(resolve, { priority: 'user-blocking' }) : setTimeout(resolve),
  );
const collectGarbage = () => {
  // Exposed by --js-flags=--expose-gc; twice, so that objects freed by finalizers go too.
  globalThis.gc?.();
  globalThis.gc?.();
};
const heapUsed = () => performance.memory?.usedJSHeapSize ?? NaN;

let implementation;
let seed;
let validateArticle;

/** What each implementation does differently; everything else is shared. */
const IMPLEMENTATIONS = {
  // quote-cards as a publisher loads it: the CDN file (from the copy of dist/ the run took), the
  // cards inside one <quote-article>.
  ours: {
    async load({ preload = [], entries = [], dist }) {
      // The lazy chunks (the timeline, anything it loads) are preloaded, as the README advises,
      // so that the timeline measures rendering rather than fetching from this machine.
      for (const href of preload) {
        const link = Object.assign(document.createElement('link'), { rel: 'modulepreload', href });
        document.head.append(link);
      }
      // Or loaded early by a module of a stable name (dist/cdn/timeline.js), as docs/live-timeline.md advises.
      for (const src of entries) document.head.append(Object.assign(document.createElement('script'), { type: 'module', src }));
      await import(`${dist}/quote-cards.min.js`);
      await customElements.whenDefined('quote-card');
      // The validator on its own (the npm module), to time how much of a timeline's cost it is.
      ({ validateArticle } = await import(`${dist}/model.js`));
    },
    cards(article, ids) {
      const host = document.createElement('quote-article');
      host.article = article;
      for (const id of ids) {
        const card = document.createElement('quote-card');
        card.setAttribute('quote-id', id);
        host.append(card);
      }
      return host;
    },
    assign(host, article) {
      host.article = article;
    },
    card: 'quote-card',
    // Each card writes its JSON-LD into its light DOM after it has rendered.
    jsonLd: true,
  },
  // The minimal Lit element of bench/baseline/baseline.js, given the article as a property.
  baseline: {
    async load() {
      await import('/bench/results/baseline.min.js');
    },
    cards(article, ids) {
      const host = document.createElement('div');
      for (const id of ids) {
        const card = document.createElement('baseline-card');
        card.setAttribute('quote-id', id);
        card.article = article;
        host.append(card);
      }
      return host;
    },
    assign(host, article) {
      for (const card of host.children) card.article = article;
    },
    card: 'baseline-card',
  },
  // TimelineJS from node_modules, its JS and CSS, and nothing from its CDN (no web font).
  timelinejs: {
    async load() {
      await new Promise((resolve, reject) => {
        const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `${TIMELINEJS}/css/timeline.css` });
        link.onload = resolve;
        link.onerror = reject;
        document.head.append(link);
      });
      await new Promise((resolve, reject) => {
        const script = Object.assign(document.createElement('script'), { src: `${TIMELINEJS}/js/timeline.js` });
        script.onload = resolve;
        script.onerror = reject;
        document.head.append(script);
      });
    },
  },
};

async function load({ impl, preload, entries, dist = '/dist' }) {
  implementation = IMPLEMENTATIONS[impl];
  if (!implementation) throw new Error(`unknown implementation ${impl}`);
  seed = await (await fetch('/src/examples/seed-article.id.json')).json();
  await implementation.load({ preload, entries, dist });
  if (implementation.card) instrument(implementation.card);
  return { gc: typeof globalThis.gc === 'function', memory: Number.isFinite(heapUsed()) };
}

/** Every custom element at or under `root`, through shadow roots. */
function customElementsUnder(root, found = []) {
  if (root.localName?.includes('-')) found.push(root);
  const scopes = [root, ...(root.shadowRoot ? [root.shadowRoot] : [])];
  for (const scope of scopes) {
    for (const element of scope.querySelectorAll('*')) {
      if (element.localName.includes('-')) {
        found.push(element);
        if (element.shadowRoot) customElementsUnder(element.shadowRoot, found);
      }
    }
  }
  return found;
}

// When the last Lit update of the page finished: ReactiveElement's performUpdate (of each copy of
// Lit on the page) is wrapped to note the time, so that "all updates complete" needs no walk
// through every shadow root inside the timed span.
let lastUpdate = 0;
/** Lit's own getUpdateComplete (of ReactiveElement), by the prototypes of the elements instrumented. */
const litUpdateComplete = new WeakMap();
function instrument(tag) {
  let proto = customElements.get(tag)?.prototype;
  while (proto && !Object.hasOwn(proto, 'performUpdate')) proto = Object.getPrototypeOf(proto);
  if (!proto) return;
  for (let own = customElements.get(tag).prototype; own; own = Object.getPrototypeOf(own))
    litUpdateComplete.set(own, proto.getUpdateComplete);
  if (proto.performUpdate.instrumented) return;
  const performUpdate = proto.performUpdate;
  proto.performUpdate = Object.assign(
    function (...args) {
      const result = performUpdate.apply(this, args);
      lastUpdate = performance.now();
      return result;
    },
    { instrumented: true },
  );
}

/**
 * Waits for `root` and its children to update, then for the next frame (by when every update
 * scheduled by them, nested ones in shadow roots included, has run: Lit updates in microtasks);
 * resolves to the time the last update finished.
 */
async function updatesComplete(root) {
  await Promise.all([root, ...root.children].filter((element) => 'updateComplete' in element).map(litUpdated));
  await frame();
  return lastUpdate;
}

/**
 * Resolves when the element's own Lit update is done: Lit's updateComplete, not the element's,
 * which for <quote-card> also waits for the module that writes its JSON-LD after it has rendered
 * (what the card adds after its first render is not part of the comparison with the baseline).
 */
function litUpdated(element) {
  const own = litUpdateComplete.get(Object.getPrototypeOf(element));
  return own ? own.call(element) : element.updateComplete;
}

/**
 * Notes when the last JSON-LD script a card writes into its light DOM (after its first render, in
 * a module loaded then) went into `root`. Resolves, once every card under it has one, to that time.
 */
function jsonLdWritten(root, cards) {
  let last = NaN;
  const observer = new MutationObserver((records) => {
    if (records.some((record) => [...record.addedNodes].some((node) => node.localName === 'script'))) last = performance.now();
  });
  observer.observe(root, { childList: true, subtree: true });
  return async () => {
    await Promise.all(cards().map((card) => card.updateComplete));
    observer.disconnect();
    const missing = cards().filter((card) => !card.querySelector(':scope > script[type="application/ld+json"]')).length;
    return { time: last, missing };
  };
}

/** Throws unless every Lit element under `root` has rendered and has no update pending (never timed). */
function checkSettled(root) {
  const unsettled = customElementsUnder(root).filter(
    (element) => 'updateComplete' in element && (element.isUpdatePending || !element.hasUpdated),
  );
  if (unsettled.length) throw new Error(`${unsettled.length} elements had not finished updating, such as <${unsettled[0].localName}>`);
}

/**
 * Nodes (elements, text, Lit's comment markers) and elements under `node`, through shadow roots,
 * without the JSON-LD script a card writes into its light DOM (left out of the comparison).
 */
function countNodes(node) {
  if (node.nodeType === Node.ELEMENT_NODE && node.matches('script[type="application/ld+json"][data-quote-cards]'))
    return { nodes: 0, elements: 0 };
  let nodes = 1;
  let elements = node.nodeType === Node.ELEMENT_NODE ? 1 : 0;
  const children = [...(node.shadowRoot?.childNodes ?? []), ...node.childNodes];
  for (const child of children) {
    const counted = countNodes(child);
    nodes += counted.nodes;
    elements += counted.elements;
  }
  return { nodes, elements };
}

/**
 * Renders `count` cards of one article (the seed's quotes repeated to the count) twice in this
 * fresh page: first cold (nothing of the components has run yet: what a reader's page does), then,
 * after removing them, warm (the same count, a new article object), and measures each: from
 * creating and inserting the elements to all updates complete, and to the next painted frame (two
 * requestAnimationFrame). Of the warm render also: the JS heap the cards hold after a full GC, the
 * DOM nodes per card, and the time from assigning a newer version of the article (a copy with one quote corrected)
 * to all updates complete.
 */
const CORRECTION = ' (dikoreksi)';

async function renderCards(count) {
  const cold = await cardsOnce(count);
  cold.host.remove();
  const warm = await cardsOnce(count);
  const { host, article } = warm;

  const rendered = [...host.children].filter(
    (card) => card.localName === implementation.card && card.shadowRoot?.querySelector('figure blockquote p'),
  );
  const { nodes, elements } = [...host.children]
    .map(countNodes)
    .reduce((a, b) => ({ nodes: a.nodes + b.nodes, elements: a.elements + b.elements }));

  // A newer version of the article, as a live article receives one: a new object throughout (parsed anew), with one
  // quote corrected. Every card is given it; only the corrected quote's card has anything to change.
  const next = structuredClone(article);
  next.quotes[0].text += CORRECTION;
  await frame();
  const assignStart = performance.now();
  implementation.assign(host, next);
  const assigned = Math.max(assignStart, await updatesComplete(host));
  await frame();
  const assignPainted = performance.now();
  checkSettled(host);
  const corrected = host.children[0].shadowRoot.querySelector('.words')?.textContent;
  if (!corrected?.endsWith(CORRECTION)) throw new Error(`the corrected quote is not shown on its card after the update: ${corrected}`);

  host.remove();
  return {
    count,
    rendered: rendered.length,
    coldUpdatedMs: cold.updatedMs,
    coldPaintedMs: cold.paintedMs,
    coldJsonLdMs: cold.jsonLdMs,
    jsonLdMs: warm.jsonLdMs,
    updatedMs: warm.updatedMs,
    paintedMs: warm.paintedMs,
    assignUpdatedMs: assigned - assignStart,
    assignPaintedMs: assignPainted - assignStart,
    nodesPerCard: nodes / count,
    elementsPerCard: elements / count,
    heapPerCardBytes: warm.heapBytes / count,
    // What the first card rendered, for the run to check that both implementations render the same DOM.
    sample: shadowOutline(host.children[0]),
  };
}

async function cardsOnce(count) {
  const article = cardsArticle(seed, count);
  const ids = article.quotes.map((quote) => quote.id);
  await frame();
  collectGarbage();
  const heapBefore = heapUsed();

  const start = performance.now();
  const host = implementation.cards(article, ids);
  const jsonLd = implementation.jsonLd ? jsonLdWritten(host, () => [...host.children]) : undefined;
  stage().append(host);
  const updated = Math.max(start, await updatesComplete(host));
  await frame();
  const painted = performance.now();
  checkSettled(host);
  // Not timed with the rest: when the cards had written their JSON-LD (ours only).
  const written = await jsonLd?.();
  if (written?.missing) throw new Error(`${written.missing} cards wrote no JSON-LD`);

  collectGarbage();
  return {
    host,
    article,
    updatedMs: updated - start,
    paintedMs: painted - start,
    jsonLdMs: written ? written.time - start : undefined,
    heapBytes: heapUsed() - heapBefore,
  };
}

/**
 * The tags, parts, classes and text of a card's rendered tree (through shadow roots), without
 * Lit's markers and without the JSON-LD script the card writes into its light DOM after rendering.
 */
function shadowOutline(node) {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  if (node.matches('script[type="application/ld+json"][data-quote-cards]')) return '';
  const children = [...(node.shadowRoot?.childNodes ?? []), ...node.childNodes].map(shadowOutline).join('');
  const tag = /-/.test(node.localName) ? 'custom-element' : node.localName;
  const part = node.getAttribute('part');
  const classes = node.getAttribute('class');
  return `<${tag}${part ? ` part="${part}"` : ''}${classes ? ` class="${classes}"` : ''}>${children}</${tag}>`;
}

/** Every element matching `selector` under `root`, through shadow roots (for checks, never timed). */
function deepQueryAll(root, selector, found = []) {
  for (const element of root.querySelectorAll('*')) {
    if (element.matches(selector)) found.push(element);
    if (element.shadowRoot) deepQueryAll(element.shadowRoot, selector, found);
  }
  return found;
}

let timeline;

/**
 * Renders a timeline of `count` generated events and measures from creating it to its first
 * painted frame with events on screen. Ours: <article-timeline> given the article; TimelineJS:
 * `new TL.Timeline` on a 600 px high box (it needs a height) given the same events.
 */
async function renderTimeline(count, { warmUp = 0 } = {}) {
  for (let k = 0; k < warmUp; k++) {
    await renderTimeline(Math.min(count, 100));
    clearStage();
  }
  // As a publisher's page gets a live blog: parsed from JSON (strings built in JavaScript would be
  // ropes, which the first comparison of them flattens).
  const article = JSON.parse(JSON.stringify(timelineArticle(seed, count)));
  const data = implementation === IMPLEMENTATIONS.timelinejs ? toTimelineJs(article) : undefined;
  await frame();
  collectGarbage();

  const start = performance.now();
  let updated;
  let shown;
  let firstUpdate;
  if (data) {
    const box = Object.assign(document.createElement('div'), { id: 'timelinejs' });
    box.style.height = '600px';
    stage().append(box);
    timeline = new TL.Timeline(box, data, {
      script_path: `${TIMELINEJS}/js/`,
      font: null,
      language: 'id',
      hash_bookmark: false,
      ga_measurement_id: null,
    });
    await new Promise((resolve) => timeline.on('loaded', resolve));
    updated = performance.now();
    shown = () => box.querySelector('.tl-slide .tl-headline');
  } else {
    timeline = document.createElement('article-timeline');
    timeline.article = article;
    stage().append(timeline);
    await customElements.whenDefined('article-timeline');
    instrument('article-timeline');
    await timeline.updateComplete;
    firstUpdate = performance.now();
    // Cheap in the timeline's own shadow root; through nested shadow roots only until found.
    shown = () => timeline.shadowRoot.querySelector('[part~="event"]') ?? deepQueryAll(timeline.shadowRoot, '[part~="event"]')[0];
  }
  // The time is taken when the frame that shows the events has been painted: events in the DOM
  // now are painted in the next frame; events that come in a later frame, at the end of that one.
  // (A task queued from a requestAnimationFrame callback runs after that frame's paint.)
  if (shown()) await frame();
  else while (!shown()) await frame();
  await afterPaint();
  if (!data) updated = lastUpdate;
  const painted = performance.now();
  const inDom = data
    ? stage().querySelectorAll('.tl-slide').length - stage().querySelectorAll('.tl-slide-titleslide').length
    : deepQueryAll(timeline.shadowRoot, '[part~="event"]').length;

  // Ours: a list of 500 events or more is checked after its first screen is painted (the
  // article's `checking` promise); when that was done. Then how long checking the whole article
  // takes on its own: the validator again, on a copy.
  let checkedMs;
  let validateMs;
  let longestTaskMs;
  if (!data) {
    // Tasks over 50 ms while the events are checked (a long one would make scrolling stutter).
    const tasks = [];
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
    observer.observe({ type: 'longtask', buffered: true });
    await timeline.articleState.checking;
    checkedMs = performance.now() - start;
    await new Promise((resolve) => setTimeout(resolve));
    tasks.push(...observer.takeRecords());
    observer.disconnect();
    longestTaskMs = Math.max(0, ...tasks.filter((task) => task.startTime >= painted).map((task) => task.duration));
    const copy = structuredClone(article);
    const before = performance.now();
    validateArticle(copy);
    validateMs = performance.now() - before;
    collectGarbage();
  }

  const errors = data
    ? (stage().querySelector('.tl-message-full')?.textContent ?? '')
    : deepQueryAll(timeline.shadowRoot, '[part~="error"]')
        .map((e) => e.textContent)
        .join(' ');
  return {
    count,
    updatedMs: updated - start,
    // Ours: the end of its first update (checking the article, sorting, rendering the first events).
    firstUpdateMs: firstUpdate === undefined ? undefined : firstUpdate - start,
    paintedMs: painted - start,
    checkedMs,
    longestTaskMs,
    validateMs,
    eventsInDom: inDom,
    errors: errors.trim(),
  };
}

/**
 * A live blog of `count` events (newest first) receiving one new event every `everyMs` for
 * `seconds`: each time a new article object with one event more is assigned to the timeline (the
 * event objects already there are the same objects, as a page that appends them has them). The
 * reader is at the `top` (new events arrive on screen) or in the `middle` (they wait behind the
 * "N new updates" button). Records the interval between successive frames all along, the tasks over
 * 50 ms, and each update's time from the assignment to the timeline's update complete (`renderMs`)
 * and to its events checked (`updateMs`: from 500 events they are checked after the next paint). At the end: whether the newest event is shown (top), or the button's count and how
 * far the event read has moved (middle). With `reader: 'control'`: the same settled timeline, the
 * reader at the top, given nothing for as long (what the machine drops on its own). For each
 * interval over 20 ms: when it ended after the update before it, and which update; and the
 * long-animation-frame entries (with their scripts) where the engine has them.
 */
async function liveUpdates(count, { seconds = 60, everyMs = 1000, reader = 'top' } = {}) {
  const control = reader === 'control';
  const base = JSON.parse(JSON.stringify(timelineArticle(seed, count + seconds)));
  const all = base.events;
  let article = { ...base, events: all.slice(0, count) };
  timeline = document.createElement('article-timeline');
  timeline.setAttribute('order', 'newest');
  timeline.article = article;
  stage().append(timeline);
  await customElements.whenDefined('article-timeline');
  await timeline.updateComplete;
  await timeline.articleState.checking;
  for (let k = 0; k < 10; k++) await frame();
  const root = timeline.shadowRoot;
  const onScreen = () =>
    [...root.querySelectorAll('[part~="event"]')]
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.top >= 0 && box.top < innerHeight)
      .sort((a, b) => a.box.top - b.box.top)[0];
  if (reader === 'middle') {
    window.scrollTo(0, document.scrollingElement.scrollHeight / 2);
    for (let k = 0; k < 20; k++) await frame();
  }
  const read = reader === 'middle' ? onScreen() : undefined;
  const readTitle = read?.element.querySelector('[part~="title"]').textContent;
  // As before every other measure: the garbage of making the article and of the first render is not the updates'.
  collectGarbage();
  await frame();

  const tasks = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  const animationFrames = [];
  const loafSupported = PerformanceObserver.supportedEntryTypes?.includes('long-animation-frame') ?? false;
  const loafObserver = loafSupported ? new PerformanceObserver((list) => animationFrames.push(...list.getEntries())) : undefined;
  loafObserver?.observe({ type: 'long-animation-frame' });
  const intervals = [];
  const frameEnds = [];
  let running = true;
  const frames = (async () => {
    let last = await frame();
    while (running) {
      const now = await frame();
      intervals.push(now - last);
      frameEnds.push(now);
      last = now;
    }
  })();
  const updateMs = [];
  const renderMs = [];
  const updateAt = [];
  const start = performance.now();
  performance.mark('live-start');
  for (let s = 1; s <= seconds; s++) {
    // One update a second, on the clock (the time an update takes does not delay the next).
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, start + s * everyMs - performance.now())));
    if (control) continue;
    const before = performance.now();
    updateAt.push(before);
    article = { ...article, events: all.slice(0, count + s) };
    timeline.article = article;
    await timeline.updateComplete;
    renderMs.push(performance.now() - before);
    await timeline.articleState.checking;
    updateMs.push(performance.now() - before);
  }
  await frame();
  await frame();
  running = false;
  await frames;
  tasks.push(...observer.takeRecords());
  observer.disconnect();
  if (loafObserver) {
    animationFrames.push(...loafObserver.takeRecords());
    loafObserver.disconnect();
  }
  // The update (1-based) last assigned before `time`, and how long before it: 0 when none was (before the first, or the control).
  const updateBefore = (time) => {
    let k = updateAt.length - 1;
    while (k >= 0 && updateAt[k] > time) k--;
    return k < 0 ? { update: 0, sinceUpdateMs: null } : { update: k + 1, sinceUpdateMs: time - updateAt[k] };
  };
  const longFrames = intervals
    .map((ms, k) => ({ ms, end: frameEnds[k] }))
    .filter(({ ms }) => ms > 20)
    .map(({ ms, end }) => {
      const { update, sinceUpdateMs } = updateBefore(end);
      // The interval began `sinceUpdateMs - ms` after the update: negative when the update was assigned during it.
      return { ms: round(ms), atRunMs: round(end - start), update, sinceUpdateMs: sinceUpdateMs === null ? null : round(sinceUpdateMs) };
    });
  const title = (element) => element?.querySelector('[part~="title"]')?.textContent;
  const after = read && [...root.querySelectorAll('[part~="event"]')].find((element) => title(element) === readTitle);
  return {
    count,
    seconds,
    reader,
    updates: updateAt.length,
    intervals,
    longFrames,
    longAnimationFrames: loafSupported
      ? animationFrames
          .filter((entry) => entry.startTime >= start)
          .map((entry) => ({
            atRunMs: round(entry.startTime - start),
            // As for the frames: the update last assigned before it ended (an update assigned during it counts).
            ...updateBefore(entry.startTime + entry.duration),
            durationMs: round(entry.duration),
            blockingMs: round(entry.blockingDuration),
            renderStartMs: round(entry.renderStart ? entry.renderStart - entry.startTime : 0),
            styleAndLayoutMs: round(entry.styleAndLayoutStart ? entry.startTime + entry.duration - entry.styleAndLayoutStart : 0),
            scripts: entry.scripts.map((script) => ({
              sourceURL: script.sourceURL.replace(location.origin, ''),
              sourceFunctionName: script.sourceFunctionName,
              invoker: script.invoker,
              durationMs: round(script.duration),
              forcedStyleAndLayoutMs: round(script.forcedStyleAndLayoutDuration),
            })),
          }))
      : null,
    longTasks: tasks.map((task) => Math.round(task.duration)),
    longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)),
    updateMs,
    renderMs,
    newestShown: title(root.querySelector('[part~="event"]')) === all[count + (control ? 0 : seconds) - 1].title,
    button: root.querySelector('[part~="new-updates"]')?.textContent.trim() ?? null,
    readerMovedPx: read ? (after ? Math.abs(after.getBoundingClientRect().top - read.box.top) : null) : undefined,
    eventsInDom: root.querySelectorAll('[part~="event"]').length,
    errors: deepQueryAll(root, '[part~="error"]')
      .map((e) => e.textContent)
      .join(' '),
  };
}

const round = (ms) => Math.round(ms * 10) / 10;

/**
 * Scrolls the page (or, when the page does not scroll, the scrolling box inside the timeline)
 * through `screens` screens, an eighth of a screen per requestAnimationFrame, and returns the
 * interval between successive frames.
 */
async function scroll(screens) {
  const scroller = pickScroller();
  const step = Math.round(innerHeight / 8);
  const intervals = [];
  const startTop = scroller.top();
  let last = await frame();
  for (let k = 0; k < screens * 8; k++) {
    scroller.by(step);
    const now = await frame();
    intervals.push(now - last);
    last = now;
  }
  await frame();
  // Is anything of the timeline on screen at the end (a virtualized list must keep up)?
  const centre = deepQueryAll(timeline.shadowRoot ?? timeline, '[part~="event"]').some((element) => {
    const box = element.getBoundingClientRect();
    return box.bottom > 0 && box.top < innerHeight && box.height > 0;
  });
  return { intervals, scrolledPx: scroller.top() - startTop, scroller: scroller.name, eventsOnScreenAtEnd: centre };
}

function pickScroller() {
  const page = document.scrollingElement;
  if (page.scrollHeight > innerHeight * 2) {
    return { name: 'page', by: (px) => window.scrollBy(0, px), top: () => page.scrollTop };
  }
  const box = deepQueryAll(timeline.shadowRoot ?? timeline, '*').find(
    (element) => element.scrollHeight > element.clientHeight + 10 && /(auto|scroll)/.test(getComputedStyle(element).overflowY),
  );
  if (!box) return { name: 'page (too short to scroll)', by: (px) => window.scrollBy(0, px), top: () => page.scrollTop };
  return { name: `<${box.localName}> in the timeline`, by: (px) => box.scrollBy(0, px), top: () => box.scrollTop };
}

function clearStage() {
  stage().replaceChildren();
  window.scrollTo(0, 0);
  timeline = undefined;
  collectGarbage();
}

/**
 * Exports one card (the seed's first quote, inside a <quote-article>, from the CDN file) as a PNG
 * with `card.toBlob()`: first with no format (the card as on the page, at devicePixelRatio), then
 * in each social format, `runs` times each after the first call of all, which also loads the
 * capture chunk (modern-screenshot) and is timed apart. Each image is decoded and its size
 * checked (not timed).
 */
async function exportPng(formats, runs) {
  const host = document.createElement('quote-article');
  host.article = seed;
  const card = document.createElement('quote-card');
  card.setAttribute('quote-id', seed.quotes[0].id);
  host.append(card);
  stage().append(host);
  await card.updateComplete;
  await document.fonts.ready;
  await frame();
  const timed = async (format) => {
    const start = performance.now();
    const blob = await card.toBlob(format ? { format } : undefined);
    const ms = performance.now() - start;
    const bitmap = await createImageBitmap(blob);
    const size = { width: bitmap.width, height: bitmap.height };
    bitmap.close();
    if (blob.type !== 'image/png') throw new Error(`toBlob(${format ?? ''}) gave ${blob.type}, not image/png`);
    return { ms, bytes: blob.size, ...size };
  };
  const first = { format: formats[0] ?? null, ...(await timed(formats[0])) };
  const byFormat = [];
  for (const format of formats) {
    const samples = [];
    for (let k = 0; k < runs; k++) {
      await frame();
      samples.push(await timed(format));
    }
    byFormat.push({
      format: format ?? null,
      ms: samples.map((sample) => sample.ms),
      width: samples[0].width,
      height: samples[0].height,
      bytes: samples[0].bytes,
    });
  }
  const cardWidth = card.getBoundingClientRect().width;
  host.remove();
  return { devicePixelRatio, cardWidth, first, byFormat };
}

window.bench = { load, renderCards, renderTimeline, liveUpdates, scroll, clearStage, exportPng };
window.dispatchEvent(new Event('bench-ready'));
