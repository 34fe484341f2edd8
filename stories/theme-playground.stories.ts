import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { useArgs, useEffect, useRef } from 'storybook/preview-api';
import { THEMES } from '../src/index.js';
import { seed } from './articles.js';
import { changedTokensCss, themeValues, TOKEN_NAMES, TOKENS, type Token, type TokenSpec } from './support/tokens.js';

type Args = Record<Token, string> & { theme: string };

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

/**
 * The token values once `theme` replaced `previous`: a token still at the previous theme's value takes
 * the new theme's, one the designer changed keeps its change.
 */
function rethemed(args: Args, previous: string): Args {
  if (previous === args.theme) return args;
  const before = themeValues(previous);
  const after = themeValues(args.theme);
  const values = { ...args };
  for (const token of TOKEN_NAMES) if (!args[token] || args[token] === before[token]) values[token] = after[token];
  return values;
}

const meta: Meta<Args> = {
  title: 'Theming/Theme playground',
  tags: ['!autodocs'],
  args: {
    theme: 'none',
    ...(Object.fromEntries(TOKEN_NAMES.map((token) => [token, TOKENS[token].default])) as Record<Token, string>),
  },
  argTypes: {
    theme: {
      control: 'select',
      options: ['none', ...THEMES],
      description: 'Start from a built-in theme: the page and the controls take its colours',
    },
    ...Object.fromEntries(
      TOKEN_NAMES.map((token) => {
        const spec: TokenSpec = TOKENS[token];
        return [token, { control: spec.control, options: spec.options, description: spec.description }];
      }),
    ),
  },
  // The canvas takes the theme chosen here (the preview's decorator reads it), not the toolbar's.
  parameters: { layout: 'fullscreen', pageThemeFromArgs: true },
};
export default meta;

/**
 * Change the tokens in the controls: every component updates at once, and the panel shows the CSS
 * of what you changed, ready to copy into the page's stylesheet. Choosing a theme themes the page and
 * shows that theme's values in the controls.
 */
export const Playground: StoryObj<Args> = {
  render: (args, { globals }) => {
    const [, updateArgs] = useArgs<Args>();
    // The theme whose values the token args hold ('none', the defaults, when the story opens).
    const shownTheme = useRef('none');
    const values = rethemed(args, shownTheme.current);
    useEffect(() => {
      if (shownTheme.current === args.theme) return;
      shownTheme.current = args.theme;
      const changed = TOKEN_NAMES.filter((token) => values[token] !== args[token]);
      if (changed.length) updateArgs(Object.fromEntries(changed.map((token) => [token, values[token]])));
    }, [args.theme]);

    const base = themeValues(args.theme);
    const style = TOKEN_NAMES.filter((token) => values[token] !== base[token])
      .map((token) => `${token}: ${values[token]}`)
      .join('; ');
    return html`<div style="display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); align-items: start">
      <quote-article .article=${seed(globals.lang)} theme=${args.theme === 'none' ? nothing : args.theme} style=${style}>
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
        <pre style="margin: 0 0 0.75rem; white-space: pre-wrap; font-size: 13px">${changedTokensCss(values, args.theme)}</pre>
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
