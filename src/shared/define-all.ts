import { QuoteArticle } from '../components/quote-article/quote-article.component.js';
import { QuoteCard } from '../components/quote-card/quote-card.component.js';
import { SpeakerBadge } from '../components/speaker-badge/speaker-badge.component.js';
import { defineElement } from './define.js';
import { whenUsed } from './load-when-used.js';

/** The themes as the CDN files load them: in the document and in every shadow root around a component. */
export const loadThemes = () => import('./themes-everywhere.js');

/**
 * Registers every component of the CDN files. What only some pages need is fetched when the page first
 * uses it (load-when-used.ts), in the document or in a shadow root: the themes, with the first `theme`
 * attribute, the timeline, with the first <article-timeline>, and following a live article, with the
 * first <quote-article live>.
 */
export function defineAll(): void {
  // The provider first, so that the elements inside it find it when they upgrade.
  defineElement('quote-article', QuoteArticle);
  defineElement('speaker-badge', SpeakerBadge);
  defineElement('quote-card', QuoteCard);
  whenUsed(
    [
      ['article-timeline', () => import('./lazy/article-timeline.js')],
      ['[theme]', loadThemes, true],
      ['quote-article[live]', () => import('./live-source.js')],
    ],
    ['theme', 'live'],
  );
}
