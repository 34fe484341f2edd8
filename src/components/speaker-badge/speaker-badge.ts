import { defineElement } from '../../shared/define.js';
import { SpeakerBadge } from './speaker-badge.component.js';

export { SpeakerBadge };

defineElement('speaker-badge', SpeakerBadge);

declare global {
  interface HTMLElementTagNameMap {
    'speaker-badge': SpeakerBadge;
  }
}
