// Plain TypeScript: the tags in HTMLElementTagNameMap, the event in GlobalEventHandlersEventMap.
import { QuoteArticle, QuoteCard, SpeakerBadge, ArticleTimeline, SHARE_CHANNELS, validateArticle } from 'quote-cards';
import type { Article, QuoteShareEvent, ShareChannel } from 'quote-cards';
import 'quote-cards/quote-card.js';
import { equal, type Equals } from './equals.js';

declare const data: Article;

const card = document.createElement('quote-card');
equal<Equals<typeof card, QuoteCard>>(true);
card.article = data;
card.quoteId = 'q1';
const provider = document.createElement('quote-article');
equal<Equals<typeof provider, QuoteArticle>>(true);
equal<Equals<HTMLElementTagNameMap['speaker-badge'], SpeakerBadge>>(true);
equal<Equals<HTMLElementTagNameMap['article-timeline'], ArticleTimeline>>(true);
equal<Equals<(typeof SHARE_CHANNELS)[number], ShareChannel>>(true);
equal<Equals<ReturnType<typeof validateArticle>['valid'], boolean>>(true);

card.addEventListener('quote-share', (e) => {
  equal<Equals<typeof e, QuoteShareEvent>>(true);
  equal<Equals<typeof e.detail.channel, ShareChannel>>(true);
  // @ts-expect-error the channel is a ShareChannel
  const wrong: number = e.detail.channel;
  void wrong;
});
document.querySelector('quote-article')?.addEventListener('quote-share', (e) => e.preventDefault());
