import { defineElement } from '../../shared/define.js';
import { QuoteArticle } from './quote-article.component.js';
// `live`: following the article as it changes (the CDN file loads it when a page first uses `live`).
import '../../shared/live-source.js';

export { QuoteArticle };
export type {
  QuoteArticleDetail,
  QuoteArticleErrorDetail,
  QuoteArticleErrorEvent,
  QuoteArticleEvent,
} from '../../shared/article-events.js';

defineElement('quote-article', QuoteArticle);

declare global {
  interface HTMLElementTagNameMap {
    'quote-article': QuoteArticle;
  }
}
