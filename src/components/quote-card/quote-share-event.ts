/** The ways a reader can share a quote card, as named in the `share` attribute and in `quote-share` events. */
export const SHARE_CHANNELS = [
  'copy-text',
  'copy-link',
  'native',
  'x',
  'facebook',
  'whatsapp',
  'telegram',
  'linkedin',
  'bluesky',
  'email',
  'download',
  'copy-image',
] as const;

/** One way of sharing a quote: copying, the system share sheet, a social network, or the card as an image. */
export type ShareChannel = (typeof SHARE_CHANNELS)[number];

/** What a `quote-share` event tells the page. */
export interface QuoteShareDetail {
  /** The id of the shared quote. */
  quoteId: string;
  /** How the reader shares it. */
  channel: ShareChannel;
  /** The link that goes with the share: `share-url`, or the article URL with a text fragment. */
  url: string;
  /** The text that goes with the share: the quote in quotation marks and its attribution. */
  text: string;
}

/**
 * Fired by `<quote-card>` before each share action. It bubbles out of shadow roots; calling
 * `preventDefault()` stops the action, so a page can count shares or take them over.
 */
export type QuoteShareEvent = CustomEvent<QuoteShareDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'quote-share': QuoteShareEvent;
  }
}
