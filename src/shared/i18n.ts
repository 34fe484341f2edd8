/** Interface strings, by primary language subtag. English is the fallback. */
const STRINGS = {
  en: {
    loading: 'Loading quotes…',
    invalid: 'This article cannot be shown',
    retry: 'Try again',
    quoteBy: 'Quote from',
    timeline: 'Timeline',
    quotedVia: 'via',
    partial: 'Excerpt',
    noEvents: 'This article has no dated events.',
  },
  id: {
    loading: 'Memuat kutipan…',
    invalid: 'Artikel ini tidak dapat ditampilkan',
    retry: 'Coba lagi',
    quoteBy: 'Kutipan dari',
    timeline: 'Linimasa',
    quotedVia: 'melalui',
    partial: 'Penggalan',
    noEvents: 'Artikel ini tidak memuat peristiwa bertanggal.',
  },
} satisfies Record<string, Record<string, string>>;

export type UiStrings = (typeof STRINGS)['en'];

function primary(lang: string | undefined): string {
  return (lang ?? '').split(/[-_]/)[0].toLowerCase();
}

/** The interface strings for a language tag such as `id` or `en-GB`. */
export function uiStrings(lang: string | undefined): UiStrings {
  const key = primary(lang);
  return key in STRINGS ? STRINGS[key as keyof typeof STRINGS] : STRINGS.en;
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

const DATE_PARTS = /^(\d{4})(?:-(\d\d)(?:-(\d\d)(?:T(\d\d):(\d\d))?)?)?/;

/** The parts of an ISO date, year-month or year, as a UTC timestamp (missing parts count as their first). */
export function parseDate(iso: string) {
  const [, year, month, day, hour, minute] = DATE_PARTS.exec(iso) ?? [];
  return { month, day, hour, time: year ? Date.UTC(+year, +(month ?? 1) - 1, +(day ?? 1), +(hour ?? 0), +(minute ?? 0)) : NaN };
}

/**
 * Formats an ISO date, year-month or year as the language writes it
 * (`2022-10-26` in Indonesian: "Rabu, 26 Oktober 2022"). A time, when given, is shown as written:
 * the wall-clock time of the place the article was written for.
 */
export function formatDate(iso: string, lang: string): string {
  const { month, day, hour, time } = parseDate(iso);
  if (Number.isNaN(time)) return iso;
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (month) options.month = 'long';
  if (day) Object.assign(options, { day: 'numeric', weekday: 'long' });
  if (hour) Object.assign(options, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  try {
    return new Intl.DateTimeFormat(lang, options).format(time);
  } catch {
    return new Intl.DateTimeFormat('en', options).format(time);
  }
}
