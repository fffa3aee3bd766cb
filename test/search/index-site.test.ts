import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldWords, indexSite, wordsOf } from '../../src/search/index-site.ts';

describe('foldWords', () => {
  it('folds diacritics and đ, keeps case, punctuation and the number of words', () => {
    expect(foldWords('Đoàn Thanh Hải, TUV; đảng viên “Làm gương”')).toBe(
      'Doan Thanh Hai, TUV; dang vien “Lam guong”',
    );
    // NFD input, a word of marks alone, NBSP inside a word run.
    expect(foldWords('Vie\u0323\u0302t \u0301 Nam')).toBe('Viet \u0301 Nam');
    const text = 'Hoàng  Thị\tThúy\nLan – 2020-2025';
    expect(foldWords(text).split(/\s+/)).toHaveLength(text.split(/\s+/).length);
  });
});

describe('wordsOf', () => {
  it('counts punctuation standing alone as part of the word before it', () => {
    expect(wordsOf('Trung thành – Đoàn kết – Năng động')).toEqual([
      'Trung',
      'thành –',
      'Đoàn',
      'kết –',
      'Năng',
      'động',
    ]);
    expect(wordsOf('– mở đầu … 100% “ ” xong')).toEqual(['–', 'mở', 'đầu …', '100% “ ”', 'xong']);
    expect(wordsOf('a\u200Bb  c')).toEqual(['ab', 'c']);
    expect(wordsOf('')).toEqual([]);
  });
});

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
