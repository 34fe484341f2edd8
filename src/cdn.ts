// The CDN file: it registers every component, and exports `registerTranslation` only (a page adds a
// language with `import { registerTranslation } from '…/quote-cards.min.js'` in a module script). What only some pages need is fetched when the page first uses it: the themes, with the
// first `theme` attribute, and the timeline, with the first <article-timeline>. Pages rendered on
// the server use quote-cards.hydrate.min.js (src/cdn-hydrate.ts), this file with Lit's hydration.
import { QuoteArticle } from './components/quote-article/quote-article.component.js';
import { QuoteCard } from './components/quote-card/quote-card.component.js';
import { SpeakerBadge } from './components/speaker-badge/speaker-badge.component.js';
import { defineElement } from './shared/define.js';
import { loadWhenUsed } from './shared/load-when-used.js';

export { registerTranslation } from './shared/i18n.js';

function defineAll() {
  // The provider first, so that the elements inside it find it when they upgrade.
  defineElement('quote-article', QuoteArticle);
  defineElement('speaker-badge', SpeakerBadge);
  defineElement('quote-card', QuoteCard);
  loadWhenUsed('article-timeline', () => import('./components/article-timeline/article-timeline.js'));
  loadWhenUsed('[theme]', () => import('./themes.js'), 'theme');
}

// A themed page waits for its theme before the components render, so that no card shows in the
// wrong look first; until then `:not(:defined)` rules hold their place.
if (document.querySelector('[theme]')) void import('./themes.js').finally(defineAll);
else defineAll();
