import { expect } from '@open-wc/testing';
import pixelmatch from 'pixelmatch';
import { openPage, photograph, settled, text } from '../support/host-page.js';

describe('inherited CSS of the host page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('34 inherited properties set on <body> change nothing in the components', async () => {
    const shots: ImageData[] = [];
    for (const path of ['/test/cdn/bare-page.html', '/test/cdn/inherited-page.html']) {
      const { page, view } = await openPage(path);
      await settled(page);
      expect(text(page.querySelector('quote-card'))).to.contain('Pesan kedua bahwa hampir seluruh perang');
      if (path.includes('inherited')) {
        // The properties are in force on the page itself.
        const subject = view.getComputedStyle(page.querySelector('#subject')!);
        expect([subject.textTransform, subject.letterSpacing, subject.whiteSpace, subject.textAlign]).to.deep.equal([
          'uppercase',
          '3px',
          'pre',
          'right',
        ]);
      }
      shots.push(await photograph(page.querySelector('#subject')!));
      page.defaultView!.frameElement!.remove();
    }
    const [bare, styled] = shots;
    expect([styled.width, styled.height], 'the size of the components').to.deep.equal([bare.width, bare.height]);
    const inked = bare.data.filter((value, index) => index % 4 === 0 && value < 128).length;
    expect(inked, 'dark pixels in the capture').to.be.greaterThan(1000);
    const different = pixelmatch(bare.data, styled.data, undefined, bare.width, bare.height, { threshold: 0.1 });
    expect(different, `${different} of ${bare.width * bare.height} pixels differ`).to.equal(0);
  });
});
