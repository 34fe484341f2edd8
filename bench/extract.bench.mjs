// Times extractArticle (dist/extract.js; run `npm run build` first) on a generated article of
// about 1,000 words: the median of 50 runs after a warm-up of 200 (V8 needs about 100 calls to
// optimise the hot code; the first, cold call is printed too). The goal is under 5 ms.
// Then, apart, the HTML path: readArticlePage (parsing the page with linkedom and Readability) on the
// saved pages of test/extract/pages/ and on a page of typical weight (one of them inside 2,000
// elements of menus and link lists), median of 20 runs after 5.
//   node bench/extract.bench.mjs
import { performance } from 'node:perf_hooks';
import { readdirSync, readFileSync } from 'node:fs';
import { extractArticle, readArticlePage } from '../dist/extract.js';

const GOAL_MS = 5;
const RUNS = 50;

/** A wire-style story: names with titles, quotes after and before their cues, pronouns, a fragment, dates. */
function generateArticle(targetWords) {
  const people = [
    ['Menteri Pertahanan Rusia', 'Sergei Shoigu'],
    ['Juru bicara KPK,', 'Fikri Ramadhan,'],
    ['Gubernur Nusa Tenggara Timur,', 'Yosef Bria,'],
    ['Kepala Pelaksana BPBD DKI Jakarta,', 'Rahmat Hidayat,'],
  ];
  const paragraphs = ['Sekjen NATO Yakin Perang Berakhir di Meja Negosiasi'];
  let words = 0;
  for (let n = 0; words < targetWords; n++) {
    const [title, name] = people[n % people.length];
    const surname = name.replace(/,$/, '').split(' ').pop();
    const batch = [
      `${title} ${name} mengatakan pada hari Rabu (26/10) bahwa pemerintah akan terus memantau situasi di lapangan dan menyiapkan bantuan bagi warga yang terdampak di ${n + 3} kecamatan.`,
      `"Kami sudah menurunkan ${n + 40} personel gabungan sejak dini hari. Prioritas kami adalah lansia, anak-anak dan warga yang sakit," kata ${surname} di Jakarta, Selasa (4/4/2023).`,
      `Ia menambahkan, situasi mulai membaik. Namun, warga diminta tetap waspada karena hujan diperkirakan masih turun hingga akhir pekan, seperti dikutip dari Antara.`,
      `"Jangan kembali ke rumah dulu sebelum ada informasi resmi dari petugas," ujarnya. Ia menyebut keputusan itu "berbahaya, sembrono dan tidak bertanggung jawab".`,
    ];
    for (const paragraph of batch) {
      paragraphs.push(paragraph);
      words += paragraph.split(/\s+/).length;
    }
  }
  return paragraphs.join('\n\n');
}

const text = generateArticle(1000);
const wordCount = text.split(/\s+/).length;
const options = { publishedAt: '2022-10-27' };

let start = performance.now();
extractArticle(text, options);
const cold = performance.now() - start;
for (let k = 0; k < 200; k++) extractArticle(text, options); // warm-up
const times = [];
let article;
for (let k = 0; k < RUNS; k++) {
  start = performance.now();
  article = extractArticle(text, options);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const median = (times[RUNS / 2 - 1] + times[RUNS / 2]) / 2;
console.log(
  `extractArticle: ${wordCount} words, ${article.quotes.length} quotes, ${article.speakers.length} speakers: ` +
    `median ${median.toFixed(2)} ms of ${RUNS} runs (min ${times[0].toFixed(2)}, max ${times[RUNS - 1].toFixed(2)}; ` +
    `first, cold call ${cold.toFixed(1)} ms); goal < ${GOAL_MS} ms`,
);
if (median >= GOAL_MS) process.exitCode = 1;

// The HTML path, reported apart: parsing a page is not extraction.
const PAGES = new URL('../test/extract/pages/', import.meta.url);
const pages = readdirSync(PAGES)
  .filter((name) => name.endsWith('.html') && name !== 'no-article.html')
  .map((name) => [name, readFileSync(new URL(name, PAGES), 'utf8')]);
const chrome = Array.from(
  { length: 250 },
  (_, k) => `<li class="menu-item"><a href="/section/${k}">Section ${k}</a><ul><li><a href="/s/${k}/a">More</a></li></ul></li>`,
).join('');
const related = Array.from(
  { length: 150 },
  (_, k) =>
    `<article class="teaser"><a href="/story/${k}"><img src="/i/${k}.jpg" alt=""><h3>Story number ${k} in the list of related stories</h3></a></article>`,
).join('');
const typical = pages
  .find(([name]) => name === 'newscms-id.html')[1]
  .replace('<nav class="navbar">', `<nav class="megamenu"><ul>${chrome}</ul></nav><nav class="navbar">`)
  .replace('<aside class="column-4">', `<aside class="column-4">${related}`);
pages.push(['typical (newscms-id.html in 2,000 elements of chrome)', typical]);
start = performance.now();
await readArticlePage(pages[0][1]);
const coldHtml = performance.now() - start;
for (const [name, html] of pages) {
  for (let k = 0; k < 5; k++) await readArticlePage(html);
  const parse = [];
  for (let k = 0; k < 20; k++) {
    start = performance.now();
    await readArticlePage(html);
    parse.push(performance.now() - start);
  }
  parse.sort((a, b) => a - b);
  console.log(
    `readArticlePage ${name}: ${(html.length / 1024).toFixed(0)} KB: median ${((parse[9] + parse[10]) / 2).toFixed(1)} ms of 20 runs (min ${parse[0].toFixed(1)}, max ${parse[19].toFixed(1)})`,
  );
}
console.log(`readArticlePage: first, cold call ${coldHtml.toFixed(0)} ms (loads linkedom and Readability)`);
