// React 19 renders custom elements natively: the tags, typed from quote-cards/jsx.
import type { CustomElements } from 'quote-cards/jsx';
import type { Article, QuoteShareDetail, ShareChannel } from 'quote-cards';
import { useState } from 'react';
import { equal, type Equals } from './equals.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}

/** The props typed `any`: only `children`, as custom-element-jsx-integration writes it. */
type AnyProps<T> = { [K in keyof T]-?: 0 extends 1 & T[K] ? K : never }[keyof T];
equal<Equals<AnyProps<CustomElements['quote-card']>, 'children'>>(true);
equal<Equals<AnyProps<CustomElements['quote-article']>, 'children'>>(true);
equal<Equals<AnyProps<CustomElements['speaker-badge']>, 'children'>>(true);
equal<Equals<AnyProps<CustomElements['article-timeline']>, 'children'>>(true);

export function App({ data }: { data: Article }) {
  const [channel, setChannel] = useState<ShareChannel>();
  return (
    <quote-article article={data} lang="en">
      <quote-card
        quote-id="q1"
        share=""
        variant="compact"
        onquote-share={(e) => {
          equal<Equals<typeof e, CustomEvent<QuoteShareDetail>>>(true);
          equal<Equals<typeof e.detail.channel, ShareChannel>>(true);
          // @ts-expect-error the channel is a ShareChannel, not any number
          const wrong: number = e.detail.channel;
          void wrong;
          setChannel(e.detail.channel);
        }}
      />
      <speaker-badge speaker-id="stoltenberg" />
      <speaker-badge name="Jens Stoltenberg" speaker-role="Sekretaris Jenderal" org="NATO" />
      <article-timeline heading-level={2} />
      <p>{channel}</p>
      {/* @ts-expect-error not one of the variants */}
      <quote-card variant="huge" />
      {/* @ts-expect-error the timeline's property, not the card's (hyphenated names are never checked in JSX) */}
      <quote-card headingLevel={2} />
    </quote-article>
  );
}
