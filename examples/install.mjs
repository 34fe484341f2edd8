// Packs the library as npm would publish it (`npm pack` of the repository, after `npm run build`)
// and installs the tarball into each example, offline: it is unpacked into
// examples/<name>/node_modules/quote-cards, as `npm install ../quote-cards.tgz` would put it, and
// the frameworks (react, vue, svelte, vite...) resolve from the repository's node_modules.
//
//   npm run build && node examples/install.mjs && cd examples/react && npx vite build
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXAMPLES_DIR = dirname(fileURLToPath(import.meta.url));
export const EXAMPLES = ['react', 'vue', 'svelte', 'typescript'];
const ROOT = resolve(EXAMPLES_DIR, '..');

/**
 * `npm pack`s the repository into `destination` as quote-cards.tgz (by default examples/, where the
 * examples' package.json files expect it); returns npm's report: files, sizes, and `tarball`, its path.
 */
export function pack(destination = EXAMPLES_DIR) {
  // No scripts: the package is what `npm run build` left in dist/.
  const output = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [report] = JSON.parse(output);
  const tarball = join(destination, 'quote-cards.tgz');
  renameSync(join(destination, report.filename), tarball);
  return { ...report, tarball };
}

/** Unpacks `tarball` as <app>/node_modules/quote-cards (`app`: an example's name, or a path), replacing what was there. */
export function install(tarball, app) {
  const target = join(resolve(EXAMPLES_DIR, app), 'node_modules', 'quote-cards');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
  return target;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { tarball, entryCount, size } = pack();
  for (const name of EXAMPLES) install(tarball, name);
  console.log(`${tarball}: ${entryCount} files, ${(size / 1024).toFixed(1)} KB; installed in examples/{${EXAMPLES.join(',')}}`);
}
