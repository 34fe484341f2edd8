import { expect, fixture, html } from '@open-wc/testing';
import { defineElement, QuoteCard } from '../../src/index.js';
import { seedArticle } from '../support/fixtures.js';

describe('registration', () => {
  it('registers all four tags', () => {
    for (const tag of ['quote-article', 'quote-card', 'speaker-badge', 'article-timeline']) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
  });

  it('keeps the first definition and warns, instead of throwing, when a tag is defined again', () => {
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (message: unknown) => warnings.push(message);
    try {
      expect(() => defineElement('quote-card', class extends HTMLElement {})).not.to.throw();
      expect(() => defineElement('quote-card', QuoteCard)).not.to.throw();
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('quote-card')).to.equal(QuoteCard);
    expect(warnings).to.deep.equal(['quote-cards: <quote-card> is defined by other code: left as is.']);
  });

  it('lets an app register a class under a tag of its own', async () => {
    class MyQuote extends QuoteCard {}
    defineElement('my-quote', MyQuote);
    const element = await fixture<MyQuote>(html`<my-quote .article=${seedArticle()} quote-id="q2"></my-quote>`);
    expect(element.shadowRoot!.textContent).to.contain('Di saat yang bersamaan');
  });
});
