// `quote-cards serve` (issue 17): pages, embeds, oEmbed and images on request, with ETags and
// cache headers; images rendered once and kept on disk, so a restarted server renders nothing
// again; bad requests get a short 4xx, never a stack trace or a file outside its folder.
// Needs dist/ (npm run build) and Chromium.   node --test test/node/serve.test.mjs
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';

const SEED = JSON.parse(readFileSync('src/examples/seed-article.id.json', 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'quote-cards-serve-'));
const articles = join(dir, 'articles');
const cache = join(dir, 'cache');
const running = new Set();
after(() => {
  for (const child of running) child.kill();
  rmSync(dir, { recursive: true, force: true });
});

/** Starts `quote-cards serve` on a free port; resolves to its base URL and the article's URL. */
async function serve(source) {
  const child = spawn(process.execPath, ['bin/quote-cards.mjs', 'serve', source, '--port', '0', '--cache', cache], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  await new Promise((resolve, reject) => {
    child.stdout.on('data', () => /\n {2}http/.test(output) && resolve());
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${output}`)));
  });
  const origin = output.match(/on (http:\/\/127\.0\.0\.1:\d+\/)/)[1];
  const sites = [...output.matchAll(/^ {2}(http\S+)$/gm)].map((match) => match[1]);
  return { child, origin, sites, output: () => output };
}
const stop = (child) => new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM'), running.delete(child)));

describe('quote-cards serve', () => {
  let server;
  let site;

  test('a folder of articles: one site each, the invalid and broken ones skipped with a message', async () => {
    const { mkdirSync } = await import('node:fs');
    mkdirSync(articles);
    writeFileSync(join(articles, 'seed.json'), JSON.stringify(SEED));
    writeFileSync(join(articles, 'other.json'), JSON.stringify({ ...SEED, id: 'other-article' }));
    writeFileSync(join(articles, 'broken.json'), '{"version":');
    server = await serve(articles);
    assert.equal(server.sites.length, 2);
    assert.match(server.output(), /skipped .*broken\.json/);
    site = server.sites.find((url) => !url.includes('other-article'));
  });

  test('pages, embeds, oEmbed documents and the resizer, with ETags and cache headers; a matching ETag gets 304', async () => {
    for (const path of [
      'q1.html',
      'embed/quote/q1.html',
      'embed/quote/q1.html?theme=dark&background=theme&variant=compact',
      'embed/speaker/putin.html',
      'embed/timeline.html',
      'oembed/quote/q1.json',
      'embed/resize.js',
    ]) {
      const response = await fetch(`${site}${path}`);
      assert.equal(response.status, 200, path);
      assert.match(response.headers.get('cache-control'), /public, max-age=\d+/, path);
      const etag = response.headers.get('etag');
      assert.match(etag, /^"[\w-]+"$/);
      const again = await fetch(`${site}${path}`, { headers: { 'if-none-match': etag } });
      assert.equal(again.status, 304, path);
    }
    const dark = await (await fetch(`${site}embed/quote/q1.html?theme=dark`)).text();
    assert.match(dark, /<quote-article\s+theme="dark"/);
  });

  test('/oembed?url= answers for its own pages only', async () => {
    const response = await fetch(`${server.origin}oembed?url=${encodeURIComponent(`${site}q9.html`)}&format=json&maxwidth=400`);
    assert.equal(response.status, 200);
    const doc = await response.json();
    assert.equal(doc.type, 'rich');
    assert.equal(doc.width, 400);
    assert.match(doc.html, new RegExp(`src="${site}embed/quote/q9\\.html"`));
    assert.match(doc.thumbnail_url, new RegExp(`^${site}q9\\.png\\?v=[0-9a-f]+$`));
    const timeline = await (await fetch(`${server.origin}oembed?url=${encodeURIComponent(`${site}embed/timeline.html`)}`)).json();
    assert.match(timeline.html, /embed\/timeline\.html/);
  });

  test('bad requests: a clear 4xx in plain text, no stack trace, no file from outside', async () => {
    const cases = [
      ['q99.html', 404],
      ['embed/quote/q99.html', 404],
      ['embed/speaker/nobody.html', 404],
      ['embed/quote/q1.html?theme=neon', 400],
      ['embed/quote/q1.html?onload=x', 400],
      ['q1.html?theme=dark', 400],
      ['%2e%2e/%2e%2e/package.json', 404], // fetch makes it ../../package.json, outside any site
      ['..%2f..%2fpackage.json', 400],
      ['%E0%A4%A', 400],
    ];
    for (const [path, status] of cases) {
      const response = await fetch(`${site}${path}`);
      const body = await response.text();
      assert.equal(response.status, status, `${path}: ${body}`);
      assert.match(response.headers.get('content-type'), /^text\/plain/);
      assert.doesNotMatch(body, /\bat \w|node:|\/work\/|"name": "quote-cards"/, path);
    }
    for (const [url, status] of [
      ['https://evil.example/q1.html', 404],
      [`${site}q99.html`, 404],
      ['not a url', 400],
      [`${site}q1.html&format=xml`, 404],
    ]) {
      const response = await fetch(`${server.origin}oembed?url=${encodeURIComponent(url)}`);
      assert.equal(response.status, status, url);
    }
    assert.equal((await fetch(`${server.origin}oembed?url=${encodeURIComponent(`${site}q1.html`)}&format=xml`)).status, 501);
    assert.equal((await fetch(`${server.origin}oembed`)).status, 400);
    assert.equal((await fetch(`${site}q1.html`, { method: 'POST' })).status, 405);
    // A raw path with dot segments (fetch would normalise it away).
    const { request } = await import('node:http');
    const raw = await new Promise((resolve) =>
      request(`${server.origin}../../../etc/passwd`, { path: '/../../../etc/passwd' }, resolve).end(),
    );
    assert.equal(raw.statusCode, 404);
  });

  test(
    'an image is rendered once, kept on disk, and a restarted server serves it without rendering it again',
    { timeout: 180_000 },
    async () => {
      const first = await fetch(`${site}q9.png`);
      assert.equal(first.status, 200, await first.clone().text());
      assert.equal(first.headers.get('content-type'), 'image/png');
      const png = Buffer.from(await first.arrayBuffer());
      assert.equal(png.readUInt32BE(16), 1200);
      const cached = readdirSync(cache).filter((name) => name.endsWith('.png'));
      assert.equal(cached.length, 1);
      // The page's og:image names the image's inputs: that URL can be cached for good.
      const page = await (await fetch(`${site}q9.html`)).text();
      const versioned = page.match(/property="og:image" content="([^"]+)"/)[1];
      assert.match(versioned, /q9\.png\?v=/);
      const immutable = await fetch(versioned);
      assert.match(immutable.headers.get('cache-control'), /max-age=31536000, immutable/);

      await stop(server.child);
      // The cached file is the only copy of the image: a server that rendered it again would need a browser; make it fail if it tries.
      const restarted = await (async () => {
        const child = spawn(process.execPath, ['bin/quote-cards.mjs', 'serve', articles, '--port', '0', '--cache', cache], {
          stdio: ['ignore', 'pipe', 'pipe'],
          env: { ...process.env, CHROME_PATH: '/nonexistent', PATH: '/nonexistent' },
        });
        running.add(child);
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        await new Promise((resolve) => child.stdout.on('data', () => /\n {2}http/.test(output) && resolve()));
        return { child, sites: [...output.matchAll(/^ {2}(http\S+)$/gm)].map((match) => match[1]) };
      })();
      const again = await fetch(`${restarted.sites.find((url) => !url.includes('other-article'))}q9.png`);
      assert.equal(again.status, 200);
      assert.deepEqual(Buffer.from(await again.arrayBuffer()), png);
      await stop(restarted.child);
    },
  );
});
