import type { Article } from '../src/model/article.js';

/** A local live blog: each `next()` is a new version of the article (an event added; now and then one edited or deleted). */
export function liveStream(article: Article, options?: { events?: number; start?: number }): { readonly article: Article; next(): Article };
