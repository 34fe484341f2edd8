import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';

/** Opens a page in an iframe and collects every error and warning it reports from then on. */
async function openPage(path: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 1400px';
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const view = frame.contentWindow! as Window & typeof globalThis;
  const problems: string[] = [];
  view.addEventListener('error', (event) => problems.push(event.message));
  view.addEventListener('unhandledrejection', (event) => problems.push(String(event.reason?.message ?? event.reason)));
  for (const level of ['error', 'warn'] as const) {
    const original = view.console[level];
    view.console[level] = (...args: unknown[]) => {
      problems.push(args.map(String).join(' '));
      original.apply(view.console, args);
    };
  }
  return { page: frame.contentDocument!, view, problems };
}

/** Adds the CDN file to the page, as its script tag would, and waits until every element is defined. */
async function loadCdnFile(page: Document, tags: string[]) {
  const script = page.createElement('script');
  script.type = 'module';
  script.src = '/dist/quote-cards.hydrate.min.js';
  page.head.append(script);
  const view = page.defaultView!;
  await waitUntil(() => tags.every((tag) => view.customElements.get(tag)), `not defined: ${tags.join(', ')}`);
}

type Lit = Element & { updateComplete: Promise<boolean>; shadowRoot: ShadowRoot };

/** Waits until the element and every Lit element in its shadow tree have finished updating. */
async function settled(element: Element) {
  const all = [element, ...element.shadowRoot!.querySelectorAll('*')].filter((node) => 'updateComplete' in node) as Lit[];
  await Promise.all(all.map((node) => node.updateComplete));
  for (const node of all) if (node !== element && node.shadowRoot) await settled(node);
}

const text = (root: ShadowRoot | Element | null | undefined) => (root?.textContent ?? '').replace(/\s+/g, ' ');

/** The text node holding the quoted words, in the card's shadow root. */
function quoteTextNode(card: Element): Text {
  const walker = card.ownerDocument.createTreeWalker(card.shadowRoot!.querySelector('[part~="text"]')!, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) if (walker.currentNode.textContent!.trim().length > 3) return walker.currentNode as Text;
  throw new Error('the card shows no quoted words');
}

describe('server-rendered pages (quote-cards/ssr)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('show the card, the badge and the timeline before any script, styled', async () => {
    const { page, view } = await openPage('/test/cdn/ssr/hydrate.html');
    expect(view.customElements.get('quote-card'), 'no script has run').to.equal(undefined);
    const card = page.querySelector('quote-card')!;
    expect(text(card.shadowRoot)).to.contain('Di bawah kepemimpinan Vladimir Putin');
    expect(text(card.shadowRoot)).to.contain('melalui TASS');
    const figure = card.shadowRoot!.querySelector('figure')!;
    expect(figure.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(view.getComputedStyle(figure).borderTopLeftRadius).to.equal('12px');
    // The accent with no theme: blue mixed with the page's text colour, as the styles say (and not the page's colour).
    const probe = page.createElement('span');
    probe.style.color = 'color-mix(in srgb, #0b5cad, currentColor)';
    card.after(probe);
    const accent = view.getComputedStyle(probe).color;
    probe.remove();
    expect(view.getComputedStyle(card.shadowRoot!.querySelector('.mark')!).color).to.equal(accent);
    expect(text(card.shadowRoot!.querySelector('speaker-badge')!.shadowRoot)).to.contain('Kremlin');
    expect(text(page.querySelector('speaker-badge')!.shadowRoot)).to.contain('Sekretaris Jenderal, Pakta Pertahanan Atlantik Utara (NATO)');
    expect(text(page.querySelector('article-timeline')!.shadowRoot)).to.contain('Rabu, 26 Oktober 2022');
  });

  it("carry each card's JSON-LD in the light DOM, for crawlers without shadow DOM", async () => {
    const { page } = await openPage('/test/cdn/ssr/hydrate.html');
    const scripts = page.querySelectorAll('quote-card > script[type="application/ld+json"][data-quote-cards]');
    expect(scripts.length).to.equal(1);
    const data = JSON.parse(scripts[0].textContent);
    expect(data['@type']).to.equal('Quotation');
    expect(data.text).to.match(/^Di bawah kepemimpinan Vladimir Putin/);
    expect(data.spokenByCharacter).to.deep.equal({ '@type': 'Organization', name: 'Kremlin' });
    expect(data.isPartOf['@type']).to.equal('NewsArticle');
  });

  it('hydrate when the CDN file loads: the same DOM nodes stay, and they update in place', async () => {
    const { page, problems } = await openPage('/test/cdn/ssr/hydrate.html');
    const card = page.querySelector('quote-card')!;
    const timeline = page.querySelector('article-timeline')!;
    const before = {
      figure: card.shadowRoot!.querySelector('figure'),
      words: quoteTextNode(card),
      badge: card.shadowRoot!.querySelector('speaker-badge')!.shadowRoot!.querySelector('.name'),
      standalone: page.querySelector('speaker-badge')!.shadowRoot!.querySelector('.badge'),
      events: timeline.shadowRoot!.querySelector('ol'),
    };
    await loadCdnFile(page, ['quote-article', 'quote-card', 'speaker-badge', 'article-timeline']);
    await settled(page.querySelector('quote-article')!);
    await settled(card);
    await settled(timeline);
    expect(card.shadowRoot!.querySelector('figure')).to.equal(before.figure);
    expect(quoteTextNode(card)).to.equal(before.words);
    expect(before.words.isConnected).to.equal(true);
    expect(card.shadowRoot!.querySelector('speaker-badge')!.shadowRoot!.querySelector('.name')).to.equal(before.badge);
    expect(page.querySelector('speaker-badge')!.shadowRoot!.querySelector('.badge')).to.equal(before.standalone);
    expect(timeline.shadowRoot!.querySelector('ol')).to.equal(before.events);
    // The server's nodes are now Lit's: a new quote updates the same text node.
    (card as Element & { quoteId: string }).quoteId = 'q1';
    await settled(card);
    expect(card.shadowRoot!.querySelector('figure')).to.equal(before.figure);
    expect(quoteTextNode(card)).to.equal(before.words);
    expect(before.words.textContent).to.match(/^Pesan kedua bahwa hampir seluruh perang/);
    expect(problems).to.deep.equal([]);
  });

  it('do not move when they hydrate: every component keeps its place and size', async () => {
    const { page, problems } = await openPage('/test/cdn/ssr/hydrate.html');
    const components = [...page.querySelectorAll('quote-article, quote-card, speaker-badge, article-timeline')];
    const boxes = () => components.map((element) => JSON.stringify(element.getBoundingClientRect()));
    const before = boxes();
    await loadCdnFile(page, ['quote-article', 'quote-card', 'speaker-badge', 'article-timeline']);
    for (const element of components) await settled(element);
    await new Promise((resolve) => page.defaultView!.requestAnimationFrame(() => page.defaultView!.requestAnimationFrame(resolve)));
    expect(boxes()).to.deep.equal(before);
    expect(problems).to.deep.equal([]);
  });

  it("show a live blog's first events before any script, and hydrate them into the windowed timeline", async () => {
    const { page, view, problems } = await openPage('/test/cdn/ssr/liveblog.html');
    const timeline = page.querySelector('article-timeline')!;
    const titles = () => [...timeline.shadowRoot!.querySelectorAll('[part~="title"]')].map((title) => title.textContent.trim());
    expect(titles().slice(0, 3)).to.deep.equal(['Pembaruan 1', 'Pembaruan 2', 'Pembaruan 3']);
    const first = timeline.shadowRoot!.querySelector('[part~="event"]');
    expect(first!.getBoundingClientRect().height).to.be.greaterThan(20);
    const list = timeline.shadowRoot!.querySelector('ol')!;
    expect(list.style.paddingBottom, 'the server leaves the window to the browser').to.equal('');
    await loadCdnFile(page, ['article-timeline']);
    // The window stands for the events it does not render with the list's padding.
    await waitUntil(() => list.style.paddingBottom, 'the timeline never windowed its events');
    await settled(timeline);
    await new Promise((resolve) => view.requestAnimationFrame(() => view.requestAnimationFrame(resolve)));
    expect(timeline.shadowRoot!.querySelector('[part~="event"]')).to.equal(first);
    expect(titles()[0]).to.equal('Pembaruan 1');
    expect(problems).to.deep.equal([]);
  });

  it("keep showing an invalid live blog's error when they hydrate: the browser checks every event too", async () => {
    const { page, problems } = await openPage('/test/cdn/ssr/liveblog-broken.html');
    const timeline = page.querySelector('article-timeline')!;
    const error = () => text(timeline.shadowRoot!.querySelector('[part~="error"]'));
    expect(error()).to.contain('events[550].date');
    const shown = timeline.shadowRoot!.querySelector('[part~="error"]');
    await loadCdnFile(page, ['quote-article', 'article-timeline']);
    await settled(page.querySelector('quote-article')!);
    await settled(timeline);
    expect(timeline.shadowRoot!.querySelector('[part~="error"]')).to.equal(shown);
    expect(timeline.shadowRoot!.querySelectorAll('[part~="error"]')).to.have.length(1);
    expect(error()).to.contain('events[550].date');
    // The error is written to the console once, as on any page; nothing else is reported.
    expect(problems.filter((problem) => !problem.includes('events[550].date'))).to.deep.equal([]);
  });

  it('hydrate next to a client-rendered card, which still renders', async () => {
    const { page, problems } = await openPage('/test/cdn/ssr/mixed.html');
    const [client, server] = page.querySelectorAll('quote-card');
    expect(client.shadowRoot).to.equal(null);
    const words = quoteTextNode(server);
    await loadCdnFile(page, ['quote-article', 'quote-card']);
    await waitUntil(() => text(client.shadowRoot).includes('Pesan kedua'), 'the client card never rendered');
    await settled(server);
    expect(quoteTextNode(server)).to.equal(words);
    expect(words.textContent).to.match(/^Di saat yang bersamaan/);
    expect(problems).to.deep.equal([]);
  });

  it("show an invalid article's problems with their JSON paths before any script, and keep them after", async () => {
    const { page, problems } = await openPage('/test/cdn/ssr/broken.html');
    const provider = page.querySelector('quote-article')!;
    expect(text(provider.shadowRoot)).to.contain('speakers[0].name: is required');
    const error = provider.shadowRoot!.querySelector('[part~="error"]');
    expect(error).to.not.equal(null);
    await loadCdnFile(page, ['quote-article', 'quote-card']);
    await settled(provider);
    expect(provider.shadowRoot!.querySelector('[part~="error"]')).to.equal(error);
    expect(text(provider.shadowRoot)).to.contain('speakers[0].name: is required');
    // The one message expected: the component writes the error to the console.
    expect(problems.filter((problem) => !problem.includes('speakers[0].name: is required'))).to.deep.equal([]);
  });
});
