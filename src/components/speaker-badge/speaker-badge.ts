import { defineElement } from '../../shared/define.js';
// The provider is defined first, so that elements already in the page find it when they upgrade.
import '../quote-article/quote-article.js';
import { SpeakerBadge } from './speaker-badge.component.js';

export { SpeakerBadge };

defineElement('speaker-badge', SpeakerBadge);

declare global {
  interface HTMLElementTagNameMap {
    'speaker-badge': SpeakerBadge;
  }
}
