import { ContextProvider } from '@lit/context';
import { html, type PropertyValues } from 'lit';
import { ArticleElement } from '../../shared/article-element.js';
import { articleContext, parseArticle, stateOf, type ArticleState } from '../../shared/article-state.js';
import { validatorLoading } from '../../shared/validator.js';

/**
 * Holds one article and shares it with every quote-cards element inside it, which then need only
 * say which quote or speaker to show. The article comes from the `article` property, from the JSON
 * file at `src`, or from an inline `<script type="application/json">` child, and is validated once.
 * While it loads, the children show their loading state; when it is invalid or cannot be loaded,
 * this element shows the error, with every problem's JSON path, in their place.
 *
 * With `live`, it follows the article at `src` as it changes (a live blog): it asks for it again
 * every `interval` seconds with a conditional request, or listens to the Server-Sent Events at
 * `stream`. Each new version reaches every component inside; one that fails keeps the last good
 * article on screen, the error beside it (see docs/live-timeline.md).
 *
 * @tag quote-article
 * @summary Provides an article to the quote cards, badges and timelines inside it.
 *
 * @slot - Quote cards, speaker badges, timelines and any other content.
 * @csspart status - The loading or error message.
 * @csspart error - The error message, shown instead of the content.
 * @csspart error-heading - The error's heading, in the reader's language.
 * @csspart retry - The "Try again" button of an error.
 * @csspart error-details - The closed disclosure with the problems, their JSON paths and URLs, for developers.
 *
 * @attr {number} interval - Seconds between two requests for a `live` article (30 by default, read before each request); longer while the page is hidden or the server fails.
 * @attr {string} stream - URL of a Server-Sent Events stream whose every message is the article's new version (its whole JSON), for a `live` article: it is listened to instead of asking again.
 *
 * @fires {QuoteArticleEvent} quote-article-load - With `src`: the article has loaded and is shown. Detail `{ article, src }`. Bubbles (not out of shadow roots); a card, badge or timeline with its own `src` fires it too.
 * @fires {QuoteArticleEvent} quote-article-update - With `src`: another version of the article is shown (`live`, `reload()`, "Try again"). Detail `{ article, src }`.
 * @fires {QuoteArticleErrorEvent} quote-article-error - With `src`: the article (or its latest version) cannot be shown: invalid, HTTP error, network failure, timeout, not JSON. Detail `{ error, src, article }`, `article` being the one still shown, if any.
 */
export class QuoteArticle extends ArticleElement {
  static override properties = {
    ...ArticleElement.properties,
    live: { type: Boolean },
  };

  /**
   * Follows the article at `src` as it changes: asks for it again every `interval` seconds, or
   * listens to `stream`. The code that does it (live-source.ts) is loaded when a page first uses
   * `live` (the CDN file), or imported with the package (`quote-cards`, `quote-cards/quote-article.js`).
   */
  declare live?: boolean;

  /** @internal */
  declare private inline?: ArticleState;

  private sharing = new ContextProvider(this, { context: articleContext });

  override get articleState(): ArticleState {
    const { inline } = this;
    // (The latest snapshot of an inline article: a long list of events checked since.)
    return this.article === undefined && !this.src && inline
      ? inline.status === 'ready'
        ? stateOf(inline.article)
        : inline
      : super.articleState;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const script = this.querySelector(':scope > script[type="application/json"]');
    // A shadow root already there was rendered by a server, which checked every event: so must hydration.
    const read = () => script && (this.inline = parseArticle(script.textContent!, 'script', !!this.shadowRoot));
    read();
    // In the CDN file, it is read again once the validator has arrived (until then it is `unchecked`).
    validatorLoading?.then(() => (read(), this.requestUpdate()));
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.sharing.setValue(this.articleState);
  }

  protected override renderArticle() {
    return html`<slot></slot>`;
  }
}
