/** Dates of the timeline: ISO dates, year-months and years, parsed and written out with Intl. */

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
  return formatterFor(lang, Boolean(month), Boolean(day), Boolean(hour)).format(time);
}

// Making an Intl.DateTimeFormat costs far more than using one: one per language and date shape.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(lang: string, month: boolean, day: boolean, hour: boolean): Intl.DateTimeFormat {
  const key = `${lang}|${+month}${+day}${+hour}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
    if (month) options.month = 'long';
    if (day) Object.assign(options, { day: 'numeric', weekday: 'long' });
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
