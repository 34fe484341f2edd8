// Package hygiene: what `npm pack` publishes, installed from the tarball into .tmp/package-test as an
// app would install it. Its files (and none of the tests, stories or sources), its source maps, every
// `exports` entry in Node ESM, esbuild and Rollup, every typed entry in TypeScript (bundler and
// node16 resolution), the command line, and that one component bundles without the others.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, posix, relative, resolve } from 'node:path';
import { before, test } from 'node:test';
import { promisify } from 'node:util';
import * as esbuild from 'esbuild';
import { rollup } from 'rollup';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { install, pack } from '../../examples/install.mjs';

const run = promisify(execFile);
const APP = resolve('.tmp/package-test');
const PACKAGE = join(APP, 'node_modules/quote-cards');

/** Entries that run in Node as they are; the others need a DOM (or are types only). */
const NODE_ENTRIES = ['./model.js', './extract.js', './ssr'];
/** What a wildcard export is documented with: one real path for each. */
const WILDCARD_EXAMPLES = {
  './components/*': ['./components/quote-card/quote-card.component.js', './components/speaker-badge/speaker-badge.component.js'],
  './components/*.component.js': [
    './components/quote-card/quote-card.component.js',
    './components/speaker-badge/speaker-badge.component.js',
  ],
  './examples/*': ['./examples/seed-article.id.json', './examples/seed-article.en.json'],
};

let report;
let files;
let manifest;
/** Every subpath an app can import, with the files its conditions point at. */
let entries;

before(() => {
  assert.ok(existsSync('dist/index.js'), 'dist/ is missing: run npm run build first');
  rmSync(APP, { recursive: true, force: true });
  mkdirSync(APP, { recursive: true });
  // The app is a package of its own, so that `quote-cards` resolves to node_modules, not to this repository.
  writeFileSync(join(APP, 'package.json'), JSON.stringify({ name: 'package-test', private: true, type: 'module' }));
  report = pack(APP);
  install(report.tarball, APP);
  files = new Set(report.files.map((file) => file.path));
  manifest = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8'));
  entries = Object.entries(manifest.exports).flatMap(([key, value]) => {
    const targets = typeof value === 'string' ? { default: value } : value;
    if (!key.includes('*')) return [{ key, specifier: `quote-cards${key.slice(1)}`, targets }];
    assert.ok(WILDCARD_EXAMPLES[key], `give examples of the wildcard export "${key}" in WILDCARD_EXAMPLES`);
    return WILDCARD_EXAMPLES[key].map((path) => {
      const [prefix, suffix] = key.split('*');
      const star = path.slice(prefix.length, path.length - suffix.length);
      const expanded = Object.fromEntries(Object.entries(targets).map(([condition, target]) => [condition, target.replace('*', star)]));
      return { key, specifier: `quote-cards${path.slice(1)}`, targets: expanded };
    });
  });
});

const isJson = (entry) => entry.specifier.endsWith('.json');
const runtime = (entry) => entry.targets.default ?? entry.targets.import;

test('the tarball holds dist/, the types, custom-elements.json, the schema, README, LICENSE and CHANGELOG', () => {
  const wanted = [
    'package.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'dist/index.js',
    'dist/index.d.ts',
    'dist/custom-elements.json',
    'dist/article.schema.json',
    'dist/quote-cards.min.js',
    'dist/react.js',
    'dist/react.d.ts',
    'dist/jsx.d.ts',
    'dist/vue.d.ts',
    'dist/svelte.d.ts',
    'dist/web-types.json',
    'dist/vscode.html-custom-data.json',
    'dist/examples/seed-article.id.json',
    ...['quote-article', 'quote-card', 'speaker-badge', 'article-timeline'].flatMap((name) =>
      ['js', 'd.ts', 'component.js', 'component.d.ts'].map((ext) => `dist/components/${name}/${name}.${ext}`),
    ),
    // What package.json points at outside `exports`.
    ...[
      manifest.main,
      manifest.module,
      manifest.types,
      manifest.customElements,
      manifest['web-types'],
      ...Object.values(manifest.bin ?? {}),
    ]
      .filter(Boolean)
      .map((path) => posix.normalize(path)),
  ];
  const missing = wanted.filter((path) => !files.has(path));
  assert.deepEqual(missing, [], `missing from the tarball: ${missing.join(', ')}`);
});

test('the tarball holds no tests, stories, sources or development files', () => {
  const unwanted = [...files].filter((path) =>
    /(^|\/)(test|tests|__tests__|stories|src|\.storybook|coverage|bench|scripts|demo|examples\/\w+\/)\/|\.(test|spec|stories)\.|\.tsbuildinfo$|\.tgz$|^\.|\/\./.test(
      path,
    ),
  );
  // dist/examples/ holds the example articles, which are published on purpose.
  assert.deepEqual(
    unwanted.filter((path) => !path.startsWith('dist/examples/')),
    [],
  );
  console.log(
    `tarball: ${report.entryCount} files, ${(report.size / 1024).toFixed(1)} KB packed, ${(report.unpackedSize / 1024).toFixed(1)} KB unpacked`,
  );
});

test('no source map reference points at a missing file, and every map has its sources', () => {
  const problems = [];
  for (const path of files) {
    if (/\.(m?js)$/.test(path)) {
      const url = readFileSync(join(PACKAGE, path), 'utf8').match(/\/\/# sourceMappingURL=(\S+)\s*$/)?.[1];
      if (url && !url.startsWith('data:') && !files.has(posix.join(posix.dirname(path), url)))
        problems.push(`${path} points at ${url}, which is not in the tarball`);
    }
    if (path.endsWith('.map')) {
      const map = JSON.parse(readFileSync(join(PACKAGE, path), 'utf8'));
      map.sources.forEach((source, index) => {
        const inTarball = files.has(posix.join(posix.dirname(path), map.sourceRoot ?? '', source));
        if (!inTarball && typeof map.sourcesContent?.[index] !== 'string')
          problems.push(`${path}: source ${source} is neither in the tarball nor embedded`);
      });
    }
  }
  assert.deepEqual(problems, []);
});

test('every exports target is in the tarball', () => {
  const missing = entries.flatMap((entry) =>
    Object.entries(entry.targets)
      .filter(([, target]) => !files.has(posix.normalize(target)))
      .map(([condition, target]) => `${entry.specifier} (${condition}): ${target}`),
  );
  assert.deepEqual(missing, []);
});

test('every exports entry resolves in Node ESM; the Node ones import and run', async () => {
  const specifiers = entries.filter(runtime).map((entry) => ({
    specifier: entry.specifier,
    mode: NODE_ENTRIES.includes(entry.key) ? 'import' : isJson(entry) ? 'json' : 'resolve',
  }));
  // In a child process in the app's folder, as the app would import them.
  const script = `
    import { existsSync } from 'node:fs';
    import { fileURLToPath } from 'node:url';
    const results = [];
    for (const { specifier, mode } of ${JSON.stringify(specifiers)}) {
      try {
        const path = fileURLToPath(import.meta.resolve(specifier));
        if (!existsSync(path)) throw new Error('resolves to ' + path + ', which does not exist');
        if (!path.includes('/node_modules/quote-cards/')) throw new Error('resolves outside the package: ' + path);
        if (mode === 'import') {
          const module = await import(specifier);
          if (Object.keys(module).length === 0) throw new Error('exports nothing');
        }
        if (mode === 'json') await import(specifier, { with: { type: 'json' } });
        results.push({ specifier, ok: true });
      } catch (error) {
        results.push({ specifier, ok: false, error: String(error?.message ?? error).split('\\n')[0] });
      }
    }
    console.log(JSON.stringify(results));
  `;
  writeFileSync(join(APP, 'node-esm.mjs'), script);
  const { stdout } = await run(process.execPath, ['node-esm.mjs'], { cwd: APP });
  const failures = JSON.parse(stdout.trim().split('\n').at(-1)).filter((result) => !result.ok);
  assert.deepEqual(failures, []);

  // And the Node entries do their job.
  const check = `
    import { validateArticle } from 'quote-cards/model.js';
    import { extractArticle } from 'quote-cards/extract.js';
    import schema from 'quote-cards/article.schema.json' with { type: 'json' };
    import seed from 'quote-cards/examples/seed-article.id.json' with { type: 'json' };
    const extracted = extractArticle('"Perang akan berakhir di meja negosiasi," kata Jens Stoltenberg.', { lang: 'id' });
    console.log(JSON.stringify({ valid: validateArticle(seed).valid, schema: typeof schema.$schema, quotes: extracted.quotes.length }));
  `;
  writeFileSync(join(APP, 'node-run.mjs'), check);
  const ran = JSON.parse((await run(process.execPath, ['node-run.mjs'], { cwd: APP })).stdout);
  assert.deepEqual(ran, { valid: true, schema: 'string', quotes: 1 });
});

test('the command line runs from the tarball', async () => {
  const bin = join(PACKAGE, manifest.bin['quote-cards']);
  const { stdout } = await run(process.execPath, [bin, 'validate', join(PACKAGE, 'dist/examples/seed-article.id.json')]);
  assert.match(stdout, /valid/);
});

test('the published code and types import only its dependencies and peer dependencies', () => {
  const allowed = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})]);
  const problems = new Set();
  for (const path of files) {
    if (!/\.(m?js|d\.ts)$/.test(path) || path.endsWith('.min.js') || path.startsWith('dist/cdn/')) continue;
    const source = readFileSync(join(PACKAGE, path), 'utf8');
    const specifiers = [
      ...source.matchAll(/^\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]/gm), // import … from 'x', export … from 'x'
      ...source.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm), // import 'x'
      ...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g), // import('x'), and import("x").Type in declarations
    ].map((match) => match[1]);
    for (const specifier of specifiers) {
      if (specifier.startsWith('.') || specifier.startsWith('node:') || builtinModules.includes(specifier)) continue;
      const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
      // The framework typings import their framework's types: the app that uses them has it.
      if ((path === 'dist/vue.d.ts' && name === 'vue') || (path === 'dist/svelte.d.ts' && name === 'svelte')) continue;
      if (!allowed.has(name) && name !== 'quote-cards')
        problems.add(`${path} imports ${specifier}, which is not in dependencies or peerDependencies`);
    }
  }
  assert.deepEqual([...problems], []);
});

test('every JavaScript export bundles with esbuild and with Rollup', async () => {
  const browserEntries = entries.filter((entry) => runtime(entry) && !NODE_ENTRIES.includes(entry.key) && !isJson(entry));
  const nodeEntries = entries.filter((entry) => NODE_ENTRIES.includes(entry.key));
  const failures = [];
  for (const { specifier, platform } of [
    ...browserEntries.map((entry) => ({ specifier: entry.specifier, platform: 'browser' })),
    ...nodeEntries.map((entry) => ({ specifier: entry.specifier, platform: 'node' })),
    ...entries.filter(isJson).map((entry) => ({ specifier: entry.specifier, platform: 'browser' })),
  ]) {
    const entry = join(APP, 'entry.mjs');
    writeFileSync(entry, `export * as module from '${specifier}';\n`);
    await esbuild
      .build({
        entryPoints: [entry],
        bundle: true,
        write: false,
        platform,
        format: 'esm',
        logLevel: 'silent',
        external: platform === 'node' ? ['@lit-labs/ssr*'] : [],
      })
      .catch((error) => failures.push(`esbuild ${specifier}: ${error.errors?.[0]?.text ?? error.message}`));
    if (isJson({ specifier })) continue;
    await rollup({
      input: entry,
      plugins: [nodeResolve({ browser: platform === 'browser', exportConditions: platform === 'node' ? ['node'] : ['browser'] })],
      external: platform === 'node' ? (id) => id.startsWith('@lit-labs/ssr') || id.startsWith('node:') : [],
      onwarn: (warning) => {
        if (warning.code === 'UNRESOLVED_IMPORT') failures.push(`rollup ${specifier}: ${warning.message}`);
      },
    })
      .then((bundle) => bundle.close())
      .catch((error) => failures.push(`rollup ${specifier}: ${error.message}`));
  }
  assert.deepEqual(failures, []);
});

test('TypeScript resolves every typed export (moduleResolution bundler and node16)', { timeout: 120_000 }, async () => {
  const typed = entries.filter((entry) => entry.targets.types);
  writeFileSync(
    join(APP, 'imports.ts'),
    typed.map((entry, index) => `import type * as entry${index} from '${entry.specifier}';\nexport type { entry${index} };\n`).join(''),
  );
  const options = (module, moduleResolution) => ({
    compilerOptions: {
      target: 'ES2022',
      module,
      moduleResolution,
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      strict: true,
      noEmit: true,
      // Resolution is what this checks; tsc checks the declarations themselves in types.test.mjs.
      skipLibCheck: true,
      types: [],
    },
    files: ['imports.ts'],
  });
  writeFileSync(join(APP, 'tsconfig.bundler.json'), JSON.stringify(options('ESNext', 'bundler')));
  writeFileSync(join(APP, 'tsconfig.node16.json'), JSON.stringify(options('Node16', 'Node16')));
  const tsc = resolve('node_modules/typescript/bin/tsc');
  const results = await Promise.all(
    ['bundler', 'node16'].map((mode) =>
      run(process.execPath, [tsc, '-p', `tsconfig.${mode}.json`], { cwd: APP, maxBuffer: 16 * 1024 * 1024 }).then(
        () => '',
        (error) => `moduleResolution ${mode}:\n${error.stdout}${error.stderr}`,
      ),
    ),
  );
  assert.equal(results.join(''), '', `${typed.length} typed exports`);
});

test('importing one component (quote-cards/speaker-badge.js) bundles only that component and what it needs', async () => {
  const entry = join(APP, 'badge.mjs');
  writeFileSync(entry, `import 'quote-cards/speaker-badge.js';\n`);
  const { metafile } = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    metafile: true,
    logLevel: 'silent',
  });
  const ours = Object.keys(metafile.inputs)
    .map((path) => relative(PACKAGE, resolve(path)).split('\\').join('/'))
    .filter((path) => !path.startsWith('..'));
  assert.ok(ours.includes('dist/components/speaker-badge/speaker-badge.component.js'), ours.join('\n'));
  const strangers = ours.filter((path) => /quote-card\/|article-timeline|extract|\/share\/|themes|ssr\.js|react\.js/.test(path));
  assert.deepEqual(strangers, [], `the speaker badge's bundle pulls in:\n${strangers.join('\n')}`);
  const inputs = Object.keys(metafile.inputs);
  assert.deepEqual(
    inputs.filter((path) => /modern-screenshot|@lit-labs\/ssr|node_modules\/react(-dom)?\//.test(path)),
    [],
    'dependencies of other components',
  );
  const bytes = Object.values(metafile.outputs)[0].bytes;
  console.log(`speaker-badge alone: ${ours.length} of the package's modules, ${(bytes / 1024).toFixed(1)} KB minified with Lit`);
});

test('publint finds nothing to fix in the published package, suggestions included', async () => {
  const { messages } = await publint({ pkgDir: PACKAGE, level: 'suggestion', strict: true, pack: false });
  assert.deepEqual(
    messages.map((message) => `${message.type}: ${formatMessage(message, manifest)}`),
    [],
  );
});

test('are-the-types-wrong finds every typed entry typed, in Node 16+ and in bundlers', { timeout: 180_000 }, async () => {
  // The package is ESM only (no `require` condition), hence the esm-only profile. The script builds (`cdn`,
  // `*.min.js`) are for a <script> tag or a side-effect import: they export nothing to type.
  const cli = resolve('node_modules/@arethetypeswrong/cli/dist/index.js');
  const args = [
    cli,
    report.tarball,
    '--profile',
    'esm-only',
    '--exclude-entrypoints',
    'cdn',
    'quote-cards.min.js',
    'quote-cards.hydrate.min.js',
  ];
  const result = await run(process.execPath, args, { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, FORCE_COLOR: '0' } }).catch(
    (error) => error,
  );
  assert.equal(result.code ?? 0, 0, `attw found problems:\n${result.stdout}${result.stderr}`);
});

test('package.json says where the project lives, which file a CDN serves, and bounds its peers', async () => {
  for (const field of ['homepage', 'repository', 'bugs']) assert.ok(manifest[field], `package.json has "${field}"`);
  // The bare CDN URL (unpkg.com/quote-cards, cdn.jsdelivr.net/npm/quote-cards) serves the one-file build, which imports nothing.
  for (const field of ['unpkg', 'jsdelivr']) assert.equal(manifest[field], './dist/quote-cards.min.js', field);
  // Bundled from inside the installed package, which has no node_modules of its own: a bare import would not resolve.
  const result = await esbuild.build({
    entryPoints: [join(PACKAGE, manifest.unpkg)],
    bundle: true,
    write: false,
    format: 'esm',
    logLevel: 'silent',
  });
  assert.deepEqual(result.errors, []);
  // Each alternative of a peer range has an upper bound: a caret or tilde range, or an explicit `<`.
  for (const [name, range] of Object.entries(manifest.peerDependencies)) {
    for (const alternative of range.split('||').map((part) => part.trim())) {
      assert.ok(/^[\^~]/.test(alternative) || alternative.includes('<'), `peer ${name}: "${alternative}" has no upper bound`);
    }
  }
});

test('no type-only package is installed for every consumer', () => {
  assert.equal(manifest.dependencies['schema-dts'], undefined);
  const ssrTypes = readFileSync(join(PACKAGE, 'dist/ssr.d.ts'), 'utf8') + readFileSync(join(PACKAGE, 'dist/shared/json-ld.d.ts'), 'utf8');
  assert.match(ssrTypes, /JsonLdQuotation/, 'the JSON-LD types are declared in the package');
});

test('internal chunks are not part of the public exports; the component classes are', async () => {
  const resolveFrom = (specifier) =>
    run(process.execPath, ['--input-type=module', '-e', `import.meta.resolve(${JSON.stringify(specifier)})`], { cwd: APP });
  for (const internal of [
    'quote-cards/components/quote-card/share/enhance.js',
    'quote-cards/components/article-timeline/event-window.js',
  ]) {
    await assert.rejects(resolveFrom(internal), /ERR_PACKAGE_PATH_NOT_EXPORTED/, internal);
  }
  await resolveFrom('quote-cards/components/quote-card/quote-card.component.js');
});
