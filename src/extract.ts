/** From article text to article JSON: `extractArticle(text, options)`. Not part of the CDN file. */
export { DEFAULT_URL, extractArticle, extractForReview, type ExtractOptions, type ExtractionResult } from './extract/extract-article.js';
export { detectLanguage } from './extract/language.js';
export { needsReview, reviewSummary, type Attribution, type Confidence } from './extract/review.js';
