// Card → PNG. Loaded (with modern-screenshot) only when a reader or the page asks for an image.
import { domToBlob, type Options } from 'modern-screenshot';
import type { Article } from '../../../model/article.js';
import type { QuoteCard, QuoteCardFormat } from '../quote-card.component.js';

/** Options of {@link QuoteCard.toBlob}. */
export interface ToBlobOptions {
  /**
   * A social format to render the image at (square 1080×1080, story 1080×1920, landscape 1200×630,
   * in pixels); without it, the card as it is on the page, at the device's pixel ratio.
   */
  format?: QuoteCardFormat;
}

/**
 * Draws the card as a PNG. A copy of the card is laid out next to it, out of view, so that it
 * inherits the same theme and tokens; its avatar falls back to initials when the image cannot be
 * read (a cross-origin image without CORS headers would otherwise break the capture).
 */
export async function cardToBlob(card: QuoteCard, { format = card.format }: ToBlobOptions = {}): Promise<Blob> {
  const state = card.articleState;
  if (state.status !== 'ready') throw new Error(`<quote-card> has no article to draw (${state.status})`);
  const copy = card.cloneNode(false) as QuoteCard;
  for (const attribute of ['id', 'share', 'src', 'format']) copy.removeAttribute(attribute);
  if (format) copy.format = format;
  copy.article = await withDrawableImage(state.article, card.quoteId);
  copy.inert = true;
  copy.setAttribute('aria-hidden', 'true');
  const place = {
    position: 'fixed',
    top: '0',
    left: '-200vw',
    width: format ? '' : `${card.getBoundingClientRect().width}px`,
    margin: '0',
  };
  for (const [property, value] of Object.entries(place)) copy.style.setProperty(property, value);
  card.after(copy);
  const sandbox = document.createElement('iframe');
  for (const [property, value] of Object.entries({ position: 'fixed', visibility: 'hidden', width: '0', height: '0', border: '0' })) {
    sandbox.style.setProperty(property, value);
  }
  document.body.append(sandbox);
  try {
    await copy.updateComplete;
    await Promise.all(
      [...copy.renderRoot.querySelectorAll('speaker-badge')].map(
        (badge) => (badge as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete,
      ),
    );
    await Promise.all([...deepImages(copy)].map((image) => image.decode().catch(() => undefined)));
    await document.fonts.ready;
    return await domToBlob(copy, {
      scale: format ? 1 : devicePixelRatio,
      type: 'image/png',
      // The copy's out-of-view placement must not be drawn.
      style: { position: 'static', left: '0', top: '0' },
      // Web fonts are embedded through a <style> element, which a strict CSP refuses: only pages
      // that use web fonts take that path.
      font: document.fonts.size ? undefined : false,
      // modern-screenshot reads default styles in an iframe it would fill through `srcdoc`, which
      // a page enforcing Trusted Types refuses; an empty iframe does the same job.
      sandbox,
    } as Options);
  } finally {
    copy.remove();
    sandbox.remove();
  }
}

/** The images inside an element and the shadow roots within it. */
function* deepImages(element: Element): Generator<HTMLImageElement> {
  for (const child of (element.shadowRoot ?? element).querySelectorAll('*')) {
    if (child instanceof HTMLImageElement) yield child;
    if (child.shadowRoot) yield* deepImages(child);
  }
}

/**
 * The article with the image of the card's speaker removed when it cannot be fetched for drawing
 * (initials show instead). Only that speaker's image is tried: the card shows no other.
 */
async function withDrawableImage(article: Article, quoteId?: string): Promise<Article> {
  const quote = quoteId ? article.quotes.find((candidate) => candidate.id === quoteId) : article.quotes[0];
  const speaker = article.speakers.find((candidate) => candidate.id === quote?.speaker);
  if (!speaker?.image || speaker.image.startsWith('data:')) return article;
  try {
    const response = await fetch(speaker.image, { mode: 'cors' });
    if (response.ok) return article;
  } catch {
    // Blocked by CORS or unreachable.
  }
  return {
    ...article,
    speakers: article.speakers.map((candidate) => (candidate === speaker ? { ...speaker, image: undefined } : candidate)),
  };
}
