import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { Article, ArticleEvent, ArticleTimeline } from '../../src/index.js';
import { seedArticle } from '../support/fixtures.js';

// A live article: a newer article object replaces the one shown, with events added, edited and
// deleted. What a reader notices: the event they are reading does not move, focus stays, new
// events wait behind a button (newest first) or arrive (at the top), one announcement per update.

const pad = (n: number) => String(n).padStart(2, '0');
const START = Date.UTC(2022, 9, 1, 0, 0);

/** Event number `n` (1 is the earliest), a minute apart; every third with a description, every tenth with a quote. */
function eventNumber(n: number, template: ArticleEvent): ArticleEvent {
  const at = new Date(START + n * 60_000);
  const date = `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}T${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}+07:00`;
  const event: ArticleEvent = { id: `e${n}`, date, title: `Peristiwa ${n}` };
  if (n % 3 === 0) event.description = template.description;
  if (n % 10 === 0) Object.assign(event, { quotes: ['q9'], speakers: ['kremlin'] });
  return event;
}

/** A live blog with events `from`…`to` (numbers as above). */
function blog(from: number, to: number): Article {
  const article = seedArticle();
  const [template] = article.events!;
  const events: ArticleEvent[] = [];
  for (let n = from; n <= to; n++) events.push(eventNumber(n, template));
  return { ...article, events };
}

/** The next version of `article`: `change` gets a copy of its events to edit. */
function update(article: Article, change: (events: ArticleEvent[], template: ArticleEvent) => ArticleEvent[] | void): Article {
  const events = [...article.events!];
  return { ...article, events: change(events, seedArticle().events![0]) ?? events };
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Waits until the timeline has rendered what the current scroll position needs. */
async function settled(timeline: ArticleTimeline): Promise<void> {
  for (let k = 0; k < 6; k++) {
    await frame();
    await timeline.updateComplete;
  }
}

const articles = (timeline: ArticleTimeline) => [...timeline.shadowRoot!.querySelectorAll<HTMLElement>('article')];
const titleOf = (event: Element | null | undefined) => event?.querySelector('[role="heading"]')?.textContent?.trim();
const eventTitled = (timeline: ArticleTimeline, title: string) => articles(timeline).find((event) => titleOf(event) === title);
const focusedTitle = (timeline: ArticleTimeline) => titleOf(timeline.shadowRoot!.activeElement);
const button = (timeline: ArticleTimeline) => timeline.shadowRoot!.querySelector<HTMLButtonElement>('[part="new-updates"]');
const region = (timeline: ArticleTimeline) => timeline.shadowRoot!.querySelector<HTMLElement>('[aria-live="polite"]')!;
const shownTitles = (timeline: ArticleTimeline) => articles(timeline).map(titleOf);

/** Counts the texts the live region is given (each a change a screen reader would announce). */
function announcements(timeline: ArticleTimeline) {
  const heard: string[] = [];
  const observer = new MutationObserver(() => {
    const text = region(timeline).textContent.trim();
    if (text && text !== heard.at(-1)) heard.push(text);
  });
  observer.observe(region(timeline), { childList: true, subtree: true, characterData: true });
  return {
    heard,
    stop: () => {
      observer.takeRecords();
      observer.disconnect();
    },
  };
}

async function render(article: Article, order?: string): Promise<ArticleTimeline> {
  window.scrollTo(0, 0);
  const timeline = await fixture<ArticleTimeline>(
    html`<article-timeline lang="en" order=${order ?? ''} .article=${article}></article-timeline>`,
  );
  await settled(timeline);
  return timeline;
}

/** Scrolls the page so that the event titled `title` is in the middle of the screen, focuses it, returns it. */
async function readInTheMiddle(timeline: ArticleTimeline, title: string): Promise<HTMLElement> {
  // The keyboard's way there: the event is rendered and scrolled into view (a long list renders only what is near).
  // It places the events it has not measured by estimates: come to the event until it stays in the middle.
  const index = timeline.events.findIndex((event) => event.title === title);
  await waitUntil(async () => {
    const shown = eventTitled(timeline, title);
    if (shown && Math.abs(shown.getBoundingClientRect().top - innerHeight / 2) <= innerHeight / 4) return true;
    if (shown) window.scrollBy(0, shown.getBoundingClientRect().top - innerHeight / 2);
    else await timeline.focusEvent(index);
    await settled(timeline);
    return false;
  }, `${title} never came to the middle of the screen`);
  const event = eventTitled(timeline, title)!;
  expect(event.getBoundingClientRect().top, `${title} in the middle of the screen`).to.be.within(innerHeight / 4, (innerHeight * 3) / 4);
  event.focus({ preventScroll: true });
  await settled(timeline);
  expect(focusedTitle(timeline)).to.equal(title);
  expect(list(timeline).getBoundingClientRect().top, 'the top of the timeline is off screen').to.be.below(-100);
  return event;
}

const list = (timeline: ArticleTimeline) => timeline.shadowRoot!.querySelector('ol')!;

async function replace(timeline: ArticleTimeline, article: Article): Promise<void> {
  timeline.article = article;
  await settled(timeline);
}

describe('<article-timeline> following a live article', function () {
  afterEach(() => window.scrollTo(0, 0));

  for (const size of [40, 1000]) {
    const what = size === 40 ? 'a short timeline' : 'a windowed timeline of 1,000 events';

    describe(what, () => {
      it('newest first: new events wait behind "3 new updates", the event read does not move, focus stays, one announcement', async () => {
        const article = blog(1, size);
        const timeline = await render(article, 'newest');
        expect(shownTitles(timeline)[0]).to.equal(`Peristiwa ${size}`);
        const reading = `Peristiwa ${Math.round(size / 2)}`;
        const event = await readInTheMiddle(timeline, reading);
        const top = event.getBoundingClientRect().top;
        const heard = announcements(timeline);

        const template = seedArticle().events![0];
        await replace(
          timeline,
          update(article, (events) => [
            ...events,
            eventNumber(size + 1, template),
            eventNumber(size + 2, template),
            eventNumber(size + 3, template),
          ]),
        );
        await waitUntil(() => button(timeline), 'the button appears');
        expect(button(timeline)!.textContent.trim()).to.equal('3 new updates');
        expect(eventTitled(timeline, reading)!.getBoundingClientRect().top, 'the event read stays where it was').to.be.closeTo(top, 0.5);
        expect(eventTitled(timeline, reading), 'the same element').to.equal(event);
        expect(focusedTitle(timeline)).to.equal(reading);
        expect(eventTitled(timeline, `Peristiwa ${size + 1}`), 'not shown yet').to.be.undefined;
        heard.stop();
        expect(heard.heard).to.deep.equal(['3 new updates']);
      });

      it('oldest first: events that arrive above, an edit and a deletion above leave the event read where it is', async () => {
        const article = blog(101, 100 + size);
        const timeline = await render(article, 'oldest');
        const reading = `Peristiwa ${100 + Math.round(size / 2)}`;
        const event = await readInTheMiddle(timeline, reading);
        const top = event.getBoundingClientRect().top;
        const heard = announcements(timeline);
        const edited = `Peristiwa ${100 + Math.round(size / 2) - 2}`;
        const deleted = `Peristiwa ${100 + Math.round(size / 2) - 3}`;
        await replace(
          timeline,
          update(article, (events, template) => {
            const index = events.findIndex((e) => e.title === edited);
            events[index] = {
              ...events[index],
              title: `${edited} (diperbarui)`,
              description: `${template.description} ${template.description}`,
            };
            events.splice(
              events.findIndex((e) => e.title === deleted),
              1,
            );
            // Back-dated: they take their place in time, above the reader.
            events.unshift(eventNumber(97, template), eventNumber(98, template), eventNumber(99, template));
          }),
        );
        expect(eventTitled(timeline, reading)!.getBoundingClientRect().top, 'the event read stays where it was').to.be.closeTo(top, 0.5);
        expect(focusedTitle(timeline)).to.equal(reading);
        expect(eventTitled(timeline, `${edited} (diperbarui)`), 'edited in place').to.exist;
        expect(eventTitled(timeline, edited)).to.be.undefined;
        expect(eventTitled(timeline, deleted), 'deleted').to.be.undefined;
        expect(button(timeline), 'no button in oldest order').to.be.null;
        heard.stop();
        expect(heard.heard).to.deep.equal(['3 new updates']);
        // Nothing moves a frame later either (the cards inside events have rendered by then).
        await settled(timeline);
        expect(eventTitled(timeline, reading)!.getBoundingClientRect().top).to.be.closeTo(top, 0.5);
      });

      it('the button works by keyboard: it shows the new events and takes focus to the newest', async () => {
        const article = blog(1, size);
        const timeline = await render(article, 'newest');
        await readInTheMiddle(timeline, `Peristiwa ${Math.round(size / 2)}`);
        const template = seedArticle().events![0];
        await replace(
          timeline,
          update(article, (events) => [...events, eventNumber(size + 1, template), eventNumber(size + 2, template)]),
        );
        await waitUntil(() => button(timeline));
        expect(button(timeline)!.textContent.trim()).to.equal('2 new updates');
        button(timeline)!.focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => focusedTitle(timeline) === `Peristiwa ${size + 2}`, 'focus on the newest event');
        await settled(timeline);
        expect(button(timeline)).to.be.null;
        expect(shownTitles(timeline)).to.include(`Peristiwa ${size + 1}`);
        const box = timeline.shadowRoot!.activeElement!.getBoundingClientRect();
        expect(box.bottom).to.be.above(0);
        expect(box.top).to.be.below(innerHeight);
      });

      it('a reader at the top sees new events arrive, with one announcement', async () => {
        const article = blog(1, size);
        const timeline = await render(article, 'newest');
        const heard = announcements(timeline);
        const template = seedArticle().events![0];
        await replace(
          timeline,
          update(article, (events) => [...events, eventNumber(size + 1, template), eventNumber(size + 2, template)]),
        );
        expect(button(timeline)).to.be.null;
        expect(shownTitles(timeline).slice(0, 3)).to.deep.equal([`Peristiwa ${size + 2}`, `Peristiwa ${size + 1}`, `Peristiwa ${size}`]);
        expect(list(timeline).getBoundingClientRect().top, 'still at the top').to.be.at.least(0);
        heard.stop();
        expect(heard.heard).to.deep.equal(['2 new updates']);
      });
    });
  }

  it('announces once per update, however many events it brings', async () => {
    const article = blog(1, 20);
    const timeline = await render(article, 'newest');
    const heard = announcements(timeline);
    const template = seedArticle().events![0];
    const second = update(article, (events) => [...events, eventNumber(21, template)]);
    await replace(timeline, second);
    await replace(
      timeline,
      update(second, (events) => [...events, ...[22, 23, 24, 25].map((n) => eventNumber(n, template))]),
    );
    // An update that only edits announces nothing.
    await replace(
      timeline,
      update(second, (events) => [...events.slice(0, -1), { ...events.at(-1)!, title: 'Peristiwa 21 (diperbarui)' }]),
    );
    heard.stop();
    expect(heard.heard).to.deep.equal(['1 new update', '4 new updates']);
    expect(eventTitled(timeline, 'Peristiwa 21 (diperbarui)')).to.exist;
  });

  it('edits and deletes the event read in place: focus goes to the event that takes its place', async () => {
    const article = blog(1, 30);
    const timeline = await render(article, 'oldest');
    const event = await readInTheMiddle(timeline, 'Peristiwa 15');
    const top = event.getBoundingClientRect().top;
    await replace(
      timeline,
      update(article, (events) => void (events[14] = { ...events[14], title: 'Peristiwa 15 (diperbarui)' })),
    );
    expect(focusedTitle(timeline)).to.equal('Peristiwa 15 (diperbarui)');
    expect(eventTitled(timeline, 'Peristiwa 15 (diperbarui)')).to.equal(event);
    await replace(
      timeline,
      update(article, (events) => void events.splice(14, 1)),
    );
    expect(eventTitled(timeline, 'Peristiwa 15')).to.be.undefined;
    expect(focusedTitle(timeline)).to.equal('Peristiwa 16');
    expect(eventTitled(timeline, 'Peristiwa 16')!.getBoundingClientRect().top, 'the next event takes its place').to.be.closeTo(top, 0.5);
  });

  it('order: oldest first, newest first, and newest first by default when followed live', async () => {
    const article = blog(1, 5);
    expect(shownTitles(await render(article, 'oldest'))[0]).to.equal('Peristiwa 1');
    expect(shownTitles(await render(article, 'newest'))[0]).to.equal('Peristiwa 5');
    expect(shownTitles(await render(article))[0], 'a story: oldest first').to.equal('Peristiwa 1');
    const live = await fixture<HTMLElement>(
      html`<quote-article live .article=${article}><article-timeline></article-timeline></quote-article>`,
    );
    const timeline = live.querySelector('article-timeline')!;
    await settled(timeline);
    expect(timeline.effectiveOrder).to.equal('newest');
    expect(shownTitles(timeline)[0], 'a live blog: newest first').to.equal('Peristiwa 5');
    // Keyboard order follows the order shown.
    articles(timeline)[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => focusedTitle(timeline) === 'Peristiwa 4');
  });

  it('says "N new updates" in Indonesian and Arabic', async () => {
    const article = blog(1, 40);
    for (const [lang, expected] of [
      ['id', '3 pembaruan baru'],
      ['ar', /تحديثات جديدة/],
    ] as const) {
      window.scrollTo(0, 0);
      const timeline = await fixture<ArticleTimeline>(
        html`<article-timeline lang=${lang} order="newest" .article=${article}></article-timeline>`,
      );
      await settled(timeline);
      await readInTheMiddle(timeline, 'Peristiwa 20');
      const template = seedArticle().events![0];
      await replace(
        timeline,
        update(article, (events) => [...events, ...[41, 42, 43].map((n) => eventNumber(n, template))]),
      );
      await waitUntil(() => button(timeline));
      const text = button(timeline)!.textContent.trim();
      if (typeof expected === 'string') expect(text).to.equal(expected);
      else expect(text).to.match(expected);
    }
  });
});
