// web-test-runner middleware: dynamic routes for the data-path and live tests.
// - /__articles/count/KEY.json: the seed article; /__articles/count/KEY/hits says how many times it was asked for.
// - /__articles/drip/KEY.json: headers, then a byte now and then, never the end; /__articles/drip/KEY/closed says
//   whether the client has closed the connection (an aborted fetch).
// - /__articles/held/KEY.json?lang=LANG: the seed article in LANG (id by default), held back until /__articles/held/KEY/release
//   (at most 20 s), so that a test sees the page while the article is on its way.
// - /__live/KEY/article.json: a live article, with an ETag per version (304 to a request that names the current one).
//   /__live/KEY/next publishes a version with one event more; /__live/KEY/mode/MODE makes the next answers
//   `ok`, `500`, `drop` (the connection closed without an answer), `slow` (answers after 300 ms) or `invalid` (a version whose new event has no date);
//   /__live/KEY/stats tells how the requests were answered (and the most answered at once); /__live/KEY/stream is the same article as Server-Sent
//   Events (each version a message; `drop` closes the open streams).
// - /__blocked/NAME/TOKEN/FILE: dist/FILE, except that the lazy chunk named NAME (see dist/cdn/chunks-*.json)
//   answers 404 the first time this TOKEN asks for it; /__blocked/NAME/TOKEN/page.html is a page using every chunk,
//   /__blocked/NAME/TOKEN/shadow.html a host app holding quote-cards in its shadow root; /__blocked-seen/TOKEN says how
//   many times that chunk was asked for.
import { readFile } from 'node:fs/promises';

const hits = new Map();
const holds = new Map();

/** The hold of KEY: a promise that /__articles/held/KEY/release settles. */
function hold(key) {
  if (!holds.has(key)) {
    let release;
    const released = new Promise((resolve) => {
      release = resolve;
      setTimeout(resolve, 20_000);
    });
    holds.set(key, { released, release });
  }
  return holds.get(key);
}
const closed = new Map();
const served = new Map();
const lives = new Map();

const seed = () => readFile('src/examples/seed-article.id.json', 'utf8').then(JSON.parse);

async function live(key) {
  if (!lives.has(key)) {
    const article = await seed();
    lives.set(key, {
      article,
      version: 1,
      mode: 'ok',
      streams: new Set(),
      stats: { requests: 0, conditional: 0, notModified: 0, ok: 0, failed: 0, inFlight: 0, mostInFlight: 0, preflights: 0 },
    });
  }
  return lives.get(key);
}

function publish(entry) {
  const { article } = entry;
  const n = (article.events?.length ?? 0) + 1;
  const event = {
    id: `live-${entry.version}`,
    date: `2022-10-${String(1 + (n % 27)).padStart(2, '0')}`,
    title: `Pembaruan ${entry.version}`,
  };
  if (entry.mode === 'invalid') delete event.date;
  entry.article = { ...article, events: [...(article.events ?? []), event] };
  entry.version++;
  for (const stream of entry.streams) stream.write(`data: ${JSON.stringify(entry.article)}\n\n`);
}

async function chunkNames() {
  return JSON.parse(await readFile('dist/cdn/chunks-quote-cards.min.js.json', 'utf8'));
}

const page = (token) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <script>
      window.rejections = [];
      addEventListener('unhandledrejection', (event) => rejections.push(String(event.reason)));
    </script>
    <script type="module" src="./quote-cards.min.js"></script>
  </head>
  <body>
    <quote-article src="/src/examples/seed-article.id.json?${token}" theme="dark">
      <quote-card quote-id="q9" share="download copy-text" format="square"></quote-card>
      <article-timeline id="short"></article-timeline>
    </quote-article>
    <quote-article src="/__articles/long.json?${token}">
      <article-timeline id="long"></article-timeline>
    </quote-article>
    <quote-article id="live" src="/__live/${token}/article.json" live interval="0.1"></quote-article>
  </body>
</html>`;

// A host app whose shadow root, attached after the CDN file has run, holds a themed card and a timeline.
const shadowPage = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <script type="module" src="./quote-cards.min.js"></script>
  </head>
  <body>
    <host-app></host-app>
    <script type="module">
      await customElements.whenDefined('quote-card');
      customElements.define('host-app', class extends HTMLElement {
        connectedCallback() {
          this.attachShadow({ mode: 'open' }).innerHTML = \`<div theme="dark"><quote-article src="/src/examples/seed-article.id.json">
            <quote-card quote-id="q9"></quote-card><article-timeline></article-timeline></quote-article></div>\`;
        }
      });
    </script>
  </body>
</html>`;

async function longArticle() {
  const article = await seed();
  const events = Array.from({ length: 600 }, (_, index) => ({
    id: `live-${index}`,
    date: `2022-10-${String(1 + (index % 28)).padStart(2, '0')}`,
    title: `Peristiwa ${index + 1}`,
  }));
  return JSON.stringify({ ...article, events });
}

/** Answers a request for a live article as its mode says (`slow`: the answer comes after 300 ms). */
async function answer(context, entry) {
  const { stats } = entry;
  if (entry.mode === 'slow') await new Promise((resolve) => setTimeout(resolve, 300));
  const etag = `"v${entry.version}"`;
  if (context.get('if-none-match')) stats.conditional++;
  if (entry.mode === 'drop') {
    stats.failed++;
    context.req.socket.destroy();
    context.respond = false;
    return;
  }
  if (entry.mode === '500') {
    stats.failed++;
    context.status = 500;
    context.body = 'down';
    return;
  }
  // Revalidated every time: what a publisher sets for a live JSON file (docs/live-timeline.md).
  context.set('cache-control', 'no-cache');
  context.set('etag', etag);
  if (context.get('if-none-match') === etag) {
    stats.notModified++;
    context.status = 304;
    return;
  }
  stats.ok++;
  context.type = 'json';
  context.body = JSON.stringify(entry.article);
}

/**
 * Keeps the cache-control a route sets: web-test-runner's cacheMiddleware, which runs around this one, marks every
 * path with an extension (`article.json`) cacheable for a year once it is answered, and the browser would then never
 * ask the server again.
 */
function keepCaching(context) {
  const { response } = context;
  const set = response.set.bind(response);
  response.set = (field, value) => (typeof field === 'string' && field.toLowerCase() === 'cache-control') || set(field, value);
}

/** Koa middleware (web-test-runner's `middleware`: it runs before the files are served). */
export async function articleRoutes(context, next) {
  const { path } = context;
  // LOG_ROUTES=1: what the server sees (method, path, conditional headers), to diagnose a test from evidence.
  if (process.env.LOG_ROUTES && /^\/__(articles|live|blocked)/.test(path))
    console.log(
      `[routes] ${context.method} ${context.url} if-none-match=${context.get('if-none-match') || '-'} ${context.get('user-agent').slice(-24)}`,
    );
  await routes(context, next);
  if (/^\/__(articles|live|blocked)/.test(path)) keepCaching(context);
}

async function routes(context, next) {
  const { path } = context;
  let match;
  if ((match = /^\/__articles\/count\/([\w-]+)\.json$/.exec(path))) {
    hits.set(match[1], (hits.get(match[1]) ?? 0) + 1);
    // Not kept by the browser: only a copy kept by the page would not reach the server.
    context.set('cache-control', 'no-store');
    context.type = 'json';
    context.body = await readFile('src/examples/seed-article.id.json', 'utf8');
  } else if ((match = /^\/__articles\/count\/([\w-]+)\/hits$/.exec(path))) {
    context.body = String(hits.get(match[1]) ?? 0);
  } else if ((match = /^\/__articles\/held\/([\w-]+)\.json$/.exec(path))) {
    const lang = ['id', 'en', 'ar'].includes(context.query.lang) ? context.query.lang : 'id';
    await hold(match[1]).released;
    context.set('cache-control', 'no-store');
    context.type = 'json';
    context.body = await readFile(`src/examples/seed-article.${lang}.json`, 'utf8');
  } else if ((match = /^\/__articles\/held\/([\w-]+)\/release$/.exec(path))) {
    hold(match[1]).release();
    context.set('cache-control', 'no-store');
    context.body = 'released';
  } else if ((match = /^\/__articles\/drip\/([\w-]+)\.json$/.exec(path))) {
    const key = match[1];
    closed.set(key, false);
    context.req.socket.setTimeout(0);
    context.respond = false;
    const response = context.res;
    response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    response.write('{');
    const timer = setInterval(() => response.write(' '), 100);
    context.req.on('close', () => {
      clearInterval(timer);
      closed.set(key, true);
    });
  } else if ((match = /^\/__articles\/drip\/([\w-]+)\/closed$/.exec(path))) {
    context.body = String(closed.get(match[1]) ?? 'none');
  } else if (path.startsWith('/__articles/long.json')) {
    context.type = 'json';
    context.body = await longArticle();
  } else if ((match = /^\/__live\/([\w-]+)\/(article\.json|next|stats|stream|mode\/(\w+))$/.exec(path))) {
    const entry = await live(match[1]);
    const action = match[2];
    context.set('cache-control', 'no-store');
    // Read from the other name of the test server's host (localhost / 127.0.0.1): a cross-origin src.
    context.set('access-control-allow-origin', '*');
    if (action === 'next') {
      publish(entry);
      context.body = String(entry.version);
    } else if (match[3]) {
      entry.mode = match[3];
      if (entry.mode === 'drop') for (const stream of entry.streams) stream.destroy();
      context.body = entry.mode;
    } else if (action === 'stats') {
      context.body = entry.stats;
    } else if (action === 'stream') {
      context.req.socket.setTimeout(0);
      context.respond = false;
      const response = context.res;
      if (entry.mode === '500') {
        response.writeHead(500);
        response.end();
        return;
      }
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      response.write(`retry: 50\ndata: ${JSON.stringify(entry.article)}\n\n`);
      entry.streams.add(response);
      context.req.on('close', () => entry.streams.delete(response));
    } else {
      const { stats } = entry;
      if (context.method === 'OPTIONS') {
        stats.preflights++;
        context.status = 204;
        return;
      }
      stats.requests++;
      stats.mostInFlight = Math.max(stats.mostInFlight, ++stats.inFlight);
      try {
        await answer(context, entry);
      } finally {
        stats.inFlight--;
      }
    }
  } else if ((match = /^\/__blocked\/([\w-]+)\/([\w-]+)\/(.+)$/.exec(path))) {
    const [, name, token, file] = match;
    context.set('cache-control', 'no-store');
    if (file === 'page.html' || file === 'shadow.html') {
      context.type = 'html';
      context.body = file === 'page.html' ? page(token) : shadowPage;
      return;
    }
    const chunk = file.startsWith('cdn/') ? (await chunkNames())[file.slice(4)] : undefined;
    if (chunk === name) {
      served.set(token, (served.get(token) ?? 0) + 1);
      if (served.get(token) === 1) {
        context.status = 404;
        return;
      }
    }
    context.type = 'js';
    context.body = await readFile(`dist/${file}`, 'utf8');
  } else if ((match = /^\/__blocked-seen\/([\w-]+)$/.exec(path))) {
    context.set('cache-control', 'no-store');
    context.body = String(served.get(match[1]) ?? 0);
  } else {
    await next();
  }
}
