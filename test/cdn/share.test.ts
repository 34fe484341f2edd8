import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { QuoteShareEvent } from '../../src/components/quote-card/quote-share-event.js';
import type { QuoteCard } from '../../src/index.js';

// Every share action of the seed article's cards, from the built CDN file on a page that holds only
// the script tag and markup, and again under a strict Content-Security-Policy with Trusted Types.

interface SharePage {
  page: Document;
  view: Window & typeof globalThis & { __violations?: string[] };
  cards: QuoteCard[];
  events: QuoteShareEvent['detail'][];
  written: { text?: string; items?: ClipboardItem[] };
  downloads: HTMLAnchorElement[];
}

async function openSharePage(path: string): Promise<SharePage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 1400px';
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const page = frame.contentDocument!;
  const view = frame.contentWindow as SharePage['view'];
  const cards = [...page.querySelectorAll<QuoteCard>('quote-card')];
  for (const card of cards) {
    await waitUntil(() => card.shadowRoot?.querySelector('[part~="actions"] :is(button, a)'), 'the share bar never appeared');
    await card.updateComplete;
  }
  const events: SharePage['events'] = [];
  page.addEventListener('quote-share', (event) => events.push(event.detail));
  // What the page writes to the clipboard and downloads is recorded (and the clipboard still written).
  const written: SharePage['written'] = {};
  const clipboard = view.navigator.clipboard;
  const writeText = clipboard.writeText.bind(clipboard);
  clipboard.writeText = async (text: string) => {
    written.text = text;
    await writeText(text).catch(() => undefined);
  };
  clipboard.write = async (items: ClipboardItem[]) => {
    written.items = items;
  };
  const downloads: HTMLAnchorElement[] = [];
  const click = view.HTMLAnchorElement.prototype.click;
  view.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) downloads.push(this);
    else click.call(this);
  };
  return { page, view, cards, events, written, downloads };
}

function control(card: QuoteCard, channel: string): HTMLElement {
  const found = card.shadowRoot!.querySelector<HTMLElement>(`[data-channel="${channel}"]`);
  expect(found, `the ${channel} control`).to.exist;
  return found!;
}

/** Waits for the bar to announce `expected` after an action. */
async function status(card: QuoteCard, expected: string): Promise<string> {
  let text = '';
  await waitUntil(
    () => (text = card.shadowRoot!.querySelector('[part~="actions"] [role="status"]')?.textContent?.trim() ?? '') === expected,
    `the action never reported "${expected}" (last: "${text}")`,
  );
  return text;
}

async function pngSize(blob: Blob): Promise<[number, number]> {
  expect(blob.type).to.equal('image/png');
  const bitmap = await createImageBitmap(blob);
  return [bitmap.width, bitmap.height];
}

const ARTICLE = 'https://example.com/nato-stoltenberg-perang-ukraina';

for (const path of ['/test/cdn/share-page.html', '/test/cdn/csp-share-page.html']) {
  describe(`share actions from the CDN file (${path})`, () => {
    let shared: SharePage;

    before(async () => {
      shared = await openSharePage(path);
    });
    after(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

    it('describes each card to search engines with JSON-LD in its light DOM', () => {
      for (const card of shared.cards) {
        const script = card.querySelector('script[type="application/ld+json"]');
        expect(script, 'JSON-LD').to.exist;
        const data = JSON.parse(script!.textContent);
        expect(data['@type']).to.equal('Quotation');
        expect(card.shadowRoot!.querySelector('.words')!.textContent).to.equal(data.text);
        expect(data.isPartOf.url).to.equal(ARTICLE);
      }
    });

    it('copies the text with its attribution and link', async () => {
      const [card] = shared.cards;
      control(card, 'copy-text').click();
      expect(await status(card, 'Teks tersalin')).to.equal('Teks tersalin');
      const [line, link] = shared.written.text!.split('\n');
      expect(line).to.match(
        /^“Pesan kedua bahwa hampir seluruh perang berakhir di meja negosiasi” — Jens Stoltenberg, Sekretaris Jenderal/,
      );
      expect(link.startsWith(`${ARTICLE}#:~:text=`)).to.equal(true);
      expect(shared.events.at(-1)).to.include({ quoteId: 'q1', channel: 'copy-text' });
    });

    it('copies the link to the quote', async () => {
      const [card] = shared.cards;
      control(card, 'copy-link').click();
      await waitUntil(() => shared.written.text?.startsWith(ARTICLE + '#'), 'no link was copied');
      expect(decodeURIComponent(shared.written.text!.split('#:~:text=')[1])).to.equal(
        'Pesan kedua bahwa hampir seluruh perang berakhir di meja negosiasi',
      );
    });

    it('uses the page’s share-url', async () => {
      const card = shared.cards[2];
      control(card, 'copy-text').click();
      await waitUntil(() => shared.written.text?.includes('news.example'), 'the share-url was not used');
      expect(shared.written.text!.split('\n')[1]).to.equal('https://news.example/kutipan/q9');
    });

    it('opens the system share sheet, or a menu of networks where there is none', async () => {
      const [card] = shared.cards;
      if ('share' in shared.view.navigator) {
        const calls: ShareData[] = [];
        Object.defineProperty(shared.view.navigator, 'share', {
          configurable: true,
          value: async (data: ShareData) => void calls.push(data),
        });
        control(card, 'native').click();
        await waitUntil(() => calls.length, 'navigator.share was not called');
        expect(calls[0].url!.startsWith(ARTICLE)).to.equal(true);
      } else {
        control(card, 'native').click();
        await card.updateComplete;
        const menu = card.shadowRoot!.querySelector<HTMLElement>('#share-menu')!;
        expect(menu.hidden).to.equal(false);
        expect(menu.querySelectorAll('a')).to.have.length(7);
      }
    });

    it('downloads the card as a PNG at the device pixel ratio', async () => {
      const [card] = shared.cards;
      control(card, 'download').click();
      expect(await status(card, 'Gambar tersimpan')).to.equal('Gambar tersimpan');
      const [download] = shared.downloads;
      expect(download.download).to.equal('quote-q1.png');
      const [width] = await pngSize(await (await fetch(download.href)).blob());
      expect(width).to.equal(Math.round(card.getBoundingClientRect().width * shared.view.devicePixelRatio));
    });

    it('copies the card image', async () => {
      const [card] = shared.cards;
      control(card, 'copy-image').click();
      expect(await status(card, 'Gambar tersalin')).to.equal('Gambar tersalin');
      const [item] = shared.written.items!;
      const [width] = await pngSize(await item.getType('image/png'));
      expect(width).to.equal(Math.round(card.getBoundingClientRect().width * shared.view.devicePixelRatio));
    });

    it('links to every network with the quote', () => {
      const card = shared.cards[1];
      const hosts = ['x', 'facebook', 'whatsapp', 'telegram', 'linkedin', 'bluesky', 'email'].map((network) => {
        const url = new URL((control(card, network) as HTMLAnchorElement).href);
        expect(url.href, network).to.contain(encodeURIComponent('nato-stoltenberg-perang-ukraina').replace(/%2D/g, '-'));
        return url.protocol === 'mailto:' ? 'mailto:' : url.hostname;
      });
      expect(hosts).to.deep.equal(['x.com', 'www.facebook.com', 'wa.me', 't.me', 'www.linkedin.com', 'bsky.app', 'mailto:']);
    });

    it('renders every social format', async function () {
      const [card] = shared.cards;
      expect(await pngSize(await card.toBlob({ format: 'square' }))).to.deep.equal([1080, 1080]);
      expect(await pngSize(await card.toBlob({ format: 'story' }))).to.deep.equal([1080, 1920]);
      expect(await pngSize(await card.toBlob({ format: 'landscape' }))).to.deep.equal([1200, 630]);
    });

    if (path.includes('csp')) {
      it('reported no Content-Security-Policy or Trusted Types violation', () => {
        expect(shared.view.__violations).to.deep.equal([]);
      });
    }
  });
}
