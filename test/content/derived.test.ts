import { describe, expect, it } from 'vitest';
import {
  compareText,
  electionsOf,
  filedOn,
  filedUnder,
  filingTime,
  monthOf,
  targetsByIndicator,
} from '../../src/content/derived.ts';
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

describe('elections, targets by indicator and the order of names', () => {
  const official = (name: string) => ({ name, role: 'secretary' });
  const target = (indicator: string) => ({ indicator, value: 1, unit: 'percent', sentence: 's' });
  const a = {
    id: 'a',
    facts: { officialsElected: [official('B'), official('A')], targets: [target('x'), target('y')] },
  };
  const b = { id: 'b', facts: { officialsElected: [official('C')], targets: [target('y')] } };
  const articles = [a, b] as unknown as Article[];

  it('lists every election in the articles’ order, each article’s in its own order', () => {
    expect(electionsOf(articles).map((e) => [e.article.id, e.official.name, e.index])).toEqual([
      ['a', 'B', 0],
      ['a', 'A', 1],
      ['b', 'C', 0],
    ]);
  });

  it('groups every target by indicator, keeping the articles’ order', () => {
    const byIndicator = targetsByIndicator(articles);
    expect([...byIndicator.keys()]).toEqual(['x', 'y']);
    expect(byIndicator.get('y')?.map((t) => [t.article.id, t.index])).toEqual([
      ['a', 1],
      ['b', 0],
    ]);
  });

  it('orders Vietnamese names as Vietnamese does, and never ties distinct names', () => {
    const names = ['Đỗ Đình Hữu', 'Dương Văn An', 'Ê Văn B', 'E Văn C', 'An', 'an'];
    expect([...names].sort(compareText('vi'))).toEqual([
      'an',
      'An',
      'Dương Văn An',
      'Đỗ Đình Hữu',
      'E Văn C',
      'Ê Văn B',
    ]);
    expect(compareText('vi')('an', 'An')).not.toBe(0);
  });
});
