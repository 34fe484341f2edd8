import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';

/**
 * Every built file must say what the sources say: the minifiers of the build once dropped the space
 * before the date's "·" ("stormy debate· March 14, 2024"), which no story (they run the sources)
 * could show. The same page is rendered from the sources and from each built file, and the text a
 * reader sees in every component's shadow root is compared.
 */
const BUILT = ['/dist/quote-cards.min.js', '/dist/index.js'];

type Lit = Element & { updateComplete?: Promise<boolean>; articleState?: { status: string } };

async function render(from: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 1400px';
  frame.src = `/test/cdn/text-page.html?from=${encodeURIComponent(from)}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const page = frame.contentDocument!;
  await waitUntil(() => page.defaultView!.customElements.get('article-timeline'), `${from} never defined the components`);
  const ready = () =>
    components(page).every((element) => element.articleState?.status !== 'loading') &&
    page.querySelector('quote-card')!.shadowRoot?.querySelector('[part="actions"] button') &&
    page.querySelector('article-timeline')!.shadowRoot?.querySelector('quote-card');
  await waitUntil(ready, `${from}: the page never finished rendering`).catch((error) => {
    throw new Error(
      `${error.message}: ${components(page)
        .map((element) => `${element.localName} ${element.articleState?.status}`)
        .join(', ')}`,
    );
  });
  for (let round = 0; round < 4; round++)
    await Promise.all(components(page).map((element) => element.updateComplete ?? Promise.resolve(true)));
  return page;
}

/** Every component of the page, in every shadow tree, in document order. */
function components(root: Document | ShadowRoot): Lit[] {
  return [...root.querySelectorAll<Lit>('quote-article, quote-card, speaker-badge, article-timeline')].flatMap((element) => [
    element,
    ...(element.shadowRoot ? components(element.shadowRoot) : []),
  ]);
}

/** The text each component shows, as laid out (innerText follows CSS white-space, unlike textContent). */
function shownText(page: Document): string[] {
  return components(page).map(
    (element) =>
      `<${element.localName}> ` +
      [...(element.shadowRoot?.children ?? [])].map((child) => (child as HTMLElement).innerText ?? '').join('\n'),
  );
}

describe('the built files render the text the sources render', () => {
  let source: string[];
  before(async function () {
    source = shownText(await render('/src/index.ts'));
  });
  after(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('the source page shows the date after a spaced "·"', () => {
    expect(source.join('\n')).to.match(/Kabar Harian · 14 Maret 2024/);
  });

  for (const file of BUILT) {
    it(`${file}: the same text in every component's shadow root`, async function () {
      const built = shownText(await render(file));
      expect(built.length).to.equal(source.length);
      for (const [index, text] of built.entries()) expect(text, `component ${index}`).to.equal(source[index]);
    });
  }
});
