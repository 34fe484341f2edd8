// A CMS-like host page embeds, by iframe from ANOTHER origin, a quote card and a 1,000-event
// timeline written by `quote-cards render` (test/embed/embed-site-plugin.mjs), with the snippet of
// their oEmbed documents: each iframe takes its content's height, and follows when it changes.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { contentHeight, heightOf, host, loadSnippets, type Oembed, type Snippets } from './host-page.js';

let snippets: Snippets;
before(async function () {
  this.timeout(120_000); // the embeds are written as the tests start
  snippets = await loadSnippets();
});

for (const [name, which] of [
  ['a quote card', 'card'],
  ['a 1,000-event timeline', 'timeline'],
] as const) {
  describe(`the iframe embed of ${name}, from another origin`, () => {
    let oembed: Oembed;
    before(() => {
      oembed = snippets[which];
    });
    afterEach(() => document.querySelectorAll('article').forEach((article) => article.remove()));

    it('is an oEmbed rich snippet: a titled, lazily loaded iframe of reserved height, of another origin', () => {
      expect(oembed.type).to.equal('rich');
      const { frame } = host(oembed.html);
      expect(new URL(frame.src).origin).to.equal(snippets.origin);
      expect(snippets.origin).not.to.equal(location.origin);
      expect(frame.title).to.not.equal('');
      expect(frame.getAttribute('loading')).to.equal('lazy');
      expect(heightOf(frame)).to.equal(oembed.height);
    });

    it('takes the height of its content, and follows when the content changes size', async function () {
      this.timeout(90_000); // a 1,000-event page loaded four times on a busy machine
      const { frame, article } = host(oembed.html);
      frame.style.width = '600px';
      const wide = await contentHeight(frame.src, 600);
      expect(wide).to.be.greaterThan(50);
      await waitUntil(() => Math.abs(heightOf(frame) - wide) <= 1, `the iframe is ${heightOf(frame)} px high, its content ${wide} px`);
      const after = article.querySelector('.after')!.getBoundingClientRect().top;
      expect(after).to.be.greaterThan(frame.getBoundingClientRect().bottom - 1);

      // Narrower: the text wraps on more lines, the content grows; the iframe follows.
      frame.style.width = '320px';
      const narrow = await contentHeight(frame.src, 320);
      expect(narrow).to.be.greaterThan(wide);
      await waitUntil(() => Math.abs(heightOf(frame) - narrow) <= 1, `the iframe is ${heightOf(frame)} px high, its content ${narrow} px`);
    });

    it('ignores resize messages that do not come from its own window', async function () {
      const { frame } = host(oembed.html);
      frame.style.width = '600px';
      const wide = await contentHeight(frame.src, 600);
      await waitUntil(() => Math.abs(heightOf(frame) - wide) <= 1, 'the iframe takes its height');
      window.postMessage({ type: 'quote-cards:resize', height: 7 }, '*');
      const echo = new Promise((resolve) => addEventListener('message', resolve, { once: true }));
      await echo;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(Math.abs(heightOf(frame) - wide)).to.be.at.most(1);
    });
  });
}
