import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { Article, ArticleEvent, ArticleTimeline } from '../../src/index.js';
import { WINDOW_FROM } from '../../src/components/article-timeline/article-timeline.component.js';
import { CHECK_EVENTS_LATER_FROM } from '../../src/shared/article-state.js';
import { seedArticle } from '../support/fixtures.js';

// Long timelines (a live blog) render only the events on screen. These tests check what a reader
// notices: the right events on screen wherever the page is scrolled, no gaps, the keyboard reaching
// every event, and what a screen reader announces.

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A live blog of `count` events, one a minute, given in reverse order (the timeline sorts them);
 * titled "Peristiwa N" by their place in time, of varied heights: every third with a description,
 * every tenth with a quote and its speaker.
 */
function liveBlog(count: number): Article {
  const article = seedArticle();
  const [template] = article.events!;
  const start = Date.UTC(2022, 9, 1, 0, 0);
  const events: ArticleEvent[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const at = new Date(start + i * 60_000);
    const date = `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}T${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}+07:00`;
    const event: ArticleEvent = { id: `e${i + 1}`, date, title: `Peristiwa ${i + 1}` };
    if (i % 3 === 0) event.description = template.description;
    if (i % 10 === 0) Object.assign(event, { quotes: ['q9'], speakers: ['kremlin'] });
    events.push(event);
  }
  return { ...article, events };
}

// Built once: validating 100,000 events is done once per article object.
const articles = new Map<number, Article>();
const blog = (count: number) => articles.get(count) ?? articles.set(count, liveBlog(count)).get(count)!;

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Where the rendered events are, which has focus, and where the page is scrolled. */
function layoutOf(timeline: ArticleTimeline): string {
  const shown = [...timeline.shadowRoot!.querySelectorAll<HTMLElement>('article')];
  const place = (event: HTMLElement) => [event.dataset.index, event.tabIndex, Math.round(event.closest('li')!.getBoundingClientRect().top)];
  return JSON.stringify([scrollX, scrollY, timeline.shadowRoot!.activeElement?.getAttribute('data-index'), shown.map(place)]);
}

/**
 * Waits until the timeline has rendered what the current scroll position needs: a long list's
 * windowing code has loaded (it is fetched on first use, later on a busy machine), no update is
 * pending, and the same events stand at the same places for two frames running.
 */
async function settled(timeline: ArticleTimeline): Promise<void> {
  const windowLoading = () => timeline.events.length >= WINDOW_FROM && !(timeline as unknown as { window?: object }).window;
  let last = '';
  for (let unchanged = 0; unchanged < 2;) {
    await frame();
    await timeline.updateComplete;
    const now = layoutOf(timeline);
    unchanged = !windowLoading() && !timeline.isUpdatePending && now === last ? unchanged + 1 : 0;
    last = now;
  }
}

async function renderLong(count: number): Promise<ArticleTimeline> {
  window.scrollTo(0, 0);
  const timeline = await fixture<ArticleTimeline>(html`<article-timeline .article=${blog(count)}></article-timeline>`);
  await settled(timeline);
  return timeline;
}

const list = (timeline: ArticleTimeline) => timeline.shadowRoot!.querySelector('ol')!;
const events = (timeline: ArticleTimeline) => [...timeline.shadowRoot!.querySelectorAll<HTMLElement>('article')];
const titleOf = (event: Element | null) => event?.querySelector('[role="heading"]')?.textContent?.trim();
const positionOf = (event: Element) => Number(event.closest('li')!.getAttribute('aria-posinset'));
const focused = (timeline: ArticleTimeline) => timeline.shadowRoot!.activeElement as HTMLElement | null;

/** The events a reader sees: at least partly inside the viewport, top to bottom. */
function onScreen(timeline: ArticleTimeline): HTMLElement[] {
  return events(timeline)
    .filter((event) => {
      const box = event.closest('li')!.getBoundingClientRect();
      return box.bottom > 0 && box.top < innerHeight && box.height > 0;
    })
    .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
}

/** Each event on screen shows its own title, in order without gaps, and together they fill the screen. */
function expectScreenFilled(timeline: ArticleTimeline, count: number) {
  const shown = onScreen(timeline);
  expect(shown.length, 'events on screen').to.be.greaterThan(0);
  const positions = shown.map(positionOf);
  expect(shown.map(titleOf)).to.deep.equal(positions.map((n) => `Peristiwa ${n}`));
  expect(positions, 'consecutive events').to.deep.equal(positions.map((_, k) => positions[0] + k));
  const items = shown.map((event) => event.closest('li')!.getBoundingClientRect());
  for (let k = 1; k < items.length; k++) expect(Math.abs(items[k].top - items[k - 1].bottom), 'no gap between events').to.be.below(1.5);
  const box = list(timeline).getBoundingClientRect();
  // No empty band on screen: the events reach the top and the bottom of the screen (or of the list).
  if (positions[0] > 1) expect(items[0].top).to.be.at.most(Math.max(0, box.top) + 1);
  if (positions.at(-1)! < count) expect(items.at(-1)!.bottom).to.be.at.least(Math.min(innerHeight, box.bottom) - 1);
}

/** Presses a key on the focused event, as a keyboard would. */
function press(timeline: ArticleTimeline, key: string) {
  const target = focused(timeline);
  expect(target, 'an event has focus').to.be.instanceOf(HTMLElement);
  target!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
}

/** Presses a key and waits for focus to land and the window to follow; returns the focused title. */
async function pressAndSettle(timeline: ArticleTimeline, key: string): Promise<string | undefined> {
  press(timeline, key);
  await settled(timeline);
  return titleOf(focused(timeline));
}

function expectOnScreen(element: Element | null) {
  const box = element!.getBoundingClientRect();
  expect(box.bottom, 'on screen (bottom)').to.be.above(0);
  expect(box.top, 'on screen (top)').to.be.below(innerHeight);
}

const tabStops = (timeline: ArticleTimeline) => events(timeline).filter((event) => event.tabIndex === 0);

describe('<article-timeline> with many events', function () {
  afterEach(() => window.scrollTo(0, 0));

  for (const count of [10_000, 100_000]) {
    describe(`${count.toLocaleString('en')} events`, () => {
      it('renders only a window of events, each saying where it stands in the list', async () => {
        const timeline = await renderLong(count);
        const shown = events(timeline);
        expect(shown.length).to.be.within(2, 60);
        expect(titleOf(shown[0])).to.equal('Peristiwa 1');
        for (const event of shown) {
          const item = event.closest('li')!;
          expect(item.getAttribute('aria-setsize')).to.equal(String(count));
          expect(titleOf(event)).to.equal(`Peristiwa ${item.getAttribute('aria-posinset')}`);
          const heading = event.querySelector('[role="heading"]')!;
          expect(event.getAttribute('aria-labelledby')).to.equal(heading.id);
          expect(event.querySelector('time')!.getAttribute('datetime')).to.match(/^2022-\d\d-\d\dT\d\d:\d\d\+07:00$/);
        }
        expect(list(timeline).getAttribute('aria-label')).to.equal(`Linimasa: ${blog(count).title}`);
        expect(list(timeline).children.length, 'the list holds only its items').to.equal(shown.length);
        expectScreenFilled(timeline, count);
      });

      it('shows the right events wherever the page is scrolled', async () => {
        const timeline = await renderLong(count);
        const height = list(timeline).getBoundingClientRect().height;
        expect(height, 'the list is as tall as its events would be').to.be.above(count * 20);
        for (const fraction of [0.5, 0.25, 0.9]) {
          window.scrollTo(0, list(timeline).getBoundingClientRect().top + scrollY + fraction * height);
          await settled(timeline);
          expectScreenFilled(timeline, count);
          const first = positionOf(onScreen(timeline)[0]);
          expect(first / count, `the events around ${fraction * 100} % of the list`).to.be.within(fraction - 0.1, fraction + 0.1);
          expect(events(timeline).length).to.be.below(80);
        }
      });

      it('moves the events with the page as it scrolls, without jumps or gaps', async () => {
        const timeline = await renderLong(count);
        window.scrollTo(0, list(timeline).getBoundingClientRect().top + scrollY + 0.3 * list(timeline).getBoundingClientRect().height);
        await settled(timeline);
        for (const step of [120, 400, 700, -300, -900, 250]) {
          const [watched] = onScreen(timeline).slice(-1);
          const before = watched.getBoundingClientRect().top;
          const title = titleOf(watched);
          window.scrollBy(0, step);
          await settled(timeline);
          const moved = events(timeline).find((event) => titleOf(event) === title);
          if (moved) expect(moved.getBoundingClientRect().top, `${title} after scrolling ${step} px`).to.be.closeTo(before - step, 1.5);
          else expect(Math.abs(step), `${title} left the window`).to.be.above(innerHeight / 2);
          expectScreenFilled(timeline, count);
        }
      });

      it('reaches the last event by scrolling to the end, and the first by scrolling back', async () => {
        const timeline = await renderLong(count);
        window.scrollTo(0, document.scrollingElement!.scrollHeight);
        await settled(timeline);
        // The estimates of unseen heights may be corrected on arrival: scroll to the end once more.
        window.scrollTo(0, document.scrollingElement!.scrollHeight);
        await settled(timeline);
        const last = events(timeline).find((event) => titleOf(event) === `Peristiwa ${count}`);
        expectOnScreen(last!);
        expectScreenFilled(timeline, count);

        for (let k = 0; k < 3 && scrollY > 0; k++) {
          window.scrollTo(0, 0);
          await settled(timeline);
        }
        const first = events(timeline).find((event) => titleOf(event) === 'Peristiwa 1')!;
        expect(first.closest('li')!.getBoundingClientRect().top).to.be.closeTo(list(timeline).getBoundingClientRect().top, 1);
        expectScreenFilled(timeline, count);
      });

      it('jumps to the last event with End and back to the first with Home', async () => {
        const timeline = await renderLong(count);
        events(timeline)[0].focus();
        expect(await pressAndSettle(timeline, 'End')).to.equal(`Peristiwa ${count}`);
        expectOnScreen(focused(timeline));
        expect(positionOf(focused(timeline)!)).to.equal(count);
        expect(tabStops(timeline)).to.deep.equal([focused(timeline)]);
        expectScreenFilled(timeline, count);

        expect(await pressAndSettle(timeline, 'ArrowUp')).to.equal(`Peristiwa ${count - 1}`);
        expect(await pressAndSettle(timeline, 'ArrowDown')).to.equal(`Peristiwa ${count}`);
        expect(await pressAndSettle(timeline, 'ArrowDown'), 'the end of the list').to.equal(`Peristiwa ${count}`);

        expect(await pressAndSettle(timeline, 'Home')).to.equal('Peristiwa 1');
        expectOnScreen(focused(timeline));
        expect(tabStops(timeline)).to.deep.equal([focused(timeline)]);
        expectScreenFilled(timeline, count);
      });

      it('moves past the last rendered event with ArrowDown, and before the first with ArrowUp', async () => {
        const timeline = await renderLong(count);
        const lastRendered = events(timeline).at(-1)!;
        const n = positionOf(lastRendered);
        lastRendered.focus({ preventScroll: true });
        expect(
          events(timeline).some((event) => positionOf(event) === n + 1),
          'the next event is not rendered yet',
        ).to.equal(false);
        expect(await pressAndSettle(timeline, 'ArrowDown')).to.equal(`Peristiwa ${n + 1}`);
        expectOnScreen(focused(timeline));

        await timeline.focusEvent(Math.floor(count / 2));
        await settled(timeline);
        const firstRendered = events(timeline)[0];
        const m = positionOf(firstRendered);
        expect(m).to.be.above(1);
        firstRendered.focus({ preventScroll: true });
        expect(await pressAndSettle(timeline, 'ArrowUp')).to.equal(`Peristiwa ${m - 1}`);
        expectOnScreen(focused(timeline));
      });

      it('walks down event by event with ArrowDown, each one on screen', async () => {
        const timeline = await renderLong(count);
        events(timeline)[0].focus();
        for (let n = 2; n <= 40; n++) {
          press(timeline, 'ArrowDown');
          await timeline.updateComplete;
          await frame();
          expect(titleOf(focused(timeline))).to.equal(`Peristiwa ${n}`);
          expectOnScreen(focused(timeline));
        }
        await settled(timeline);
        expect(events(timeline).length).to.be.below(80);
        expectScreenFilled(timeline, count);
      });

      it('keeps focus on its event while the page scrolls far away, and comes back to it', async () => {
        const timeline = await renderLong(count);
        await timeline.focusEvent(2);
        expect(titleOf(focused(timeline))).to.equal('Peristiwa 3');
        window.scrollTo(0, list(timeline).getBoundingClientRect().top + scrollY + list(timeline).getBoundingClientRect().height / 2);
        await settled(timeline);
        expect(titleOf(focused(timeline)), 'focus stayed on its event').to.equal('Peristiwa 3');
        expect(tabStops(timeline)).to.deep.equal([focused(timeline)]);
        expect(events(timeline).length).to.be.below(80);
        expectScreenFilled(timeline, count);

        expect(await pressAndSettle(timeline, 'ArrowDown')).to.equal('Peristiwa 4');
        expectOnScreen(focused(timeline));
      });
    });
  }

  it('keeps one tab stop, on the event last focused, as the window moves', async () => {
    const timeline = await renderLong(10_000);
    expect(tabStops(timeline).map(titleOf)).to.deep.equal(['Peristiwa 1']);
    await timeline.focusEvent(5000);
    await settled(timeline);
    expect(tabStops(timeline).map(titleOf)).to.deep.equal(['Peristiwa 5001']);
    window.scrollTo(0, 0);
    await settled(timeline);
    (document.activeElement as HTMLElement).blur();
    expect(tabStops(timeline).map(titleOf), 'the tab stop is kept, rendered off screen').to.deep.equal(['Peristiwa 5001']);
    expectScreenFilled(timeline, 10_000);
  });

  it('renders every event of a timeline under 150 events, as before', async () => {
    const timeline = await renderLong(149);
    expect(events(timeline)).to.have.length(149);
    expect(list(timeline).querySelector('[aria-posinset]')).to.equal(null);
  });

  it('switches between all events and a window when the article changes', async () => {
    const timeline = await renderLong(149);
    timeline.article = blog(10_000);
    await settled(timeline);
    expect(events(timeline).length).to.be.below(60);
    expect(titleOf(events(timeline)[0])).to.equal('Peristiwa 1');
    timeline.article = blog(149);
    await settled(timeline);
    expect(events(timeline)).to.have.length(149);
    const first = events(timeline)[0].closest('li')!;
    expect(first.getBoundingClientRect().top, 'no space left above the first event').to.be.closeTo(
      list(timeline).getBoundingClientRect().top,
      1,
    );
  });

  it('passes axe at the top, in the middle and at the end of 10,000 events', async () => {
    const timeline = await renderLong(10_000);
    await expect(timeline).to.be.accessible();
    await timeline.focusEvent(5000);
    await settled(timeline);
    await expect(timeline).to.be.accessible();
    await timeline.focusEvent(9999);
    await settled(timeline);
    await expect(timeline).to.be.accessible();
  });
});

// From CHECK_EVENTS_LATER_FROM (500) events, the events are checked after the first screen is
// painted: the timeline shows at once, and turns into the error state if an event is invalid.
describe('a live blog checked after its first screen', () => {
  const titles = (timeline: ArticleTimeline) => events(timeline).map(titleOf);
  const errorOf = (element: Element) => element.shadowRoot!.querySelector('[part~="error"]')?.textContent ?? '';

  it('shows its first events before every event is checked, and keeps them when all are valid', async () => {
    const timeline = await fixture<ArticleTimeline>(
      html`<article-timeline .article=${liveBlog(CHECK_EVENTS_LATER_FROM)}></article-timeline>`,
    );
    const state = timeline.articleState;
    expect(state.status).to.equal('ready');
    const checking = state.status === 'ready' && state.checking;
    expect(checking, 'checking the events').to.be.instanceOf(Promise);
    expect(titles(timeline).slice(0, 3)).to.deep.equal(['Peristiwa 1', 'Peristiwa 2', 'Peristiwa 3']);
    await checking;
    await settled(timeline);
    // Each state is a snapshot: the checked article is a new state; the first one is left as it was.
    expect(timeline.articleState).to.deep.equal({ status: 'ready', article: timeline.article });
    expect(state.status === 'ready' && state.checking).to.equal(checking);
    expect(titles(timeline).slice(0, 3)).to.deep.equal(['Peristiwa 1', 'Peristiwa 2', 'Peristiwa 3']);
  });

  it('turns every component into the error state, with the JSON path, when a later event is invalid', async () => {
    const article = liveBlog(600) as Article & { events: unknown[] };
    // Given newest first: the last events of the list are the first on screen.
    const earliest = article.events.length - 1;
    article.events[earliest] = { ...(article.events[earliest] as object), speakers: 7, quotes: 'q9' };
    article.events[earliest - 1] = null;
    article.events[earliest - 2] = { ...(article.events[earliest - 2] as object), date: 20221001 };
    article.events[100] = { ...(article.events[100] as object), date: 'kemarin' };
    // Values Lit would take for a node or a template, were they rendered unchecked.
    article.events[earliest - 3] = { ...(article.events[earliest - 3] as object), title: { nodeType: 1 } };
    article.events[earliest - 4] = {
      ...(article.events[earliest - 4] as object),
      description: { _$litType$: 1, strings: ['<b>'], values: [] },
    };
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
    addEventListener('error', onError);
    try {
      const host = await fixture(
        html`<quote-article .article=${article}>
          <quote-card quote-id="q1"></quote-card>
          <article-timeline></article-timeline>
        </quote-article>`,
      );
      const card = host.querySelector('quote-card')!;
      const timeline = host.querySelector<ArticleTimeline>('article-timeline')!;
      await timeline.updateComplete;
      // The events it can read, in date order; the one with odd speakers and quotes shows without them.
      expect(titles(timeline).slice(0, 2)).to.deep.equal(['Peristiwa 1', 'Peristiwa 6']);
      expect(card.shadowRoot!.querySelector('blockquote')).to.not.equal(null);
      const state = timeline.articleState;
      await (state.status === 'ready' && state.checking);
      await settled(timeline);
      await card.updateComplete;
      for (const element of [timeline, card]) {
        const error = errorOf(element);
        expect(error).to.contain('events[100].date');
        expect(error).to.contain(`events[${earliest}].speakers`);
        expect(error).to.contain(`events[${earliest - 1}]`);
        expect(error).to.contain(`events[${earliest - 2}].date`);
        expect(error).to.contain(`events[${earliest - 3}].title`);
      }
      expect(events(timeline)).to.have.length(0);
      await expect(host).to.be.accessible();
    } finally {
      removeEventListener('error', onError);
    }
    expect(uncaught).to.deep.equal([]);
  });

  it('checks a long list a slice at a time, and still finds a repeated id in two slices and a problem in the last', async () => {
    const article = liveBlog(2500) as Article & { events: ArticleEvent[] };
    article.events[2400] = { ...article.events[2400], id: article.events[3].id };
    const timeline = await fixture<ArticleTimeline>(html`<article-timeline .article=${article}></article-timeline>`);
    const state = timeline.articleState;
    await (state.status === 'ready' && state.checking);
    await settled(timeline);
    expect(errorOf(timeline)).to.contain(`events[2400].id: "${article.events[3].id}" is already the id of another item in events`);

    const last = liveBlog(2500) as Article & { events: ArticleEvent[] };
    last.events[2499] = { ...last.events[2499], title: '' };
    timeline.article = last;
    await timeline.updateComplete;
    expect(events(timeline).length, 'the first screen, before the check').to.be.greaterThan(0);
    const checking = timeline.articleState.status === 'ready' && timeline.articleState.checking;
    await checking;
    await settled(timeline);
    expect(errorOf(timeline)).to.contain('events[2499].title: must not be empty');
  });

  it('a version that appends to a valid one: a new event repeating an earlier id is found, and a valid one is taken', async () => {
    const first = liveBlog(600) as Article & { events: ArticleEvent[] };
    const timeline = await fixture<ArticleTimeline>(html`<article-timeline .article=${first}></article-timeline>`);
    const checked = async () => {
      await timeline.updateComplete;
      const state = timeline.articleState;
      await (state.status === 'ready' && state.checking);
      await settled(timeline);
    };
    await checked();
    expect(timeline.articleState.status).to.equal('ready');
    // The same event objects, and events after them (as a page that appends gives them).
    const event = (n: number, id = `e${n}`): ArticleEvent => ({ id, date: `2022-10-02T${pad(n % 24)}:00+07:00`, title: `Peristiwa ${n}` });
    const added = event(601);
    const valid = [...first.events, added];
    const versions = [
      // A new event, then one repeating an id of the first version's events.
      { events: [...valid, event(602, first.events[3].id)], error: `events[601].id: "${first.events[3].id}"` },
      // The new event alone: valid (the ids of the version refused are not counted).
      { events: valid, error: '' },
      // Then one repeating the id of that new event.
      { events: [...valid, event(603, 'e601')], error: 'events[601].id: "e601"' },
    ];
    for (const { events: list, error } of versions) {
      timeline.article = { ...first, events: list };
      await checked();
      if (error) {
        expect(errorOf(timeline)).to.contain(error).and.to.contain('is already the id of another item in events');
      } else {
        expect(timeline.articleState.status).to.equal('ready');
        expect(errorOf(timeline)).to.equal('');
      }
    }
  });

  it('reports everything at once when more than its events is wrong', async () => {
    const article = { ...liveBlog(600), title: ' ' } as Article & { events: unknown[] };
    article.events[100] = { ...(article.events[100] as object), date: 'kemarin' };
    const timeline = await fixture<ArticleTimeline>(html`<article-timeline .article=${article}></article-timeline>`);
    expect(timeline.articleState.status).to.equal('error');
    expect(errorOf(timeline)).to.contain('title').and.to.contain('events[100].date');
  });

  it('checks a shorter list before the first render', async () => {
    const article = liveBlog(CHECK_EVENTS_LATER_FROM - 1) as Article & { events: unknown[] };
    article.events[100] = { ...(article.events[100] as object), date: 'kemarin' };
    const timeline = await fixture<ArticleTimeline>(html`<article-timeline .article=${article}></article-timeline>`);
    expect(errorOf(timeline)).to.contain('events[100].date');
  });
});
