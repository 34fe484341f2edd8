import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';
import { defaultStrategy } from '@literals/html-css-minifier';
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import esbuild from 'rollup-plugin-esbuild';

/**
 * The HTML minifier reads each template as a document of its own, and drops the whitespace at its
 * edges; but a Lit template is a piece of the text around it (`html\` · <time>…\``), where that space
 * is a word space. It is kept, as one space, where text (or an expression) meets the template's edge.
 */
const keepEdgeSpaces = {
  ...defaultStrategy,
  async minifyHTML(source, options) {
    const minified = await defaultStrategy.minifyHTML(source, options);
    const start = /^\s/.test(source) && !/^\s*</.test(source) && !/^\s/.test(minified) ? ' ' : '';
    const end = /\s$/.test(source) && !/>\s*$/.test(source) && !/\s$/.test(minified) ? ' ' : '';
    return start + minified + end;
  },
};
const minifyTemplates = () => literalsHtmlCssMinifier({ failOnError: true, options: { strategy: keepEdgeSpaces } });

const components = ['quote-article', 'quote-card', 'speaker-badge', 'article-timeline'];

const esm = {
  input: [
    'src/index.ts',
    'src/model.ts',
    'src/extract.ts',
    'src/themes.ts',
    'src/ssr.ts',
    'src/react.ts',
    ...components.flatMap((name) => [`src/components/${name}/${name}.ts`, `src/components/${name}/${name}.component.ts`]),
  ],
  // Apps bring their own lit, so that every library on a page shares one copy.
  external: (id) => /^(lit|@lit\/|@lit-labs\/|modern-screenshot|react)/.test(id),
  output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
  plugins: [minifyTemplates(), esbuild({ target: 'es2022' }), writeSchemaAndExamples()],
};

/** A file for a script tag: Lit bundled in, minified, and lazily loaded chunks in dist/cdn/. */
const cdnBuild = (input, file) => ({
  input,
  // The file exports registerTranslation for pages; its chunks may import more of it than that.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    // Source maps are written beside the file but not linked, which would cost bytes on every page load.
    sourcemap: 'hidden',
    entryFileNames: file,
    // Short names: every chunk's path is in the main file, and its bytes count against the budget.
    chunkFileNames: 'cdn/[hash:6].js',
  },
  plugins: [
    lazyValidator(),
    nodeResolve(),
    minifyTemplates(),
    esbuild({ target: 'es2022' }),
    shortenLitErrors(),
    terser({
      module: true,
      ecma: 2022,
      compress: { passes: 5, unsafe_arrows: true, unsafe_methods: true, keep_fargs: false, inline: 1 },
      format: { comments: false },
    }),
    nameChunks(),
    stableEntries(file),
  ],
});

/**
 * The CDN files fetch the validator as a chunk of its own (src/shared/validator-cdn.ts), which takes a third of the main
 * file off it; the npm modules import it with the components (src/shared/validator.ts).
 */
function lazyValidator() {
  return {
    name: 'lazy-validator',
    async resolveId(source, importer, options) {
      if (!source.endsWith('/validator.js')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id.endsWith('/src/shared/validator.ts') ? resolved.id.replace(/validator\.ts$/, 'validator-cdn.ts') : null;
    },
  };
}

/**
 * Lit's messages for errors only a wrong use of its `css` tag can raise (the components never do),
 * shortened in the CDN files, whose every byte counts against their budget.
 */
function shortenLitErrors() {
  const messages = [
    [
      /"Value passed to 'css' function must be a 'css' function result: "\+(\w+)\+"\. Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security\."/,
      '"css: "+$1',
    ],
    ['"CSSResult is not constructable. Use `unsafeCSS` or `css` instead."', '"CSSResult"'],
  ];
  return {
    name: 'shorten-lit-errors',
    transform(code, id) {
      if (!id.includes('@lit/reactive-element')) return null;
      let shortened = code;
      for (const [message, short] of messages) shortened = shortened.replace(message, short);
      return shortened === code ? null : { code: shortened, map: null };
    },
  };
}

/** Writes dist/cdn/chunks.json: which module each hash-named chunk holds, for the size report. */
function nameChunks() {
  return {
    name: 'name-chunks',
    generateBundle(_options, bundle) {
      const names = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && !chunk.isEntry) names[chunk.fileName.replace('cdn/', '')] = chunk.name;
      }
      this.emitFile({
        type: 'asset',
        fileName: `cdn/chunks-${Object.keys(bundle).find((file) => !file.startsWith('cdn/') && file.endsWith('.js'))}.json`,
        source: JSON.stringify(names, null, 2),
      });
    },
  };
}

/**
 * Writes, beside the hash-named chunks of the CDN file, a module of a stable name that a page can load early: for
 * quote-cards.min.js `cdn/timeline.js`, which imports the timeline's chunks (the timeline, and the windowing code of
 * long ones), so that a page showing a timeline at once fetches them while the page loads, not on first use
 * (docs/live-timeline.md). Its name stays the same from one version to the next; the chunks' names change with their
 * contents.
 */
function stableEntries(file) {
  const entries = { 'timeline.js': ['article-timeline', 'event-window'] };
  return {
    name: 'stable-entries',
    generateBundle(_options, bundle) {
      if (file !== 'quote-cards.min.js') return;
      const chunks = Object.values(bundle).filter((chunk) => chunk.type === 'chunk' && !chunk.isEntry);
      for (const [entry, names] of Object.entries(entries)) {
        const imports = names.map((name) => {
          const chunk = chunks.find((candidate) => candidate.name === name);
          if (!chunk) this.error(`no chunk named ${name} for cdn/${entry}`);
          return `import"./${chunk.fileName.replace('cdn/', '')}";`;
        });
        this.emitFile({ type: 'asset', fileName: `cdn/${entry}`, source: imports.join('') });
      }
    },
  };
}

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

export default [esm, cdnBuild('src/cdn.ts', 'quote-cards.min.js'), cdnBuild('src/cdn-hydrate.ts', 'quote-cards.hydrate.min.js')];
