import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/index.js';
import type { ArticleState, QuoteArticle, QuoteArticleErrorEvent, QuoteArticleEvent } from '../../src/index.js';
import { quietly } from '../support/dom.js';

// <quote-article live> against a local server whose article changes (test/support/article-routes-plugin.mjs).

const key = (label: string) => `${label}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
const ask = async (path: string) => (await fetch(path)).text();
const stats = async (name: string) =>
  (await (await fetch(`/__live/${name}/stats`)).json()) as {
    requests: number;
    conditional: number;
    notModified: number;
    ok: number;
    failed: number;
    mostInFlight: number;
    preflights: number;
  };

/** Resolves after `count` of the page's own timer ticks of `ms`: intervals counted by the page, the clock the element polls by. */
const ticks = (count: number, ms: number) =>
  new Promise<void>((resolve) => {
    const tick = (left: number) => (left ? setTimeout(() => tick(left - 1), ms) : resolve());
    tick(count);
  });

/** Makes the page look hidden (another tab) or shown again, as `visibilitychange` tells it. */
function setHidden(hidden: boolean) {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  document.dispatchEvent(new Event('visibilitychange'));
}
const eventsOf = (state: ArticleState) => (state.status === 'ready' ? (state.article.events ?? []).length : -1);

interface Heard {
  load: QuoteArticleEvent[];
  update: QuoteArticleEvent[];
  error: QuoteArticleErrorEvent[];
}

/** A live <quote-article> with a timeline, the events it fires, once its article has loaded. */
async function liveArticle(name: string, attributes: { stream?: boolean } = {}): Promise<{ element: QuoteArticle; heard: Heard }> {
  const heard: Heard = { load: [], update: [], error: [] };
  const wrapper = document.body.appendChild(document.createElement('div'));
  wrappers.push(wrapper);
  wrapper.addEventListener('quote-article-load', (event) => heard.load.push(event));
  wrapper.addEventListener('quote-article-update', (event) => heard.update.push(event));
  wrapper.addEventListener('quote-article-error', (event) => heard.error.push(event));
  const element = await fixture<QuoteArticle>(
    attributes.stream
      ? html`<quote-article src=${`/__live/${name}/article.json`} live stream=${`/__live/${name}/stream`}>
          <article-timeline></article-timeline>
        </quote-article>`
      : html`<quote-article src=${`/__live/${name}/article.json`} live interval="0.05"
          ><article-timeline></article-timeline
        ></quote-article>`,
    { parentNode: wrapper },
  );
  await waitUntil(() => heard.load.length === 1, 'the article never loaded');
  return { element, heard };
}

const wrappers: HTMLElement[] = [];
afterEach(() => wrappers.splice(0).forEach((wrapper) => wrapper.remove()));

const timelineText = (element: QuoteArticle) => element.querySelector('article-timeline')!.shadowRoot?.textContent ?? '';

describe('<quote-article live> polling', () => {
  it('asks again with conditional requests: a 304 changes nothing; a new version (new ETag) adds its event, told once', async () => {
    const name = key('poll');
    const { element, heard } = await liveArticle(name);
    const first = element.articleState;
    const before = eventsOf(first);
    await waitUntil(async () => (await stats(name)).notModified >= 3, 'the server was never asked with If-None-Match');
    expect(element.articleState, 'a 304 keeps the same state').to.equal(first);
    expect(heard.update).to.have.length(0);
    await ask(`/__live/${name}/next`);
    await waitUntil(() => heard.update.length === 1, 'the new version was never shown');
    expect(eventsOf(element.articleState)).to.equal(before + 1);
    expect(heard.update[0].detail.article.events!.at(-1)!.title).to.equal('Pembaruan 1');
    await waitUntil(() => timelineText(element).includes('Pembaruan 1'), 'the timeline never showed the new event');
    // More 304s after it: the update is told once.
    const seen = (await stats(name)).notModified;
    await waitUntil(async () => (await stats(name)).notModified >= seen + 3, 'polling stopped');
    expect(heard.update).to.have.length(1);
    expect(heard.error).to.have.length(0);
  });

  for (const mode of ['500', 'drop']) {
    it(`keeps the last good article on screen through a ${mode === 'drop' ? 'dropped connection' : '500'}, and tries again`, async () => {
      const name = key(`fail-${mode}`);
      const { element, heard } = await liveArticle(name);
      await ask(`/__live/${name}/next`);
      await waitUntil(() => heard.update.length === 1, 'the first update never came');
      const good = element.articleState;
      await ask(`/__live/${name}/mode/${mode}`);
      await quietly(() => waitUntil(() => heard.error.length >= 1, 'no error was told'));
      expect(heard.error[0].detail.error.kind).to.equal(mode === '500' ? 'http' : 'network');
      const { failed } = await stats(name);
      await quietly(() => waitUntil(async () => (await stats(name)).failed >= failed + 1, 'it never tried again'));
      const kept = element.articleState;
      expect(kept.status).to.equal('ready');
      expect(kept.status === 'ready' && kept.article).to.equal(good.status === 'ready' && good.article);
      expect(timelineText(element)).to.contain('Pembaruan 1');
      await ask(`/__live/${name}/mode/ok`);
      // The server back with the version shown (a 304): the error goes, the article stays.
      await waitUntil(
        () => (element.articleState as { error?: unknown }).error === undefined,
        'the error stayed once the server answered again',
      );
      expect(element.shadowRoot!.querySelector('.status.error')).to.equal(null);
      expect(heard.update).to.have.length(2);
      await ask(`/__live/${name}/next`);
      await waitUntil(() => heard.update.length === 3, 'it never recovered');
      const recovered = element.articleState;
      expect(recovered.status === 'ready' && recovered.error, 'the error went').to.equal(undefined);
      await waitUntil(() => timelineText(element).includes('Pembaruan 2'), 'the timeline never showed the next event');
    });
  }

  it('shows an invalid version as an error, keeping the article the reader sees', async () => {
    const name = key('invalid');
    const { element, heard } = await liveArticle(name);
    await ask(`/__live/${name}/next`);
    await waitUntil(() => heard.update.length === 1, 'the first update never came');
    const shownEvents = eventsOf(element.articleState);
    await ask(`/__live/${name}/mode/invalid`);
    await ask(`/__live/${name}/next`);
    await quietly(() => waitUntil(() => heard.error.length === 1, 'the invalid version was not told'));
    expect(heard.error[0].detail.error.kind).to.equal('invalid');
    expect(heard.error[0].detail.error.problems.map((problem) => problem.path)).to.include(`events[${shownEvents}].date`);
    await element.updateComplete;
    const shown = element.shadowRoot!.textContent;
    expect(shown).to.contain(`events[${shownEvents}].date`);
    // The article stays: the timeline is still slotted and shows it.
    expect(element.shadowRoot!.querySelector('slot')).to.exist;
    expect(timelineText(element)).to.contain('Pembaruan 1');
    expect(element.querySelector('article-timeline')!.articleState.status).to.equal('ready');
  });
});

describe('<quote-article live> with src on another origin', () => {
  it('leaves revalidation to the browser (no preflight): Chromium and Firefox get 304s, WebKit whole answers; either way nothing changes until a new version', async () => {
    const name = key('cross');
    const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const src = `${location.protocol}//${other}:${location.port}/__live/${name}/article.json`;
    const heard: QuoteArticleEvent[] = [];
    const element = await fixture<QuoteArticle>(html`<quote-article src=${src} live interval="0.05"></quote-article>`);
    element.addEventListener('quote-article-update', (event) => heard.push(event));
    await waitUntil(() => element.articleState.status === 'ready', 'the article never loaded');
    await waitUntil(async () => (await stats(name)).requests >= 5, 'polling never went on');
    const seen = await stats(name);
    expect(heard, 'answers identical to what is shown change nothing').to.have.length(0);
    expect(seen.preflights).to.equal(0);
    if (navigator.userAgent.includes('Chrome') || navigator.userAgent.includes('Firefox')) expect(seen.notModified).to.be.at.least(2);
    else expect(seen.ok, 'WebKit: whole answers').to.be.at.least(3);
    await ask(`/__live/${name}/next`);
    await waitUntil(() => heard.length === 1, 'the new version was never shown');
    expect(eventsOf(element.articleState)).to.equal(2);
  });
});

describe('<quote-article live> load on the server', () => {
  afterEach(() => delete (document as { hidden?: boolean }).hidden);

  it('never has two requests in flight, the first load included, even when answers take longer than the interval', async () => {
    const name = key('slow');
    await ask(`/__live/${name}/mode/slow`);
    await liveArticle(name);
    await waitUntil(async () => (await stats(name)).requests >= 5, 'polling never went on');
    expect((await stats(name)).mostInFlight).to.equal(1);
  });

  it('asks nothing while the page is hidden, and asks again as soon as it is shown', async () => {
    const name = key('hidden');
    const { element, heard } = await liveArticle(name);
    await waitUntil(async () => (await stats(name)).requests >= 3, 'polling never began');
    setHidden(true);
    // A request already asked for may still be answered; none after it for 20 intervals (0.05 s each, by the page's clock).
    const { requests } = await stats(name);
    await ticks(20, 50);
    expect((await stats(name)).requests).to.be.at.most(requests + 1);
    await ask(`/__live/${name}/next`);
    const asked = (await stats(name)).requests;
    setHidden(false);
    await waitUntil(async () => (await stats(name)).requests > asked, 'it did not ask again once shown');
    await waitUntil(() => heard.update.length === 1, 'the version published while hidden was not shown');
    expect(eventsOf(element.articleState)).to.equal(2);
  });

  it('waits longer after each failure (doubling, up to 32 intervals)', async () => {
    const name = key('backoff');
    await liveArticle(name);
    await ask(`/__live/${name}/mode/500`);
    await quietly(async () => {
      await waitUntil(async () => (await stats(name)).failed >= 1, 'no request failed');
      const { failed } = await stats(name);
      // 40 intervals by the page's clock: without backing off, some 40 requests; with it (2, 4, 8, 16… intervals), at most 5.
      await ticks(40, 50);
      expect((await stats(name)).failed - failed).to.be.within(1, 5);
    });
  });
});

describe('<quote-article live stream>', () => {
  it('shows each version the Server-Sent Events stream sends, and listens again after the connection drops', async () => {
    const name = key('stream');
    const { element, heard } = await liveArticle(name, { stream: true });
    const first = element.articleState;
    await ask(`/__live/${name}/next`);
    await waitUntil(() => heard.update.length === 1, 'the streamed version was never shown');
    expect(eventsOf(element.articleState)).to.equal(eventsOf(first) + 1);
    await ask(`/__live/${name}/mode/drop`);
    await ask(`/__live/${name}/mode/ok`);
    await ask(`/__live/${name}/next`);
    // (The stream's first message after reconnecting is the article as it is now.)
    await waitUntil(() => heard.update.length >= 2 && timelineText(element).includes('Pembaruan 2'), 'nothing came after the drop');
    expect(heard.error).to.have.length(0);
  });
});
