import { describe, expect, it } from 'vitest';
import { isRealDate, parseDateRange, parsePublishedAt, parseTerm } from '../../src/schema/dates.ts';

describe('parsePublishedAt', () => {
  const fixtures: [string, unknown][] = [
    ['2020-03-19', { precision: 'day', iso: '2020-03-19', date: '2020-03-19' }],
    [
      '2020-05-30 12:02',
      { precision: 'minute', iso: '2020-05-30T12:02:00+07:00', date: '2020-05-30', time: '12:02' },
    ],
    ['2020-05-30T12:02', { precision: 'minute', iso: '2020-05-30T12:02:00+07:00' }],
    ['2020-05-30 12:02:09', { precision: 'second', iso: '2020-05-30T12:02:09+07:00', time: '12:02:09' }],
    ['2020-05-30T12:02:00+07:00', { iso: '2020-05-30T12:02:00+07:00' }],
    ['2020-05-30T05:02:00Z', { iso: '2020-05-30T12:02:00+07:00', date: '2020-05-30' }],
    ['2020-05-29T20:30:00-04:00', { iso: '2020-05-30T07:30:00+07:00', date: '2020-05-30' }],
    ['2024-02-29', { iso: '2024-02-29' }],
  ];
  it.each(fixtures)('reads %s', (input, expected) => {
    expect(parsePublishedAt(input)).toMatchObject(expected as object);
  });

  it('puts a date-only value at the start of that day in Vietnam', () => {
    expect(parsePublishedAt('2020-03-19')).toMatchObject({ epochMs: Date.parse('2020-03-18T17:00:00Z') });
  });

  const bad: [string, RegExp][] = [
    ['2020-02-30', /not a real day/],
    ['2023-02-29', /not a real day/],
    ['2020-13-01', /not a real day/],
    ['30/05/2020', /is not a date or date and time; write YYYY-MM-DD/],
    ['2020-05-30 25:00', /not a time of day/],
    ['2020-05-30 12:60', /not a time of day/],
    ['2020-05-30T12:00+15:00', /not a UTC offset/],
    ['', /not a date/],
  ];
  it.each(bad)('refuses %j', (input, message) => {
    expect(parsePublishedAt(input)).toEqual({ problem: expect.stringMatching(message) });
  });
});

describe('parseDateRange', () => {
  it('reads one day as a range of one day', () => {
    expect(parseDateRange('2020-05-29')).toEqual({ start: '2020-05-29', end: '2020-05-29' });
  });
  it('reads an ISO interval', () => {
    expect(parseDateRange('2020-03-23/2020-03-24')).toEqual({ start: '2020-03-23', end: '2020-03-24' });
  });
  it('refuses a range that ends before it starts', () => {
    expect(parseDateRange('2020-03-24/2020-03-23')).toEqual({
      problem: expect.stringMatching(/put the earlier date first/),
    });
  });
  it('refuses an impossible day at either end', () => {
    expect(parseDateRange('2020-03-23/2020-02-30')).toEqual({
      problem: expect.stringMatching(/2020-02-30 is not a real day/),
    });
  });
});

describe('parseTerm', () => {
  it('reads 2020-2025 and 2020 – 2025', () => {
    expect(parseTerm('2020-2025')).toEqual({ start: 2020, end: 2025 });
    expect(parseTerm('2020 – 2025')).toEqual({ start: 2020, end: 2025 });
  });
  it('refuses a term that does not move forward', () => {
    expect(parseTerm('2025-2020')).toEqual({ problem: expect.stringMatching(/put the earlier year first/) });
  });
});

describe('isRealDate', () => {
  it('knows leap years', () => {
    expect(isRealDate(2000, 2, 29)).toBe(true);
    expect(isRealDate(1900, 2, 29)).toBe(false);
  });
});
