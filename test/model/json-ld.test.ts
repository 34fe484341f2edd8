import { expect } from '@open-wc/testing';
import type { Article } from '../../src/model.js';
import { jsonLdText, quotationJsonLd } from '../../src/shared/json-ld.js';
import { seedArticle } from '../support/fixtures.js';

/** The schema.org properties each type we write may carry (https://schema.org/Quotation and so on). */
const SCHEMA: Record<string, string[]> = {
  Quotation: ['@context', '@type', 'text', 'url', 'inLanguage', 'creator', 'spokenByCharacter', 'dateCreated', 'isPartOf'],
  Person: ['@type', 'name', 'url', 'image', 'jobTitle', 'affiliation'],
  Organization: ['@type', 'name', 'url', 'logo', 'parentOrganization'],
  NewsArticle: ['@type', 'headline', 'url', 'datePublished', 'inLanguage', 'publisher'],
};

/** Every node of the JSON-LD has a known @type and only that type's properties, none empty. */
function expectSchemaShapes(node: Record<string, unknown>, path = '$') {
  const type = node['@type'] as string;
  expect(Object.keys(SCHEMA), `${path}: @type`).to.include(type);
  for (const [key, value] of Object.entries(node)) {
    expect(SCHEMA[type], `${path}.${key} is not a property of ${type}`).to.include(key);
    expect(value, `${path}.${key}`).to.not.equal('');
    if (value && typeof value === 'object') expectSchemaShapes(value as Record<string, unknown>, `${path}.${key}`);
  }
}

/** What a page gets: the JSON-LD in a script element, read back by the browser's HTML parser. */
function parsedFromPage(data: unknown) {
  const page = new DOMParser().parseFromString(
    `<!doctype html><body><script type="application/ld+json" data-quote-cards>${jsonLdText(data)}</script><p id="after">after</p></body>`,
    'text/html',
  );
  const scripts = page.querySelectorAll('script');
  return { scripts, data: JSON.parse(scripts[0].textContent), after: page.getElementById('after') };
}

const quote = (article: Article, id: string) => article.quotes.find((candidate) => candidate.id === id)!;

describe('quotationJsonLd: the schema.org JSON-LD of a quote', () => {
  it("describes a person's quote: the Person as creator and speaker, with job title and affiliation, in the NewsArticle", () => {
    const article = seedArticle();
    article.publishedAt = '2022-10-27';
    article.publisher = { name: 'Contoh News', url: 'https://example.com/', logo: 'https://example.com/logo.png' };
    const data = quotationJsonLd(article, quote(article, 'q1'));
    const person = {
      '@type': 'Person',
      name: 'Jens Stoltenberg',
      jobTitle: 'Sekretaris Jenderal',
      affiliation: { '@type': 'Organization', name: 'Pakta Pertahanan Atlantik Utara (NATO)' },
    };
    expect(JSON.parse(jsonLdText(data))).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'Quotation',
      text: 'Pesan kedua bahwa hampir seluruh perang berakhir di meja negosiasi',
      url: 'https://example.com/nato-stoltenberg-perang-ukraina',
      inLanguage: 'id',
      creator: person,
      spokenByCharacter: person,
      isPartOf: {
        '@type': 'NewsArticle',
        headline: 'Sekjen NATO Yakin Perang Rusia-Ukraina Berakhir di Meja Negosiasi, Kecam Latihan Nuklir Rusia',
        url: 'https://example.com/nato-stoltenberg-perang-ukraina',
        datePublished: '2022-10-27',
        inLanguage: 'id',
        publisher: { '@type': 'Organization', name: 'Contoh News', url: 'https://example.com/', logo: 'https://example.com/logo.png' },
      },
    });
    expectSchemaShapes(JSON.parse(jsonLdText(data)));
  });

  it("describes an organisation's quote with an Organization, which has no job title", () => {
    const article = seedArticle();
    const data = JSON.parse(jsonLdText(quotationJsonLd(article, quote(article, 'q9'))));
    expect(data.creator).to.deep.equal({ '@type': 'Organization', name: 'Kremlin' });
    expect(data.spokenByCharacter).to.deep.equal(data.creator);
    expectSchemaShapes(data);
    const speaker = article.speakers.find((candidate) => candidate.id === 'kremlin')!;
    Object.assign(speaker, { org: 'Pemerintah Rusia', url: 'http://kremlin.ru/', image: 'https://example.com/kremlin.png' });
    const richer = JSON.parse(jsonLdText(quotationJsonLd(article, quote(article, 'q9'))));
    expect(richer.creator).to.deep.equal({
      '@type': 'Organization',
      name: 'Kremlin',
      url: 'http://kremlin.ru/',
      logo: 'https://example.com/kremlin.png',
      parentOrganization: { '@type': 'Organization', name: 'Pemerintah Rusia' },
    });
    expectSchemaShapes(richer);
  });

  it('keeps only http(s) URLs', () => {
    const article = seedArticle();
    article.url = 'javascript:alert(1)';
    article.publisher = { name: 'P', url: 'data:text/html,<script>alert(1)</script>', logo: 'data:image/png;base64,AAAA' };
    Object.assign(article.speakers[0], { url: 'vbscript:msgbox(1)', image: 'data:image/svg+xml,<svg onload=alert(1)>' });
    const data = JSON.parse(jsonLdText(quotationJsonLd(article, quote(article, 'q1'))));
    expect(data.url).to.equal(undefined);
    expect(data.isPartOf.url).to.equal(undefined);
    expect(data.isPartOf.publisher).to.deep.equal({ '@type': 'Organization', name: 'P' });
    expect(data.creator.url).to.equal(undefined);
    expect(data.creator.image).to.equal(undefined);
  });

  for (const hostile of ['</script><script>alert(1)</script>', '</SCRIPT >\u2028<!--<script>\u2029-->', ']]><!-- & &amp; <b>bold</b>']) {
    it(`cannot be broken out of by ${JSON.stringify(hostile)} in any text field`, () => {
      const article = seedArticle();
      article.title = hostile;
      article.publisher = { name: hostile };
      for (const speaker of article.speakers) Object.assign(speaker, { name: hostile, role: hostile, org: hostile });
      for (const item of article.quotes) item.text = hostile;
      const data = quotationJsonLd(article, quote(article, 'q1'));
      const text = jsonLdText(data);
      expect(text).to.not.match(/[<>&\u2028\u2029]/);
      const parsed = parsedFromPage(data);
      expect(parsed.scripts.length, 'one script element, closed where it should be').to.equal(1);
      expect(parsed.after?.textContent).to.equal('after');
      expect(parsed.data).to.deep.equal(JSON.parse(JSON.stringify(data)));
      expect(parsed.data.text).to.equal(hostile);
      expect(parsed.data.creator.jobTitle).to.equal(hostile);
      expect(parsed.data.isPartOf.headline).to.equal(hostile);
      // U+2028 and U+2029 are escaped too, for the JavaScript parsers that once read JSON as script.
      // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the point: the text evaluated as a script
      expect(new Function(`return ${text}`)()).to.deep.equal(parsed.data);
    });
  }
});
