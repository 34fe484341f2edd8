// web-test-runner plugin for test/embed/: `quote-cards render` (in a child process, once per run)
// writes the embeds of the seed article and of a 1,000-event timeline into .tmp/embed-site/, with
// --base-url on the OTHER host name of the test server (127.0.0.1 when the tests run on localhost,
// and the reverse), so that the test page (the CMS) and the embeds are of different origins.
//   /test/embed/site/NAME/...      the files render wrote for NAME (seed or timeline)
//   /test/embed/snippets.json      the oEmbed documents of the seed's q9 card and of the timeline
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';

const OUT = resolve('.tmp/embed-site');
const TYPES = { '.html': 'html', '.js': 'js', '.json': 'json', '.png': 'image/png' };

/** The seed article with `count` events (each with the seed's first event's fields, dated a day apart). */
export function timelineArticle(count) {
  const seed = JSON.parse(readFileSync('src/examples/seed-article.id.json', 'utf8'));
  const [first] = seed.events;
  const events = Array.from({ length: count }, (_, k) => {
    const date = new Date(Date.UTC(2020, 0, 1) + k * 86_400_000).toISOString().slice(0, 10);
    return { ...first, id: `e${k + 1}`, date, dateText: undefined, title: `${first.title} (${k + 1})` };
  });
  return { ...seed, events };
}

function render(name, file, baseUrl) {
  return new Promise((done, fail) =>
    execFile(
      process.execPath,
      ['bin/quote-cards.mjs', 'render', file, '--out', join(OUT, name), '--pages-only', '--base-url', baseUrl],
      (error, stdout, stderr) => (error ? fail(new Error(`quote-cards render ${name}: ${stderr || error.message}`)) : done(stdout)),
    ),
  );
}

export function embedSite() {
  let ready;
  let other;
  // Once per run, for the host name of the first request (each engine's page asks for the same).
  const generate = (host, port) => {
    if (ready) return ready;
    other = `http://${host === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${port}/test/embed/site/`;
    ready ??= (async () => {
      rmSync(OUT, { recursive: true, force: true });
      mkdirSync(OUT, { recursive: true });
      const timeline = join(OUT, 'timeline.json');
      writeFileSync(timeline, JSON.stringify(timelineArticle(1000)));
      await Promise.all([
        render('seed', 'src/examples/seed-article.id.json', `${other}seed/`),
        render('timeline', timeline, `${other}timeline/`),
      ]);
    })();
    return ready;
  };
  return {
    name: 'quote-cards-embed-site',
    async serve(context) {
      if (!context.path.startsWith('/test/embed/site/') && context.path !== '/test/embed/snippets.json') return undefined;
      const [host, port] = context.host.split(':');
      await generate(host, port);
      if (context.path === '/test/embed/snippets.json') {
        const read = (path) => JSON.parse(readFileSync(join(OUT, path), 'utf8'));
        return {
          body: JSON.stringify({
            card: read('seed/oembed/quote/q9.json'),
            timeline: read('timeline/oembed/timeline.json'),
            origin: new URL(other).origin,
          }),
          type: 'json',
        };
      }
      const file = resolve(OUT, `.${decodeURIComponent(context.path.slice('/test/embed/site'.length))}`);
      if (!file.startsWith(OUT + sep)) return { body: 'not found', status: 404 };
      try {
        return { body: readFileSync(file, extname(file) === '.png' ? undefined : 'utf8'), type: TYPES[extname(file)] ?? 'text/plain' };
      } catch {
        return { body: 'not found', status: 404 };
      }
    },
  };
}
