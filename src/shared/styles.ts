import { css } from 'lit';

/**
 * Shared by every component: the global design tokens with their defaults (each component
 * reads the private `--_*` copies), and the look of the loading and error states.
 *
 * `all: initial` resets every property the host would inherit from the page (text-align,
 * letter-spacing, white-space, -webkit-text-fill-color…), so that the page's text styles stay out;
 * the page's rules for the element itself still win over `:host`. What should follow the page is
 * set again: visibility (a hidden section hides its cards), the colour scheme, and the text colour
 * (without a theme, the components write in the page's colour).
 *
 * Not on `<quote-article>`, which wraps the page's own content: its paragraphs keep the page's font
 * and text styles, and the components inside reset themselves. It only collapses white space, so
 * that the line breaks between the elements in the page's markup take no room on a page with
 * `white-space: pre`.
 */
// No space after the commas inside CSS functions: the minifier keeps them, and the CDN file's budget counts every byte.
// prettier-ignore
export const baseStyles = css`
  :host {
    all: initial;
    visibility: inherit;
    color-scheme: inherit;
    color: inherit;
    /* Without a theme, the page's text colour, and colours mixed from it: readable on light and dark pages. */
    --_text: var(--qc-color-text, currentColor);
    --_muted: var(--qc-color-muted, color-mix(in srgb,currentColor 75%,#0000));
    --_accent: var(--qc-color-accent, color-mix(in srgb,#0b5cad,currentColor));
    --_surface: var(--qc-color-surface, #8881);
    --_border: var(--qc-color-border, #8886);
    --_radius: var(--qc-radius, 0.75rem);
    --_space: var(--qc-space, 1.25rem);
    display: block;
  }
  /* Not on the host, whose colour and font would reach the page's own elements in a <slot>. */
  :host > :not(slot) {
    color: var(--_text);
    font: var(--qc-font-size, 0.875rem)/1.45 var(--qc-font-ui, system-ui,sans-serif);
    /* A word too long for its line breaks (a long URL, or an absurd name), rather than overflowing. */
    overflow-wrap: anywhere;
  }
  :host(quote-article) {
    all: unset;
    display: block;
    white-space: normal;
  }
  :host([hidden]) {
    display: none;
  }
  p {
    margin: 0;
  }
  a {
    color: var(--qc-color-link, var(--_accent));
  }
  .status {
    position: relative;
    box-sizing: border-box;
    min-height: var(--qc-status-min-height, var(--_status));
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  /* Beside what is shown (why a shown article was not refreshed), no room is reserved. */
  :not(style) + .status {
    min-height: 0;
  }
  /* The words are for screen readers; forced colours would paint them. */
  :host > .loading {
    color: #0000;
    forced-color-adjust: none;
  }
`;
