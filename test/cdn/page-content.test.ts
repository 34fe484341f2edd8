import { expect } from '@open-wc/testing';
import { openPage, settled, text } from '../support/host-page.js';

/** Inherited properties a page's text takes from its stylesheet (test/cdn/inherited.css and the page's own). */
const PAGE_TEXT_PROPERTIES = [
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'font-variant-caps',
  'line-height',
  'color',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-align',
  'text-indent',
  'text-shadow',
];

describe("the page's own content inside <quote-article>", () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it("keeps the page's font, colour and text styles, while the card inside does not take them", async () => {
    const { page, view } = await openPage('/test/cdn/page-content-page.html');
    await settled(page);
    expect(text(page.querySelector('quote-card'))).to.contain('Pesan kedua bahwa hampir seluruh perang');
    const styleOf = (element: Element) => {
      const style = view.getComputedStyle(element);
      return Object.fromEntries(PAGE_TEXT_PROPERTIES.map((property) => [property, style.getPropertyValue(property)]));
    };
    const outside = styleOf(page.querySelector('#outside')!);
    expect(outside['font-family']).to.contain('Courier New');
    expect(outside['text-transform']).to.equal('uppercase');
    expect(styleOf(page.querySelector('#inside')!)).to.deep.equal(outside);

    const quote = page.querySelector('quote-card')!.shadowRoot!.querySelector('[part~="text"]')!;
    const card = styleOf(quote);
    expect(card['font-family']).not.to.contain('Courier New');
    expect(card['text-transform']).to.equal('none');
    expect(card['letter-spacing']).to.equal('normal');
  });
});
