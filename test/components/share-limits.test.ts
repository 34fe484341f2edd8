import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { intentUrl, lengthOf, NETWORKS, shareLink, xLengthOf } from '../../src/components/quote-card/share/share-links.js';
import type { Article, QuoteCard } from '../../src/index.js';
import { seedArticleEnglish } from '../support/fixtures.js';

/** The seed article with its first quote replaced by 120 characters of Japanese, in a Japanese article. */
function japaneseArticle(): Article {
  const article = seedArticleEnglish();
  article.lang = 'ja';
  article.quotes[0].text =
    '北大西洋条約機構の事務総長は、ロシアの核の脅しは危険で無責任だと述べ、同盟は加盟国のすべての領土を守る用意があると強調した。'
      .repeat(3)
      .slice(0, 120);
  return article;
}

describe('share links stay within what each network takes', () => {
  it('a 120-character Japanese quote: X by its weighted length, Bluesky by graphemes, every URL short', () => {
    const article = japaneseArticle();
    const quote = article.quotes[0];
    const link = shareLink(article, quote);
    expect(link.length, 'the link to the quote').to.be.below(500);
    expect(decodeURIComponent(link)).to.contain('#:~:text=北大西洋');
    const x = new URL(intentUrl('x', article, quote, link));
    // X counts a CJK character as 2 and the link as 23, within 280.
    expect(xLengthOf(x.searchParams.get('text')!) + 1 + 23).to.be.at.most(280);
    expect(x.searchParams.get('text')).to.match(/^「北大西洋/);
    expect(x.searchParams.get('text')).to.contain('…」 — Jens Stoltenberg');
    const bluesky = new URL(intentUrl('bluesky', article, quote, link)).searchParams.get('text')!;
    expect(lengthOf(bluesky)).to.be.at.most(300);
    expect(bluesky.endsWith(`\n${link}`)).to.equal(true);
    for (const network of NETWORKS) expect(intentUrl(network, article, quote, link).length, network).to.be.below(2100);
  });

  it('a 10,000-character quote in any script and a 100 KB article URL still give short links', () => {
    for (const text of ['x'.repeat(10_000), '漢'.repeat(10_000), 'word '.repeat(2_000), '👩🏽‍🚀'.repeat(2_000)]) {
      const article = japaneseArticle();
      article.url = `https://example.com/${'a'.repeat(100_000)}`;
      const quote = { ...article.quotes[0], text };
      const link = shareLink(article, quote);
      // The article URL cannot be carried: the shares go without a link.
      expect(link).to.equal('');
      for (const network of NETWORKS) expect(intentUrl(network, article, quote, link).length, network).to.be.below(2100);
      expect(xLengthOf(new URL(intentUrl('x', article, quote, link)).searchParams.get('text')!)).to.be.at.most(280);
      expect(lengthOf(new URL(intentUrl('bluesky', article, quote, link)).searchParams.get('text')!)).to.be.at.most(300);
    }
  });

  it('counts as X does: CJK and emoji 2, Latin, Arabic and Devanagari 1', () => {
    expect(xLengthOf('hello')).to.equal(5);
    expect(xLengthOf('日本語')).to.equal(6);
    expect(xLengthOf('👩🏽‍🚀')).to.equal(2);
    expect(xLengthOf('مرحبا')).to.equal(5);
    expect(xLengthOf('नमस्ते')).to.equal(6);
    expect(xLengthOf('“—”')).to.equal(3);
  });

  it('the card shares the Japanese quote within the limits', async () => {
    const card = await fixture<QuoteCard>(html`<quote-card .article=${japaneseArticle()} share="x bluesky"></quote-card>`);
    await card.updateComplete;
    const href = (network: string) => new URL(card.shadowRoot!.querySelector<HTMLAnchorElement>(`[data-channel="${network}"]`)!.href);
    expect(xLengthOf(href('x').searchParams.get('text')!) + 24).to.be.at.most(280);
    expect(lengthOf(href('bluesky').searchParams.get('text')!)).to.be.at.most(300);
  });
});
