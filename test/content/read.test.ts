import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/content/problems.ts';
import { readMarkdown } from '../../src/content/read.ts';

const read = (text: string) => {
  const problems: Problem[] = [];
  const file = readMarkdown('a/vi.md', Buffer.from(text), problems);
  return { data: file?.data, body: file?.body, bodyLine: file?.bodyLine, codes: problems.map((p) => p.code) };
};

describe('readMarkdown', () => {
  it.each([
    ['the usual file', '---\ntitle: x\n---\n\nBody\n', { title: 'x' }, '\nBody\n', 4],
    ['a byte order mark, or two', '\ufeff\ufeff---\ntitle: x\n---\nBody', { title: 'x' }, 'Body', 4],
    [
      'CRLF and lone CR line ends',
      '---\r\ntitle: x\rsummary: y\r\n---\r\nBody\r\n',
      { title: 'x', summary: 'y' },
      'Body\n',
      5,
    ],
    [
      'decomposed text, made NFC',
      '---\ntitle: e\u0301\n---\nVie\u0323\u0302t\n',
      { title: 'é' },
      'Việt\n',
      4,
    ],
    [
      'no-break spaces in the YAML, read as spaces',
      '---\ntitle:\u00a0x\u202fy\n---\n',
      { title: 'x y' },
      '',
      4,
    ],
    [
      'lines of white space alone in the body, emptied',
      '---\nt: 1\n---\n\u00a0 \nBody',
      { t: 1 },
      '\nBody',
      4,
    ],
    [
      '"--- yaml" and spaces after the delimiters',
      '--- yaml \ntitle: x\n---  \nBody',
      { title: 'x' },
      'Body',
      4,
    ],
    ['a YAML comment only', '---\n# only a comment\n---\nBody\n', undefined, 'Body\n', 4],
    [
      'dates as text, in the core schema',
      '---\nd: 2020-05-30 12:02\nn: 0x1F\n---\n',
      { d: '2020-05-30 12:02', n: 31 },
      '',
      5,
    ],
  ])('reads %s', (_, text, data, body, bodyLine) => {
    const got = read(text);
    if (data) expect(got.data).toEqual(data);
    expect(got.body).toBe(body);
    expect(got.bodyLine).toBe(bodyLine);
  });

  it.each([
    ['an empty file', ' \n\n', 'EmptyFile'],
    ['no front matter', 'Body\n', 'MissingFrontMatter'],
    ['front matter never closed', '---\ntitle: x\nBody\n', 'UnclosedFrontMatter'],
    [
      'JavaScript front matter, never run',
      '---js\n{ title: (() => { throw 1 })() }\n---\n',
      'ExecutableFrontMatter',
    ],
    ['a binary file', '---\n\u0000\n---\n', 'FileNotText'],
    ['a duplicate key', '---\ntitle: x\ntitle: y\n---\n', 'YamlSyntax'],
    ['a tag it does not know', '---\ntitle: !!js/function "() => 1"\n---\n', 'YamlSyntax'],
  ])('refuses %s', (_, text, code) => {
    expect(read(text).codes).toEqual([code]);
  });

  it('refuses bytes that are not UTF-8', () => {
    const problems: Problem[] = [];
    expect(
      readMarkdown('a/vi.md', Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0x0a]), problems),
    ).toBeUndefined();
    expect(problems.map((p) => p.code)).toEqual(['FileNotText']);
  });
});
