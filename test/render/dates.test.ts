import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatDateRange, formatMonth, formatPublished, isoDate } from '../../src/render/dates.ts';
import {
  type DateRange,
  type PublishedAt,
  parseDateRange,
  parsePublishedAt,
} from '../../src/schema/dates.ts';
import type { Language } from '../../src/schema/registries.ts';
import { REPO } from '../helpers/project.ts';

const published = (text: string) => parsePublishedAt(text) as PublishedAt;
const range = (text: string) => parseDateRange(text) as DateRange;

/** [function, input as editors write it, language, expected]; the same table runs in every time zone. */
type Case = ['formatPublished' | 'formatDateRange' | 'formatMonth' | 'isoDate', string, Language, string];
const CASES: Case[] = [
  ['formatPublished', '2020-05-30 12:02', 'vi', '30/05/2020 12:02'],
  ['formatPublished', '2020-05-30 12:02', 'en', '30 May 2020, 12:02'],
  ['formatPublished', '2020-03-19', 'vi', '19/03/2020'],
  ['formatPublished', '2020-03-19', 'en', '19 March 2020'],
  // Just after midnight in Vietnam is still the day before in UTC and in Los Angeles.
  ['formatPublished', '2020-05-30 00:30', 'vi', '30/05/2020 00:30'],
  ['formatPublished', '2020-12-31 23:59', 'en', '31 December 2020, 23:59'],
  ['formatPublished', '2021-01-01 06:59:59', 'vi', '01/01/2021 06:59'],
  // Written in another offset, shown in Vietnam time.
  ['formatPublished', '2020-05-29T20:30:00-04:00', 'vi', '30/05/2020 07:30'],
  ['formatPublished', '2020-05-30T05:02:00Z', 'en', '30 May 2020, 12:02'],
  ['formatDateRange', '2020-05-29', 'vi', '29/05/2020'],
  ['formatDateRange', '2020-05-29', 'en', '29 May 2020'],
  ['formatDateRange', '2020-03-23/2020-03-24', 'vi', '23–24/03/2020'],
  ['formatDateRange', '2020-03-23/2020-03-24', 'en', '23–24 March 2020'],
  ['formatDateRange', '2020-03-05/2020-03-06', 'vi', '05–06/03/2020'],
  ['formatDateRange', '2020-03-30/2020-04-02', 'vi', '30/03/2020 – 02/04/2020'],
  ['formatDateRange', '2020-03-30/2020-04-02', 'en', '30 March 2020 – 2 April 2020'],
  ['formatDateRange', '2020-12-30/2021-01-02', 'vi', '30/12/2020 – 02/01/2021'],
  ['formatDateRange', '2020-12-30/2021-01-02', 'en', '30 December 2020 – 2 January 2021'],
  ['formatDateRange', '2020-01-15/2021-01-16', 'en', '15 January 2020 – 16 January 2021'],
  ['formatMonth', '2020-05', 'vi', 'Tháng 5/2020'],
  ['formatMonth', '2020-05', 'en', 'May 2020'],
  ['formatMonth', '2020-12', 'vi', 'Tháng 12/2020'],
  ['formatMonth', '2021-01', 'en', 'January 2021'],
  ['isoDate', '2020-05-30 12:02', 'vi', '2020-05-30T12:02:00+07:00'],
  ['isoDate', '2020-03-19', 'vi', '2020-03-19'],
];

function compute([fn, input, lang]: Case): string {
  if (fn === 'formatPublished') return formatPublished(published(input), lang);
  if (fn === 'formatDateRange') return formatDateRange(range(input), lang);
  if (fn === 'isoDate') return isoDate(published(input));
  const [year, month] = input.split('-').map(Number);
  return formatMonth(year ?? 0, month ?? 0, lang);
}

describe('date formatting', () => {
  it.each(CASES)('%s(%s, %s) gives %j', (fn, input, lang, expected) => {
    expect(compute([fn, input, lang, expected])).toBe(expected);
  });

  it('refuses a month that does not exist', () => {
    expect(() => formatMonth(2020, 13, 'vi')).toThrow(RangeError);
    expect(() => formatMonth(2020, 0, 'en')).toThrow(RangeError);
  });
});

/** The same table, computed in a fresh process: TZ set inside a running process is not reliable. */
const CHILD = `
import { formatDateRange, formatMonth, formatPublished, isoDate } from ${JSON.stringify(path.join(REPO, 'src/render/dates.ts'))};
import { parseDateRange, parsePublishedAt } from ${JSON.stringify(path.join(REPO, 'src/schema/dates.ts'))};
const results = JSON.parse(process.env.BANTIN_CASES).map(([fn, input, lang]) => {
  if (fn === 'formatPublished') return formatPublished(parsePublishedAt(input), lang);
  if (fn === 'formatDateRange') return formatDateRange(parseDateRange(input), lang);
  if (fn === 'isoDate') return isoDate(parsePublishedAt(input));
  const [year, month] = input.split('-').map(Number);
  return formatMonth(year, month, lang);
});
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
console.log(JSON.stringify({ zone, results }));
`;

const run = promisify(execFile);
const TSX = path.join(REPO, 'node_modules', '.bin', 'tsx');

describe('date formatting in any time zone', () => {
  // UTC, a zone behind Vietnam across the date line of the day, and the zone furthest ahead (UTC+14).
  it.each(['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati'])(
    'gives Vietnam time when the process runs with TZ=%s',
    async (zone) => {
      const { stdout } = await run(TSX, ['-e', CHILD], {
        cwd: REPO,
        env: { ...process.env, TZ: zone, BANTIN_CASES: JSON.stringify(CASES) },
      });
      const child = JSON.parse(stdout) as { zone: string; results: string[] };
      expect(child.zone).toEqual(zone === 'UTC' ? expect.stringMatching(/^(Etc\/)?UTC$/) : zone);
      expect(child.results).toEqual(CASES.map((c) => c[3]));
    },
  );
});
