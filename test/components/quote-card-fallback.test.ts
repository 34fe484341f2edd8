import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/index.js';
import type { QuoteCard } from '../../src/index.js';
import { seedArticle } from '../support/fixtures.js';

// A CMS can write the quote into the page as a plain <blockquote> inside <quote-card>: readers (and
// crawlers) see it before the script runs and while the article loads, and the card replaces it.

/** Holds every fetch of `url` until `release` is called, then answers with the seed article. */
function holdFetch(url: string) {
  const original = window.fetch;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  window.fetch = async (input, init) => {
    if ((input instanceof Request ? input.url : input.toString()).endsWith(url)) {
      await released;
      return new Response(JSON.stringify(seedArticle()), { headers: { 'content-type': 'application/json' } });
    }
    return original(input, init);
  };
  return { release, restore: () => (window.fetch = original) };
}

describe('<quote-card> with a fallback <blockquote>', () => {
  it('shows the page’s blockquote while the article loads, then the card in its place', async () => {
    const network = holdFetch('/held/seed-article.json');
    try {
      const card = await fixture<QuoteCard>(
        html`<quote-card src="/held/seed-article.json" quote-id="q1"
          ><blockquote>“Pesan kedua bahwa hampir seluruh perang berakhir di meja negosiasi” — Jens Stoltenberg</blockquote></quote-card
        >`,
      );
      const fallback = card.querySelector('blockquote')!;
      expect(card.shadowRoot!.querySelector('slot'), 'the fallback is slotted').to.exist;
      expect(card.shadowRoot!.querySelector('[part~="status"]'), 'no loading message over it').to.equal(null);
      expect(fallback.getBoundingClientRect().height, 'the fallback is visible').to.be.greaterThan(0);

      network.release();
      await waitUntil(() => card.shadowRoot!.querySelector('figure'), 'the card never rendered');
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('.words')!.textContent).to.equal(seedArticle().quotes[0].text);
      expect(fallback.getBoundingClientRect().height, 'the fallback is no longer shown').to.equal(0);
      expect(card.querySelector('blockquote'), 'it stays in the light DOM for crawlers without shadow DOM').to.equal(fallback);
    } finally {
      network.restore();
    }
  });

  it('shows the loading message when there is no fallback, and the JSON-LD script is not one', async () => {
    const network = holdFetch('/held/other.json');
    try {
      const card = await fixture<QuoteCard>(
        html`<quote-card src="/held/other.json"
          ><script type="application/ld+json">
            {}
          </script></quote-card
        >`,
      );
      expect(card.shadowRoot!.querySelector('[part~="status"]')!.textContent).to.match(/Loading quotes|Memuat kutipan/);
      network.release();
      await waitUntil(() => card.shadowRoot!.querySelector('figure'), 'the card never rendered');
    } finally {
      network.restore();
    }
  });
});
