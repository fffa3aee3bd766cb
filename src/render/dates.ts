import type { Month } from 'date-fns';
import { enGB } from 'date-fns/locale';
import type { CalendarDate, DateRange, PublishedAt } from '../schema/dates.ts';
import type { Language } from '../schema/registries.ts';

/**
 * Dates for display, always in Vietnam time whatever the machine's time zone (process.env.TZ): the
 * Store already holds Vietnam's calendar dates and times of day (src/schema/dates.ts computes them
 * from the written offset; Vietnam has kept UTC+7, without daylight saving, since 1975), so display
 * writes them from their parts and never asks the machine's clock or time zone. This is also what
 * keeps 20,000 dates cheap to print.
 */

/**
 * A calendar date as each language writes it in full: vi `dd/MM/yyyy`, en `d MMMM yyyy`.
 */
function writeDay(date: CalendarDate, lang: Language): string {
  const [year, month, day] = date.split('-');
  if (!year || !month || !day || !/^\d{4}-\d{2}-\d{2}$/.test(date))
    throw new RangeError(`"${date}" is not a calendar date YYYY-MM-DD`);
  if (lang === 'vi') return `${day}/${month}/${year}`;
  return `${Number(day)} ${monthName(Number(month))} ${year}`;
}

/** The English name of a month 1–12, from date-fns's en-GB locale. */
function monthName(month: number): string {
  return enGB.localize.month((month - 1) as Month, { width: 'wide' });
}

/**
 * A publication date as printed in a byline; a date-only value never grows a time.
 * Times are to the minute, also when the source printed seconds.
 * @example
 * // 2020-05-30 12:02 => vi 30/05/2020 12:02, en 30 May 2020, 12:02
 * // 2020-03-19       => vi 19/03/2020,       en 19 March 2020
 */
export function formatPublished(p: PublishedAt, lang: Language): string {
  const day = writeDay(p.date, lang);
  if (p.precision === 'day' || !p.time) return day;
  return lang === 'vi' ? `${day} ${p.time.slice(0, 5)}` : `${day}, ${p.time.slice(0, 5)}`;
}

/**
 * An event's day or days: one day in full; days within one month share the month and year;
 * a range across months or years is written in full on both sides.
 * @example
 * // 2020-05-29            => vi 29/05/2020,              en 29 May 2020
 * // 2020-03-23/2020-03-24 => vi 23–24/03/2020,           en 23–24 March 2020
 * // 2020-12-30/2021-01-02 => vi 30/12/2020 – 02/01/2021, en 30 December 2020 – 2 January 2021
 */
export function formatDateRange(r: DateRange, lang: Language): string {
  const start = writeDay(r.start, lang);
  const end = writeDay(r.end, lang);
  if (r.start === r.end) return start;
  if (r.start.slice(0, 7) === r.end.slice(0, 7)) {
    const day = r.start.slice(8, 10);
    return `${lang === 'vi' ? day : Number(day)}–${end}`;
  }
  return `${start} – ${end}`;
}

/**
 * A month, as an archive heading names it (month is 1–12).
 * @example
 * // 2020, 5 => vi Tháng 5/2020, en May 2020
 */
export function formatMonth(year: number, month: number, lang: Language): string {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12)
    throw new RangeError(`${year}-${month} is not a month; give a year and a month from 1 to 12`);
  return lang === 'vi' ? `Tháng ${month}/${year}` : `${monthName(month)} ${year}`;
}

/**
 * The date an article is shown with: its publication, else its event's days; null when it has neither.
 * `iso` is for `<time datetime>`.
 */
export function formatArticleDate(
  facts: { publishedAt?: PublishedAt; eventDate?: DateRange },
  lang: Language,
): { text: string; iso: string } | null {
  if (facts.publishedAt)
    return { text: formatPublished(facts.publishedAt, lang), iso: facts.publishedAt.iso };
  if (facts.eventDate) return { text: formatDateRange(facts.eventDate, lang), iso: facts.eventDate.start };
  return null;
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
