import { describe, expect, it } from 'vitest';
import { BODY_LIMITS, bodyLimitBreaches } from '../../src/content/body-limits.ts';

const { depth, nesting, emphasisMarks, characters, blockCharacters, blockLines, wordCharacters } =
  BODY_LIMITS;

describe('bodyLimitBreaches', () => {
  it.each([
    [
      'quotes on one line',
      `Mở đầu.\n\n${'> '.repeat(depth + 1)}x`,
      [{ line: 3, column: 1, limit: 'depth', found: depth + 1 }],
    ],
    [
      'lists on one line',
      `${'- '.repeat(depth + 1)}x`,
      [{ line: 1, column: 1, limit: 'depth', found: depth + 1 }],
    ],
    [
      'ordered lists and quotes mixed',
      `${'1. > '.repeat(9)}x`,
      [{ line: 1, column: 1, limit: 'depth', found: 18 }],
    ],
    [
      'indentation before a list item',
      `${' '.repeat(2 * depth)}- x`,
      [{ line: 1, column: 1, limit: 'depth', found: depth + 1 }],
    ],
    [
      'tabs before a quote',
      `${'\t'.repeat(depth / 2)}> x`,
      [{ line: 1, column: 1, limit: 'depth', found: depth + 1 }],
    ],
    [
      'runs of marks in a block',
      `Đầu.\n\n${'__a '.repeat(emphasisMarks + 1)}`,
      [{ line: 3, column: 4 * emphasisMarks + 1, limit: 'emphasisMarks', found: emphasisMarks + 1 }],
    ],
    [
      'underscores, stars and < marks over the lines of one block',
      `${'_a_ '.repeat(emphasisMarks / 4)}\n${'*a* '.repeat(emphasisMarks / 4)}\n<x`,
      [{ line: 3, column: 1, limit: 'emphasisMarks', found: emphasisMarks + 1 }],
    ],
    [
      'a long block',
      'Đại hội. '.repeat(2223),
      [{ line: 1, column: 1, limit: 'blockCharacters', found: blockCharacters + 8 }],
    ],
    [
      'a block of many lines (lazy lines after a list item)',
      `- a\n${'b\n'.repeat(blockLines)}`,
      [{ line: blockLines + 1, column: 1, limit: 'blockLines', found: blockLines + 1 }],
    ],
    [
      'a long word',
      `Xem ${'a.'.repeat(wordCharacters / 2)}@x`,
      [{ line: 1, column: 5, limit: 'wordCharacters', found: wordCharacters + 2 }],
    ],
    [
      'too many characters',
      'a '.repeat(characters / 2 + 1),
      [{ line: 1, column: 1, limit: 'characters', found: characters + 2 }],
    ],
  ])('reports %s where the limit is passed', (_, body, breaches) => {
    expect(bodyLimitBreaches(body)).toEqual(breaches);
  });

  it('reports the quotes and lists of a body adding up past the limit, once, at the line that passes it', () => {
    const block = `${'>- '.repeat(depth / 2)}x\n\n`;
    const lines = nesting / depth + 1;
    expect(bodyLimitBreaches(block.repeat(lines))).toEqual([
      { line: 2 * lines - 1, column: 1, limit: 'nesting', found: nesting + depth },
    ]);
    expect(bodyLimitBreaches(block.repeat(lines - 1))).toEqual([]);
  });

  it('reports each limit once per block of lines, a block ending at a line of spaces and tabs only', () => {
    const deep = `${'> '.repeat(depth + 1)}x`;
    const marks = '_a '.repeat(emphasisMarks + 5);
    const body = [deep, deep, '', deep, ' \t', marks, marks, '\u2003', marks].join('\n');
    // U+2003 is text to the renderer, not a blank line: lines 6 to 9 are one block.
    expect(bodyLimitBreaches(body).map((b) => [b.line, b.limit])).toEqual([
      [1, 'depth'],
      [4, 'depth'],
      [6, 'emphasisMarks'],
    ]);
  });

  it('accepts what stays within the limits, and counts neither escaped marks nor a run of one mark twice', () => {
    const atLimit = [
      `${'> '.repeat(depth)}x`,
      '',
      `${'- '.repeat(depth)}x`,
      '',
      `${' '.repeat(2 * (depth - 1) + 1)}- x`,
      '',
      '_a '.repeat(emphasisMarks / 2),
      '*b '.repeat(emphasisMarks / 2),
      '',
      '\\_ \\* \\< ~ '.repeat(emphasisMarks),
      '',
      `Họ và tên: ${'_'.repeat(60)} ${'… '.repeat(200)}`.repeat(1),
      '',
      `https://stttt.bacninh.gov.vn/${'a'.repeat(wordCharacters - 29)}`,
    ].join('\n');
    expect(bodyLimitBreaches(atLimit)).toEqual([]);
    expect(bodyLimitBreaches(`${'Đại hội. '.repeat(2000)}\n\n`.repeat(characters / 18_002))).toEqual([]);
  });

  it('reads a thematic break, and text set right with spaces, as no nesting', () => {
    expect(bodyLimitBreaches(`${'- '.repeat(40)}\n\n${'* '.repeat(40)}`)).toEqual([]);
    expect(bodyLimitBreaches(`Nơi nhận: Như trên.\n${' '.repeat(70)}KT. GIÁM ĐỐC`)).toEqual([]);
    expect(bodyLimitBreaches(`* ${'**đậm** '.repeat(50)}`)).toEqual([]);
  });
});
