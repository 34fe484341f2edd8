// The CDN file: it registers every component and exports nothing (a script tag has no use for
// exports). What only some pages need is fetched when the page first uses it: the themes, with the
// first `theme` attribute, and the timeline, with the first <article-timeline>.
import { QuoteArticle } from './components/quote-article/quote-article.component.js';
import { QuoteCard } from './components/quote-card/quote-card.component.js';
import { SpeakerBadge } from './components/speaker-badge/speaker-badge.component.js';
import { defineElement } from './shared/define.js';
import { loadWhenUsed } from './shared/load-when-used.js';
// Imported last: the order of the modules in the bundle changes its gzipped size.
import { LitElement } from 'lit';

function defineAll() {
  // The provider first, so that the elements inside it find it when they upgrade.
  defineElement('quote-article', QuoteArticle);
  defineElement('speaker-badge', SpeakerBadge);
  defineElement('quote-card', QuoteCard);
  loadWhenUsed('article-timeline', () => import('./components/article-timeline/article-timeline.js'));
  loadWhenUsed('[theme]', () => import('./themes.js'), 'theme');
}

// A themed page waits for its theme before the components render, so that no card shows in the
// wrong look first; until then `:not(:defined)` rules hold their place. A page rendered on the
// server (quote-cards/ssr writes every component inside a <quote-article> with a declarative
// shadow root) first gets Lit's hydration support, so that the components take over the server's
// DOM instead of rendering it again (a second copy of this file, loaded after the first has
// defined the elements, has nothing to hydrate). Lit offers the support to LitElement as it loads, which has
// already happened in this file: it is given here, before any element upgrades.
Promise.all([
  document.querySelector('[theme]') && import('./themes.js'),
  [...document.querySelectorAll('quote-article:not(:defined)')].some((element) => element.shadowRoot) &&
    import('@lit-labs/ssr-client/lit-element-hydrate-support.js'),
]).finally(() => ((globalThis as any).litElementHydrateSupport?.({ LitElement }), defineAll()));
