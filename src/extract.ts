/** From article text to article JSON: `extractArticle(text, options)`. Not part of the CDN file. */
export { DEFAULT_URL, extractArticle, type ExtractOptions } from './extract/extract-article.js';
export { detectLanguage } from './extract/language.js';
