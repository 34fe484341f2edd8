import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import pixelmatch from 'pixelmatch';
import { openPage, photograph, settled, text } from '../support/host-page.js';

describe('hostile host pages', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it("look the same on a page with Bootstrap's CSS and Tailwind's preflight as on a bare page", async () => {
    const shots: ImageData[] = [];
    for (const path of ['/test/cdn/bare-page.html', '/test/cdn/frameworks-page.html']) {
      const { page, view } = await openPage(path);
      await settled(page);
      expect(text(page.querySelector('quote-card'))).to.contain('Pesan kedua bahwa hampir seluruh perang');
      if (path.includes('frameworks')) {
        // The frameworks' styles are on the page: the page's own text is restyled.
        expect(view.getComputedStyle(page.body).fontFamily).to.contain('apple-system');
      }
      const subject = page.querySelector('#subject')!;
      expect(subject.getBoundingClientRect().bottom, 'the components fit in the frame').to.be.below(720);
      shots.push(await photograph(subject));
      page.defaultView!.frameElement!.remove();
    }
    const [bare, framed] = shots;
    expect([framed.width, framed.height]).to.deep.equal([bare.width, bare.height]);
    const different = pixelmatch(bare.data, framed.data, undefined, bare.width, bare.height, { threshold: 0.1 });
    // A blank capture would compare equal too: the cards must be there, in colour.
    const inked = bare.data.filter((value, index) => index % 4 === 0 && value < 128).length;
    expect(inked, 'dark pixels in the capture').to.be.greaterThan(1000);
    expect(different, `${different} of ${bare.width * bare.height} pixels differ`).to.equal(0);
  });

  it('render everything under a strict Content-Security-Policy with Trusted Types, with no violation', async () => {
    const { page, view } = await openPage('/test/cdn/csp-page.html');
    await settled(page);
    await waitUntil(() => view.customElements.get('article-timeline'), 'the timeline was never loaded');
    await settled(page);
    const [card, broken] = page.querySelectorAll('quote-card');
    expect(text(card)).to.contain('Di bawah kepemimpinan Vladimir Putin');
    const figure = card.shadowRoot!.querySelector('figure')!;
    expect(view.getComputedStyle(figure).color, 'the dark theme applies').to.equal('rgb(230, 232, 235)');
    const [inArticle, standalone] = page.querySelectorAll('speaker-badge');
    expect(text(inArticle)).to.contain('Jens Stoltenberg');
    expect(text(standalone)).to.contain('Retno Marsudi');
    // The avatar's colour is set through the CSSOM, which the policy allows.
    expect(view.getComputedStyle(standalone.shadowRoot!.querySelector('.avatar')!).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    expect(text(page.querySelector('article-timeline'))).to.contain('Rabu, 26 Oktober 2022');
    await waitUntil(() => text(broken).includes('speakers[0].name'), 'the broken article showed no error');
    expect(view.__violations).to.deep.equal([]);
    // The policy is in force: eval is refused, and reported.
    expect(() => view.eval('1')).to.throw();
    await waitUntil(() => view.__violations.length > 0, 'the refused eval was not reported');
  });

  it('keep working when the CDN file is loaded twice', async () => {
    const { page, view } = await openPage('/test/cdn/twice-page.html');
    await settled(page);
    await waitUntil(() => text(page.querySelector('article-timeline')).includes('Oktober 2022'), 'the timeline never rendered');
    expect(text(page.querySelector('quote-card'))).to.contain('Di bawah kepemimpinan Vladimir Putin');
    // The second copy leaves the first one's elements alone, and says so.
    const messages: string[] = view.__console;
    expect(
      messages.filter((message) => !/^warn: quote-cards: <[a-z-]+> is defined by other code: left as is\.$/.test(message)),
    ).to.deep.equal([]);
    expect(messages.length).to.be.greaterThan(0);
  });

  it('keep working when other code defined one of the tag names first', async () => {
    const { page, view } = await openPage('/test/cdn/predefined-page.html');
    await waitUntil(() => view.customElements.get('speaker-badge'), 'speaker-badge was never defined');
    await settled(page);
    await waitUntil(() => text(page.querySelector('article-timeline')).includes('Oktober 2022'), 'the timeline never rendered');
    expect(page.querySelector('quote-card')!.textContent).to.equal('the other library’s quote-card');
    expect(text(page.querySelector('speaker-badge'))).to.contain('Jens Stoltenberg');
    const messages: string[] = view.__console;
    expect(messages).to.include('warn: quote-cards: <quote-card> is defined by other code: left as is.');
    expect(messages.filter((message) => message.startsWith('thrown') || message.startsWith('rejected'))).to.deep.equal([]);
  });
});
