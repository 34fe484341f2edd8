import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const QUOTE_CARDS_TAGS = ['quote-article', 'quote-card', 'speaker-badge', 'article-timeline'];

export default defineConfig({
  // Tell Vue these tags are custom elements, not Vue components it failed to resolve.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => QUOTE_CARDS_TAGS.includes(tag) } } })],
});
