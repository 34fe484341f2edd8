/** Dates of the timeline: ISO dates, year-months and years, parsed and written out with Intl. */

const DATE_PARTS = /^(\d{4})(?:-(\d\d)(?:-(\d\d)(?:T(\d\d):(\d\d))?)?)?/;

/** The parts of an ISO date, year-month or year, as a UTC timestamp (missing parts count as their first). */
export function parseDate(iso: string) {
  const [, year, month, day, hour, minute] = DATE_PARTS.exec(iso) ?? [];
  // Date.UTC reads the years 0 to 99 as 1900 to 1999; setUTCFullYear takes them as they are.
  const time = year
    ? new Date(Date.UTC(2000, 0, 1, +(hour ?? 0), +(minute ?? 0))).setUTCFullYear(+year, +(month ?? 1) - 1, +(day ?? 1))
    : NaN;
  return { year, month, day, hour, time };
}

/**
 * Formats an ISO date, year-month or year as the language writes it
 * (`2022-10-26` in Indonesian: "Rabu, 26 Oktober 2022"). A time, when given, is shown as written:
 * the wall-clock time of the place the article was written for.
 */
export function formatDate(iso: string, lang: string): string {
  const { year, month, day, hour, time } = parseDate(iso);
  if (Number.isNaN(time)) return iso;
  // The year 0000 is 1 BC (ISO 8601 counts a year 0; calendars do not), so it is written with its era.
  return formatterFor(lang, Boolean(month), Boolean(day), Boolean(hour), year === '0000').format(time);
}

// Making an Intl.DateTimeFormat costs far more than using one: one per language and date shape.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(lang: string, month: boolean, day: boolean, hour: boolean, era: boolean): Intl.DateTimeFormat {
  const key = `${lang}|${+month}${+day}${+hour}${+era}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
    if (month) options.month = 'long';
    if (day) Object.assign(options, { day: 'numeric', weekday: 'long' });
    if (era) options.era = 'short';
    if (hour) Object.assign(options, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    try {
      formatter = new Intl.DateTimeFormat(lang, options);
    } catch {
      formatter = new Intl.DateTimeFormat('en', options);
    }
    formatters.set(key, formatter);
  }
  return formatter;
}
