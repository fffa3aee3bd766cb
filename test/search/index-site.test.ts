import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexSite } from '../../src/search/index-site.ts';

describe('indexSite', () => {
  it('publishes every fragment as written, whatever the text holds, and indexes it folded', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'bantin-index-'));
    try {
      const text = [
        'Đoàn Thanh Hải – “Làm gương”',
        'NBSP\u00A0between, NFD Vie\u0323\u0302t, zero\u200Bwidth, a mark alone \u0301 here',
        '___PAGEFIND_WEIGHT___0 ___PAGEFIND_ANCHOR___h1:x ___ plain',
      ].join('\n');
      const record = (url: string, lang: string) => ({
        url,
        language: lang,
        content: text,
        meta: { title: 'Đại hội' },
        filters: {},
        sort: {},
      });
      const result = await indexSite(dir, [
        { path: '/pagefind/', part: 0, records: [record('/a/', 'vi')] },
        { path: '/pagefind/vi-2/', part: 1, records: [record('/b/', 'vi')] },
        { path: '/pagefind/', part: 0, records: [record('/en/c/', 'en')] },
      ]);
      expect(result).toEqual({ pages: 3, asWritten: 3 });
      const entry = JSON.parse(await readFile(path.join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
      expect(Object.keys(entry.languages).sort()).toEqual(['en', 'vi']);
      // A later part has no script of its own: the first part's is used.
      const later = await readdir(path.join(dir, 'pagefind', 'vi-2'));
      expect(later).toContain('pagefind-entry.json');
      expect(later.filter((f) => f.endsWith('.js') || f.startsWith('wasm.'))).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
