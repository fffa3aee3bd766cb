import { z } from 'zod';

/** Vietnam has kept UTC+7 without daylight saving since 1975, so the offset is fixed. */
export const VIETNAM_OFFSET = '+07:00';
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const VIETNAM_OFFSET_MINUTES = 7 * 60;

/** A calendar date with no time of day: `2020-05-30`. */
export type CalendarDate = string;

/**
 * When an article was published, with the precision the source printed.
 * A date-only source stays date-only: it never grows a fake "00:00".
 */
export interface PublishedAt {
  /** `day` when only the date is known, `minute` or `second` when a time of day was printed. */
  precision: 'day' | 'minute' | 'second';
  /** ISO 8601: `2020-05-30` for a date, `2020-05-30T12:02:00+07:00` for a date and time (always in Vietnam time). */
  iso: string;
  /** The calendar date in Vietnam: `2020-05-30`. */
  date: CalendarDate;
  /** Time of day in Vietnam, `HH:mm` or `HH:mm:ss`, when printed. */
  time?: string;
  /** Milliseconds since the epoch; for a date, the start of that day in Vietnam. For sorting and comparing. */
  epochMs: number;
}

/** A date or an ordered range of dates, as `start`/`end` calendar dates (equal for a single day). */
export interface DateRange {
  start: CalendarDate;
  end: CalendarDate;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** True when year-month-day is a real day of the Gregorian calendar (2020-02-30 is not). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/;

/** Why a date string was refused, phrased for an editor. */
export type DateProblem = { problem: string };

/**
 * Parses a calendar date `YYYY-MM-DD`.
 * @example parseCalendarDate('2020-05-29') // => '2020-05-29'
 */
export function parseCalendarDate(text: string): CalendarDate | DateProblem {
  const m = DATE_RE.exec(text);
  if (!m) return { problem: `"${text}" is not a date; write it as YYYY-MM-DD, e.g. 2020-05-29` };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isRealDate(y, mo, d))
    return { problem: `${text} is not a real day of the calendar; check the month and day` };
  return text;
}

/**
 * Parses a publication date as editors write it, in Vietnam time unless an offset is written.
 * @example parsePublishedAt('2020-05-30 12:02').iso // => '2020-05-30T12:02:00+07:00'
 * @example parsePublishedAt('2020-03-19').iso // => '2020-03-19'
 */
export function parsePublishedAt(text: string): PublishedAt | DateProblem {
  const dateOnly = DATE_RE.exec(text);
  if (dateOnly) {
    const date = parseCalendarDate(text);
    if (typeof date !== 'string') return date;
    const [y, mo, d] = [Number(dateOnly[1]), Number(dateOnly[2]), Number(dateOnly[3])];
    return {
      precision: 'day',
      iso: date,
      date,
      epochMs: Date.UTC(y, mo - 1, d) - VIETNAM_OFFSET_MINUTES * 60_000,
    };
  }
  const m = DATE_TIME_RE.exec(text);
  if (!m) {
    return {
      problem: `"${text}" is not a date or date and time; write YYYY-MM-DD, or YYYY-MM-DD HH:mm in Vietnam time (e.g. 2020-05-30 12:02)`,
    };
  }
  const [y, mo, d, h, mi] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])];
  const hasSeconds = m[6] !== undefined;
  const s = hasSeconds ? Number(m[6]) : 0;
  if (!isRealDate(y, mo, d)) {
    return { problem: `${m[1]}-${m[2]}-${m[3]} is not a real day of the calendar; check the month and day` };
  }
  if (h > 23 || mi > 59 || s > 59)
    return {
      problem: `${m[4]}:${m[5]}${hasSeconds ? `:${m[6]}` : ''} is not a time of day; hours go to 23 and minutes to 59`,
    };
  const offset = m[7];
  let offsetMinutes = VIETNAM_OFFSET_MINUTES;
  if (offset === 'Z') offsetMinutes = 0;
  else if (offset) {
    const sign = offset.startsWith('-') ? -1 : 1;
    const oh = Number(offset.slice(1, 3));
    const om = Number(offset.slice(4, 6));
    if (oh > 14 || om > 59)
      return { problem: `${offset} is not a UTC offset; write +07:00 or leave it out for Vietnam time` };
    offsetMinutes = sign * (oh * 60 + om);
  }
  const epochMs = Date.UTC(y, mo - 1, d, h, mi, s) - offsetMinutes * 60_000;
  // Re-express the instant in Vietnam time, whatever offset was written.
  const local = new Date(epochMs + VIETNAM_OFFSET_MINUTES * 60_000);
  const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const hm = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
  const time = hasSeconds ? `${hm}:${pad(local.getUTCSeconds())}` : hm;
  return {
    precision: hasSeconds ? 'second' : 'minute',
    iso: `${date}T${hm}:${pad(local.getUTCSeconds())}${VIETNAM_OFFSET}`,
    date,
    time,
    epochMs,
  };
}

/**
 * Parses an event date: one day `YYYY-MM-DD`, or a range `YYYY-MM-DD/YYYY-MM-DD` (ISO 8601 interval).
 * @example parseDateRange('2020-03-23/2020-03-24') // => { start: '2020-03-23', end: '2020-03-24' }
 */
export function parseDateRange(text: string): DateRange | DateProblem {
  const parts = text.split('/');
  if (parts.length > 2)
    return { problem: `"${text}" has more than one "/"; write YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD` };
  const start = parseCalendarDate(parts[0] ?? '');
  if (typeof start !== 'string') return start;
  const end = parts.length === 2 ? parseCalendarDate(parts[1] ?? '') : start;
  if (typeof end !== 'string') return end;
  if (end < start)
    return { problem: `the range ends (${end}) before it starts (${start}); put the earlier date first` };
  return { start, end };
}

/** The calendar date in Vietnam of an instant: `2020-05-30`. */
export function vietnamDateOf(epochMs: number): CalendarDate {
  const local = new Date(epochMs + VIETNAM_OFFSET_MINUTES * 60_000);
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
}

const isProblem = (v: unknown): v is DateProblem => typeof v === 'object' && v !== null && 'problem' in v;

/** Turns a parser into a zod string schema that reports the parser's problem as its message. */
function parsedString<T>(parse: (text: string) => T | DateProblem, description: string) {
  return z
    .string()
    .transform((text, ctx) => {
      const parsed = parse(text.trim());
      if (isProblem(parsed)) {
        ctx.issues.push({ code: 'custom', message: parsed.problem, input: text });
        return z.NEVER;
      }
      return parsed;
    })
    .meta({ description });
}

export const publishedAtSchema = parsedString(
  parsePublishedAt,
  'Publication date as printed: YYYY-MM-DD, or YYYY-MM-DD HH:mm in Vietnam time (UTC+7) unless an offset is written.',
).meta({ examples: ['2020-05-30 12:02', '2020-03-19'] });

export const dateRangeSchema = parsedString(
  parseDateRange,
  'A day (YYYY-MM-DD) or an ordered range of days (YYYY-MM-DD/YYYY-MM-DD).',
).meta({ examples: ['2020-05-29', '2020-03-23/2020-03-24'] });

/** A term of office such as `2020-2025`, parsed to its first and last year. */
export interface Term {
  start: number;
  end: number;
}

export function parseTerm(text: string): Term | DateProblem {
  const m = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(text);
  if (!m) return { problem: `"${text}" is not a term; write it as two years, e.g. 2020-2025` };
  const start = Number(m[1]);
  const end = Number(m[2]);
  if (end <= start)
    return {
      problem: `the term ends (${end}) before or when it starts (${start}); put the earlier year first`,
    };
  return { start, end };
}

export const termSchema = parsedString(parseTerm, 'Term of office, first and last year: 2020-2025.').meta({
  examples: ['2020-2025'],
});
