import type { CSSResult, ReactiveElement } from 'lit';

/**
 * Adds styles that arrive with a lazily loaded module to an element's shadow root, once. They go in
 * as a constructed stylesheet, which a strict style-src Content-Security-Policy allows.
 */
export function adoptInto(element: ReactiveElement, styles: CSSResult): void {
  const root = element.renderRoot as ShadowRoot;
  const sheet = styles.styleSheet;
  if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
