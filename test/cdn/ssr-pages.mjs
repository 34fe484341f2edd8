// Pages rendered on the server with quote-cards/ssr (dist/ssr.js), for the browser tests of
// test/cdn/ssr.test.ts. web-test-runner serves them as /test/cdn/ssr/NAME.html (see
// publisherPages() in web-test-runner.config.mjs), rendering each in a child process:
//   node test/cdn/ssr-pages.mjs NAME
// They hold no script: the test adds the CDN file when it has looked at the server's HTML.
import { readFileSync } from 'node:fs';

const seed = JSON.parse(readFileSync(new URL('../../src/examples/seed-article.id.json', import.meta.url), 'utf8'));

const PAGES = {
  /** A card, a badge and the timeline, all server-rendered in one <quote-article>. */
  async hydrate(ssr) {
    return ssr.renderQuoteArticle(seed, [
      { tag: 'quote-card', attributes: { 'quote-id': 'q9' } },
      { tag: 'speaker-badge', attributes: { 'speaker-id': 'stoltenberg' } },
      { tag: 'article-timeline' },
    ]);
  },
  /** A server-rendered card next to a client-rendered one from an inline article. */
  async mixed(ssr) {
    const client = `<quote-article><script type="application/json">${ssr.jsonLdText(seed)}</script><quote-card quote-id="q1"></quote-card></quote-article>`;
    return client + (await ssr.renderQuoteCard(seed, { quoteId: 'q2' }));
  },
  /** A live blog of 600 events: the server renders the first ones, as a browser's first render does. */
  async liveblog(ssr) {
    const pad = (n) => String(n).padStart(2, '0');
    const [template] = seed.events;
    const events = Array.from({ length: 600 }, (_, i) => ({
      ...template,
      id: `e${i + 1}`,
      date: `2022-10-26T${pad(8 + Math.floor(i / 60))}:${pad(i % 60)}+07:00`,
      title: `Pembaruan ${i + 1}`,
    }));
    return ssr.renderTimeline({ ...seed, events });
  },
  /** The same live blog with one invalid event: the server checks every event, and renders the error. */
  async 'liveblog-broken'(ssr) {
    const [template] = seed.events;
    const events = Array.from({ length: 600 }, (_, i) => ({ ...template, id: `e${i + 1}` }));
    events[550].date = 'kemarin';
    return ssr.renderTimeline({ ...seed, events });
  },
  /** An invalid article: the error state, with the JSON paths, before any script. */
  async broken(ssr) {
    const broken = structuredClone(seed);
    delete broken.speakers[0].name;
    return ssr.renderQuoteCard(broken, { quoteId: 'q1' });
  },
};

const name = process.argv[2];
if (!Object.hasOwn(PAGES, name)) {
  console.error(`unknown page "${name}"; pages: ${Object.keys(PAGES).join(', ')}`);
  process.exit(2);
}
const ssr = await import('../../dist/ssr.js');
const body = await PAGES[name](ssr);
process.stdout.write(`<!doctype html>
<html lang="id">
  <head>
    <meta charset="utf-8" />
    <title>Server-rendered: ${name}</title>
  </head>
  <body>
    ${body}
  </body>
</html>
`);
