import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';

/** Loads a page holding only the built CDN script and markup, as a CMS page would. */
async function openPage(path: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 1200px';
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentDocument!;
}

const shadowText = (element: Element | null) => (element?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('the CDN file on a plain page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('renders the seed article: the chosen quote, its speaker and the timeline', async () => {
    const page = await openPage('/test/cdn/seed-page.html');
    const card = page.querySelector('quote-card')!;
    await waitUntil(() => shadowText(card).includes('Di bawah kepemimpinan Vladimir Putin'), 'the quote never appeared');
    expect(shadowText(card)).to.contain('melalui TASS');
    const badge = card.shadowRoot!.querySelector('speaker-badge')!;
    await waitUntil(() => shadowText(badge).includes('Kremlin'));
    const timeline = page.querySelector('article-timeline')!;
    await waitUntil(() => shadowText(timeline).includes('Oktober 2022'), 'the timeline never rendered');
    expect(shadowText(timeline)).to.match(/Rabu, 26 Oktober 2022/);
  });

  it('fetches the timeline with its first use, and not the live source with it (the page has no live article)', async () => {
    const page = await openPage('/test/cdn/seed-page.html');
    const timeline = page.querySelector('article-timeline')!;
    await waitUntil(() => shadowText(timeline).includes('Oktober 2022'), 'the timeline never rendered');
    const chunks = (await (await fetch('/dist/cdn/chunks-quote-cards.min.js.json')).json()) as Record<string, string>;
    const fetched = page.defaultView!.performance.getEntriesByType('resource').map((entry) => chunks[entry.name.split('/').pop()!]);
    expect(fetched).to.include('article-timeline');
    expect(fetched).not.to.include('live-source');
  });

  it('shows an error naming the JSON paths when the article is broken', async () => {
    const page = await openPage('/test/cdn/broken-page.html');
    const provider = page.querySelector('quote-article')!;
    await waitUntil(() => shadowText(provider).includes('speakers[0].name'), 'no error appeared');
    expect(shadowText(provider)).to.contain('Artikel ini tidak dapat ditampilkan');
    expect(shadowText(provider)).to.contain('quotes[3].speaker: "putn" is not the id of any speaker');
    expect(shadowText(provider)).to.contain('speakers[0].name: is required');
  });

  it('on a themed page, loads the theme before the cards first render', async () => {
    const page = await openPage('/test/cdn/themed-page.html');
    const view = page.defaultView!;
    await waitUntil(() => view.customElements.get('quote-card'), 'quote-card was never defined');
    const card = page.querySelector('quote-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('figure'), 'the card never rendered');
    const figure = view.getComputedStyle(card.shadowRoot!.querySelector('figure')!);
    expect(figure.backgroundImage).to.contain('linear-gradient');
    expect(figure.color).to.equal('rgb(255, 255, 255)');
  });

  it('loads the themes when a theme is set after the page has loaded', async () => {
    const page = await openPage('/test/cdn/seed-page.html');
    const card = page.querySelector('quote-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('figure'), 'the card never rendered');
    page.querySelector('quote-article')!.setAttribute('theme', 'dark');
    const view = page.defaultView!;
    await waitUntil(
      () => view.getComputedStyle(card.shadowRoot!.querySelector('figure')!).color === 'rgb(230, 232, 235)',
      'the dark theme never applied',
    );
  });
});
