import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import pixelmatch from 'pixelmatch';
import '../../src/index.js';
import type { QuoteShareEvent } from '../../src/components/quote-card/quote-share-event.js';
import type { Article, QuoteCard } from '../../src/index.js';
import { seedArticle, seedArticleEnglish } from '../support/fixtures.js';

const ARTICLE_URL = 'https://example.com/nato-stoltenberg-perang-ukraina';

async function shareCard(article: Article, share = '', attributes: { quoteId?: string; shareUrl?: string; variant?: string } = {}) {
  const card = await fixture<QuoteCard>(
    html`<quote-card
      .article=${article}
      share=${share}
      quote-id=${ifDefined(attributes.quoteId)}
      share-url=${ifDefined(attributes.shareUrl)}
      variant=${ifDefined(attributes.variant)}
    ></quote-card>`,
  );
  await card.updateComplete;
  return card;
}

function bar(card: QuoteCard): HTMLElement | null {
  return card.shadowRoot!.querySelector<HTMLElement>('[part~="actions"]');
}

function control(card: QuoteCard, channel: string): HTMLElement {
  const found = card.shadowRoot!.querySelector<HTMLElement>(`[data-channel="${channel}"]`);
  expect(found, `the ${channel} control`).to.exist;
  return found!;
}

/** The accessible names of the bar's buttons and links, as a screen reader lists them. */
function controlNames(card: QuoteCard): string[] {
  return [...bar(card)!.querySelectorAll<HTMLElement>('button, a')]
    .filter((element) => !element.closest('[hidden]'))
    .map((element) => element.getAttribute('aria-label') ?? element.textContent.trim());
}

/** Records what the page writes to the clipboard, and still writes it. */
function recordClipboard() {
  const written: { text?: string; items?: ClipboardItem[] } = {};
  const clipboard = navigator.clipboard;
  const originalText = clipboard.writeText;
  const originalWrite = clipboard.write;
  clipboard.writeText = async (text: string) => {
    written.text = text;
    await originalText.call(clipboard, text).catch(() => undefined);
  };
  clipboard.write = async (items: ClipboardItem[]) => {
    written.items = items;
    await originalWrite.call(clipboard, items).catch(() => undefined);
  };
  return {
    written,
    restore() {
      clipboard.writeText = originalText;
      clipboard.write = originalWrite;
    },
  };
}

async function decodePng(blob: Blob): Promise<{ width: number; height: number }> {
  expect(blob.type).to.equal('image/png');
  const signature = new Uint8Array(await blob.slice(0, 8).arrayBuffer());
  expect([...signature]).to.deep.equal([137, 80, 78, 71, 13, 10, 26, 10]);
  const bitmap = await createImageBitmap(blob);
  return { width: bitmap.width, height: bitmap.height };
}

/** The status line the bar announces after an action. */
async function announced(card: QuoteCard): Promise<string> {
  for (let tries = 0; tries < 100; tries++) {
    await card.updateComplete;
    const text = bar(card)!.querySelector('[role="status"]')!.textContent.trim();
    if (text) return text;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return '';
}

describe('<quote-card share>', () => {
  describe('the action bar', () => {
    it('is absent without the share attribute, and goes when the attribute is removed', async () => {
      const plain = await fixture<QuoteCard>(html`<quote-card .article=${seedArticle()}></quote-card>`);
      expect(bar(plain) === null, 'no bar').to.equal(true);
      const card = await shareCard(seedArticle());
      expect(bar(card) !== null, 'a bar').to.equal(true);
      card.removeAttribute('share');
      await card.updateComplete;
      expect(bar(card) === null, 'no bar after removing share').to.equal(true);
    });

    it('offers the usual actions in Indonesian, as a labelled group', async () => {
      const card = await shareCard(seedArticle());
      expect(bar(card)!.getAttribute('role')).to.equal('group');
      expect(bar(card)!.getAttribute('aria-label')).to.equal('Bagikan kutipan ini');
      expect(controlNames(card)).to.deep.equal(['Salin teks', 'Salin tautan', 'Bagikan…', 'Unduh PNG', 'Salin gambar']);
    });

    it('speaks English for an English article', async () => {
      const card = await shareCard(seedArticleEnglish());
      expect(controlNames(card)).to.deep.equal(['Copy text', 'Copy link', 'Share…', 'Download PNG', 'Copy image']);
    });

    it('shows only the channels the share attribute lists, in its order', async () => {
      const card = await shareCard(seedArticleEnglish(), 'whatsapp x copy-link');
      expect(controlNames(card)).to.deep.equal(['Share on WhatsApp', 'Share on X', 'Copy link']);
    });

    it('is not part of compact cards', async () => {
      const card = await shareCard(seedArticle(), '', { variant: 'compact' });
      expect(bar(card) === null).to.equal(true);
    });

    it('can be reached and used with the keyboard', async () => {
      const card = await shareCard(seedArticleEnglish(), 'copy-text copy-link');
      const clipboard = recordClipboard();
      try {
        control(card, 'copy-text').focus();
        await sendKeys({ press: 'Tab' });
        expect(card.shadowRoot!.activeElement).to.equal(control(card, 'copy-link'));
        await sendKeys({ press: 'Enter' });
        expect(await announced(card)).to.equal('Link copied');
        expect(clipboard.written.text).to.match(/^https:\/\/example\.com\/nato-stoltenberg-war-ukraine#:~:text=/);
      } finally {
        clipboard.restore();
      }
    });
  });

  describe('copying', () => {
    it('copies the quote in its marks with the speaker, role and organisation, and the link', async () => {
      const granted = await executeServerCommand<boolean>('grant-clipboard');
      const article = seedArticle();
      const card = await shareCard(article, 'copy-text', { quoteId: 'q1' });
      const clipboard = recordClipboard();
      try {
        control(card, 'copy-text').click();
        expect(await announced(card)).to.equal('Teks tersalin');
        const [line, link] = clipboard.written.text!.split('\n');
        expect(line).to.equal(`“${article.quotes[0].text}” — Jens Stoltenberg, Sekretaris Jenderal Pakta Pertahanan Atlantik Utara (NATO)`);
        expect(new URL(link).origin + new URL(link).pathname).to.equal(ARTICLE_URL);
        // Where the engine lets a page read the clipboard, the text is really there.
        if (granted) expect(await navigator.clipboard.readText()).to.equal(clipboard.written.text);
      } finally {
        clipboard.restore();
      }
    });

    it('links to the quote with a text fragment that finds it in the article', async () => {
      const article = seedArticle();
      const short = article.quotes.find((quote) => quote.text.split(' ').length <= 10)!;
      const long = article.quotes.find((quote) => quote.text.split(' ').length > 10)!;
      for (const quote of [short, long]) {
        const card = await shareCard(article, 'copy-link', { quoteId: quote.id });
        const clipboard = recordClipboard();
        try {
          control(card, 'copy-link').click();
          await announced(card);
          const url = clipboard.written.text!;
          expect(url.startsWith(`${ARTICLE_URL}#:~:text=`)).to.equal(true);
          const terms = url.split('#:~:text=')[1].split(',').map(decodeURIComponent);
          const words = quote.text.trim().split(/\s+/);
          if (quote === short) expect(terms).to.deep.equal([quote.text]);
          else expect(terms).to.deep.equal([words.slice(0, 5).join(' '), words.slice(-5).join(' ')]);
        } finally {
          clipboard.restore();
        }
      }
    });

    it('uses the publisher’s share-url instead, with {quote-id} filled in', async () => {
      const card = await shareCard(seedArticle(), 'copy-link', { quoteId: 'q2', shareUrl: 'https://news.example/share/{quote-id}' });
      const clipboard = recordClipboard();
      try {
        control(card, 'copy-link').click();
        await announced(card);
        expect(clipboard.written.text).to.equal('https://news.example/share/q2');
      } finally {
        clipboard.restore();
      }
    });

    it('ignores an unsafe share-url', async () => {
      const card = await shareCard(seedArticle(), 'copy-link', { shareUrl: 'javascript:alert(1)' });
      const clipboard = recordClipboard();
      try {
        control(card, 'copy-link').click();
        await announced(card);
        expect(clipboard.written.text!.startsWith(`${ARTICLE_URL}#:~:text=`)).to.equal(true);
      } finally {
        clipboard.restore();
      }
    });
  });

  describe('share to networks', () => {
    function intent(card: QuoteCard, network: string): URL {
      return new URL((control(card, network) as HTMLAnchorElement).href);
    }

    it('opens each network’s own share page with the quote and the link', async () => {
      const article = seedArticle();
      const quote = article.quotes[0];
      const card = await shareCard(article, 'x facebook whatsapp telegram linkedin bluesky email', { quoteId: quote.id });
      const link = `${ARTICLE_URL}#:~:text=${encodeURIComponent(quote.text)}`;
      const line = `“${quote.text}” — Jens Stoltenberg, Sekretaris Jenderal Pakta Pertahanan Atlantik Utara (NATO)`;

      const x = intent(card, 'x');
      expect(x.origin + x.pathname).to.equal('https://x.com/intent/post');
      expect(x.searchParams.get('text')).to.equal(line);
      expect(x.searchParams.get('url')).to.equal(link);

      const facebook = intent(card, 'facebook');
      expect(facebook.origin + facebook.pathname).to.equal('https://www.facebook.com/sharer/sharer.php');
      expect(facebook.searchParams.get('u')).to.equal(link);

      const whatsapp = intent(card, 'whatsapp');
      expect(whatsapp.origin + whatsapp.pathname).to.equal('https://wa.me/');
      expect(whatsapp.searchParams.get('text')).to.equal(`${line}\n${link}`);

      const telegram = intent(card, 'telegram');
      expect(telegram.origin + telegram.pathname).to.equal('https://t.me/share/url');
      expect(telegram.searchParams.get('url')).to.equal(link);
      expect(telegram.searchParams.get('text')).to.equal(line);

      const linkedin = intent(card, 'linkedin');
      expect(linkedin.origin + linkedin.pathname).to.equal('https://www.linkedin.com/sharing/share-offsite/');
      expect(linkedin.searchParams.get('url')).to.equal(link);

      const bluesky = intent(card, 'bluesky');
      expect(bluesky.origin + bluesky.pathname).to.equal('https://bsky.app/intent/compose');
      expect(bluesky.searchParams.get('text')).to.equal(`${line}\n${link}`);

      const email = intent(card, 'email');
      expect(email.protocol).to.equal('mailto:');
      expect(email.searchParams.get('subject')).to.equal(article.title);
      expect(email.searchParams.get('body')).to.equal(`${line}\n${link}`);

      for (const network of ['x', 'facebook', 'whatsapp', 'telegram', 'linkedin', 'bluesky']) {
        expect(control(card, network).getAttribute('target')).to.equal('_blank');
        expect(control(card, network).getAttribute('rel')).to.contain('noopener');
      }
    });

    it('shortens a long quote between words to fit X and Bluesky, keeping the attribution', async () => {
      const article = seedArticleEnglish();
      const quote = article.quotes[0];
      quote.text = Array.from({ length: 80 }, (_, index) => `word${index}`).join(' ');
      const card = await shareCard(article, 'x bluesky', { quoteId: quote.id });
      const graphemes = (text: string) => [...new Intl.Segmenter().segment(text)].length;

      const xText = intent(card, 'x').searchParams.get('text')!;
      expect(graphemes(xText) + 1 + 23).to.be.at.most(280);
      const blueskyText = intent(card, 'bluesky').searchParams.get('text')!;
      expect(graphemes(blueskyText)).to.be.at.most(300);
      for (const text of [xText, blueskyText]) {
        const words = text.split('”')[0].slice(1);
        expect(words.endsWith('…')).to.equal(true);
        // Every shown word is a whole word of the quote.
        expect(quote.text.startsWith(words.slice(0, -1))).to.equal(true);
        expect(quote.text[words.length - 1]).to.equal(' ');
        expect(text).to.contain('” — Jens Stoltenberg');
      }
    });

    it('offers the networks in a menu where the Web Share API is missing', async () => {
      const share = Object.getOwnPropertyDescriptor(Navigator.prototype, 'share');
      if (share) delete (Navigator.prototype as Partial<Navigator>).share;
      try {
        const card = await shareCard(seedArticleEnglish(), 'native');
        const button = control(card, 'native');
        const menu = card.shadowRoot!.querySelector<HTMLElement>('#share-menu')!;
        expect(menu.hidden).to.equal(true);
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        button.click();
        await card.updateComplete;
        expect(menu.hidden).to.equal(false);
        expect(button.getAttribute('aria-expanded')).to.equal('true');
        expect([...menu.querySelectorAll('a')].map((link) => link.textContent.trim())).to.deep.equal([
          'X',
          'Facebook',
          'WhatsApp',
          'Telegram',
          'LinkedIn',
          'Bluesky',
          'E-mail',
        ]);
        menu.querySelector('a')!.focus();
        await sendKeys({ press: 'Escape' });
        await card.updateComplete;
        expect(menu.hidden).to.equal(true);
        expect(card.shadowRoot!.activeElement).to.equal(button);
      } finally {
        if (share) Object.defineProperty(Navigator.prototype, 'share', share);
      }
    });

    it('hands the text, link and card image to the system share sheet where there is one', async () => {
      const shared: ShareData[] = [];
      const descriptors = ['share', 'canShare'].map((name) => [name, Object.getOwnPropertyDescriptor(Navigator.prototype, name)] as const);
      Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: async (data: ShareData) => void shared.push(data) });
      Object.defineProperty(Navigator.prototype, 'canShare', { configurable: true, value: (data: ShareData) => Boolean(data.files) });
      try {
        const article = seedArticle();
        const card = await shareCard(article, 'native', { quoteId: 'q1' });
        control(card, 'native').click();
        for (let tries = 0; tries < 200 && !shared.length; tries++) await new Promise((resolve) => setTimeout(resolve, 25));
        expect(shared).to.have.length(1);
        expect(shared[0].title).to.equal(article.title);
        expect(shared[0].text).to.contain(article.quotes[0].text);
        expect(shared[0].url!.startsWith(`${ARTICLE_URL}#:~:text=`)).to.equal(true);
        const [file] = shared[0].files!;
        expect(file.name).to.equal('quote-q1.png');
        expect((await decodePng(file)).width).to.be.greaterThan(0);
      } finally {
        for (const [name, descriptor] of descriptors) {
          if (descriptor) Object.defineProperty(Navigator.prototype, name, descriptor);
          else delete (Navigator.prototype as unknown as Record<string, unknown>)[name];
        }
      }
    });
  });

  describe('the quote-share event', () => {
    it('tells the page which quote goes where, for every action', async () => {
      const card = await shareCard(seedArticle(), 'copy-text x', { quoteId: 'q2' });
      const clipboard = recordClipboard();
      try {
        setTimeout(() => control(card, 'copy-text').click());
        const event = await oneEvent<QuoteShareEvent>(document.body, 'quote-share');
        expect(event.detail.quoteId).to.equal('q2');
        expect(event.detail.channel).to.equal('copy-text');
        expect(event.detail.text).to.contain(seedArticle().quotes[1].text);
        expect(event.cancelable).to.equal(true);
        expect(event.composed).to.equal(true);

        const networks: string[] = [];
        const record = (event: Event) => {
          networks.push((event as QuoteShareEvent).detail.channel);
          event.preventDefault();
        };
        document.addEventListener('quote-share', record);
        const link = control(card, 'x');
        let navigated = true;
        const click = (event: Event) => {
          navigated = !event.defaultPrevented;
          event.preventDefault();
        };
        document.addEventListener('click', click);
        link.click();
        document.removeEventListener('click', click);
        document.removeEventListener('quote-share', record);
        expect(networks).to.deep.equal(['x']);
        expect(navigated, 'a cancelled share does not open the network').to.equal(false);
      } finally {
        clipboard.restore();
      }
    });

    it('stops the action when the page cancels it', async () => {
      const card = await shareCard(seedArticle(), 'copy-text');
      const clipboard = recordClipboard();
      const cancel = (event: Event) => event.preventDefault();
      card.addEventListener('quote-share', cancel);
      try {
        control(card, 'copy-text').click();
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(clipboard.written.text).to.equal(undefined);
        expect(bar(card)!.querySelector('[role="status"]')!.textContent.trim()).to.equal('');
      } finally {
        card.removeEventListener('quote-share', cancel);
        clipboard.restore();
      }
    });
  });

  describe('images', () => {
    it('toBlob() draws the card as a PNG at the device pixel ratio', async () => {
      const card = await shareCard(seedArticle());
      const { width } = card.getBoundingClientRect();
      const png = await decodePng(await card.toBlob());
      expect(png.width).to.equal(Math.round(width * devicePixelRatio));
      expect(png.height).to.be.greaterThan(100);
    });

    for (const [format, width, height] of [
      ['square', 1080, 1080],
      ['story', 1080, 1920],
      ['landscape', 1200, 630],
    ] as const) {
      it(`toBlob({ format: '${format}' }) is ${width}×${height} pixels`, async () => {
        const card = await shareCard(seedArticle());
        expect(await decodePng(await card.toBlob({ format }))).to.deep.equal({ width, height });
      });
    }

    it('downloads the card as quote-<id>.png', async () => {
      const card = await shareCard(seedArticle(), 'download', { quoteId: 'q3' });
      const original = HTMLAnchorElement.prototype.click;
      const downloads: HTMLAnchorElement[] = [];
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        if (this.download) downloads.push(this);
        else original.call(this);
      };
      try {
        control(card, 'download').click();
        expect(await announced(card)).to.equal('Gambar tersimpan');
        expect(downloads).to.have.length(1);
        expect(downloads[0].download).to.equal('quote-q3.png');
        const png = await decodePng(await (await fetch(downloads[0].href)).blob());
        expect(png.width).to.equal(Math.round(card.getBoundingClientRect().width * devicePixelRatio));
      } finally {
        HTMLAnchorElement.prototype.click = original;
      }
    });

    it('copies the card image to the clipboard as image/png', async () => {
      const card = await shareCard(seedArticle(), 'copy-image');
      const clipboard = recordClipboard();
      try {
        control(card, 'copy-image').click();
        const message = await announced(card);
        const [item] = clipboard.written.items!;
        expect(item.types).to.deep.equal(['image/png']);
        const png = await decodePng(await item.getType('image/png'));
        expect(png.width).to.equal(Math.round(card.getBoundingClientRect().width * devicePixelRatio));
        expect(message).to.equal('Gambar tersalin');
      } finally {
        clipboard.restore();
      }
    });

    it('matches a screenshot of the card on the page', async () => {
      const card = await fixture<QuoteCard>(html`<quote-card .article=${seedArticle()} quote-id="q4" style="width: 420px"></quote-card>`);
      await card.updateComplete;
      await document.fonts.ready;
      const exported = await pixels(await card.toBlob(), 'white');
      const rect = card.getBoundingClientRect();
      const screenshot = await pixels(
        await (await fetch(`data:image/png;base64,${await executeServerCommand<string>('screenshot')}`)).blob(),
      );
      const canvas = new OffscreenCanvas(exported.width, exported.height);
      const context = canvas.getContext('2d')!;
      context.putImageData(screenshot, -Math.round(rect.left * devicePixelRatio), -Math.round(rect.top * devicePixelRatio));
      const shown = context.getImageData(0, 0, exported.width, exported.height);
      const differing = pixelmatch(exported.data, shown.data, undefined, exported.width, exported.height, { threshold: 0.2 });
      expect(differing / (exported.width * exported.height), 'share of pixels that differ').to.be.below(0.02);
    });

    it('draws initials when the avatar is a cross-origin image without CORS', async () => {
      const article = seedArticle();
      // The same server under another host name is another origin, and it sends no CORS headers.
      const crossOrigin = new URL('/test/support/avatar.svg', location.href);
      crossOrigin.hostname = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
      article.speakers[0].image = crossOrigin.href;
      const withImage = await shareCard(article);
      const plain = await shareCard(seedArticle());
      for (const card of [withImage, plain]) card.style.width = '480px';
      const blob = withImage.toBlob();
      const [a, b] = await Promise.all([blob, plain.toBlob()].map(async (png) => pixels(await png)));
      expect(a.width).to.equal(b.width);
      expect(difference(a, b)).to.be.below(0.01);
    });
  });

  describe('social formats', () => {
    const lengths = {
      short: 'Perang berakhir di meja negosiasi.',
      long: Array.from({ length: 9 }, () => 'Pesan kedua bahwa hampir seluruh perang berakhir di meja negosiasi').join(', '),
      // Under the 5,000 characters a card shows of a quote (src/shared/clip.ts), so that the whole quote is there to fit.
      'very long': Array.from({ length: 70 }, () => 'Pesan kedua bahwa hampir seluruh perang berakhir di meja negosiasi').join(', '),
    };

    for (const [format, width, height] of [
      ['square', 1080, 1080],
      ['story', 1080, 1920],
      ['landscape', 1200, 630],
    ] as const) {
      it(`fits short, long and very long quotes in ${format} without overflow`, async () => {
        const sizes: number[] = [];
        for (const [length, text] of Object.entries(lengths)) {
          const article = seedArticle();
          article.quotes[0].text = text;
          const card = await fixture<QuoteCard>(html`<quote-card .article=${article} format=${format}></quote-card>`);
          await card.updateComplete;
          const host = card.getBoundingClientRect();
          expect([host.width, host.height], `${length} ${format} size`).to.deep.equal([width, height]);
          const root = card.shadowRoot!;
          const box = root.querySelector('blockquote')!;
          const paragraph = root.querySelector<HTMLElement>('.text')!;
          expect(box.scrollHeight, `${length}: no text below the quote area`).to.be.at.most(box.clientHeight + 1);
          expect(paragraph.scrollWidth, `${length}: no word sticks out`).to.be.at.most(paragraph.clientWidth + 1);
          const figure = root.querySelector('figure')!.getBoundingClientRect();
          expect(figure.bottom).to.be.at.most(host.bottom + 0.5);
          sizes.push(parseFloat(getComputedStyle(paragraph).fontSize));

          const words = root.querySelector<HTMLElement>('.words')!;
          const clip = root.querySelector<HTMLElement>('.clip');
          expect(words.textContent, 'the whole quote stays in the page').to.equal(text);
          if (length === 'very long') {
            const shown = clip!.textContent;
            expect(shown.endsWith('…')).to.equal(true);
            const kept = shown.slice(0, -1);
            expect(text.startsWith(kept)).to.equal(true);
            // Cut between words: the next character of the quote is a space or punctuation.
            expect(text[kept.length]).to.match(/[\s,]/);
            expect(clip!.getAttribute('aria-hidden')).to.equal('true');
            expect(words.getBoundingClientRect().width, 'the full text is visually hidden').to.be.at.most(1);
          } else {
            expect(clip?.textContent ?? '').to.equal('');
          }
        }
        expect(sizes[0], 'a short quote is set larger than a long one').to.be.greaterThan(sizes[1]);
      });
    }
  });
});

/** The pixels of a PNG, drawn over `background` when given (the page behind the card's corners). */
async function pixels(blob: Blob, background?: string): Promise<ImageData> {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  if (background) {
    context.fillStyle = background;
    context.fillRect(0, 0, bitmap.width, bitmap.height);
  }
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}

/** The share of pixels that differ noticeably between two images of the same size. */
function difference(a: ImageData, b: ImageData): number {
  let differing = 0;
  const count = Math.min(a.data.length, b.data.length) / 4;
  for (let pixel = 0; pixel < count; pixel++) {
    const at = pixel * 4;
    const delta = Math.max(...[0, 1, 2, 3].map((channel) => Math.abs(a.data[at + channel] - b.data[at + channel])));
    if (delta > 32) differing++;
  }
  return differing / count + Math.abs(a.data.length - b.data.length) / 4 / count;
}

describe('social formats are designed as images', () => {
  for (const format of ['square', 'story', 'landscape'] as const) {
    it(`${format}: initials and name scaled to the image, no link styling, the publisher's logo and name, the opening mark hung in the margin`, async () => {
      const article = seedArticle();
      article.publisher = { name: 'Kabar Harian', logo: 'data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22/%3E' };
      const card = await fixture<QuoteCard>(html`<quote-card .article=${article} format=${format}></quote-card>`);
      await card.updateComplete;
      const root = card.shadowRoot!;
      const badge = root.querySelector('speaker-badge')!;
      const avatar = badge.shadowRoot!.querySelector('[part="avatar"]')!.getBoundingClientRect();
      const initials = parseFloat(getComputedStyle(badge.shadowRoot!.querySelector('[part="initials"]')!).fontSize);
      expect(avatar.width, 'the avatar').to.be.at.least(80);
      expect(initials / avatar.width, 'the initials fill the avatar').to.be.within(0.3, 0.5);
      const link = getComputedStyle(root.querySelector('cite a')!);
      expect(link.textDecorationLine, 'the title is not underlined').to.equal('none');
      const masthead = root.querySelector('.masthead')!;
      expect(masthead.textContent).to.equal('Kabar Harian');
      expect(masthead.querySelector('img')!.getAttribute('src')).to.equal(article.publisher.logo);
      const [open] = root.querySelectorAll('.mark');
      expect(open.getBoundingClientRect().right, 'the opening mark hangs before the words').to.be.at.most(
        root.querySelector('.words')!.getBoundingClientRect().left + 1,
      );
      expect(open.getBoundingClientRect().right).to.be.at.most(badge.getBoundingClientRect().left + 1);
    });
  }
});
