import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { QuoteCard } from '../../src/index.js';
import { seedArticle, seedArticleEnglish, visibleText } from '../support/fixtures.js';

const brokenArticle = () => ({ ...seedArticleEnglish(), title: 7 });

describe('the lang of a quote-cards element', () => {
  it('is the platform property: el.lang = … sets the attribute', async () => {
    const card = await fixture<QuoteCard>(html`<quote-card .article=${seedArticle()}></quote-card>`);
    card.lang = 'en';
    expect(card.getAttribute('lang')).to.equal('en');
    card.setAttribute('lang', 'id');
    expect(card.lang).to.equal('id');
  });

  it('speaks the language set from code, and again when it changes', async () => {
    const card = await fixture<QuoteCard>(html`<quote-card .article=${brokenArticle()}></quote-card>`);
    expect(visibleText(card)).to.contain('This article cannot be shown');
    card.lang = 'id';
    await card.updateComplete;
    expect(visibleText(card)).to.contain('Artikel ini tidak dapat ditampilkan');
    card.removeAttribute('lang');
    await card.updateComplete;
    expect(visibleText(card)).to.contain('This article cannot be shown');
  });

  it('writes dates in the language set from code', async () => {
    const card = await fixture<QuoteCard>(html`<quote-card .article=${{ ...seedArticle(), publishedAt: '2022-10-26' }}></quote-card>`);
    const date = () => card.shadowRoot!.querySelector('time')!.textContent;
    expect(date()).to.match(/Oktober/);
    card.lang = 'en';
    await card.updateComplete;
    expect(date()).to.match(/October/);
  });

  it('falls back to the nearest lang around it when neither it nor the article says', async () => {
    const article = brokenArticle() as Record<string, unknown>;
    delete article.lang;
    const wrapper = await fixture(html`<div lang="id"><quote-card .article=${article}></quote-card></div>`);
    const card = wrapper.querySelector('quote-card')!;
    await card.updateComplete;
    expect(visibleText(card)).to.contain('Artikel ini tidak dapat ditampilkan');
  });
});
