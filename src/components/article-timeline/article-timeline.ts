import { defineElement } from '../../shared/define.js';
// The provider is defined first, so that elements already in the page find it when they upgrade.
import '../quote-article/quote-article.js';
import '../quote-card/quote-card.js';
import '../speaker-badge/speaker-badge.js';
import { ArticleTimeline } from './article-timeline.component.js';

export { ArticleTimeline };

defineElement('article-timeline', ArticleTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'article-timeline': ArticleTimeline;
  }
}
