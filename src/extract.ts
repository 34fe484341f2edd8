/**
 * From article text to article JSON: `extractArticle(text, options)`, or `extractForReview` for how sure each
 * attribution is; from a news page's HTML: `extractArticleFromHtml(html, options)` (Readability and a DOM load on
 * its first call). Not part of the CDN file.
 */
export { DEFAULT_URL, extractArticle, extractForReview, type ExtractOptions, type ExtractionResult } from './extract/extract-article.js';
export { detectLanguage } from './extract/language.js';
export { needsReview, reviewSummary, type Attribution, type Confidence } from './extract/review.js';
export {
  ArticlePageError,
  extractArticleFromHtml,
  extractArticleFromPage,
  extractPageForReview,
  looksLikeHtml,
  readArticlePage,
  type ArticlePage,
  type ReadPageOptions,
} from './extract/html.js';
