import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { Article, ArticleEvent, ArticleTimeline, QuoteCard, SpeakerBadge } from '../../src/index.js';
import { seedArticle, seedArticleEnglish, visibleText } from '../support/fixtures.js';

/** Collapses white space, including the narrow and ordinary no-break spaces some engines put in dates. */
function normalise(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

function eventsOf(timeline: ArticleTimeline): HTMLElement[] {
  return [...timeline.shadowRoot!.querySelectorAll<HTMLElement>('article')];
}

function titles(timeline: ArticleTimeline): string[] {
  return eventsOf(timeline).map((event) => normalise(event.querySelector('[role="heading"]')!.textContent));
}

function withEvents(events: ArticleEvent[]): Article {
  return { ...seedArticle(), events };
}

/** Four events out of date order; in date order their titles read Pertama, Kedua, Ketiga, Keempat. */
const UNSORTED: ArticleEvent[] = [
  { id: 'd', date: '2022-10-26', title: 'Keempat' },
  { id: 'b', date: '2022', title: 'Kedua' },
  { id: 'c', date: '2022-10', title: 'Ketiga' },
  { id: 'a', date: '2021-12-31', title: 'Pertama' },
];

async function renderTimeline(article: unknown): Promise<ArticleTimeline> {
  return fixture<ArticleTimeline>(html`<article-timeline .article=${article}></article-timeline>`);
}

/** Presses a key on the focused event, as a keyboard would. Returns false when the default was prevented. */
function press(timeline: ArticleTimeline, key: string): boolean {
  const focused = timeline.shadowRoot!.activeElement;
  expect(focused, 'an event has focus').to.be.instanceOf(HTMLElement);
  return focused!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
}

/** The index (in date order) of the event with keyboard focus, or -1. */
function focusedIndex(timeline: ArticleTimeline): number {
  return eventsOf(timeline).indexOf(timeline.shadowRoot!.activeElement as HTMLElement);
}

function tabStops(timeline: ArticleTimeline): number[] {
  return eventsOf(timeline).flatMap((event, index) => (event.getAttribute('tabindex') === '0' ? [index] : []));
}

describe('<article-timeline>', () => {
  describe('dates', () => {
    it('writes the seed event date in Indonesian', async () => {
      const timeline = await renderTimeline(seedArticle());
      const time = timeline.shadowRoot!.querySelector('time')!;
      expect(normalise(time.textContent)).to.contain('Rabu, 26 Oktober 2022');
      expect(time.getAttribute('datetime')).to.equal('2022-10-26');
    });

    it('writes it in English for the English article', async () => {
      const timeline = await renderTimeline(seedArticleEnglish());
      expect(normalise(timeline.shadowRoot!.querySelector('time')!.textContent)).to.contain('Wednesday, October 26, 2022');
    });

    it('follows the lang attribute over the article language', async () => {
      const timeline = await fixture<ArticleTimeline>(html`<article-timeline lang="en" .article=${seedArticle()}></article-timeline>`);
      expect(normalise(timeline.shadowRoot!.querySelector('time')!.textContent)).to.contain('Wednesday, October 26, 2022');
      expect(timeline.shadowRoot!.querySelector('ol')!.getAttribute('aria-label')).to.match(/^Timeline: /);
    });

    it('writes a year-month as month and year, and a year alone as the year', async () => {
      const timeline = await renderTimeline(withEvents(UNSORTED));
      const dates = [...timeline.shadowRoot!.querySelectorAll('time')].map((time) => normalise(time.textContent));
      expect(dates[1]).to.equal('2022');
      expect(dates[2]).to.equal('Oktober 2022');
    });
  });

  describe('order', () => {
    it('sorts events by date, partial dates first in their period', async () => {
      const timeline = await renderTimeline(withEvents(UNSORTED));
      expect(titles(timeline)).to.deep.equal(['Pertama', 'Kedua', 'Ketiga', 'Keempat']);
      const datetimes = [...timeline.shadowRoot!.querySelectorAll('time')].map((time) => time.getAttribute('datetime'));
      expect(datetimes).to.deep.equal(['2021-12-31', '2022', '2022-10', '2022-10-26']);
    });

    it('keeps the article order of events on the same date', async () => {
      const timeline = await renderTimeline(
        withEvents([
          { id: 'x', date: '2022-10-26', title: 'Pagi' },
          { id: 'y', date: '2022-10-25', title: 'Kemarin' },
          { id: 'z', date: '2022-10-26', title: 'Sore' },
        ]),
      );
      expect(titles(timeline)).to.deep.equal(['Kemarin', 'Pagi', 'Sore']);
    });

    it('takes a list already in order as it is, whatever the precision and offsets of its dates', async () => {
      const timeline = await renderTimeline(
        withEvents([
          { id: 'a', date: '2022', title: 'Tahun' },
          { id: 'b', date: '2022-10', title: 'Bulan' },
          { id: 'c', date: '2022-10-26', title: 'Hari' },
          { id: 'd', date: '2022-10-26T09:30', title: 'Jam' },
          { id: 'e', date: '2022-10-26T09:30:15+07:00', title: 'Detik' },
          { id: 'f', date: '2022-10-26T10:00Z', title: 'Nanti' },
        ]),
      );
      expect(titles(timeline)).to.deep.equal(['Tahun', 'Bulan', 'Hari', 'Jam', 'Detik', 'Nanti']);
    });

    it('sorts by the wall-clock time, keeping the article order where only seconds or offsets differ', async () => {
      const timeline = await renderTimeline(
        withEvents([
          { id: 'a', date: '2022-10-26T09:30Z', title: 'Pertama' },
          { id: 'b', date: '2022-10-26T09:30+07:00', title: 'Kedua' },
          { id: 'c', date: '2022-10-26T09:30:59', title: 'Ketiga' },
          { id: 'd', date: '2022-10-26T09:29:59', title: 'Sebelumnya' },
        ]),
      );
      expect(titles(timeline)).to.deep.equal(['Sebelumnya', 'Pertama', 'Kedua', 'Ketiga']);
    });

    it('re-sorts when the article is replaced', async () => {
      const timeline = await renderTimeline(seedArticle());
      timeline.article = withEvents(UNSORTED);
      await timeline.updateComplete;
      expect(titles(timeline)).to.deep.equal(['Pertama', 'Kedua', 'Ketiga', 'Keempat']);
    });
  });

  describe('event content', () => {
    it('shows the title as a heading and the description', async () => {
      const article = seedArticle();
      const timeline = await renderTimeline(article);
      const [event] = eventsOf(timeline);
      const heading = event.querySelector('[role="heading"]')!;
      expect(normalise(heading.textContent)).to.equal(article.events![0].title);
      expect(event.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect(normalise(event.querySelector('[part="description"]')!.textContent)).to.equal(article.events![0].description);
    });

    it("shows each of the event's speakers once: a speaker quoted in the event in the quote's card only", async () => {
      const timeline = await renderTimeline(seedArticle());
      const badges = [...timeline.shadowRoot!.querySelectorAll<SpeakerBadge>('speaker-badge')];
      await Promise.all(badges.map((badge) => badge.updateComplete));
      // Putin is not quoted in the event; Shoigu (q8) and the Kremlin (q9) are, and their cards name them.
      expect(badges.map((badge) => normalise(badge.shadowRoot!.querySelector('[part="name"]')!.textContent))).to.deep.equal([
        'Vladimir Putin',
      ]);
      const cards = [...timeline.shadowRoot!.querySelectorAll<QuoteCard>('quote-card')];
      await Promise.all(cards.map((card) => card.updateComplete));
      const cardBadges = cards.map((card) => card.shadowRoot!.querySelector<SpeakerBadge>('speaker-badge')!);
      await Promise.all(cardBadges.map((badge) => badge.updateComplete));
      expect(cardBadges.map((badge) => normalise(badge.shadowRoot!.querySelector('[part="name"]')!.textContent))).to.deep.equal([
        'Sergei Shoigu',
        'Kremlin',
      ]);
    });

    it("shows the event's quotes as compact cards", async () => {
      const article = seedArticle();
      const timeline = await renderTimeline(article);
      const cards = [...timeline.shadowRoot!.querySelectorAll<QuoteCard>('quote-card')];
      await Promise.all(cards.map((card) => card.updateComplete));
      expect(cards.map((card) => card.getAttribute('quote-id'))).to.deep.equal(['q8', 'q9']);
      for (const card of cards) {
        expect(card.getAttribute('variant')).to.equal('compact');
        expect(card.shadowRoot!.querySelector('[part~="context"]'), 'compact cards have no context').to.equal(null);
        expect(card.shadowRoot!.querySelector('[part~="source"]'), 'compact cards have no source').to.equal(null);
      }
      expect(visibleText(cards[0])).to.contain('serangan nuklir besar-besaran');
      expect(visibleText(cards[0])).to.contain('Penggalan');
      expect(visibleText(cards[1])).to.contain(article.quotes.find((quote) => quote.id === 'q9')!.text);
    });

    it('leaves out speakers and quotes an event does not have', async () => {
      const timeline = await renderTimeline(withEvents(UNSORTED));
      expect(timeline.shadowRoot!.querySelector('speaker-badge')).to.equal(null);
      expect(timeline.shadowRoot!.querySelector('quote-card')).to.equal(null);
      expect(timeline.shadowRoot!.querySelector('[part="description"]')).to.equal(null);
    });

    it('labels the list with the timeline word and the article title', async () => {
      const article = seedArticle();
      const timeline = await renderTimeline(article);
      const list = timeline.shadowRoot!.querySelector('ol')!;
      expect(list.getAttribute('aria-label')).to.equal(`Linimasa: ${article.title}`);
      expect(list.getAttribute('lang')).to.equal('id');
    });

    it('gives a right-to-left article dir="rtl" on the list', async () => {
      const timeline = await renderTimeline({ ...seedArticle(), lang: 'ar' });
      expect(timeline.shadowRoot!.querySelector('ol')!.getAttribute('dir')).to.equal('rtl');
    });
  });

  describe('headings', () => {
    it('uses aria-level 2 by default, next after the h1 of an article page', async () => {
      const timeline = await renderTimeline(seedArticle());
      expect(timeline.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
    });

    it('takes aria-level from the heading-level attribute', async () => {
      const timeline = await fixture<ArticleTimeline>(
        html`<article-timeline heading-level="2" .article=${withEvents(UNSORTED)}></article-timeline>`,
      );
      const levels = [...timeline.shadowRoot!.querySelectorAll('[role="heading"]')].map((heading) => heading.getAttribute('aria-level'));
      expect(levels).to.deep.equal(['2', '2', '2', '2']);
      timeline.setAttribute('heading-level', '5');
      await timeline.updateComplete;
      expect(timeline.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('5');
    });

    it('keeps aria-level between 1 and 6', async () => {
      const timeline = await fixture<ArticleTimeline>(
        html`<article-timeline heading-level="9" .article=${seedArticle()}></article-timeline>`,
      );
      expect(timeline.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('6');
    });
  });

  describe('keyboard', () => {
    let timeline: ArticleTimeline;

    beforeEach(async () => {
      timeline = await renderTimeline(withEvents(UNSORTED));
    });

    it('makes only the first event a tab stop', () => {
      expect(eventsOf(timeline)).to.have.length(4);
      expect(tabStops(timeline)).to.deep.equal([0]);
      for (const event of eventsOf(timeline).slice(1)) expect(event.getAttribute('tabindex')).to.equal('-1');
    });

    it('moves focus down and up with the arrow keys', async () => {
      eventsOf(timeline)[0].focus();
      expect(focusedIndex(timeline)).to.equal(0);

      expect(press(timeline, 'ArrowDown'), 'ArrowDown is handled').to.equal(false);
      await timeline.updateComplete;
      expect(focusedIndex(timeline)).to.equal(1);

      press(timeline, 'ArrowDown');
      await timeline.updateComplete;
      expect(focusedIndex(timeline)).to.equal(2);

      press(timeline, 'ArrowUp');
      await timeline.updateComplete;
      expect(focusedIndex(timeline)).to.equal(1);
    });

    it('moves the tab stop along with focus', async () => {
      eventsOf(timeline)[0].focus();
      press(timeline, 'ArrowDown');
      await timeline.updateComplete;
      press(timeline, 'ArrowDown');
      await timeline.updateComplete;
      expect(focusedIndex(timeline)).to.equal(2);
      expect(tabStops(timeline)).to.deep.equal([2]);
    });

    it('jumps to the last event with End and the first with Home', async () => {
      eventsOf(timeline)[0].focus();
      press(timeline, 'End');
      await timeline.updateComplete;
      expect(focusedIndex(timeline)).to.equal(3);
      expect(titles(timeline)[focusedIndex(timeline)]).to.equal('Keempat');

      press(timeline, 'Home');
      await timeline.updateComplete;
      expect(focusedIndex(timeline)).to.equal(0);
      expect(tabStops(timeline)).to.deep.equal([0]);
    });

    it('stops at the ends of the list', async () => {
      eventsOf(timeline)[0].focus();
      press(timeline, 'ArrowUp');
      await timeline.updateComplete;
      expect(focusedIndex(timeline)).to.equal(0);

      eventsOf(timeline)[3].focus();
      press(timeline, 'ArrowDown');
      await timeline.updateComplete;
      expect(focusedIndex(timeline)).to.equal(3);
    });

    it('ignores other keys', async () => {
      eventsOf(timeline)[1].focus();
      expect(press(timeline, 'a'), 'other keys keep their default').to.equal(true);
      await timeline.updateComplete;
      expect(focusedIndex(timeline)).to.equal(1);
    });

    it('makes an event focused by other means the tab stop', async () => {
      eventsOf(timeline)[2].focus();
      await timeline.updateComplete;
      expect(tabStops(timeline)).to.deep.equal([2]);
    });

    it('focuses an event with focusEvent()', async () => {
      await timeline.focusEvent(3);
      expect(focusedIndex(timeline)).to.equal(3);
      expect(tabStops(timeline)).to.deep.equal([3]);
    });
  });

  describe('without events', () => {
    it('says in Indonesian that the article has no dated events', async () => {
      const article = seedArticle();
      delete article.events;
      const timeline = await renderTimeline(article);
      const status = timeline.shadowRoot!.querySelector('[role="status"]')!;
      expect(normalise(status.textContent)).to.equal('Artikel ini tidak memuat peristiwa bertanggal.');
      expect(timeline.shadowRoot!.querySelector('ol')).to.equal(null);
    });

    it('says it in English for an English article with an empty list', async () => {
      const timeline = await renderTimeline({ ...seedArticleEnglish(), events: [] });
      expect(visibleText(timeline)).to.equal('This article has no dated events.');
    });
  });

  describe('errors', () => {
    it('lists the JSON path of an event naming an unknown quote', async () => {
      const article = seedArticle();
      article.events![0].quotes = ['q8', 'q42'];
      const original = console.warn;
      console.warn = () => {};
      try {
        const timeline = await renderTimeline(article);
        expect(visibleText(timeline)).to.contain('events[0].quotes[1]: "q42" is not the id of any quote');
        expect(timeline.shadowRoot!.querySelector('ol')).to.equal(null);
      } finally {
        console.warn = original;
      }
    });
  });

  describe('accessibility', () => {
    it('passes axe for the seed article', async () => {
      const timeline = await renderTimeline(seedArticle());
      const nested = [...timeline.shadowRoot!.querySelectorAll<QuoteCard | SpeakerBadge>('quote-card, speaker-badge')];
      await Promise.all(nested.map((element) => element.updateComplete));
      await expect(timeline).to.be.accessible();
    });

    it('passes axe with several events and no events', async () => {
      await expect(await renderTimeline(withEvents(UNSORTED))).to.be.accessible();
      await expect(await renderTimeline({ ...seedArticle(), events: [] })).to.be.accessible();
    });
  });
});
