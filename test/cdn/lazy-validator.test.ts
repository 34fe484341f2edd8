import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';

// The CDN file fetches its validator as a chunk of its own (src/shared/validator-cdn.ts). test/cdn/validator-hold.mjs
// holds that chunk back (or fails it) for the next page, so that these tests see what a page does meanwhile.

const hold = async (action: string) =>
  (await fetch(`/__validator-hold/${action}`, { cache: 'no-store' }).then((response) => response.json())) as {
    held: boolean;
    articleWhileHeld: boolean;
  };

/** Opens test/cdn/lazy-NAME.html, with the CDN file at URLs of its own (see validator-hold.mjs). */
function openPage(name: string): Document {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 1200px';
  frame.src = `/test/cdn/lazy/${Math.random().toString(36).slice(2)}/${name}.html`;
  document.body.append(frame);
  return frame.contentDocument!;
}

const frameDocument = () => document.querySelector('iframe')!.contentDocument!;
const shadowText = (element: Element | null) => (element?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('the CDN file, while its validator chunk is on its way', () => {
  afterEach(async () => {
    await hold('release');
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
  });

  it('shows an inline article as loading until it is checked, never the unchecked card', async () => {
    await hold('arm');
    openPage('inline-page');
    await waitUntil(async () => (await hold('state')).held, 'the validator chunk was never requested');
    await waitUntil(() => frameDocument().querySelector('quote-card')?.shadowRoot?.querySelector('.status.loading'), 'no loading state');
    const page = frameDocument();
    const card = page.querySelector('quote-card')!;
    // Every change to the card's shadow root from now on: it must never hold the quote.
    let shownUnchecked = false;
    const observer = new MutationObserver(() => (shownUnchecked ||= !!card.shadowRoot!.querySelector('figure')));
    observer.observe(card.shadowRoot!, { childList: true, subtree: true, characterData: true });
    expect(card.shadowRoot!.querySelector('figure')).to.equal(null);
    expect(shadowText(page.querySelector('quote-article'))).not.to.contain('tidak dapat ditampilkan');

    await hold('release');
    const provider = page.querySelector('quote-article')!;
    await waitUntil(() => shadowText(provider).includes('quotes[0].speaker'), 'the error never appeared');
    expect(shadowText(provider)).to.contain('"putn" is not the id of any speaker');
    observer.disconnect();
    expect(shownUnchecked, 'the card showed the unchecked quote').to.equal(false);
  });

  it('fetches an article from src in parallel with the chunk, and shows it once the chunk is there', async () => {
    await hold('arm');
    openPage('src-page');
    // Were the article fetched only after the chunk had arrived, it would never be requested while the chunk is held.
    await waitUntil(async () => (await hold('state')).articleWhileHeld, 'the article was not fetched while the validator was on its way');
    const badge = () => frameDocument().getElementById('given');
    await waitUntil(() => badge()?.shadowRoot?.querySelector('.status.loading'), 'the badge showed no loading state').catch(
      (error: Error) => {
        throw new Error(`${error.message}: ${shadowText(badge())} / ${typeof (badge() as { article?: unknown } | null)?.article}`);
      },
    );
    await waitUntil(() => (badge() as { article?: unknown } | null)?.article, 'the page never gave the badge its article');
    expect(shadowText(frameDocument().querySelector('quote-card'))).not.to.contain('Vladimir Putin');

    await hold('release');
    const card = frameDocument().querySelector('quote-card')!;
    await waitUntil(() => shadowText(card).includes('Di bawah kepemimpinan Vladimir Putin'), 'the quote never appeared');
    await waitUntil(() => shadowText(badge()).includes('Vladimir Putin'), 'the badge given an article never showed it');
  });

  it("resolves an element's updateComplete only once it shows its article, checked", async () => {
    await hold('arm');
    openPage('src-page');
    const badge = () =>
      frameDocument().getElementById('given') as (HTMLElement & { article?: unknown; updateComplete: Promise<boolean> }) | null;
    await waitUntil(
      () => badge()?.article && badge()!.shadowRoot?.querySelector('.status.loading'),
      'the badge was not given its article, loading',
    );
    expect((await hold('state')).held, 'the validator is still held').to.equal(true);
    // What the badge shows at the moment its updateComplete resolves (a renderer takes its picture then).
    let shownWhenComplete: string | undefined;
    void badge()!.updateComplete.then(() => (shownWhenComplete = shadowText(badge())));
    await hold('release');
    await waitUntil(() => shownWhenComplete !== undefined, 'updateComplete never resolved');
    expect(shownWhenComplete).to.contain('Vladimir Putin');
  });

  it('shows an error, not a loading state for ever, when the chunk cannot be loaded', async () => {
    await hold('arm?fail');
    openPage('inline-page');
    await waitUntil(
      () => shadowText(frameDocument().querySelector('quote-article')).includes('network failure'),
      'no error appeared',
    ).catch(async (error: Error) => {
      throw new Error(
        `${error.message}: ${shadowText(frameDocument().querySelector('quote-article'))} ${JSON.stringify(await hold('state'))}`,
      );
    });
    const provider = frameDocument().querySelector('quote-article')!;
    // What a reader sees: in the article's language, that it could not be loaded (the network failed), not that it is wrong.
    expect(shadowText(provider)).to.contain('Artikel tidak dapat dimuat');
    expect(frameDocument().querySelector('quote-card')!.shadowRoot?.querySelector('figure') ?? null).to.equal(null);
  });
});
