import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';

type Lit = Element & { updateComplete: Promise<boolean> };
type View = Window & typeof globalThis & { __violations: string[]; __console: string[] };

/** Opens a page in an iframe and waits until its cards have rendered, with their share bars and JSON-LD. */
async function openPage(path: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 900px; border: 0';
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const page = frame.contentDocument!;
  const view = frame.contentWindow as View;
  await waitUntil(() => view.customElements.get('quote-card'), 'quote-card was never defined');
  const cards = [...page.querySelectorAll<Lit>('quote-card')];
  await waitUntil(() => cards.every((card) => card.shadowRoot?.querySelector('figure, .error')), 'a card never rendered');
  for (const card of cards) await card.updateComplete;
  return { frame, page, view, cards };
}

const jsonLdOf = (card: Element) => card.querySelector(':scope > script[type="application/ld+json"][data-quote-cards]');

describe('a page enforcing Trusted Types', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('that allows only the lit-html policy: cards render with their JSON-LD and share bar, and raise no violation', async () => {
    const { page, view, cards } = await openPage('/test/cdn/csp-lit-html-page.html');
    await waitUntil(() => cards[1].shadowRoot!.querySelector('[part~="actions"] button'), 'the share bar never appeared');
    // Another quote: the JSON-LD is written again.
    cards[0].setAttribute('quote-id', 'q2');
    await cards[0].updateComplete;
    const described = cards.map((card) => JSON.parse(jsonLdOf(card)?.textContent ?? 'null')?.text);
    const shown = cards.map((card) => card.shadowRoot!.querySelector('.words')!.textContent);
    expect(described).to.deep.equal(shown);
    expect(cards.map((card) => card.querySelectorAll('script').length)).to.deep.equal([1, 1, 1]);
    expect(view.__violations, 'securitypolicyviolation events').to.deep.equal([]);
    expect(view.__console, 'console warnings and errors').to.deep.equal([]);
    // Trusted Types are in force on the page: a string given to an HTML sink is refused, and reported.
    expect(() => page.body.insertAdjacentHTML('beforeend', '<b>x</b>')).to.throw();
    await waitUntil(
      () => view.__violations.some((violation) => violation.startsWith('require-trusted-types-for')),
      'the refused sink was not reported',
    );
  });

  it('that allows any policy: cards carry their JSON-LD, and raise no violation', async () => {
    const { view, cards } = await openPage('/test/cdn/csp-page.html');
    const [card] = cards;
    await waitUntil(() => jsonLdOf(card), 'no JSON-LD');
    expect(JSON.parse(jsonLdOf(card)!.textContent)).to.include({ '@type': 'Quotation' });
    expect(view.__violations).to.deep.equal([]);
  });
});
