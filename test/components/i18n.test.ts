import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/index.js';
import { registerTranslation, validateArticle, type QuoteArticle, type QuoteCard } from '../../src/index.js';
import { seedArticle, seedArticleEnglish, visibleText } from '../support/fixtures.js';

const arabic: unknown = await (await fetch(new URL('../../src/examples/seed-article.ar.json', import.meta.url))).json();

/** Every text the element's shadow root showed from now on, as it changed. */
function recordTexts(element: Element): string[] {
  const texts: string[] = [];
  const record = () =>
    texts.push(
      visibleText(element) +
        ' ' +
        [...element.shadowRoot!.querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label')).join(' '),
    );
  new MutationObserver(record).observe(element.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
  return texts;
}

describe('interface languages', () => {
  it('speaks Arabic for the Arabic example (it fell back to English)', async () => {
    const card = await fixture<QuoteCard>(html`<quote-card .article=${structuredClone(arabic)} quote-id="q10"></quote-card>`);
    expect(card.shadowRoot!.querySelector('figure')!.getAttribute('aria-label')).to.match(/^اقتباس من /);
    expect(card.shadowRoot!.querySelector('[part~="label"]')!.textContent).to.equal('مقتطف');
  });

  it('shows no English while the Indonesian strings are on their way, and does not move when they arrive', async () => {
    const host = await fixture<HTMLElement>(html`<div style="width: 30rem"></div>`);
    const card = document.createElement<'quote-card'>('quote-card');
    card.setAttribute('quote-id', 'q5');
    card.article = seedArticle();
    host.append(card);
    const texts = recordTexts(card);
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('figure')!.getAttribute('aria-label')).to.match(/^Kutipan dari /);
    for (const text of texts) expect(text).not.to.match(/Quote from|Excerpt|Loading quotes/);
  });

  it('lets a page add a language, and change strings of one, without forking: cards shown render again', async () => {
    const card = await fixture<QuoteCard>(html`<quote-card lang="fr-CA" .article=${{ ...seedArticleEnglish(), title: 7 }}></quote-card>`);
    expect(visibleText(card)).to.contain('This article cannot be shown');
    registerTranslation({
      $code: 'fr',
      $name: 'Français',
      invalid: ['Impossible d’afficher cet article', 'Ses données contiennent des erreurs.'],
    });
    registerTranslation({ $code: 'fr-CA', retry: 'Réessayer' });
    await waitUntil(() => visibleText(card).includes('Impossible d’afficher cet article'), 'the card did not take the new language');
    // What the French table lacks comes from English.
    expect(card.shadowRoot!.querySelector('summary')!.textContent).to.equal('Details for developers');
    // A page's strings win over the built-in ones, even those that arrive later.
    registerTranslation({ $code: 'id', retry: 'Ulangi' });
    const article = await fixture<QuoteArticle>(
      html`<quote-article lang="id" src="/not-there.json"><quote-card></quote-card></quote-article>`,
    );
    await waitUntil(() => article.shadowRoot!.querySelector('button'), 'no retry button');
    expect(article.shadowRoot!.querySelector('button')!.textContent.trim()).to.equal('Ulangi');
  });

  it('says in the reader’s language that an article was not found, with the URL only in the closed disclosure', async () => {
    const article = await fixture<QuoteArticle>(
      html`<quote-article lang="id" src="/missing-article.json"><quote-card></quote-card></quote-article>`,
    );
    await waitUntil(() => article.shadowRoot!.querySelector('details'), 'no error was shown');
    const status = article.shadowRoot!.querySelector('[part~="status"]')!;
    expect(status.querySelector('b')!.textContent).to.equal('Artikel tidak ditemukan');
    expect(status.textContent).to.contain('Artikel ini mungkin telah dipindahkan atau dihapus.');
    const details = status.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent).to.equal('Rincian untuk pengembang');
    // Outside the disclosure: no URL, no status code, no English.
    const outside = [...status.children]
      .filter((child) => child !== details)
      .map((child) => child.textContent)
      .join(' ');
    expect(outside).not.to.match(/missing-article|404|server|Not Found/);
  });
});

describe('problem codes', () => {
  it('gives each problem a stable code and parameters beside its JSON path and English message', () => {
    const article = seedArticle() as unknown as Record<string, unknown> & { quotes: { speaker: string }[]; speakers: { id: string }[] };
    article.quotes[3].speaker = 'putn';
    article.speakers[1].id = article.speakers[0].id;
    article.title = 7;
    delete article.lang;
    const problems = validateArticle(article).problems.map(({ path, code, params }) => ({ path, code, params }));
    expect(problems).to.deep.include({ path: 'quotes[3].speaker', code: 'unknown-id', params: { id: 'putn', kind: 'speaker' } });
    expect(problems).to.deep.include({ path: 'lang', code: 'required', params: undefined });
    expect(problems.find((problem) => problem.path === 'title')).to.deep.include({ code: 'type' });
    expect(problems.find((problem) => problem.path === 'title')!.params).to.include({ type: 'string', value: '7' });
    expect(problems.find((problem) => problem.path === 'speakers[1].id')).to.deep.include({ code: 'duplicate-id' });
  });

  it('shows a problem translated when the table knows its code', async () => {
    registerTranslation({
      $code: 'id',
      'problem-unknown-id': ({ id, kind }) => `"${String(id)}" bukan id ${kind === 'speaker' ? 'pembicara' : 'kutipan'} mana pun`,
    });
    const article = seedArticle();
    article.quotes[0].speaker = 'nobody';
    const card = await fixture<QuoteCard>(html`<quote-card lang="id" .article=${article}></quote-card>`);
    expect(visibleText(card)).to.contain('quotes[0].speaker: "nobody" bukan id pembicara mana pun');
  });
});
