/** From article text to article JSON: `extractArticle(text, options)`. Not part of the CDN file. */
export * from './extract/extract-article.js';
