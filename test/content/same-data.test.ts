import { describe, expect, it } from 'vitest';
import { sameData } from '../../src/content/same-data.ts';

describe('sameData', () => {
  it('is true for equal plain data, whatever the key order, and looks no further into shared parts', () => {
    const shared = { title: 'Đại hội', items: [1, 2, { a: null }] };
    expect(sameData({ a: 1, b: [shared, 'x'] }, { b: [shared, 'x'], a: 1 })).toBe(true);
    expect(sameData({ a: [1, { b: 'c' }] }, { a: [1, { b: 'c' }] })).toBe(true);
    expect(sameData(Object.create(null), {})).toBe(true);
  });

  it('is false for any difference: a value, a length, a missing or extra key, array against object', () => {
    expect(sameData({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameData({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData({ a: 1, b: undefined }, { a: 1, c: undefined })).toBe(false);
    expect(sameData({ 0: 'a' }, ['a'])).toBe(false);
    expect(sameData(null, {})).toBe(false);
    expect(sameData('1', 1)).toBe(false);
    expect(sameData({ t: 'e\u0301' }, { t: '\u00e9' })).toBe(false);
  });

  it('takes objects other than plain ones as equal only when they are the very same', () => {
    const day = new Date(0);
    expect(sameData({ d: day }, { d: day })).toBe(true);
    expect(sameData({ d: new Date(0) }, { d: new Date(1) })).toBe(false);
    expect(sameData(new Map([['a', 1]]), new Map([['a', 2]]))).toBe(false);
    const f = () => 1;
    expect(sameData({ f }, { f: () => 1 })).toBe(false);
  });
});
