import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { THEMES } from '../src/index.js';
import { seed } from './articles.js';

/** Every token the playground offers, with the value a component uses when the page sets none. */
const TOKENS = {
  '--qc-color-text': { default: '#1b1f24', control: 'color' },
  '--qc-color-muted': { default: '#57606a', control: 'color' },
  '--qc-color-accent': { default: '#0b5cad', control: 'color' },
  '--qc-color-link': { default: '#0b5cad', control: 'color' },
  '--qc-color-surface': { default: '#ffffff', control: 'text', description: 'A colour or a gradient' },
  '--qc-color-border': { default: '#d4d8de', control: 'color' },
  '--qc-font-quote': {
    default: 'Georgia, serif',
    control: 'select',
    options: ['Georgia, serif', "'Times New Roman', serif", 'system-ui, sans-serif', "'Courier New', monospace"],
  },
  '--qc-font-ui': {
    default: 'system-ui, sans-serif',
    control: 'select',
    options: ['system-ui, sans-serif', 'Georgia, serif', 'Verdana, sans-serif'],
  },
  '--qc-font-size': { default: '0.875rem', control: 'text', description: 'Size of the interface text' },
  '--qc-quote-size': { default: '1.375rem', control: 'text' },
  '--qc-quote-weight': { default: '400', control: 'select', options: ['300', '400', '600', '800'] },
  '--qc-mark-color': { default: '#0b5cad', control: 'color' },
  '--qc-mark-size': { default: '1em', control: 'select', options: ['1em', '1.5em', '2.5em', '3.5em'] },
  '--qc-mark-offset': {
    default: 'baseline',
    control: 'select',
    options: ['baseline', 'calc(1ex - 1cap)'],
    description: 'calc(1ex - 1cap) hangs big marks from the cap height',
  },
  '--qc-mark-font': { default: 'inherit', control: 'select', options: ['inherit', 'Georgia, serif', 'system-ui, sans-serif'] },
  '--qc-radius': { default: '0.75rem', control: 'text' },
  '--qc-space': { default: '1.25rem', control: 'text' },
  '--qc-gap': { default: '1rem', control: 'text' },
  '--qc-border-width': { default: '1px', control: 'text' },
  '--qc-shadow': { default: '0 1px 3px rgb(0 0 0 / 8%)', control: 'text' },
  '--qc-avatar-size': { default: '2.75rem', control: 'text' },
  '--qc-avatar-radius': { default: '50%', control: 'select', options: ['50%', '0.5rem', '0'] },
} as const;

type Token = keyof typeof TOKENS;
type Args = Record<Token, string> & { theme: string };

/** The CSS for what the designer changed: only the tokens that differ from their defaults. */
export function changedTokensCss(args: Args): string {
  const changed = (Object.keys(TOKENS) as Token[]).filter((token) => args[token] && args[token] !== TOKENS[token].default);
  const lines = changed.map((token) => `  ${token}: ${args[token]};`);
  const selector = args.theme === 'none' ? '.my-quotes' : `.my-quotes /* with theme="${args.theme}" */`;
  return lines.length ? `${selector} {\n${lines.join('\n')}\n}\n` : '/* Change a token in the controls below: its CSS appears here. */\n';
}

async function copy(event: Event) {
  const button = event.currentTarget as HTMLButtonElement;
  const css = button.closest('section')!.querySelector('pre')!.textContent!;
  try {
    await navigator.clipboard.writeText(css);
    button.textContent = 'Copied';
  } catch {
    const range = document.createRange();
    range.selectNodeContents(button.closest('section')!.querySelector('pre')!);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    button.textContent = 'Selected: press Ctrl+C';
  }
  setTimeout(() => (button.textContent = 'Copy CSS'), 2000);
}

const meta: Meta<Args> = {
  title: 'Theming/Theme playground',
  tags: ['!autodocs'],
  args: {
    theme: 'none',
    ...(Object.fromEntries(Object.entries(TOKENS).map(([token, { default: value }]) => [token, value])) as Record<Token, string>),
  },
  argTypes: {
    theme: { control: 'select', options: ['none', ...THEMES], description: 'Start from a built-in theme' },
    ...Object.fromEntries(
      Object.entries(TOKENS).map(([token, spec]) => [
        token,
        {
          control: spec.control,
          options: 'options' in spec ? spec.options : undefined,
          description: 'description' in spec ? spec.description : undefined,
        },
      ]),
    ),
  },
  parameters: { layout: 'fullscreen' },
};
export default meta;

/**
 * Change the tokens in the controls: every component updates at once, and the panel shows the CSS
 * of what you changed, ready to copy into the page's stylesheet.
 */
export const Playground: StoryObj<Args> = {
  render: (args, { globals }) => {
    const article = seed(globals.lang);
    const changed = (Object.keys(TOKENS) as Token[]).filter((token) => args[token] !== TOKENS[token].default);
    const style = changed.map((token) => `${token}: ${args[token]}`).join('; ');
    return html`<div style="display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); align-items: start">
      <quote-article .article=${article} theme=${args.theme === 'none' ? nothing : args.theme} style=${style}>
        <div style="display: grid; gap: 1rem">
          <quote-card quote-id="q1"></quote-card>
          <quote-card quote-id="q9" variant="compact"></quote-card>
          <speaker-badge speaker-id="shoigu"></speaker-badge>
          <article-timeline></article-timeline>
        </div>
      </quote-article>
      <section
        aria-label="CSS of the changed tokens"
        style="font: 14px/1.5 system-ui, sans-serif; color: #1b1f24; background: #fff; padding: 1rem; border-radius: 0.5rem"
      >
        <h2 style="margin: 0 0 0.5rem; font-size: 1rem">Your CSS</h2>
        <pre style="margin: 0 0 0.75rem; white-space: pre-wrap; font-size: 13px">${changedTokensCss(args)}</pre>
        <button type="button" @click=${copy}>Copy CSS</button>
      </section>
    </div>`;
  },
};

/** The playground with a few tokens already changed, to show what the CSS panel gives. */
export const Changed: StoryObj<Args> = {
  ...Playground,
  args: {
    '--qc-color-accent': '#b3261e',
    '--qc-mark-color': '#b3261e',
    '--qc-mark-size': '2.5em',
    '--qc-mark-offset': 'calc(1ex - 1cap)',
    '--qc-radius': '0',
  },
};
