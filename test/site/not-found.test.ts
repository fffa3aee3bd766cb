/** The page a missing address answers with: in both languages, kept out of search engines. */
import { describe, expect, it } from 'vitest';
import { projectPages } from '../helpers/pages.ts';
import { VI_MD } from '../helpers/project.ts';

describe('not-found page', () => {
  const project = projectPages({ 'content/articles/a/vi.md': VI_MD });

  it('exists in both languages and is kept out of search engines', () => {
    for (const lang of ['vi', 'en'] as const) {
      const page = project.find('notFound', lang);
      expect(page.index).toBe(false);
      expect(page.url).toBe(lang === 'vi' ? '/404.html' : '/en/404.html');
    }
  });
});
