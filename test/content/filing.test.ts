import { describe, expect, it } from 'vitest';
import { filedOn, filedUnder, filingTime, monthOf } from '../../src/content/filing.ts';
import type { Article } from '../../src/content/store.ts';

const article = (facts: Partial<Article['facts']>) => ({ facts }) as Article;
const published = { date: '2020-05-30', time: '12:02', epochMs: Date.parse('2020-05-30T12:02:00+07:00') };

describe('when an article is filed', () => {
  it('is its publication, in Vietnam time', () => {
    const a = article({
      publishedAt: published as Article['facts']['publishedAt'],
      eventDate: { start: '2020-05-29' } as Article['facts']['eventDate'],
    });
    expect(filedOn(a)).toBe('2020-05-30');
    expect(filingTime(a)).toBe(published.epochMs);
    expect(filedUnder(a)).toEqual({ year: 2020, month: 5 });
    expect(monthOf(a)).toBe('2020-05');
  });

  it('is the first day of its event when no publication was printed, from midnight in Vietnam', () => {
    const a = article({
      eventDate: { start: '2020-12-31', end: '2021-01-01' } as Article['facts']['eventDate'],
    });
    expect(filedOn(a)).toBe('2020-12-31');
    expect(filingTime(a)).toBe(Date.parse('2020-12-30T17:00:00Z'));
    expect(filedUnder(a)).toEqual({ year: 2020, month: 12 });
    expect(monthOf(a)).toBe('2020-12');
  });

  it('is nothing when the article has no date at all', () => {
    const a = article({});
    expect([filedOn(a), filingTime(a), filedUnder(a), monthOf(a)]).toEqual([null, 0, null, null]);
  });
});
