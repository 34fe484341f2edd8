import { ContextProvider } from '@lit/context';
import { html, type PropertyValues } from 'lit';
import { ArticleElement } from '../../shared/article-element.js';
import { articleContext, parseArticle, type ArticleState } from '../../shared/article-state.js';
import { validatorLoading } from '../../shared/validator.js';

/**
 * Holds one article and shares it with every quote-cards element inside it, which then need only
 * say which quote or speaker to show. The article comes from the `article` property, from the JSON
 * file at `src`, or from an inline `<script type="application/json">` child, and is validated once.
 * While it loads, the children show their loading state; when it is invalid or cannot be loaded,
 * this element shows the error, with every problem's JSON path, in their place.
 *
 * @tag quote-article
 * @summary Provides an article to the quote cards, badges and timelines inside it.
 *
 * @slot - Quote cards, speaker badges, timelines and any other content.
 * @csspart status - The loading or error message.
 * @csspart error - The error message, shown instead of the content.
 */
export class QuoteArticle extends ArticleElement {
  /** @internal */
  declare private inline?: ArticleState;

  private sharing = new ContextProvider(this, { context: articleContext });

  override get articleState(): ArticleState {
    return this.article === undefined && !this.src && this.inline ? this.inline : super.articleState;
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
