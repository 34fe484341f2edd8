import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';

/**
 * A CMS's article page (an h1, paragraphs, two cards and a timeline) with the built CDN file: axe
 * finds nothing in light or dark mode (prefers-color-scheme), with no theme (the components take the page's colours) and
 * with each theme.
 */
type AxeResults = { violations: { id: string; impact: string; nodes: { target: unknown[]; failureSummary: string }[] }[] };
type FrameWindow = Window & { axe: { run: (context: Document, options: object) => Promise<AxeResults> } };

async function openArticlePage(theme: string, scheme: 'light' | 'dark'): Promise<{ page: Document; view: FrameWindow }> {
  const frame = document.createElement('iframe');
  // A frame's prefers-color-scheme follows the color-scheme of the <iframe> element: light or dark mode, in every engine.
  frame.style.cssText = `width: 900px; height: 2400px; border: 0; color-scheme: ${scheme}`;
  // ?scheme=dark also turns the page's own colours dark, for WebKit, whose frames ignore color-scheme.
  frame.src = `/test/cdn/article-page.html?scheme=${scheme}${theme ? `&theme=${theme}` : ''}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const page = frame.contentDocument!;
  const view = frame.contentWindow as FrameWindow;
  const rendered = () => {
    const timeline = page.querySelector('article-timeline');
    const cards = [...page.querySelectorAll('quote-card'), ...(timeline?.shadowRoot?.querySelectorAll('quote-card') ?? [])];
    return (
      cards.length === 5 &&
      cards.every((card) => card.shadowRoot?.querySelector('figure speaker-badge')?.shadowRoot?.querySelector('[part="name"]')) &&
      page.querySelector('quote-card')!.shadowRoot!.querySelector('[part="actions"] button')
    );
  };
  await waitUntil(rendered, 'the article page never rendered');
  await page.fonts.ready;
  const axe = page.createElement('script');
  axe.src = '/node_modules/axe-core/axe.min.js';
  page.head.append(axe);
  await new Promise((resolve) => axe.addEventListener('load', resolve, { once: true }));
  return { page, view };
}

const violationsOf = (results: AxeResults) =>
  results.violations.map(
    ({ id, impact, nodes }) =>
      `${id} (${impact}): ${nodes.map((node) => `${JSON.stringify(node.target)} ${node.failureSummary}`).join('; ')}`,
  );

for (const scheme of ['light', 'dark'] as const) {
  describe(`axe on a CMS article page from the built CDN file, ${scheme} mode`, () => {
    afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

    for (const theme of ['', 'light', 'dark', 'auto', 'classic', 'bold']) {
      it(`${theme ? `theme="${theme}"` : 'no theme'}: no violations`, async function () {
        const { page, view } = await openArticlePage(theme, scheme);
        // The page really is in the mode under test.
        expect(view.getComputedStyle(page.documentElement).backgroundColor).to.equal(
          scheme === 'dark' ? 'rgb(22, 24, 27)' : 'rgb(253, 253, 252)',
        );
        const results = await view.axe.run(page, { resultTypes: ['violations'] });
        expect(violationsOf(results)).to.deep.equal([]);
      });
    }
  });
}
