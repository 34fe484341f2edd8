import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Article } from '../src/index.js';
import { ARTICLES, seed } from './articles.js';

const GRID = 'display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr)); gap: 1rem; align-items: start';

/** An inline `<script type="application/json">` holding `json` (a child node, so that Lit leaves its text alone). */
function jsonScript(json: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  return script;
}

/** Everything the article has: every speaker's badge, every quote's card in a responsive grid, the timeline. */
const everything = (article: Article) =>
  html`<h2 style="margin-block-start: 0">${article.title}</h2>
    <div style="display: flex; flex-wrap: wrap; gap: 1rem 2rem; margin-block-end: 1.5rem">
      ${article.speakers.map((speaker) => html`<speaker-badge speaker-id=${speaker.id}></speaker-badge>`)}
    </div>
    <div style=${GRID}>${article.quotes.map((quote) => html`<quote-card quote-id=${quote.id}></quote-card>`)}</div>
    <article-timeline style="display: block; margin-block-start: 2rem"></article-timeline>`;

const meta: Meta = {
  title: 'Components/quote-article',
  component: 'quote-article',
};
export default meta;
type Story = StoryObj;

/** A card, a badge and the timeline from one article: what the Introduction shows. */
export const AtAGlance: Story = {
  name: 'At a glance',
  render: (_args, { globals }) =>
    html`<quote-article .article=${seed(globals.lang)} style="display: block; max-width: 44rem">
      <div style="display: grid; gap: 1rem">
        <quote-card quote-id="q9" share></quote-card>
        <speaker-badge speaker-id="stoltenberg"></speaker-badge>
        <article-timeline></article-timeline>
      </div>
    </quote-article>`,
};

/** The whole seed article from one provider: its speakers, all its quotes as cards, and its timeline. */
export const WholeArticle: Story = {
  name: 'Whole article',
  render: (_args, { globals }) => {
    const article = seed(globals.lang);
    return html`<quote-article .article=${article}>${everything(article)}</quote-article>`;
  },
};

/** `src`: the provider fetches the JSON file once and every component inside reads it. */
export const FromSrc: Story = {
  name: 'Loaded from src',
  render: (_args, { globals }) => {
    const lang = globals.lang in ARTICLES ? globals.lang : 'id';
    return html`<quote-article src=${`./examples/seed-article.${lang}.json`}>${everything(seed(lang))}</quote-article>`;
  },
};

/** The article written inline, in a `<script type="application/json">` child: no request at all. */
export const InlineScript: Story = {
  name: 'Inline JSON script',
  render: (_args, { globals }) => {
    const article = seed(globals.lang);
    return html`<quote-article>
      ${jsonScript(JSON.stringify(article))}
      <div style=${GRID}>
        <quote-card quote-id="q1"></quote-card>
        <quote-card quote-id="q9" variant="compact"></quote-card>
      </div>
    </quote-article>`;
  },
};

/**
 * A page that mixes prose with cards: each card inside the provider picks its quote by `quote-id`,
 * and the rest of the page is ordinary HTML. The prose here is the quotes' context, so the cards
 * leave it out.
 */
export const MixedPage: Story = {
  name: 'Cards in a page',
  render: (_args, { globals }) => {
    const article = seed(globals.lang);
    const [first, second, last] = [article.quotes[0], article.quotes[1], article.quotes[article.quotes.length - 1]].map((quote) => ({
      ...quote,
    }));
    for (const quote of article.quotes) delete quote.context;
    const paragraph = (text?: string) => (text ? html`<p style="line-height: 1.6">${text}</p>` : '');
    return html`<quote-article .article=${article} style="display: block; max-width: 680px">
      <h1 style="margin-block-start: 0">${article.title}</h1>
      <speaker-badge speaker-id=${first.speaker}></speaker-badge>
      ${paragraph(first.context)}
      <quote-card quote-id=${first.id}></quote-card>
      ${paragraph(second.context)}
      <quote-card quote-id=${second.id} variant="pull"></quote-card>
      ${paragraph(last.context)}
      <quote-card quote-id=${last.id} variant="compact"></quote-card>
      ${paragraph(article.events?.[0]?.description)}
    </quote-article>`;
  },
};
