import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import { html, render } from 'lit';
import '../../src/index.js';
import { validateArticle } from '../../src/model.js';
import { clip } from '../../src/shared/clip.js';
import { anyArticle } from '../support/arbitraries.js';
import { deepText, settle } from '../support/dom.js';
import { FUZZ_RUNS, FUZZ_SEED } from '../support/fuzz-settings.js';

describe('fuzzing the components with generated and mutated articles', () => {
  const uncaught: unknown[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
  const warn = console.warn;
  beforeEach(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    console.warn = () => {};
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.warn = warn;
  });

  it(`every article shows its quotes or an error naming a JSON path (${FUZZ_RUNS} cases)`, async function () {
    this.timeout(FUZZ_RUNS * 400);
    const host = document.createElement('div');
    document.body.append(host);
    let valid = 0;
    await fc.assert(
      fc.asyncProperty(anyArticle, async (article) => {
        // A generated id may be an object with a "toString" key that is no function: String() would throw in the test itself.
        const idText = (id: unknown) => (typeof id === 'string' ? id : (JSON.stringify(id) ?? String(id)));
        const quoteIds: string[] = Array.isArray(article?.quotes)
          ? article.quotes.slice(0, 6).map((quote: { id?: unknown }) => idText(quote?.id))
          : [];
        render(
          html`<quote-article .article=${article}>
            <speaker-badge></speaker-badge>
            ${quoteIds.map((id) => html`<quote-card quote-id=${id}></quote-card>`)}
            <article-timeline></article-timeline>
          </quote-article>`,
          host,
        );
        const provider = host.querySelector('quote-article')!;
        await settle(provider);
        const result = validateArticle(article);
        if (!result.valid) {
          expect(deepText(provider), 'the error state').to.contain(result.problems[0].path);
          return;
        }
        valid += 1;
        const { quotes, speakers } = result.article;
        const cards = [...host.querySelectorAll('quote-card')];
        cards.forEach((card, index) => {
          const quote = quotes.find((candidate) => candidate.id === quoteIds[index]);
          expect(card.shadowRoot!.textContent, `quote ${quoteIds[index]}`).to.contain(clip(quote!.text, 5e3));
        });
        for (const element of [host.querySelector('speaker-badge')!, host.querySelector('article-timeline')!]) {
          expect(deepText(element), element.localName).not.to.equal('');
        }
        if (speakers.length) expect(host.querySelector('speaker-badge')!.shadowRoot!.textContent).to.contain(clip(speakers[0].name));
        expect(uncaught, 'uncaught errors').to.deep.equal([]);
      }),
      { numRuns: FUZZ_RUNS, seed: FUZZ_SEED, endOnFailure: true },
    );
    render(html``, host);
    host.remove();
    await executeServerCommand('count', { what: 'fuzzed articles rendered', count: FUZZ_RUNS });
    await executeServerCommand('count', { what: '  of which valid', count: valid });
    expect(uncaught).to.deep.equal([]);
  });
});
