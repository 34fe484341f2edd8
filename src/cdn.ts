// The CDN file registers every component and exports nothing (a script tag has no use for
// exports). The timeline, which many pages do without, is fetched with the first
// <article-timeline> that appears, so pages of cards alone stay within the size budget.
import './components/quote-article/quote-article.js';
import './components/quote-card/quote-card.js';
import './components/speaker-badge/speaker-badge.js';
import { loadWhenUsed } from './shared/load-when-used.js';

loadWhenUsed('article-timeline', () => import('./components/article-timeline/article-timeline.js'));
