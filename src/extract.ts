/**
 * From article text to article JSON: `extractArticle(text, options)`; from a news page's HTML:
 * `extractArticleFromHtml(html, options)` (Readability and a DOM load on its first call). Not part of the CDN file.
 */
export { DEFAULT_URL, extractArticle, type ExtractOptions } from './extract/extract-article.js';
export { detectLanguage } from './extract/language.js';
export { ArticlePageError, extractArticleFromHtml, extractArticleFromPage, looksLikeHtml, readArticlePage, type ArticlePage, type ReadPageOptions } from './extract/html.js';
