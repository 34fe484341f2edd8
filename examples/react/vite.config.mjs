import { defineConfig } from 'vite';

// React 19 needs no plugin for custom elements; the automatic JSX runtime is all the TSX needs.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
});
