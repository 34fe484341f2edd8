import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The seed articles are served to stories that load them with `src`.
  staticDirs: [{ from: '../src/examples', to: '/examples' }, './static'],
  core: { disableTelemetry: true },
  // Storybook's own getting-started checklist (in the sidebar and the settings menu) is for people writing their first story.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
};

export default config;
