import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';

// What a reader sees of an embed from the built CDN file while its article loads, and when it cannot be shown, on a
// CMS-like page (test/cdn/states-page.html).

type AxeResults = { violations: { id: string; impact: string; nodes: { target: unknown[]; failureSummary: string }[] }[] };
type FrameWindow = Window & { axe: { run: (context: Document, options: object) => Promise<AxeResults> } };

/** The most the page's content after a card may move when its article arrives: less than a line of the page's text. */
const TOLERANCE = 24;

async function openPage(query: string, scheme: 'light' | 'dark' = 'light'): Promise<{ page: Document; view: FrameWindow }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: 900px; height: 1600px; border: 0; color-scheme: ${scheme}`;
  frame.src = `/test/cdn/states-page.html?${query}${scheme === 'dark' ? '&scheme=dark' : ''}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { page: frame.contentDocument!, view: frame.contentWindow as FrameWindow };
}

const nextFrames = (view: Window) => new Promise((resolve) => view.requestAnimationFrame(() => view.requestAnimationFrame(resolve)));
const key = () => Math.random().toString(36).slice(2);
const release = (hold: string) => fetch(`/__articles/held/${hold}/release`, { cache: 'no-store' });

/** The card's height, and where the page's next paragraph starts. */
function boxes(page: Document) {
  return {
    card: page.getElementById('held')!.getBoundingClientRect().height,
    after: page.getElementById('after')!.getBoundingClientRect().top,
  };
}

async function loadingThenLoaded(query: string) {
  const hold = key();
  const { page, view } = await openPage(`hold=${hold}&${query}`);
  const card = page.getElementById('held')!;
  await waitUntil(() => card.shadowRoot?.querySelector('.status.loading'), 'no loading placeholder');
  await page.fonts.ready;
  await nextFrames(view);
  const placeholder = card.shadowRoot!.querySelector('.status.loading')!;
  const loading = boxes(page);
  await release(hold);
  await waitUntil(
    () => card.shadowRoot!.querySelector('figure speaker-badge')?.shadowRoot?.querySelector('[part="name"]'),
    'the card never came',
  );
  await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  await page.fonts.ready;
  await nextFrames(view);
  return { page, view, placeholder, loading, loaded: boxes(page) };
}

describe('the loading placeholder of a card from the built CDN file', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  // A typical quote: the seed article's median one (q3, 142 characters in Indonesian, 144 in English), with its speaker's
  // name and role, a line of context and the source, in a phone's column (320 px) and an article's (600 px).
  for (const lang of ['id', 'en'])
    for (const width of [320, 600])
      it(`keeps the content after a typical card in place when it arrives (${lang}, ${width} px)`, async function () {
        const { loading, loaded } = await loadingThenLoaded(`quote=q3&lang=${lang}&width=${width}`);
        const moved = loaded.after - loading.after;
        expect(Math.abs(moved), `the next paragraph moved ${moved} px (card ${loading.card} → ${loaded.card} px)`).to.be.at.most(TOLERANCE);
      });

  it('reserves the height the publisher sets with --qc-status-min-height, and the card then takes its place', async function () {
    const { view, page, loading } = await loadingThenLoaded('quote=q1&width=600&min=17.5rem');
    const rem = parseFloat(view.getComputedStyle(page.documentElement).fontSize);
    expect(loading.card).to.be.closeTo(17.5 * rem, 1);
  });

  it('is a card-shaped sketch whose words are for assistive technology only', async function () {
    const hold = key();
    const { page, view } = await openPage(`hold=${hold}&quote=q3&width=600`);
    const card = page.getElementById('held')!;
    await waitUntil(() => card.shadowRoot?.querySelector('.status.loading'), 'no loading placeholder');
    await waitUntil(() => card.shadowRoot!.querySelector('.status.loading')!.textContent.trim(), 'no words for screen readers');
    const placeholder = card.shadowRoot!.querySelector('.status.loading')!;
    expect(placeholder.getAttribute('role')).to.equal('status');
    expect(placeholder.textContent.trim()).to.equal('Memuat kutipan…');
    // Said, not shown: the words are transparent.
    expect(view.getComputedStyle(placeholder).color).to.match(/^rgba\(\d+, \d+, \d+, 0\)$|^transparent$/);
    // The lines of a quote and a speaker's avatar are drawn in it.
    const sketch = view.getComputedStyle(placeholder, '::before');
    expect(sketch.backgroundImage).to.contain('repeating-linear-gradient');
    expect(sketch.backgroundImage).to.contain('radial-gradient');
    // Calm: nothing in it moves.
    expect(sketch.animationName).to.equal('none');
    await release(hold);
  });
});

const violationsOf = (results: AxeResults) =>
  results.violations.map(
    ({ id, impact, nodes }) =>
      `${id} (${impact}): ${nodes.map((node) => `${JSON.stringify(node.target)} ${node.failureSummary}`).join('; ')}`,
  );

async function openErrors(query: string, scheme: 'light' | 'dark' = 'light') {
  const opened = await openPage(`errors&${query}`, scheme);
  const { page } = opened;
  await waitUntil(
    () => ['not-found', 'invalid'].every((id) => page.getElementById(id)!.shadowRoot?.querySelector('[part="retry"]')),
    'the errors were never shown',
  );
  await page.fonts.ready;
  return opened;
}

describe('the error view of a card from the built CDN file', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('offers a styled "Try again" of at least 24×24 px, in the page’s language, with a visible focus ring', async function () {
    const { page, view } = await openErrors('width=600');
    const card = page.getElementById('not-found')!;
    const retry = card.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!;
    expect(retry.textContent.trim()).to.equal('Coba lagi');
    const { width, height } = retry.getBoundingClientRect();
    expect(width).to.be.at.least(24);
    expect(height).to.be.at.least(24);
    const style = view.getComputedStyle(retry);
    // Not the browser's button: the card's own type, and a border in the accent colour.
    expect(style.fontFamily).to.equal(view.getComputedStyle(retry.parentElement!).fontFamily);
    expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
    expect(style.borderTopColor).to.equal(style.color);
    expect(style.cursor).to.equal('pointer');
    // The keyboard reaches it (it is the page's first control) and shows where it is.
    const heading = page.querySelector('h1')!;
    heading.tabIndex = -1;
    heading.focus();
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => card.shadowRoot!.activeElement === retry, 'the button never had the focus');
    const focused = view.getComputedStyle(retry);
    expect(focused.outlineStyle).to.equal('solid');
    expect(parseFloat(focused.outlineWidth)).to.be.at.least(2);
  });

  it('tells the reader what happened, the details for developers closed', async function () {
    const { page } = await openErrors('width=600');
    const status = page.getElementById('invalid')!.shadowRoot!.querySelector('[part~="status"]')!;
    const details = status.querySelector('details')!;
    expect(details.open).to.equal(false);
    const outside = [...status.children]
      .filter((child) => child !== details)
      .map((child) => child.textContent)
      .join(' ');
    expect(outside).to.contain('Artikel ini tidak dapat ditampilkan');
    expect(outside).not.to.match(/\[|\/|\.json|speaker/);
    expect(details.textContent).to.contain('quotes[3].speaker');
  });

  it('brings its styles with it: a page whose articles load carries none of them', async function () {
    const hold = key();
    const { page } = await openPage(`hold=${hold}&quote=q3&width=600`);
    const card = page.getElementById('held')!;
    await release(hold);
    await waitUntil(() => card.shadowRoot?.querySelector('figure'), 'the card never came');
    const rules = [...card.shadowRoot!.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
    expect(rules.includes('retry') || rules.includes('.error'), 'the loaded card carries error styles').to.equal(false);
  });

  for (const scheme of ['light', 'dark'] as const)
    for (const theme of ['', 'light', 'dark', 'classic', 'bold'])
      it(`is axe-clean, loading placeholder included (${scheme} mode, ${theme ? `theme="${theme}"` : 'no theme'})`, async function () {
        const hold = key();
        const { page, view } = await openErrors(`hold=${hold}&quote=q3&width=600${theme ? `&theme=${theme}` : ''}`, scheme);
        await waitUntil(() => page.getElementById('held')!.shadowRoot?.querySelector('.status.loading'), 'no loading placeholder');
        const axe = page.createElement('script');
        axe.src = '/node_modules/axe-core/axe.min.js';
        page.head.append(axe);
        await new Promise((resolve) => axe.addEventListener('load', resolve, { once: true }));
        const results = await view.axe.run(page, { resultTypes: ['violations'] });
        await release(hold);
        expect(violationsOf(results)).to.deep.equal([]);
      });
});
