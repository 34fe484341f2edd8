// The share action bar of <quote-card>. It is loaded the first time a card with a `share` attribute
// renders, so pages that do not offer sharing never download it.
import { css, html, nothing } from 'lit';
import en from '../../../translations/en.js';
import { addBuiltInTranslation, translation, type Translation } from '../../../shared/i18n.js';
import type { Article, Quote } from '../../../model/article.js';
import { SHARE_CHANNELS, type QuoteShareDetail, type ShareChannel } from '../quote-share-event.js';
import type { QuoteCard } from '../quote-card.component.js';
import { adoptInto } from './adopt.js';
import { intentUrl, NETWORKS, quoteLine, shareLink, type Network } from './share-links.js';

addBuiltInTranslation(en);

/** What the bar offers when `share` is present without a list. The networks are in the "Share…" menu. */
const DEFAULT_ACTIONS: ShareChannel[] = ['copy-text', 'copy-link', 'native', 'download', 'copy-image'];

const NETWORK_NAMES: Record<Exclude<Network, 'email'>, string> = {
  x: 'X',
  facebook: 'Facebook',
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
  linkedin: 'LinkedIn',
  bluesky: 'Bluesky',
};

/**
 * Each action's icon: one path on a 24×24 grid, drawn as a 2px line in the text colour (drawn for
 * this bar: the networks' marks simplified, so that every icon has the same weight).
 */
const ICONS: Record<string, string> = {
  'copy-text': 'M9 9h11v12H9zM15 5V3H4v12h2',
  'copy-link': 'M10 14a4 4 0 0 0 6 0l3-3a4 4 0 0 0-6-6l-1 1M14 10a4 4 0 0 0-6 0l-3 3a4 4 0 0 0 6 6l1-1',
  native: 'M12 3v12M7 8l5-5 5 5M5 12v9h14v-9',
  download: 'M12 3v12M7 10l5 5 5-5M5 21h14',
  'copy-image': 'M3 4h18v16H3zM3 16l5-5 5 5 3-3 5 5M15 8h1',
  email: 'M3 5h18v14H3zM3 6l9 7 9-7',
  x: 'M4 4h4l12 16h-4zM20 4l-6.5 7.5M4 20l6.5-7.5',
  facebook: 'M16 3h-2a4 4 0 0 0-4 4v14M6 11h9',
  whatsapp: 'M7.5 19.8A9 9 0 1 0 4.2 16.5L3 21zM9 8.5c0 4 2.5 6.5 6.5 6.5',
  telegram: 'M21 4 3 11l6 2.5L11 20l3-4 5 4zM9 13.5 21 4',
  linkedin: 'M3 3h18v18H3zM8 10v7M8 7v.01M12 17v-7M12 13a3 3 0 0 1 6 0v4',
  bluesky:
    'M12 11C10 7 6.5 4 4.5 4 3 4 3 7 4 10.5c.6 2 3 2.7 5 2.3-2.5 1-3 3.2-1.3 4.7C10 19.5 12 16 12 13c0 3 2 6.5 4.3 4.5 1.7-1.5 1.2-3.7-1.3-4.7 2 .4 4.4-.3 5-2.3C21 7 21 4 19.5 4 17.5 4 14 7 12 11z',
};

const icon = (name: string) =>
  html`<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false"><path d=${ICONS[name]}></path></svg>`;

const styles = css`
  [part='actions'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    position: relative;
  }
  [part='actions'] :is(button, a) {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.375rem;
    min-width: 2.5rem;
    min-height: 2.5rem;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 0.8125rem;
    text-decoration: none;
    cursor: pointer;
  }
  .menu a {
    padding: 0 0.875rem 0 0.625rem;
  }
  [part='actions'] svg {
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  [part='actions'] :is(button, a):hover {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  [part='actions'] :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .menu {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    flex-basis: 100%;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .menu[hidden] {
    display: none;
  }
  .done {
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    [part='actions'] :is(button, a) {
      border-color: ButtonText;
      color: ButtonText;
    }
    [part='actions'] a {
      color: LinkText;
    }
    [part='actions'] svg {
      stroke: currentColor;
    }
  }
`;

/** What the bar of one card remembers between renders. */
interface BarState {
  menuOpen: boolean;
  message: string;
}
const bars = new WeakMap<QuoteCard, BarState>();

/** The channels a `share` attribute asks for: a list of names, or the default set when empty. */
export function channelsOf(share: string): ShareChannel[] {
  const named = share.split(/[\s,]+/).filter((name): name is ShareChannel => (SHARE_CHANNELS as readonly string[]).includes(name));
  return named.length ? named : DEFAULT_ACTIONS;
}

/** Renders the share actions of `card` for `quote` into `bar`; `lang` is the language of the interface. */
export function renderShareBar(bar: HTMLElement, card: QuoteCard, article: Article, quote: Quote, lang: string) {
  adoptInto(card, styles);
  const state = bars.get(card) ?? { menuOpen: false, message: '' };
  bars.set(card, state);
  const strings = translation(lang) as Translation;
  const url = shareLink(article, quote, card.shareUrl);
  const detailOf = (channel: ShareChannel): QuoteShareDetail => ({ quoteId: quote.id, channel, url, text: quoteLine(article, quote) });
  const channels = channelsOf(card.share ?? '');

  const run = async (channel: ShareChannel, action: (detail: QuoteShareDetail) => Promise<string | void>) => {
    const detail = detailOf(channel);
    if (!announce(card, detail)) return;
    state.message = '';
    card.requestUpdate();
    try {
      state.message = (await action(detail)) ?? '';
    } catch (error) {
      // A reader who closes the system share sheet has not failed at anything.
      state.message = (error as Error)?.name === 'AbortError' ? '' : `${strings.failed} ${(error as Error)?.message ?? error}`;
    }
    card.requestUpdate();
  };

  const actions: Record<string, () => unknown> = {
    'copy-text': () => run('copy-text', async ({ text }) => (await copyText(url ? `${text}\n${url}` : text), strings.copiedText)),
    'copy-link': () => run('copy-link', async () => (await copyText(url), strings.copiedLink)),
    download: () => run('download', async () => (downloadBlob(await card.toBlob(), `quote-${quote.id}.png`), strings.downloaded)),
    'copy-image': () =>
      run('copy-image', async () => {
        // The image is passed as a promise so that the clipboard write starts within the click, as Safari requires.
        await navigator.clipboard.write([new ClipboardItem({ 'image/png': card.toBlob() })]);
        return strings.copiedImage;
      }),
    native: () => {
      if (!('share' in navigator)) {
        state.menuOpen = !state.menuOpen;
        card.requestUpdate();
        return;
      }
      return run('native', async ({ text }) => {
        const data: ShareData = { title: article.title, text, url: url || undefined };
        const file = new File([await card.toBlob()], `quote-${quote.id}.png`, { type: 'image/png' });
        await navigator.share(navigator.canShare?.({ ...data, files: [file] }) ? { ...data, files: [file] } : data);
      });
    },
  };

  const networkLink = (network: Network, named = false) => {
    const name = network === 'email' ? strings.email : NETWORK_NAMES[network];
    return html`<a
      href=${intentUrl(network, article, quote, url)}
      target=${network === 'email' ? nothing : '_blank'}
      rel="noopener noreferrer"
      aria-label=${network === 'email' ? name : `${strings.shareOn} ${name}`}
      title=${named ? nothing : network === 'email' ? name : `${strings.shareOn} ${name}`}
      data-channel=${network}
      @click=${(event: Event) => {
        if (!announce(card, detailOf(network))) event.preventDefault();
      }}
      >${icon(network)}${named ? name : nothing}</a
    >`;
  };

  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', strings.bar);
  bar.lang = lang;
  return html`${channels.map((channel) =>
      NETWORKS.includes(channel as Network)
        ? networkLink(channel as Network)
        : html`<button
            type="button"
            data-channel=${channel}
            aria-expanded=${channel === 'native' && !('share' in navigator) ? (state.menuOpen ? 'true' : 'false') : nothing}
            aria-controls=${channel === 'native' && !('share' in navigator) ? 'share-menu' : nothing}
            aria-label=${strings[channel as 'native']}
            title=${strings[channel as 'native']}
            @click=${actions[channel]}
          >
            ${icon(channel)}
          </button>`,
    )}
    <span class="done" role="status">${state.message}</span>
    ${
      channels.includes('native') && !('share' in navigator)
        ? html`<ul
            id="share-menu"
            class="menu"
            aria-label=${strings.native}
            ?hidden=${!state.menuOpen}
            @keydown=${(event: KeyboardEvent) => {
              if (event.key !== 'Escape') return;
              state.menuOpen = false;
              card.requestUpdate();
              card.renderRoot.querySelector<HTMLElement>('[data-channel="native"]')?.focus();
            }}
          >
            ${NETWORKS.map((network) => html`<li>${networkLink(network, true)}</li>`)}
          </ul>`
        : nothing
    }`;
}

/** Fires the cancelable `quote-share` event; false when the page cancelled the action. */
function announce(card: QuoteCard, detail: QuoteShareDetail): boolean {
  return card.dispatchEvent(new CustomEvent('quote-share', { detail, bubbles: true, composed: true, cancelable: true }));
}

async function copyText(text: string): Promise<void> {
  if (!navigator.clipboard) throw new Error('the clipboard needs a secure (https) page');
  await navigator.clipboard.writeText(text);
}

function downloadBlob(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
