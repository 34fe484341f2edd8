// The bundle sizes, as scripts/size.mjs reports them at build time: gzip (level 9) and brotli
// (quality 11) of the CDN file, of the chunks it loads when a page uses them (dist/cdn/), and
// of every ES module in dist/. scripts/size.mjs prints and exits when imported, so the same
// measurement is done here; it should move to one exported function both can call.
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const CDN_BUDGET_GZIP = 12 * 1024;

/** The sizes of `file`, named `name` (its path by default). */
export async function measure(file, name = relative('.', file)) {
  const source = await readFile(file);
  return {
    file: name,
    raw: source.length,
    gzip: gzipSync(source, { level: 9 }).length,
    brotli: brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

async function jsFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

/**
 * The CDN file against its budget, the lazy chunks, every npm module, and for reference the
 * baseline bundle (Lit and a minimal card) and TimelineJS's JS and CSS.
 */
export async function sizes({ dist = 'dist', baselineBundle, timelineJsDir } = {}) {
  // Named as in dist/, whichever copy of it is measured.
  const named = (file) => measure(file, join('dist', relative(dist, file)));
  const cdnFile = join(dist, 'quote-cards.min.js');
  const lazyDir = join(dist, 'cdn');
  const all = await jsFiles(dist);
  const cdn = await named(cdnFile);
  const lazy = await Promise.all(all.filter((file) => file.startsWith(`${lazyDir}/`)).map(named));
  const modules = await Promise.all(all.filter((file) => file !== cdnFile && !file.startsWith(`${lazyDir}/`)).map(named));
  const reference = [];
  if (baselineBundle && existsSync(baselineBundle)) reference.push({ ...(await measure(baselineBundle)), what: 'the baseline: Lit and a minimal card and badge, minified' });
  if (timelineJsDir) {
    for (const [file, what] of [
      ['js/timeline.js', 'TimelineJS, its script'],
      ['css/timeline.css', 'TimelineJS, its stylesheet'],
    ]) {
      if (existsSync(join(timelineJsDir, file))) reference.push({ ...(await measure(join(timelineJsDir, file))), what });
    }
  }
  return {
    cdn: { ...cdn, budgetGzip: CDN_BUDGET_GZIP, withinBudget: cdn.gzip <= CDN_BUDGET_GZIP },
    lazy,
    modules,
    reference,
  };
}
