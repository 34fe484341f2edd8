import { expect } from '@open-wc/testing';
import { describeProblem, validateArticle, type ArticleProblem } from '../../src/model.js';
import { seedArticle, seedArticleEnglish } from '../support/fixtures.js';

function problemsOf(article: unknown): string[] {
  const result = validateArticle(article);
  return result.problems.map((problem: ArticleProblem) => describeProblem(problem));
}

describe('validateArticle', () => {
  it('accepts both seed articles as they are', () => {
    expect(problemsOf(seedArticle())).to.deep.equal([]);
    expect(problemsOf(seedArticleEnglish())).to.deep.equal([]);
    expect(validateArticle(seedArticle()).valid).to.equal(true);
  });

  it('the seed article has every quote of the story, attributed', () => {
    const article = seedArticle();
    expect(article.quotes).to.have.length(10);
    const bySpeaker = (id: string) => article.quotes.filter((quote) => quote.speaker === id).length;
    expect([bySpeaker('stoltenberg'), bySpeaker('shoigu'), bySpeaker('kremlin'), bySpeaker('putin')]).to.deep.equal([7, 1, 1, 1]);
    expect(article.quotes.find((quote) => quote.speaker === 'kremlin')?.via).to.equal('TASS');
    expect(article.quotes.filter((quote) => quote.partial).map((quote) => quote.text)).to.deep.equal([
      'berbahaya, sembrono dan tidak bertanggung jawab',
      'serangan nuklir besar-besaran',
      'semua cara yang tersedia',
    ]);
    expect(article.events?.[0]).to.include({ date: '2022-10-26', dateText: 'Rabu (26/10)' });
  });

  it('names a dangling speaker reference with its JSON path', () => {
    const article = seedArticle();
    article.quotes[3].speaker = 'putn';
    expect(problemsOf(article)).to.deep.equal(['quotes[3].speaker: "putn" is not the id of any speaker']);
  });

  it('reports every problem at once', () => {
    const article = seedArticle() as Record<string, any>;
    delete article.title;
    article.lang = 'not a language';
    article.url = 'javascript:alert(1)';
    article.speakers[1].kind = 'robot';
    article.quotes[0].paragraph = -1;
    article.quotes[1].partial = 'yes';
    article.quotes[2].text = '   ';
    article.events[0].date = '26/10/2022';
    article.events[0].quotes.push('q99');
    expect(problemsOf(article)).to.have.members([
      'title: is required',
      'url: must be an http:// or https:// URL',
      'lang: must be a BCP 47 language tag such as "id" or "en-GB"',
      'speakers[1].kind: must be "person" or "organization", not "robot"',
      'quotes[0].paragraph: must be 0 or more',
      'quotes[1].partial: must be true or false, not "yes"',
      'quotes[2].text: must not be empty',
      'events[0].date: must be an ISO 8601 date that exists: 2022, 2022-10, 2022-10-26 or 2022-10-26T09:30+07:00',
      'events[0].quotes[2]: "q99" is not the id of any quote',
    ]);
  });

  it('finds duplicate ids in each list', () => {
    const article = seedArticle();
    article.quotes[4].id = 'q1';
    article.speakers[2].id = 'stoltenberg';
    expect(problemsOf(article)).to.include.members([
      'quotes[4].id: "q1" is already the id of another item in quotes',
      'speakers[2].id: "stoltenberg" is already the id of another item in speakers',
    ]);
  });

  it('says what a wrong type was', () => {
    expect(problemsOf(null)).to.deep.equal(['(article): must be an object, not null']);
    expect(problemsOf([])).to.deep.equal(['(article): must be an object, not []']);
    const article = seedArticle() as Record<string, any>;
    article.quotes = { q1: 'text' };
    article.version = '1';
    expect(problemsOf(article)).to.include.members([
      'quotes: must be a list, not {"q1":"text"}',
      'version: must be a whole number, not "1"',
    ]);
  });

  it('keeps unknown fields, so that newer articles still load', () => {
    const article = seedArticle() as Record<string, any>;
    article.sentiment = { overall: 'tense' };
    article.quotes[0].translation = { en: 'The second message…' };
    const result = validateArticle(article);
    expect(result.valid).to.equal(true);
    expect((result.article as Record<string, any>).quotes[0].translation.en).to.equal('The second message…');
  });

  it('accepts only http(s) links and http(s) or data:image images', () => {
    const article = seedArticle();
    article.speakers[0].image = 'data:image/png;base64,iVBORw0KGgo=';
    article.speakers[1].image = 'https://example.com/putin.jpg';
    article.speakers[2].url = ' https://example.com';
    article.speakers[3].image = 'data:text/html,<script>alert(1)</script>';
    expect(problemsOf(article)).to.deep.equal([
      'speakers[2].url: must be an http:// or https:// URL',
      'speakers[3].image: must be an http://, https:// or data:image URL',
    ]);
  });

  it('accepts partial dates and date-times in events', () => {
    const article = seedArticle();
    article.events = ['2022', '2022-10', '2022-10-26T09:30+07:00', '2022-10-26T09:30:15.5Z'].map((date, index) => ({
      id: `e${index}`,
      date,
      title: 'Something happened',
    }));
    expect(problemsOf(article)).to.deep.equal([]);
  });
});
