import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { formatProblem, type Problem } from '../../src/content/problems.ts';
import { makeProject, removeProject, VI_MD, withLine } from '../helpers/project.ts';

/**
 * Content as an attacker or a careless paste writes it: each case is refused by validation with the
 * file, line, column, field and a message that says what is wrong and how to fix it.
 */
const NOW = new Date('2026-11-21T12:00:00+07:00');
const VI = 'content/articles/a/vi.md';
const roots: string[] = [];
afterAll(async () => {
  await Promise.all(roots.map(removeProject));
});

interface Case {
  name: string;
  files: Record<string, string>;
  /** file:line:column  field  message (the message matched by a pattern). */
  expected: { at: string; field: string; code: Problem['code']; message: RegExp }[];
}

/** The body of VI_MD starts on line 33. */
const withBody = (body: string) => VI_MD.replace(/\n---\n\n[\s\S]*$/, `\n---\n\n${body}\n`);
/** Vietnamese words as a keyboard in decomposed mode types them: more characters than they show. */
const NFD_WORDS = 'Đại hội Đảng bộ lần thứ'.normalize('NFD');
const source = (url: string) => withLine(VI_MD, 9, `source: { name: Cổng TTĐT, url: "${url}" }`);

const cases: Case[] = [
  {
    name: 'a right-to-left override in the title',
    files: { [VI]: withLine(VI_MD, 2, 'title: Đại hội Đảng \u202Ebộ Sở') },
    expected: [
      {
        at: `${VI}:2:21`,
        field: 'title',
        code: 'RefusedCharacter',
        message: /^contains U\+202E RIGHT-TO-LEFT OVERRIDE \(.+\) at column 21; delete it$/,
      },
    ],
  },
  {
    name: 'a form feed in the title',
    files: { [VI]: withLine(VI_MD, 2, 'title: Đại hội\fĐảng bộ Sở') },
    expected: [
      {
        at: `${VI}:2:15`,
        field: '',
        code: 'RefusedCharacter',
        message: /^contains U\+000C FORM FEED \(a control character\) at column 15; delete it$/,
      },
    ],
  },
  {
    name: 'a NUL written as a YAML escape in the author',
    files: { [VI]: withLine(VI_MD, 9, 'author: "K\\0L"') },
    expected: [
      {
        at: `${VI}:9:9`,
        field: 'author',
        code: 'RefusedCharacter',
        message: /^contains U\+0000 NULL \(a control character\) written as an escape; delete the escape$/,
      },
    ],
  },
  {
    name: 'a right-to-left isolate in an item of a list',
    files: { [VI]: withLine(VI_MD, 22, '  - name: Vũ Huy \u2067Phương') },
    expected: [
      {
        at: `${VI}:22:18`,
        field: 'officialsElected[1].name',
        code: 'RefusedCharacter',
        message: /^contains U\+2067 RIGHT-TO-LEFT ISOLATE .* at column 18; delete it$/,
      },
    ],
  },
  {
    name: 'zero-width spaces and a soft hyphen pasted into the body, line by line',
    files: { [VI]: withBody('Ngày 29/5,\u200B Đảng bộ\u200B họp.\n\nĐại hội bầu Ban Chấp\u00ADhành.') },
    expected: [
      {
        at: `${VI}:33:11`,
        field: 'body',
        code: 'RefusedCharacter',
        message:
          /^contains U\+200B ZERO WIDTH SPACE .* at column 11; delete it \(the text holds 1 more such character\)$/,
      },
      {
        at: `${VI}:35:21`,
        field: 'body',
        code: 'RefusedCharacter',
        message: /^contains U\+00AD SOFT HYPHEN .* at column 21; delete it$/,
      },
    ],
  },
  {
    name: 'a bell character in a registry label',
    files: {
      'content/tags.yaml':
        'tags:\n  - key: party-congress\n    label: { vi: "Đại hội\u0007", en: Congress }\n',
    },
    expected: [
      {
        at: 'content/tags.yaml:3:26',
        field: '',
        code: 'RefusedCharacter',
        message: /^contains U\+0007 BELL \(a control character\) at column 26; delete it$/,
      },
    ],
  },
  ...[
    'javascript:alert(document.cookie)',
    'data:text/html,<script>x</script>',
    'vbscript:msgbox',
    'file:///etc/passwd',
    'http://localhost/x',
  ].map(
    (url): Case => ({
      name: `a source URL ${url.slice(0, 12)}…`,
      files: { [VI]: source(url) },
      expected: [
        {
          at: `${VI}:9:33`,
          field: 'source.url',
          code: 'InvalidValue',
          message: /write the full web address, starting with https:\/\/ or http:\/\//,
        },
      ],
    }),
  ),
  {
    name: '2,000 nested quotes (marked ran out of stack on them)',
    files: { [VI]: withBody(`Mở đầu.\n\n${'> '.repeat(2000)}x`) },
    expected: [
      {
        at: `${VI}:35:1`,
        field: 'body',
        code: 'NestingTooDeep',
        message:
          /^this line nests quotes and lists 2000 levels deep .*more than the 8 bantin renders; flatten it/,
      },
    ],
  },
  {
    name: '20,000 runs of __a (marked took seconds on them): a block, a word and marks over their limits',
    files: { [VI]: withBody('__a'.repeat(20_000)) },
    expected: [
      {
        at: `${VI}:33:1`,
        field: 'body',
        code: 'BlockTooLong',
        message:
          /^this block of lines .* reaches 60,001 characters here, more than the 20,000 bantin renders in one block; split it with blank lines \(a long table into several tables, each with its header row\)$/,
      },
      {
        at: `${VI}:33:1`,
        field: 'body',
        code: 'WordTooLong',
        message:
          /^a word of 60,000 characters without a space starts here, more than the 2,000 bantin renders/,
      },
      {
        at: `${VI}:33:3001`,
        field: 'body',
        code: 'TooManyEmphasisMarks',
        message:
          /^this block of lines reaches 1,001 runs of \* _ and < here, .*split the text with blank lines .*write marks that are not emphasis as \\\* \\_ \\<$/,
      },
    ],
  },
  {
    name: 'a character reference to a right-to-left override in the body',
    files: { [VI]: withBody('Ngày 29/5, Đảng bộ &#x202E;họp &shy;.') },
    expected: [
      {
        at: `${VI}:33:20`,
        field: 'body',
        code: 'RefusedCharacter',
        message:
          /^contains the character reference &#x202E;, which stands for U\+202E RIGHT-TO-LEFT OVERRIDE .* at column 20; delete the reference$/,
      },
    ],
  },
  {
    name: 'a right-to-left override in a file saved decomposed (NFD), at its column as written',
    files: {
      [VI]: withBody(`${NFD_WORDS}\u202E x`).replace(
        'title: Đại hội Đảng bộ Sở lần thứ IV',
        `title: ${NFD_WORDS}\u202E`,
      ),
    },
    expected: [
      {
        at: `${VI}:2:${'title: '.length + NFD_WORDS.length + 1}`,
        field: 'title',
        code: 'RefusedCharacter',
        message: new RegExp(
          `^contains U\\+202E .* at column ${'title: '.length + NFD_WORDS.length + 1}; delete it$`,
        ),
      },
      {
        at: `${VI}:33:${NFD_WORDS.length + 1}`,
        field: 'body',
        code: 'RefusedCharacter',
        message: new RegExp(`^contains U\\+202E .* at column ${NFD_WORDS.length + 1}; delete it$`),
      },
    ],
  },
  {
    name: 'character references padded with zeros or past the last code point',
    files: { [VI]: withBody('Thân bài &#x0000202E; đây.\n\n![ảnh &#99999999;](/a.png)') },
    expected: [
      {
        at: `${VI}:33:10`,
        field: 'body',
        code: 'RefusedCharacter',
        message:
          /^contains the character reference &#x0000202E;, which stands for U\+202E RIGHT-TO-LEFT OVERRIDE/,
      },
      {
        at: `${VI}:35:7`,
        field: 'body',
        code: 'RefusedCharacter',
        message:
          /^contains the character reference &#99999999;, which stands for U\+FFFD REPLACEMENT CHARACTER/,
      },
    ],
  },
  {
    name: 'a zero-width space in a key',
    files: { [VI]: withLine(VI_MD, 9, 'author\u200B: KL') },
    expected: [
      {
        at: `${VI}:9:1`,
        field: 'author\u200B',
        code: 'UnknownKey',
        message: /^unknown field/,
      },
      {
        at: `${VI}:9:7`,
        field: 'author\u200B',
        code: 'RefusedCharacter',
        message: /^contains U\+200B ZERO WIDTH SPACE .* at column 7; delete it$/,
      },
    ],
  },
  {
    name: 'a body of 600,000 characters',
    files: { [VI]: withBody('Đại hội. '.repeat(66_667)) },
    expected: [
      {
        at: `${VI}:32:1`,
        field: 'body',
        code: 'BodyTooLong',
        message: /^the body has 600,005 characters, more than the 200,000 bantin renders; split the article/,
      },
    ],
  },
  {
    name: 'an unclosed double quote, reported where it opens',
    files: { [VI]: withLine(VI_MD, 2, 'title: "Đại hội Đảng bộ Sở') },
    expected: [
      {
        at: `${VI}:2:8`,
        field: '',
        code: 'YamlSyntax',
        message:
          /^YAML syntax: the double quote \(".*noticed at line 30, column \d+: .*\); close it on this line$/,
      },
    ],
  },
  {
    name: 'an unclosed bracket, reported where it opens',
    files: { [VI]: withLine(VI_MD, 10, 'organization: [Đảng bộ Sở') },
    expected: [
      {
        at: `${VI}:10:15`,
        field: '',
        code: 'YamlSyntax',
        message: /^YAML syntax: the bracket \[ here is not closed .*noticed at line 11, column 1/,
      },
    ],
  },
];

describe('hostile or broken content', () => {
  it.each(cases)('refuses $name, naming file, line, column and field', async ({ files, expected }) => {
    const root = await makeProject(files);
    roots.push(root);
    const { problems, store } = await loadContent({ root, now: NOW });
    expect(store).toBeUndefined();
    expect(
      problems.map((p) => ({ at: `${p.file}:${p.line}:${p.column}`, field: p.field, code: p.code })),
    ).toEqual(expected.map(({ at, field, code }) => ({ at, field, code })));
    problems.forEach((p, i) => {
      expect(p.message).toMatch(expected[i]?.message ?? /^$/);
      expect(formatProblem(p)).toBe(`${p.file}:${p.line}:${p.column}  ${p.field || '-'}  ${p.message}`);
    });
  });

  it('accepts an https source URL and keeps it as browsers write it', async () => {
    const root = await makeProject({ [VI]: source('HTTPS://STTTT.BacNinh.gov.vn/tin tuc') });
    roots.push(root);
    const { store, problems } = await loadContent({ root, now: NOW });
    expect(problems).toEqual([]);
    expect(store?.articles[0]?.facts.source?.url).toBe('https://stttt.bacninh.gov.vn/tin%20tuc');
  });
});
