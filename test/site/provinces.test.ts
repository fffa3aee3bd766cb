/**
 * Provinces: the 63 provinces of 2020 by region, each with its articles counted and its 2025 successor,
 * and a page per province (indexed by search engines only when it has articles).
 */
import { describe, expect, it } from 'vitest';
import { projectPages } from '../helpers/pages.ts';
import { VI_MD, withLine } from '../helpers/project.ts';

describe('provinces', () => {
  const project = projectPages({
    'content/articles/a/vi.md': VI_MD,
    'content/articles/b/vi.md': withLine(
      withLine(VI_MD, 2, 'title: Bài thứ hai'),
      6,
      'publishedAt: 2021-01-15 10:27',
    ),
  });

  it('lists every province of 2020 once, by region, with its articles counted', () => {
    const page = project.find('provinces', 'vi');
    const all = page.regions.flatMap((r) => r.provinces);
    expect(all).toHaveLength(63);
    expect(new Set(all.map((p) => p.url)).size).toBe(63);
    expect(all.find((p) => p.name === 'Bắc Ninh')).toMatchObject({ url: '/tinh/bac-ninh/', count: 2 });
    expect(all.find((p) => p.name === 'Hà Giang')?.count).toBe(0);
  });

  it('gives a province its articles newest first and its successor, and keeps empty ones out of the index', () => {
    const bacNinh = project.find('province', 'vi', (p) => p.url === '/tinh/bac-ninh/');
    expect(bacNinh.articles.map((c) => c.title)).toEqual(['Bài thứ hai', 'Đại hội Đảng bộ Sở lần thứ IV']);
    expect(bacNinh.index).toBe(true);
    // Bắc Ninh is its own successor (named the same): no note; Bắc Giang was merged into it.
    expect(bacNinh.successor).toBeNull();
    expect(project.find('province', 'vi', (p) => p.url === '/tinh/bac-giang/').successor).toBe('Bắc Ninh');
    expect(project.find('province', 'vi', (p) => p.url === '/tinh/ha-giang/').index).toBe(false);
  });
});
