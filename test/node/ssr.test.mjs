// quote-cards/ssr (dist/ssr.js): every component rendered for the seed article to declarative
// shadow DOM, with the article inline and each card's JSON-LD. Run after `npm run build`:
//   node --test test/node/ssr.test.mjs
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { renderComponent, renderQuoteArticle, renderQuoteCard, renderSpeakerBadge, renderTimeline } from '../../dist/ssr.js';

const SEED = JSON.parse(readFileSync('src/examples/seed-article.id.json', 'utf8'));
const seed = () => structuredClone(SEED);

/**
 * The script elements of a page as the HTML parser ends them: a script's text runs to the first
 * `</script`, whatever it is inside, which is what makes escaping matter.
 */
const scriptsOf = (html) => [...html.matchAll(/<script([^>]*)>([^]*?)<\/script/gi)].map(([, attributes, text]) => ({ attributes, text }));

/** The text of the markup, tags and Lit's comment markers taken out, entities decoded. */
const textOf = (html) =>
  html
    .replace(/<style>[^]*?<\/style>/g, '')
    .replace(/<script[^>]*>[^]*?<\/script>/g, '')
    .replace(/<!--[^]*?-->/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)))
    .replace(/&#x([\da-f]+);/gi, (_, code) => String.fromCharCode(parseInt(code, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** How many declarative shadow roots the markup opens, for each host tag. */
function shadowRoots(html) {
  const counts = {};
  for (const [, tag] of html.matchAll(/<([a-z-]+)\b[^>]*>\s*<template shadowroot="open" shadowrootmode="open">/g))
    counts[tag] = (counts[tag] ?? 0) + 1;
  return counts;
}

describe('quote-cards/ssr', () => {
  test('renderQuoteCard: a <quote-article> with the article inline, the card in declarative shadow DOM, and its JSON-LD', async () => {
    const html = await renderQuoteCard(seed(), { quoteId: 'q9' });
    assert.match(html, /^(<!--[^>]*-->)*<quote-article\b/);
    assert.deepEqual(shadowRoots(html), { 'quote-article': 1, 'quote-card': 1, 'speaker-badge': 1 });
    assert.match(html, /<quote-card\b[^>]*\bquote-id="q9"/);
    const text = textOf(html);
    assert.match(text, /“Di bawah kepemimpinan Vladimir Putin, sebuah sesi pelatihan/);
    assert.match(text, /Kremlin/);
    assert.match(text, /melalui TASS/);
    // Styles come inside each shadow root, so the card looks right before any script.
    assert.match(html, /<template shadowroot="open" shadowrootmode="open"><style>[^<]*figure\{/);
    const scripts = scriptsOf(html);
    assert.deepEqual(
      scripts.map((script) => script.attributes.trim()),
      ['type="application/json"', 'type="application/ld+json" data-quote-cards'],
    );
    assert.deepEqual(JSON.parse(scripts[0].text), SEED);
    const jsonLd = JSON.parse(scripts[1].text);
    assert.equal(jsonLd['@type'], 'Quotation');
    assert.equal(jsonLd.text, SEED.quotes.find((quote) => quote.id === 'q9').text);
    assert.deepEqual(jsonLd.creator, { '@type': 'Organization', name: 'Kremlin' });
    assert.equal(jsonLd.isPartOf.headline, SEED.title);
    // The JSON-LD is a light-DOM child of the card: after its shadow root's template, before </quote-card>.
    assert.match(
      html,
      /<\/template>(<!--[^>]*-->)*<script type="application\/ld\+json" data-quote-cards>[^<]*<\/script>(<!--[^>]*-->)*<\/quote-card>/,
    );
  });

  test('the card takes variant, format, theme and lang as attributes', async () => {
    const html = await renderQuoteCard(seed(), { quoteId: 'q1', variant: 'compact', format: 'landscape', theme: 'dark', lang: 'en' });
    const [, attributes] = /<quote-card\b([^>]*)>/.exec(html);
    for (const attribute of ['quote-id="q1"', 'variant="compact"', 'format="landscape"', 'theme="dark"', 'lang="en"'])
      assert.ok(attributes.includes(attribute), attributes);
    assert.match(textOf(html), /Pesan kedua bahwa hampir seluruh perang/);
  });

  test('renderSpeakerBadge, renderTimeline and renderComponent render the other components', async () => {
    const badge = await renderSpeakerBadge(seed(), { speakerId: 'stoltenberg' });
    assert.deepEqual(shadowRoots(badge), { 'quote-article': 1, 'speaker-badge': 1 });
    assert.match(textOf(badge), /Jens Stoltenberg ?Sekretaris Jenderal, Pakta Pertahanan Atlantik Utara \(NATO\)/);

    const timeline = await renderTimeline(seed(), { headingLevel: 2 });
    assert.match(timeline, /<article-timeline\b[^>]*heading-level="2"/);
    assert.match(textOf(timeline), /Rabu, 26 Oktober 2022/);
    assert.match(textOf(timeline), /Putin memantau latihan kekuatan nuklir strategis Rusia/);
    assert.equal(shadowRoots(timeline)['article-timeline'], 1);
    assert.ok(shadowRoots(timeline)['quote-card'] >= 2, "the timeline's quotes are cards, rendered too");

    const generic = await renderComponent('speaker-badge', seed(), { 'speaker-id': 'putin' });
    assert.match(textOf(generic), /Vladimir Putin ?Presiden, Rusia/);
    const provider = await renderComponent('quote-article', seed());
    assert.deepEqual(shadowRoots(provider), { 'quote-article': 1 });
    assert.match(provider, /<slot><\/slot>/);
  });

  test('renderQuoteArticle: several components share one inline article; every card has its JSON-LD', async () => {
    const html = await renderQuoteArticle(seed(), [
      { tag: 'quote-card', attributes: { 'quote-id': 'q1' } },
      { tag: 'quote-card', attributes: { 'quote-id': 'q8' } },
      { tag: 'article-timeline' },
    ]);
    const scripts = scriptsOf(html);
    assert.equal(scripts.filter((script) => script.attributes.includes('application/json')).length, 1);
    const jsonLd = scripts.filter((script) => script.attributes.includes('ld+json')).map((script) => JSON.parse(script.text));
    assert.deepEqual(
      jsonLd.map((data) => data.creator.name),
      ['Jens Stoltenberg', 'Sergei Shoigu'],
    );
    assert.equal(jsonLd[1].creator.jobTitle, 'Menteri Pertahanan');
  });

  test('an invalid article renders the error state with every JSON path, and no JSON-LD', async () => {
    const broken = seed();
    delete broken.speakers[0].name;
    broken.quotes[3].speaker = 'putn';
    const html = await renderQuoteCard(broken, { quoteId: 'q1' });
    const text = textOf(html);
    assert.match(text, /Artikel ini tidak dapat ditampilkan/);
    assert.match(text, /speakers\[0\]\.name: is required/);
    assert.match(text, /quotes\[3\]\.speaker: "putn" is not the id of any speaker/);
    assert.equal(scriptsOf(html).filter((script) => script.attributes.includes('ld+json')).length, 0);
    // Not an article at all: the same, in English.
    assert.match(textOf(await renderQuoteCard(undefined)), /This article cannot be shown/);
    assert.match(textOf(await renderQuoteCard('nonsense')), /This article cannot be shown/);
  });

  test('a live blog is checked whole on the server: an invalid late event renders the error state', async () => {
    const blog = seed();
    const [template] = blog.events;
    blog.events = Array.from({ length: 600 }, (_, index) => ({ ...template, id: `e${index}` }));
    assert.match(textOf(await renderTimeline(blog)), new RegExp(template.title.slice(0, 20).replace(/[()]/g, '.')));
    blog.events[550].date = 'kemarin';
    const text = textOf(await renderTimeline(structuredClone(blog)));
    assert.match(text, /Artikel ini tidak dapat ditampilkan/);
    assert.match(text, /events\[550\]\.date: must be an ISO 8601 date/);
  });

  test("an unknown quote id renders the card's error, naming quote-id", async () => {
    assert.match(textOf(await renderQuoteCard(seed(), { quoteId: 'q99' })), /quote-id: "q99" is not the id of any quote/);
  });

  test('text from the article stays text, and no string can close a script element', async () => {
    // (…and the comment that marks where renderQuoteArticle puts a script once Lit has rendered.)
    const hostile = '</script><script>alert(1)</script>\u2028<!--<script>\u2029"\'><img src=x onerror=alert(2)><!--quote-cards-script-0-->';
    const article = seed();
    article.title = hostile;
    article.publisher = { name: hostile };
    for (const speaker of article.speakers) Object.assign(speaker, { name: hostile, role: hostile, org: hostile });
    for (const quote of article.quotes) Object.assign(quote, { text: hostile, via: hostile, context: hostile });
    for (const event of article.events) Object.assign(event, { title: hostile, description: hostile, dateText: hostile });
    const html = await renderQuoteArticle(article, [
      { tag: 'quote-card', attributes: { 'quote-id': 'q9' } },
      { tag: 'speaker-badge' },
      { tag: 'article-timeline' },
    ]);
    const scripts = scriptsOf(html);
    assert.deepEqual(
      scripts.map((script) => script.attributes.trim()),
      ['type="application/json"', 'type="application/ld+json" data-quote-cards'],
      'only the two data scripts, each closed where it should be',
    );
    assert.deepEqual(JSON.parse(scripts[0].text), article);
    assert.equal(JSON.parse(scripts[1].text).text, hostile);
    assert.doesNotMatch(html, /<img src=x/);
    assert.ok(textOf(html).includes(hostile.replace(/\s+/g, ' ')), 'the string is shown as text');
  });

  test('refuses attribute names it should not write', async () => {
    await assert.rejects(renderComponent('quote-card', seed(), { onclick: 'alert(1)' }), /not an attribute/);
    await assert.rejects(renderComponent('quote-card', seed(), { 'x" onmouseover="alert(1)': '' }), /not an attribute/);
    await assert.rejects(renderQuoteArticle(seed(), [{ tag: 'script' }]), /cannot render <script>/);
    const html = await renderComponent('quote-card', seed(), { 'quote-id': '"><script>alert(1)</script>' });
    assert.match(html, /quote-id="&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;"/);
  });
});
