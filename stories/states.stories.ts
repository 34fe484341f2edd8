import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { seed } from './articles.js';

/** An inline `<script type="application/json">` holding `json` (a child node, so that Lit leaves its text alone). */
function jsonScript(json: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  return script;
}

/** The seed article with four problems, each reported with its JSON path. */
function brokenArticle(lang: string): unknown {
  const article = seed(lang);
  article.quotes[article.quotes.length - 1].speaker = 'putn'; // a speaker that does not exist
  Reflect.deleteProperty(article, 'title'); // a required field missing
  article.url = 'javascript:alert(1)'; // a link that is not http(s)
  const [event] = article.events ?? [];
  if (event) event.date = event.dateText ?? 'yesterday'; // the date as the article wrote it, not ISO 8601
  return article;
}

/**
 * For one story, `fetch` of `url` gets `answer()` instead of going to the network: the component
 * sees what a real failure gives it, without the browser logging the failed request as a console
 * error. Returns a `beforeEach` hook; its clean-up restores `fetch`.
 */
function answerFetch(url: string, answer: () => Promise<Response>) {
  return () => {
    const target = new URL(url, location.href).href;
    const fetchBefore = window.fetch;
    const stub: typeof window.fetch = (input, init) =>
      new URL(input instanceof Request ? input.url : String(input), location.href).href === target ? answer() : fetchBefore(input, init);
    window.fetch = stub;
    return () => {
      if (window.fetch === stub) window.fetch = fetchBefore;
    };
  };
}

const meta: Meta = {
  title: 'States/Loading and errors',
  component: 'quote-card',
};
export default meta;
type Story = StoryObj;

/** While the article loads (this `src` never answers). */
export const Loading: Story = {
  render: () => html`<quote-card src="./examples/seed-article.id.json#pending" style="max-width: 420px"></quote-card>`,
};

/** The request took too long: the error names the URL and offers "Try again". */
export const Timeout: Story = {
  render: () => html`<quote-card src="./examples/seed-article.id.json#timeout" style="max-width: 420px"></quote-card>`,
};

/** The server answers 404 (answered in the story, so that the browser logs no failed request). */
export const NotFound: Story = {
  name: 'Not found (404)',
  beforeEach: answerFetch(
    './examples/does-not-exist.json',
    async () => new Response('Not Found', { status: 404, statusText: 'Not Found' }),
  ),
  render: () => html`<quote-card src="./examples/does-not-exist.json" style="max-width: 420px"></quote-card>`,
};

/** The file is not JSON. */
export const InvalidJson: Story = {
  name: 'Invalid JSON',
  render: () => html`<quote-card src="data:application/json,%7Boops" style="max-width: 420px"></quote-card>`,
};

/**
 * The request fails without an answer, as fetch does when the connection is refused (simulated in
 * the story, so that the browser logs no failed request).
 */
export const NetworkFailure: Story = {
  name: 'Network failure',
  beforeEach: answerFetch('http://127.0.0.1:9/article.json', async () => {
    throw new TypeError('Failed to fetch');
  }),
  render: () => html`<quote-card src="http://127.0.0.1:9/article.json" style="max-width: 420px"></quote-card>`,
};

/** An article with several problems shows them all at once, each with its JSON path. */
export const InvalidArticle: Story = {
  name: 'Invalid article',
  render: (_args, { globals }) => html`<quote-card .article=${brokenArticle(globals.lang)} style="max-width: 420px"></quote-card>`,
};

/** A valid article without the quote the card asks for. */
export const UnknownQuote: Story = {
  name: 'Unknown quote-id',
  render: (_args, { globals }) => html`<quote-card .article=${seed(globals.lang)} quote-id="q99" style="max-width: 420px"></quote-card>`,
};

/** A valid article without the speaker the badge asks for. */
export const UnknownSpeaker: Story = {
  name: 'Unknown speaker-id',
  render: (_args, { globals }) => html`<speaker-badge .article=${seed(globals.lang)} speaker-id="zelenskyy"></speaker-badge>`,
};

/** A card with no `article`, no `src` and no `<quote-article>` around it. */
export const NoArticle: Story = {
  name: 'No article',
  render: () => html`<quote-card style="max-width: 420px"></quote-card>`,
};

/** An inline `<script type="application/json">` that is not JSON: the provider shows the error in place of its content. */
export const BrokenInlineScript: Story = {
  name: 'Broken inline script',
  render: () =>
    html`<quote-article>
      ${jsonScript('{ "version": 1, "title": "Sekjen NATO", oops }')}
      <quote-card quote-id="q1"></quote-card>
    </quote-article>`,
};
