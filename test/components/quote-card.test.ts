import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/index.js';
import type { Article, QuoteCard, SpeakerBadge } from '../../src/index.js';
import { seedArticle, seedArticleEnglish, visibleText } from '../support/fixtures.js';

/** Collapses runs of white space (including the no-break spaces some engines put in dates). */
function normalise(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

function part(card: QuoteCard, name: string): HTMLElement | null {
  return card.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** The quoted words with their quotation marks, as shown in the card's `<blockquote>`. */
function quotedText(card: QuoteCard): string {
  return normalise(card.shadowRoot!.querySelector('blockquote p')?.textContent);
}

function quoteOf(article: Article, id: string) {
  return article.quotes.find((quote) => quote.id === id)!;
}

/** The card's speaker badge, once it has rendered. */
async function badgeOf(card: QuoteCard): Promise<SpeakerBadge> {
  const badge = card.shadowRoot!.querySelector('speaker-badge')!;
  expect(badge, 'speaker badge in the card').to.exist;
  await badge.updateComplete;
  return badge;
}

async function renderCard(article: unknown, quoteId?: string): Promise<QuoteCard> {
  return fixture<QuoteCard>(html`<quote-card .article=${article} quote-id=${ifDefined(quoteId)}></quote-card>`);
}

/** Replaces console.warn with a recorder for the duration of `run`. */
async function recordWarnings(run: () => Promise<void>): Promise<string[]> {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('<quote-card>', () => {
  describe('choosing the quote', () => {
    it("shows the article's first quote when there is no quote-id", async () => {
      const article = seedArticle();
      const card = await fixture<QuoteCard>(html`<quote-card .article=${article}></quote-card>`);
      expect(quotedText(card)).to.equal(`“${article.quotes[0].text}”`);
    });

    it('shows the quote named by quote-id inside the <blockquote>', async () => {
      const article = seedArticle();
      const card = await renderCard(article, 'q6');
      const blockquote = card.shadowRoot!.querySelector('blockquote')!;
      expect(normalise(blockquote.textContent)).to.contain(quoteOf(article, 'q6').text);
      expect(normalise(blockquote.textContent)).not.to.contain(article.quotes[0].text);
    });

    it('re-renders when the quote-id attribute changes', async () => {
      const article = seedArticle();
      const card = await renderCard(article, 'q1');
      card.setAttribute('quote-id', 'q2');
      await card.updateComplete;
      expect(quotedText(card)).to.equal(`“${quoteOf(article, 'q2').text}”`);
      card.removeAttribute('quote-id');
      await card.updateComplete;
      expect(quotedText(card)).to.equal(`“${article.quotes[0].text}”`);
    });

    it('re-renders, badge included, when the article property is replaced', async () => {
      const card = await renderCard(seedArticle(), 'q1');
      const english = seedArticleEnglish();
      card.article = english;
      await card.updateComplete;
      expect(quotedText(card)).to.equal(`“${quoteOf(english, 'q1').text}”`);
      expect(visibleText(await badgeOf(card))).to.contain('Secretary General');
      expect(normalise(part(card, 'source')!.textContent)).to.contain(english.title);
    });
  });

  describe('quotation marks', () => {
    it('wraps an Indonesian quote in “ and ”', async () => {
      const card = await renderCard(seedArticle(), 'q1');
      const marks = [...card.shadowRoot!.querySelectorAll('[part~="mark"]')].map((mark) => mark.textContent);
      expect(marks).to.deep.equal(['“', '”']);
    });

    it('uses „ and “ for a German article', async () => {
      const article = { ...seedArticle(), lang: 'de' };
      const card = await renderCard(article, 'q1');
      expect(quotedText(card)).to.equal(`„${quoteOf(article, 'q1').text}“`);
    });

    it('uses « and » for a French article', async () => {
      const article = { ...seedArticle(), lang: 'fr-CA' };
      const card = await renderCard(article, 'q1');
      expect(quotedText(card)).to.equal(`«${quoteOf(article, 'q1').text}»`);
    });

    it('hides the marks from screen readers', async () => {
      const card = await renderCard(seedArticle(), 'q1');
      for (const mark of card.shadowRoot!.querySelectorAll('[part~="mark"]')) {
        expect(mark.getAttribute('aria-hidden')).to.equal('true');
      }
    });
  });

  describe('speaker, context and source', () => {
    it('shows the speaker badge with name and role', async () => {
      const card = await renderCard(seedArticle(), 'q1');
      const badge = await badgeOf(card);
      expect(visibleText(badge)).to.contain('Jens Stoltenberg');
      expect(visibleText(badge)).to.contain('Sekretaris Jenderal');
    });

    it('shows the speaker of the chosen quote', async () => {
      const card = await renderCard(seedArticle(), 'q10');
      const text = visibleText(await badgeOf(card));
      expect(text).to.contain('Vladimir Putin');
      expect(text).not.to.contain('Stoltenberg');
    });

    it('shows the context line', async () => {
      const article = seedArticle();
      const card = await renderCard(article, 'q1');
      expect(normalise(part(card, 'context')?.textContent)).to.equal(quoteOf(article, 'q1').context);
    });

    it('links the article title to article.url in the source line', async () => {
      const article = seedArticle();
      const card = await renderCard(article, 'q1');
      const link = part(card, 'source')!.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal(article.url);
      expect(normalise(link.textContent)).to.equal(article.title);
    });

    it('says the quote came "melalui TASS" in Indonesian', async () => {
      const card = await renderCard(seedArticle(), 'q9');
      expect(normalise(part(card, 'source')!.textContent)).to.contain('melalui TASS');
    });

    it('says "via TASS" for the English article', async () => {
      const card = await renderCard(seedArticleEnglish(), 'q9');
      const source = normalise(part(card, 'source')!.textContent);
      expect(source).to.contain('via TASS');
      expect(source).not.to.contain('melalui');
    });

    it('adds no relay to a quote without via', async () => {
      const card = await renderCard(seedArticle(), 'q2');
      expect(normalise(part(card, 'source')!.textContent)).not.to.contain('melalui');
    });

    it('shows the publisher and publication date when the article has them', async () => {
      const article = { ...seedArticle(), publisher: { name: 'Kabar Contoh' }, publishedAt: '2022-10-27T08:15+07:00' };
      const card = await renderCard(article, 'q1');
      const source = normalise(part(card, 'source')!.textContent);
      expect(source).to.contain('Kabar Contoh');
      expect(source).to.contain('27 Oktober 2022');
      expect(part(card, 'source')!.querySelector('time')!.getAttribute('datetime')).to.equal('2022-10-27T08:15+07:00');
    });
  });

  describe('partial quotes', () => {
    it('labels partial quote q5 "Penggalan"', async () => {
      const article = seedArticle();
      const card = await renderCard(article, 'q5');
      expect(normalise(part(card, 'label')?.textContent)).to.equal('Penggalan');
      expect(normalise(card.shadowRoot!.querySelector('blockquote')!.textContent)).to.contain(quoteOf(article, 'q5').text);
    });

    it('labels it "Excerpt" in English', async () => {
      const card = await renderCard(seedArticleEnglish(), 'q5');
      expect(normalise(part(card, 'label')?.textContent)).to.equal('Excerpt');
    });

    it('has no label on a full quote', async () => {
      const card = await renderCard(seedArticle(), 'q1');
      expect(part(card, 'label')).to.equal(null);
    });
  });

  describe('compact variant', () => {
    it('hides the context and the source but keeps quote and speaker', async () => {
      const article = seedArticle();
      const card = await fixture<QuoteCard>(html`<quote-card variant="compact" quote-id="q9" .article=${article}></quote-card>`);
      expect(part(card, 'context')).to.equal(null);
      expect(part(card, 'source')).to.equal(null);
      expect(visibleText(card)).not.to.contain(quoteOf(article, 'q9').context!);
      expect(visibleText(card)).not.to.contain('TASS');
      expect(quotedText(card)).to.contain(quoteOf(article, 'q9').text);
      expect(visibleText(await badgeOf(card))).to.contain('Kremlin');
    });

    it('shows them again when switched back to the default variant', async () => {
      const card = await fixture<QuoteCard>(html`<quote-card variant="compact" quote-id="q9" .article=${seedArticle()}></quote-card>`);
      card.setAttribute('variant', 'default');
      await card.updateComplete;
      expect(part(card, 'context')).to.exist;
      expect(normalise(part(card, 'source')!.textContent)).to.contain('melalui TASS');
    });
  });

  describe('errors', () => {
    function articleWithUnknownSpeaker(): Article {
      const article = seedArticle();
      article.quotes[0].speaker = 'nobody';
      return article;
    }

    it('lists the JSON path of a quote pointing to a missing speaker', async () => {
      const card = await renderCard(articleWithUnknownSpeaker());
      const text = visibleText(card);
      expect(text).to.contain('quotes[0].speaker');
      expect(text).to.contain('"nobody" is not the id of any speaker');
      expect(card.shadowRoot!.querySelector('code')!.textContent).to.equal('quotes[0].speaker');
      expect(card.shadowRoot!.querySelector('blockquote')).to.equal(null);
    });

    it('lists every problem of an invalid article', async () => {
      const article = articleWithUnknownSpeaker() as unknown as Record<string, unknown>;
      delete article.title;
      const card = await renderCard(article);
      const paths = [...card.shadowRoot!.querySelectorAll('code')].map((code) => code.textContent);
      expect(paths).to.include.members(['title', 'quotes[0].speaker']);
      expect(visibleText(card)).to.contain('title: is required');
    });

    it('heads the error in the language given by lang', async () => {
      const card = await fixture<QuoteCard>(html`<quote-card lang="id" .article=${articleWithUnknownSpeaker()}></quote-card>`);
      expect(visibleText(card)).to.contain('Artikel ini tidak dapat ditampilkan');
    });

    it('names quote-id when it is not the id of any quote', async () => {
      const card = await renderCard(seedArticle(), 'q99');
      const text = visibleText(card);
      expect(card.shadowRoot!.querySelector('code')!.textContent).to.equal('quote-id');
      expect(text).to.contain('"q99" is not the id of any quote');
      expect(text).to.contain('Tidak ada yang dapat ditampilkan');
      expect(card.shadowRoot!.querySelector('blockquote')).to.equal(null);
    });

    it('says so when the article has no quotes', async () => {
      const card = await renderCard({ ...seedArticle(), quotes: [], events: [] });
      expect(visibleText(card)).to.contain('the article has no quotes');
    });

    it('warns once in the console, naming the path', async () => {
      let card!: QuoteCard;
      const warnings = await recordWarnings(async () => {
        card = await renderCard(articleWithUnknownSpeaker());
        card.requestUpdate();
        await card.updateComplete;
        card.requestUpdate();
        await card.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<quote-card>');
      expect(warnings[0]).to.contain('quotes[0].speaker: "nobody" is not the id of any speaker');
    });

    it('warns once, not on every update, when no article is given', async () => {
      const warnings = await recordWarnings(async () => {
        const card = await fixture<QuoteCard>(html`<quote-card quote-id="q1"></quote-card>`);
        expect(card.shadowRoot!.querySelector('blockquote')).to.equal(null);
        card.requestUpdate();
        await card.updateComplete;
        card.requestUpdate();
        await card.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<quote-card>');
    });

    it('logs no console warning for a valid article', async () => {
      const warnings = await recordWarnings(async () => {
        const card = await renderCard(seedArticle(), 'q9');
        const badge = await badgeOf(card);
        badge.requestUpdate();
        await badge.updateComplete;
      });
      expect(warnings).to.deep.equal([]);
    });

    it('refuses a javascript: article url: a validation error and no href anywhere', async () => {
      const article = { ...seedArticle(), url: 'javascript:alert(1)' };
      const card = await renderCard(article, 'q1');
      const text = visibleText(card);
      expect(text).to.contain('url: must be an http:// or https:// URL');
      expect(card.shadowRoot!.querySelector('[href]')).to.equal(null);
      expect(card.shadowRoot!.querySelector('[cite]')).to.equal(null);
    });
  });

  describe('safety and direction', () => {
    it('shows markup inside a quote as text, creating no element', async () => {
      const article = seedArticle();
      article.quotes[0].text = '<img src=x onerror=alert(1)>';
      const card = await renderCard(article, 'q1');
      expect(quotedText(card)).to.equal('“<img src=x onerror=alert(1)>”');
      expect(card.shadowRoot!.querySelector('img')).to.equal(null);
      expect(card.shadowRoot!.querySelector('.words')!.children, 'elements inside the quoted words').to.have.length(0);
      expect(card.shadowRoot!.querySelector('blockquote p')!.children).to.have.length(3); // the two marks and the words
    });

    it('gives a right-to-left article dir="rtl" and its lang on the figure', async () => {
      const article = { ...seedArticle(), lang: 'ar' };
      const card = await renderCard(article, 'q1');
      const figure = card.shadowRoot!.querySelector('figure')!;
      expect(figure.getAttribute('dir')).to.equal('rtl');
      expect(figure.getAttribute('lang')).to.equal('ar');
    });

    it('gives a left-to-right article dir="ltr"', async () => {
      const card = await renderCard(seedArticle(), 'q1');
      const figure = card.shadowRoot!.querySelector('figure')!;
      expect(figure.getAttribute('dir')).to.equal('ltr');
      expect(figure.getAttribute('lang')).to.equal('id');
    });
  });

  describe('accessibility', () => {
    it('passes axe for the seed card', async () => {
      const card = await renderCard(seedArticle(), 'q9');
      await badgeOf(card);
      await expect(card).to.be.accessible();
    });

    it('passes axe for a partial quote in the compact variant', async () => {
      const card = await fixture<QuoteCard>(html`<quote-card variant="compact" quote-id="q5" .article=${seedArticle()}></quote-card>`);
      await badgeOf(card);
      await expect(card).to.be.accessible();
    });

    it('passes axe in the error state', async () => {
      const article = seedArticle();
      article.quotes[0].speaker = 'nobody';
      const card = await recordWarningsFor(() => renderCard(article));
      await expect(card).to.be.accessible();
    });
  });
});

/** Renders while keeping the expected warning out of the test output. */
async function recordWarningsFor<T>(render: () => Promise<T>): Promise<T> {
  let result!: T;
  await recordWarnings(async () => {
    result = await render();
  });
  return result;
}
