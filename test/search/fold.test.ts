import { describe, expect, it } from 'vitest';
import { foldWords, wordsOf } from '../../src/search/fold.ts';

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
