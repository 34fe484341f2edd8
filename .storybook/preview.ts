import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import customElements from '../dist/custom-elements.json' with { type: 'json' };
import '../src/index.js';
import { THEMES } from '../src/index.js';
import { attributesOnce, fittingControls } from './arg-types.js';

// Autodocs keys its table rows by name, so a CSS part named like an attribute (the badge's `name`
// and `org`) would hide it: parts are listed as `::part(name)`.
for (const module of customElements.modules) {
  for (const declaration of module.declarations ?? []) {
    for (const part of (declaration as { cssParts?: { name: string }[] }).cssParts ?? []) part.name = `::part(${part.name})`;
  }
}
attributesOnce(customElements);
setCustomElementsManifest(customElements);

// Stories show the loading and timeout states without a slow server: a `src` ending in
// #pending never answers, one ending in #timeout fails as a timed-out request does.
const fetchFromNetwork = window.fetch.bind(window);
window.fetch = (input, init) => {
  const url = String(input instanceof Request ? input.url : input);
  if (url.endsWith('#pending')) return new Promise(() => {});
  if (url.endsWith('#timeout')) return Promise.reject(new DOMException('The operation timed out.', 'TimeoutError'));
  return fetchFromNetwork(input, init);
};

/** The page colour each theme is designed for. */
export const PAGE_BACKGROUND: Record<string, string> = {
  none: '#f3f4f6',
  light: '#f3f4f6',
  dark: '#121418',
  auto: 'Canvas',
  classic: '#f4efe4',
  bold: '#1e2a6e',
};

/** The page's own text colour under each theme. */
export const PAGE_TEXT: Record<string, string> = {
  none: '#1b1f24',
  light: '#1b1f24',
  dark: '#e6e8eb',
  auto: 'CanvasText',
  classic: '#241c15',
  bold: '#fff',
};

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [fittingControls],
  globalTypes: {
    theme: {
      description: 'Built-in theme',
      toolbar: { title: 'Theme', icon: 'paintbrush', items: ['none', ...THEMES], dynamicTitle: true },
    },
    lang: {
      description: 'Language of the seed article the stories show',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'id', title: 'Indonesian' },
          { value: 'en', title: 'English' },
          { value: 'ar', title: 'Arabic (right to left)' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction of the page',
      toolbar: { title: 'Direction', icon: 'transfer', items: ['ltr', 'rtl'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'none', lang: 'id', dir: 'ltr' },
  decorators: [
    (story, { globals, args, parameters }) => {
      // The theme playground themes the page with its own theme control; every other story with the toolbar's.
      const theme = String(parameters.pageThemeFromArgs ? args.theme : globals.theme);
      // Tokens chosen in a component's colour controls (its CSS custom properties) apply to the page around it.
      const tokens = parameters.pageThemeFromArgs
        ? ''
        : Object.entries(args)
            .filter(([name, value]) => name.startsWith('--') && value)
            .map(([name, value]) => `${name}: ${String(value)}; `)
            .join('');
      return html`<div
        class="story-page"
        theme=${theme === 'none' ? 'light' : theme}
        dir=${globals.dir}
        lang=${globals.lang}
        style="padding: 1.5rem; background: ${PAGE_BACKGROUND[theme] ?? PAGE_BACKGROUND.none}; color: ${
          PAGE_TEXT[theme] ?? PAGE_TEXT.none
        }; ${parameters.layout === 'fullscreen' ? 'box-sizing: border-box; min-height: 100vh; ' : ''}${tokens}"
      >
        ${story()}
      </div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    options: { storySort: { order: ['Introduction', 'Components', 'Theming', 'States'] } },
  },
};

export default preview;
