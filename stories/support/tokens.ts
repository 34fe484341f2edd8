/**
 * The design tokens the theme playground offers, with the value a component uses when neither the
 * page nor a theme sets one. A token that `follows` another takes that token's value by default
 * (the timeline's dots are the accent colour until set apart).
 */
export interface TokenSpec {
  default: string;
  control: 'color' | 'text' | 'select';
  options?: readonly string[];
  description?: string;
  follows?: string;
}

export const TOKENS = {
  '--qc-color-text': { default: '#1b1f24', control: 'color' },
  '--qc-color-muted': { default: '#57606a', control: 'color' },
  '--qc-color-accent': { default: '#0b5cad', control: 'color' },
  '--qc-color-link': { default: '#0b5cad', control: 'color', follows: '--qc-color-accent' },
  '--qc-color-surface': { default: '#fff', control: 'text', description: 'A colour or a gradient' },
  '--qc-color-border': { default: '#d4d8de', control: 'color' },
  '--qc-color-error': { default: '#b3261e', control: 'color', description: 'Error messages' },
  '--qc-font-quote': {
    default: 'Georgia, serif',
    control: 'select',
    options: [
      'Georgia, serif',
      "Georgia, 'Times New Roman', serif",
      "'Times New Roman', serif",
      'system-ui, sans-serif',
      "'Courier New', monospace",
    ],
  },
  '--qc-font-ui': {
    default: 'system-ui, sans-serif',
    control: 'select',
    options: ['system-ui, sans-serif', 'Georgia, serif', 'Verdana, sans-serif'],
  },
  '--qc-font-size': { default: '0.875rem', control: 'text', description: 'Size of the interface text' },
  '--qc-quote-size': { default: '1.375rem', control: 'text' },
  '--qc-quote-weight': { default: '400', control: 'select', options: ['300', '400', '600', '800'] },
  '--qc-mark-color': { default: '#0b5cad', control: 'color', follows: '--qc-color-accent' },
  '--qc-mark-size': { default: '1em', control: 'select', options: ['1em', '1.5em', '1.6em', '2em', '2.5em', '3.5em'] },
  '--qc-mark-offset': {
    default: 'baseline',
    control: 'select',
    options: ['baseline', '-0.3em', 'calc(1ex - 1cap)'],
    description: 'calc(1ex - 1cap) hangs big marks from the cap height',
  },
  '--qc-mark-font': { default: 'inherit', control: 'select', options: ['inherit', 'Georgia, serif', 'system-ui, sans-serif'] },
  '--qc-radius': { default: '0.75rem', control: 'text' },
  '--qc-space': { default: '1.25rem', control: 'text' },
  '--qc-gap': { default: '1rem', control: 'text' },
  '--qc-border-width': { default: '1px', control: 'text' },
  '--qc-shadow': { default: '0 1px 3px #0001', control: 'text' },
  '--qc-avatar-size': { default: '2.75rem', control: 'text' },
  '--qc-avatar-radius': { default: '50%', control: 'select', options: ['50%', '0.5rem', '0'] },
  '--qc-avatar-ring': { default: 'none', control: 'text', description: 'A box shadow around the avatar, such as 0 0 0 3px #fff' },
  '--qc-name-size': { default: '1rem', control: 'text', description: 'Font size of the speaker’s name' },
  '--qc-timeline-line-color': { default: '#d4d8de', control: 'color', follows: '--qc-color-border' },
  '--qc-timeline-dot-color': { default: '#0b5cad', control: 'color', follows: '--qc-color-accent' },
  '--qc-status-min-height': {
    default: 'max(18rem, 42.3rem - 53cqi)',
    control: 'text',
    description: 'Height an embed keeps while it loads, and for its error (a typical card’s by default)',
  },
} satisfies Record<string, TokenSpec>;

export type Token = keyof typeof TOKENS;
export type TokenValues = Record<Token, string>;
export const TOKEN_NAMES = Object.keys(TOKENS) as Token[];

/**
 * The value of every token in a built-in theme, read from the themes' own CSS
 * in this document, so that the controls show what the components draw.
 */
export function themeValues(theme: string): TokenValues {
  const probe = document.createElement('div');
  // With no theme, the playground's page is the light one, as is Storybook's.
  probe.setAttribute('theme', theme === 'none' ? 'light' : theme);
  probe.hidden = true;
  document.body.append(probe);
  const style = getComputedStyle(probe);
  const values = {} as TokenValues;
  for (const token of TOKEN_NAMES) {
    const spec: TokenSpec = TOKENS[token];
    values[token] = style.getPropertyValue(token).trim() || (spec.follows ? values[spec.follows as Token] : spec.default);
  }
  probe.remove();
  return values;
}

/** The CSS for what the designer changed: only the tokens that differ from the chosen theme's. */
export function changedTokensCss(values: Partial<TokenValues>, theme: string): string {
  const base = themeValues(theme);
  const lines = TOKEN_NAMES.filter((token) => values[token] && values[token] !== base[token]).map(
    (token) => `  ${token}: ${values[token]};`,
  );
  const selector = theme === 'none' ? '.my-quotes' : `.my-quotes /* with theme="${theme}" */`;
  return lines.length ? `${selector} {\n${lines.join('\n')}\n}\n` : '/* Change a token in the controls below: its CSS appears here. */\n';
}
