import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/index.js';
import type { ArticleTimeline, QuoteCard } from '../../src/index.js';
import { seedArticle } from '../support/fixtures.js';

// A card describes its quote for search engines in a JSON-LD script in its light DOM. Crawlers read the
// document, not shadow roots: a card inside one (a timeline's compact cards) writes none.

const jsonLdOf = (card: Element) => card.querySelectorAll(':scope > script[type="application/ld+json"]');

describe('JSON-LD of the cards', () => {
  it('is written for a card in the document', async () => {
    const card = await fixture<QuoteCard>(html`<quote-card .article=${seedArticle()} quote-id="q1"></quote-card>`);
    await card.updateComplete;
    expect(jsonLdOf(card)).to.have.length(1);
    expect(JSON.parse(jsonLdOf(card)[0].textContent)).to.include({ '@type': 'Quotation' });
  });

  it("is not written for the compact cards inside a timeline's shadow root", async () => {
    const timeline = await fixture<ArticleTimeline>(html`<article-timeline .article=${seedArticle()}></article-timeline>`);
    await timeline.updateComplete;
    const cards = [...timeline.shadowRoot!.querySelectorAll<QuoteCard>('quote-card')];
    expect(cards.map((card) => card.quoteId)).to.deep.equal(['q8', 'q9']);
    // Each card has rendered its quote, and finished what its first render started.
    await waitUntil(() => cards.every((card) => card.shadowRoot?.querySelector('blockquote')), 'the cards render their quotes');
    await Promise.all(cards.map((card) => card.updateComplete));
    for (const card of cards) expect(jsonLdOf(card), `JSON-LD in ${card.quoteId}`).to.have.length(0);
  });
});
