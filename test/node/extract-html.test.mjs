// Article pages as input (issue 14): extractArticleFromHtml and `quote-cards extract page.html` on
// saved pages in the shapes real CMSs produce (test/extract/pages/, written for these tests), and bad
// input (issues 14 and 19): an empty page, a page with no article, a 5 MB page, binary data, a slow
// pipe. Needs dist/ (npm run build).   node --test test/node/extract-html.test.mjs
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ArticlePageError, extractArticleFromHtml, readArticlePage } from '../../dist/extract.js';
import { validateArticle } from '../../dist/model.js';

const page = (name) => readFileSync(`test/extract/pages/${name}`, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'quote-cards-html-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const cli = (args, input) => spawnSync(process.execPath, ['bin/quote-cards.mjs', ...args], { encoding: 'utf8', timeout: 60_000, input });

/** Each quote as "text — speaker name". */
const said = (article) =>
  article.quotes.map((quote) => `${quote.text} — ${article.speakers.find((speaker) => speaker.id === quote.speaker).name}`);

const PAGES = {
  'wordpress.html': {
    title: 'Harbour council approves ferry terminal after heated vote',
    byline: 'Rachel Donovan',
    publishedAt: '2023-03-14T18:05:00+00:00',
    url: 'https://coastline.example/2023/03/14/harbour-council-ferry-terminal/',
    siteName: 'The Coastline Courier',
    body: ['The Port Ellis harbour council voted 7 to 4 on Tuesday night', 'Construction is expected to start in September'],
    gone: [
      'Skip to content',
      'Read more',
      'Ferry pier closed after storm damage',
      'Share this',
      'Related',
      'Ferry fares rise again',
      'Which century',
      'grandmother',
      'Recent Posts',
      'lighthouse',
      'Newsletter',
      'Photo: Sam Ortiz',
      'historic night',
      'Proudly powered',
      'Subscribe',
      'Leave a Reply',
    ],
    quotes: [
      'We have waited long enough. The old pier is not safe, and every winter we patch it again — Margaret Okafor',
      'Nobody asked the people who actually work on this water. We found out from the newspaper — Tom Brannigan',
    ],
  },
  'newscms-id.html': {
    title: 'Banjir Rendam 5 Kecamatan, BPBD Kerahkan Perahu Karet',
    byline: 'Siti Rahmawati',
    publishedAt: '2023-04-04T10:15:00+07:00',
    url: 'https://www.wartanusantara.example/daerah/d-6612345/banjir-rendam-5-kecamatan-bpbd-kerahkan-perahu-karet',
    siteName: 'Warta Nusantara',
    body: ['Bandung - Banjir merendam lima kecamatan', 'sebanyak 1.250 warga kini mengungsi'],
    gone: [
      'Baca juga',
      'Hujan Deras Diprediksi',
      'Tanggul Citarum',
      'ADVERTISEMENT',
      'SCROLL TO CONTINUE',
      'Airnya naik cepat',
      '(srh/ega)',
      'Berita Terkait',
      'Kami Tidak Punya Pilihan',
      'Terpopuler',
      'Harga Beras',
      'Bagikan',
      'Pedoman Media Siber',
      'Cari berita',
    ],
    quotes: [
      'Kami sudah menurunkan 40 personel gabungan sejak dini hari. Prioritas kami adalah lansia, anak-anak dan warga yang sakit — Rahmat Hidayat',
      'Kami capek, Pak. Setiap hujan kami harus angkat barang ke lantai dua — Ujang Suparman',
      'Jangan kembali ke rumah dulu sebelum ada informasi resmi dari petugas — Dadang Supriatna',
    ],
  },
  'amp.html': {
    title: 'Wildfire forces evacuation of mountain towns',
    byline: 'Luis Ferreira, Dana Whitcomb',
    publishedAt: '2024-08-02T06:40:00-07:00',
    url: 'https://ridgeline.example/news/2024/08/02/wildfire-evacuation',
    siteName: 'Ridgeline Daily',
    body: ['PINE RIDGE, Calif. (AP) — A fast-moving wildfire', "The sheriff's office said two roads"],
    gone: [
      'Advertisement',
      'READ MORE',
      'Experts warn of a long fire season',
      'Related stories',
      'wall of flame',
      'go-bag',
      'Photo: Ridgeline Daily',
      'Weather',
      'Privacy',
    ],
    quotes: [
      'This fire is moving faster than anything we have seen in a decade — Carla Mendes',
      'If you are told to leave, leave. — Carla Mendes',
      "We just grabbed the dog and drove. I don't know if the house is still there — Aaron Pike",
      'a threat to every community on the ridge. — Ellen Marsh',
    ],
  },
  'antara-id.html': {
    title: 'Menkes: Vaksinasi lansia jadi prioritas pekan ini',
    byline: 'Dewi Fajriani',
    publishedAt: '2023-05-10T14:32:00+07:00',
    url: 'https://www.antaranews.example/berita/3512345/menkes-vaksinasi-lansia-jadi-prioritas-pekan-ini',
    siteName: 'ANTARA News',
    body: ['Jakarta (ANTARA) - Menteri Kesehatan Budi Gunadi Sadikin meminta', 'Menurut dia, cakupan vaksinasi lansia'],
    gone: [
      'Baca juga',
      'Kemenkes targetkan',
      'Stok vaksin cukup',
      'Pewarta',
      'Editor: Agus Salim',
      'COPYRIGHT',
      'ANTARA FOTO',
      'Berita Terkait',
      'Kami siap',
      'Terpopuler',
      'Harga cabai',
      'Tags',
      'Hak Cipta',
    ],
    quotes: [
      'Lansia adalah kelompok yang paling rentan. Kami minta setiap puskesmas membuka layanan hingga sore — Budi Gunadi Sadikin',
      'Setiap pekan penundaan berarti ratusan lansia lagi yang berisiko masuk rumah sakit — Hartono Wibowo',
    ],
  },
};

describe('readArticlePage and extractArticleFromHtml on saved news pages', () => {
  for (const [name, expected] of Object.entries(PAGES)) {
    test(`${name}: headline, byline, date, URL and body found, boilerplate left out, quotes extracted`, async () => {
      const html = page(name);
      const read = await readArticlePage(html);
      assert.equal(read.title, expected.title);
      assert.equal(read.byline, expected.byline);
      assert.equal(read.publishedAt, expected.publishedAt);
      assert.equal(read.url, expected.url);
      assert.equal(read.siteName, expected.siteName);
      for (const words of expected.body) assert.ok(read.text.includes(words), `the body has "${words}"`);
      for (const words of expected.gone) assert.ok(!read.text.includes(words), `"${words}" is left out:\n${read.text}`);
      assert.ok(read.text.split('\n\n').length >= 4, 'paragraphs stay apart');

      const article = await extractArticleFromHtml(html);
      assert.ok(validateArticle(article).valid, JSON.stringify(validateArticle(article).problems));
      assert.equal(article.title, expected.title);
      assert.equal(article.publishedAt, expected.publishedAt);
      assert.equal(article.url, expected.url);
      assert.deepEqual(article.publisher, { name: expected.siteName });
      for (const quote of expected.quotes) assert.ok(said(article).includes(quote), `${quote}\nin\n${said(article).join('\n')}`);
      assert.ok(
        said(article).every((quote) => !expected.gone.some((words) => quote.includes(words))),
        'no quote from the boilerplate',
      );
    });
  }

  test('options win over what the page says', async () => {
    const article = await extractArticleFromHtml(page('antara-id.html'), {
      title: 'Lansia dulu',
      publishedAt: '2023-05-11',
      url: 'https://example.org/a',
    });
    assert.equal(article.title, 'Lansia dulu');
    assert.equal(article.publishedAt, '2023-05-11');
    assert.equal(article.url, 'https://example.org/a');
  });

  test('the date resolves "Rabu" and "Selasa (4/4/2023)" in the text', async () => {
    const article = await extractArticleFromHtml(page('newscms-id.html'));
    assert.ok(
      article.events?.some((event) => event.date === '2023-04-04'),
      JSON.stringify(article.events),
    );
  });
});

describe('bad input to the HTML path: a clear error or a result, quickly', () => {
  const rejectsWith = async (html, pattern) => {
    const started = performance.now();
    await assert.rejects(extractArticleFromHtml(html), (error) => error instanceof ArticlePageError && pattern.test(error.message));
    return performance.now() - started;
  };

  test('an empty page, a blank page and a page of bare markup: "the page is empty" or "no article body"', async () => {
    await rejectsWith('', /the page is empty/);
    await rejectsWith(' \n\t ', /the page is empty/);
    await rejectsWith('<!doctype html><html><head></head><body></body></html>', /no article body found/);
  });

  test('a home page with headlines but no article: "no article body found in the page"', async () => {
    await rejectsWith(page('no-article.html'), /no article body found in the page/);
  });

  test('binary data given as a string: an error, not a crash or a hang', async () => {
    const bytes = Buffer.from(Array.from({ length: 200_000 }, (_, k) => (k * 7919 + 13) % 256));
    await rejectsWith(bytes.toString('latin1'), /the page is not text: it holds binary data \(character \d+ is U\+00[01][0-9A-F]\)/);
  });

  test('a 5 MB page (inline scripts, styles, SVG icons and images as data): the article, within a generous bound', async () => {
    const state = `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { stories: Array.from({ length: 14_000 }, (_, k) => ({ id: k, title: `Story ${k} <b>"quoted"</b>`, body: 'x'.repeat(200) })) } })}</script>`;
    const icons = '<svg viewBox="0 0 24 24"><path d="M12 2L2 7l10 5 10-5-10-5z"/><path d="M2 17l10 5 10-5"/></svg>'.repeat(5_000);
    const image = `<img alt="" src="data:image/png;base64,${'iVBORw0KGgo'.repeat(60_000)}">`;
    const styles = `<style>${'.a{color:red}'.repeat(40_000)}</style>`;
    const html = page('wordpress.html')
      .replace('</head>', `${styles}</head>`)
      .replace('<div id="page"', `${icons}${image}<div id="page"`)
      .replace('</body>', `${state}</body>`);
    assert.ok(html.length > 5_000_000, `${html.length}`);
    const started = performance.now();
    const article = await extractArticleFromHtml(html);
    const ms = performance.now() - started;
    assert.ok(said(article).includes(PAGES['wordpress.html'].quotes[0]), said(article).join('\n'));
    assert.ok(ms < 10_000, `${ms.toFixed(0)} ms`);
  });

  test('a 5 MB page of 250,000 elements: refused at once, saying why', async () => {
    const html = page('wordpress.html').replace(
      '<aside id="secondary"',
      `<aside id="archive">${'<ul><li><a href="/a">An older story in the archive</a></li></ul>\n'.repeat(85_000)}</aside><aside id="secondary"`,
    );
    assert.ok(html.length > 5_000_000);
    const ms = await rejectsWith(html, /the page has 255\d{3} elements, more than the 60000 an article page has/);
    assert.ok(ms < 10_000, `${ms.toFixed(0)} ms`);
  });

  test('an article of many lines parted by single line breaks: 4 times the lines take less than 8 times as long', async () => {
    const read = async (count) => {
      const lines = Array.from({ length: count }, (_, k) => `Baris ${k} dari laporan panjang tentang banjir di kota ini.`).join('<br>');
      const started = performance.now();
      const found = await readArticlePage(
        `<!doctype html><html><body><article><h1>Laporan</h1><div>${lines}</div></article></body></html>`,
      );
      assert.ok(found.text.includes(`Baris ${count - 1} dari laporan`));
      return performance.now() - started;
    };
    const small = await read(2_500);
    const large = await read(10_000);
    assert.ok(large < 8 * small + 500, `2,500 lines in ${small.toFixed(0)} ms, 10,000 in ${large.toFixed(0)} ms`);
  });

  test('a page over 8 MB: refused with its size', async () => {
    await rejectsWith(`<html><body><p>${'a'.repeat(9 * 1024 * 1024)}</p></body></html>`, /the page is 9\.0 MB, more than the 8 MB/);
  });
});

describe('quote-cards extract with pages and bad input', () => {
  test('extract page.html prints the article JSON and names what it read on stderr', () => {
    const run = cli(['extract', 'test/extract/pages/newscms-id.html']);
    assert.equal(run.status, 0, run.stderr);
    const article = JSON.parse(run.stdout);
    assert.equal(article.title, PAGES['newscms-id.html'].title);
    assert.equal(article.publishedAt, '2023-04-04T10:15:00+07:00');
    assert.match(
      run.stderr,
      /read as an HTML page: "Banjir Rendam 5 Kecamatan, BPBD Kerahkan Perahu Karet", by Siti Rahmawati, published 2023-04-04T10:15:00\+07:00/,
    );
  });

  test('a page piped in is recognised as HTML', () => {
    const run = cli(['extract'], page('amp.html'));
    assert.equal(run.status, 0, run.stderr);
    assert.equal(JSON.parse(run.stdout).title, PAGES['amp.html'].title);
  });

  test('a page with no article, an empty file and binary data fail with exit 1 and say why', () => {
    const noArticle = cli(['extract', 'test/extract/pages/no-article.html']);
    assert.equal(noArticle.status, 1);
    assert.equal(noArticle.stderr, 'quote-cards: test/extract/pages/no-article.html: no article body found in the page\n');
    const empty = join(dir, 'empty.html');
    writeFileSync(empty, '');
    assert.match(cli(['extract', empty]).stderr, /the input is empty/);
    const png = join(dir, 'image.png');
    writeFileSync(png, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.alloc(5000, 7)]));
    const binary = cli(['extract', png]);
    assert.equal(binary.status, 1);
    assert.match(binary.stderr, /image\.png is not text: it looks like binary data \(a NUL byte at byte 8\)/);
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from('"Caf\xe9 ferm\xe9," kata Budi.', 'latin1'));
    assert.match(cli(['extract', latin1]).stderr, /latin1\.txt is not UTF-8 text/);
  });

  test('a pipe that delivers its text late is waited for (issue 19: it failed with EAGAIN)', async () => {
    const file = join(dir, 'late.txt');
    writeFileSync(file, '"Kami siap," kata Budi Santoso, Rabu (26/10).');
    const run = await new Promise((resolve) => {
      const child = spawn('sh', ['-c', `(sleep 1; cat '${file}') | '${process.execPath}' bin/quote-cards.mjs extract`], {
        timeout: 60_000,
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(JSON.parse(run.stdout).quotes[0].text, 'Kami siap');
  });
});
