// The bundle sizes, as scripts/size.mjs reports them at build time: gzip (level 9) and brotli
// (quality 11) of the CDN file, of the chunks it loads when a page uses them (dist/cdn/), and
// of every ES module in dist/.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CDN_BUDGET_GZIP, jsFiles, measure } from '../../scripts/size.mjs';

export { CDN_BUDGET_GZIP, measure };

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
  // Only the chunks of the CDN file (the hydrating file has its own), named by the build's manifest.
  const manifest = join(lazyDir, 'chunks-quote-cards.min.js.json');
  const chunkNames = existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')) : {};
  const lazy = await Promise.all(
    Object.entries(chunkNames).map(async ([file, name]) => ({ ...(await named(join(lazyDir, file))), what: name })),
  );
  const modules = await Promise.all(
    all.filter((file) => file !== cdnFile && !file.endsWith('.hydrate.min.js') && !file.startsWith(`${lazyDir}/`)).map(named),
  );
  const reference = [];
  if (baselineBundle && existsSync(baselineBundle))
    reference.push({ ...(await measure(baselineBundle)), what: 'the baseline: Lit and a minimal card and badge, minified' });
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
