/**
 * Tag pages (one per tag of tags.yaml with articles, in each language that has them, and an index), and
 * long listings cut into pages: a province, a tag, an archive month.
 */
import { describe, expect, it } from 'vitest';
import { paginate } from '../../src/site/pages/paginate.ts';
import { projectPages } from '../helpers/pages.ts';
import { EN_MD, VI_MD, withLine } from '../helpers/project.ts';

/** Article `i` of Bắc Ninh, May 2020 (day and minute from i), tagged party-congress. */
const numbered = (i: number) =>
  withLine(
    withLine(VI_MD, 2, `title: Bài số ${i}`),
    6,
    `publishedAt: 2020-05-${String(1 + (i % 28)).padStart(2, '0')} 08:${String(i % 60).padStart(2, '0')}`,
  );

describe('tag pages and long listings', () => {
  const project = projectPages({
    'content/articles/a/vi.md': withLine(VI_MD, 30, 'tags: [party-congress, awards]'),
    'content/articles/a/en.md': EN_MD,
    ...Object.fromEntries(
      Array.from({ length: 44 }, (_, i) => [`content/articles/n${i}/vi.md`, numbered(i)]),
    ),
  });

  it('makes a page per tag that has articles, linked from the article, and an index of them', () => {
    const index = project.find('tags', 'vi');
    expect(index.tags.map((t) => [t.name, t.url, t.count])).toEqual([
      ['Đại hội Đảng', '/chu-de/party-congress/', 45],
      ['Khen thưởng', '/chu-de/awards/', 1],
    ]);
    const article = project.find('article', 'vi', (p) => p.id === 'a');
    expect(article.tags).toEqual([
      { text: 'Đại hội Đảng', url: '/chu-de/party-congress/' },
      { text: 'Khen thưởng', url: '/chu-de/awards/' },
    ]);
    // In English, only the translated article: its tags have English pages.
    const en = project.find('tag', 'en', (p) => p.url === '/en/tags/awards/');
    expect(en.articles.map((c) => c.title)).toEqual([
      'Fourth Congress of the Party Committee of the Department',
    ]);
    expect(
      project.find('tag', 'vi', (p) => p.url === '/chu-de/awards/').alternates.map((a) => a.url),
    ).toEqual(['/chu-de/awards/', '/en/tags/awards/']);
  });

  it('cuts a listing of 45 articles into pages of 20, newest first, each linked to the others', () => {
    const pages = project.pages.filter((p) => p.kind === 'province' && p.url.startsWith('/tinh/bac-ninh/'));
    expect(pages.map((p) => p.url)).toEqual([
      '/tinh/bac-ninh/',
      '/tinh/bac-ninh/trang/2/',
      '/tinh/bac-ninh/trang/3/',
    ]);
    const [first, second, third] = pages.map((p) => (p.kind === 'province' ? p : undefined));
    expect([first?.articles.length, second?.articles.length, third?.articles.length]).toEqual([20, 20, 5]);
    expect(second?.pagination).toMatchObject({
      current: 2,
      total: 3,
      prev: '/tinh/bac-ninh/',
      next: '/tinh/bac-ninh/trang/3/',
    });
    expect(second?.title).toBe('Bắc Ninh · Trang 2');
    // Pages after the first exist in their own language only.
    expect(second?.alternates.map((a) => a.lang)).toEqual(['vi']);
    // Every article once, in order.
    const titles = pages.flatMap((p) => (p.kind === 'province' ? p.articles.map((c) => c.title) : []));
    expect(new Set(titles).size).toBe(45);
    expect(project.pages.some((p) => p.url === '/chu-de/party-congress/trang/3/')).toBe(true);
    expect(project.pages.some((p) => p.url === '/luu-tru/2020/05/trang/3/')).toBe(true);
  });

  it('links the first, the last and the pages near the current one', () => {
    const pages = paginate(
      Array.from({ length: 200 }, (_, i) => i),
      10,
      'en',
      '/en/tags/x/',
    );
    expect(pages).toHaveLength(20);
    const tenth = pages[9]?.pagination;
    expect(tenth?.pages.map((p) => p?.number ?? '…')).toEqual([1, '…', 8, 9, 10, 11, 12, '…', 20]);
    expect(tenth?.prev).toBe('/en/tags/x/page/9/');
    expect(pages[0]?.pagination?.prev).toBeNull();
    expect(paginate([], 10, 'vi', '/x/')).toEqual([{ items: [], number: 1, url: '/x/', pagination: null }]);
  });
});
