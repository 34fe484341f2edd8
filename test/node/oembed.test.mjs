// oEmbed (issue 17): every page `quote-cards render` writes has an oEmbed discovery link, and its
// document follows the oEmbed 1.0 spec (https://oembed.com/, sections 2.3 and 4); a real oEmbed
// client from npm (unfurl.js), as a CMS uses one, turns a pasted page URL into the embed: discovery
// from the page, then the JSON. Served on 127.0.0.1. Needs dist/ (npm run build).
//   node --test test/node/oembed.test.mjs
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { unfurl } from 'unfurl.js';

const SEED = JSON.parse(readFileSync('src/examples/seed-article.id.json', 'utf8'));
const out = mkdtempSync(join(tmpdir(), 'quote-cards-oembed-'));
const TYPES = { '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.js': 'text/javascript', '.png': 'image/png' };
let server;
let base;

before(async () => {
  server = createServer((request, response) => {
    const file = resolve(out, `.${decodeURIComponent(new URL(request.url, 'http://x').pathname)}`);
    try {
      if (!file.startsWith(out + sep)) throw new Error('outside');
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${server.address().port}/news/`;
  const run = spawnSync(
    process.execPath,
    ['bin/quote-cards.mjs', 'render', 'src/examples/seed-article.id.json', '--out', join(out, 'news'), '--pages-only', '--base-url', base],
    { encoding: 'utf8' },
  );
  assert.equal(run.status, 0, run.stderr);
});
after(() => {
  server?.close();
  rmSync(out, { recursive: true, force: true });
});

/** Checks a document against the oEmbed 1.0 spec's response parameters (section 2.3.4) for a `rich` embed. */
function assertOembedRich(doc, where) {
  assert.equal(doc.version, '1.0', `${where}: version`);
  assert.equal(doc.type, 'rich', `${where}: type`);
  assert.equal(typeof doc.html, 'string', `${where}: html is required for rich`);
  for (const key of ['width', 'height'])
    assert.ok(Number.isInteger(doc[key]) && doc[key] > 0, `${where}: ${key} is a required positive integer`);
  const thumbnail = ['thumbnail_url', 'thumbnail_width', 'thumbnail_height'].filter((key) => key in doc);
  assert.ok(thumbnail.length === 0 || thumbnail.length === 3, `${where}: the thumbnail parameters come all three or none`);
  if (doc.thumbnail_url) assert.ok(Number.isInteger(doc.thumbnail_width) && Number.isInteger(doc.thumbnail_height));
  for (const key of ['title', 'author_name', 'provider_name']) if (key in doc) assert.equal(typeof doc[key], 'string', `${where}: ${key}`);
  for (const key of ['author_url', 'provider_url', 'thumbnail_url'])
    if (key in doc) assert.match(new URL(doc[key]).protocol, /^https?:$/, `${where}: ${key} is absolute`);
  if ('cache_age' in doc) assert.ok(Number.isInteger(doc.cache_age) && doc.cache_age >= 0);
  const allowed = new Set([
    'version',
    'type',
    'title',
    'author_name',
    'author_url',
    'provider_name',
    'provider_url',
    'cache_age',
    'thumbnail_url',
    'thumbnail_width',
    'thumbnail_height',
    'html',
    'width',
    'height',
  ]);
  for (const key of Object.keys(doc)) assert.ok(allowed.has(key), `${where}: ${key} is not an oEmbed parameter`);
  // The html: an iframe (no other markup than it and the resizer script), absolute URLs on the provider's site.
  const frame = doc.html.match(
    /^<iframe data-quote-cards src="([^"]+)" title="([^"]+)" loading="lazy" width="(\d+)" height="(\d+)"[^>]*><\/iframe>\n<script async src="([^"]+)"><\/script>$/,
  );
  assert.ok(frame, `${where}: html is the snippet: ${doc.html}`);
  assert.ok(frame[1].startsWith(base) && frame[5].startsWith(base), `${where}: the iframe and the resizer are on the provider's site`);
  assert.equal(Number(frame[4]), doc.height);
}

/** The discovery links of a page (section 4): <link rel="alternate" type="application/json+oembed" href title> in the head. */
function discoveryLinks(html) {
  const head = html.slice(0, html.indexOf('</head>'));
  return [...head.matchAll(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="([^"]*)" \/>/g)].map(
    (match) => match[1],
  );
}

describe('oEmbed', () => {
  const pages = [
    ...SEED.quotes.map((quote) => [`${quote.id}.html`, `oembed/quote/${quote.id}.json`]),
    ...SEED.quotes.map((quote) => [`embed/quote/${quote.id}.html`, `oembed/quote/${quote.id}.json`]),
    ...SEED.speakers.map((speaker) => [`embed/speaker/${speaker.id}.html`, `oembed/speaker/${speaker.id}.json`]),
    ['embed/timeline.html', 'oembed/timeline.json'],
  ];

  test('every page has one discovery link, to an oEmbed 1.0 rich document that follows the spec', async () => {
    for (const [page, json] of pages) {
      const html = await (await fetch(`${base}${page}`)).text();
      assert.deepEqual(discoveryLinks(html), [`${base}${json}`], page);
      const response = await fetch(`${base}${json}`);
      assert.equal(response.status, 200);
      assertOembedRich(await response.json(), json);
    }
  });

  test('a quote: title, author, provider and its Open Graph image as thumbnail', async () => {
    const doc = await (await fetch(`${base}oembed/quote/q9.json`)).json();
    const speaker = SEED.speakers.find((candidate) => candidate.id === SEED.quotes.find((quote) => quote.id === 'q9').speaker);
    assert.equal(doc.author_name, speaker.name);
    assert.match(doc.title, new RegExp(`^${speaker.name}: “`));
    assert.equal(doc.provider_name, '127.0.0.1:' + new URL(base).port);
    assert.equal(doc.thumbnail_url, `${base}q9.png`);
    assert.equal(doc.thumbnail_width, 1200);
    assert.equal(doc.thumbnail_height, 630);
  });

  test('a real oEmbed client (unfurl.js) discovers the embed from the page URL a publisher pastes', async () => {
    for (const page of ['q9.html', 'embed/timeline.html', `embed/speaker/${SEED.speakers[0].id}.html`]) {
      const result = await unfurl(`${base}${page}`, { oembed: true, timeout: 10_000 });
      const doc = result.oEmbed;
      assert.ok(doc, `${page}: no oEmbed found by discovery`);
      assert.equal(doc.type, 'rich');
      assert.equal(doc.version, '1.0');
      assert.match(doc.html, /^<iframe data-quote-cards src="http:\/\/127\.0\.0\.1:\d+\/news\/embed\//);
      assert.ok(doc.width > 0 && doc.height > 0);
      assert.ok(doc.title.length > 0);
      assert.ok(doc.provider_name.length > 0);
    }
    const quote = await unfurl(`${base}q9.html`, { oembed: true });
    assert.equal(quote.oEmbed.thumbnails?.[0]?.url ?? quote.oEmbed.thumbnail_url, `${base}q9.png`);
    const q9 = SEED.quotes.find((candidate) => candidate.id === 'q9');
    assert.equal(quote.oEmbed.author_name, SEED.speakers.find((speaker) => speaker.id === q9.speaker).name);
  });
});
