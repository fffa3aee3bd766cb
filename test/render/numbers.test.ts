import { describe, expect, it } from 'vitest';
import { type Comparator, formatNumber, formatValue, type Value } from '../../src/render/numbers.ts';
import type { Language, Unit } from '../../src/schema/registries.ts';

describe('formatNumber', () => {
  const cases: [number, string, string][] = [
    [5, '5', '5'],
    [6840, '6.840', '6,840'],
    [2.5, '2,5', '2.5'],
    [1234567.25, '1.234.567,25', '1,234,567.25'],
    [0.125, '0,125', '0.125'],
    [1 / 3, '0,333', '0.333'],
    [-6840, '-6.840', '-6,840'],
    [0, '0', '0'],
  ];
  it.each(cases)('writes %d as %j in Vietnamese and %j in English', (n, vi, en) => {
    expect(formatNumber(n, 'vi')).toBe(vi);
    expect(formatNumber(n, 'en')).toBe(en);
  });

  it('refuses what is not a finite number', () => {
    expect(() => formatNumber(Number.NaN, 'vi')).toThrow(RangeError);
    expect(() => formatNumber(Number.POSITIVE_INFINITY, 'en')).toThrow(RangeError);
  });
});

describe('formatValue', () => {
  const cases: [Value, Unit, Comparator | undefined, string, string][] = [
    [90, 'percent', undefined, '90%', '90%'],
    [90, 'percent', 'at-least', '≥ 90%', '≥ 90%'],
    [10, 'percent', 'at-most', '≤ 10%', '≤ 10%'],
    [{ min: 20, max: 25 }, 'percent', undefined, '20–25%', '20–25%'],
    [{ min: 20, max: 20 }, 'percent', undefined, '20%', '20%'],
    [99.5, 'percent', undefined, '99,5%', '99.5%'],
    [5, 'people', undefined, '5 người', '5 people'],
    [1, 'people', undefined, '1 người', '1 person'],
    [6840, 'people', 'at-least', '≥ 6.840 người', '≥ 6,840 people'],
    [{ min: 1, max: 2 }, 'people', undefined, '1–2 người', '1–2 people'],
    [5, 'years', undefined, '5 năm', '5 years'],
    [1, 'years', undefined, '1 năm', '1 year'],
    [5, 'rank', 'at-most', 'Top 5', 'Top 5'],
    [3, 'rank', undefined, 'hạng 3', 'rank 3'],
    [{ min: 3, max: 5 }, 'rank', undefined, 'hạng 3–5', 'rank 3–5'],
    [12, 'count', undefined, '12', '12'],
    [1500, 'count', 'at-least', '≥ 1.500', '≥ 1,500'],
  ];
  it.each(cases)('writes %j %s (%s) as %j and %j', (value, unit, comparator, vi, en) => {
    const langs: Record<Language, string> = { vi, en };
    for (const lang of ['vi', 'en'] as const)
      expect(formatValue(value, unit, lang, comparator)).toBe(langs[lang]);
  });
});
