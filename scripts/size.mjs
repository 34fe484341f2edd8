// Prints the gzip and brotli size of the CDN file and of each module in dist/, and fails the
// build when the CDN file is over its budget. The measuring functions are shared with the
// benchmarks (bench/lib/size.mjs).
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const CDN_FILE = 'dist/quote-cards.min.js';
export const CDN_BUDGET_GZIP = 12 * 1024;
/** The CDN file for server-rendered pages: the same, with Lit's hydration support (about 2 KB). */
export const HYDRATE_FILE = 'dist/quote-cards.hydrate.min.js';
export const HYDRATE_BUDGET_GZIP = 14.5 * 1024;

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

/** The raw, gzip (level 9) and brotli (quality 11) sizes of `file`, named `name` (its path by default). */
export async function measure(file, name = relative('.', file)) {
  const source = await readFile(file);
  return {
    file: name,
    raw: source.length,
    gzip: gzipSync(source, { level: 9 }).length,
    brotli: brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Every .js file under `dir`, sorted. */
export async function jsFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

/** What each hash-named chunk in dist/cdn/ holds, from the manifests the CDN builds write. */
async function chunkNames() {
  const names = {};
  for (const file of (await readdir('dist/cdn')).filter((name) => name.endsWith('.json'))) {
    Object.assign(names, JSON.parse(await readFile(join('dist/cdn', file), 'utf8')));
  }
  return names;
}

async function main() {
  const modules = (await jsFiles('dist')).filter((file) => file !== CDN_FILE && file !== HYDRATE_FILE);
  const rows = [await measure(CDN_FILE), await measure(HYDRATE_FILE), ...(await Promise.all(modules.map((file) => measure(file))))];
  const names = await chunkNames();
  const width = Math.max(...rows.map((row) => relative('dist', row.file).length));
  console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(9)}  ${'gzip'.padStart(9)}  ${'brotli'.padStart(9)}`);
  for (const row of rows) {
    const chunk = names[row.file.replace('dist/cdn/', '')];
    const lazy = row.file.startsWith('dist/cdn/') ? `  (${chunk ?? 'shared'}) loaded when a page uses it` : '';
    console.log(
      `${relative('dist', row.file).padEnd(width)}  ${kb(row.raw).padStart(9)}  ${kb(row.gzip).padStart(9)}  ${kb(row.brotli).padStart(9)}${lazy}`,
    );
  }
  let over = false;
  for (const [row, budget] of [
    [rows[0], CDN_BUDGET_GZIP],
    [rows[1], HYDRATE_BUDGET_GZIP],
  ]) {
    const within = row.gzip <= budget;
    over ||= !within;
    (within ? console.log : console.error)(
      `${within ? '' : '\n'}${row.file}: ${kb(row.gzip)} (${row.gzip} bytes) gzipped of a ${kb(budget)} budget${within ? '.' : ': OVER.'}`,
    );
  }
  if (over) process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
