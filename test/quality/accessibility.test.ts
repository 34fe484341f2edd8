import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { QUOTE_CARD_VARIANTS, THEMES, type Article, type QuoteCard } from '../../src/index.js';
import { settle } from '../support/dom.js';
import { seedArticle, seedArticleEnglish } from '../support/fixtures.js';

/** The seed article as if written in Arabic: right to left, other quotation marks. */
function rightToLeftArticle(): Article {
  const article = seedArticle();
  article.lang = 'ar';
  article.title = 'الأمين العام لحلف الناتو: الحرب ستنتهي على طاولة المفاوضات';
  article.quotes[0].text = 'الرسالة الثانية هي أن كل الحروب تقريبًا تنتهي على طاولة المفاوضات';
  return article;
}

const ARTICLES: [string, () => Article][] = [
  ['Indonesian', seedArticle],
  ['English', seedArticleEnglish],
  ['Arabic (right to left)', rightToLeftArticle],
];
/** The page behind each theme: the dark themes are meant for dark pages. */
const PAGE_BACKGROUND: Record<string, string> = {
  default: '#fff',
  light: '#fff',
  dark: '#121418',
  auto: '#fff',
  classic: '#fbf7ef',
  bold: '#1e2a6e',
};
const ALL_THEMES = ['default', ...THEMES];

describe('accessibility: every component, variant, theme and language passes axe', () => {
  for (const [language, makeArticle] of ARTICLES) {
    for (const theme of ALL_THEMES) {
      for (const variant of QUOTE_CARD_VARIANTS) {
        it(`every quote card of the ${language} article, ${variant} variant, ${theme} theme`, async function () {
          const article = makeArticle();
          const page = await fixture(
            html`<quote-article .article=${article} theme=${theme} style="background: ${PAGE_BACKGROUND[theme]}">
              ${article.quotes.map((quote) => html`<quote-card quote-id=${quote.id} variant=${variant}></quote-card>`)}
            </quote-article>`,
          );
          await settle(page);
          await expect(page).to.be.accessible();
        });
      }
      it(`speaker badges and the timeline of the ${language} article, ${theme} theme`, async () => {
        const article = makeArticle();
        const page = await fixture(
          html`<quote-article .article=${article} theme=${theme} style="background: ${PAGE_BACKGROUND[theme]}">
            ${article.speakers.map((speaker) => html`<speaker-badge speaker-id=${speaker.id}></speaker-badge>`)}
            <article-timeline></article-timeline>
          </quote-article>`,
        );
        await settle(page);
        await expect(page).to.be.accessible();
      });
    }
  }

  it('the error, missing and loading states', async () => {
    const broken = seedArticle();
    broken.quotes[0].speaker = 'nobody';
    const page = await fixture(
      html`<div>
        <quote-article .article=${broken}><quote-card></quote-card></quote-article>
        <quote-card .article=${seedArticle()} quote-id="q404"></quote-card>
        <quote-card src="/never-answers.json"></quote-card>
        <article-timeline></article-timeline>
      </div>`,
    );
    for (const element of page.children) await settle(element);
    await expect(page).to.be.accessible();
  });
});

describe('accessibility: what a screen reader announces', () => {
  it('names each card after its speaker and describes it with the quoted words', async () => {
    const article = seedArticle();
    for (const quote of article.quotes) {
      const card = await fixture<QuoteCard>(html`<quote-card .article=${article} quote-id=${quote.id}></quote-card>`);
      const figure = card.shadowRoot!.querySelector('figure')!;
      const speaker = article.speakers.find((candidate) => candidate.id === quote.speaker)!;
      expect(figure.getAttribute('aria-label')).to.equal(`Kutipan dari ${speaker.name}`);
      const description = card.shadowRoot!.getElementById(figure.getAttribute('aria-describedby')!)!;
      expect(description.textContent.replace(/\s+/g, ' ').trim()).to.equal(`“${quote.text}”`);
      expect(figure.querySelector('blockquote')).to.exist;
    }
  });

  it('names the English card in English', async () => {
    const card = await fixture<QuoteCard>(html`<quote-card .article=${seedArticleEnglish()} quote-id="q9"></quote-card>`);
    expect(card.shadowRoot!.querySelector('figure')!.getAttribute('aria-label')).to.equal('Quote from Kremlin');
  });

  it('announces the timeline as a named list of events, each named by its title and dated', async () => {
    const article = seedArticle();
    article.events!.push({ id: 'e2', date: '2022-10', title: 'Latihan militer dilaksanakan' });
    const timeline = await fixture(html`<article-timeline .article=${article}></article-timeline>`);
    const list = timeline.shadowRoot!.querySelector('ol')!;
    expect(list.getAttribute('aria-label')).to.equal(`Linimasa: ${article.title}`);
    const items = [...list.children];
    expect(items.map((item) => item.localName)).to.deep.equal(['li', 'li']);
    for (const item of items) {
      const event = item.querySelector('article')!;
      const title = timeline.shadowRoot!.getElementById(event.getAttribute('aria-labelledby')!)!;
      expect(title.getAttribute('role')).to.equal('heading');
      expect(event.querySelector('time')!.getAttribute('datetime')).to.match(/^2022-10/);
    }
    const titles = items.map((item) =>
      timeline.shadowRoot!.getElementById(item.querySelector('article')!.getAttribute('aria-labelledby')!)!.textContent.trim(),
    );
    expect(titles).to.deep.equal(['Latihan militer dilaksanakan', article.events![0].title]);
  });
});
