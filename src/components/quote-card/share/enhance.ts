// What a <quote-card> adds after it renders, loaded after its first render so that the main file
// stays small: the JSON-LD for search engines, the share bar and the fitting of a social format.
import { html, render } from 'lit';
import { jsonLdText, quotationJsonLd } from '../../../shared/json-ld.js';
import type { QuoteCard } from '../quote-card.component.js';
import type { ToBlobOptions } from './capture.js';

/** The card as a PNG; the capture code (with modern-screenshot) loads on the first call. */
export async function toBlob(card: QuoteCard, options?: ToBlobOptions): Promise<Blob> {
  return (await import('./capture.js')).cardToBlob(card, options);
}

/** Brings the card's JSON-LD, share bar and format up to date with its last render. */
export async function enhance(card: QuoteCard): Promise<void> {
  const state = card.articleState;
  const { article } = state.status === 'ready' ? state : {};
  const quote = article && (card.quoteId ? article.quotes.find((candidate) => candidate.id === card.quoteId) : article.quotes[0]);
  writeJsonLd(card, article && quote && card.getRootNode() === document ? jsonLdText(quotationJsonLd(article, quote)) : '');
  if (!article || !quote) return;
  const bar = card.renderRoot.querySelector<HTMLElement>('[part="actions"]');
  if (bar) {
    const { renderShareBar } = await import('./share-bar.js');
    render(renderShareBar(bar, card, article, quote, card.lang || article.lang), bar);
  }
  if (card.format) await (await import('./format.js')).fitToFormat(card);
}

/**
 * Keeps the card's schema.org description in a `<script type="application/ld+json">` in its light
 * DOM, where crawlers that do not look into shadow roots find it (a server-rendered card already
 * has one). A card that is itself inside a shadow root (a timeline's compact cards) gets none:
 * no crawler would read it there.
 *
 * A page enforcing Trusted Types accepts a script's text only from a policy, and may allow no
 * policy but Lit's: the text is therefore never given to a script sink. The element comes from a
 * Lit template, parsed as a fragment, and such a script is marked "already started": it never runs
 * and its text is never checked, so a text node can hold the JSON (with every `<` escaped).
 */
function writeJsonLd(card: QuoteCard, text: string): void {
  let script = card.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"][data-quote-cards]');
  if (script?.textContent === text) return;
  if (text && !script) {
    const fragment = document.createDocumentFragment();
    render(html`<script type="application/ld+json" data-quote-cards></script>`, fragment);
    script = fragment.querySelector('script')!;
    card.append(script);
  }
  if (text) script!.replaceChildren(text);
  else script?.remove();
}
