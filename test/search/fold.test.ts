import { describe, expect, it } from 'vitest';
import { foldWords, wordsOf } from '../../src/search/fold.ts';

describe('foldWords', () => {
  it('folds diacritics and đ, keeps case, punctuation and the number of words', () => {
    expect(foldWords('Đoàn Thanh Hải, TUV; đảng viên “Làm gương”')).toBe(
      'Doan Thanh Hai, TUV; dang vien “Lam guong”',
    );
    // NFD input, a word of marks alone, NBSP inside a word run.
    expect(foldWords('Vie\u0323\u0302t \u0301 Nam')).toBe('Viet \u0301 Nam');
    // A stray mark before a letter is folded away like any other; marks alone at the start and end.
    expect(foldWords('\u0301a\u00A0\u0300\u0301\n\u0309')).toBe('a\u00A0\u0300\u0301\n\u0309');
    const text = 'Hoàng  Thị\tThúy\nLan – 2020-2025';
    expect(foldWords(text).split(/\s+/)).toHaveLength(text.split(/\s+/).length);
    // The index folds a record's text once, then counts its words: the same words as the text's.
    const mixed = 'Đ/c Lê – “Trung thành” \u0301 ,  100% x\u0301';
    expect(wordsOf(foldWords(mixed))).toEqual(wordsOf(mixed).map(foldWords));
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
