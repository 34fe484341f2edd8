import type { ArticleProblem } from '../model/validate.js';

/** A heading and one sentence under it, for a state the reader sees instead of the content. */
export type StateText = readonly [heading: string, detail: string];

/**
 * Every interface string of one language: one table per language (src/translations/). A page adds a
 * language, or changes some strings of one, with {@link registerTranslation}; what a table lacks
 * comes from English.
 */
export interface Translation {
  /** The language tag the table is for: `fr`, `pt-BR`. `pt-BR` is used before `pt`, which is used for every `pt-*`. */
  $code: string;
  /** The language's name, in the language. */
  $name: string;
  /** Said to assistive technology while the article loads (the placeholder shows no words). */
  loading: string;
  /** Names a card: "Quote from" + the speaker's name. */
  quoteBy: string;
  /** Before the outlet a quote was relayed by: "via TASS". */
  quotedVia: string;
  /** The label of a quote that is a fragment of a sentence. */
  partial: string;
  /** The button that fetches the article again. */
  retry: string;
  /** The label of the disclosure that holds the problems, for developers. */
  details: string;
  /** The article is invalid or not JSON. */
  invalid: StateText;
  /** The server answered 404 or 410. */
  notFound: StateText;
  /** The server answered with another error. */
  unavailable: StateText;
  /** The network failed, or the server did not answer in time. */
  offline: StateText;
  /** The element asks for what the article does not have (an unknown `quote-id`), or has no article. */
  missing: StateText;
  // The share bar of `<quote-card share>`: its label, each action's name, what it says when done.
  bar: string;
  'copy-text': string;
  'copy-link': string;
  native: string;
  download: string;
  'copy-image': string;
  email: string;
  /** "Share on" + a network's name. */
  shareOn: string;
  copiedText: string;
  copiedLink: string;
  copiedImage: string;
  downloaded: string;
  /** Before the browser's reason: "Could not share: …". */
  failed: string;
  // `<article-timeline>`: its name, what it says without dated events, the button that shows the updates held back.
  timeline: string;
  noEvents: string;
  newUpdates: (count: number, lang: string) => string;
  /**
   * The problems listed for developers, by `problem-` and {@link ArticleProblem.code}, from the
   * problem's `params` (`'problem-unknown-id': ({ id, kind }) => …`). Without one, the problem's English `message` is shown.
   */
  [problem: `problem-${string}`]: ((params: Record<string, unknown>) => string) | undefined;
}

/** What {@link registerTranslation} takes: a language's table, whole or in part. */
export type TranslationInput = Partial<Translation> & { $code: string };

/**
 * What renders before any table has arrived: a card needs these only, so that an English card waits for nothing; and
 * what says, offline, that something did not load (the English table may not arrive either).
 */
const FIRST: TranslationInput = {
  $code: 'en',
  loading: 'Loading quotes…',
  quoteBy: 'Quote from',
  quotedVia: 'via',
  partial: 'Excerpt',
  retry: 'Try again',
  offline: ['The article could not be loaded', 'Check your connection and try again.'],
};

/** The tables that come with quote-cards, fetched the first time an element in their language renders. */
const BUILT_IN: Record<string, () => Promise<{ default: TranslationInput }>> = {
  en: () => import('../translations/en.js'),
  id: () => import('../translations/id.js'),
  ar: () => import('../translations/ar.js'),
};

/** Built-in tables by language (each, once loaded, holds every string), then the page's, which win. */
const builtIn: Record<string, TranslationInput> = { en: FIRST };
const registered: Record<string, TranslationInput> = {};
/** Each built-in table asked for, until it has arrived (or failed to). */
const loads: Record<string, Promise<unknown>> = {};
let merged: Record<string, Translation> = {};
/** @internal The elements shown, rendered again whenever a table arrives or is registered, while they are in the document. */
export const translationListeners = new Set<Element & { requestUpdate(): void }>();

function primary(lang: string | undefined): string {
  return (lang ?? '').split(/[-_]/)[0].toLowerCase();
}

function store(tables: Record<string, TranslationInput>, translations: TranslationInput[]): void {
  for (const translation of translations) {
    const code = translation.$code.toLowerCase();
    tables[code] = { ...tables[code], ...translation };
  }
  merged = {};
  for (const element of translationListeners) {
    if (element.isConnected) element.requestUpdate();
    else translationListeners.delete(element);
  }
}

/**
 * Adds a language, or changes some strings of one, for every quote-cards element on the page: those
 * already shown render again. Strings a table lacks come from the language without its region
 * (`pt` for `pt-BR`), then from English. A page's tables win over the built-in ones, whenever these arrive.
 *
 * ```js
 * registerTranslation({ $code: 'fr', $name: 'Français', loading: 'Chargement des citations…', retry: 'Réessayer' });
 * ```
 */
export function registerTranslation(...translations: TranslationInput[]): void {
  store(registered, translations);
}

/** @internal Adds tables shipped with quote-cards (under the page's own). */
export function addBuiltInTranslation(...translations: TranslationInput[]): void {
  store(builtIn, translations);
}

/**
 * The strings for a language tag; or, while its built-in table is on its way (fetched now), the
 * promise of its arrival. `whole`: every string, not only those a card needs (an English page
 * fetches the English table only for an error, the share bar or the timeline).
 */
export function translation(lang: string | undefined, whole?: boolean): Translation | Promise<unknown> {
  const code = (lang ?? '').toLowerCase();
  const language = primary(code);
  const waiting = [language, 'en']
    .filter((tag) => BUILT_IN[tag] && (builtIn[tag] ?? FIRST) == FIRST && (whole || language != 'en'))
    .map(
      (tag) =>
        // Offline, say: the strings that did arrive (English, at least what a card needs) do.
        (loads[tag] ??= BUILT_IN[tag]().then(
          (module) => addBuiltInTranslation(module.default),
          () => addBuiltInTranslation({ $code: tag }),
        )),
    );
  if (waiting.length) return Promise.all(waiting);
  let table = merged[code];
  if (!table) {
    for (const tag of ['en', language, code]) table = { ...table, ...builtIn[tag], ...registered[tag] };
    merged[code] = table;
  }
  return table;
}

/** What is wrong, for developers: translated when the table knows the problem's code, else the English message. */
export function problemText(problem: ArticleProblem, strings: Translation): string {
  const translate = strings[`problem-${problem.code}`];
  return translate ? translate(problem.params ?? {}) : problem.message;
}

/** Opening and closing quotation marks by language; the rest use “…”. */
const QUOTATION_MARKS: Record<string, string> = {
  de: '„“',
  pl: '„”',
  fr: '«»',
  es: '«»',
  ru: '«»',
  ar: '«»',
  he: '””',
  ja: '「」',
};

/** The opening and closing quotation marks for the language of the quoted text. */
export function quotationMarks(lang: string | undefined): string {
  return QUOTATION_MARKS[primary(lang)] ?? '“”';
}

const RTL = ['ar', 'he', 'fa', 'ur'];

/** Writing direction of a language tag. */
export function directionOf(lang: string | undefined): 'rtl' | 'ltr' {
  return RTL.includes(primary(lang)) ? 'rtl' : 'ltr';
}

/** The publication date of an ISO date or date-time, as the language writes it (the day as written). */
export function formatDay(iso: string, lang: string): string {
  try {
    return new Date(iso.slice(0, 10)).toLocaleDateString(lang, { dateStyle: 'long', timeZone: 'UTC' });
  } catch {
    return iso;
  }
}
