/**
 * The archive: years and months that have articles, newest first, each month a page with its articles;
 * an article is filed by its publication, else by the first day of its event (Vietnam time).
 */
import { describe, expect, it } from 'vitest';
import { projectPages } from '../helpers/pages.ts';
import { EN_MD, VI_MD, withLine } from '../helpers/project.ts';

describe('archive', () => {
  const project = projectPages({
    'content/articles/a/vi.md': withLine(
      withLine(VI_MD, 2, 'title: Bài tháng năm'),
      6,
      'publishedAt: 2020-05-31 23:30',
    ),
    'content/articles/a/en.md': EN_MD,
    // No publication date: filed by its event, 1 June 2020.
    'content/articles/b/vi.md': withLine(
      withLine(withLine(VI_MD, 2, 'title: Bài tháng sáu'), 6, null),
      6,
      'eventDate: 2020-06-01',
    ),
    'content/articles/c/vi.md': withLine(
      withLine(VI_MD, 2, 'title: Bài năm trước'),
      6,
      'publishedAt: 2019-12-02 08:00',
    ),
  });

  it('lists years and months newest first, with their counts', () => {
    const archive = project.find('archive', 'vi');
    expect(archive.years.map((y) => [y.year, y.months.map((m) => [m.url, m.count])])).toEqual([
      [
        2020,
        [
          ['/luu-tru/2020/06/', 1],
          ['/luu-tru/2020/05/', 1],
        ],
      ],
      [2019, [['/luu-tru/2019/12/', 1]]],
    ]);
  });

  it('files an article without a publication date by its event, and each month lists its articles', () => {
    const june = project.find('archiveMonth', 'vi', (p) => p.url === '/luu-tru/2020/06/');
    expect(june.articles.map((c) => c.title)).toEqual(['Bài tháng sáu']);
  });

  it('has a month page in English only where an English article was filed', () => {
    const months = project.pages
      .filter((p) => p.kind === 'archiveMonth' && p.lang === 'en')
      .map((p) => p.url);
    expect(months).toEqual(['/en/archive/2020/05/']);
    const may = project.find('archiveMonth', 'vi', (p) => p.url === '/luu-tru/2020/05/');
    expect(may.xDefault).toBe('/luu-tru/2020/05/');
    const december = project.find('archiveMonth', 'vi', (p) => p.url === '/luu-tru/2019/12/');
    expect(december.alternates.map((a) => a.lang)).toEqual(['vi']);
    expect(december.xDefault).toBeNull();
  });
});
