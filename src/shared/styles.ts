import { css } from 'lit';

/**
 * Shared by every component: the global design tokens with their defaults (each component
 * reads the private `--_*` copies), and the look of the loading and error states.
 *
 * `all: initial` resets every property the host would inherit from the page (text-align,
 * letter-spacing, white-space, -webkit-text-fill-color…), so that the page's text styles stay out;
 * the page's rules for the element itself still win over `:host`. What should follow the page is
 * set again: visibility (a hidden section hides its cards), the colour scheme, and the text colour.
 */
export const baseStyles = css`
  :host {
    all: initial;
    visibility: inherit;
    color-scheme: inherit;
    --_text: var(--qc-color-text, #1b1f24);
    --_muted: var(--qc-color-muted, #57606a);
    --_accent: var(--qc-color-accent, #0b5cad);
    --_surface: var(--qc-color-surface, #fff);
    --_border: var(--qc-color-border, #d4d8de);
    --_error: var(--qc-color-error, #b3261e);
    --_radius: var(--qc-radius, 0.75rem);
    --_space: var(--qc-space, 1.25rem);
    display: block;
    color: var(--_text);
    font: 400 var(--qc-font-size, 0.875rem) / 1.45 var(--qc-font-ui, system-ui, sans-serif);
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
    box-sizing: border-box;
    min-height: var(--qc-status-min-height, 6rem);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  .error {
    /* The rule takes the text's colour. */
    border-inline-start: 4px solid;
    color: var(--_error);
  }
  .error ul {
    margin: 0.25rem 0;
    padding-inline-start: 1.25rem;
  }
  button {
    font: inherit;
  }
`;
