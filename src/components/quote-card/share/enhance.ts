// What a <quote-card> adds after it renders, loaded after its first render so that the main file
// stays small: the JSON-LD for search engines, the share bar and the fitting of a social format.
import { render } from 'lit';
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
 * JSON-LD goes into a script element's text, which a page enforcing Trusted Types only accepts from
 * a policy. The text is JSON with every `<` escaped, in a script of a type browsers never run.
 */
let jsonLdPolicy: Pick<TrustedTypePolicy, 'createScript'> | undefined;
try {
  jsonLdPolicy = window.trustedTypes?.createPolicy('quote-cards', { createScript: (json: string) => json });
} catch {
  // The page's CSP does not allow a policy of this name: cards go without JSON-LD there.
}

/**
 * Keeps the card's schema.org description in a `<script type="application/ld+json">` in its light
 * DOM, where crawlers that do not look into shadow roots find it (a server-rendered card already
 * has one). A card that is itself inside a shadow root (a timeline's compact cards) gets none:
 * no crawler would read it there.
 */
function writeJsonLd(card: QuoteCard, text: string): void {
  let script = card.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"][data-quote-cards]');
  if (script?.textContent === text) return;
  script?.remove();
  if (!text) return;
  script = document.createElement('script');
  script.type = 'application/ld+json';
  script.dataset.quoteCards = '';
  try {
    script.text = (jsonLdPolicy?.createScript(text) ?? text) as string;
    card.append(script);
  } catch {
    // Trusted Types are enforced and no policy could be made.
  }
}
