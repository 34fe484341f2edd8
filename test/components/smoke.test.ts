import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { seedArticle, visibleText } from '../support/fixtures.js';

describe('smoke', () => {
  it('renders the first seed quote', async () => {
    const el = await fixture(html`<quote-card .article=${seedArticle()}></quote-card>`);
    expect(visibleText(el)).to.contain('Pesan kedua bahwa hampir seluruh perang');
  });
});
