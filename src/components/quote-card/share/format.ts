// Social image formats of <quote-card>: fixed sizes with the quote's type fitted to the space. Loaded
// the first time a card has a `format` attribute.
import { css } from 'lit';
import type { QuoteCard } from '../quote-card.component.js';
import { adoptInto } from './adopt.js';
import { withEllipsis } from './share-links.js';

/** The fixed sizes, in CSS pixels, of the formats social networks use. */
export const FORMAT_SIZES = {
  /** Instagram and most feeds: 1080×1080. */
  square: { width: 1080, height: 1080 },
  /** Stories and reels: 1080×1920. */
  story: { width: 1080, height: 1920 },
  /** Open Graph link previews (Facebook, X, LinkedIn, messaging apps): 1200×630. */
  landscape: { width: 1200, height: 630 },
} as const;

/** The range the quote's font size is fitted within, in CSS pixels. */
const TYPE_RANGE: Record<keyof typeof FORMAT_SIZES, [min: number, max: number]> = {
  square: [30, 84],
  story: [36, 104],
  landscape: [26, 64],
};

const styles = css`
  :host([format]) {
    box-sizing: border-box;
    container-type: normal;
    font-size: 26px;
    --qc-avatar-size: 88px;
    --qc-name-size: 34px;
  }
  :host([format='square']) {
    width: 1080px;
    height: 1080px;
  }
  :host([format='story']) {
    width: 1080px;
    height: 1920px;
  }
  :host([format='landscape']) {
    width: 1200px;
    height: 630px;
    font-size: 22px;
    --qc-avatar-size: 72px;
    --qc-name-size: 28px;
  }
  :host([format]) figure {
    box-sizing: border-box;
    height: 100%;
    gap: 40px;
    padding: 80px;
    border-radius: 0;
    box-shadow: none;
  }
  :host([format='story']) figure {
    padding: 120px 88px;
  }
  :host([format='landscape']) figure {
    gap: 28px;
    padding: 56px 64px;
  }
  :host([format]) blockquote {
    flex: 1;
    min-height: 0;
    display: flex;
    flex-direction: column;
    justify-content: center;
    gap: 16px;
    overflow: hidden;
  }
  :host([format]) .text {
    font-size: var(--_fit);
    line-height: 1.3;
    overflow-wrap: normal;
  }
  :host([format]) .label {
    font-size: 0.8em;
  }
  :host([format='landscape']) [part~='context'] {
    display: none;
  }
  .clipped {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .breakable {
    overflow-wrap: anywhere;
  }
`;

/**
 * Lays the card out at its format's size and fits the quote: the largest font size in the format's
 * range at which the words fit without overflowing or breaking inside a word; at the smallest size,
 * the words that fit with an ellipsis (the full quote stays in the page for assistive technology).
 */
export async function fitToFormat(card: QuoteCard): Promise<void> {
  adoptInto(card, styles);
  const range = TYPE_RANGE[card.format as keyof typeof FORMAT_SIZES];
  const root = card.renderRoot;
  const figure = root.querySelector<HTMLElement>('figure');
  const box = root.querySelector<HTMLElement>('blockquote');
  const text = root.querySelector<HTMLElement>('.text');
  const words = root.querySelector<HTMLElement>('.words');
  if (!range || !figure || !box || !text || !words) return;
  // The shortened words, shown instead of the full quote when it is too long for the format.
  let clip = root.querySelector<HTMLElement>('.clip');
  if (!clip) {
    clip = document.createElement('span');
    clip.className = 'clip';
    clip.setAttribute('aria-hidden', 'true');
    words.after(clip);
  }
  await document.fonts.ready;
  await Promise.all(
    [...root.querySelectorAll('speaker-badge')].map(
      (badge) => (badge as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete,
    ),
  );

  words.classList.remove('clipped');
  text.classList.remove('breakable');
  clip.textContent = '';
  const setSize = (size: number) => figure.style.setProperty('--_fit', `${size}px`);
  const fits = () => box.scrollHeight <= box.clientHeight + 1 && text.scrollWidth <= text.clientWidth + 1;

  let [low, high] = range;
  setSize(low);
  if (fits()) {
    // The largest size that fits, in whole pixels.
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      setSize(middle);
      if (fits()) low = middle;
      else high = middle - 1;
    }
    setSize(low);
    return;
  }

  // Too long even at the smallest size: show the words that fit, cut between words.
  words.classList.add('clipped');
  const full = words.textContent ?? '';
  let pieces = full.split(/(?<=\s)/);
  const show = (count: number) => (clip.textContent = withEllipsis(pieces.slice(0, count).join('')));
  show(1);
  if (!fits()) {
    // One word wider than the card: nothing to do but break it.
    text.classList.add('breakable');
    pieces = [...full];
  }
  let [fewest, most] = [0, pieces.length];
  while (fewest < most) {
    const middle = Math.ceil((fewest + most) / 2);
    show(middle);
    if (fits()) fewest = middle;
    else most = middle - 1;
  }
  show(fewest);
}
