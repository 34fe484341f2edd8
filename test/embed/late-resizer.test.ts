// A host page whose resizer script arrives after its embeds have loaded (a slow or deferred script,
// a CMS that moves scripts to the end): the embeds posted their height to nobody, and the resizer
// must ask them again. A page of its own, so that no earlier test has installed the resizer.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { contentHeight, heightOf, host, loadSnippets, type Snippets } from './host-page.js';

let snippets: Snippets;
before(async function () {
  this.timeout(120_000); // the embeds are written as the tests start
  snippets = await loadSnippets();
});

it("embeds take their content's height when the resizer arrives after they have loaded", async function () {
  this.timeout(120_000);
  const hosts = [snippets.card, snippets.timeline].map((oembed) => {
    const page = host(oembed.html, { scriptsLater: true });
    page.frame.style.width = '600px';
    page.frame.style.height = '40px';
    // Each embed posts its height during its own load event, which comes before the iframe's here.
    const loaded = new Promise((resolve) => page.frame.addEventListener('load', resolve, { once: true }));
    return { ...page, loaded };
  });
  await Promise.all(hosts.map((page) => page.loaded));
  const heights = await Promise.all(hosts.map((page) => contentHeight(page.frame.src, 600)));
  for (const [k, { frame }] of hosts.entries()) {
    expect(heights[k]).to.be.greaterThan(50);
    expect(heightOf(frame)).to.equal(40);
  }
  for (const page of hosts) page.runScripts();
  for (const [k, { frame }] of hosts.entries()) {
    await waitUntil(
      () => Math.abs(heightOf(frame) - heights[k]) <= 1,
      `embed ${k + 1}: the iframe is not ${heights[k]} px high, its content's height`,
    );
  }
});
