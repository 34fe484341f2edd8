import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

// Svelte 5 knows custom elements: nothing to configure.
export default defineConfig({
  plugins: [svelte()],
});
