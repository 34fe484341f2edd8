// Vue 3: quote-cards/vue adds the tags to GlobalComponents (what vue-tsc checks templates against).
import type { GlobalComponents } from 'vue';
import type { QuoteShareDetail, ShareChannel } from 'quote-cards';
import type {} from 'quote-cards/vue';
import { equal, type Equals } from './equals.js';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];
type CardProps = Props<'quote-card'>;

equal<Equals<NonNullable<CardProps['quote-id']>, string>>(true);
// `article` takes any value and validates it when set (ArticleElement declares it `Article | unknown`).
equal<Equals<Props<'quote-article'>['article'], unknown>>(true);
equal<Equals<NonNullable<Props<'speaker-badge'>['speaker-id']>, string>>(true);
equal<Equals<NonNullable<Props<'article-timeline'>['heading-level']>, number>>(true);
equal<Equals<Parameters<NonNullable<CardProps['onquote-share']>>[0], CustomEvent<QuoteShareDetail>>>(true);
equal<Equals<Parameters<NonNullable<CardProps['onquote-share']>>[0]['detail']['channel'], ShareChannel>>(true);
