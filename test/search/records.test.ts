import { describe, expect, it } from 'vitest';
import { defineSiteConfig } from '../../src/config/site-config.ts';
import { loadContent } from '../../src/content/load.ts';
import { SEARCH_LEAD_WORDS, searchLead } from '../../src/search/records.ts';
import { type ArticlePage, buildPages } from '../../src/site/view-models.ts';
import { escapeHtml } from '../../templates/_lib/html.ts';
import { searchRecord } from '../../templates/search-record.ts';
import { REPO } from '../helpers/project.ts';

describe('searchLead', () => {
  it('takes whole paragraphs as plain text until the word limit, cutting the last one', () => {
    expect(searchLead('Sáng 29/5, **Đảng bộ** họp.\n\nĐoạn hai có [liên kết](/x/).', 100)).toBe(
      'Sáng 29/5, Đảng bộ họp. Đoạn hai có liên kết.',
    );
    expect(searchLead('Sáng 29/5, **Đảng bộ** họp.\n\nĐoạn hai.', 3)).toBe('Sáng 29/5, Đảng');
    expect(searchLead('   \n\n')).toBe('');
  });

  it('stops at the default limit on a long body', () => {
    const body = Array.from({ length: 10 }, (_, i) => `Đoạn ${i} ${'chữ '.repeat(30)}`).join('\n\n');
    expect(searchLead(body).split(' ')).toHaveLength(SEARCH_LEAD_WORDS);
  });
});

describe('the search record of an article', async () => {
  const { store } = await loadContent({ root: REPO });
  if (!store) throw new Error('the repository content does not load');
  const { pages } = buildPages(store, defineSiteConfig({ baseUrl: 'https://bantin.test' }));
  const page = pages.find(
    (p): p is ArticlePage =>
      p.kind === 'article' && p.lang === 'vi' && p.id === '2020-05-bac-ninh-dai-hoi-dang-bo-so-tttt-lan-iv',
  );
  if (!page) throw new Error('no Bắc Ninh congress page');
  const record = searchRecord(page, '2020-03');

  it('holds the title, summary, lead, officials and filters, in the page language', () => {
    expect(record).toContain('<html lang="vi">');
    expect(record).toContain(`<h1 data-pagefind-meta="title">${page.title}</h1>`);
    expect(page.searchLead.split(' ').length).toBeGreaterThan(20);
    expect(record).toContain(escapeHtml(page.searchLead));
    expect(record).toContain('Nguyễn Việt Hùng');
    expect(record).toContain('<span data-pagefind-filter="province">Bắc Ninh</span>');
    expect(record).toContain('<span data-pagefind-filter="year:2020"></span>');
    expect(record).toContain('<span data-pagefind-filter="bundle:2020-03"></span>');
    expect(record).toContain('data-pagefind-sort="date:2020-05-30" data-pagefind-meta="date:2020-05-30"');
  });

  it('leaves out the body past its lead, fact labels and dates', () => {
    const lastParagraph = (store.byId.get(page.id)?.text.vi.body ?? '').trim().split('\n\n').at(-1) ?? '';
    expect(lastParagraph.length).toBeGreaterThan(20);
    expect(record).not.toContain(lastParagraph.slice(0, 40));
    expect(record).not.toContain('30/05/2020');
    expect(record).not.toContain('<dt>');
  });
});
