import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/index.js';
import type { QuoteCard } from '../../src/index.js';
import { seedArticle } from '../support/fixtures.js';

type Rgba = [number, number, number, number];

/** The first colour in a computed value (`rgb(…)` or `rgba(…)`, as every engine computes colours). */
function parseColour(value: string): Rgba {
  const colour = /rgba?\([^)]*\)/.exec(value)?.[0] ?? '';
  const [r, g, b, a = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b, a];
}

/** A translucent colour as it shows over an opaque one. */
function over([r, g, b, a]: Rgba, [R, G, B]: Rgba): Rgba {
  return [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a), 1];
}

function luminance([r, g, b]: Rgba): number {
  const linear = (value: number) => (value / 255 <= 0.03928 ? value / 255 / 12.92 : ((value / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The colours of a gradient's stops, from a computed background-image. */
function gradientStops(backgroundImage: string): Rgba[] {
  return (backgroundImage.match(/rgba?\([^)]*\)/g) ?? []).map(parseColour);
}

describe('the classic and bold themes', () => {
  it("classic: the closing quotation mark's ink stays clear of the line above", async () => {
    const article = seedArticle();
    const page = await fixture(
      html`<div theme="classic" style="width: 460px"><quote-card .article=${article} quote-id="q3"></quote-card></div>`,
    );
    const card = page.querySelector('quote-card')!;
    await card.updateComplete;
    await document.fonts.ready;
    const text = card.shadowRoot!.querySelector('.text')!;
    const marks = text.querySelectorAll('.mark');
    const mark = marks[marks.length - 1] as HTMLElement;
    expect(mark.getBoundingClientRect().top - text.getBoundingClientRect().top, 'the quote runs over several lines').to.be.greaterThan(30);

    // Where the glyphs' ink is: the boxes' tops, plus how far below them the fonts put their baselines and ink.
    const context = document.createElement('canvas').getContext('2d')!;
    const markStyle = getComputedStyle(mark);
    context.font = `${markStyle.fontWeight} ${markStyle.fontSize} ${markStyle.fontFamily}`;
    const markMetrics = context.measureText(mark.textContent);
    const markInkTop = mark.getBoundingClientRect().top + markMetrics.fontBoundingBoxAscent - markMetrics.actualBoundingBoxAscent;

    const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    const words: Text[] = [];
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      if (node.data.trim() && !node.parentElement!.closest('.mark')) words.push(node);
    }
    const lastWords = words[words.length - 1];
    const range = document.createRange();
    range.setStart(lastWords, lastWords.length - 1);
    range.setEnd(lastWords, lastWords.length);
    const textStyle = getComputedStyle(text);
    context.font = `${textStyle.fontWeight} ${textStyle.fontSize} ${textStyle.fontFamily}`;
    const baseline = range.getBoundingClientRect().top + context.measureText(lastWords.data).fontBoundingBoxAscent;
    const lineAboveInkBottom = baseline - parseFloat(textStyle.lineHeight) + context.measureText('gjpqy,').actualBoundingBoxDescent;

    expect(markInkTop - lineAboveInkBottom, 'space between the mark and the descenders of the line above (px)').to.be.greaterThan(1);
  });

  it('bold: every avatar, navy and purple ones too, stands out from the gradient (3:1)', async () => {
    const page = await fixture(
      html`<div theme="bold">
        <quote-article .article=${seedArticle()}>
          <quote-card quote-id="q1"></quote-card>
          <quote-card quote-id="q9"></quote-card>
          <quote-card quote-id="q10"></quote-card>
        </quote-article>
      </div>`,
    );
    const cards = [...page.querySelectorAll<QuoteCard>('quote-card')];
    await waitUntil(() =>
      cards.every((card) => card.shadowRoot?.querySelector('speaker-badge')?.shadowRoot?.querySelector('[part~="avatar"]')),
    );
    for (const card of cards) {
      const stops = gradientStops(getComputedStyle(card.shadowRoot!.querySelector('figure')!).backgroundImage);
      expect(stops.length, 'stops of the gradient').to.be.greaterThan(1);
      const avatar = card.shadowRoot!.querySelector('speaker-badge')!.shadowRoot!.querySelector('[part~="avatar"]')!;
      const style = getComputedStyle(avatar);
      const fill = parseColour(style.backgroundColor);
      const ring = style.boxShadow === 'none' ? undefined : parseColour(style.boxShadow);
      const against = (colour: Rgba) => Math.min(...stops.map((stop) => contrast(over(colour, stop), stop)));
      const best = Math.max(against(fill), ring ? against(ring) : 0);
      expect(best, `${avatar.textContent.trim()}: fill ${style.backgroundColor}, ring ${style.boxShadow}`).to.be.at.least(3);
    }
  });

  it("bold: the timeline's rule stands out from the gradient (3:1)", async () => {
    const page = await fixture(html`<div theme="bold"><article-timeline .article=${seedArticle()}></article-timeline></div>`);
    const timeline = page.querySelector('article-timeline')!;
    await waitUntil(() => timeline.shadowRoot?.querySelector('[part~="item"]'));
    const stops = gradientStops(getComputedStyle(timeline).backgroundImage);
    expect(stops.length, 'stops of the gradient').to.be.greaterThan(1);
    const item = getComputedStyle(timeline.shadowRoot!.querySelector('[part~="item"]')!);
    expect(item.borderInlineStartWidth).to.equal('2px');
    const rule = parseColour(item.borderInlineStartColor);
    for (const stop of stops) expect(contrast(over(rule, stop), stop), `the rule on ${stop.join(',')}`).to.be.at.least(3);
  });
});
