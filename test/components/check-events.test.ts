import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { Article, ArticleEvent, ArticleTimeline } from '../../src/index.js';
import { CHECK_EVENTS_LATER_FROM } from '../../src/shared/article-state.js';
import { seedArticle } from '../support/fixtures.js';

// A live blog's newer versions repeat the events of the last one (the same objects when the page appends them): the
// events found valid are not checked again. What they were found valid against can change, though: these tests check
// that a newer version is still refused when an event it repeats names a quote or speaker it no longer has, or when a
// new event takes the id of an old one.

const pad = (n: number) => String(n).padStart(2, '0');

/** A live blog with `count` events, one a minute; every tenth names quote q9 and speaker kremlin. */
function liveBlog(count: number): Article & { events: ArticleEvent[] } {
  const article = seedArticle();
  const events: ArticleEvent[] = [];
  for (let i = 0; i < count; i++) {
    const at = new Date(Date.UTC(2022, 9, 1) + i * 60_000);
    const date = `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}T${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}+07:00`;
    events.push({ id: `e${i + 1}`, date, title: `Peristiwa ${i + 1}`, ...(i % 10 === 0 ? { quotes: ['q9'], speakers: ['kremlin'] } : {}) });
  }
  return { ...article, events };
}

/** Assigns the article and waits until its events are checked and the timeline has rendered the outcome. */
async function give(timeline: ArticleTimeline, article: Article): Promise<string> {
  timeline.article = article;
  await timeline.updateComplete;
  const state = timeline.articleState;
  await (state.status === 'ready' && state.checking);
  await timeline.updateComplete;
  return timeline.shadowRoot!.querySelector('[part~="error"]')?.textContent ?? '';
}

/** The same event objects, with one event more (as a page appending to a live blog gives them). */
function withOneMore(article: Article & { events: ArticleEvent[] }, event: Partial<ArticleEvent> = {}) {
  const n = article.events.length + 1;
  return { ...article, events: [...article.events, { id: `e${n}`, date: '2022-10-02T12:00+07:00', title: `Peristiwa ${n}`, ...event }] };
}

describe('checking the events of a live blog that keeps receiving new ones', () => {
  it('accepts each newer version, and refuses one whose new event is invalid', async () => {
    const timeline = await fixture<ArticleTimeline>(html`<article-timeline order="newest"></article-timeline>`);
    let article = liveBlog(CHECK_EVENTS_LATER_FROM);
    expect(await give(timeline, article)).to.equal('');
    for (let k = 0; k < 3; k++) {
      article = withOneMore(article);
      expect(await give(timeline, article)).to.equal('');
    }
    expect(timeline.shadowRoot!.querySelector('[part~="title"]')?.textContent).to.contain(`Peristiwa ${article.events.length}`);
    expect(await give(timeline, withOneMore(article, { date: 'kemarin' }))).to.contain(`events[${article.events.length}].date`);
  });

  it('refuses a newer version in which an event checked before names a quote that is gone', async () => {
    const timeline = await fixture<ArticleTimeline>(html`<article-timeline></article-timeline>`);
    const article = liveBlog(CHECK_EVENTS_LATER_FROM);
    expect(await give(timeline, article)).to.equal('');
    const withoutQ9 = { ...withOneMore(article), quotes: article.quotes.filter((quote) => quote.id !== 'q9') };
    expect(await give(timeline, withoutQ9)).to.contain('events[0].quotes[0]: "q9" is not the id of any quote');
  });

  it('refuses a newer version whose new event takes the id of an event checked before', async () => {
    const timeline = await fixture<ArticleTimeline>(html`<article-timeline></article-timeline>`);
    const article = liveBlog(CHECK_EVENTS_LATER_FROM);
    expect(await give(timeline, article)).to.equal('');
    const error = await give(timeline, withOneMore(article, { id: 'e7' }));
    expect(error).to.contain(`events[${article.events.length}].id: "e7" is already the id of another item in events`);
  });

  it('takes a valid newer version after refusing one whose new events repeat an id', async () => {
    const timeline = await fixture<ArticleTimeline>(html`<article-timeline order="newest"></article-timeline>`);
    const article = liveBlog(CHECK_EVENTS_LATER_FROM);
    expect(await give(timeline, article)).to.equal('');
    // A new event, then one taking an old id: refused. The new event's id is not taken for it.
    expect(await give(timeline, withOneMore(withOneMore(article), { id: 'e7' }))).to.contain('"e7" is already the id');
    expect(await give(timeline, withOneMore(article))).to.equal('');
    expect(timeline.shadowRoot!.querySelector('[part~="title"]')?.textContent).to.contain(`Peristiwa ${article.events.length + 1}`);
  });

  it('refuses a newer version whose events list is the one checked before, changed in place', async () => {
    const timeline = await fixture<ArticleTimeline>(html`<article-timeline></article-timeline>`);
    const article = liveBlog(CHECK_EVENTS_LATER_FROM);
    expect(await give(timeline, article)).to.equal('');
    article.events[3] = { ...article.events[3], date: 'kemarin' };
    expect(await give(timeline, { ...article })).to.contain('events[3].date');
  });
});
