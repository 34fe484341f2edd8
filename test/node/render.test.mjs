// `quote-cards render`: a page and an Open Graph image per quote of the seed article. Needs dist/
// (npm run build) and Chromium (test/support/chromium.mjs finds it, as the CLI does).
//   node --test test/node/render.test.mjs
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { fetchPublicImage, isPublicAddress, RefusedRequest } from '../../bin/lib/net-guard.mjs';
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions } from '../support/chromium.mjs';

const SEED_FILE = 'src/examples/seed-article.id.json';
const SEED = JSON.parse(readFileSync(SEED_FILE, 'utf8'));
const BASE = 'https://news.example/quotes/';
const out = mkdtempSync(join(tmpdir(), 'quote-cards-render-'));
after(() => rmSync(out, { recursive: true, force: true }));

const cli = (args) => spawnSync(process.execPath, ['bin/quote-cards.mjs', ...args], { encoding: 'utf8', timeout: 170_000 });

/** The content of each <meta property|name="…">, by name. */
function metaOf(html) {
  const meta = {};
  for (const [, name, content] of html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)" \/>/g)) meta[name] = decode(content);
  return meta;
}
const decode = (text) => text.replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code))).replace(/&amp;/g, '&');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file) {
  const header = readFileSync(file).subarray(0, 24);
  assert.equal(header.toString('latin1', 1, 4), 'PNG', `${file} is not a PNG`);
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

describe('quote-cards render', () => {
  let run;
  before(() => {
    run = cli(['render', SEED_FILE, '--out', out, '--base-url', BASE]);
  });

  test('writes a page and a PNG for every quote, with plain progress lines and a summary', () => {
    assert.equal(run.status, 0, run.stderr);
    const files = readdirSync(out)
      .filter((name) => /\.(html|png)$/.test(name))
      .sort();
    assert.deepEqual(files, SEED.quotes.flatMap((quote) => [`${quote.id}.html`, `${quote.id}.png`]).sort());
    assert.deepEqual(
      readdirSync(out)
        .filter((name) => !/\.(html|png)$/.test(name))
        .sort(),
      ['.quote-cards-manifest.json', 'embed', 'oembed'],
    );
    // Not a terminal here: one line per quote, no bar.
    assert.equal(run.stderr.trim().split('\n').length, SEED.quotes.length);
    // Images are drawn in parallel pages: lines count up in order, each quote once, in the order they finish.
    const lines = run.stderr.trim().split('\n');
    lines.forEach((line, index) => assert.match(line, new RegExp(`^\\[${index + 1}/10\\] q\\d+\\.html, q\\d+\\.png$`)));
    assert.deepEqual(lines.map((line) => line.match(/ (q\d+)\.html/)[1]).sort(), SEED.quotes.map((quote) => quote.id).sort());
    assert.match(run.stdout, /^10 pages, 15 embeds and 10 Open Graph images \(1200×630\) in [\d.]+ s, [\d.]+ images\/s: /m);
  });

  test('every page has valid JSON-LD for its quote, and Open Graph and Twitter tags pointing at its 1200×630 PNG', () => {
    for (const quote of SEED.quotes) {
      const html = readFileSync(join(out, `${quote.id}.html`), 'utf8');
      const scripts = [...html.matchAll(/<script type="application\/ld\+json" data-quote-cards>([^]*?)<\/script/g)];
      assert.equal(scripts.length, 1, `${quote.id}: one JSON-LD script`);
      const data = JSON.parse(scripts[0][1]);
      assert.equal(data['@context'], 'https://schema.org');
      assert.equal(data['@type'], 'Quotation');
      assert.equal(data.text, quote.text);
      const speaker = SEED.speakers.find((candidate) => candidate.id === quote.speaker);
      assert.equal(data.creator['@type'], speaker.kind === 'organization' ? 'Organization' : 'Person');
      assert.equal(data.creator.name, speaker.name);
      assert.equal(data.isPartOf.headline, SEED.title);

      const meta = metaOf(html);
      assert.equal(meta['og:type'], 'article');
      assert.equal(meta['og:url'], `${BASE}${quote.id}.html`);
      assert.ok(meta['og:title'].startsWith(`${speaker.name}: “`), meta['og:title']);
      assert.ok(meta['og:description'].length > 0);
      assert.equal(meta['og:image'], `${BASE}${quote.id}.png`);
      assert.equal(meta['og:image:width'], '1200');
      assert.equal(meta['og:image:height'], '630');
      assert.equal(meta['twitter:card'], 'summary_large_image');
      assert.equal(meta['twitter:image'], meta['og:image']);
      const png = join(out, meta['og:image'].slice(BASE.length));
      assert.ok(existsSync(png), `${png} is missing`);
      assert.deepEqual(pngSize(png), { width: 1200, height: 630 });
    }
  });

  test(
    'a page shows its card with JavaScript disabled (declarative shadow DOM), and the PNG is the card',
    { timeout: 60_000 },
    async () => {
      const browser = await puppeteer.launch(await chromiumLaunchOptions());
      try {
        const page = await browser.newPage();
        await page.setJavaScriptEnabled(false);
        await page.setViewport({ width: 800, height: 900 });
        await page.goto(pathToFileURL(join(out, 'q9.html')).href, { waitUntil: 'load' });
        const shown = await page.evaluate(() => {
          const card = document.querySelector('quote-card');
          const figure = card?.shadowRoot?.querySelector('figure');
          const rect = figure?.getBoundingClientRect();
          return {
            defined: Boolean(customElements.get('quote-card')),
            text: figure?.innerText.replace(/\s+/g, ' '),
            width: rect?.width,
            height: rect?.height,
          };
        });
        assert.equal(shown.defined, false, 'no script ran');
        assert.match(shown.text, /Di bawah kepemimpinan Vladimir Putin, sebuah sesi pelatihan/);
        assert.match(shown.text, /Kremlin/);
        assert.ok(shown.width > 300 && shown.height > 150, `the card is laid out: ${shown.width}×${shown.height}`);

        // The image: the same words, drawn (a non-blank PNG, of a size only a real picture has).
        const image = await browser.newPage();
        await image.setContent(`<img src="data:image/png;base64,${readFileSync(join(out, 'q9.png')).toString('base64')}">`);
        const pixels = await image.evaluate(async () => {
          const img = document.querySelector('img');
          await img.decode();
          const canvas = Object.assign(document.createElement('canvas'), { width: img.naturalWidth, height: img.naturalHeight });
          const context = canvas.getContext('2d');
          context.drawImage(img, 0, 0);
          const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
          let dark = 0;
          for (let k = 0; k < data.length; k += 4) if (data[k] + data[k + 1] + data[k + 2] < 300) dark += 1;
          return { dark, total: data.length / 4 };
        });
        assert.ok(pixels.dark > pixels.total * 0.01, `${pixels.dark} dark pixels: text is drawn`);
      } finally {
        await browser.close();
      }
    },
  );

  test('an invalid article: every problem with its JSON path, exit 1, nothing written', () => {
    const broken = structuredClone(SEED);
    delete broken.speakers[0].name;
    broken.quotes[3].speaker = 'putn';
    const dir = mkdtempSync(join(tmpdir(), 'quote-cards-broken-'));
    try {
      const file = join(dir, 'broken.json');
      writeFileSync(file, JSON.stringify(broken));
      const result = cli(['render', file, '--out', join(dir, 'out'), '--pages-only']);
      assert.equal(result.status, 1);
      assert.match(result.stdout, /^speakers\[0\]\.name: is required$/m);
      assert.match(result.stdout, /^quotes\[3\]\.speaker: "putn" is not the id of any speaker$/m);
      assert.equal(existsSync(join(dir, 'out')), false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('--pages-only writes the pages without a browser; without --base-url og:image is relative', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quote-cards-pages-'));
    try {
      const result = cli(['render', SEED_FILE, '--out', dir, '--pages-only']);
      assert.equal(result.status, 0, result.stderr);
      assert.equal(readdirSync(dir).filter((file) => file.endsWith('.png')).length, 0);
      const meta = metaOf(readFileSync(join(dir, 'q1.html'), 'utf8'));
      assert.equal(meta['og:image'], 'q1.png');
      assert.equal(meta['og:url'], undefined);
      assert.match(result.stdout, /without --base-url/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('quote-cards render: images of an archive', () => {
  test('a re-run over the unchanged article renders no image; a changed quote renders its own image only', { timeout: 170_000 }, () => {
    const again = cli(['render', SEED_FILE, '--out', out, '--base-url', BASE]);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /and 0 Open Graph images .*\(10 unchanged images skipped\)/);
    const dir = mkdtempSync(join(tmpdir(), 'quote-cards-changed-'));
    try {
      const changed = structuredClone(SEED);
      changed.quotes[4].text = 'A quote that changed';
      const file = join(dir, 'changed.json');
      writeFileSync(file, JSON.stringify(changed));
      const before = readFileSync(join(out, 'q5.png'));
      const run = cli(['render', file, '--out', out, '--base-url', BASE]);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /and 1 Open Graph image .*\(9 unchanged images skipped\)/);
      assert.notDeepEqual(readFileSync(join(out, 'q5.png')), before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('quote-cards render: what the image renderer fetches', () => {
  test(
    'no request reaches a private address; an image URL with a broken escape does not crash the batch',
    { timeout: 170_000 },
    async () => {
      const requests = [];
      const server = createServer((request, response) => {
        requests.push(request.url);
        response
          .writeHead(200, { 'content-type': 'image/svg+xml' })
          .end('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
      });
      await new Promise((done) => server.listen(0, '127.0.0.1', done));
      const { port } = server.address();
      const dir = mkdtempSync(join(tmpdir(), 'quote-cards-ssrf-'));
      try {
        const article = structuredClone(SEED);
        article.events = [];
        article.quotes = article.quotes.slice(0, 4);
        const images = [
          `http://127.0.0.1:${port}/portrait.png`,
          `http://localhost:${port}/portrait.png`,
          'http://quote-cards.invalid/%E0%A4%A',
          'http://host/%',
        ];
        for (const [k, speaker] of article.speakers.entries()) speaker.image = images[k % images.length];
        article.publisher = { name: 'Local', logo: `http://127.0.0.1:${port}/logo.png` };
        const file = join(dir, 'article.json');
        writeFileSync(file, JSON.stringify(article));
        const run = await new Promise((done) => {
          import('node:child_process').then(({ execFile }) =>
            execFile(
              process.execPath,
              ['bin/quote-cards.mjs', 'render', file, '--out', join(dir, 'out')],
              { encoding: 'utf8', timeout: 160_000 },
              (error, stdout, stderr) => done({ status: error ? (error.code ?? 1) : 0, stdout, stderr }),
            ),
          );
        });
        assert.equal(run.status, 0, run.stderr);
        assert.equal(readdirSync(join(dir, 'out')).filter((name) => name.endsWith('.png')).length, 4, 'every image is written');
        assert.deepEqual(requests, [], 'the local server was asked for nothing');
        assert.match(run.stderr, /Not fetched \(not a public http\(s\) image\)/);
      } finally {
        server.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  test('public addresses only: loopback, private, link-local, metadata, mapped and reserved ones are refused', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '255.255.255.255',
      '::1',
      '::',
      'fe80::1',
      'fc00::1',
      'fd12::1',
      '::ffff:127.0.0.1',
      '64:ff9b::7f00:1',
      '2002:7f00:1::1',
      '2001:db8::1',
      'not an address',
    ]) {
      assert.equal(isPublicAddress(address), false, address);
    }
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111']) assert.equal(isPublicAddress(address), true, address);
  });

  test('the fetch refuses private hosts by address and by DNS answer, other schemes, and credentials', async () => {
    for (const url of [
      'http://127.0.0.1:9/a.png',
      'http://[::1]:9/a.png',
      'http://localhost:9/a.png',
      'file:///etc/passwd',
      'ftp://example.com/a.png',
      'http://user:pass@example.com/a.png',
    ]) {
      await assert.rejects(fetchPublicImage(url), RefusedRequest, url);
    }
    const privateAnswer = (hostname, options, callback) => callback(null, [{ address: '10.0.0.5', family: 4 }]);
    await assert.rejects(
      fetchPublicImage('http://portrait.example/a.png', { resolve: privateAnswer }),
      /resolves to 10\.0\.0\.5, not a public address/,
    );
  });
});
