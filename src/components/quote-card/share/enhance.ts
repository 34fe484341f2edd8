// What a <quote-card> adds after it renders, loaded after its first render so that the main file
// stays small: the share bar, the fitting of a social format, and (for search engines) JSON-LD.
import { render } from 'lit';
import type { QuoteCard } from '../quote-card.component.js';

/** Brings the card's share bar and format up to date with its last render. */
export async function enhance(card: QuoteCard): Promise<void> {
  const state = card.articleState;
  if (state.status !== 'ready') return;
  const { article } = state;
  const quote = card.quoteId ? article.quotes.find((candidate) => candidate.id === card.quoteId) : article.quotes[0];
  if (!quote) return;
  const bar = card.renderRoot.querySelector<HTMLElement>('.actions');
  if (bar) {
    const { renderShareBar } = await import('./share-bar.js');
    render(renderShareBar(bar, card, article, quote, card.lang || article.lang), bar);
  }
  if (card.format) await (await import('./format.js')).fitToFormat(card);
}
