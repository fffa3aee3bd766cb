/** The home page: the newest articles of the language, and the most viewed (articles with a view count). */
import { describe, expect, it } from 'vitest';
import { projectPages } from '../helpers/pages.ts';
import { VI_MD, withLine } from '../helpers/project.ts';

describe('home', () => {
  const article = (title: string, published: string, views: string | null) =>
    withLine(withLine(withLine(VI_MD, 2, `title: ${title}`), 6, `publishedAt: ${published}`), 8, views);
  const project = projectPages({
    'content/articles/a/vi.md': article('Cũ, nhiều lượt xem', '2020-01-01 08:00', 'views: 900'),
    'content/articles/b/vi.md': article('Mới, ít lượt xem', '2021-01-01 08:00', 'views: 10'),
    'content/articles/c/vi.md': article('Mới nhất, không lượt xem', '2022-01-01 08:00', null),
  });

  it('lists the newest first, and the most viewed of those that print a view count', () => {
    const home = project.find('home', 'vi');
    expect(home.latest.map((c) => c.title)).toEqual([
      'Mới nhất, không lượt xem',
      'Mới, ít lượt xem',
      'Cũ, nhiều lượt xem',
    ]);
    expect(home.mostViewed.map((c) => [c.title, c.views])).toEqual([
      ['Cũ, nhiều lượt xem', '900'],
      ['Mới, ít lượt xem', '10'],
    ]);
    expect(home.xDefault).toBe('/');
  });
});
