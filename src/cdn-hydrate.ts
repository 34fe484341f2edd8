// The CDN file for pages rendered on the server (quote-cards/ssr, `quote-cards render`): the same
// components, with Lit's hydration support loaded before Lit itself, so that they take over the
// declarative shadow DOM the server wrote instead of rendering it again. Other pages use
// quote-cards.min.js, which is 2 KB (gzipped) lighter without it.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { QuoteArticle } from './components/quote-article/quote-article.component.js';
import { QuoteCard } from './components/quote-card/quote-card.component.js';
import { SpeakerBadge } from './components/speaker-badge/speaker-badge.component.js';
import { defineElement } from './shared/define.js';
import { translation } from './shared/i18n.js';
import { loadWhenUsed } from './shared/load-when-used.js';
import { renderStateView } from './shared/state-views.js';

export { registerTranslation } from './shared/i18n.js';

// Hydrating takes over what the server rendered only if the first render matches it: the strings of
// every language on the page, the error view and the themes arrive first (the server's HTML shows meanwhile).
const languages = new Set(['en', ...[...document.querySelectorAll('[lang]')].map((element) => element.getAttribute('lang')!)]);
void Promise.all([
  ...[...languages].map((lang) => translation(lang, true)),
  renderStateView({ status: 'error', error: { kind: 'invalid', problems: [] } }, 'en', document.documentElement)[1],
  document.querySelector('[theme]') && import('./themes.js'),
  // Should one fail to arrive (offline), the components render what they have.
]).finally(() => {
  defineElement('quote-article', QuoteArticle);
  defineElement('speaker-badge', SpeakerBadge);
  defineElement('quote-card', QuoteCard);
  loadWhenUsed('article-timeline', () => import('./components/article-timeline/article-timeline.js'));
  loadWhenUsed('[theme]', () => import('./themes.js'), 'theme');
});
