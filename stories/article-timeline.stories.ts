import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Article, ArticleEvent } from '../src/index.js';
import { liveStream } from '../demo/live-stream.js';
import { seed } from './articles.js';

interface Args {
  'heading-level': number;
  lang?: string;
}

/**
 * Events made from the seed article: dated as `dates` says, in that order, titled after a quote's
 * context (or the seed event's title) so that they speak the article's language; every third one
 * cites a quote (each in turn) and its speaker. `number` prefixes each title with its place in the list.
 */
function withEvents(article: Article, dates: string[], number = false): Article {
  const { quotes, speakers } = article;
  const fallbackTitle = article.events?.[0]?.title ?? article.title;
  article.events = dates.map((date, index): ArticleEvent => {
    const cites = index % 3 === 0;
    const quote = cites ? quotes[(index / 3) % quotes.length] : quotes[quotes.length - 1 - (index % quotes.length)];
    const speaker = speakers.find((candidate) => candidate.id === quote.speaker)!;
    const title = `${number ? `(${index + 1}) ` : ''}${quote.context ?? `${speaker.name}: ${fallbackTitle}`}`;
    return cites ? { id: `e${index + 1}`, date, title, quotes: [quote.id], speakers: [speaker.id] } : { id: `e${index + 1}`, date, title };
  });
  return article;
}

/** 40 dates over 2022, about nine days apart; some only a month, one only the year, some with a time. */
const DATES_2022 = Array.from({ length: 40 }, (_, index) => {
  const day = new Date(Date.UTC(2022, 0, 1 + Math.round((index * 363) / 39))).toISOString().slice(0, 10);
  if (index === 0) return '2022';
  if (index % 8 === 5) return day.slice(0, 7);
  if (index % 11 === 7) return `${day}T09:30+07:00`;
  return day;
});

const meta: Meta<Args> = {
  title: 'Components/article-timeline',
  component: 'article-timeline',
  args: { 'heading-level': 3 },
  argTypes: {
    'heading-level': { control: { type: 'range', min: 1, max: 6, step: 1 }, description: 'Heading level (1–6) of the event titles' },
  },
  render: ({ lang, ...args }, { globals }) =>
    html`<article-timeline
      .article=${seed(globals.lang)}
      heading-level=${args['heading-level']}
      lang=${ifDefined(lang)}
      style="max-width: 640px"
    ></article-timeline>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The seed article's one event: Putin's nuclear drill, with its speakers and quotes. */
export const Default: Story = {};

/** 40 events over 2022, some dated only by month or year, every third with a quote and its speaker. */
export const ManyEvents: Story = {
  name: 'Many events',
  render: (args, { globals }) =>
    html`<article-timeline
      .article=${withEvents(seed(globals.lang), DATES_2022)}
      heading-level=${args['heading-level']}
      style="max-width: 640px"
    ></article-timeline>`,
};

/** 10,000 dates, one every 15 minutes from 26 October 2022, 08:00 Jakarta time. */
const LIVE_BLOG = Array.from({ length: 10_000 }, (_, index) => {
  const at = new Date(Date.UTC(2022, 9, 26, 1) + index * 15 * 60_000);
  return `${at.toISOString().slice(0, 16)}+00:00`;
});

/**
 * A live blog of 10,000 events: only the events on screen are rendered (scroll, or focus an event
 * and press End, Home and the arrows); each tells a screen reader its place ("event 5,004 of 10,000").
 */
export const LiveBlog: Story = {
  name: 'Live blog (10,000 events)',
  render: (args, { globals }) =>
    html`<article-timeline
      .article=${withEvents(seed(globals.lang), LIVE_BLOG, true)}
      heading-level=${args['heading-level']}
      style="max-width: 640px"
    ></article-timeline>`,
};

/**
 * The same live blog with one event (number 9,001) dated "kemarin": from 500 events, the events are
 * checked just after the first screen is painted, so the first events show at once and the error,
 * naming `events[9000].date`, replaces them a moment later.
 */
export const LiveBlogInvalidEvent: Story = {
  name: 'Live blog with an invalid event',
  render: (args, { globals }) => {
    const article = withEvents(seed(globals.lang), LIVE_BLOG, true);
    article.events![9000] = { ...article.events![9000], date: 'kemarin' };
    return html`<article-timeline .article=${article} heading-level=${args['heading-level']} style="max-width: 640px"></article-timeline>`;
  },
};

/**
 * A live blog as it happens: a local stream replaces the article every 3 seconds with a newer one
 * (an event added each time, the latest but one edited every third time, an older one deleted every
 * fifth). Newest first (the timeline has `live`). Stay at the top and new events arrive; scroll
 * down (or focus an event) and they wait behind the "N new updates" button, while the event you
 * are reading stays still. A screen reader hears one announcement per update.
 */
export const LiveUpdates: Story = {
  name: 'Live blog, updating',
  render: (args, { globals }) => {
    const stream = liveStream(seed(globals.lang), { events: 30 });
    const timeline = document.createElement('article-timeline');
    timeline.article = stream.article;
    timeline.setAttribute('live', '');
    timeline.setAttribute('heading-level', String(args['heading-level']));
    timeline.style.maxWidth = '640px';
    let shown = false;
    const timer = setInterval(() => {
      // The story was left: stop the stream.
      if (shown && !timeline.isConnected) return clearInterval(timer);
      shown ||= timeline.isConnected;
      if (shown) timeline.article = stream.next();
    }, 3000);
    return timeline;
  },
};

/** Events given out of order (numbered as given) are shown in date order; a month or year comes first in its period. */
export const OutOfOrder: Story = {
  name: 'Events out of order',
  render: (args, { globals }) =>
    html`<article-timeline
      .article=${withEvents(seed(globals.lang), ['2022-10-26', '2022-02-24', '2022-12', '2022-09-21T07:00+03:00', '2022', '2022-10'], true)}
      heading-level=${args['heading-level']}
      style="max-width: 640px"
    ></article-timeline>`,
};

/** An article without events: the timeline says so. */
export const NoEvents: Story = {
  name: 'No events',
  render: (args, { globals }) => {
    const article = seed(globals.lang);
    delete article.events;
    return html`<article-timeline .article=${article} heading-level=${args['heading-level']}></article-timeline>`;
  },
};

/** `heading-level` fits the event titles into the page's outline (here level 2, under the page's h1). */
export const HeadingLevel: Story = {
  name: 'Heading level',
  args: { 'heading-level': 2 },
  render: (args, context) =>
    html`<h1 style="margin-block-start: 0">${seed(context.globals.lang).title}</h1>
      ${meta.render!(args, context)}`,
};

export const English: Story = {
  render: () => html`<article-timeline .article=${seed('en')} style="max-width: 640px"></article-timeline>`,
};

/** Arabic: right to left, dates written in Arabic. */
export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  render: () => html`<article-timeline .article=${seed('ar')} style="max-width: 640px"></article-timeline>`,
};
