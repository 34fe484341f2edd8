import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { QuoteShareEvent } from '../src/components/quote-card/quote-share-event.js';
import type { QuoteCard } from '../src/index.js';
import { seed, withQuote } from './articles.js';

interface Args {
  share: string;
  'quote-id'?: string;
  'share-url'?: string;
  cancel: boolean;
}

/** Writes each `quote-share` event into the log below the card, and cancels it when asked to. */
function logShares(cancel: boolean) {
  return (event: QuoteShareEvent) => {
    const log = (event.currentTarget as HTMLElement).querySelector('output')!;
    const { quoteId, channel, url } = event.detail;
    if (cancel) event.preventDefault();
    log.textContent = `quote-share: ${channel} · ${quoteId} · ${url}${cancel ? ' (cancelled by the page)' : ''}\n${log.textContent}`;
  };
}

const meta: Meta<Args> = {
  title: 'Sharing/Share actions',
  component: 'quote-card',
  args: { share: '', 'quote-id': 'q1', cancel: false },
  argTypes: {
    share: {
      control: 'text',
      description:
        'Empty for the usual actions, or a list: copy-text copy-link native x facebook whatsapp telegram linkedin bluesky email download copy-image',
    },
    'quote-id': { control: 'select', options: ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q9', 'q10'] },
    'share-url': { control: 'text', description: 'Your own share page; {quote-id} is replaced' },
    cancel: { control: 'boolean', description: 'Cancel every quote-share event (story only): the actions then do nothing' },
  },
  render: ({ share, cancel, ...args }, { globals }) =>
    html`<div style="max-width: 460px" @quote-share=${logShares(cancel)}>
      <quote-card
        .article=${seed(globals.lang)}
        share=${share}
        quote-id=${ifDefined(args['quote-id'])}
        share-url=${ifDefined(args['share-url'])}
      ></quote-card>
      <output style="display: block; margin-top: 1rem; font: 12px/1.5 ui-monospace, monospace; white-space: pre-wrap"></output>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** `share` with no value: copy the text, copy a link to the quote, share…, download PNG, copy image. */
export const ShareBar: Story = { name: 'Share bar' };

/** The quote in the marks of its language, the speaker with role and organisation, and the link. */
export const CopyText: Story = { name: 'Copy text', args: { share: 'copy-text' } };

/** The article URL with a text fragment (`#:~:text=`): the reader lands on the quote, highlighted. */
export const CopyLink: Story = { name: 'Copy link to the quote', args: { share: 'copy-link', 'quote-id': 'q7' } };

/** `share-url` replaces the article link with the publisher's own share page. */
export const ShareUrl: Story = {
  name: 'Copy link: your own share page',
  args: { share: 'copy-text copy-link', 'share-url': 'https://news.example/kutipan/{quote-id}' },
};

/**
 * The system share sheet (Web Share API) with the card image as a file; where there is none
 * (desktop Firefox, Chromium on Linux) a menu of networks opens instead.
 */
export const NativeShare: Story = { name: 'Share… (system sheet or menu)', args: { share: 'native' } };

export const ShareToX: Story = { name: 'Share to X', args: { share: 'x' } };
export const ShareToFacebook: Story = { name: 'Share to Facebook', args: { share: 'facebook' } };
export const ShareToWhatsApp: Story = { name: 'Share to WhatsApp', args: { share: 'whatsapp' } };
export const ShareToTelegram: Story = { name: 'Share to Telegram', args: { share: 'telegram' } };
export const ShareToLinkedIn: Story = { name: 'Share to LinkedIn', args: { share: 'linkedin' } };
export const ShareToBluesky: Story = { name: 'Share to Bluesky', args: { share: 'bluesky' } };
export const ShareByEmail: Story = { name: 'Share by e-mail', args: { share: 'email' } };

/** X allows 280 characters (a link counts as 23) and Bluesky 300: long quotes are shortened between words. */
export const LongQuoteToNetworks: Story = {
  name: 'Long quote, shortened for X and Bluesky',
  render: () =>
    html`<quote-card
      .article=${withQuote(Array.from({ length: 5 }, () => 'Setiap penggunaan senjata nuklir di Ukraina secara fundamental akan mengubah sifat konflik.').join(' '))}
      share="x bluesky whatsapp"
      style="max-width: 460px"
    ></quote-card>`,
};

/** The card as a PNG, drawn from its own rendering at the device's pixel ratio. */
export const DownloadPng: Story = { name: 'Download PNG', args: { share: 'download' } };

/** The PNG on the clipboard, to paste into a chat or a post. */
export const CopyImage: Story = { name: 'Copy image', args: { share: 'copy-image' } };

/** Every action fires a cancelable `quote-share` event; with "cancel" on, the page stops them all. */
export const CancelledByThePage: Story = {
  name: 'quote-share cancelled by the page',
  args: { cancel: true, share: 'copy-text x download' },
};

/** Every network in one bar. */
export const AllNetworks: Story = { name: 'All networks', args: { share: 'x facebook whatsapp telegram linkedin bluesky email' } };

/** `card.toBlob({ format })` from code: the images appear below the card. */
export const ToBlob: Story = {
  name: 'toBlob() from code',
  render: (_args, { globals }) => {
    const draw = async (event: Event) => {
      const button = event.currentTarget as HTMLButtonElement;
      const card = button.parentElement!.querySelector<QuoteCard>('quote-card')!;
      const format = button.value ? (button.value as 'square') : undefined;
      const image = new Image();
      image.src = URL.createObjectURL(await card.toBlob({ format }));
      image.alt = `The card as a PNG${format ? ` (${format})` : ''}`;
      image.style.cssText = 'display: block; max-width: 100%; margin-top: 1rem; outline: 1px dashed #999';
      button.parentElement!.append(image);
    };
    return html`<div style="max-width: 460px">
      <quote-card .article=${seed(globals.lang)} quote-id="q4"></quote-card>
      <p>
        <button @click=${draw} value="">As on the page</button>
        <button @click=${draw} value="square">Square</button>
        <button @click=${draw} value="story">Story</button>
        <button @click=${draw} value="landscape">Landscape</button>
      </p>
    </div>`;
  },
};
