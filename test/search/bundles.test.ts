import { describe, expect, it } from 'vitest';
import { type BundledPage, bundleOf, PRIMARY_BUNDLE, planBundles } from '../../src/search/bundles.ts';

/** `n` pages of a month in each language given. */
const pages = (month: string, n: number, langs = ['vi', 'en']): BundledPage[] =>
  langs.flatMap((lang) => Array.from({ length: n }, () => ({ lang, month })));

describe('planBundles', () => {
  it('keeps a small site in one bundle, served from /pagefind/', () => {
    expect(planBundles([...pages('2021-01', 1), ...pages('2020-05', 4)], 100)).toEqual([
      { path: PRIMARY_BUNDLE, from: '2020-05', to: '2021-01' },
    ]);
    expect(planBundles([], 100)).toEqual([{ path: PRIMARY_BUNDLE, from: '', to: '' }]);
  });

  it('cuts whole months, newest first, each older bundle up to twice the one before', () => {
    const months = Array.from({ length: 12 }, (_, i) => `2025-${String(12 - i).padStart(2, '0')}`);
    const bundles = planBundles(
      months.flatMap((m) => pages(m, 10)),
      20,
    );
    expect(bundles).toEqual([
      { path: '/pagefind/', from: '2025-11', to: '2025-12' },
      { path: '/pagefind/2025-07_2025-10/', from: '2025-07', to: '2025-10' },
      { path: '/pagefind/2025-01_2025-06/', from: '2025-01', to: '2025-06' },
    ]);
  });

  it('stops growing at 16 times the newest bundle', () => {
    const months = Array.from({ length: 100 }, (_, i) => {
      const m = 2025 * 12 - i;
      return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    });
    const bundles = planBundles(
      months.flatMap((m) => pages(m, 1, ['vi'])),
      1,
    );
    const sizes = bundles.map((b) => months.filter((m) => m >= b.from && m <= b.to).length);
    expect(sizes.slice(0, 7)).toEqual([1, 2, 4, 8, 16, 16, 16]);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('counts each language on its own, and gives a month larger than the size a bundle of its own', () => {
    expect(planBundles([...pages('2025-02', 3), ...pages('2025-01', 1, ['vi'])], 3)).toEqual([
      { path: '/pagefind/', from: '2025-02', to: '2025-02' },
      { path: '/pagefind/2025-01_2025-01/', from: '2025-01', to: '2025-01' },
    ]);
    expect(planBundles([...pages('2025-02', 1), ...pages('2025-01', 50)], 2).map((b) => b.from)).toEqual([
      '2025-02',
      '2025-01',
    ]);
  });

  it('puts every month in exactly one bundle, and pages without a month in the oldest', () => {
    const all = ['2024-03', '2024-01', '2023-12', '2023-11', '2023-07', '2022-01'].flatMap((m) =>
      pages(m, 2),
    );
    const bundles = planBundles([...all, { lang: 'vi', month: null }], 2);
    for (const { month } of all) {
      const holding = bundles.filter((b) => month !== null && month >= b.from && month <= b.to);
      expect(holding, month ?? '').toHaveLength(1);
      expect(bundleOf(bundles, month)).toBe(holding[0]);
    }
    expect(bundleOf(bundles, null)).toBe(bundles.at(-1));
    expect(new Set(bundles.map((b) => b.path)).size).toBe(bundles.length);
  });
});
