import arabic from '../src/examples/seed-article.ar.json' with { type: 'json' };
import english from '../src/examples/seed-article.en.json' with { type: 'json' };
import indonesian from '../src/examples/seed-article.id.json' with { type: 'json' };
import type { Article } from '../src/index.js';

/** The seed article in the languages the toolbar offers (Arabic: an abridged translation, right to left). */
export const ARTICLES: Record<string, Article> = {
  id: indonesian as Article,
  en: english as Article,
  ar: arabic as Article,
};

/** A fresh copy of the seed article in a language of the toolbar (Indonesian by default). */
export function seed(lang = 'id'): Article {
  return structuredClone(ARTICLES[lang] ?? ARTICLES.id);
}

/** An article made of the seed with one quote replaced, for stories about unusual quotes. */
export function withQuote(text: string, changes: Partial<Article['quotes'][number]> = {}): Article {
  const article = seed();
  article.quotes = [{ ...article.quotes[0], text, ...changes }];
  article.events = [];
  return article;
}
