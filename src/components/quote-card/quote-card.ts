import { defineElement } from '../../shared/define.js';
// The provider is defined first, so that elements already in the page find it when they upgrade.
import '../quote-article/quote-article.js';
import '../speaker-badge/speaker-badge.js';
import { QuoteCard } from './quote-card.component.js';

export { QuoteCard };
export { QUOTE_CARD_VARIANTS, type QuoteCardVariant } from './quote-card.component.js';
export { SHARE_CHANNELS, type QuoteShareDetail, type QuoteShareEvent, type ShareChannel } from './quote-share-event.js';

defineElement('quote-card', QuoteCard);

declare global {
  interface HTMLElementTagNameMap {
    'quote-card': QuoteCard;
  }
}
