// The CDN file: it registers every component and exports nothing (a script tag has no use for
// exports). What only some pages need is fetched when the page first uses it (load-when-used.ts),
// in the document or in a shadow root: the themes, with the first `theme` attribute, the timeline,
// with the first <article-timeline>, and following a live article, with the first <quote-article live>. Pages rendered on the server use
// quote-cards.hydrate.min.js (src/cdn-hydrate.ts), this file with Lit's hydration.
import { QuoteArticle } from './components/quote-article/quote-article.component.js';
import { QuoteCard } from './components/quote-card/quote-card.component.js';
import { SpeakerBadge } from './components/speaker-badge/speaker-badge.component.js';
import { defineElement } from './shared/define.js';
import { whenUsed } from './shared/load-when-used.js';

const themes = () => import('./shared/themes-everywhere.js');

function defineAll() {
  // The provider first, so that the elements inside it find it when they upgrade.
  defineElement('quote-article', QuoteArticle);
  defineElement('speaker-badge', SpeakerBadge);
  defineElement('quote-card', QuoteCard);
  whenUsed(
    [
      ['article-timeline', () => import('./components/article-timeline/article-timeline.js')],
      ['[theme]', themes, true],
      ['quote-article[live]', () => import('./shared/live-source.js')],
    ],
    ['theme', 'live'],
  );
}

// A themed page waits for its theme before the components render, so that no card shows in the
// wrong look first; until then `:not(:defined)` rules hold their place.
if (document.querySelector('[theme]'))
  themes()
    .finally(defineAll)
    .catch(() => {});
else defineAll();
