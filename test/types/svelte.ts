// Svelte 5: quote-cards/svelte adds the tags to svelte/elements' SvelteHTMLElements (what
// svelte-check checks markup against), with the event as `onquote-share`.
import type { SvelteHTMLElements } from 'svelte/elements';
import type { QuoteShareDetail, ShareChannel, QuoteCardVariant } from 'quote-cards';
import type {} from 'quote-cards/svelte';
import { equal, type Equals } from './equals.js';

type Card = SvelteHTMLElements['quote-card'];
equal<Equals<NonNullable<Card['quote-id']>, string>>(true);
equal<Equals<NonNullable<Card['variant']>, QuoteCardVariant>>(true);
// `article` takes any value and validates it when set (ArticleElement declares it `Article | unknown`).
equal<Equals<SvelteHTMLElements['quote-article']['article'], unknown>>(true);
equal<Equals<NonNullable<SvelteHTMLElements['speaker-badge']['speaker-role']>, string>>(true);
equal<Equals<NonNullable<SvelteHTMLElements['article-timeline']['heading-level']>, number>>(true);
equal<Equals<Parameters<NonNullable<Card['onquote-share']>>[0], CustomEvent<QuoteShareDetail>>>(true);
equal<Equals<Parameters<NonNullable<Card['onquote-share']>>[0]['detail']['channel'], ShareChannel>>(true);
