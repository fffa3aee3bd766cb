/**
 * An article's page: its facts as rows (dates in Vietnam time), the congress figures, officials linked
 * to their pages, targets, JSON-LD, and a language switch that lands on the other home page when the
 * article has no translation.
 */
import { describe, expect, it } from 'vitest';
import { projectPages } from '../helpers/pages.ts';
import { EN_MD, VI_MD, withLine } from '../helpers/project.ts';

describe('article page', () => {
  const project = projectPages({
    'content/articles/a/vi.md': VI_MD,
    'content/articles/a/en.md': EN_MD,
    'content/articles/b/vi.md': withLine(VI_MD, 2, 'title: Bài chưa dịch'),
  });

  it('shapes the facts, congress, officials and targets of vi.md', () => {
    const page = project.find('article', 'vi', (p) => p.id === 'a');
    expect(page.facts.map((f) => f.label)).toEqual([
      'Tỉnh',
      'Ngày đăng',
      'Ngày diễn ra',
      'Lượt xem',
      'Tác giả',
      'Tổ chức',
    ]);
    expect(page.facts.find((f) => f.iso?.startsWith('2020-05-30'))?.value).toBe('30/05/2020 12:02');
    expect(page.congress.map((f) => f.value)).toContain('2020–2025');
    expect(page.officials.map((o) => [o.name, o.url, o.reelected])).toEqual([
      ['Nguyễn Việt Hùng', '/can-bo/nguyen-viet-hung/', true],
      ['Vũ Huy Phương', '/can-bo/vu-huy-phuong/', false],
    ]);
    expect(page.targets).toHaveLength(1);
    expect(page.jsonLd).toMatchObject({ '@type': 'NewsArticle', datePublished: '2020-05-30T12:02:00+07:00' });
    expect(page.switchTo).toMatchObject({ lang: 'en', translated: true });
  });

  it('sends the language switch of an untranslated article to the English home page', () => {
    const page = project.find('article', 'vi', (p) => p.id === 'b');
    expect(page.switchTo).toEqual({ lang: 'en', url: '/en/', translated: false });
    expect(page.alternates.map((a) => a.lang)).toEqual(['vi']);
    expect(page.xDefault).toBeNull();
  });
});
