// Opening a publisher's page from test/cdn/ in a frame, waiting for its components, and taking a
// picture of part of it (test/cdn/hostile.test.ts and inherited-css.test.ts).
import { waitUntil } from './wait.js';
import { executeServerCommand } from '@web/test-runner-commands';

type Lit = Element & { updateComplete: Promise<boolean> };

/** Opens a page in an iframe at the top left of the test page, at a fixed size. */
export async function openPage(path: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position: fixed; top: 0; left: 0; width: 640px; height: 720px; border: 0; background: #fff';
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { frame, page: frame.contentDocument!, view: frame.contentWindow! as Window & typeof globalThis & Record<string, any> };
}

export const text = (element: Element | null | undefined) => (element?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

/** Waits until every Lit element of the page, in every shadow tree, has rendered and the fonts are in. */
export async function settled(page: Document) {
  const view = page.defaultView!;
  await waitUntil(() => view.customElements.get('quote-card'), 'quote-card was never defined');
  // Articles from `src` arrive when the server answers, which no updateComplete waits for.
  const loading = () =>
    [...page.querySelectorAll('quote-article, quote-card, speaker-badge, article-timeline')].filter(
      (element) => (element as Element & { articleState?: { status: string } }).articleState?.status === 'loading',
    );
  await waitUntil(() => !loading().length, 'an article never loaded');
  for (let round = 0; round < 5; round++) {
    const all: Lit[] = [];
    const visit = (root: Document | ShadowRoot) =>
      root.querySelectorAll('*').forEach((element) => {
        if ('updateComplete' in element) all.push(element as Lit);
        if (element.shadowRoot) visit(element.shadowRoot);
      });
    visit(page);
    await Promise.all(all.map((element) => element.updateComplete));
  }
  await page.fonts.ready;
  await new Promise((resolve) => view.requestAnimationFrame(() => view.requestAnimationFrame(resolve)));
}

/** The pixels of `element` as the browser window shows them (a screenshot, cropped in the page). */
export async function photograph(element: Element): Promise<ImageData> {
  // Where the element is in the top window: add up the offsets of the frames around it.
  const rect = element.getBoundingClientRect();
  let x = rect.left;
  let y = rect.top;
  let view = element.ownerDocument.defaultView!;
  while (view.frameElement) {
    const frameRect = view.frameElement.getBoundingClientRect();
    x += frameRect.left + (view.frameElement as HTMLElement).clientLeft;
    y += frameRect.top + (view.frameElement as HTMLElement).clientTop;
    view = view.parent as typeof view;
  }
  const scale = view.devicePixelRatio;
  const png = await executeServerCommand<string, undefined>('screenshot');
  const image = new Image();
  image.src = `data:image/png;base64,${png}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(rect.width * scale);
  canvas.height = Math.round(rect.height * scale);
  const context = canvas.getContext('2d')!;
  context.drawImage(image, -Math.round(x * scale), -Math.round(y * scale));
  return context.getImageData(0, 0, canvas.width, canvas.height);
}
