import { defineElement } from '../../shared/define.js';
import { QuoteArticle } from './quote-article.component.js';

export { QuoteArticle };

defineElement('quote-article', QuoteArticle);

declare global {
  interface HTMLElementTagNameMap {
    'quote-article': QuoteArticle;
  }
}
