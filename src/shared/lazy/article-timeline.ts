import { ArticleTimeline } from '../../components/article-timeline/article-timeline.component.js';
import { defineElement } from '../define.js';

// <article-timeline> as the CDN files fetch it on first use (define-all.ts). The provider and the cards are defined
// already; the component's own registration module would also import the provider's, and with it the live source,
// which a page fetches only with its first <quote-article live>. (The chunk keeps the name "article-timeline".)
defineElement('article-timeline', ArticleTimeline);
