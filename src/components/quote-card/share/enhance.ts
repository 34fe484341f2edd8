// What a <quote-card> adds after it renders, loaded after its first render so that the main file
// stays small: the JSON-LD for search engines, the share bar and the fitting of a social format.
import { html, render, type PropertyValues } from 'lit';
import type { Article, Quote } from '../../../model/article.js';
import type { ArticleState } from '../../../shared/article-state.js';
import { jsonLdText, quotationJsonLd } from '../../../shared/json-ld.js';
import type { QuoteCard } from '../quote-card.component.js';
import type { ToBlobOptions } from './capture.js';

/** The card as a PNG; the capture code (with modern-screenshot) loads on the first call. */
export async function toBlob(card: QuoteCard, options?: ToBlobOptions): Promise<Blob> {
  return (await import('./capture.js')).cardToBlob(card, options);
}

/** Each article's quotes by id, so that a thousand cards of one article do not each search its thousand quotes. */
const quotesById = new WeakMap<Quote[], Map<string, Quote>>();

/** The quote the card shows: its `quote-id`'s, or the article's first. */
function quoteOf(card: QuoteCard, { quotes }: Article): Quote | undefined {
  if (!card.quoteId) return quotes[0];
  let byId = quotesById.get(quotes);
  if (!byId) quotesById.set(quotes, (byId = new Map(quotes.map((quote) => [quote.id, quote]))));
  return byId.get(card.quoteId);
}

/** A Lit element's `shouldUpdate`, protected in its class. */
type Updating = { shouldUpdate(changed: PropertyValues): boolean };

/** Each card's article state at its last update, and what it showed of it. */
const shown = new WeakMap<QuoteCard, [ArticleState, string | undefined]>();

/**
 * Whether an update of the card is to render (its `shouldUpdate` from its first render on). Not when all that
 * changed is its article state (a newer version of a live article, a copy given anew) and nothing the card shows from it
 * changed: its quote, the quote's speaker, the article's title, URL, language, publisher, date, id and version. Then the
 * card, its badge, its JSON-LD and its share bar stay as they are. An update with the same state (one the share bar
 * asks for), with other properties changed, or to a state that is not ready, renders.
 */
export function renders(card: QuoteCard, changed: PropertyValues): boolean {
  const [shownState, shownKey] = shown.get(card) ?? [];
  const [state, key] = remember(card);
  if (state === shownState || changed.size > +changed.has('article') || !key || key !== shownKey) return true;
  // A live blog whose events are still being checked: should one be invalid, the card shows the error then.
  void (state as { checking?: Promise<ArticleState> }).checking?.then((next) => next.status === 'ready' || card.requestUpdate());
  return false;
}

/**
 * Notes the card's article state and what the card shows of it. (Noted after an update, before the next one: should
 * the state have changed meanwhile, the next update has the state noted, and renders.)
 */
function remember(card: QuoteCard): [ArticleState, string | undefined] {
  const state = card.articleState;
  const article = state.status === 'ready' ? state.article : undefined;
  const quote = article && quoteOf(card, article);
  let key: string | undefined;
  try {
    key =
      quote &&
      JSON.stringify({ ...article, quotes: quote, speakers: article.speakers.find((speaker) => speaker.id === quote.speaker), events: 0 });
  } catch {
    // Valid articles may carry fields of their own nested deeper than an engine's stack (Firefox: about 20,000 lists
    // deep): no key, so the card renders on every update, as it did before.
  }
  const shownNow: [ArticleState, string | undefined] = [state, key];
  shown.set(card, shownNow);
  return shownNow;
}

/** Brings the card's JSON-LD, share bar and format up to date with its last render. */
export async function enhance(card: QuoteCard): Promise<void> {
  // From its first render on, the card renders only when something it shows changed (see `renders`); and its badge
  // when the card gives it something new (a speaker, a lang) or its image fails to load, not whenever the shared article
  // changes (it hears of that too, as every component does): the card has decided then. (Set here, in the module the
  // card loads after its first render, rather than in the card's class, whose bytes count against the CDN file's budget.)
  if (!shown.has(card)) {
    remember(card);
    (card as unknown as Updating).shouldUpdate = (changed) => renders(card, changed);
  }
  const badge = card.renderRoot.querySelector('speaker-badge') as unknown as Updating | null;
  if (badge) badge.shouldUpdate = (changed) => changed.size > 0;
  const state = card.articleState;
  const { article } = state.status === 'ready' ? state : {};
  const quote = article && quoteOf(card, article);
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
