import { describe, expect, it } from 'vitest';
import { codePointLabel, hasRefusedCharacter, refusedCharacters } from '../../src/content/characters.ts';

describe('refusedCharacters', () => {
  it.each([
    ['\u0000', 'U+0000 NULL'],
    ['\u0008', 'U+0008 BACKSPACE'],
    ['\u000B', 'U+000B LINE TABULATION'],
    ['\u000C', 'U+000C FORM FEED'],
    ['\u000D', 'U+000D CARRIAGE RETURN'],
    ['\u001B', 'U+001B ESCAPE'],
    ['\u007F', 'U+007F DELETE'],
    ['\u0085', 'U+0085 C1 CONTROL'],
    ['\u009F', 'U+009F C1 CONTROL'],
    ['\u00AD', 'U+00AD SOFT HYPHEN'],
    ['\u061C', 'U+061C ARABIC LETTER MARK'],
    ['\u200B', 'U+200B ZERO WIDTH SPACE'],
    ['\u200E', 'U+200E LEFT-TO-RIGHT MARK'],
    ['\u200F', 'U+200F RIGHT-TO-LEFT MARK'],
    ['\u2028', 'U+2028 LINE SEPARATOR'],
    ['\u2029', 'U+2029 PARAGRAPH SEPARATOR'],
    ['\u202A', 'U+202A LEFT-TO-RIGHT EMBEDDING'],
    ['\u202E', 'U+202E RIGHT-TO-LEFT OVERRIDE'],
    ['\u2060', 'U+2060 WORD JOINER'],
    ['\u2066', 'U+2066 LEFT-TO-RIGHT ISOLATE'],
    ['\u2069', 'U+2069 POP DIRECTIONAL ISOLATE'],
    ['\uD800', 'U+D800 LONE SURROGATE'],
    ['\uDC00', 'U+DC00 LONE SURROGATE'],
    ['\uE000', 'U+E000 PRIVATE USE'],
    ['\uFDD0', 'U+FDD0 NONCHARACTER'],
    ['\uFEFF', 'U+FEFF ZERO WIDTH NO-BREAK SPACE'],
    ['\uFFFC', 'U+FFFC OBJECT REPLACEMENT CHARACTER'],
    ['\uFFFD', 'U+FFFD REPLACEMENT CHARACTER'],
    ['\uFFFF', 'U+FFFF NONCHARACTER'],
    ['\u{10FFFD}', 'U+10FFFD PRIVATE USE'],
    ['\u206A', 'U+206A FORMAT CHARACTER'],
    ['\u0600', 'U+0600 FORMAT CHARACTER'],
    ['\u{1D173}', 'U+1D173 FORMAT CHARACTER'],
    ['\u034F', 'U+034F COMBINING GRAPHEME JOINER'],
    ['\u3164', 'U+3164 HANGUL FILLER'],
    ['\uFFA0', 'U+FFA0 HALFWIDTH HANGUL FILLER'],
    ['\u{E0041}', 'U+E0041 TAG CHARACTER'],
    ['\u{E0001}', 'U+E0001 FORMAT CHARACTER'],
  ])('refuses %j as %s, with what it is and the fix', (char, label) => {
    const text = `Đại hội${char} Đảng bộ`;
    expect(hasRefusedCharacter(text)).toBe(true);
    const [found, ...rest] = refusedCharacters(text);
    expect(rest).toEqual([]);
    expect(found?.index).toBe(7);
    expect(found?.description).toMatch(new RegExp(`^${label.replace(/[()+]/g, '\\$&')}( |$)`));
    expect(found?.description).toMatch(/\(.+\)$/);
    expect(found?.fix).toMatch(/^(delete it|retype the character from the source|use a plain line break)$/);
  });

  it('allows tab, line feed, joiners, variation selectors, emoji, NBSP and every Vietnamese letter', () => {
    const text = [
      'Đ/c Hoàng Thị Thúy Lan\tBí thư Tỉnh ủy\n',
      'ỳ ỵ ỷ ỹ Ỳ Ỵ Ỷ Ỹ ơ ư Ơ Ư đ Đ',
      'Vie\u0323\u0302t', // NFD marks
      '👨\u200D👩\u200D👧 ❤\uFE0F \u200C',
      '\u00A0\u202F\u2007', // no-break spaces
      '🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}', // a flag's tag characters
      '“ ” – — … • № ½ ° €',
    ].join('');
    expect(hasRefusedCharacter(text)).toBe(false);
    expect(refusedCharacters(text)).toEqual([]);
  });

  it('refuses a second variation selector on one character, and allows one', () => {
    expect(refusedCharacters('❤\uFE0F')).toEqual([]);
    expect(refusedCharacters('❤\uFE0F\uFE0E').map((c) => [c.index, c.description.slice(0, 6)])).toEqual([
      [2, 'U+FE0E'],
    ]);
    expect(refusedCharacters(`a${'\u{E0100}'.repeat(3)}`)).toHaveLength(2);
  });

  it('finds every one, in order, by UTF-16 index', () => {
    expect(refusedCharacters('a\u202Eb😀\u0000').map((c) => [c.index, c.description.slice(0, 6)])).toEqual([
      [1, 'U+202E'],
      [5, 'U+0000'],
    ]);
  });

  it('labels code points with at least four hex digits', () => {
    expect(codePointLabel(0xc)).toBe('U+000C');
    expect(codePointLabel(0x10fffd)).toBe('U+10FFFD');
  });
});
