import { isRealDate } from '../schema/dates.ts';
import { type Gap, gapReasons } from './gaps.ts';

/**
 * Dates of a portal article: the date line at the top ("30/05/2020 12:02"), and the day of the event
 * from the body ("Ngày 29/5", "Trong 2 ngày 23-24/3"). Dates are Vietnam calendar dates as printed;
 * nothing here reads the machine's clock or time zone.
 */

/** A date line: "30/05/2020 12:02 Số lượt xem: 275", "19/03/2020", "01/06/2020 - 09:29". */
export const DATE_LINE =
  /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s*-?\s*(\d{1,2}):(\d{2}))?(?:\s+Số lượt xem:\s*([\d.]+))?$/;

const pad = (n: number | string) => String(n).padStart(2, '0');

/** The publication date of a date line, as front matter writes it, and the views printed with it. */
export function dateLineOf(line: string): { publishedAt?: string; views?: number } | undefined {
  const m = DATE_LINE.exec(line);
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const out: { publishedAt?: string; views?: number } = {};
  if (isRealDate(y, mo, d))
    out.publishedAt = `${y}-${pad(mo)}-${pad(d)}${m[4] ? ` ${pad(m[4])}:${m[5]}` : ''}`;
  if (m[6]) out.views = Number(m[6].replace(/\./g, ''));
  return out;
}

/**
 * "Ngày 29/5", "Sáng 19/3", "Chiều 14/1", "Trong 2 ngày 23-24/3", "ngày 29/5/2020", and across two
 * months, "Trong 2 ngày 30/4-1/5". Groups: first day, its month when printed, last day, month, year.
 */
const EVENT_DAY =
  /(?:Ngày|Sáng|Chiều|Tối|Trưa|ngày|sáng|chiều|tối|trưa)\s+(\d{1,2})(?:\/(\d{1,2})(?=\s*[-–]\s*\d{1,2}\/))?(?:\s*[-–]\s*(\d{1,2}))?\/(\d{1,2})(?:\/(\d{4}))?(?![\d/])/gu;

/**
 * Days printed that are not the event's: inside brackets ("(ngày 28/8/1945 - 28/8/2025)"), the date of a
 * document ("Kế hoạch số 45-KH/ĐU ngày 10/3/2025"), a deadline or a start ("trước ngày 15/1", "từ ngày").
 */
const DOCUMENT_BEFORE =
  /(?:Kế hoạch|Quyết định|Nghị quyết|Nghị định|Chỉ thị|Công văn|Thông báo|Thông tư|Hướng dẫn|Luật|số \d)[^,;.()]*$/u;
const DEADLINE_BEFORE = /(?<![\p{L}])(?:trước|đến|tới|hạn|sau|kể từ)\s*$/iu;
function notTheEvent(text: string, at: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', at) + 1, at);
  const open = (line.match(/\(/g)?.length ?? 0) - (line.match(/\)/g)?.length ?? 0);
  return open > 0 || DOCUMENT_BEFORE.test(line) || DEADLINE_BEFORE.test(line);
}

export interface EventDate {
  eventDate?: string;
  /** Why the year is what it is, when the text did not print it beside the day: a YAML comment. */
  note?: string;
}

/**
 * The day (or days) of the event: the first printed that is not a document's, a deadline or in brackets.
 * The year is the one printed with the day; else the date line's (the year before when the day would
 * fall after publication, as "Ngày 30/12" printed on 2 January); else the first year of the congress
 * term printed in the text (a congress opens its term). Otherwise a gap.
 */
export function eventDateOf(
  text: string,
  publishedAt: string | undefined,
  term: { start: number; printed: string } | undefined,
  gaps: Gap[],
): EventDate {
  const published = publishedAt?.slice(0, 10);
  const ev = [...text.matchAll(EVENT_DAY)].find((m) => {
    if (notTheEvent(text, m.index)) return false;
    // A day printed with its year that falls after publication is not the event reported.
    const day = m[5] && `${m[5]}-${pad(m[4] as string)}-${pad(m[3] ?? (m[1] as string))}`;
    return !(day && published && day > published);
  });
  if (!ev) {
    gaps.push({ field: 'eventDate', reason: gapReasons.noEventDay() });
    return {};
  }
  const printed = ev[0];
  const [first, last, month] = [Number(ev[1]), Number(ev[3] ?? ev[1]), Number(ev[4])];
  const firstMonth = ev[2] ? Number(ev[2]) : month;
  let year: number | undefined;
  let note: string | undefined;
  if (ev[5]) year = Number(ev[5]);
  else if (published) {
    year = Number(published.slice(0, 4));
    if (`${year}-${pad(month)}-${pad(last)}` > published) {
      year -= 1;
      note = `The source prints "${printed}" without a year; the year is inferred from the date line (${published}): the one before, as the day would otherwise fall after publication.`;
    } else
      note = `The source prints "${printed}" without a year; the year is inferred from the date line (${published}).`;
  } else if (term) {
    year = term.start;
    note = `The source prints "${printed}" without a year; the year is inferred from the congress term "${term.printed}" (a congress opens its term), as there is no date line.`;
  }
  if (year === undefined) {
    gaps.push({ field: 'eventDate', reason: gapReasons.eventDayWithoutYear(printed) });
    return {};
  }
  // "30/12-2/1": the first day is in the year before the last.
  const firstYear = firstMonth > month ? year - 1 : year;
  const start = `${firstYear}-${pad(firstMonth)}-${pad(first)}`;
  const end = `${year}-${pad(month)}-${pad(last)}`;
  if (!isRealDate(firstYear, firstMonth, first) || !isRealDate(year, month, last) || end < start) {
    gaps.push({ field: 'eventDate', reason: gapReasons.eventDayNotReal(printed) });
    return {};
  }
  return { eventDate: start === end ? start : `${start}/${end}`, ...(note ? { note } : {}) };
}
