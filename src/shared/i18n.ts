/** Interface strings, by primary language subtag. English is the fallback. */
const STRINGS = {
  en: {
    loading: 'Loading quotes…',
    invalid: 'This article cannot be shown',
    retry: 'Try again',
    quoteBy: 'Quote from',
    quotedVia: 'via',
    partial: 'Excerpt',
  },
  id: {
    loading: 'Memuat kutipan…',
    invalid: 'Artikel ini tidak dapat ditampilkan',
    retry: 'Coba lagi',
    quoteBy: 'Kutipan dari',
    quotedVia: 'melalui',
    partial: 'Penggalan',
  },
} satisfies Record<string, Record<string, string>>;

export type UiStrings = (typeof STRINGS)['en'];

function primary(lang: string | undefined): string {
  return (lang ?? '').split(/[-_]/)[0].toLowerCase();
}

/** The interface strings for a language tag such as `id` or `en-GB`. */
export function uiStrings(lang: string | undefined): UiStrings {
  return inLanguage(STRINGS, lang);
}

/** The entry of `table` for a language tag's primary language, or its English entry. */
export function inLanguage<T>(table: { en: T } & Record<string, T>, lang: string | undefined): T {
  return table[primary(lang)] ?? table.en;
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
