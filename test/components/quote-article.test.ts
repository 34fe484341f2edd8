import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/index.js';
import type { ArticleTimeline, QuoteArticle, QuoteCard, SpeakerBadge } from '../../src/index.js';
import { SEED_URL, seedArticle, seedArticleEnglish, visibleText } from '../support/fixtures.js';
import { quietly } from '../support/dom.js';

type Fetch = typeof window.fetch;

/** A URL of the seed article that no other test has fetched, so the shared load cache is cold. */
function freshSeedUrl(label: string): string {
  return `${SEED_URL}?${label}=${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

function urlOf(input: Parameters<Fetch>[0]): string {
  return input instanceof Request ? input.url : String(input);
}

/**
 * Replaces window.fetch for `url` only (other URLs go to the real fetch) while `run` runs,
 * and returns how many times `url` was fetched.
 */
async function interceptFetch(url: string, respond: (original: Fetch) => Promise<Response>, run: () => Promise<void>): Promise<number> {
  const original = window.fetch;
  let calls = 0;
  window.fetch = (input: Parameters<Fetch>[0], init?: RequestInit) => {
    if (urlOf(input) !== url) return original(input, init);
    calls += 1;
    return respond(original);
  };
  try {
    await run();
  } finally {
    window.fetch = original;
  }
  return calls;
}

async function settled(...elements: (QuoteArticle | QuoteCard | SpeakerBadge | ArticleTimeline)[]): Promise<void> {
  for (const element of elements) await element.updateComplete;
}

function quotedText(card: QuoteCard): string {
  return (card.shadowRoot!.querySelector('blockquote p')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function textOfQuote(id: string, article = seedArticle()): string {
  return article.quotes.find((quote) => quote.id === id)!.text;
}

describe('<quote-article>', () => {
  describe('with the article property', () => {
    it('provides the article to a quote card inside it', async () => {
      const provider = await fixture<QuoteArticle>(
        html`<quote-article .article=${seedArticle()}><quote-card quote-id="q9"></quote-card></quote-article>`,
      );
      const card = provider.querySelector('quote-card')!;
      await settled(card);
      expect(quotedText(card)).to.equal(`“${textOfQuote('q9')}”`);
      expect(visibleText(card)).to.contain('melalui TASS');
      expect(card.assignedSlot, 'the card is shown in the slot').to.exist;
    });

    it('provides it to badges and timelines too', async () => {
      const provider = await fixture<QuoteArticle>(
        html`<quote-article .article=${seedArticle()}>
          <speaker-badge speaker-id="putin"></speaker-badge>
          <article-timeline></article-timeline>
        </quote-article>`,
      );
      const badge = provider.querySelector('speaker-badge')!;
      const timeline = provider.querySelector('article-timeline')!;
      await settled(badge, timeline);
      expect(visibleText(badge)).to.contain('Vladimir Putin');
      expect(visibleText(timeline)).to.contain('Rabu, 26 Oktober 2022');
    });

    it('updates its children when the article is replaced', async () => {
      const provider = await fixture<QuoteArticle>(
        html`<quote-article .article=${seedArticle()}><quote-card quote-id="q9"></quote-card></quote-article>`,
      );
      const card = provider.querySelector('quote-card')!;
      await settled(card);
      const english = seedArticleEnglish();
      provider.article = english;
      await settled(provider, card);
      expect(quotedText(card)).to.equal(`“${textOfQuote('q9', english)}”`);
      expect(visibleText(card)).to.contain('via TASS');
      const badge = card.shadowRoot!.querySelector('speaker-badge')!;
      await settled(badge);
      expect(visibleText(badge)).to.contain('Kremlin');
    });

    it("lets a child's own article take precedence", async () => {
      const english = seedArticleEnglish();
      const provider = await fixture<QuoteArticle>(
        html`<quote-article .article=${seedArticle()}><quote-card quote-id="q1" .article=${english}></quote-card></quote-article>`,
      );
      const card = provider.querySelector('quote-card')!;
      await settled(card);
      expect(quotedText(card)).to.equal(`“${textOfQuote('q1', english)}”`);
    });
  });

  describe('from src', () => {
    it('loads the article and renders its children', async () => {
      const provider = await fixture<QuoteArticle>(
        html`<quote-article src=${SEED_URL}><quote-card quote-id="q5"></quote-card></quote-article>`,
      );
      const card = provider.querySelector('quote-card')!;
      await waitUntil(() => quotedText(card).includes(textOfQuote('q5')), 'the card did not render the loaded quote');
      expect(visibleText(card)).to.contain('Penggalan');
    });

    it('fetches a URL named by two cards only once', async () => {
      const url = freshSeedUrl('one-fetch');
      const calls = await interceptFetch(
        url,
        (original) => original(url),
        async () => {
          const wrapper = await fixture<HTMLElement>(
            html`<div>
              <quote-card src=${url} quote-id="q1"></quote-card>
              <quote-card src=${url} quote-id="q2"></quote-card>
            </div>`,
          );
          const [first, second] = wrapper.querySelectorAll('quote-card');
          await waitUntil(
            () => quotedText(first).includes(textOfQuote('q1')) && quotedText(second).includes(textOfQuote('q2')),
            'the cards did not render',
          );
        },
      );
      expect(calls).to.equal(1);
    });

    it('shows "Memuat kutipan…" while the fetch is pending, then the quote', async () => {
      const url = freshSeedUrl('pending');
      let release!: () => void;
      const answered = new Promise<void>((resolve) => (release = resolve));
      await interceptFetch(
        url,
        async (original) => {
          await answered;
          return original(SEED_URL);
        },
        async () => {
          const provider = await fixture<QuoteArticle>(
            html`<quote-article src=${url}><quote-card lang="id" quote-id="q1"></quote-card></quote-article>`,
          );
          const card = provider.querySelector('quote-card')!;
          await settled(card);
          expect(visibleText(card)).to.equal('Memuat kutipan…');
          expect(card.shadowRoot!.querySelector('[role="status"]')).to.exist;
          expect(card.assignedSlot, 'children stay in place while loading').to.exist;
          release();
          await waitUntil(() => quotedText(card).includes(textOfQuote('q1')), 'the card did not render after loading');
          expect(visibleText(card)).not.to.contain('Memuat kutipan…');
        },
      );
    });

    it('shows the loading text in the language of the page while nothing else says it', async () => {
      const url = freshSeedUrl('never');
      const page = document.documentElement;
      const pageLang = page.getAttribute('lang');
      page.setAttribute('lang', 'id');
      try {
        await interceptFetch(
          url,
          () => new Promise<Response>(() => {}),
          async () => {
            const card = await fixture<QuoteCard>(html`<quote-card src=${url}></quote-card>`);
            expect(visibleText(card)).to.equal('Memuat kutipan…');
          },
        );
      } finally {
        if (pageLang === null) page.removeAttribute('lang');
        else page.setAttribute('lang', pageLang);
      }
    });

    it('shows an error naming the URL and the 404 status', async () => {
      const url = new URL('/does-not-exist.json', location.href).href;
      const provider = await quietly(() =>
        fixture<QuoteArticle>(html`<quote-article src=${url}><quote-card></quote-card></quote-article>`),
      );
      await waitUntil(() => visibleText(provider).includes('404'), 'no 404 error was shown');
      const text = visibleText(provider);
      expect(text).to.contain(url);
      expect(text).to.contain('the server answered 404');
      expect(provider.shadowRoot!.querySelector('code')!.textContent).to.equal(url);
      // The file may be published a moment later: every failure of a src offers to try again.
      expect(provider.shadowRoot!.querySelector('button')!.textContent.trim()).to.equal('Try again');
      expect(provider.querySelector('quote-card')!.assignedSlot).to.equal(null);
    });

    it('offers "Try again" after a server error, and loads on retry', async () => {
      const url = freshSeedUrl('retry');
      let failures = 1;
      await interceptFetch(
        url,
        async (original) => (failures-- > 0 ? new Response('busy', { status: 503 }) : original(SEED_URL)),
        async () => {
          const provider = await quietly(() =>
            fixture<QuoteArticle>(html`<quote-article lang="id" src=${url}><quote-card quote-id="q3"></quote-card></quote-article>`),
          );
          await waitUntil(() => provider.shadowRoot!.querySelector('button'), 'no retry button was shown');
          expect(visibleText(provider)).to.contain('the server answered 503');
          expect(visibleText(provider)).to.contain('Artikel tidak tersedia');
          const button = provider.shadowRoot!.querySelector('button')!;
          expect(button.textContent.trim()).to.equal('Coba lagi');
          button.click();
          const card = provider.querySelector('quote-card')!;
          await waitUntil(() => quotedText(card).includes(textOfQuote('q3')), 'retrying did not load the article');
        },
      );
    });

    it('offers "Try again" for a live blog whose events turn out invalid after its first screen, and loads on retry', async () => {
      const url = freshSeedUrl('retry-live-blog');
      const blog = seedArticle();
      const [template] = blog.events!;
      blog.events = Array.from({ length: 600 }, (_, index) => ({ ...template, id: `e${index}` }));
      const broken = structuredClone(blog);
      broken.events![550].date = 'kemarin';
      let fetches = 0;
      await interceptFetch(
        url,
        async () => new Response(JSON.stringify(fetches++ ? blog : broken), { headers: { 'content-type': 'application/json' } }),
        async () => {
          const provider = await quietly(() =>
            fixture<QuoteArticle>(html`<quote-article src=${url}><quote-card quote-id="q3"></quote-card></quote-article>`),
          );
          const card = provider.querySelector('quote-card')!;
          await waitUntil(() => provider.shadowRoot!.querySelector('button'), 'no retry button was shown once the events were checked');
          expect(visibleText(provider)).to.contain('events[550].date');
          provider.shadowRoot!.querySelector('button')!.click();
          await waitUntil(() => quotedText(card).includes(textOfQuote('q3')), 'retrying did not load the article');
          expect(fetches).to.equal(2);
        },
      );
    });

    it('says a file that is not JSON "is not JSON"', async () => {
      const url = URL.createObjectURL(new Blob(['{oops'], { type: 'application/json' }));
      try {
        const provider = await quietly(() =>
          fixture<QuoteArticle>(html`<quote-article src=${url}><quote-card></quote-card></quote-article>`),
        );
        await waitUntil(() => visibleText(provider).includes('is not JSON'), 'no JSON error was shown');
        expect(visibleText(provider)).to.contain(url);
        expect(provider.querySelector('quote-card')!.assignedSlot).to.equal(null);
      } finally {
        URL.revokeObjectURL(url);
      }
    });

    it('lists the JSON paths of a loaded article that is invalid', async () => {
      const article = seedArticle();
      article.quotes[2].speaker = 'nobody';
      const url = URL.createObjectURL(new Blob([JSON.stringify(article)], { type: 'application/json' }));
      try {
        const provider = await quietly(() =>
          fixture<QuoteArticle>(html`<quote-article src=${url}><quote-card></quote-card></quote-article>`),
        );
        await waitUntil(() => visibleText(provider).includes('quotes[2].speaker'), 'no validation error was shown');
        expect(visibleText(provider)).to.contain('"nobody" is not the id of any speaker');
      } finally {
        URL.revokeObjectURL(url);
      }
    });
  });

  describe('with an invalid article', () => {
    it("shows the problem's JSON path and hides the children", async () => {
      const article = seedArticle();
      article.quotes[0].speaker = 'nobody';
      const provider = await quietly(() =>
        fixture<QuoteArticle>(html`<quote-article lang="id" .article=${article}><quote-card quote-id="q2"></quote-card></quote-article>`),
      );
      const text = visibleText(provider);
      expect(text).to.contain('Artikel ini tidak dapat ditampilkan');
      expect(text).to.contain('quotes[0].speaker: "nobody" is not the id of any speaker');
      expect(provider.shadowRoot!.querySelector('slot')).to.equal(null);
      const card = provider.querySelector('quote-card')!;
      expect(card.assignedSlot).to.equal(null);
      expect(card.getClientRects()).to.have.length(0);
    });

    it('shows the children again once a valid article replaces it', async () => {
      const article = seedArticle();
      article.quotes[0].speaker = 'nobody';
      const provider = await quietly(() =>
        fixture<QuoteArticle>(html`<quote-article .article=${article}><quote-card quote-id="q2"></quote-card></quote-article>`),
      );
      provider.article = seedArticle();
      const card = provider.querySelector('quote-card')!;
      await settled(provider, card);
      expect(card.assignedSlot).to.exist;
      expect(quotedText(card)).to.equal(`“${textOfQuote('q2')}”`);
      expect(visibleText(provider)).not.to.contain('quotes[0].speaker');
    });
  });

  describe('with an inline <script type="application/json">', () => {
    it('reads the article from the script', async () => {
      const provider = await fixture<QuoteArticle>(
        `<quote-article><script type="application/json">${JSON.stringify(seedArticle())}</script><quote-card quote-id="q4"></quote-card></quote-article>`,
      );
      const card = provider.querySelector('quote-card')!;
      await settled(card);
      expect(quotedText(card)).to.equal(`“${textOfQuote('q4')}”`);
    });

    it('names the script when it is not valid JSON', async () => {
      const provider = await quietly(() =>
        fixture<QuoteArticle>(`<quote-article><script type="application/json">{oops</script><quote-card></quote-card></quote-article>`),
      );
      const text = visibleText(provider);
      expect(provider.shadowRoot!.querySelector('code')!.textContent).to.equal('script');
      expect(text).to.contain('is not JSON');
      expect(provider.querySelector('quote-card')!.assignedSlot).to.equal(null);
    });
  });

  describe('accessibility', () => {
    it('passes axe when ready', async () => {
      const provider = await fixture<QuoteArticle>(
        html`<quote-article .article=${seedArticle()}>
          <quote-card quote-id="q9"></quote-card>
          <speaker-badge speaker-id="putin"></speaker-badge>
        </quote-article>`,
      );
      const card = provider.querySelector('quote-card')!;
      await settled(card, card.shadowRoot!.querySelector('speaker-badge')!, provider.querySelector('speaker-badge')!);
      await expect(provider).to.be.accessible();
    });

    it('passes axe in the error state', async () => {
      const article = seedArticle();
      article.quotes[0].speaker = 'nobody';
      const provider = await quietly(() =>
        fixture<QuoteArticle>(html`<quote-article .article=${article}><quote-card></quote-card></quote-article>`),
      );
      await expect(provider).to.be.accessible();
    });

    it('passes axe with a retry button', async () => {
      const url = freshSeedUrl('axe-retry');
      await interceptFetch(
        url,
        async () => new Response('busy', { status: 503 }),
        async () => {
          const provider = await quietly(() => fixture<QuoteArticle>(html`<quote-article src=${url}></quote-article>`));
          await waitUntil(() => provider.shadowRoot!.querySelector('button'), 'no retry button was shown');
          await expect(provider).to.be.accessible();
        },
      );
    });
  });
});
