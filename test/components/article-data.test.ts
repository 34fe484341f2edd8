import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/index.js';
import { loadArticle, type QuoteArticle, type QuoteCard } from '../../src/index.js';
import { seedArticle, visibleText } from '../support/fixtures.js';
import { quietly } from '../support/dom.js';

const key = (label: string) => `${label}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
const ask = async (path: string) => (await fetch(path)).text();

describe('fetching src', () => {
  it('reload() and a later element with the same src fetch the article again after a successful load', async () => {
    const name = key('reload');
    const card = await fixture<QuoteCard>(html`<quote-card src=${`/__articles/count/${name}.json`} quote-id="q9"></quote-card>`);
    await waitUntil(() => card.shadowRoot!.querySelector('blockquote'), 'the card never rendered');
    expect(await ask(`/__articles/count/${name}/hits`)).to.equal('1');
    const updated = new Promise((resolve) => card.addEventListener('quote-article-update', resolve, { once: true }));
    card.reload();
    await waitUntil(async () => (await ask(`/__articles/count/${name}/hits`)) === '2', 'reload() did not fetch again');
    await updated;
    // The article shown stays while it reloads.
    expect(card.shadowRoot!.querySelector('blockquote')).to.exist;
    await fixture<QuoteCard>(html`<quote-card src=${`/__articles/count/${name}.json`} quote-id="q9"></quote-card>`);
    await waitUntil(async () => Number(await ask(`/__articles/count/${name}/hits`)) >= 3, 'a later element did not fetch again');
  });

  it('aborts the fetch of an element removed from the page when no other element needs it', async () => {
    const name = key('abort');
    const card = await fixture<QuoteCard>(html`<quote-card src=${`/__articles/drip/${name}.json`}></quote-card>`);
    await waitUntil(async () => (await ask(`/__articles/drip/${name}/closed`)) === 'false', 'the request never arrived');
    card.remove();
    await waitUntil(async () => (await ask(`/__articles/drip/${name}/closed`)) === 'true', 'the fetch was not aborted');
  });

  it('keeps fetching while another element still needs the same src', async () => {
    const name = key('shared');
    const src = `/__articles/drip/${name}.json`;
    const host = await fixture(html`<div><quote-card src=${src}></quote-card><quote-card src=${src}></quote-card></div>`);
    await waitUntil(async () => (await ask(`/__articles/drip/${name}/closed`)) === 'false', 'the request never arrived');
    host.querySelector('quote-card')!.remove();
    // A request made after the removal has been handled comes back after it: the fetch is still open.
    await ask(`/__articles/count/${key('tick')}/hits`);
    expect(await ask(`/__articles/drip/${name}/closed`)).to.equal('false');
    host.remove();
    await waitUntil(async () => (await ask(`/__articles/drip/${name}/closed`)) === 'true', 'the fetch was not aborted');
  });

  it('reports a body that never ends as a timeout, in every engine', async () => {
    const state = await loadArticle(`/__articles/drip/${key('timeout')}.json`, undefined, false, 500);
    expect(state.status).to.equal('error');
    if (state.status !== 'error') return;
    expect(state.error.kind).to.equal('timeout');
    expect(state.error.problems[0].message).to.equal('no answer in 0.5 s');
  });
});

describe('an article object changed after it was set', () => {
  it('shows the problem instead of throwing, in the card updated and in a second card given the same object', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
    addEventListener('error', onError);
    try {
      const article = seedArticle();
      const card = await fixture<QuoteCard>(html`<quote-card .article=${article} quote-id="q1"></quote-card>`);
      expect(card.shadowRoot!.querySelector('blockquote')).to.exist;
      article.quotes.find((quote) => quote.id === 'q1')!.speaker = 'nobody';
      await quietly(async () => {
        card.requestUpdate();
        await card.updateComplete;
      });
      expect(visibleText(card)).to.contain('.speaker: "nobody" is not the id of any speaker');
      const second = await quietly(() => fixture<QuoteCard>(html`<quote-card .article=${article} quote-id="q1"></quote-card>`));
      expect(visibleText(second)).to.contain('"nobody" is not the id of any speaker');
    } finally {
      removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });
});

describe('article states', () => {
  it('are snapshots: a live blog found invalid once its events are checked is a new state, given to every component', async () => {
    const article = seedArticle() as unknown as { events: unknown[] };
    article.events = Array.from({ length: 600 }, (_, index) => ({ id: `e${index}`, date: '2022-10-26', title: `Peristiwa ${index}` }));
    article.events[300] = { id: 'bad', date: 'kemarin', title: 'x' };
    const host = await quietly(() =>
      fixture<QuoteArticle>(html`<quote-article .article=${article}><quote-card quote-id="q1"></quote-card></quote-article>`),
    );
    const card = host.querySelector('quote-card')!;
    const first = host.articleState;
    expect(first.status).to.equal('ready');
    expect(card.articleState).to.equal(first);
    const next = await (first.status === 'ready' && first.checking);
    await quietly(async () => {
      await host.updateComplete;
      await card.updateComplete;
    });
    expect(first.status, 'the first state is unchanged').to.equal('ready');
    expect(next && next.status).to.equal('error');
    expect(host.articleState).to.equal(next);
    expect(card.articleState).to.equal(next);
    expect(visibleText(card)).to.contain('events[300].date');
  });
});
