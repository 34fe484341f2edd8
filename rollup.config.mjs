import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import esbuild from 'rollup-plugin-esbuild';

const components = ['quote-article', 'quote-card', 'speaker-badge', 'article-timeline'];

const esm = {
  input: [
    'src/index.ts',
    'src/model.ts',
    'src/extract.ts',
    'src/themes.ts',
    'src/ssr.ts',
    'src/react.ts',
    ...components.flatMap((name) => [
      `src/components/${name}/${name}.ts`,
      `src/components/${name}/${name}.component.ts`,
    ]),
  ],
  // Apps bring their own lit, so that every library on a page shares one copy.
  external: (id) => /^(lit|@lit\/|@lit-labs\/|modern-screenshot|react)/.test(id),
  output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
  plugins: [literalsHtmlCssMinifier({ failOnError: true }), esbuild({ target: 'es2022' }), writeSchemaAndExamples()],
};

const cdn = {
  input: 'src/cdn.ts',
  output: {
    dir: 'dist',
    format: 'es',
    // Source maps are written beside the file but not linked, which would cost bytes on every page load.
    sourcemap: 'hidden',
    entryFileNames: 'quote-cards.min.js',
    chunkFileNames: 'cdn/[name]-[hash].min.js',
  },
  plugins: [
    nodeResolve(),
    literalsHtmlCssMinifier({ failOnError: true }),
    esbuild({ target: 'es2022' }),
    terser({ module: true, ecma: 2022, compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true }, format: { comments: false } }),
  ],
};

/** Ships the article JSON Schema and the example articles next to the code. */
function writeSchemaAndExamples() {
  return {
    name: 'write-schema-and-examples',
    async writeBundle() {
      await copyFile('src/model/article.schema.json', 'dist/article.schema.json');
      await mkdir('dist/examples', { recursive: true });
      for (const file of await readdir('src/examples')) {
        await copyFile(`src/examples/${file}`, `dist/examples/${file}`);
      }
    },
  };
}

export default [esm, cdn];
