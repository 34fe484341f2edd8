/** Telling Indonesian from English by their commonest words. */
import { EN } from './lexicon-en.js';
import { ID } from './lexicon-id.js';

/**
 * The language of a text, `id` (Indonesian) or `en` (English), from how many of each language's
 * commonest words it uses. Text with neither (empty, numbers only) counts as English.
 */
export function detectLanguage(text: string): 'id' | 'en' {
  let id = 0;
  let en = 0;
  for (const match of text
    .slice(0, 3000)
    .toLowerCase()
    .matchAll(/\p{L}+/gu)) {
    if (ID.stopwords.has(match[0])) id++;
    if (EN.stopwords.has(match[0])) en++;
  }
  return id > en ? 'id' : 'en';
}
