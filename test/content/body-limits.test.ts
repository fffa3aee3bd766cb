import { describe, expect, it } from 'vitest';
import { BODY_LIMITS, bodyLimitBreaches } from '../../src/content/body-limits.ts';

const { depth, emphasisMarks, characters } = BODY_LIMITS;

describe('bodyLimitBreaches', () => {
  it.each([
    [
      'quotes on one line',
      `Mở đầu.\n\n${'> '.repeat(depth + 1)}x`,
      { line: 3, column: 1, limit: 'depth', found: depth + 1 },
    ],
    [
      'lists on one line',
      `${'- '.repeat(depth + 1)}x`,
      { line: 1, column: 1, limit: 'depth', found: depth + 1 },
    ],
    [
      'ordered lists and quotes mixed',
      `${'1. > '.repeat(9)}x`,
      { line: 1, column: 1, limit: 'depth', found: 18 },
    ],
    [
      'indentation before a list item',
      `${' '.repeat(4 * depth)}- x`,
      { line: 1, column: 1, limit: 'depth', found: depth + 1 },
    ],
    [
      'tabs before a quote',
      `${'\t'.repeat(depth)}> x`,
      { line: 1, column: 1, limit: 'depth', found: depth + 1 },
    ],
    [
      'underscore runs in a paragraph',
      'Đầu.\n\n' + '__a'.repeat(emphasisMarks),
      { line: 3, column: 1.5 * emphasisMarks + 1, limit: 'emphasisMarks', found: emphasisMarks + 1 },
    ],
    [
      'stars over several lines of one paragraph',
      `${'*a'.repeat(emphasisMarks / 2)}\n${'*a'.repeat(emphasisMarks / 2)}\n*x`,
      { line: 3, column: 1, limit: 'emphasisMarks', found: emphasisMarks + 1 },
    ],
    [
      'too many characters',
      'a'.repeat(characters + 1),
      { line: 1, column: 1, limit: 'characters', found: characters + 1 },
    ],
  ])('reports %s at the line and column where the limit is passed', (_, body, breach) => {
    expect(bodyLimitBreaches(body)).toEqual([breach]);
  });

  it('reports each block of lines (between blank lines) too deep or with too many marks once', () => {
    const deep = `${'> '.repeat(depth + 1)}x`;
    const marks = '_a'.repeat(emphasisMarks + 5);
    expect(
      bodyLimitBreaches([deep, deep, '', deep, '', marks, marks, '', marks].join('\n')).map((b) => [
        b.line,
        b.limit,
      ]),
    ).toEqual([
      [1, 'depth'],
      [4, 'depth'],
      [6, 'emphasisMarks'],
      [9, 'emphasisMarks'],
    ]);
  });

  it('accepts what stays within the limits, and does not count escaped marks or fenced code', () => {
    const atLimit = [
      `${'> '.repeat(depth)}x`,
      '',
      `${'- '.repeat(depth)}x`,
      '',
      `${' '.repeat(4 * (depth - 1) + 3)}- x`,
      '',
      '_a'.repeat(emphasisMarks / 2),
      '*b'.repeat(emphasisMarks / 2),
      '',
      '\\_\\*'.repeat(emphasisMarks),
      '',
      '```',
      'a_b*c'.repeat(emphasisMarks),
      `${'> '.repeat(depth * 2)}`,
      '```',
      '~~~~',
      '``` not the end',
      '_'.repeat(emphasisMarks * 2),
      '~~~~',
    ].join('\n');
    expect(bodyLimitBreaches(atLimit)).toEqual([]);
    expect(bodyLimitBreaches('a'.repeat(characters))).toEqual([]);
  });

  it('counts list markers, not the stars of emphasis, as nesting', () => {
    expect(bodyLimitBreaches(`* ${'**đậm** '.repeat(50)}`)).toEqual([]);
  });
});
