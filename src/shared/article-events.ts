import type { Article } from '../model/article.js';
import type { ArticleError } from './article-state.js';

/** What `quote-article-load` and `quote-article-update` tell the page. */
export interface QuoteArticleDetail {
  /** The article now shown (valid). */
  article: Article;
  /** The URL it came from. */
  src: string;
}

/** What `quote-article-error` tells the page. */
export interface QuoteArticleErrorDetail {
  /**
   * Why: `kind` is `invalid`, `http`, `network`, `timeout` or `json`; `problems` lists each problem
   * with its JSON path (or the URL).
   */
  error: ArticleError;
  /** The URL asked for. */
  src: string;
  /** The article still shown, if one was (a reload or a live article's new version failed). */
  article?: Article;
}

/**
 * Fired by a quote-cards element with `src` when its article has loaded and is shown
 * (`quote-article-load`), and when another version of it is shown (`quote-article-update`: a
 * `live` article's new version, `reload()`). It bubbles (not out of shadow roots).
 */
export type QuoteArticleEvent = CustomEvent<QuoteArticleDetail>;

/**
 * Fired by a quote-cards element with `src` when its article, or a new version of it, cannot be
 * shown. It bubbles (not out of shadow roots).
 */
export type QuoteArticleErrorEvent = CustomEvent<QuoteArticleErrorDetail>;

declare global {
  interface HTMLElementEventMap {
    'quote-article-load': QuoteArticleEvent;
    'quote-article-update': QuoteArticleEvent;
    'quote-article-error': QuoteArticleErrorEvent;
  }
}
