/**
 * The reader's paths between pages: breadcrumbs from the home page down to each page, and the related
 * articles under an article (same province or a tag in common, newest first, a few).
 */
import { describe, expect, it } from 'vitest';
import { projectPages } from '../helpers/pages.ts';
import { VI_MD, withLine } from '../helpers/project.ts';

/** VI_MD (Bắc Ninh, party-congress, 2020-05-30) with another title, date, province and tags. */
const article = (title: string, published: string, province: string, tags: string) =>
  withLine(
    withLine(
      withLine(withLine(VI_MD, 2, `title: ${title}`), 6, `publishedAt: ${published}`),
      5,
      `province: ${province}`,
    ),
    30,
    `tags: ${tags}`,
  );

describe('reader paths', () => {
  const project = projectPages({
    'content/articles/a/vi.md': article('Bài A', '2020-05-30 12:02', 'bac-ninh', '[party-congress]'),
    'content/articles/b/vi.md': article('Bài B', '2021-01-10 08:00', 'bac-ninh', '[awards]'),
    'content/articles/c/vi.md': article('Bài C', '2021-02-10 08:00', 'long-an', '[party-congress]'),
    'content/articles/d/vi.md': article('Bài D', '2021-03-10 08:00', 'long-an', '[awards]'),
    ...Object.fromEntries(
      Array.from({ length: 6 }, (_, i) => [
        `content/articles/e${i}/vi.md`,
        article(`Bài E${i}`, `2022-0${i + 1}-10 08:00`, 'ninh-binh', '[e-government]'),
      ]),
    ),
  });

  it('leads from the home page to the province and the article', () => {
    const a = project.find('article', 'vi', (p) => p.id === 'a');
    expect(a.breadcrumbs).toEqual([
      { text: 'Trang chủ', url: '/' },
      { text: 'Bắc Ninh', url: '/tinh/bac-ninh/' },
    ]);
    expect(project.find('province', 'vi', (p) => p.url === '/tinh/bac-ninh/').breadcrumbs).toEqual([
      { text: 'Trang chủ', url: '/' },
      { text: 'Tỉnh, thành phố', url: '/tinh/' },
    ]);
    expect(project.find('official', 'vi').breadcrumbs.map((l) => l.url)).toEqual(['/', '/can-bo/']);
    expect(project.find('indicator', 'vi').breadcrumbs.map((l) => l.url)).toEqual(['/', '/chi-tieu/']);
    expect(project.find('archiveMonth', 'vi').breadcrumbs.map((l) => l.url)).toEqual(['/', '/luu-tru/']);
    expect(project.find('provinces', 'vi').breadcrumbs.map((l) => l.url)).toEqual(['/']);
    expect(project.find('home', 'vi').breadcrumbs).toEqual([]);
  });

  it('relates articles of the same province or with a tag in common, newest first, itself left out', () => {
    const related = (id: string) =>
      project.find('article', 'vi', (p) => p.id === id).related.map((c) => c.title);
    // A (Bắc Ninh, party congress): B shares the province, C the tag; D shares neither.
    expect(related('a')).toEqual(['Bài C', 'Bài B']);
    expect(related('d')).toEqual(['Bài C', 'Bài B']);
    // At most five, the newest.
    expect(related('e0')).toEqual(['Bài E5', 'Bài E4', 'Bài E3', 'Bài E2', 'Bài E1']);
  });
});
