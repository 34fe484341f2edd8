import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { QuoteCard } from '../../src/index.js';
import { seedArticleEnglish } from '../support/fixtures.js';

describe('drawing a card as a PNG', () => {
  it('fetches the portrait of the card’s speaker only, not of every speaker of the article (300 speakers)', async () => {
    performance.setResourceTimingBufferSize(5000);
    const run = Math.random().toString(36).slice(2);
    const portrait = (id: string) => `/test/support/avatar.svg?run=${run}&speaker=${id}`;
    const article = seedArticleEnglish();
    article.speakers = [
      ...article.speakers.map((speaker) => ({ ...speaker, image: portrait(speaker.id) })),
      ...Array.from({ length: 300 }, (_, index) => ({ id: `extra${index}`, name: `Speaker ${index}`, image: portrait(`extra${index}`) })),
    ].map((speaker) => ({ ...speaker, image: new URL(speaker.image, location.href).href }));
    const quote = article.quotes.find((candidate) => candidate.speaker === 'shoigu')!;
    const card = await fixture<QuoteCard>(html`<quote-card .article=${article} quote-id=${quote.id}></quote-card>`);
    const blob = await card.toBlob();
    expect(blob.type).to.equal('image/png');
    const requested = performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).searchParams)
      .filter((query) => query.get('run') === run)
      .map((query) => query.get('speaker'));
    // The card's image on the page and its copy's (the check that it can be drawn, and the drawing).
    expect(requested.length, `${requested.length} portraits requested`).to.be.greaterThan(0);
    expect([...new Set(requested)]).to.deep.equal(['shoigu']);
  });
});
