/** The built-in themes, for the `theme` attribute on a component or on any element around it. */
export const THEMES = ['light', 'dark', 'auto', 'classic', 'bold'] as const;
export type Theme = (typeof THEMES)[number];

const dark = `
  --qc-color-text: #e6e8eb;
  --qc-color-muted: #aab2bd;
  --qc-color-accent: #8ab4f8;
  --qc-color-surface: #1d2127;
  --qc-color-border: #3b424c;
  --qc-color-error: #f2b8b5;
  --qc-shadow: none;
  color-scheme: dark;
`;

/**
 * The themes as sets of design tokens, in CSS. They are page-level rules of no specificity
 * (`:where([theme=dark])`), so that they reach every component inside the themed element, and any
 * token a page sets itself still wins. (Plain CSS, without Lit, so the CDN file can load it first.)
 */
export const themeCss = `
  :where([theme='light'], [theme='auto']) {
    --qc-color-text: #1b1f24;
    --qc-color-muted: #57606a;
    --qc-color-accent: #0b5cad;
    --qc-color-surface: #fff;
    --qc-color-border: #d4d8de;
    --qc-color-error: #b3261e;
    color-scheme: light;
  }
  :where([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :where([theme='auto']) {
      ${dark}
    }
  }
  :where([theme='classic']) {
    --qc-font-quote: Georgia, 'Times New Roman', serif;
    --qc-quote-size: 1.5rem;
    --qc-color-text: #241c15;
    --qc-color-muted: #5e5146;
    --qc-color-accent: #8c1d18;
    --qc-color-surface: #fbf7ef;
    --qc-color-border: #e4dccd;
    /* Big marks, raised no higher than the words' tops: they no longer touch the line above. */
    --qc-mark-size: 2em;
    --qc-mark-offset: -0.3em;
    --qc-mark-font: Georgia, serif;
    --qc-radius: 2px;
    --qc-shadow: none;
  }
  :where([theme='bold']) {
    --qc-font-quote: system-ui, sans-serif;
    --qc-quote-weight: 800;
    --qc-quote-size: 1.5rem;
    --qc-color-text: #fff;
    --qc-color-muted: #ece6ff;
    --qc-color-accent: #ffd54f;
    --qc-color-link: #fff;
    --qc-color-surface: linear-gradient(135deg, #143d8f, #5b1f8a);
    --qc-color-border: transparent;
    --qc-color-error: #ffd8d4;
    --qc-mark-size: 1.6em;
    --qc-mark-offset: calc(1ex - 1cap);
    --qc-radius: 1.25rem;
    --qc-shadow: 0 8px 24px rgb(20 20 60 / 30%);
    /* Navy and purple avatars would vanish into the gradient without a ring; the rule must show on it. */
    --qc-avatar-ring: 0 0 0 3px #fff;
    --qc-timeline-line-color: rgb(255 255 255 / 70%);
    --qc-timeline-dot-color: #ffd54f;
  }
`;

let sheet: CSSStyleSheet | undefined;

/** Makes the themes available in a document or shadow root (the document when none is given). */
export function adoptThemes(root: Document | ShadowRoot = document): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(themeCss);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
