/**
 * Dated mentions — "Rabu (26/10)", "Selasa (4/4/2023)", "26 Oktober 2022", "on Saturday",
 * "Oct. 7", "last Tuesday" — resolved to ISO dates against the publication date (or, without
 * one, a date with a year that the text gives), keeping the wording.
 */
import { monthIndex, weekdayIndex } from './lexicon.js';

/** A date the text mentions. Offsets are those of the paragraph. */
export interface DateMention {
  start: number;
  end: number;
  /** The wording, without a leading "pada hari" or "on": "Rabu (26/10)", "Saturday". */
  text: string;
  /** ISO 8601: 2022-10-26, or 2022-10 for "Oktober 2022". */
  date: string;
}

/** A calendar day, in UTC. */
export type Day = Date;

const DAY = 86_400_000;

/** The calendar day an ISO date or date-time starts with, or undefined. */
export function parseDay(iso: string | undefined): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return match ? makeDay(+match[1], +match[2], +match[3]) : undefined;
}

function makeDay(year: number, month: number, day: number): Day | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
const iso = (day: Day) => `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
/** Monday = 0. */
const weekdayOf = (day: Day) => (day.getUTCDay() + 6) % 7;

function fullYear(year: string | undefined, reference: Day | undefined): number | undefined {
  if (year) return year.length === 2 ? 2000 + +year : +year;
  return reference?.getUTCFullYear();
}

/** A day and month without a year: the one nearest before the reference (or a little after). */
function nearYear(month: number, day: number, year: string | undefined, reference: Day | undefined): Day | undefined {
  const resolved = fullYear(year, reference);
  if (resolved === undefined) return undefined;
  const date = makeDay(resolved, month, day);
  if (date && !year && reference && date.getTime() - reference.getTime() > 45 * DAY) return makeDay(resolved - 1, month, day);
  return date;
}

const WEEKDAY_NAMES = ['senin', 'selasa', 'rabu', 'kamis', 'jum', 'sabtu', 'minggu', 'ahad', 'day'];
const WEEKDAYS = "senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday";
const MONTHS =
  'januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|november|nopember|desember|' +
  'january|february|march|may|june|july|august|october|december|jan|feb|mar|apr|jun|jul|aug|agu|agt|sept|sep|oct|okt|nov|dec|des';

/** "Rabu (26/10)", "Selasa (4/4/2023)". */
const WEEKDAY_NUMERIC = new RegExp(`\\b(${WEEKDAYS})\\s*\\((\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?\\)`, 'gi');
/** "26 Oktober 2022", "7 March". */
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})\\s+(${MONTHS})\\.?(?:\\s+(\\d{4}))?\\b`, 'gi');
/** "Oct. 26", "October 26, 2022". */
const MONTH_DAY = new RegExp(`\\b(${MONTHS})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'gi');
/** "pada Oktober 2022", "in March 2021" (a month alone after "hingga" or "since" is no event). */
const MONTH_YEAR = new RegExp(`\\b(?:pada|in|bulan|on)\\s+(${MONTHS})\\s+(\\d{4})\\b`, 'gi');
/** "Saturday", "Saturday's", "Kamis siang", "Sunday night" (what comes before is read apart). */
const WEEKDAY_WORD = new RegExp(
  `\\b(${WEEKDAYS})(?:['’]s)?(?:\\s+(pagi|siang|sore|malam|lalu|kemarin|depan|morning|afternoon|evening|night))?\\b`,
  'gi',
);
/** "on ", "last ", "early on ", "pada hari ", "pada ", "hari " right before a week day. */
const WEEKDAY_LEAD = /(?:(?:(?:early|late)\s+)?(?:on|last|this|next)|pada(?:\s+hari)?|hari)\s+$/iu;
const YESTERDAY = /\b(?:yesterday|kemarin)\b/gi;

/**
 * The dates mentioned in `text` (one paragraph, quotations blanked out). `reference` is the day
 * the article was published; `future` tells whether the sentence at an offset speaks of what will
 * happen (a bare weekday then means the next one, not the last).
 */
export function findDates(text: string, reference: Day | undefined, future: (at: number) => boolean): DateMention[] {
  const found: DateMention[] = [];
  // Cheap checks first: most paragraphs hold no date at all.
  const digits = /\d/.test(text);
  const lower = text.toLowerCase();
  const weekday = WEEKDAY_NAMES.some((name) => lower.includes(name));
  if (!digits && !weekday && !/yesterday|kemarin/.test(lower)) return found;
  // Characters already part of a date: checking them, not every date found, keeps many dates linear.
  const covered = new Uint8Array(text.length);
  const taken = (start: number, end: number) => {
    for (let at = start; at < end; at++) if (covered[at]) return true;
    return false;
  };
  const add = (start: number, end: number, wording: string, date: string | undefined) => {
    if (!date || taken(start, end)) return;
    found.push({ start, end, text: wording.trim(), date });
    covered.fill(1, start, end);
  };
  for (const match of weekday && text.includes('/') ? text.matchAll(WEEKDAY_NUMERIC) : []) {
    const day = nearYear(+match[3], +match[2], match[4], reference);
    add(match.index, match.index + match[0].length, match[0], day && iso(day));
  }
  for (const match of digits ? text.matchAll(DAY_MONTH) : []) {
    const day = nearYear(monthIndex(match[2]) + 1, +match[1], match[3], reference);
    add(match.index, match.index + match[0].length, match[0], day && iso(day));
  }
  for (const match of digits ? text.matchAll(MONTH_DAY) : []) {
    const month = monthIndex(match[1]);
    // "May 5" is a date, "may 5" is not; "March 2021" is matched below.
    if (!/^\p{Lu}/u.test(match[1]) || +match[2] > 31) continue;
    const day = nearYear(month + 1, +match[2], match[3], reference);
    add(match.index, match.index + match[0].length, match[0], day && iso(day));
  }
  for (const match of digits ? text.matchAll(MONTH_YEAR) : []) {
    if (!/^\p{Lu}/u.test(match[1])) continue;
    const start = match.index + match[0].indexOf(match[1]);
    add(
      start,
      match.index + match[0].length,
      text.slice(start, match.index + match[0].length),
      `${match[2]}-${pad(monthIndex(match[1]) + 1)}`,
    );
  }
  if (reference) {
    for (const match of weekday ? text.matchAll(WEEKDAY_WORD) : []) {
      const word = match[1];
      // Capitalised only ("minggu" is also "week"); Indonesian "Minggu" needs "pada", "hari" or a time of day.
      if (!/^\p{Lu}/u.test(word)) continue;
      const start = match.index;
      const lead = (WEEKDAY_LEAD.exec(text.slice(Math.max(0, start - 16), start))?.[0] ?? '').toLowerCase();
      const tail = (match[2] ?? '').toLowerCase();
      if (/^minggu$/i.test(word) && !lead && !tail) continue;
      const target = weekdayIndex(word);
      const ahead = /next|depan/.test(`${lead} ${tail}`) || (!/last|lalu|kemarin/.test(`${lead} ${tail}`) && future(match.index));
      const offset = ahead
        ? (target - weekdayOf(reference) + 7) % 7 || 7
        : -((weekdayOf(reference) - target + 7) % 7 || (/last|lalu/.test(`${lead} ${tail}`) ? 7 : 0));
      const end = start + match[0].length;
      add(start, end, match[0], iso(new Date(reference.getTime() + offset * DAY)));
    }
    for (const match of text.matchAll(YESTERDAY)) {
      add(match.index, match.index + match[0].length, match[0], iso(new Date(reference.getTime() - DAY)));
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A reference day from the text itself, when no publication date is given: its latest full date. */
export function referenceFromText(paragraphs: readonly string[]): Day | undefined {
  let latest: Day | undefined;
  for (const text of paragraphs) {
    for (const match of text.matchAll(WEEKDAY_NUMERIC)) {
      if (!match[4]) continue;
      const day = nearYear(+match[3], +match[2], match[4], undefined);
      if (day && (!latest || day > latest)) latest = day;
    }
    for (const match of text.matchAll(DAY_MONTH)) {
      if (!match[3]) continue;
      const day = makeDay(+match[3], monthIndex(match[2]) + 1, +match[1]);
      if (day && (!latest || day > latest)) latest = day;
    }
    for (const match of text.matchAll(MONTH_DAY)) {
      if (!match[3]) continue;
      const day = makeDay(+match[3], monthIndex(match[1]) + 1, +match[2]);
      if (day && (!latest || day > latest)) latest = day;
    }
  }
  return latest;
}
