import type { Article } from '../../src/model.js';

async function load(name: string): Promise<Article> {
  const response = await fetch(new URL(`../../src/examples/${name}`, import.meta.url));
  return response.json();
}

const [seed, seedEnglish] = await Promise.all([load('seed-article.id.json'), load('seed-article.en.json')]);

/** URL of the Indonesian seed article, for `src` attributes. */
export const SEED_URL = new URL('../../src/examples/seed-article.id.json', import.meta.url).href;

/** A fresh copy of the Indonesian seed article, safe to mutate in a test. */
export function seedArticle(): Article {
  return structuredClone(seed);
}

/** A fresh copy of the English translation of the seed article. */
export function seedArticleEnglish(): Article {
  return structuredClone(seedEnglish);
}

/** The text a reader sees in an element's shadow root, with white space collapsed. */
export function visibleText(element: Element): string {
  return (element.shadowRoot?.textContent ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
}
