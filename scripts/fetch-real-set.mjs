// Rebuilds the saved texts of the real-article evaluation set (test/extract/real/.texts/, gitignored: the articles
// belong to their publishers, so the repository keeps only URLs and the gold annotations).
//
// For each gold file it fetches the URL, turns the page into paragraphs, keeps the stretch the gold was written on
// (from `textStart` to `textEnd`), and compares its SHA-256 (of the canonical text: see canonicalText) with the
// recorded `sha256`. A match is written to .texts/<lang>/<id>.txt; a page that changed (or that this extraction reads
// differently from the copy the gold was written on) is written to .texts/<lang>/<id>.fetched.txt and reported, never
// used silently: eval:extract scores only texts whose hash matches. The seed article (id-00) is copied from the
// repository.
//
//   node scripts/fetch-real-set.mjs                 (every article without a matching saved text)
//   node scripts/fetch-real-set.mjs --only id-03,en-05 --force
//   node scripts/fetch-real-set.mjs --from-html page.html --only en-05   (a page saved by hand instead of fetching)
//
// Page to text: when dist/extract.js (run `npm run build` first) exports `textFromHtml(html)` returning the article
// body as text (the HTML path of extractArticle, once it lands), that is used, so the set is read the way the
// extractor reads pages. Otherwise htmlToText below: the body of the first <article> (else <main>, else <body>),
// without scripts, styles, navigation, headers, footers, asides, forms and figures/captions; each <p>, <h1>–<h4>,
// <li> and <blockquote> becomes a paragraph, entities decoded, spacing collapsed; "Baca juga" / "Read more" /
// "Advertisement" lines dropped.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { canonicalText, LANGUAGES, loadRealSet, sha256, TEXTS_ROOT, textUrl } from '../test/extract/real/real-set.mjs';

const SEED = new URL('../test/extract/id/00-seed-nato-stoltenberg.txt', import.meta.url);
const TIMEOUT_MS = 30_000;
const USER_AGENT = 'quote-cards real-set rebuild (+https://github.com/) Node.js';

const ENTITIES = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  bull: '•',
  pound: '£',
  euro: '€',
};
const decode = (text) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

const BOILERPLATE = /^(?:baca juga|baca:|read more|read also|advertisement|scroll to continue|follow us|share this)\b/i;

const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'figure',
  'figcaption',
  'iframe',
]);
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'li', 'blockquote']);
const NAME_CHARACTER = /[\w-]/;

/** `html` without comments (indexOf scanning, no regular expression over the page: pages are untrusted input). */
function withoutComments(html) {
  let out = '';
  let at = 0;
  for (let open = html.indexOf('<!--'); open >= 0; open = html.indexOf('<!--', at)) {
    const close = html.indexOf('-->', open + 4);
    out += `${html.slice(at, open)} `;
    at = close < 0 ? html.length : close + 3;
  }
  return out + html.slice(at);
}

/** The inside of the first <tag ...> up to the last </tag>, or null. */
function inside(html, tag) {
  const lower = html.toLowerCase();
  for (let at = lower.indexOf(`<${tag}`); at >= 0; at = lower.indexOf(`<${tag}`, at + 1)) {
    const after = lower[at + tag.length + 1] ?? '';
    if (after !== '>' && after !== '/' && after.trim() !== '') continue;
    const start = lower.indexOf('>', at);
    const close = lower.lastIndexOf(`</${tag}`);
    return start >= 0 && close > start ? html.slice(start + 1, close) : null;
  }
  return null;
}

/** The lower-case name in a tag's source ("<P class=x>" → "p", "</li>" → "li"). */
function tagName(tag) {
  let from = tag[1] === '/' ? 2 : 1;
  while (from < tag.length && tag[from] === ' ') from++;
  let to = from;
  while (to < tag.length && NAME_CHARACTER.test(tag[to])) to++;
  return tag.slice(from, to).toLowerCase();
}

/** A simple, documented page-to-text (see the header of this file): one pass over the tags, linear in the page. */
export function htmlToText(html) {
  const page = withoutComments(html);
  const body = inside(page, 'article') ?? inside(page, 'main') ?? inside(page, 'body') ?? page;
  const lower = body.toLowerCase();
  const paragraphs = [];
  let buffer = '';
  let inBlock = 0;
  const flush = () => {
    const text = decode(buffer).split(/\s+/).filter(Boolean).join(' ');
    if (text && !BOILERPLATE.test(text)) paragraphs.push(text);
    buffer = '';
  };
  let at = 0;
  while (at < body.length) {
    const open = body.indexOf('<', at);
    if (open < 0) {
      if (inBlock) buffer += body.slice(at);
      break;
    }
    if (inBlock) buffer += body.slice(at, open);
    const close = body.indexOf('>', open);
    if (close < 0) break;
    const tag = body.slice(open, close + 1);
    const name = tagName(tag);
    const closing = tag[1] === '/';
    at = close + 1;
    if (DROPPED.has(name) && !closing && !tag.endsWith('/>')) {
      const end = lower.indexOf(`</${name}`, at);
      const after = end < 0 ? -1 : lower.indexOf('>', end);
      at = after < 0 ? body.length : after + 1;
    } else if (BLOCKS.has(name)) {
      if (inBlock) flush();
      inBlock = closing ? Math.max(0, inBlock - 1) : inBlock + 1;
    } else if (name === 'br' && inBlock) {
      buffer += ' ';
    }
  }
  if (inBlock) flush();
  return paragraphs.join('\n\n');
}

/** The stretch of `text` from the first `start` to the last `end` after it, matched with spacing ignored; null when absent. */
export function cutBetween(text, start, end) {
  const canonical = canonicalText(text);
  const pattern = (words) =>
    words
      .trim()
      .split(/\s+/)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+');
  const from = new RegExp(pattern(start)).exec(canonical);
  if (!from) return null;
  const endPattern = new RegExp(pattern(end), 'g');
  endPattern.lastIndex = from.index;
  let last = null;
  for (let match = endPattern.exec(canonical); match; match = endPattern.exec(canonical)) last = match;
  return last ? canonicalText(canonical.slice(from.index, last.index + last[0].length)) : null;
}

async function pageReader() {
  try {
    const module = await import('../dist/extract.js');
    if (typeof module.textFromHtml === 'function')
      return { read: (html) => String(module.textFromHtml(html)), name: 'textFromHtml of dist/extract.js' };
  } catch {
    // No build: the simple extraction below.
  }
  return { read: htmlToText, name: 'the simple extraction of scripts/fetch-real-set.mjs' };
}

async function fetchPage(url) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await fetch(url, {
      headers: { 'user-agent': USER_AGENT, accept: 'text/html' },
      redirect: 'follow',
      signal: controller.signal,
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return await response.text();
  } finally {
    clearTimeout(timer);
  }
}

function option(name) {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
}

async function main() {
  const only = option('--only')?.split(',');
  const fromHtml = option('--from-html');
  const force = process.argv.includes('--force');
  const reader = await pageReader();
  for (const lang of LANGUAGES) mkdirSync(new URL(`${lang}/`, TEXTS_ROOT), { recursive: true });
  const articles = loadRealSet().filter((article) => !only || only.includes(article.id));
  console.log(`${articles.length} article(s); page to text with ${reader.name}.`);
  const tally = { ok: 0, kept: 0, changed: 0, failed: 0 };
  for (const article of articles) {
    const where = `${article.lang}/${article.id}`;
    const target = textUrl(article.lang, article.id);
    if (article.hashOk && !force) {
      tally.kept++;
      continue;
    }
    if (!article.url) {
      copyFileSync(SEED, target);
      const ok = sha256(readFileSync(target, 'utf8')) === article.sha256;
      console.log(`${where}: copied from the repository${ok ? '' : ' — its hash differs from the gold (the seed text was edited?)'}`);
      tally[ok ? 'ok' : 'changed']++;
      continue;
    }
    try {
      const html = fromHtml ? readFileSync(fromHtml, 'utf8') : await fetchPage(article.url);
      const text = cutBetween(reader.read(html), article.textStart, article.textEnd);
      if (text === null) {
        const fetched = new URL(`${article.id}.fetched.txt`, new URL(`${article.lang}/`, TEXTS_ROOT));
        writeFileSync(fetched, canonicalText(reader.read(html)));
        console.log(
          `${where}: the page no longer has the annotated stretch ("${article.textStart}" … "${article.textEnd}"); its text is in ${article.id}.fetched.txt`,
        );
        tally.changed++;
      } else if (sha256(text) === article.sha256) {
        writeFileSync(target, text);
        console.log(`${where}: ok`);
        tally.ok++;
      } else {
        writeFileSync(new URL(`${article.id}.fetched.txt`, new URL(`${article.lang}/`, TEXTS_ROOT)), text);
        console.log(
          `${where}: CHANGED — the text differs from the one the gold was written on; written to ${article.id}.fetched.txt, not used`,
        );
        tally.changed++;
      }
    } catch (error) {
      console.log(`${where}: could not fetch ${article.url}: ${error.cause?.code ?? error.message}`);
      tally.failed++;
    }
  }
  console.log(`\n${tally.ok} rebuilt, ${tally.kept} already in place, ${tally.changed} changed (not used), ${tally.failed} not fetched.`);
  if (tally.changed) {
    console.log(
      'A changed text needs its gold re-read: compare the .fetched.txt with the gold, fix the quotes, rename it to .txt and run `node test/extract/real/check-gold.mjs --record`.',
    );
  }
  process.exitCode = tally.changed || tally.failed ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
