import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render } from 'lit';
import { describeProblem, validateArticle } from '../src/index.js';
import { extractArticle } from '../src/extract.js';
import englishSample from '../test/extract/en/01-ukraine-grid-drone-strikes.txt?raw';
import seedText from '../test/extract/id/00-seed-nato-stoltenberg.txt?raw';

interface Args {
  text: string;
  published: string;
}

/** Extracts the pasted text, shows the JSON to correct, and renders the cards of the corrected JSON. */
function setUp(root: HTMLElement, { text, published }: Args) {
  const input = root.querySelector<HTMLTextAreaElement>('#article-text')!;
  const json = root.querySelector<HTMLTextAreaElement>('#article-json')!;
  const preview = root.querySelector<HTMLElement>('#cards')!;
  const status = root.querySelector<HTMLElement>('#json-status')!;
  input.value = text;

  const showCards = () => {
    let article: unknown;
    try {
      article = JSON.parse(json.value);
    } catch (error) {
      status.textContent = `The JSON does not parse: ${(error as Error).message}`;
      return;
    }
    const validation = validateArticle(article);
    status.textContent = validation.valid
      ? `Valid: ${validation.article.quotes.length} quotes, ${validation.article.speakers.length} speakers, ${validation.article.events?.length ?? 0} events.`
      : validation.problems.map(describeProblem).join('\n');
    if (!validation.valid) return;
    const { quotes, speakers } = validation.article;
    render(
      html`<quote-article .article=${article}>
        <div style="display: flex; flex-wrap: wrap; gap: 1rem; margin-bottom: 1rem">
          ${speakers.map((speaker) => html`<speaker-badge speaker-id=${speaker.id}></speaker-badge>`)}
        </div>
        <div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); align-items: start">
          ${quotes.map((quote) => html`<quote-card quote-id=${quote.id}></quote-card>`)}
        </div>
        <article-timeline style="margin-top: 1.5rem"></article-timeline>
      </quote-article>`,
      preview,
    );
  };

  const extract = () => {
    try {
      const article = extractArticle(input.value, { publishedAt: published || undefined });
      json.value = JSON.stringify(article, null, 2);
    } catch (error) {
      status.textContent = `Nothing to extract: ${(error as Error).message}`;
      return;
    }
    showCards();
  };

  root.querySelector('#extract')!.addEventListener('click', extract);
  json.addEventListener('input', showCards);
  root.querySelector('#copy')!.addEventListener('click', (event) => void copyJson(event.currentTarget as HTMLButtonElement));
  async function copyJson(button: HTMLButtonElement) {
    try {
      await navigator.clipboard.writeText(json.value);
      button.textContent = 'Copied';
    } catch {
      json.select();
      button.textContent = 'Selected: press Ctrl+C';
    }
    setTimeout(() => (button.textContent = 'Copy JSON'), 2000);
  }
  extract();
}

const meta: Meta<Args> = {
  title: 'Tools/From article text to cards',
  tags: ['!autodocs'],
  args: { text: seedText, published: '2022-10-27' },
  argTypes: {
    text: { control: false },
    published: { control: 'text', description: 'Publication date, to resolve "Rabu (26/10)" and "on Saturday"' },
  },
  parameters: { layout: 'fullscreen' },
  render: (args) => {
    const root = document.createElement('div');
    root.style.cssText = 'display: grid; gap: 1rem; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); font: 14px/1.5 system-ui, sans-serif; color: #1b1f24';
    root.innerHTML = `
      <section aria-labelledby="paste">
        <h2 id="paste" style="font-size: 1rem; margin: 0 0 .5rem">1. Paste the article</h2>
        <label for="article-text">Article text (paragraphs separated by blank lines)</label>
        <textarea id="article-text" rows="18" style="width: 100%; box-sizing: border-box"></textarea>
        <button type="button" id="extract">Extract quotes</button>
      </section>
      <section aria-labelledby="fix">
        <h2 id="fix" style="font-size: 1rem; margin: 0 0 .5rem">2. Check and correct the JSON</h2>
        <label for="article-json">Article JSON</label>
        <textarea id="article-json" rows="18" spellcheck="false" style="width: 100%; box-sizing: border-box; font: 12px/1.4 ui-monospace, monospace"></textarea>
        <button type="button" id="copy">Copy JSON</button>
        <p id="json-status" role="status" style="white-space: pre-wrap"></p>
      </section>
      <section aria-labelledby="cards-title" style="grid-column: 1 / -1">
        <h2 id="cards-title" style="font-size: 1rem; margin: 0 0 .5rem">3. The cards</h2>
        <div id="cards"></div>
      </section>`;
    setUp(root, args);
    return root;
  },
};
export default meta;

/** The seed article: paste, extract, correct the JSON (the cards follow as you type), copy. */
export const Indonesian: StoryObj<Args> = {};

/** An English wire story from the extraction development set. */
export const English: StoryObj<Args> = { args: { text: englishSample, published: '2023-10-07' } };
