// Social image formats of <quote-card>: fixed sizes with the quote's type fitted to the space. Loaded
// the first time a card has a `format` attribute.
import { css } from 'lit';
import type { QuoteCard } from '../quote-card.component.js';
import { adoptInto } from './adopt.js';
import { withEllipsis } from './share-links.js';
import { safeImageUrl } from '../../../shared/safe-url.js';

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
  square: [34, 80],
  story: [40, 104],
  landscape: [26, 56],
};

/**
 * An image, not a web page: type, avatar and initials sized for the format, no link styling, the
 * publisher's name (and logo) at the top, the opening quotation mark hung in the margin.
 */
const styles = css`
  :host([format]) {
    box-sizing: border-box;
    container-type: normal;
    --qc-font-size: 28px;
    --qc-avatar-size: 112px;
    --qc-name-size: 38px;
  }
  :host([format='square']) {
    width: 1080px;
    height: 1080px;
  }
  :host([format='story']) {
    width: 1080px;
    height: 1920px;
    --qc-font-size: 32px;
    --qc-avatar-size: 136px;
    --qc-name-size: 44px;
  }
  :host([format='landscape']) {
    width: 1200px;
    height: 630px;
    --qc-font-size: 22px;
    --qc-avatar-size: 80px;
    --qc-name-size: 30px;
  }
  :host([format]) figure {
    box-sizing: border-box;
    height: 100%;
    gap: 40px;
    padding: 72px 96px;
    border: 0;
    border-radius: 0;
    box-shadow: none;
    /* An image needs a background of its own: the theme's surface, or white. */
    background: var(--qc-color-surface, #fff);
    color: var(--qc-color-text, #1b1f24);
  }
  :host([format='story']) figure {
    gap: 56px;
    padding: 144px 104px;
  }
  :host([format='landscape']) figure {
    gap: 24px;
    padding: 44px 72px 44px 88px;
  }
  .masthead {
    display: flex;
    align-items: center;
    gap: 0.5em;
    font-weight: 800;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .masthead img {
    height: 1.6em;
    width: auto;
    border-radius: 4px;
  }
  :host([format]) blockquote {
    flex: 1;
    min-height: 0;
    display: flex;
    flex-direction: column;
    justify-content: center;
    gap: 16px;
    overflow: hidden;
    /* Room for the hung mark inside the box that clips. */
    margin-inline-start: -64px;
    padding-inline-start: 64px;
  }
  :host([format]) .text {
    position: relative;
    font-size: var(--_fit);
    line-height: 1.25;
    overflow-wrap: normal;
  }
  /* The opening mark hangs in the margin, so that the words line up with the speaker below. */
  :host([format]) .mark:first-child {
    position: absolute;
    inset-inline-end: calc(100% + 0.08em);
    line-height: inherit;
  }
  :host([format]) .label {
    font-size: 0.6em;
  }
  :host([format]) speaker-badge::part(initials) {
    font-size: calc(var(--qc-avatar-size) * 0.38);
  }
  :host([format]) speaker-badge::part(badge) {
    gap: 0.8em;
  }
  :host([format]) a {
    color: inherit;
    text-decoration: none;
  }
  :host([format]) figcaption {
    gap: 16px;
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
  writeMasthead(card, figure);
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

/** The publisher's logo and name above the quote, as an image has them (the page already says them, so hidden from assistive technology). */
function writeMasthead(card: QuoteCard, figure: HTMLElement): void {
  const state = card.articleState;
  const publisher = state.status === 'ready' ? state.article.publisher : undefined;
  let masthead = figure.querySelector<HTMLElement>(':scope > .masthead');
  if (!publisher) return masthead?.remove();
  if (!masthead) {
    masthead = document.createElement('div');
    masthead.className = 'masthead';
    masthead.setAttribute('aria-hidden', 'true');
    figure.prepend(masthead);
  }
  const logo = safeImageUrl(publisher.logo);
  masthead.replaceChildren();
  if (logo) {
    const image = document.createElement('img');
    image.src = logo;
    image.alt = '';
    masthead.append(image);
  }
  masthead.append(publisher.name);
}
