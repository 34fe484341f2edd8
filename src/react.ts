/**
 * React components for React 18 and earlier (`quote-cards/react`), made with @lit/react: props are
 * set as the elements' properties (so `article={data}` passes the object, not a string) and the
 * `quote-share` event is the `onQuoteShare` callback. Importing this module registers the four
 * elements. React 19 renders custom elements natively and needs none of this: use the tags.
 *
 * ```tsx
 * import { QuoteArticle, QuoteCard } from 'quote-cards/react';
 * <QuoteArticle article={article}>
 *   <QuoteCard quoteId="q1" share="copy-text x" onQuoteShare={(e) => track(e.detail.channel)} />
 * </QuoteArticle>
 * ```
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { ArticleTimeline as ArticleTimelineElement } from './components/article-timeline/article-timeline.js';
import { QuoteArticle as QuoteArticleElement } from './components/quote-article/quote-article.js';
import { QuoteCard as QuoteCardElement } from './components/quote-card/quote-card.js';
import type { QuoteShareEvent } from './components/quote-card/quote-share-event.js';
import type { QuoteArticleErrorEvent, QuoteArticleEvent } from './shared/article-events.js';
import { SpeakerBadge as SpeakerBadgeElement } from './components/speaker-badge/speaker-badge.js';

export type { QuoteShareDetail, QuoteShareEvent, ShareChannel } from './components/quote-card/quote-share-event.js';
export type { QuoteArticleDetail, QuoteArticleErrorDetail, QuoteArticleErrorEvent, QuoteArticleEvent } from './shared/article-events.js';

/** `quote-share` bubbles out of the card, so the provider can listen for every card inside it. */
const shareEvents = { onQuoteShare: 'quote-share' as EventName<QuoteShareEvent> };

/** `<quote-card>`; `onQuoteShare` is called before each share action (`preventDefault()` stops it). */
export const QuoteCard = createComponent({
  react: React,
  tagName: 'quote-card',
  elementClass: QuoteCardElement,
  events: shareEvents,
  displayName: 'QuoteCard',
});

/** What happened to an article from `src`: loaded, loaded again, failed (see docs/events.md). */
const articleEvents = {
  onQuoteArticleLoad: 'quote-article-load' as EventName<QuoteArticleEvent>,
  onQuoteArticleUpdate: 'quote-article-update' as EventName<QuoteArticleEvent>,
  onQuoteArticleError: 'quote-article-error' as EventName<QuoteArticleErrorEvent>,
};

/**
 * `<quote-article>`: provides the article to everything inside; `onQuoteShare` hears every card inside it;
 * `onQuoteArticleLoad`, `onQuoteArticleUpdate` and `onQuoteArticleError` what happened to its article.
 */
export const QuoteArticle = createComponent({
  react: React,
  tagName: 'quote-article',
  elementClass: QuoteArticleElement,
  events: { ...shareEvents, ...articleEvents },
  displayName: 'QuoteArticle',
});

/** `<speaker-badge>`. */
export const SpeakerBadge = createComponent({
  react: React,
  tagName: 'speaker-badge',
  elementClass: SpeakerBadgeElement,
  displayName: 'SpeakerBadge',
});

/** `<article-timeline>`. */
export const ArticleTimeline = createComponent({
  react: React,
  tagName: 'article-timeline',
  elementClass: ArticleTimelineElement,
  displayName: 'ArticleTimeline',
});
