import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/index.js';
import { formatDate } from '../../src/shared/dates.js';
import type { Article, QuoteCard, SpeakerBadge } from '../../src/index.js';
import { validateArticle } from '../../src/model.js';
import { nested } from '../support/arbitraries.js';
import { seedArticleEnglish } from '../support/fixtures.js';

const KB = 1024;

/** Each text field a card shows, and how to put a text in it. */
const FIELDS: Record<string, (article: Article & Record<string, any>, text: string) => void> = {
  'the speaker name': (article, text) => {
    article.speakers[0].name = text;
    delete article.speakers[0].image;
  },
  'the role': (article, text) => (article.speakers[0].role = text),
  'the organisation': (article, text) => (article.speakers[0].org = text),
  'the quote': (article, text) => (article.quotes[0].text = text),
  'the context': (article, text) => (article.quotes[0].context = text),
  'the title': (article, text) => (article.title = text),
  'the publisher': (article, text) => (article.publisher = { name: text }),
  'the relay': (article, text) => (article.quotes[0].via = text),
  'the url path': (article, text) => (article.url = `https://example.com/${text}`),
};

/** Texts of `size` characters: one unbreakable word, words, a script without spaces, one letter with marks. */
const TEXTS: Record<string, (size: number) => string> = {
  '"("': (size) => '('.repeat(size),
  words: (size) => 'word '.repeat(size / 5),
  'Han characters': (size) => '漢'.repeat(size),
  'one letter with combining marks': (size) => `e${'\u0301'.repeat(size - 1)}`,
};

/** Adversarial articles of about `size` characters (the shapes of issue 19). */
const SHAPES: Record<string, (size: number) => unknown> = {
  'a long host and a space in url and image': (size) => {
    const article = seedArticleEnglish() as Article & Record<string, any>;
    article.url = `http://${'a'.repeat(size / 2)} `;
    article.speakers[0].image = `http://${'a'.repeat(size / 2)} `;
    return article;
  },
  'a speaker named with "("': (size) => {
    const article = seedArticleEnglish();
    article.speakers[0].name = '('.repeat(size);
    delete article.speakers[0].image;
    return article;
  },
  'a title nested size/2 deep': (size) => ({ ...seedArticleEnglish(), title: nested(size / 2) }),
  ...Object.fromEntries(
    Object.entries(FIELDS).flatMap(([field, set]) =>
      Object.entries(TEXTS).map(([text, make]) => [
        `${text} as ${field}`,
        (size: number) => {
          const article = seedArticleEnglish();
          set(article, make(size));
          return article;
        },
      ]),
    ),
  ),
  'long text in every field': (size) => {
    const article = seedArticleEnglish();
    const long = 'word '.repeat(size / 5 / 30);
    for (const speaker of article.speakers) Object.assign(speaker, { name: long, role: long, org: long });
    for (const quote of article.quotes) Object.assign(quote, { text: long, context: long });
    article.title = long;
    return article;
  },
};

/** Renders a card and a badge of the article; resolves with the milliseconds it took and what they show. */
async function renderTimed(article: unknown) {
  const started = performance.now();
  const host = await fixture<HTMLElement>(
    html`<div>
      <quote-card .article=${article}></quote-card>
      <speaker-badge .article=${article}></speaker-badge>
    </div>`,
  );
  const card = host.querySelector<QuoteCard>('quote-card')!;
  const badge = host.querySelector<SpeakerBadge>('speaker-badge')!;
  await card.updateComplete;
  await badge.updateComplete;
  card.getBoundingClientRect();
  const ms = performance.now() - started;
  return { ms, card: card.shadowRoot!.textContent, badge: badge.shadowRoot!.textContent };
}

describe('1 MB adversarial articles in a card and a badge', () => {
  const warn = console.warn;
  before(() => (console.warn = () => {}));
  after(() => (console.warn = warn));

  for (const [shape, make] of Object.entries(SHAPES)) {
    it(`${shape}: shown or refused with its path, in time growing linearly (256 KB vs 1 MB)`, async function () {
      this.timeout(120_000);
      const times: number[] = [];
      for (const size of [256 * KB, 1024 * KB]) {
        const article = make(size);
        const { ms, card, badge } = await renderTimed(article);
        // The issue asks for under a second at 1 MB: it takes a few hundred milliseconds on an idle machine (the figures
        // are printed below). The bound is that of a freeze (those reported took 4 to 22 s), with room for a machine
        // running other heavy jobs, on which WebKit took 2.2 s for the slowest shape.
        if (size > 256 * KB) expect(ms, 'milliseconds to render 1 MB').to.be.below(3500);
        const { problems } = validateArticle(article);
        for (const problem of problems) expect(card, 'the error names the path').to.contain(problem.path);
        if (!problems.length) expect(card.length + badge.length).to.be.greaterThan(100);
        times.push(ms);
      }
      const [small, large] = times;
      console.log(`${shape}: ${small.toFixed(0)} ms at 256 KB, ${large.toFixed(0)} ms at 1 MB`);
      // Four times the input may take at most ten times as long (plus two seconds for a busy machine).
      expect(large, `${small.toFixed(0)} ms at 256 KB, ${large.toFixed(0)} ms at 1 MB`).to.be.below(10 * small + 2000);
    });
  }
});

describe('combining marks', () => {
  it('keeps the first 30 marks of a run on one letter (a letter carrying 5,000 took WebKit half a second to lay out)', async () => {
    const article = seedArticleEnglish();
    article.quotes[0].text = `e${'\u0301'.repeat(1000)} and e\u0301\u0300`;
    article.speakers[0].name = `Ana${'\u0308'.repeat(40)}`;
    delete article.speakers[0].image;
    const card = await fixture<QuoteCard>(html`<quote-card .article=${article}></quote-card>`);
    await card.updateComplete;
    const badge = card.shadowRoot!.querySelector<SpeakerBadge>('speaker-badge')!;
    await badge.updateComplete;
    const words = card.shadowRoot!.querySelector('.words')!.textContent;
    const name = badge.shadowRoot!.querySelector('[part=name]')!.textContent;
    // (The lengths first: a failure would print a thousand marks.)
    expect(words.length, 'characters of the quote shown').to.equal(39);
    expect(words).to.equal(`e${'\u0301'.repeat(30)} and e\u0301\u0300`);
    expect(name.length, 'characters of the name shown').to.equal(33);
    expect(name).to.equal(`Ana${'\u0308'.repeat(30)}`);
  });
});

describe('long URLs', () => {
  it('links a URL of up to 2,048 characters, and leaves a longer one unlinked (a megabyte of Han is 9 MB percent-encoded)', async () => {
    const hrefs: (string | null | undefined)[] = [];
    // 'https://example.com/' is 20 characters.
    for (const path of ['漢'.repeat(2028), '漢'.repeat(2029)]) {
      const article = seedArticleEnglish();
      article.url = `https://example.com/${path}`;
      article.publisher = { name: 'Example', url: article.url };
      const card = await fixture<QuoteCard>(html`<quote-card .article=${article} share></quote-card>`);
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('.error'), 'no error: the card is shown').to.equal(null);
      expect(card.shadowRoot!.querySelector('cite')!.textContent).to.contain(article.title);
      hrefs.push(card.shadowRoot!.querySelector('cite a')?.getAttribute('href'));
    }
    // (Lengths, not the hrefs: a failure would print 18,000 characters of percent-encoding.)
    expect(hrefs[0]?.length, 'a URL of 2,048 characters is linked').to.equal(
      new URL(`https://example.com/${'漢'.repeat(2028)}`).href.length,
    );
    expect(hrefs[1]?.length, 'a URL of 2,049 characters is not').to.equal(undefined);
  });
});

describe('values nested deep', () => {
  it('a title nested 25,000 deep is an error naming title, not a blank card', async () => {
    const { card } = await renderTimed({ ...seedArticleEnglish(), title: nested(25_000) });
    expect(card).to.contain('title');
    expect(card).to.contain('must be text, not [[[[');
  });

  it('from src, valid JSON nested 25,000 deep is never reported as "not JSON"', async () => {
    const json = JSON.stringify({ ...seedArticleEnglish(), title: '@' }).replace('"@"', `${'['.repeat(25_000)}"x"${']'.repeat(25_000)}`);
    const src = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const card = await fixture<QuoteCard>(html`<quote-card src=${src}></quote-card>`);
    await waitUntil(() => card.shadowRoot!.querySelector('.error'), 'no error shown');
    const shown = card.shadowRoot!.textContent;
    expect(shown).not.to.contain('is not JSON');
    // Chromium and WebKit read it and find the title is no text; Firefox runs out of stack reading it.
    expect(shown).to.match(/title: must be text|could not be read/);
  });
});

describe('dates', () => {
  it('refuses dates that do not exist, naming the path', () => {
    for (const date of ['2022-02-30', '2023-02-29', '2022-04-31', '1900-02-29', '2022-10-26T09:30+99:99', '2022-10-26T24:00']) {
      const article = seedArticleEnglish();
      article.events![0].date = date;
      article.publishedAt = date;
      const problems = validateArticle(article).problems.map((problem) => `${problem.path}: ${problem.message}`);
      expect(problems, date).to.deep.equal([
        'publishedAt: must be an ISO 8601 date that exists: 2022, 2022-10, 2022-10-26 or 2022-10-26T09:30+07:00',
        'events[0].date: must be an ISO 8601 date that exists: 2022, 2022-10, 2022-10-26 or 2022-10-26T09:30+07:00',
      ]);
    }
    for (const date of ['2024-02-29', '2000-02-29', '0000-02-29', '0050', '2022-10-26T23:59:59.5-14:00']) {
      const article = seedArticleEnglish();
      article.events![0].date = date;
      expect(validateArticle(article).valid, date).to.equal(true);
    }
  });

  it('writes the years 0 to 99 as they are, not as 1900 to 1999', async () => {
    expect(formatDate('0050', 'en')).to.equal('50');
    expect(formatDate('0099-12-31', 'en')).to.contain('99').and.not.contain('1999');
    expect(formatDate('0000-02-29', 'en')).to.contain('BC');
    const article = seedArticleEnglish();
    article.events![0].date = '0079-08-24';
    const timeline = await fixture(html`<article-timeline .article=${article}></article-timeline>`);
    await waitUntil(() => timeline.shadowRoot?.textContent?.includes('79'), 'the timeline never showed the year 79');
    expect(timeline.shadowRoot!.textContent).not.to.contain('1979');
  });
});

describe('absurdly long text', () => {
  it('a card shows the first characters of a 1 MB field and "…", and short fields whole', async () => {
    const article = seedArticleEnglish();
    article.speakers[0].name = 'N'.repeat(1024 * KB);
    article.quotes[0].text = 'Q'.repeat(1024 * KB);
    const card = await fixture<QuoteCard>(html`<quote-card .article=${article}></quote-card>`);
    await card.updateComplete;
    const badge = card.shadowRoot!.querySelector<SpeakerBadge>('speaker-badge')!;
    await badge.updateComplete;
    expect(badge.shadowRoot!.querySelector('[part="name"]')!.textContent).to.equal(`${'N'.repeat(300)}…`);
    expect(card.shadowRoot!.querySelector('.words')!.textContent).to.equal(`${'Q'.repeat(5000)}…`);
    expect(card.shadowRoot!.querySelector('[part="source"]')!.textContent).to.contain(seedArticleEnglish().title);
  });
});
