import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { Article, ArticleEvent, QuoteArticle, QuoteCard, SpeakerBadge } from '../../src/index.js';
import { CHECK_EVENTS_LATER_FROM } from '../../src/shared/article-state.js';
import { seedArticle } from '../support/fixtures.js';

// A newer version of an article (a live article fetched again, a copy given anew) reaches every card. A card whose
// quote, speaker and the parts of the article it shows did not change does no work: it does not render, its shadow DOM
// stays the same nodes, no `updated` runs; a card whose quote was corrected shows the correction.

/** Counts the `updated` lifecycle callbacks of `element` (of this instance) from now on. */
function countUpdates(element: QuoteCard | SpeakerBadge): { count: number } {
  const counter = { count: 0 };
  const updated = element.updated.bind(element);
  element.updated = (changed) => {
    counter.count++;
    updated(changed);
  };
  return counter;
}

const wordsOf = (card: QuoteCard) => card.shadowRoot!.querySelector('.words')!;
const badgeOf = (card: QuoteCard) => card.shadowRoot!.querySelector('speaker-badge')!;
const jsonLdOf = (card: QuoteCard) => card.querySelector(':scope > script[type="application/ld+json"]');

/** Every card under `root`, once each has rendered (its JSON-LD included) and its badge too. */
async function settledCards(root: Element): Promise<QuoteCard[]> {
  const cards = [...root.querySelectorAll('quote-card')];
  await Promise.all(cards.map((card) => card.updateComplete));
  await Promise.all(cards.map((card) => badgeOf(card).updateComplete));
  return cards;
}

/** What a card's update could change, to compare before and after: its nodes (as objects) and its JSON-LD. */
function snapshot(card: QuoteCard) {
  return {
    figure: card.shadowRoot!.querySelector('figure'),
    words: wordsOf(card).firstChild,
    badge: badgeOf(card).shadowRoot!.querySelector('[part~="name"]')?.firstChild,
    jsonLd: jsonLdOf(card)?.textContent,
  };
}

describe('<quote-card> given a newer version of its article', () => {
  it('inside <quote-article>: only the card whose quote was corrected renders again, and shows the correction', async () => {
    const host = await fixture<QuoteArticle>(
      html`<quote-article .article=${seedArticle()}>
        <quote-card quote-id="q1"></quote-card>
        <quote-card quote-id="q2"></quote-card>
        <quote-card quote-id="q6" variant="compact"></quote-card>
      </quote-article>`,
    );
    const [corrected, ...unchanged] = await settledCards(host);
    const updates = [corrected, ...unchanged].map(countUpdates);
    const badgeUpdates = unchanged.map((card) => countUpdates(badgeOf(card)));
    const before = unchanged.map(snapshot);

    // Parsed anew, as a page polling a live article gets each version: every object is new.
    const next = seedArticle();
    next.quotes[0].text = `${next.quotes[0].text} (dikoreksi)`;
    host.article = next;
    await host.updateComplete;
    await settledCards(host);

    expect(wordsOf(corrected).textContent).to.equal(next.quotes[0].text);
    expect(jsonLdOf(corrected)?.textContent, 'its JSON-LD follows').to.contain('(dikoreksi)');
    expect(updates[0].count, 'the corrected card rendered').to.equal(1);
    expect(
      updates.slice(1).map((counter) => counter.count),
      'no update of the unchanged cards',
    ).to.deep.equal([0, 0]);
    expect(
      badgeUpdates.map((counter) => counter.count),
      'nor of their badges',
    ).to.deep.equal([0, 0]);
    unchanged.forEach((card, k) => {
      const after = snapshot(card);
      expect(after.figure, 'the same <figure>').to.equal(before[k].figure);
      expect(after.words, 'the same text node').to.equal(before[k].words);
      expect(after.badge, "the same badge's name").to.equal(before[k].badge);
      expect(after.jsonLd).to.equal(before[k].jsonLd);
    });
  });

  it('renders every card again when the article changed where they all show it: its title, or a speaker', async () => {
    const host = await fixture<QuoteArticle>(
      html`<quote-article .article=${seedArticle()}>
        <quote-card quote-id="q1"></quote-card>
        <quote-card quote-id="q2"></quote-card>
      </quote-article>`,
    );
    const cards = await settledCards(host);
    const retitled = seedArticle();
    retitled.title = 'Judul yang diperbarui';
    host.article = retitled;
    await host.updateComplete;
    await settledCards(host);
    for (const card of cards) expect(card.shadowRoot!.querySelector('cite')!.textContent).to.equal('Judul yang diperbarui');

    const renamed = structuredClone(retitled);
    const speakerId = renamed.quotes[0].speaker;
    const speaker = renamed.speakers.find((candidate) => candidate.id === speakerId)!;
    speaker.name = 'Nama Baru';
    host.article = renamed;
    await host.updateComplete;
    await settledCards(host);
    const nameOf = (card: QuoteCard) => badgeOf(card).shadowRoot!.querySelector('[part~="name"]')!.textContent;
    expect(nameOf(cards[0])).to.equal('Nama Baru');
    expect(cards[0].shadowRoot!.querySelector('figure')!.getAttribute('aria-label')).to.contain('Nama Baru');
    if (renamed.quotes[1].speaker !== speakerId) expect(nameOf(cards[1])).to.not.equal('Nama Baru');
  });

  it('given its own article: an equal copy does not render it again, a corrected quote does', async () => {
    const card = await fixture<QuoteCard>(html`<quote-card quote-id="q2" .article=${seedArticle()}></quote-card>`);
    await settledCards(card.parentElement!);
    const updates = countUpdates(card);
    const { figure, words } = snapshot(card);

    card.article = seedArticle();
    await card.updateComplete;
    expect(updates.count).to.equal(0);
    expect(snapshot(card).figure).to.equal(figure);
    expect(snapshot(card).words).to.equal(words);

    const corrected = seedArticle();
    corrected.quotes[1].text = 'Kata-kata yang dikoreksi.';
    card.article = corrected;
    await card.updateComplete;
    expect(updates.count).to.equal(1);
    expect(wordsOf(card).textContent).to.equal('Kata-kata yang dikoreksi.');
  });

  it('still renders for its own property changes and for an invalid article', async () => {
    const card = await fixture<QuoteCard>(html`<quote-card quote-id="q2" .article=${seedArticle()}></quote-card>`);
    await settledCards(card.parentElement!);
    const copy = seedArticle();
    card.article = copy;
    card.variant = 'compact';
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part~="source"]'), 'compact: no source line').to.equal(null);

    card.article = { ...seedArticle(), quotes: [{ ...seedArticle().quotes[1], speaker: 'nobody' }] };
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part~="error"]')?.textContent).to.contain('quotes[0].speaker');
  });

  it('shows the error when a newer version of a live blog turns out to have an invalid event, though its quote is unchanged', async () => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const liveBlog = (): Article & { events: ArticleEvent[] } => {
      const article = seedArticle();
      const events = Array.from({ length: CHECK_EVENTS_LATER_FROM }, (_, i) => ({
        id: `e${i + 1}`,
        date: `2022-10-${pad(1 + Math.floor(i / 60))}T${pad(Math.floor((i % 60) / 6))}:${pad(i % 60)}+07:00`,
        title: `Peristiwa ${i + 1}`,
      }));
      return { ...article, events };
    };
    const card = await fixture<QuoteCard>(html`<quote-card quote-id="q1" .article=${liveBlog()}></quote-card>`);
    const first = card.articleState;
    await (first.status === 'ready' && first.checking);
    await settledCards(card.parentElement!);
    expect(card.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);

    const next = liveBlog();
    next.events[300] = { ...next.events[300], date: 'kemarin' };
    card.article = next;
    await card.updateComplete;
    const state = card.articleState;
    await (state.status === 'ready' && state.checking);
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part~="error"]')?.textContent).to.contain('events[300].date');
  });
});
