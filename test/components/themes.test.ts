import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { QuoteCard } from '../../src/index.js';
import { seedArticle } from '../support/fixtures.js';

const DARK_TEXT = 'rgb(230, 232, 235)';
const LIGHT_TEXT = 'rgb(27, 31, 36)';

function styleOf(card: QuoteCard, selector: string): CSSStyleDeclaration {
  return getComputedStyle(card.shadowRoot!.querySelector(selector)!);
}

describe('themes and variants', () => {
  it("without a theme, every component writes in the page's text colour, on a dark page as on a light one", async () => {
    for (const [text, background] of [
      ['rgb(232, 230, 227)', '#16181b'],
      ['rgb(34, 34, 34)', '#fdfdfc'],
    ]) {
      const page = await fixture(
        html`<div style="color: ${text}; background: ${background}">
          <quote-card .article=${seedArticle()}></quote-card>
          <article-timeline .article=${seedArticle()}></article-timeline>
        </div>`,
      );
      const card = page.querySelector('quote-card')!;
      const timeline = page.querySelector('article-timeline')!;
      await (timeline as unknown as QuoteCard).updateComplete;
      const badge = card.shadowRoot!.querySelector('speaker-badge')!;
      await (badge as unknown as QuoteCard).updateComplete;
      expect(styleOf(card, '.text').color, 'the quote').to.equal(text);
      expect(getComputedStyle(badge.shadowRoot!.querySelector('[part="name"]')!).color, "the speaker's name").to.equal(text);
      expect(getComputedStyle(timeline.shadowRoot!.querySelector('[part="title"]')!).color, "an event's title").to.equal(text);
    }
  });

  it('a theme on an element around the cards restyles them', async () => {
    const page = await fixture(html`<div theme="dark"><quote-card .article=${seedArticle()}></quote-card></div>`);
    const card = page.querySelector('quote-card')!;
    expect(styleOf(card, 'figure').color).to.equal(DARK_TEXT);
    expect(styleOf(card, 'figure').backgroundColor).to.equal('rgb(29, 33, 39)');
  });

  it('a theme on the card itself restyles it, and a nested theme wins over the outer one', async () => {
    const page = await fixture(
      html`<div theme="dark">
        <quote-card theme="light" .article=${seedArticle()}></quote-card>
      </div>`,
    );
    expect(styleOf(page.querySelector('quote-card')!, 'figure').color).to.equal(LIGHT_TEXT);
  });

  it('a token the page sets wins over the theme', async () => {
    const page = await fixture(
      html`<div theme="classic" style="--qc-color-accent: rgb(0, 128, 0)">
        <quote-card .article=${seedArticle()}></quote-card>
      </div>`,
    );
    const card = page.querySelector('quote-card')!;
    expect(styleOf(card, '.mark').color).to.equal('rgb(0, 128, 0)');
    expect(styleOf(card, '.text').fontFamily).to.contain('Georgia');
  });

  it('auto follows the colour scheme the reader has chosen', async () => {
    const page = await fixture(html`<div theme="auto"><quote-card .article=${seedArticle()}></quote-card></div>`);
    const dark = matchMedia('(prefers-color-scheme: dark)').matches;
    expect(styleOf(page.querySelector('quote-card')!, 'figure').color).to.equal(dark ? DARK_TEXT : LIGHT_TEXT);
  });

  it('the bold theme paints a gradient behind the card', async () => {
    const page = await fixture(html`<div theme="bold"><quote-card .article=${seedArticle()}></quote-card></div>`);
    expect(styleOf(page.querySelector('quote-card')!, 'figure').backgroundImage).to.contain('linear-gradient');
  });

  it("the pull variant drops the card's border and shadow and keeps a rule in the accent colour", async () => {
    const card = await fixture<QuoteCard>(html`<quote-card variant="pull" .article=${seedArticle()}></quote-card>`);
    const figure = styleOf(card, 'figure');
    expect(figure.borderInlineStartWidth).to.equal('4px');
    expect(figure.borderInlineStartColor).to.equal(styleOf(card, '.mark').color);
    expect(figure.borderTopWidth).to.equal('0px');
    expect(figure.boxShadow).to.equal('none');
  });

  it('sizes the quote by the width of its container, not of the page', async () => {
    const page = await fixture(
      html`<div>
        <div style="width: 320px"><quote-card .article=${seedArticle()}></quote-card></div>
        <div style="width: 760px"><quote-card .article=${seedArticle()}></quote-card></div>
      </div>`,
    );
    const [narrow, wide] = [...page.querySelectorAll('quote-card')].map((card) => parseFloat(styleOf(card, '.text').fontSize));
    expect(wide).to.be.greaterThan(narrow);
    expect(narrow).to.be.closeTo(22, 0.5);
  });
});
