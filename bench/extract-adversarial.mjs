// Times extractArticle (dist/extract.js; run `npm run build` first) on adversarial texts of the
// shapes issue 19 names and on pages of many people, at growing sizes, and prints the time and the growth factor between sizes.
//   node bench/extract-adversarial.mjs [KB...]   (default: 64 256 1024)
// EXTRACT=path/to/extract.js times another build (an older one, to compare). The CPU time (user +
// system, of all the process's threads) is printed beside the wall time: on a busy machine it says more.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { ADVERSARIAL_TEXTS, CROWDED_TEXTS } from '../test/support/adversarial-text.mjs';

async function main() {
  const { extractArticle } = await import(process.env.EXTRACT ? pathToFileURL(process.env.EXTRACT).href : '../dist/extract.js');
  const sizes = process.argv.slice(2).map(Number).filter(Boolean);
  const kbs = sizes.length ? sizes : [64, 256, 1024];
  for (const [name, make] of Object.entries({ ...ADVERSARIAL_TEXTS, ...CROWDED_TEXTS })) {
    const row = [];
    let previous;
    for (const kb of kbs) {
      const text = make(kb * 1024);
      const start = performance.now();
      const cpu = process.cpuUsage();
      extractArticle(text, { publishedAt: '2022-10-27' });
      const ms = performance.now() - start;
      const { user, system } = process.cpuUsage(cpu);
      row.push(
        `${kb} KB ${ms.toFixed(0)} ms (CPU ${((user + system) / 1000).toFixed(0)} ms)${previous ? ` ×${(ms / previous).toFixed(1)}` : ''}`,
      );
      previous = ms;
    }
    console.log(`${name.padEnd(46)} ${row.join(', ')}`);
  }
}

await main();
