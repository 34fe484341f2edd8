import { css, html, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Article, ArticleEvent } from '../../model/article.js';
import { ArticleElement } from '../../shared/article-element.js';
import { formatDate } from '../../shared/dates.js';
import { directionOf, inLanguage } from '../../shared/i18n.js';
import type { EventWindow } from './event-window.js';

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

/** The timeline's own interface strings (they load with it, not with the CDN file). */
const TIMELINE_STRINGS = {
  en: { timeline: 'Timeline', noEvents: 'This article has no dated events.' },
  id: { timeline: 'Linimasa', noEvents: 'Artikel ini tidak memuat peristiwa bertanggal.' },
};

/** Sorted events, by the article's events list, so that each list is sorted once. */
const sorted = new WeakMap<ArticleEvent[], ArticleEvent[]>();

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
 * @csspart status - The loading or error message shown instead of the timeline.
 * @csspart error - The error message.
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
      .windowed {
        position: relative;
        /* The window keeps the events on screen still itself; the browser's scroll anchoring would do it twice. */
        overflow-anchor: none;
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
      }
      @media (forced-colors: active) {
        .item::before {
          background: CanvasText;
        }
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    activeIndex: { state: true },
  };

  /** The heading level (1–6) of event titles, to fit the page's outline. */
  headingLevel = 3;

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
    return inLanguage(TIMELINE_STRINGS, this.displayLang);
  }

  /** The events in date order (events with the same date keep the article's order). */
  get events(): ArticleEvent[] {
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
    // A long list fetches the windowing code now, while the article is checked and sorted.
    const events = (this.article as { events?: unknown } | undefined)?.events;
    if (!this.window && !isServer && Array.isArray(events) && events.length >= WINDOW_FROM) windowing ??= loadWindowing();
  }

  protected override renderArticle(article: Article) {
    const events = this.events;
    const lang = this.displayLang;
    if (!events.length) return html`<p role="status">${this.timelineStrings.noEvents}</p>`;
    const count = events.length;
    const windowed = count >= WINDOW_FROM;
    // A server renders the first events, as the browser's first render does (the window measures them).
    if (windowed && !this.window && !isServer) {
      if (windowModule) this.window = new windowModule.EventWindow(this);
      else this.loadWindow();
    }
    const item = (index: number, placedAt?: number) => this.renderEvent(article, events[index], index, lang, count, windowed, placedAt);
    return html`<ol
      part="timeline"
      class=${windowed ? 'windowed' : ''}
      aria-label=${`${this.timelineStrings.timeline}: ${article.title}`}
      lang=${lang}
      dir=${directionOf(lang)}
      @keydown=${this.onKeyDown}
      @focusin=${this.onFocusIn}
    >
      ${windowed
        ? // Until the windowing code has loaded, the first events stand for the rest (keyed as the
          // window keys them, so that the window keeps their DOM).
          (this.window?.items(count, events, item) ??
          repeat(
            Array.from({ length: Math.min(count, FIRST_EVENTS) }, (_, index) => index),
            (index) => index,
            (index) => item(index),
          ))
        : events.map((_, index) => item(index))}
    </ol>`;
  }

  private loadWindow() {
    windowing ??= loadWindowing();
    void windowing.then(({ EventWindow }) => {
      if (!this.window) {
        this.window = new EventWindow(this);
        this.requestUpdate();
      }
    });
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
    const level = Math.min(6, Math.max(1, this.headingLevel | 0 || 3));
    const id = `e${index}`;
    const eventSpeakers = speakers.filter((speaker) => idsIn(event.speakers).includes(speaker.id));
    const eventQuotes = quotes.filter((quote) => idsIn(event.quotes).includes(quote.id));
    return html`<li
      part="item"
      class="item"
      aria-setsize=${windowed ? count : nothing}
      aria-posinset=${windowed ? index + 1 : nothing}
      style=${placedAt === undefined ? nothing : `position:absolute;inset-inline:0;top:${placedAt}px`}
    >
      <article part="event" tabindex=${active ? 0 : -1} data-index=${index} aria-labelledby=${id}>
        <time part="date" datetime=${event.date}>${writtenDate(event, lang)}</time>
        <div part="title" id=${id} role="heading" aria-level=${level}>${event.title}</div>
        ${event.description ? html`<p part="description">${event.description}</p>` : nothing}
        ${eventSpeakers.length
          ? html`<ul>
              ${eventSpeakers.map(
                (speaker) => html`<li><speaker-badge part="speaker" .speaker=${speaker} lang=${lang}></speaker-badge></li>`,
              )}
            </ul>`
          : nothing}
        ${eventQuotes.length
          ? html`<ul>
              ${eventQuotes.map(
                (quote) =>
                  html`<li>
                    <quote-card part="quote" variant="compact" quote-id=${quote.id} .article=${article} lang=${lang}></quote-card>
                  </li>`,
              )}
            </ul>`
          : nothing}
      </article>
    </li>`;
  }

  private onFocusIn({ target }: FocusEvent) {
    const index = (target as HTMLElement).dataset?.index;
    if (index) this.activeIndex = Number(index);
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
    this.activeIndex = index;
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
  return import('./event-window.js').then((module) => (windowModule = module));
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
