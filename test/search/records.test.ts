import { describe, expect, it } from 'vitest';
import { defineSiteConfig } from '../../src/config/site-config.ts';
import { loadContent } from '../../src/content/load.ts';
import { plainText } from '../../src/render/index.ts';
import { searchRecord } from '../../src/search/records.ts';
import { type ArticlePage, buildPages } from '../../src/site/pages/index.ts';
import { REPO } from '../helpers/project.ts';

describe('the search record of an article', async () => {
  const { store } = await loadContent({ root: REPO });
  if (!store) throw new Error('the repository content does not load');
  const { pages } = buildPages(store, defineSiteConfig({ baseUrl: 'https://bantin.test' }));
  const pageOf = (id: string, lang: 'vi' | 'en') => {
    const page = pages.find((p): p is ArticlePage => p.kind === 'article' && p.lang === lang && p.id === id);
    if (!page) throw new Error(`no ${lang} page of ${id}`);
    return page;
  };
  const BAC_NINH = '2020-05-bac-ninh-dai-hoi-dang-bo-so-tttt-lan-iv';
  const textOf = (id: string, lang: 'vi' | 'en') => {
    const text = store.byId.get(id)?.text[lang];
    if (!text) throw new Error(`no ${lang} text of ${id}`);
    return text;
  };
  const body = (id: string, lang: 'vi' | 'en') => textOf(id, lang).body;

  it('holds the title, the summary and every word of the body, as plain text, in the page language', () => {
    for (const lang of ['vi', 'en'] as const) {
      const page = pageOf(BAC_NINH, lang);
      const record = searchRecord(page, textOf(BAC_NINH, lang));
      expect(record.url).toBe(page.url);
      expect(record.language).toBe(lang);
      expect(record.meta.title).toBe(page.title);
      expect(record.content.startsWith(`${page.title}\n${page.summary}\n`)).toBe(true);
      const text = plainText(body(BAC_NINH, lang));
      expect(text.split(' ').length).toBeGreaterThan(400);
      expect(record.content).toContain(text);
      expect(record.content).not.toMatch(/<[a-z]|\*\*|\]\(/);
    }
  });

  it('adds the facts the body does not say, once each, and no labels or dates', () => {
    const page = pageOf(BAC_NINH, 'vi');
    const record = searchRecord(page, textOf(BAC_NINH, 'vi'));
    const facts = record.content.slice(
      page.title.length + page.summary.length + plainText(body(BAC_NINH, 'vi')).length + 3,
    );
    expect(facts.split('\n')).toContain('2020–2025');
    for (const fact of facts.split('\n')) expect(plainText(body(BAC_NINH, 'vi'))).not.toContain(fact);
    // The province is in the body already ("tại Bắc Ninh"); a fact the body lacks is added, its label not.
    const moved = searchRecord(
      { ...page, facts: [{ label: 'Tỉnh', value: 'Hà Giang' }] },
      textOf(BAC_NINH, 'vi'),
    );
    expect(moved.content.split('\n')).toContain('Hà Giang');
    expect(moved.content.split('\n').includes('Tỉnh')).toBe(false);
    // "Nguyễn Việt Hùng" is in the body already: not repeated.
    expect(facts).not.toContain('Nguyễn Việt Hùng');
    expect(new Set(facts.split('\n')).size).toBe(facts.split('\n').length);
    expect(record.content).not.toContain('30/05/2020');
  });

  it('holds the captions, awards and target sentences', () => {
    const id = '2021-01-bac-ninh-trien-khai-nhiem-vu-2021-huan-chuong-lao-dong';
    const record = searchRecord(pageOf(id, 'vi'), textOf(id, 'vi'));
    expect(record.content).toContain('Phó Chủ tịch Thường trực UBND tỉnh Vương Quốc Tuấn trao Bằng khen');
    expect(record.content).toContain('Bằng khen của Chủ tịch UBND tỉnh');
    expect(record.content).toContain('03 tập thể, 04 cá nhân');
  });

  it('gives the province and year filters, and the date to sort and show', () => {
    const record = searchRecord(pageOf(BAC_NINH, 'vi'), textOf(BAC_NINH, 'vi'));
    expect(record.filters).toEqual({ province: ['Bắc Ninh'], year: ['2020'] });
    expect(record.sort).toEqual({ date: '2020-05-30' });
    expect(record.meta.date).toBe('2020-05-30');
    const undated = '2020-03-ninh-binh-dai-hoi-chi-bo-so-tttt-lan-iv';
    // Filed under its event day when the source printed no publication date.
    expect(searchRecord(pageOf(undated, 'en'), textOf(undated, 'en')).sort).toEqual({ date: '2020-03-23' });
  });
});
