import type { Article } from '../model/article.js';

export interface ExtractOptions {
  /** `id` or `en`; detected from the text when absent. */
  lang?: 'id' | 'en';
  title?: string;
  url?: string;
  /** ISO 8601 date the article was published; resolves "Rabu (26/10)" and "on Saturday". */
  publishedAt?: string;
}

/** Placeholder: the real extractor is being written (issue 9). */
export function extractArticle(_text: string, _options: ExtractOptions = {}): Article {
  throw new Error('not implemented yet');
}
