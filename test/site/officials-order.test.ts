/**
 * The officials page lists every official elected, by name in the language's collation (Vietnamese
 * letters in Vietnamese alphabetical order, not by code point), then by the rank of the post; rows equal
 * in both keep the order of the articles (newest first). Each name has one id, on its first row, which
 * the article pages link to.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { defineSiteConfig } from '../../src/config/site-config.ts';
import { loadContent } from '../../src/content/load.ts';
import type { Store } from '../../src/content/store.ts';
import { buildPages } from '../../src/site/view-models.ts';
import { renderPage } from '../../templates/render.ts';
import { makeProject, removeProject, VI_MD } from '../helpers/project.ts';

const OFFICIALS = [
  '  - name: Nguyễn Việt Hùng',
  '    role: secretary',
  '    reelected: true',
  '  - name: Vũ Huy Phương',
  '    role: deputy-secretary',
].join('\n');

function article(title: string, publishedAt: string, officials: [name: string, role: string][]): string {
  const list = officials.map(([name, role]) => `  - name: ${name}\n    role: ${role}`).join('\n');
  return VI_MD.replace(OFFICIALS, list)
    .replace(/^title: .*$/m, `title: ${title}`)
    .replace(/^publishedAt: .*$/m, `publishedAt: ${publishedAt}`);
}

describe('the officials page', () => {
  let root: string;
  afterAll(() => removeProject(root));

  it('orders rows by name in Vietnamese collation, then by rank, then newest article first', async () => {
    root = await makeProject({
      'content/articles/a/vi.md': article('Bài A', '2020-07-01 12:00', [
        ['Đặng Văn An', 'deputy-secretary'],
        ['Bùi Thị Bình', 'secretary'],
      ]),
      'content/articles/b/vi.md': article('Bài B', '2020-06-01 12:00', [
        ['Đặng Văn An', 'secretary'],
        ['Ân Văn Cường', 'deputy-secretary'],
      ]),
      'content/articles/c/vi.md': article('Bài C', '2020-05-30 12:00', [['Đặng Văn An', 'secretary']]),
    });
    const { store, problems } = await loadContent({ root });
    expect(problems).toEqual([]);
    const { pages, site } = buildPages(store as Store, defineSiteConfig({ baseUrl: 'https://bantin.test' }));
    const officials = pages.find((p) => p.kind === 'officials' && p.lang === 'vi');
    if (officials?.kind !== 'officials') throw new Error('no officials page');
    expect(officials.rows.map((r) => `${r.name} / ${r.role} / ${r.article.text}`)).toEqual([
      'Ân Văn Cường / Phó Bí thư / Bài B',
      'Bùi Thị Bình / Bí thư / Bài A',
      'Đặng Văn An / Bí thư / Bài B',
      'Đặng Văn An / Bí thư / Bài C',
      'Đặng Văn An / Phó Bí thư / Bài A',
    ]);
    // One id per name, on its first row: ids are unique on the page, and links land on the first row.
    expect(officials.rows.map((r) => r.anchor)).toEqual([
      'an-van-cuong',
      'bui-thi-binh',
      'dang-van-an',
      null,
      null,
    ]);
    const page = renderPage(officials, site);
    const ids = [...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(3);
    expect(new Set(ids).size).toBe(ids.length);
    const pageA = pages.find((p) => p.kind === 'article' && p.lang === 'vi' && p.title === 'Bài A');
    if (pageA?.kind !== 'article') throw new Error('no article page');
    expect(pageA.officials.map((o) => o.url)).toEqual(['/can-bo/#dang-van-an', '/can-bo/#bui-thi-binh']);
  });
});
