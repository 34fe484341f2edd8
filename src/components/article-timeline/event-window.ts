import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';

/**
 * Renders only the events of a long timeline that are on screen, plus a margin. Loaded on demand
 * by `<article-timeline>` when it has enough events to need it, so that short timelines do not
 * pay for it.
 *
 * The list stays in the page's flow, so the page (or whatever box holds the timeline) scrolls
 * it. The list's `padding-top` and `padding-bottom` stand for the events that are not rendered:
 * the `<ol>` holds nothing but its `<li>`s. Heights are measured once rendered and estimated
 * (the average so far) until then. Scrolling keeps an anchor event (the first one on screen) where
 * it was, by adjusting the top padding rather than the scroll position; the scroll position is
 * corrected only when the estimates leave no room above (or leave room above the first event).
 * The event that holds the tab stop is always rendered, out of flow when it is outside the
 * window, so that keyboard focus survives scrolling and Tab always finds the timeline.
 */

/** Pixels rendered beyond each edge of the visible part of the list. */
const OVERSCAN = 600;
/** Events rendered before anything has been measured. */
const FIRST = 12;
/** Height assumed for an event until one has been measured. */
const GUESS = 160;
/**
 * The list is never made taller than this: Firefox caps an element's height at about 17.9
 * million pixels (Chromium and WebKit at 33.5 million), and 100,000 events can be taller. Beyond
 * it, the space standing for unrendered events is scaled down.
 */
const MAX_HEIGHT = 8_000_000;
/** Focusing an event this close to the window extends the window instead of jumping. */
const NEAR = 40;
const SHIFT = 8;
const BLOCK = 1 << SHIFT;

/** What the timeline offers the window. */
export interface WindowHost extends ReactiveControllerHost, HTMLElement {
  /** The `<ol>` of events, once rendered. */
  readonly list: HTMLOListElement | null;
  /** The index of the event holding the tab stop. */
  readonly activeIndex: number;
}

/** Measured heights, with sums by blocks of 256 so that the offset of any event is quick to find. */
class Heights {
  private readonly px: Float64Array;
  private readonly blockSum: Float64Array;
  private readonly blockKnown: Uint32Array;
  private knownSum = 0;
  private known = 0;
  /** The events measured, in the order they were. */
  private readonly measuredAt: number[] = [];

  constructor(readonly count: number) {
    this.px = new Float64Array(count);
    this.blockSum = new Float64Array((count >> SHIFT) + 1);
    this.blockKnown = new Uint32Array((count >> SHIFT) + 1);
  }

  /**
   * The heights of `old` in a newer list of `count` events, each measured one where `movedTo` says (-1: gone): a live
   * blog's update of ten thousand events carries over only the few hundred the reader has seen.
   */
  static carried(old: Heights, count: number, movedTo: (oldIndex: number) => number): Heights {
    const heights = new Heights(count);
    for (const index of old.measuredAt) {
      const to = movedTo(index);
      if (to >= 0) heights.set(to, old.px[index]);
    }
    return heights;
  }

  get average(): number {
    return this.known ? this.knownSum / this.known : GUESS;
  }

  get(index: number): number {
    return this.px[index] || this.average;
  }

  /** Records a height; true when it changed. */
  set(index: number, height: number): boolean {
    const px = Math.max(height, 0.01);
    const old = this.px[index];
    if (Math.abs(old - px) < 0.5) return false;
    const block = index >> SHIFT;
    if (old) {
      this.blockSum[block] -= old;
      this.knownSum -= old;
    } else {
      this.blockKnown[block]++;
      this.known++;
      this.measuredAt.push(index);
    }
    this.px[index] = px;
    this.blockSum[block] += px;
    this.knownSum += px;
    return true;
  }

  /** The estimated distance from the top of the first event to the top of event `index`. */
  offset(index: number): number {
    const average = this.average;
    const block = index >> SHIFT;
    let y = 0;
    for (let k = 0; k < block; k++) y += this.blockSum[k] + (BLOCK - this.blockKnown[k]) * average;
    for (let j = block << SHIFT; j < index; j++) y += this.px[j] || average;
    return y;
  }

  /** The event at estimated distance `y` from the top of the first. */
  indexAt(y: number): number {
    const average = this.average;
    let top = 0;
    for (let block = 0; block << SHIFT < this.count; block++) {
      const size = Math.min(BLOCK, this.count - (block << SHIFT));
      const height = this.blockSum[block] + (size - this.blockKnown[block]) * average;
      if (top + height > y) {
        for (let index = block << SHIFT; index < this.count; index++) {
          top += this.get(index);
          if (top > y) return index;
        }
      }
      top += height;
    }
    return Math.max(0, this.count - 1);
  }
}

/** A rendered event in the window: its index, and its top and height relative to the list. */
interface Placed {
  index: number;
  y: number;
  height: number;
  element: HTMLElement;
}

/**
 * Renders the visible window of a long list of events, measured as they render, and keeps keyboard
 * focus on a rendered event.
 */
export class EventWindow implements ReactiveController {
  /** The first event of the window. */
  start = 0;
  /** The event after the last of the window. */
  end = 0;
  /** Where the window's first event starts, from the top of the list's content box. */
  private top = 0;
  private heights = new Heights(0);
  private key?: object;
  private keyAt?: (index: number) => string;
  private inUse = false;
  private frame = 0;
  /** An event of the window and where it should stay, relative to the list. */
  private anchor?: { index: number; y: number };
  private scrollCorrection = 0;
  /** The paddings last written, and on which list. */
  private padded?: { list: HTMLElement; top: number; bottom: number };
  private readonly observer = new ResizeObserver((entries) => this.resized(entries));
  private readonly observed = new Set<Element>();
  private readonly schedule = () => {
    if (this.inUse && !this.frame) this.frame = requestAnimationFrame(() => this.layout());
  };
  /**
   * A new list's first window is laid out in the frame after its first paint: its first events are
   * on screen by then, and that frame is not held up by measuring them.
   */
  private scheduleAfterPaint(): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.schedule();
    });
  }
  /** The animation frame, then the task after its paint, of {@link scheduleAfterLayout}. */
  private laidOutFrame = 0;
  private laidOutTask?: ReturnType<typeof setTimeout>;
  /**
   * After an update changed the events rendered (a live article's new version), the window is chosen in a task queued
   * from the next animation frame, which runs once that frame is painted: the browser has laid out the new events by
   * then, so reading where they are costs nothing. (Read in the animation frame, the changed DOM would be laid out
   * there, forced, and once more for the frame should the window change.)
   */
  private scheduleAfterLayout(): void {
    if (this.laidOutFrame || this.laidOutTask !== undefined) return;
    this.laidOutFrame = requestAnimationFrame(() => {
      this.laidOutFrame = 0;
      this.laidOutTask = setTimeout(() => {
        this.laidOutTask = undefined;
        this.layout();
      });
    });
  }

  constructor(private readonly host: WindowHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // In the capture phase, to hear the scrolling of any box that holds the timeline.
    addEventListener('scroll', this.schedule, { capture: true, passive: true });
    addEventListener('resize', this.schedule, { passive: true });
    // Back in the page after a move: observe the events again.
    for (const element of this.host.list?.children ?? []) this.observe(element);
    this.schedule();
  }

  private observe(element: Element): void {
    if (!this.observed.has(element)) {
      this.observed.add(element);
      this.observer.observe(element);
    }
  }

  hostDisconnected(): void {
    removeEventListener('scroll', this.schedule, { capture: true });
    removeEventListener('resize', this.schedule);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    cancelAnimationFrame(this.laidOutFrame);
    this.laidOutFrame = 0;
    clearTimeout(this.laidOutTask);
    this.laidOutTask = undefined;
    this.observer.disconnect();
    this.observed.clear();
  }

  hostUpdate(): void {
    // Until the new events are measured, the list must not be shorter than it was: Firefox and
    // WebKit would pull the page's scroll position up to fit, and the events on screen would jump.
    const list = this.host.list;
    if (this.inUse && list) this.pad(list, innerHeight * 2);
    this.inUse = false;
  }

  /**
   * The `<li>`s to render for `count` events (`key` is the events list; `keyAt` names each event
   * across lists): the window, and the event holding the tab stop wherever it is. `render` gets
   * the index and, for an event outside the window, the distance from the top of the list at which
   * to place it. A new list of the same events (a live article's update) keeps the measured heights
   * and the event the reader is reading where it is on screen (`reading`: its key, or the first of
   * these keys still there, and its distance from the top of the list; by default the window's own
   * anchor); `'top'` starts it at the top instead (a reader at the top sees new events arrive).
   */
  items(
    count: number,
    key: object,
    render: (index: number, placedAt?: number) => TemplateResult,
    keyAt: (index: number) => string = (index) => String(index),
    reading?: 'top' | { keys: string[]; y: number },
  ): unknown {
    this.inUse = true;
    if (key !== this.key || count !== this.heights.count) {
      if (!this.follow(count, key, keyAt, reading)) {
        this.heights = new Heights(count);
        this.start = 0;
        this.end = Math.min(count, FIRST);
        this.top = 0;
        this.anchor = undefined;
        this.scheduleAfterPaint();
      }
      this.key = key;
      this.keyAt = keyAt;
    }
    const indices: number[] = [];
    const active = Math.min(this.host.activeIndex, count - 1);
    if (active < this.start) indices.push(active);
    for (let index = this.start; index < this.end; index++) indices.push(index);
    if (active >= this.end) indices.push(active);
    return repeat(indices, keyAt, (index) => render(index, index < this.start || index >= this.end ? this.placeOutside(index) : undefined));
  }

  /**
   * Moves the window onto a newer list of the same timeline: measured heights go with their
   * events, the window covers the events it covered (and any that came between them), and the
   * anchor event stays at its place in the list (hostUpdated then corrects the estimates). False
   * when there is nothing to carry over.
   */
  private follow(count: number, key: object, keyAt: (index: number) => string, reading?: 'top' | { keys: string[]; y: number }): boolean {
    const old = this.heights;
    const oldKeyAt = this.keyAt;
    if (!oldKeyAt || !old.count || !count) return false;
    // Where each event of the old list is in the new one (-1: gone). The events both lists share
    // at their start and end are matched without a map: an update that adds one event costs little.
    // The same object in both lists (`key` is the list) is the same event, found so without making its key.
    const before = Array.isArray(this.key) ? (this.key as unknown[]) : [];
    const after = Array.isArray(key) ? (key as unknown[]) : [];
    const same = (oldIndex: number, index: number) =>
      (before[oldIndex] !== undefined && before[oldIndex] === after[index]) || oldKeyAt(oldIndex) === keyAt(index);
    const shortest = Math.min(old.count, count);
    let head = 0;
    while (head < shortest && same(head, head)) head++;
    let tail = 0;
    while (tail < shortest - head && same(old.count - 1 - tail, count - 1 - tail)) tail++;
    // The events between: by their keys, made only for them.
    const middle = new Int32Array(Math.max(0, old.count - tail - head)).fill(-1);
    if (middle.length) {
      const newIndex = new Map<string, number>();
      for (let index = head; index < count - tail; index++) newIndex.set(keyAt(index), index);
      for (let index = head; index < old.count - tail; index++) middle[index - head] = newIndex.get(oldKeyAt(index)) ?? -1;
    }
    const shift = count - old.count;
    const movedTo = (oldIndex: number) =>
      oldIndex < head ? oldIndex : oldIndex >= old.count - tail ? oldIndex + shift : middle[oldIndex - head];
    const heights = Heights.carried(old, count, movedTo);
    this.heights = heights;
    const anchor = this.anchor;
    if (reading === 'top' || (!anchor && this.start === 0 && !reading)) {
      // As many events as before: new ones at the top push as many off the bottom (the screen shows as much), so that
      // the window read once they are laid out is most often this one, and nothing renders again for it.
      this.start = 0;
      this.end = Math.min(count, this.end || FIRST);
      this.top = 0;
      this.anchor = undefined;
      this.scheduleAfterLayout();
      return true;
    }
    let start = Infinity;
    let end = -1;
    for (let index = this.start; index < this.end; index++) {
      const to = movedTo(index);
      if (to >= 0) {
        start = Math.min(start, to);
        end = Math.max(end, to + 1);
      }
    }
    // The anchor, or the first event after it still there, stays where the anchor was.
    let anchorIndex = -1;
    let y = anchor?.y ?? this.top;
    if (reading) {
      // The event read is on screen, so in the window (or the event holding the tab stop).
      const oldIndex = (key: string) => {
        for (let index = this.start; index < this.end; index++) if (oldKeyAt(index) === key) return index;
        const active = Math.min(this.host.activeIndex, old.count - 1);
        return oldKeyAt(active) === key ? active : -1;
      };
      for (const key of reading.keys) {
        const index = anchorIndex < 0 ? oldIndex(key) : -1;
        if (index >= 0) anchorIndex = movedTo(index);
      }
      y = reading.y;
    } else {
      for (let index = anchor?.index ?? this.start; index < old.count && anchorIndex < 0; index++) anchorIndex = movedTo(index);
    }
    if (end < 0 || anchorIndex < 0 || end - start > 4 * (this.end - this.start) + FIRST) return false;
    start = Math.min(start, anchorIndex);
    end = Math.max(end, anchorIndex + 1);
    this.start = start;
    this.end = end;
    this.top = Math.max(0, y - (heights.offset(anchorIndex) - heights.offset(start)));
    this.anchor = { index: anchorIndex, y };
    this.scheduleAfterLayout();
    return true;
  }

  /**
   * Makes sure event `index` will be rendered at the next update: by extending the window when it
   * is near, or else by moving the window to it.
   */
  reveal(index: number): void {
    const { heights } = this;
    if (index >= this.start && index < this.end) return;
    if (index >= this.start - NEAR && index < this.start) {
      this.top -= heights.offset(this.start) - heights.offset(index);
      this.start = index;
    } else if (index >= this.end && index < this.end + NEAR) {
      this.end = index + 1;
    } else {
      this.start = Math.max(0, index - 2);
      this.end = Math.min(heights.count, Math.max(index + 1, this.start + FIRST));
      this.top = this.scale() * heights.offset(this.start);
      this.anchor = { index: this.start, y: this.top };
    }
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const list = this.host.list;
    if (!this.inUse || !list) {
      // The timeline now shows all its events (a shorter article): nothing to stand for.
      list?.style.removeProperty('padding-top');
      list?.style.removeProperty('padding-bottom');
      this.padded = undefined;
      this.observer.disconnect();
      this.observed.clear();
      return;
    }
    for (const element of this.observed) {
      if (!element.isConnected) {
        this.observer.unobserve(element);
        this.observed.delete(element);
      }
    }
    for (const element of list.children) this.observe(element);
    if (!this.anchor && this.start === 0) {
      // The first window of a list, not laid out yet: no reading of the layout (which would force
      // it now) until the next frame's layout() measures it; meanwhile the estimates stand.
      this.pad(list);
      return;
    }
    // Read once: where the events are after this update (with the top padding as it was), then the paddings written.
    const paddedTop = this.padded?.list === list ? this.padded.top : this.top;
    const placed = this.measure(list);
    this.pad(list, innerHeight * 2);
    this.keepAnchor(list, placed, paddedTop);
    if (this.scrollCorrection) {
      this.scrollBy(this.scrollCorrection);
      this.scrollCorrection = 0;
    }
  }

  /** The index of a rendered `<li>`. */
  private indexOf(element: Element): number {
    return Number(element.getAttribute('aria-posinset')) - 1;
  }

  /** The events of the window as rendered now (out-of-flow events left out), measured. */
  private measure(list: HTMLElement): Placed[] {
    const listTop = list.getBoundingClientRect().top;
    const placed: Placed[] = [];
    for (const element of list.children as HTMLCollectionOf<HTMLElement>) {
      const index = this.indexOf(element);
      if (index < this.start || index >= this.end) continue;
      const box = element.getBoundingClientRect();
      this.heights.set(index, box.height);
      placed.push({ index, y: box.top - listTop, height: box.height, element });
    }
    return placed;
  }

  /** Heights changed (nested cards rendered, fonts loaded, the width changed): keep the anchor still. */
  private resized(entries: ResizeObserverEntry[]): void {
    let changed = false;
    for (const { target, borderBoxSize } of entries) {
      const index = this.indexOf(target);
      if (!target.isConnected || index < this.start || index >= this.end) continue;
      const height = borderBoxSize?.[0]?.blockSize ?? target.getBoundingClientRect().height;
      changed = this.heights.set(index, height) || changed;
    }
    const list = this.host.list;
    if (changed && list && this.inUse) {
      // Only the padding changes here, which moves the events without resizing any, so the
      // observer has nothing more to report in this frame (no "ResizeObserver loop" error).
      this.keepAnchor(list);
      this.schedule();
    }
  }

  /**
   * Moves the window's events (by the top padding) so that the anchor is where it was: where it is now is read, or taken
   * from `placed`, events measured while the top padding was `paddedTop` (no second reading of the layout after the
   * paddings have been written).
   */
  private keepAnchor(list: HTMLElement, placed?: Placed[], paddedTop = this.top): void {
    const anchor = this.anchor;
    if (anchor && anchor.index >= this.start && anchor.index < this.end) {
      let y: number | undefined;
      if (placed) {
        const event = placed.find(({ index }) => index === anchor.index);
        if (event) y = event.y + this.top - paddedTop;
      } else {
        const element = [...list.children].find((child) => this.indexOf(child) === anchor.index);
        if (element) y = element.getBoundingClientRect().top - list.getBoundingClientRect().top;
      }
      if (y !== undefined) this.top -= y - anchor.y;
    }
    // The first event starts at the top; any other needs room above it.
    const wanted = this.start === 0 ? 0 : this.top < 1 ? this.scale() * this.heights.offset(this.start) : this.top;
    if (wanted !== this.top) {
      this.scrollBy(wanted - this.top);
      if (anchor) anchor.y += wanted - this.top;
      this.top = wanted;
    }
    this.pad(list);
  }

  /** Sets the paddings that stand for the events above and below the window (with `slack` more below). */
  private pad(list: HTMLElement, slack = 0): void {
    const { heights } = this;
    let bottom = 0;
    if (this.end < heights.count) {
      const rendered = heights.offset(this.end) - heights.offset(this.start);
      const remaining = heights.offset(heights.count) - heights.offset(this.end);
      bottom = Math.max(this.scale() * heights.offset(heights.count) - this.top - rendered, this.scale() * remaining * 0.5);
    }
    // Written only when changed, so that an unchanged list needs no new layout. (Kept as numbers: the style reads back
    // rounded to six digits.)
    const padded = this.padded?.list === list ? this.padded : (this.padded = { list, top: NaN, bottom: NaN });
    if (padded.top !== this.top) list.style.paddingTop = `${(padded.top = this.top)}px`;
    if (padded.bottom !== bottom + slack) list.style.paddingBottom = `${(padded.bottom = bottom + slack)}px`;
  }

  /** How much the space of unrendered events is scaled down (1: not at all). */
  private scale(): number {
    return Math.min(1, MAX_HEIGHT / this.heights.offset(this.heights.count));
  }

  /** Where to put event `index` when it is outside the window: above or below it, never over it. */
  private placeOutside(index: number): number {
    const { heights } = this;
    const estimate = this.scale() * heights.offset(index);
    if (index < this.start) return Math.max(0, Math.min(estimate, this.top - heights.get(index)));
    return Math.max(estimate, this.top + heights.offset(this.end) - heights.offset(this.start));
  }

  /** The box that scrolls the timeline: the nearest scrolling ancestor, through shadow roots, or the page. */
  private scroller(): Element | undefined {
    let node: Node | null = this.host;
    while (node) {
      node = node instanceof ShadowRoot ? node.host : node.parentNode;
      if (node instanceof Element && node !== document.documentElement && node !== document.body) {
        const { overflowY } = getComputedStyle(node);
        if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight) return node;
      }
    }
    return undefined;
  }

  private scrollBy(px: number): void {
    const options: ScrollToOptions = { top: px, behavior: 'instant' };
    const box = this.scroller();
    if (box) box.scrollBy(options);
    else window.scrollBy(options);
  }

  /** Chooses the window for what is on screen now. */
  private layout(): void {
    // (Called after a paint, it stands for an animation frame that may be pending.)
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    const list = this.host.list;
    if (!this.inUse || !list?.isConnected) return;
    const { heights } = this;
    const count = heights.count;
    const box = list.getBoundingClientRect();
    const clip = this.scroller()?.getBoundingClientRect();
    const clamp = (y: number) => Math.max(0, Math.min(box.height, y));
    const viewTop = clamp(Math.max(0, clip?.top ?? 0) - box.top);
    const viewBottom = clamp(Math.min(innerHeight, clip?.bottom ?? innerHeight) - box.top);

    const placed = this.measure(list);
    const first = placed[0];
    const last = placed.at(-1);
    let index: number;
    let y: number;
    if (first && last && first.y <= viewBottom + OVERSCAN && last.y + last.height >= viewTop - OVERSCAN) {
      const anchor = placed.find((event) => event.y + event.height > viewTop) ?? last;
      ({ index, y } = anchor);
    } else {
      // Nothing rendered is near the screen (the scroll bar was dragged, say): start anew there.
      const scale = this.scale();
      index = heights.indexAt(viewTop / scale);
      y = scale * heights.offset(index);
    }
    let start = index;
    let top = y;
    while (start > 0 && top > viewTop - OVERSCAN) top -= heights.get(--start);
    let end = index;
    for (let bottom = y; end < count && (end === index || bottom < viewBottom + OVERSCAN); end++) bottom += heights.get(end);

    // The first event starts at the top; any other needs room above it.
    const wanted = start === 0 ? 0 : top < 1 ? this.scale() * heights.offset(start) : top;
    this.scrollCorrection += wanted - top;
    y += wanted - top;
    top = wanted;

    this.anchor = { index, y };
    if (start !== this.start || end !== this.end || Math.abs(top - this.top) >= 0.5 || this.scrollCorrection) {
      this.start = start;
      this.end = end;
      this.top = top;
      this.host.requestUpdate();
    }
  }
}
