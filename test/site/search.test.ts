/** The search page: filters of the provinces and years that have articles, not indexed by search engines. */
import { describe, expect, it } from 'vitest';
import { projectPages } from '../helpers/pages.ts';
import { VI_MD, withLine } from '../helpers/project.ts';

describe('search page', () => {
  const project = projectPages({
    'content/articles/a/vi.md': VI_MD,
    'content/articles/b/vi.md': withLine(
      withLine(withLine(VI_MD, 2, 'title: Bài Hà Giang'), 5, 'province: ha-giang'),
      6,
      'publishedAt: 2021-03-01 08:00',
    ),
    'content/articles/c/vi.md': withLine(withLine(VI_MD, 2, 'title: Bản nháp'), 31, 'draft: true\n---'),
  });

  it('offers the provinces (in Vietnamese order) and years (newest first) of the published articles', () => {
    const page = project.find('search', 'vi');
    expect(page.provinces.map((p) => p.label)).toEqual(['Bắc Ninh', 'Hà Giang']);
    expect(page.years).toEqual(['2021', '2020']);
    expect(page.index).toBe(false);
    expect(page.searchParts).toEqual([]);
  });
});
