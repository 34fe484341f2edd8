import { css, html, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Article, ArticleEvent } from '../../model/article.js';
import { ArticleElement } from '../../shared/article-element.js';
import { formatDate } from '../../shared/dates.js';
import en from '../../translations/en.js';
import { addBuiltInTranslation, directionOf } from '../../shared/i18n.js';
import { loadFor } from '../../shared/load-when-used.js';
import type { EventWindow } from './event-window.js';

addBuiltInTranslation(en);

/** From this many events on, only the events on screen are rendered. */
export const WINDOW_FROM = 150;

/** The windowing code, fetched the first time a timeline is long enough to need it. */
let windowing: Promise<typeof import('./event-window.js')> | undefined;
/** The windowing code once it has loaded: later timelines start with their window at once. */
let windowModule: typeof import('./event-window.js') | undefined;

/** Events rendered while the windowing code loads (as many as its first window). */
const FIRST_EVENTS = 12;

/** Each event's date as written, by language: an event is formatted once, not at every render. */
const writtenDates = new WeakMap<ArticleEvent, { date: string; lang: string; text: string }>();

function writtenDate(event: ArticleEvent, lang: string): string {
  let written = writtenDates.get(event);
  if (!written || written.date !== event.date || written.lang !== lang) {
    written = { date: event.date, lang, text: formatDate(event.date, lang) };
    writtenDates.set(event, written);
  }
  return written.text;
}

/** The languages whose "N new updates" has been written once on this page (see warmUp). */
const counted = new Set<string>();

/** Sorted events, by the article's events list, so that each list is sorted once. */
const sorted = new WeakMap<ArticleEvent[], ArticleEvent[]>();

/**
 * What identifies an event across updates of a live article: its `id` (the schema requires one,
 * unique among events), or, for an event not checked yet that has none, its date and title.
 */
export function eventKey(event: ArticleEvent): string {
  // The id itself: no string is made per event at each update of a long live blog.
  return typeof event.id === 'string' ? event.id : `\u0000${event.date}\u0000${event.title}`;
}

/**
 * The keys of the events that left and came between two lists of a live article. The events both
 * share at their start and at their end (the same objects: an update that appends keeps the rest)
 * are skipped without reading them, so that an update of a long live blog costs little.
 */
function changes(previous: ArticleEvent[], next: ArticleEvent[]): { removed: string[]; added: string[] } {
  const shortest = Math.min(previous.length, next.length);
  let head = 0;
  while (head < shortest && previous[head] === next[head]) head++;
  let tail = 0;
  while (tail < shortest - head && previous[previous.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  const before = new Set(previous.slice(head, previous.length - tail).map(eventKey));
  const after = new Set(next.slice(head, next.length - tail).map(eventKey));
  return { removed: [...before].filter((key) => !after.has(key)), added: [...after].filter((key) => !before.has(key)) };
}

/** The order of a timeline's events: newest first (a live blog) or oldest first (a story's chronology). */
export type TimelineOrder = 'newest' | 'oldest';

/**
 * The article's dated events in order, each with its date written the way the article's language
 * writes it, the speakers involved and their quotes as compact cards.
 *
 * The events are an ordered list. Tab reaches the timeline once; then the Up and Down arrows,
 * Home and End move from event to event, whatever the writing direction.
 *
 * A timeline of 150 events or more renders only the events on screen (and a margin), each telling
 * its place in the list (`aria-posinset`, `aria-setsize`); the code for that is loaded then. From
 * 500 events, the events are checked after the first screen is painted: an invalid one turns the
 * timeline into the error state then.
 *
 * **Live articles.** When a newer article replaces the one shown (through `article`, `src` or an
 * enclosing `<quote-article>`), events are matched by their `id`: an edited event changes in place,
 * a deleted one disappears in place, and the event the reader is reading does not move (nor does
 * keyboard focus). In `newest` order, events that arrive while the reader is scrolled away from the
 * top of the timeline wait behind an "N new updates" button (which takes no room: it floats over
 * the events at the top of the screen); a reader who sees the top of the timeline sees them arrive.
 * In `oldest` order new events take their place in time at once. Each update that adds events is
 * announced once, politely, to screen readers.
 *
 * @tag article-timeline
 * @summary The article's events in date order, with their speakers and quotes.
 *
 * @csspart timeline - The `<ol>` of events.
 * @csspart item - One event's list item.
 * @csspart event - One event (focusable).
 * @csspart date - The event's date.
 * @csspart title - The event's title.
 * @csspart description - The event's description.
 * @csspart speaker - A speaker badge in an event.
 * @csspart quote - A compact quote card in an event.
 * @csspart new-updates - The "N new updates" button shown while new events wait (newest order).
 * @csspart status - The loading or error message shown instead of the timeline.
 * @csspart error - The error message.
 * @csspart error-heading - The error's heading, in the reader's language.
 * @csspart retry - The "Try again" button of an error.
 * @csspart error-details - The closed disclosure with the problems, their JSON paths and URLs, for developers.
 *
 * @cssprop [--qc-timeline-line-color=var(--qc-color-border)] - Colour of the line joining events.
 * @cssprop [--qc-timeline-dot-color=var(--qc-color-accent)] - Colour of each event's dot.

 */
export class ArticleTimeline extends ArticleElement {
  static override styles = [
    ...ArticleElement.styles,
    css`
      ol,
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      ol {
        /* The timeline keeps the event read still itself when events change; the browser's scroll anchoring would do it twice. */
        overflow-anchor: none;
      }
      /* The timeline's own surface, as a card has: its text stays readable whatever the page's background. */
      :host {
        padding: var(--_space);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      .windowed {
        position: relative;
      }
      ul {
        display: grid;
        gap: 0.75rem;
      }
      .item {
        box-sizing: border-box;
        width: 100%;
        padding-block-end: 1.5rem;
        padding-inline-start: 1.5rem;
        border-inline-start: 2px solid var(--qc-timeline-line-color, var(--_border));
      }
      .item::before {
        content: '';
        float: inline-start;
        margin-inline-start: calc(-1.5rem - 7px);
        width: 12px;
        height: 12px;
        border-radius: 50%;
        background: var(--qc-timeline-dot-color, var(--_accent));
      }
      article {
        display: grid;
        gap: 0.5rem;
      }
      article:focus-visible {
        outline: 2px solid var(--_accent);
        outline-offset: 4px;
      }
      time {
        font-weight: 600;
        color: var(--_muted);
      }
      [role='heading'] {
        font-size: 1.125rem;
        font-weight: 700;
        line-height: 1.3;
      }
      .new-updates {
        /* No height: the button floats over the events, and nothing on the page moves when it comes or goes. */
        position: sticky;
        top: 0.5rem;
        z-index: 1;
        height: 0;
        display: flex;
        justify-content: center;
        align-items: flex-start;
      }
      .new-updates button {
        font: inherit;
        font-weight: 600;
        padding: 0.375rem 1rem;
        border: 1px solid var(--_accent);
        border-radius: 999px;
        background: var(--_accent);
        color: var(--qc-color-background, #fff);
        cursor: pointer;
        box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
      }
      .new-updates button:focus-visible {
        outline: 2px solid var(--_accent);
        outline-offset: 2px;
      }
      .announcement {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
      @media (forced-colors: active) {
        .new-updates button {
          border-color: ButtonText;
        }
        .item::before {
          background: CanvasText;
        }
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    order: {},
    activeIndex: { state: true },
    held: { state: true },
    announcement: { state: true },
  };

  /**
   * The heading level (1–6) of event titles, to fit the page's outline: 2 by default, for a
   * timeline in an article whose title is the page's `<h1>`.
   */
  headingLevel = 2;

  /**
   * The order of the events: `"newest"` first (a live blog) or `"oldest"` first (a story's
   * chronology). By default, newest first when the article is followed live (a `live` attribute on
   * the timeline or on its `<quote-article>`), oldest first otherwise.
   */
  declare order?: TimelineOrder;

  /**
   * The keys of new events waiting behind the "N new updates" button.
   * @internal
   */
  held: ReadonlySet<string> = new Set();

  /**
   * The last announcement to screen readers, and how many there have been (each is a new text node).
   * @internal
   */
  announcement = { text: '', batch: 0 };

  /** The events list (in date order) the timeline last followed, and the keys the reader has been shown. */
  private followed?: ArticleEvent[];
  private seen = new Set<string>();
  /** The key of the event holding the tab stop, so that it keeps it when events come and go. */
  private activeKey?: string;
  /** Of a short timeline: an event on screen, and where its top was before an update. */
  private readingAnchor?: { keys: string[]; top: number; y: number };
  /** The focused event was deleted: focus goes to the one in its place once rendered. */
  private refocus = false;
  /** New events are shown to a reader at the top: a long list's window starts at the top. */
  private fromTop = false;
  /** The display order and held events `shown` was made for. */
  private shown?: { dated: ArticleEvent[]; order: TimelineOrder; held: ReadonlySet<string>; events: ArticleEvent[] };

  /**
   * The event holding the tab stop.
   * @internal
   */
  activeIndex = 0;

  /** @internal */
  private window?: EventWindow;

  /**
   * The `<ol>` of events, once rendered.
   * @internal
   */
  get list(): HTMLOListElement | null {
    return this.renderRoot?.querySelector('ol') ?? null;
  }

  private get timelineStrings() {
    return this.strings;
  }

  /** The order in effect: the `order` property, or the default for this article (see `order`). */
  get effectiveOrder(): TimelineOrder {
    if (this.order === 'newest' || this.order === 'oldest') return this.order;
    // A server renders without a document around the element: only its own attribute is known there.
    return this.hasAttribute('live') || (!isServer && this.closest('quote-article')?.hasAttribute('live')) ? 'newest' : 'oldest';
  }

  /**
   * The events as the timeline shows them, in its order (events with the same date keep the
   * article's order, reversed when newest first), without those waiting behind the "N new updates" button.
   */
  get events(): ArticleEvent[] {
    const dated = this.datedEvents;
    const order = this.effectiveOrder;
    const held = this.held;
    const shown = this.shown;
    if (shown && shown.dated === dated && shown.order === order && shown.held === held) return shown.events;
    const events = inShownOrder(dated, order === 'newest', held);
    this.shown = { dated, order, held, events };
    return events;
  }

  /** The events in date order (events with the same date keep the article's order). */
  private get datedEvents(): ArticleEvent[] {
    const state = this.articleState;
    if (state.status !== 'ready' || !state.article.events) return [];
    const { events } = state.article;
    let inOrder = sorted.get(events);
    if (!inOrder) {
      // Until a live blog's events are checked (see stateOf), only those the timeline can read are shown.
      inOrder = inDateOrder(!state.checking || events.every(readable) ? events : events.filter(readable));
      sorted.set(events, inOrder);
    }
    return inOrder;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (isServer) return;
    this.follow();
    // The event holding the tab stop keeps it when events come and go above it.
    if (this.activeKey !== undefined) {
      const events = this.events;
      const index = events.findIndex((event) => eventKey(event) === this.activeKey);
      if (index >= 0) this.activeIndex = index;
      else if (events.length) {
        // Deleted: the event now in its place takes the tab stop, and focus if it had it.
        const focused = (this.renderRoot as ShadowRoot | undefined)?.activeElement?.localName === 'article';
        this.setActive(Math.min(this.activeIndex, events.length - 1));
        if (focused) this.refocus = true;
      }
    }
    // A long list fetches the windowing code now, while the article is checked and sorted.
    const events = (this.article as { events?: unknown } | undefined)?.events;
    if (!this.window && !isServer && Array.isArray(events) && events.length >= WINDOW_FROM) windowing ??= loadWindowing();
  }

  /**
   * Takes in a newer events list: new events are shown or held back, the reader's place noted
   * (before the DOM changes) to be kept once it has.
   */
  private follow(): void {
    const dated = this.articleState.status === 'ready' ? this.datedEvents : undefined;
    const previous = this.followed;
    if (dated === previous) return;
    this.followed = dated;
    this.readingAnchor = undefined;
    if (!dated) return;
    if (!previous) {
      this.seen = new Set(dated.map(eventKey));
      this.held = new Set();
      return;
    }
    const change = changes(previous, dated);
    for (const key of change.removed) this.seen.delete(key);
    const added = change.added.filter((key) => !this.seen.has(key) && !this.held.has(key));
    let held = [...this.held].filter((key) => !change.removed.includes(key));
    const atTop = this.readerAtTop();
    if (added.length && this.effectiveOrder === 'newest' && !atTop) held = held.concat(added);
    else {
      for (const key of [...held, ...added]) this.seen.add(key);
      held = [];
    }
    if (held.length !== this.held.size || added.length) this.held = new Set(held);
    if (added.length) {
      const count = held.length || added.length;
      this.announcement = { text: this.timelineStrings.newUpdates(count, this.displayLang), batch: this.announcement.batch + 1 };
    }
    // A reader at the top sees new events arrive; anyone else keeps the event they are reading where it is.
    this.fromTop = atTop && added.length > 0 && !held.length;
    if (!this.fromTop) this.readingAnchor = this.anchorOnScreen();
  }

  /** The top of the box that shows the timeline (the page, or a scrolling box around it). */
  private viewTop(): number {
    const box = scrollingBoxOf(this);
    return box ? Math.max(0, box.getBoundingClientRect().top) : 0;
  }

  /** Whether the reader sees the top of the timeline (or has not scrolled down to it yet). */
  private readerAtTop(): boolean {
    const list = this.list;
    return !list || list.getBoundingClientRect().top >= this.viewTop() - 1;
  }

  /**
   * The event the reader is reading, and a few after it in case it is deleted, with its top: the
   * focused event when it is on screen, else the first event whose top is on screen (an event
   * above it may grow or shrink, so the one partly scrolled past is not it).
   */
  private anchorOnScreen(): { keys: string[]; top: number; y: number } | undefined {
    const list = this.list;
    if (!list) return undefined;
    const top = this.viewTop();
    const items = [...list.children] as HTMLElement[];
    const onScreen = (item: HTMLElement) => {
      const box = item.getBoundingClientRect();
      return box.top >= top && box.top < innerHeight && box.height > 0;
    };
    const focused = (this.renderRoot as ShadowRoot).activeElement?.closest('li');
    let first = focused && onScreen(focused) ? items.indexOf(focused) : -1;
    if (first < 0) first = items.findIndex(onScreen);
    if (first < 0) first = items.findIndex((item) => item.getBoundingClientRect().bottom > top);
    if (first < 0) return undefined;
    const keys = items.slice(first, first + 4).map((item) => item.dataset.key!);
    const box = items[first].getBoundingClientRect();
    return { keys, top: box.top, y: box.top - list.getBoundingClientRect().top };
  }

  /** Scrolls so that the event noted before the update is where it was. */
  private keepReadingAnchor(): void {
    const anchor = this.readingAnchor;
    const list = this.list;
    // A long list's window keeps the place itself.
    if (!anchor || !list || list.classList.contains('windowed')) return;
    const items = [...list.children] as HTMLElement[];
    for (const key of anchor.keys) {
      const item = items.find((element) => element.dataset.key === key);
      if (!item) continue;
      // An event after the first one noted stands for it, at the first one's place.
      const moved = item.getBoundingClientRect().top - anchor.top;
      if (Math.abs(moved) >= 0.5) (scrollingBoxOf(this) ?? window).scrollBy({ top: moved, behavior: 'instant' });
      return;
    }
  }

  override updated(): void {
    this.warmUp();
    if (this.refocus) {
      this.refocus = false;
      this.renderRoot.querySelector<HTMLElement>(`article[data-index="${this.activeIndex}"]`)?.focus({ preventScroll: true });
    }
    if (!this.readingAnchor) return;
    this.keepReadingAnchor();
    // The cards inside events render after this update, before the next frame: the place is kept again then.
    requestAnimationFrame(() => {
      this.keepReadingAnchor();
      this.readingAnchor = undefined;
    });
  }

  /**
   * The first "N new updates" in a language writes a number in it, which sets up the language's number formats: some
   * milliseconds, in the frame of a live blog's first update. It is written once beforehand, when the browser is idle.
   */
  private warmUp(): void {
    const lang = this.displayLang;
    if (counted.has(lang) || !this.events.length) return;
    counted.add(lang);
    const strings = this.timelineStrings;
    (globalThis.requestIdleCallback ?? setTimeout)(() => strings.newUpdates(1, lang));
  }

  /** Shows the new events waiting behind the button, and takes the reader to the newest. */
  async showNewUpdates(): Promise<void> {
    const held = this.held;
    if (!held.size) return;
    for (const key of held) this.seen.add(key);
    this.held = new Set();
    this.readingAnchor = undefined;
    await this.updateComplete;
    const index = this.events.findIndex((event) => held.has(eventKey(event)));
    if (index >= 0) await this.focusEvent(index);
  }

  protected override renderArticle(article: Article) {
    const events = this.events;
    const lang = this.displayLang;
    const announcement = html`<div class="announcement" role="status" aria-live="polite" aria-atomic="true">
      ${keyed(this.announcement.batch, this.announcement.text)}
    </div>`;
    if (!events.length) return html`<p role="status">${this.timelineStrings.noEvents}</p>`;
    const count = events.length;
    const windowed = count >= WINDOW_FROM;
    // A server renders the first events, as the browser's first render does (the window measures them).
    if (windowed && !this.window && !isServer) {
      if (windowModule) this.window = new windowModule.EventWindow(this);
      else if (!this.failed) this.loadWindow();
    }
    const item = (index: number, placedAt?: number) => this.renderEvent(article, events[index], index, lang, count, windowed, placedAt);
    const keyAt = (index: number) => eventKey(events[index]);
    return html`${announcement}${
        this.held.size
          ? html`<div class="new-updates">
              <button type="button" part="new-updates" @click=${this.showNewUpdates}>
                ${this.timelineStrings.newUpdates(this.held.size, lang)}
              </button>
            </div>`
          : nothing
      }
      <ol
        part="timeline"
        class=${windowed ? 'windowed' : ''}
        aria-label=${`${this.timelineStrings.timeline}: ${article.title}`}
        lang=${lang}
        dir=${directionOf(lang)}
        @keydown=${this.onKeyDown}
        @focusin=${this.onFocusIn}
      >
        ${
          windowed
            ? // Until the windowing code has loaded, the first events stand for the rest (keyed as the
              // window keys them, so that the window keeps their DOM).
              (this.window?.items(count, events, item, keyAt, this.fromTop ? 'top' : this.readingAnchor) ??
              repeat(
                Array.from({ length: Math.min(count, FIRST_EVENTS) }, (_, index) => index),
                keyAt,
                (index) => item(index),
              ))
            : repeat(events, eventKey, (_, index) => item(index))
        }
      </ol>`;
  }

  private loadWindow() {
    void loadFor(
      this,
      () => (windowing ??= loadWindowing()),
      ({ EventWindow }) => {
        if (!this.window) {
          this.window = new EventWindow(this);
          this.requestUpdate();
        }
      },
    );
  }

  private renderEvent(
    article: Article,
    event: ArticleEvent,
    index: number,
    lang: string,
    count: number,
    windowed: boolean,
    placedAt?: number,
  ) {
    const { speakers, quotes } = article;
    const active = index === Math.min(this.activeIndex, count - 1);
    const level = Math.min(6, Math.max(1, this.headingLevel | 0 || 2));
    const id = `e${index}`;
    const eventQuotes = quotes.filter((quote) => idsIn(event.quotes).includes(quote.id));
    // A speaker whose quote is shown has a badge in the quote's card: not a second one above it.
    const eventSpeakers = speakers.filter(
      (speaker) => idsIn(event.speakers).includes(speaker.id) && !eventQuotes.some((quote) => quote.speaker === speaker.id),
    );
    return html`<li
      part="item"
      class="item"
      data-key=${eventKey(event)}
      aria-setsize=${windowed ? count : nothing}
      aria-posinset=${windowed ? index + 1 : nothing}
      style=${placedAt === undefined ? nothing : `position:absolute;inset-inline:0;top:${placedAt}px`}
    >
      <article part="event" tabindex=${active ? 0 : -1} data-index=${index} aria-labelledby=${id}>
        <time part="date" datetime=${event.date}>${writtenDate(event, lang)}</time>
        <div part="title" id=${id} role="heading" aria-level=${level}>${event.title}</div>
        ${event.description ? html`<p part="description">${event.description}</p>` : nothing}
        ${
          eventSpeakers.length
            ? html`<ul>
                ${eventSpeakers.map(
                  (speaker) => html`<li><speaker-badge part="speaker" .speaker=${speaker} lang=${lang}></speaker-badge></li>`,
                )}
              </ul>`
            : nothing
        }
        ${
          eventQuotes.length
            ? html`<ul>
                ${eventQuotes.map(
                  (quote) =>
                    html`<li>
                      <quote-card part="quote" variant="compact" quote-id=${quote.id} .article=${article} lang=${lang}></quote-card>
                    </li>`,
                )}
              </ul>`
            : nothing
        }
      </article>
    </li>`;
  }

  private onFocusIn({ target }: FocusEvent) {
    const index = (target as HTMLElement).dataset?.index;
    if (index) this.setActive(Number(index));
  }

  private setActive(index: number): void {
    this.activeIndex = index;
    const event = this.events[index];
    this.activeKey = event ? eventKey(event) : undefined;
  }

  private onKeyDown(event: KeyboardEvent) {
    const index = (event.target as HTMLElement).dataset?.index;
    if (!index) return;
    const current = Number(index);
    const last = this.events.length - 1;
    const next = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    void this.focusEvent(Math.max(0, Math.min(last, next)));
  }

  /** Moves keyboard focus to the event at `index` (in date order), scrolling it into view. */
  async focusEvent(index: number): Promise<void> {
    this.setActive(index);
    const view = this.events.length >= WINDOW_FROM ? this.window : undefined;
    view?.reveal(index);
    await this.updateComplete;
    const event = this.renderRoot.querySelector<HTMLElement>(`article[data-index="${index}"]`);
    if (!view) return event?.focus();
    // Focus first, then scroll: the event is rendered now, and stays rendered while it has the tab stop.
    event?.focus({ preventScroll: true });
    event?.scrollIntoView({ block: 'nearest' });
  }
}

/** The nearest box around `element` that scrolls it (through shadow roots), if not the page. */
function scrollingBoxOf(element: Element): Element | undefined {
  let node: Node | null = element;
  while (node) {
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
    if (node instanceof Element && node !== document.documentElement && node !== document.body) {
      const { overflowY } = getComputedStyle(node);
      if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight) return node;
    }
  }
  return undefined;
}

/** Whether the timeline can sort and render `event`, checked or not: an object whose date, title and description are text. */
function readable(event: unknown): boolean {
  if (typeof event !== 'object' || event === null) return false;
  const { date, title, description } = event as Record<string, unknown>;
  return typeof date === 'string' && typeof title === 'string' && (description === undefined || typeof description === 'string');
}

/** A list of ids as the timeline reads it: an event not checked yet may hold anything there. */
function idsIn(list: unknown): unknown[] {
  return Array.isArray(list) ? list : [];
}

/**
 * True when every event's date string is at or after the previous one's. For dates the schema
 * accepts (`2022`, `2022-10`, `2022-10-26`, `2022-10-26T09:30`, then seconds and an offset), that
 * order implies the order of `dateSortKey`: strings first differ at a digit of the year, month,
 * day, hour or minute (the separators are at the same places), or one is a shorter, partial date
 * (which sorts first in its period), or they differ only after the minutes (the same key). A
 * string comparison is a builtin, quick even before the code is optimized; the keys are read only
 * when this fails.
 */
function inStringOrder(events: ArticleEvent[]): boolean {
  for (let index = 1; index < events.length; index++) {
    if (events[index - 1].date > events[index].date) return false;
  }
  return true;
}

function loadWindowing(): Promise<typeof import('./event-window.js')> {
  const loading = import('./event-window.js').then((module) => (windowModule = module));
  // Should it fail, the error's "Try again" fetches it again.
  loading.catch(() => (windowing = undefined));
  return loading;
}

/**
 * The events by date; events with the same date keep their order. A live blog of 100,000 events
 * is sorted on its first render, so a list already in order (the usual case) is found so by
 * comparing the date strings alone, and is not sorted at all; otherwise the keys are numbers in a
 * typed array.
 */
function inDateOrder(events: ArticleEvent[]): ArticleEvent[] {
  if (inStringOrder(events)) return events;
  const keys = new Float64Array(events.length);
  let ordered = true;
  for (let index = 0; index < events.length; index++) {
    keys[index] = dateSortKey(events[index].date);
    if (index && keys[index] < keys[index - 1]) ordered = false;
  }
  if (ordered) return events;
  const order = Array.from(events, (_, index) => index);
  order.sort((a, b) => keys[a] - keys[b] || a - b);
  return order.map((index) => events[index]);
}

/**
 * `dated` as the timeline shows it: newest first or not, without the `held` events. One copy of the list, made at its
 * size and then compacted in place: a reversed copy and then a filtered one would leave three times the garbage at each
 * update of a long live blog, and the collector's pauses drop frames.
 */
function inShownOrder(dated: ArticleEvent[], newestFirst: boolean, held: ReadonlySet<string>): ArticleEvent[] {
  if (!newestFirst && !held.size) return dated;
  const events = newestFirst ? dated.slice().reverse() : dated.slice();
  let placed = 0;
  for (const event of events) if (!held.has(eventKey(event))) events[placed++] = event;
  events.length = placed;
  return events;
}

/**
 * A number to sort ISO dates by, as `parseDate` reads them (the wall-clock date and time; missing
 * parts count as their first, so partial dates sort first in their period; broken ones last),
 * read digit by digit: at 100,000 events this is most of the sorting.
 */
function dateSortKey(iso: string): number {
  const century = twoDigits(iso, 0);
  const year = twoDigits(iso, 2);
  if (century < 0 || year < 0) return Infinity;
  const month = iso[4] === '-' ? twoDigits(iso, 5) : -1;
  const day = month >= 0 && iso[7] === '-' ? twoDigits(iso, 8) : -1;
  const hour = day >= 0 && iso[10] === 'T' && iso[13] === ':' ? twoDigits(iso, 11) : -1;
  const minute = hour >= 0 ? twoDigits(iso, 14) : -1;
  const time = minute >= 0 ? hour * 60 + minute : 0;
  return (((century * 100 + year) * 13 + Math.max(month, 1)) * 32 + Math.max(day, 1)) * 1440 + time;
}

/** The number written by the two digits at `at`, or -1. */
function twoDigits(iso: string, at: number): number {
  const tens = iso.charCodeAt(at) - 48;
  const ones = iso.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}
