import assert from 'node:assert/strict';

/** The name of the speaker extractArticle gave the quote containing `words` (fails when no quote contains them). */
export const speakerOf = (article, words) => {
  const quote = article.quotes.find((q) => q.text.includes(words));
  assert.ok(quote, `no quote with "${words}" in ${JSON.stringify(article.quotes.map((q) => q.text))}`);
  return article.speakers.find((speaker) => speaker.id === quote.speaker).name;
};
