/**
 * Officials: an index of every official elected, by name in the language's collation (Vietnamese
 * letters in Vietnamese alphabetical order, not by code point), and a page per official with every
 * election recorded under the name, newest article first. Article pages link to those pages. An
 * official's page exists in a language only when an article in that language names them.
 */
import { describe, expect, it } from 'vitest';
import { officialSlug } from '../../src/site/pages/index.ts';
import { renderPage } from '../../templates/render.ts';
import { projectPages } from '../helpers/pages.ts';
import { EN_MD, VI_MD } from '../helpers/project.ts';

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

describe('officials', () => {
  const project = projectPages({
    'content/articles/a/vi.md': article('Bài A', '2020-07-01 12:00', [
      ['Đặng Văn An', 'deputy-secretary'],
      ['Bùi Thị Bình', 'secretary'],
    ]),
    'content/articles/b/vi.md': article('Bài B', '2020-06-01 12:00', [
      ['Đặng Văn An', 'secretary'],
      ['Ân Văn Cường', 'deputy-secretary'],
    ]),
    'content/articles/c/vi.md': article('Bài C', '2020-05-30 12:00', [['Dang Van An', 'secretary']]),
    'content/articles/d/vi.md': VI_MD.replace(/^publishedAt: .*$/m, 'publishedAt: 2019-01-02 08:00'),
    'content/articles/d/en.md': EN_MD,
  });

  it('lists every official once, by name in Vietnamese collation, with the latest province and a count', () => {
    const index = project.find('officials', 'vi');
    expect(index.people.map((p) => `${p.name} / ${p.province} / ${p.count} / ${p.url}`)).toEqual([
      'Ân Văn Cường / Bắc Ninh / 1 / /can-bo/an-van-cuong/',
      'Bùi Thị Bình / Bắc Ninh / 1 / /can-bo/bui-thi-binh/',
      // Two spellings that make one URL share a page.
      'Đặng Văn An / Dang Van An / Bắc Ninh / 3 / /can-bo/dang-van-an/',
      'Nguyễn Việt Hùng / Bắc Ninh / 1 / /can-bo/nguyen-viet-hung/',
      'Vũ Huy Phương / Bắc Ninh / 1 / /can-bo/vu-huy-phuong/',
    ]);
    const html = renderPage(index, project.site);
    for (const p of index.people) expect(html).toContain(`href="${p.url}"`);
  });

  it('gives each official a page with every election under the name, newest first', () => {
    const page = project.find('official', 'vi', (p) => p.url === '/can-bo/dang-van-an/');
    expect(page.names).toEqual(['Đặng Văn An', 'Dang Van An']);
    expect(page.rows.map((r) => `${r.name} / ${r.role} / ${r.term} / ${r.article.text}`)).toEqual([
      'Đặng Văn An / Phó Bí thư / 2020–2025 / Bài A',
      'Đặng Văn An / Bí thư / 2020–2025 / Bài B',
      'Dang Van An / Bí thư / 2020–2025 / Bài C',
    ]);
    const html = renderPage(page, project.site);
    expect(html).toContain('<h1>Đặng Văn An / Dang Van An</h1>');
    // With two names on the page, each row says whose it is.
    expect(html).toContain('Dang Van An: Bí thư');
    const single = renderPage(
      project.find('official', 'vi', (p) => p.url === '/can-bo/bui-thi-binh/'),
      project.site,
    );
    expect(single).not.toContain('Bùi Thị Bình: ');
  });

  it('links article pages to the officials’ pages, and every link lands on a page', () => {
    const pageA = project.find('article', 'vi', (p) => p.title === 'Bài A');
    expect(pageA.officials.map((o) => o.url)).toEqual(['/can-bo/dang-van-an/', '/can-bo/bui-thi-binh/']);
    const urls = new Set(project.pages.map((p) => p.url));
    for (const p of project.pages)
      if (p.kind === 'article')
        for (const o of p.officials) expect(urls.has(o.url), `${p.url} → ${o.url}`).toBe(true);
  });

  it('has an English page only for officials named in an English article', () => {
    const en = project.find('officials', 'en');
    expect(en.people.map((p) => p.url)).toEqual([
      '/en/officials/nguyen-viet-hung/',
      '/en/officials/vu-huy-phuong/',
    ]);
    const translated = project.find('official', 'en', (p) => p.url === '/en/officials/nguyen-viet-hung/');
    expect(translated.alternates.map((a) => a.url)).toEqual([
      '/can-bo/nguyen-viet-hung/',
      '/en/officials/nguyen-viet-hung/',
    ]);
    expect(translated.rows.map((r) => r.article.text)).toEqual([
      'Fourth Congress of the Party Committee of the Department',
    ]);
    const viOnly = project.find('official', 'vi', (p) => p.url === '/can-bo/bui-thi-binh/');
    expect(viOnly.alternates.map((a) => a.lang)).toEqual(['vi']);
    expect(viOnly.switchTo).toEqual({ lang: 'en', url: '/en/', translated: false });
    expect(project.pages.some((p) => p.url === '/en/officials/bui-thi-binh/')).toBe(false);
  });

  it('makes an ASCII URL segment of any name', () => {
    expect(officialSlug('Đặng Văn An')).toBe('dang-van-an');
    // NFD input gives the same segment as NFC.
    expect(officialSlug('Nguyễn Thị Ánh'.normalize('NFD'))).toBe('nguyen-thi-anh');
    // A name with no letter or digit still has one.
    expect(officialSlug('…')).toBe('u2026');
  });
});
