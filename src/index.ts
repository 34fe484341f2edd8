/**
 * quote-cards: importing this module registers `<quote-article>`, `<quote-card>`,
 * `<speaker-badge>` and `<article-timeline>`, adds the built-in themes to the document, and exports
 * their classes, the article types and the validator. Import `quote-cards/quote-card.js` (and so on) to register one component only,
 * or `quote-cards/model.js` for the validator without any component.
 */
export * from './model.js';
export { ArticleTimeline } from './components/article-timeline/article-timeline.js';
export {
  QuoteArticle,
  type QuoteArticleDetail,
  type QuoteArticleErrorDetail,
  type QuoteArticleErrorEvent,
  type QuoteArticleEvent,
} from './components/quote-article/quote-article.js';
export {
  QuoteCard,
  QUOTE_CARD_VARIANTS,
  SHARE_CHANNELS,
  type QuoteCardVariant,
  type QuoteShareDetail,
  type QuoteShareEvent,
  type ShareChannel,
} from './components/quote-card/quote-card.js';
export { SpeakerBadge } from './components/speaker-badge/speaker-badge.js';
export { ArticleElement } from './shared/article-element.js';
export {
  articleContext,
  loadArticle,
  LOAD_TIMEOUT_MS,
  type ArticleError,
  type ArticleErrorKind,
  type ArticleState,
} from './shared/article-state.js';
export { defineElement } from './shared/define.js';
export { registerTranslation, type StateText, type Translation, type TranslationInput } from './shared/i18n.js';
export { adoptThemes, THEMES, themeCss, type Theme } from './themes.js';
