import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';

// The built CDN file on a page using every lazy chunk, each chunk in turn answering 404 the first time it is asked
// for (test/support/article-routes-plugin.mjs, /__blocked/). Needs `npm run build` first.

type Frame = { page: Document; view: Window & { rejections: string[] } };

async function openPage(path: string): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 1200px';
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { page: frame.contentDocument!, view: frame.contentWindow as Frame['view'] };
}

/** Every element under `root`, shadow roots included. */
function* deep(root: Document | ShadowRoot | Element): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deep(element.shadowRoot);
  }
}

const deepText = (root: Document) =>
  [...deep(root)].map((element) => (element.shadowRoot?.textContent ?? '') + ' ').join('') + root.body.textContent;
const retryButtons = (root: Document) =>
  [...deep(root)].filter(
    (element): element is HTMLButtonElement => element.localName === 'button' && /Try again|Coba lagi/.test(element.textContent),
  );
const seen = async (token: string) => Number(await (await fetch(`/__blocked-seen/${token}`)).text());
const NOT_LOADED = 'its code did not load';

const card = (page: Document) => page.querySelector('quote-card')!;
const downloadButton = (page: Document) =>
  [...deep(card(page).shadowRoot!)].find(
    (element) => element.localName === 'button' && /Unduh PNG|Download PNG/.test(element.getAttribute('aria-label') ?? ''),
  ) as HTMLButtonElement | undefined;
const shadowTextOf = (element: Element | null) => element?.shadowRoot?.textContent ?? '';
const failedAt = (page: Document) => deepText(page).includes(NOT_LOADED);

describe('a lazy chunk that fails to load', () => {
  let names: string[] = [];
  before(async () => {
    names = Object.values((await (await fetch('/dist/cdn/chunks-quote-cards.min.js.json')).json()) as Record<string, string>);
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('is every chunk of the build (the list below is complete)', () => {
    expect([...names].sort()).to.deep.equal(
      [
        'article-timeline',
        // The interface strings of each language, fetched with the first element in it (an English card needs none).
        'ar',
        'en',
        'id',
        // The view of an error, fetched with the first error shown.
        'error-view',
        'capture',
        // (Fetched as the main file runs, not when used: a failure to load it is tested in lazy-validator.test.ts.)
        'check-article',
        'check-events',
        'enhance',
        'event-window',
        'format',
        'live-source',
        'share-bar',
        'share-links',
        'themes-everywhere',
      ].sort(),
    );
  });

  for (const name of ['article-timeline', 'live-source', 'enhance', 'event-window', 'share-bar', 'format', 'share-links', 'capture']) {
    it(`${name}: shows an error with a button that tries again, and rejects nothing unhandled`, async function () {
      const token = `${name}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
      const { page, view } = await openPage(`/__blocked/${name}/${token}/page.html`);
      await waitUntil(
        () => view.customElements.get('quote-card') && card(page).shadowRoot?.querySelector('figure'),
        'the card never rendered',
      );
      if (name === 'capture') {
        await waitUntil(() => downloadButton(page), 'no download button');
        downloadButton(page)!.click();
        await waitUntil(() => /Gagal|Failed/.test(shadowTextOf(card(page))), 'the failed download was not shown');
        expect(await seen(token)).to.equal(1);
      } else {
        await waitUntil(() => failedAt(page), `no "${NOT_LOADED}" shown`);
        expect(await seen(token)).to.be.at.least(1);
        expect(retryButtons(page).length, 'a button to try again').to.be.at.least(1);
      }
      expect(view.rejections).to.deep.equal([]);
      const shown = () => (name === 'capture' ? /Gagal|Failed/.test(shadowTextOf(card(page))) : failedAt(page));
      const tryAgain = () => (name === 'capture' ? downloadButton(page)!.click() : retryButtons(page).forEach((button) => button.click()));
      if (navigator.userAgent.includes('Firefox')) {
        // Firefox keeps a failed module fetch in its module map for the life of the page (as the HTML standard says):
        // trying again fails again without asking the server, and says so again, still rejecting nothing unhandled.
        const asked = await seen(token);
        tryAgain();
        await waitUntil(() => shown() && (name === 'capture' || retryButtons(page).length > 0), 'the failure was not shown again');
        expect(await seen(token)).to.equal(asked);
      } else {
        // Chromium and WebKit ask for it again (the server answers it from the second request on): the error goes.
        // Each "Try again" is clicked as it shows (and goes once clicked), as a reader would: one element's error may
        // show only after another's button was clicked (the live article's error waits for its article and the error
        // view), and a chunk two others import fails for both from one request.
        if (name === 'capture') tryAgain();
        await waitUntil(async () => {
          if (name !== 'capture') tryAgain();
          return (await seen(token)) >= 2 && !shown();
        }, 'trying again did not load the chunk');
      }
      expect(view.rejections).to.deep.equal([]);
    });
  }

  it('themes-everywhere: the components render in their own look', async () => {
    const token = `themes-${Date.now()}`;
    const { page, view } = await openPage(`/__blocked/themes-everywhere/${token}/page.html`);
    await waitUntil(() => card(page).shadowRoot?.querySelector('figure'), 'the card never rendered');
    await waitUntil(() => shadowTextOf(page.querySelector('#short')).includes('2022'), 'the timeline never rendered');
    expect(await seen(token)).to.be.at.least(1);
    expect(failedAt(page)).to.equal(false);
    expect(view.rejections).to.deep.equal([]);
  });

  it('check-events: a long timeline shows its events, unchecked', async () => {
    const token = `check-${Date.now()}`;
    const { page, view } = await openPage(`/__blocked/check-events/${token}/page.html`);
    await waitUntil(() => shadowTextOf(page.querySelector('#long')).includes('Peristiwa'), 'the long timeline never rendered');
    await waitUntil(async () => (await seen(token)) >= 1, 'the chunk was never asked for');
    expect(view.rejections).to.deep.equal([]);
  });
});

describe('quote-cards inside a host app’s shadow root', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('defines the timeline and applies the theme there', async () => {
    const { page, view } = await openPage(`/__blocked/none/shadow-${Date.now()}/shadow.html`);
    await waitUntil(() => page.querySelector('host-app')?.shadowRoot?.querySelector('quote-card'), 'the host app never rendered');
    const root = page.querySelector('host-app')!.shadowRoot!;
    const timeline = root.querySelector('article-timeline')!;
    await waitUntil(() => view.customElements.get('article-timeline'), 'the timeline was never defined');
    await waitUntil(() => shadowTextOf(timeline).includes('2022'), 'the timeline never rendered');
    const themed = root.querySelector('quote-card')!;
    await waitUntil(() => {
      const figure = themed.shadowRoot?.querySelector('figure');
      return figure && view.getComputedStyle(figure).color === 'rgb(230, 232, 235)';
    }, 'the dark theme never applied in the shadow root');
  });
});
