// React 18 and earlier: the @lit/react wrappers from quote-cards/react.
import type { Article, QuoteShareEvent, ShareChannel } from 'quote-cards';
import { ArticleTimeline, QuoteArticle, QuoteCard, SpeakerBadge } from 'quote-cards/react';
import { equal, type Equals } from './equals.js';

export function App({ data }: { data: Article }) {
  return (
    <QuoteArticle article={data} onQuoteShare={(e) => equal<Equals<typeof e, QuoteShareEvent>>(true)}>
      <QuoteCard
        quoteId="q1"
        variant="pull"
        onQuoteShare={(e) => {
          equal<Equals<typeof e.detail.channel, ShareChannel>>(true);
          // @ts-expect-error the channel is a ShareChannel
          const wrong: number = e.detail.channel;
          void wrong;
        }}
      />
      <SpeakerBadge speakerId="stoltenberg" />
      <ArticleTimeline headingLevel={2} />
      {/* @ts-expect-error not one of the variants */}
      <QuoteCard variant="huge" />
    </QuoteArticle>
  );
}
