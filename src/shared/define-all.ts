import { QuoteArticle } from '../components/quote-article/quote-article.component.js';
import { QuoteCard } from '../components/quote-card/quote-card.component.js';
import { SpeakerBadge } from '../components/speaker-badge/speaker-badge.component.js';
import { defineElement } from './define.js';
import { loadWhenUsed } from './load-when-used.js';

/**
 * Registers every component of the CDN files; what only some pages need is fetched when the page first uses it: the
 * themes, with the first `theme` attribute, and the timeline, with the first <article-timeline>.
 */
export function defineAll(): void {
  // The provider first, so that the elements inside it find it when they upgrade.
  defineElement('quote-article', QuoteArticle);
  defineElement('speaker-badge', SpeakerBadge);
  defineElement('quote-card', QuoteCard);
  loadWhenUsed('article-timeline', () => import('../components/article-timeline/article-timeline.js'));
  loadWhenUsed('[theme]', () => import('../themes.js'), 'theme');
}
