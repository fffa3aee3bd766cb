import { TZDate } from '@date-fns/tz';
import { format, type Locale } from 'date-fns';
import { enGB, vi } from 'date-fns/locale';
import { type CalendarDate, type DateRange, type PublishedAt, VIETNAM_TIME_ZONE } from '../schema/dates.ts';
import type { Language } from '../schema/registries.ts';

/**
 * Dates for display, always in Vietnam time whatever the machine's time zone (process.env.TZ):
 * every date is a TZDate in Asia/Ho_Chi_Minh before date-fns formats it.
 */

const LOCALES: Record<Language, Locale> = { vi, en: enGB };

/** Day, month and year, as each language writes a full date. */
const DAY: Record<Language, string> = { vi: 'dd/MM/yyyy', en: 'd MMMM yyyy' };
const DAY_TIME: Record<Language, string> = { vi: 'dd/MM/yyyy HH:mm', en: 'd MMMM yyyy, HH:mm' };

/** Midnight in Vietnam at the start of a calendar date `YYYY-MM-DD`. */
function vietnamDay(date: CalendarDate): TZDate {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined || Number.isNaN(day))
    throw new RangeError(`"${date}" is not a calendar date YYYY-MM-DD`);
  return new TZDate(year, month - 1, day, VIETNAM_TIME_ZONE);
}

const formatIn = (date: TZDate, pattern: string, lang: Language) =>
  format(date, pattern, { locale: LOCALES[lang] });

/**
 * Formatting a TZDate asks Intl for the zone's offset several times; a large site prints the same dates
 * over and over (cards, facts, archives), so results are kept per input.
 */
function memoized<A extends unknown[]>(key: (...args: A) => string, compute: (...args: A) => string) {
  const cache = new Map<string, string>();
  return (...args: A): string => {
    const k = key(...args);
    let value = cache.get(k);
    if (value === undefined) {
      value = compute(...args);
      cache.set(k, value);
    }
    return value;
  };
}

/**
 * A publication date as printed in a byline; a date-only value never grows a time.
 * Times are to the minute, also when the source printed seconds.
 * @example
 * // 2020-05-30 12:02 => vi 30/05/2020 12:02, en 30 May 2020, 12:02
 * // 2020-03-19       => vi 19/03/2020,       en 19 March 2020
 */
export const formatPublished = memoized(
  (p: PublishedAt, lang: Language) => `${lang} ${p.precision} ${p.date} ${p.epochMs}`,
  (p: PublishedAt, lang: Language): string => {
    if (p.precision === 'day') return formatIn(vietnamDay(p.date), DAY[lang], lang);
    return formatIn(new TZDate(p.epochMs, VIETNAM_TIME_ZONE), DAY_TIME[lang], lang);
  },
);

/**
 * An event's day or days: one day in full; days within one month share the month and year;
 * a range across months or years is written in full on both sides.
 * @example
 * // 2020-05-29            => vi 29/05/2020,              en 29 May 2020
 * // 2020-03-23/2020-03-24 => vi 23–24/03/2020,           en 23–24 March 2020
 * // 2020-12-30/2021-01-02 => vi 30/12/2020 – 02/01/2021, en 30 December 2020 – 2 January 2021
 */
export const formatDateRange = memoized(
  (r: DateRange, lang: Language) => `${lang} ${r.start} ${r.end}`,
  (r: DateRange, lang: Language): string => {
    const start = vietnamDay(r.start);
    const end = vietnamDay(r.end);
    if (r.start === r.end) return formatIn(start, DAY[lang], lang);
    if (r.start.slice(0, 7) === r.end.slice(0, 7)) {
      const first = formatIn(start, lang === 'vi' ? 'dd' : 'd', lang);
      return `${first}–${formatIn(end, DAY[lang], lang)}`;
    }
    return `${formatIn(start, DAY[lang], lang)} – ${formatIn(end, DAY[lang], lang)}`;
  },
);

/**
 * A month, as an archive heading names it (month is 1–12).
 * @example
 * // 2020, 5 => vi Tháng 5/2020, en May 2020
 */
export function formatMonth(year: number, month: number, lang: Language): string {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12)
    throw new RangeError(`${year}-${month} is not a month; give a year and a month from 1 to 12`);
  return formatIn(
    new TZDate(year, month - 1, 1, VIETNAM_TIME_ZONE),
    lang === 'vi' ? "'Tháng' M/yyyy" : 'MMMM yyyy',
    lang,
  );
}

/**
 * The value of `<time datetime>`: the publication date's ISO 8601 form, a date staying a date.
 * @example
 * // 2020-05-30 12:02 => 2020-05-30T12:02:00+07:00
 * // 2020-03-19       => 2020-03-19
 */
export function isoDate(p: PublishedAt): string {
  return p.iso;
}
