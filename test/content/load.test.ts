import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { formatProblem, type Problem } from '../../src/content/problems.ts';
import { EN_MD, makeProject, removeProject, VI_MD, withLine } from '../helpers/project.ts';

const NOW = new Date('2026-11-21T12:00:00+07:00');
const A = 'content/articles/a';
const roots: string[] = [];
afterAll(async () => {
  await Promise.all(roots.map(removeProject));
});

async function load(files: Record<string, string | Uint8Array>) {
  const root = await makeProject(files);
  roots.push(root);
  return { root, ...(await loadContent({ root, now: NOW })) };
}

/** What a test expects of one problem: exact file, line and field; the message checked by a pattern. */
interface Expected {
  file: string;
  line: number;
  column?: number;
  field: string;
  code: Problem['code'];
  message: RegExp;
}

const MARKER = path.join(tmpdir(), `bantin-js-ran-${process.pid}`);

const cases: { name: string; files: Record<string, string | Uint8Array>; expected: Expected[] }[] = [
  {
    name: 'malformed YAML points at its line',
    files: { [`${A}/vi.md`]: withLine(VI_MD, 10, 'organization: Đảng bộ: Sở') },
    expected: [
      {
        file: `${A}/vi.md`,
        line: 10,
        field: '',
        code: 'YamlSyntax',
        message: /YAML syntax: .*indentation and quoting/,
      },
    ],
  },
  {
    name: 'a missing required field',
    files: { [`${A}/vi.md`]: withLine(VI_MD, 3, null) },
    expected: [
      {
        file: `${A}/vi.md`,
        line: 1,
        field: 'summary',
        code: 'MissingField',
        message: /required field "summary" is missing; add it: one or two sentences/,
      },
    ],
  },
  {
    name: 'a missing nested field points at its parent',
    files: { [`${A}/vi.md`]: withLine(VI_MD, 23, '    reelected: false') },
    expected: [
      {
        file: `${A}/vi.md`,
        line: 22,
        field: 'officialsElected[1].role',
        code: 'MissingField',
        message: /required field "officialsElected\[1\]\.role" is missing/,
      },
    ],
  },
  {
    name: 'a wrong type',
    files: { [`${A}/vi.md`]: withLine(VI_MD, 8, 'views: many') },
    expected: [
      {
        file: `${A}/vi.md`,
        line: 8,
        column: 8,
        field: 'views',
        code: 'WrongType',
        message: /expected a number, got text "many"/,
      },
    ],
  },
  {
    name: 'a quoted number',
    files: { [`${A}/vi.md`]: withLine(VI_MD, 8, 'views: "275"') },
    expected: [
      {
        file: `${A}/vi.md`,
        line: 8,
        field: 'views',
        code: 'WrongType',
        message: /write the number without quotes/,
      },
    ],
  },
  {
    name: 'an unknown province, with a suggestion',
    files: { [`${A}/vi.md`]: withLine(VI_MD, 5, 'province: bac-nin') },
    expected: [
      {
        file: `${A}/vi.md`,
        line: 5,
        column: 11,
        field: 'province',
        code: 'UnknownReference',
        message:
          /^unknown province "bac-nin"; did you mean "bac-ninh"\?; use a key listed in content\/provinces\.yaml$/,
      },
    ],
  },
  {
    name: 'an unknown role in a nested list item',
    files: { [`${A}/vi.md`]: withLine(VI_MD, 23, '    role: deputy-secetary') },
    expected: [
      {
        file: `${A}/vi.md`,
        line: 23,
        column: 11,
        field: 'officialsElected[1].role',
        code: 'UnknownReference',
        message: /unknown role "deputy-secetary"; did you mean "deputy-secretary"\?/,
      },
    ],
  },
  {
    name: 'an unknown indicator',
    files: { [`${A}/vi.md`]: withLine(VI_MD, 25, '  - indicator: online-services') },
    expected: [
      {
        file: `${A}/vi.md`,
        line: 25,
        field: 'targets[0].indicator',
        code: 'UnknownReference',
        message: /unknown indicator "online-services".*content\/indicators\.yaml/,
      },
    ],
  },
  {
    name: 'an impossible date',
    files: { [`${A}/vi.md`]: withLine(VI_MD, 6, 'publishedAt: 2020-02-30') },
    expected: [
      {
        file: `${A}/vi.md`,
        line: 6,
        column: 14,
        field: 'publishedAt',
        code: 'InvalidValue',
        message: /2020-02-30 is not a real day of the calendar/,
      },
    ],
  },
  {
    name: 'an impossible time of day',
    files: { [`${A}/vi.md`]: withLine(VI_MD, 6, 'publishedAt: 2020-05-30 24:10') },
    expected: [
      {
        file: `${A}/vi.md`,
        line: 6,
        field: 'publishedAt',
        code: 'InvalidValue',
        message: /24:10 is not a time of day/,
      },
    ],
  },
  {
    name: 'a date in the future',
    files: { [`${A}/vi.md`]: withLine(VI_MD, 6, 'publishedAt: 2031-01-01 08:00') },
    expected: [
      {
        file: `${A}/vi.md`,
        line: 6,
        field: 'publishedAt',
        code: 'FutureDate',
        message: /2031-01-01T08:00:00\+07:00 is in the future \(today in Vietnam is 2026-11-21\)/,
      },
    ],
  },
  {
    name: 'negative views',
    files: { [`${A}/vi.md`]: withLine(VI_MD, 8, 'views: -3') },
    expected: [
      {
        file: `${A}/vi.md`,
        line: 8,
        field: 'views',
        code: 'InvalidValue',
        message: /must be 0 or more, got the number -3/,
      },
    ],
  },
  {
    name: 'fractional views',
    files: { [`${A}/vi.md`]: withLine(VI_MD, 8, 'views: 2.5') },
    expected: [
      {
        file: `${A}/vi.md`,
        line: 8,
        field: 'views',
        code: 'InvalidValue',
        message: /must be a whole number, got 2\.5/,
      },
    ],
  },
  {
    name: 'an unordered date range',
    files: { [`${A}/vi.md`]: withLine(VI_MD, 7, 'eventDate: 2020-03-24/2020-03-23') },
    expected: [
      {
        file: `${A}/vi.md`,
        line: 7,
        field: 'eventDate',
        code: 'InvalidValue',
        message: /ends \(2020-03-23\) before it starts \(2020-03-24\)/,
      },
    ],
  },
  {
    name: 'an unordered term',
    files: { [`${A}/vi.md`]: withLine(VI_MD, 14, '  term: 2025-2020') },
    expected: [
      {
        file: `${A}/vi.md`,
        line: 14,
        field: 'congress.term',
        code: 'InvalidValue',
        message: /term ends \(2020\) before or when it starts \(2025\)/,
      },
    ],
  },
  {
    name: 'an unordered target range',
    files: { [`${A}/vi.md`]: withLine(VI_MD, 26, '    value: { min: 25, max: 20 }') },
    expected: [
      {
        file: `${A}/vi.md`,
        line: 26,
        field: 'targets[0].value',
        code: 'InvalidValue',
        message: /min is greater than max/,
      },
    ],
  },
  {
    name: 'a unit that is not the indicator’s',
    files: { [`${A}/vi.md`]: withLine(VI_MD, 27, '    unit: people') },
    expected: [
      {
        file: `${A}/vi.md`,
        line: 27,
        field: 'targets[0].unit',
        code: 'UnitMismatch',
        message: /measured in "percent", not "people"/,
      },
    ],
  },
  {
    name: 'an unknown key, with a suggestion',
    files: { [`${A}/vi.md`]: withLine(VI_MD, 9, 'autor: KL') },
    expected: [
      {
        file: `${A}/vi.md`,
        line: 9,
        column: 1,
        field: 'autor',
        code: 'UnknownKey',
        message: /^unknown field "autor"; did you mean "author"\?$/,
      },
    ],
  },
  {
    name: 'an unknown nested key',
    files: { [`${A}/vi.md`]: withLine(VI_MD, 21, '    reelect: true') },
    expected: [
      {
        file: `${A}/vi.md`,
        line: 21,
        column: 5,
        field: 'officialsElected[0].reelect',
        code: 'UnknownKey',
        message: /did you mean "reelected"\?/,
      },
    ],
  },
  {
    name: 'a duplicate key',
    files: { [`${A}/vi.md`]: withLine(VI_MD, 9, 'views: 3') },
    expected: [
      { file: `${A}/vi.md`, line: 9, field: '', code: 'YamlSyntax', message: /Map keys must be unique/ },
    ],
  },
  {
    name: 'congress figures on an article that is not a congress',
    files: { [`${A}/vi.md`]: withLine(VI_MD, 4, 'eventType: conference') },
    expected: [
      {
        file: `${A}/vi.md`,
        line: 12,
        column: 1,
        field: 'congress',
        code: 'CongressOutsideCongress',
        message: /belong to articles with eventType: congress/,
      },
    ],
  },
  {
    name: 'a duplicate id in two grouping folders',
    files: {
      'content/articles/2020/a/vi.md': VI_MD,
      'content/articles/2021/a/vi.md': withLine(VI_MD, 2, 'title: Another title'),
    },
    expected: [
      {
        file: 'content/articles/2021/a/vi.md',
        line: 1,
        field: '',
        code: 'DuplicateId',
        message: /article id "a" is also used by content\/articles\/2020\/a; rename one/,
      },
    ],
  },
  {
    name: 'a duplicate slug derived from the same title',
    files: { [`${A}/vi.md`]: VI_MD, 'content/articles/b/vi.md': VI_MD },
    expected: [
      {
        file: 'content/articles/b/vi.md',
        line: 2,
        field: 'slug',
        code: 'DuplicateSlug',
        message:
          /vi slug "dai-hoi-dang-bo-so-lan-thu-iv" is also used by content\/articles\/a\/vi\.md; set a different "slug:"/,
      },
    ],
  },
  {
    name: 'an en.md without vi.md',
    files: { [`${A}/en.md`]: EN_MD },
    expected: [
      {
        file: `${A}/en.md`,
        line: 1,
        field: '',
        code: 'OrphanTranslation',
        message: /en\.md has no vi\.md beside it/,
      },
    ],
  },
  {
    name: 'a fact field in en.md',
    files: { [`${A}/vi.md`]: VI_MD, [`${A}/en.md`]: withLine(EN_MD, 4, 'province: bac-ninh') },
    expected: [
      {
        file: `${A}/en.md`,
        line: 1,
        field: 'organization',
        code: 'MissingField',
        message: /required field "organization"/,
      },
      {
        file: `${A}/en.md`,
        line: 4,
        column: 1,
        field: 'province',
        code: 'FactInTranslation',
        message: /"province" is a fact, and facts live once in vi\.md; remove it from en\.md/,
      },
    ],
  },
  {
    name: 'a nested fact field in en.md',
    files: {
      [`${A}/vi.md`]: VI_MD,
      [`${A}/en.md`]: withLine(EN_MD, 7, '  - name: Vũ Huy Phương\n    role: deputy-secretary'),
    },
    expected: [
      {
        file: `${A}/en.md`,
        line: 8,
        column: 5,
        field: 'officialsElected[1].role',
        code: 'FactInTranslation',
        message: /"officialsElected\[1\]\.role" is a fact/,
      },
    ],
  },
  {
    name: 'en.md lists out of step with vi.md',
    files: { [`${A}/vi.md`]: VI_MD, [`${A}/en.md`]: withLine(EN_MD, 7, null) },
    expected: [
      {
        file: `${A}/en.md`,
        line: 5,
        field: 'officialsElected',
        code: 'TranslationMismatch',
        message: /vi\.md has 2 item\(s\) in "officialsElected" but en\.md has 1/,
      },
    ],
  },
  {
    name: '---js front matter is refused and never run',
    files: {
      [`${A}/vi.md`]: `---js\n{ title: (function () { require('fs').writeFileSync(${JSON.stringify(MARKER)}, 'ran'); return 'x'; })() }\n---\n\nBody\n`,
    },
    expected: [
      {
        file: `${A}/vi.md`,
        line: 1,
        field: '',
        code: 'ExecutableFrontMatter',
        message: /front matter in "js" is not allowed and was not run; bantin reads YAML only/,
      },
    ],
  },
  {
    name: '---javascript front matter is refused and never run',
    files: {
      [`${A}/vi.md`]: `---javascript\nmodule.exports = { title: require('fs').writeFileSync(${JSON.stringify(MARKER)}, 'ran') }\n---\n\nBody\n`,
    },
    expected: [
      {
        file: `${A}/vi.md`,
        line: 1,
        field: '',
        code: 'ExecutableFrontMatter',
        message: /"javascript" is not allowed/,
      },
    ],
  },
  {
    name: 'an empty file',
    files: { [`${A}/vi.md`]: '' },
    expected: [{ file: `${A}/vi.md`, line: 1, field: '', code: 'EmptyFile', message: /the file is empty/ }],
  },
  {
    name: 'a binary file',
    files: {
      [`${A}/vi.md`]: new Uint8Array([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d,
      ]),
    },
    expected: [
      {
        file: `${A}/vi.md`,
        line: 1,
        field: '',
        code: 'FileNotText',
        message: /binary file, not Markdown text/,
      },
    ],
  },
  {
    name: 'invalid UTF-8',
    files: {
      [`${A}/vi.md`]: new Uint8Array([...Buffer.from('---\ntitle: '), 0xc3, 0x28, ...Buffer.from('\n---\n')]),
    },
    expected: [
      {
        file: `${A}/vi.md`,
        line: 1,
        field: '',
        code: 'FileNotText',
        message: /not valid UTF-8 text; save it as UTF-8/,
      },
    ],
  },
  {
    name: 'no front matter',
    files: { [`${A}/vi.md`]: 'Ngày 29/5, Đảng bộ Sở tổ chức Đại hội.\n' },
    expected: [
      { file: `${A}/vi.md`, line: 1, field: '', code: 'MissingFrontMatter', message: /no front matter/ },
    ],
  },
  {
    name: 'an unclosed front matter',
    files: { [`${A}/vi.md`]: '---\ntitle: x\n\nBody\n' },
    expected: [
      { file: `${A}/vi.md`, line: 1, field: '', code: 'UnclosedFrontMatter', message: /never closed/ },
    ],
  },
  {
    name: 'an empty body',
    files: { [`${A}/vi.md`]: VI_MD.slice(0, VI_MD.indexOf('\n\nNgày')) },
    expected: [
      {
        file: `${A}/vi.md`,
        line: 32,
        field: '',
        code: 'EmptyBody',
        message: /no text below the front matter/,
      },
    ],
  },
  {
    name: 'a file that is not vi.md or en.md',
    files: { [`${A}/vi.md`]: VI_MD, [`${A}/fr.md`]: EN_MD },
    expected: [
      {
        file: `${A}/fr.md`,
        line: 1,
        field: '',
        code: 'UnknownContentFile',
        message: /"fr\.md" is not a language of bantin/,
      },
    ],
  },
  {
    name: 'CRLF line ends keep the line numbers right',
    files: { [`${A}/vi.md`]: withLine(VI_MD, 5, 'province: bac-nin').replace(/\n/g, '\r\n') },
    expected: [
      {
        file: `${A}/vi.md`,
        line: 5,
        column: 11,
        field: 'province',
        code: 'UnknownReference',
        message: /unknown province "bac-nin"/,
      },
    ],
  },
];

describe('loadContent', () => {
  it.each(cases)('reports $name with its file, line and field', async ({ files, expected }) => {
    const { problems, store } = await load(files);
    expect(store).toBeUndefined();
    const got = problems.map((p) => ({ file: p.file, line: p.line, field: p.field, code: p.code }));
    expect(got).toEqual(expected.map(({ file, line, field, code }) => ({ file, line, field, code })));
    expected.forEach((e, i) => {
      const p = problems[i] as Problem;
      expect(p.message).toMatch(e.message);
      if (e.column !== undefined) expect(p.column).toBe(e.column);
      expect(formatProblem(p)).toBe(`${p.file}:${p.line}:${p.column}  ${p.field || '-'}  ${p.message}`);
    });
    expect(existsSync(MARKER)).toBe(false);
  });

  it('reports every problem of every file in one run', async () => {
    const bad = withLine(
      withLine(withLine(VI_MD, 5, 'province: atlantis'), 8, 'views: -1'),
      23,
      '    role: boss',
    );
    const { problems } = await load({
      [`${A}/vi.md`]: bad,
      'content/articles/b/vi.md': withLine(VI_MD, 6, 'publishedAt: 2020-13-01'),
    });
    expect(problems.map((p) => `${p.file}:${p.line} ${p.field}`)).toEqual([
      `${A}/vi.md:5 province`,
      `${A}/vi.md:8 views`,
      `${A}/vi.md:23 officialsElected[1].role`,
      'content/articles/b/vi.md:6 publishedAt',
    ]);
  });

  it('loads a valid article pair into a frozen Store', async () => {
    const { store, problems } = await load({ [`${A}/vi.md`]: VI_MD, [`${A}/en.md`]: EN_MD });
    expect(problems).toEqual([]);
    const article = store?.byId.get('a');
    expect(article?.facts.publishedAt).toEqual({
      precision: 'minute',
      iso: '2020-05-30T12:02:00+07:00',
      date: '2020-05-30',
      time: '12:02',
      epochMs: Date.parse('2020-05-30T05:02:00Z'),
    });
    expect(article?.facts.eventDate).toEqual({ start: '2020-05-29', end: '2020-05-29' });
    expect(article?.facts.congress?.term).toEqual({ start: 2020, end: 2025 });
    expect(article?.text.vi.slug).toBe('dai-hoi-dang-bo-so-lan-thu-iv');
    expect(article?.text.en?.slug).toBe('fourth-congress-of-the-party-committee-of-the-department');
    expect(article?.text.en?.officialsElected?.[1]?.name).toBe('Vũ Huy Phương');
    expect(Object.isFrozen(store)).toBe(true);
    expect(Object.isFrozen(article?.facts.officialsElected?.[0])).toBe(true);
    expect(() => {
      (article?.facts as { views?: number }).views = 1;
    }).toThrow(TypeError);
  });

  it('keeps a date-only publication date without a time of day', async () => {
    const { store } = await load({ [`${A}/vi.md`]: withLine(VI_MD, 6, 'publishedAt: 2020-03-19') });
    expect(store?.byId.get('a')?.facts.publishedAt).toMatchObject({
      precision: 'day',
      iso: '2020-03-19',
      date: '2020-03-19',
    });
    expect(store?.byId.get('a')?.facts.publishedAt?.time).toBeUndefined();
  });

  it('reads a written offset and re-expresses it in Vietnam time', async () => {
    const { store } = await load({ [`${A}/vi.md`]: withLine(VI_MD, 6, 'publishedAt: 2020-05-29T22:30:00Z') });
    expect(store?.byId.get('a')?.facts.publishedAt).toMatchObject({
      iso: '2020-05-30T05:30:00+07:00',
      date: '2020-05-30',
      time: '05:30:00',
    });
  });

  it('normalizes NFD input to NFC', async () => {
    const nfd = VI_MD.normalize('NFD');
    expect(nfd).not.toBe(VI_MD);
    const { store, problems } = await load({ [`${A}/vi.md`]: nfd });
    expect(problems).toEqual([]);
    const article = store?.byId.get('a');
    expect(article?.facts.title).toBe('Đại hội Đảng bộ Sở lần thứ IV');
    expect(article?.facts.officialsElected?.[0]?.name).toBe('Nguyễn Việt Hùng');
    expect(article?.text.vi.body.normalize('NFC')).toBe(article?.text.vi.body);
    expect(article?.text.vi.slug).toBe('dai-hoi-dang-bo-so-lan-thu-iv');
  });

  it('reads no-break spaces in front matter as spaces and blanks NBSP-only body lines', async () => {
    const nbsp = withLine(withLine(VI_MD, 2, 'title:\u00a0Đại\u00a0hội Đảng bộ Sở lần thứ IV'), 32, '\u00a0');
    const { store, problems } = await load({ [`${A}/vi.md`]: `${nbsp}\u00a0\nĐoạn hai.\n` });
    expect(problems).toEqual([]);
    const article = store?.byId.get('a');
    expect(article?.facts.title).toBe('Đại hội Đảng bộ Sở lần thứ IV');
    expect(article?.text.vi.slug).toBe('dai-hoi-dang-bo-so-lan-thu-iv');
    expect(article?.text.vi.body).toBe('\nNgày 29/5, Đảng bộ Sở tổ chức Đại hội lần thứ IV.\n\nĐoạn hai.\n');
  });

  it('accepts a BOM and CRLF line ends', async () => {
    const { store, problems } = await load({
      [`${A}/vi.md`]: `\uFEFF${VI_MD.replace(/\n/g, '\r\n')}`,
      [`${A}/en.md`]: `\uFEFF${EN_MD}`,
    });
    expect(problems).toEqual([]);
    expect(store?.byId.get('a')?.facts.title).toBe('Đại hội Đảng bộ Sở lần thứ IV');
    expect(store?.byId.get('a')?.text.vi.body).not.toContain('\r');
  });

  it('does not read YAML timestamps as dates in the machine time zone', async () => {
    const { store } = await load({ [`${A}/vi.md`]: withLine(VI_MD, 6, 'publishedAt: 2020-05-30 12:02:00') });
    expect(store?.byId.get('a')?.facts.publishedAt?.iso).toBe('2020-05-30T12:02:00+07:00');
  });

  it('refuses YAML tags it does not know, and runs nothing', async () => {
    const { problems } = await load({
      [`${A}/vi.md`]: withLine(VI_MD, 9, 'author: !!js/function "function () { return 1 }"'),
    });
    expect(problems.map((p) => `${p.line} ${p.code}`)).toEqual(['9 YamlSyntax']);
  });
});
