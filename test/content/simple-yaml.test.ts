/**
 * The fast front matter reader against js-yaml (core schema), the reader it stands in for: for every
 * text it takes, it must give exactly what js-yaml gives (deep and strict: types, -0, NaN, key order),
 * and it must never take a text js-yaml refuses. Texts it does not take go to js-yaml.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import matter from 'gray-matter';
import jsYaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { random, writeCorpus } from '../../scripts/lib/synthetic-corpus.ts';
import { parseSimpleYaml } from '../../src/content/simple-yaml.ts';
import { normalizeText, plainSpaces } from '../../src/content/text.ts';
import { REPO } from '../helpers/project.ts';

type Outcome = { kind: 'value'; value: unknown } | { kind: 'error' };

function viaJsYaml(text: string): Outcome {
  try {
    return { kind: 'value', value: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) };
  } catch {
    return { kind: 'error' };
  }
}

/** Compares the two readers on one text; returns whether the fast reader took it. */
function compare(text: string): boolean {
  const fast = parseSimpleYaml(text);
  if (fast === undefined) return false;
  const expected = viaJsYaml(text);
  if (expected.kind === 'error') throw new Error(`taken, but js-yaml refuses it: ${JSON.stringify(text)}`);
  if (!isDeepStrictEqual(fast, expected.value)) {
    throw new Error(
      `differs from js-yaml: ${JSON.stringify(text)}\n  fast:    ${JSON.stringify(fast)}\n  js-yaml: ${JSON.stringify(expected.value)}`,
    );
  }
  return true;
}

/** The YAML of a Markdown file as the loader hands it to the parsers (split by gray-matter). */
function frontMatterOf(markdown: string): string {
  let yaml = '';
  matter(normalizeText(markdown), {
    engines: {
      yaml: (source: string) => {
        yaml = source;
        return {};
      },
    },
  });
  return plainSpaces(yaml);
}

function filesBelow(dir: string, ending: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => ending.test(name))
    .map((name) => path.join(dir, name))
    .sort();
}

/** Scalars, as written, that a reader could get wrong. */
const SCALARS = [
  ...['a', 'abc def', 'Đại hội Đảng bộ', 'Nguyễn Văn A', 'e\u0301', 'a\u3000', '\u3000a', 'a\u00a0b'],
  ...['null', 'Null', 'NULL', 'nUll', '~', 'true', 'True', 'TRUE', 'tRue', 'false', 'False', 'FALSE'],
  ...['yes', 'no', 'on', 'off', 'y', 'n', 'inf', 'nan', 'Infinity', 'NaN', 'undefined'],
  ...['0', '-0', '+0', '00', '012', '0o17', '0O17', '0o8', '0x1F', '0X1F', '0xg', '0b101', '0b2', '0x', '0b'],
  ...['1_000', '1,000', '-12', '+12', '0.5', '.5', '-.5', '+.5', '5.', '1e3', '1E3', '1e+3', '1.5e-3', '1e'],
  ...['.inf', '.Inf', '.INF', '-.inf', '+.inf', '.nan', '.NaN', '.NAN', '-.nan', '1e400', '-1e400'],
  ...['123456789012345678901234567890', '9007199254740993', '0.1e-400', '1.', '-', '--', '-a', '-1a', '+'],
  ...[
    '.',
    '..',
    '...',
    '---',
    '2020-05-30',
    '2020-05-30 12:02',
    '2020-05-30T12:02:00Z',
    '2020-03-23/2020-03-24',
  ],
  ...[
    '2001-12-14t21:59:43.10-05:00',
    '12:30',
    '1:20',
    '190:20:30',
    'a: b',
    'a:b',
    'a :b',
    'a:',
    ':a',
    'a #b',
  ],
  ...[
    'a#b',
    '#a',
    'a  b  ',
    'a #',
    'http://x.y/z?q=1#f',
    "it's",
    'say "hi"',
    'x, y',
    '[a]',
    '{a}',
    'a]',
    'a}',
  ],
  ...[
    'a,b',
    '@a',
    '`a',
    '%a',
    '&a',
    '*a',
    '!a',
    '!!str 1',
    '!!int 1',
    '|',
    '>',
    '|-',
    '>-',
    '? a',
    '?a',
    ':',
  ],
  ...[
    'a\\nb',
    '<<',
    '=',
    'a\u2028b',
    'a\ufeffb',
    '\ufeffa',
    'a\u0085b',
    'a\u007fb',
    'a\tb',
    'a\rb',
    'a\u0001b',
  ],
  ...['😀', 'a\ud800b', 'a\udc00', 'a\ufffe', 'a\uffff', '__proto__', 'constructor', 'toString'],
  ...[
    '"a"',
    '"a b"',
    '"a\\"b"',
    '"a\\\\b"',
    '"\\t\\n\\r"',
    '"\\u00e9"',
    '"\\x41"',
    '"\\U0001F600"',
    '"\\U00110000"',
  ],
  ...[
    '"\\q"',
    '"\\ "',
    '"\\/"',
    '"\\0"',
    '"\\N\\_\\L\\P"',
    '"\\e\\a\\b\\v\\f"',
    '"a',
    '"a"b',
    '"a" b',
    '"a" #c',
  ],
  ...[
    '"a"#c',
    '"a": 1',
    '"#"',
    '""',
    '"\\u12"',
    '"\\xZZ"',
    '"\\ud83d\\ude00"',
    '"\\ud800"',
    '"a\\',
    '"  a  "',
  ],
  ...["'a'", "'a b'", "'it''s'", "''", "'''", "'a", "'a' b", "'a' #c", "'\\n'", "'a''b''c'", "'  a  '"],
  ...[
    '[a, b]',
    '[a,b]',
    '[ a , b ]',
    '[]',
    '[ ]',
    '[a]',
    '[a,]',
    '[,a]',
    '[a,,b]',
    '[a, [b]]',
    '[a, {b: c}]',
  ],
  ...[
    '[a: b]',
    '["a", \'b\']',
    '[1, 2.5, true, null, ~]',
    '[a b, c d]',
    '[a #c]',
    '[a] x',
    '[a] #c',
    '[a]#c',
  ],
  ...['[-a, -1]', '[- a]', '[-]', '[a', '[a, b', '[a, "b]", c]', '[a, "b,c"]', '[ "a" , \'b\' ]', '[a ,b]'],
  ...['{a: 1}', '{a: 1, b: 2}', '{ a: 1 , b: 2 }', '{}', '{ }', '{a: 1, a: 2}', '{a}', '{a:1}', '{a: }'],
  ...['{"a": 1}', '{a: [1]}', '{a: b: c}', '{a: 1,}', '{min: 20, max: 25}', '{vi: "%", en: "%"}', '{a: x y}'],
  ...['{True: 1, true: 2}', '{null: 1}', '{a: "x", b: \'y\'}', '{a: 1} x', '{a: 1} # c', '{__proto__: 1}'],
];

/** Keys, as written, that a reader could get wrong. */
const KEYS = [
  ...['a', 'title', 'officialsElected', 'c-d', 'e_f', 'x1', 'Title', 'null', 'Null', 'NULL', '~', 'true'],
  ...['True', 'TRUE', 'false', 'yes', '1', '0x10', '1.5', '.inf', "'q'", '"k"', '__proto__', 'constructor'],
  ...['toString', 'hasOwnProperty', 'valueOf', 'a b', 'a.b', 'Đ', 'a#b', '-a', '_a', '? a', '<<', 'a:b'],
];

describe('the fast front matter reader', () => {
  it('reads the front matter of every article in content/ exactly as js-yaml does', () => {
    const files = filesBelow(path.join(REPO, 'content', 'articles'), /\.md$/);
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files) {
      const yaml = frontMatterOf(readFileSync(file, 'utf8'));
      expect(compare(yaml), `${file} is read by the fast reader`).toBe(true);
    }
  });

  it('reads the registries exactly as js-yaml does, or leaves them to it', () => {
    for (const file of filesBelow(path.join(REPO, 'content'), /^[^/]+\.yaml$/)) {
      compare(normalizeText(readFileSync(file, 'utf8')));
    }
  });

  describe('on the synthetic corpus of the benchmarks', () => {
    let root = '';
    beforeAll(async () => {
      root = await mkdtemp(path.join(tmpdir(), 'bantin-simple-yaml-'));
      await writeCorpus({ root, articles: 300, repo: REPO });
    });
    afterAll(async () => {
      await rm(root, { recursive: true, force: true });
    });

    it('reads every file exactly as js-yaml does', () => {
      const files = filesBelow(path.join(root, 'content', 'articles'), /\.md$/);
      expect(files.length).toBe(600);
      for (const file of files) {
        expect(compare(frontMatterOf(readFileSync(file, 'utf8'))), `${file} is read`).toBe(true);
      }
    });
  });

  it('resolves scalars as the core schema does, wherever they are written', () => {
    let taken = 0;
    for (const s of SCALARS) {
      const texts = [
        `k: ${s}`,
        `k: ${s} # note`,
        `k:\n  j: ${s}\nz: 1`,
        `k:\n  - ${s}\n  - x`,
        `k:\n- ${s}\nz: 1`,
        `k:\n  - j: ${s}\n    i: 2`,
        `k: [${s}]`,
        `k: [x, ${s}]`,
        `k: {j: ${s}}`,
        `k: {j: ${s}, i: 1}`,
        `${s}: v`,
        `k:\n  ${s}: v`,
        `k:\n  - ${s}: v`,
        `k: {${s}: v}`,
      ];
      for (const text of texts) if (compare(text)) taken++;
    }
    // Most of these are taken by the fast reader: the comparison is not vacuous.
    expect(taken).toBeGreaterThan(SCALARS.length * 4);
  });

  it('reads every character of the Basic Multilingual Plane as js-yaml does, or leaves it to it', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      compare(`k: a${ch}b`);
      compare(`k: ${ch}`);
      compare(`k: "${ch}"`);
      compare(`k: [${ch}]`);
      compare(`k${ch}: v`);
      compare(`k: v\n${ch}`);
    }
  });

  it('reads keys as js-yaml does: resolved, then made strings, and never through the prototype', () => {
    for (const key of KEYS) {
      compare(`${key}: 1`);
      compare(`a: 0\n${key}: 1`);
      compare(`k:\n  - ${key}: 1`);
    }
    expect(parseSimpleYaml('True: 1\nb: 2')).toEqual({ true: 1, b: 2 });
    expect(Object.getPrototypeOf(parseSimpleYaml('k: {a: 1}')?.k)).toBe(Object.prototype);
  });

  it('leaves every duplicate key to js-yaml, which refuses it', () => {
    const duplicates = [
      'a: 1\na: 2',
      'a: 1\nb:\n  c: 1\n  c: 2',
      'k:\n  - a: 1\n    a: 2',
      'k: {a: 1, a: 2}',
      'true: 1\nTrue: 2',
      'null: 1\n~: 2',
      'a: 1\nb: 2\na: 3',
    ];
    for (const text of duplicates) {
      expect(parseSimpleYaml(text), text).toBeUndefined();
      expect(viaJsYaml(text).kind, text).toBe('error');
    }
  });

  it('leaves what it does not read to js-yaml', () => {
    const others = [
      'a: &x 1\nb: *x',
      'a: !!str 1',
      'a: |\n  text',
      'a: >-\n  folded\n  text',
      'a: plain\n  continued',
      'a: "double\n  continued"',
      '? a\n: b',
      'a:\n  -\n    - 1',
      'a:\n\t- 1',
      'a: 1\r\nb: 2',
      '%YAML 1.2\n---\na: 1',
      '---\na: 1',
      'a: 1\n...',
      '- a\n- b',
      'just text',
      '  a: 1',
      '',
      '# only a comment',
      '\ufeffa: 1',
      'a: [b,\n  c]',
      'a: 😀',
    ];
    for (const text of others) expect(parseSimpleYaml(text), JSON.stringify(text)).toBeUndefined();
  });

  it('matches js-yaml on generated documents, well-formed and broken', () => {
    const rand = random(20201);
    const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
    const nice = [
      'a',
      'x y',
      'Đại hội',
      '12',
      '2020-05-30',
      'true',
      'null',
      '0.5',
      '"q"',
      "'s'",
      '[a, b]',
      '{a: 1}',
    ];
    const niceKeys = ['a', 'b', 'c', 'title', 'x1', 'c-d'];
    const key = () => (rand() < 0.85 ? pick(niceKeys) : pick(KEYS));
    const tree = (depth: number): unknown => {
      const r = rand();
      if (depth > 3 || r < 0.45) return rand() < 0.8 ? pick(nice) : pick(SCALARS);
      if (r < 0.75) {
        const map: Record<string, unknown> = {};
        for (let i = 0, n = 1 + Math.floor(rand() * 4); i < n; i++) map[key()] = tree(depth + 1);
        return map;
      }
      return Array.from({ length: 1 + Math.floor(rand() * 3) }, () => tree(depth + 1));
    };
    const toYaml = (node: unknown, indent: number): string[] => {
      const lines: string[] = [];
      const sp = (n: number) => ' '.repeat(n);
      const decorate = () => {
        if (rand() < 0.08) lines.push(`${sp(Math.floor(rand() * (indent + 4)))}# note`);
        if (rand() < 0.05) lines.push(sp(Math.floor(rand() * 6)));
      };
      if (Array.isArray(node)) {
        for (const item of node) {
          decorate();
          if (typeof item === 'string') lines.push(`${sp(indent)}-${rand() < 0.9 ? ' ' : '  '}${item}`);
          else {
            const sub = toYaml(item, indent + 2);
            const first = sub.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('#'));
            if (!Array.isArray(item) && first >= 0 && rand() < 0.85) {
              sub[first] = `${sp(indent)}- ${(sub[first] as string).slice(indent + 2)}`;
            } else lines.push(`${sp(indent)}-`);
            lines.push(...sub);
          }
        }
      } else if (node && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) {
          decorate();
          const comment = rand() < 0.1 ? ' # c' : '';
          if (typeof v === 'string')
            lines.push(`${sp(indent)}${k}:${rand() < 0.95 ? ' ' : '  '}${v}${comment}`);
          else {
            lines.push(`${sp(indent)}${k}:${comment}`);
            lines.push(
              ...toYaml(v, indent + (Array.isArray(v) ? pick([0, 1, 2, 2, 4]) : pick([1, 2, 2, 3, 4]))),
            );
          }
        }
      } else lines.push(`${sp(indent)}${String(node)}`);
      return lines;
    };
    const mutate = (text: string): string => {
      const lines = text.split('\n');
      const r = rand();
      const i = Math.floor(rand() * lines.length);
      const line = lines[i] ?? '';
      if (r < 0.2) lines.splice(i, 0, ' '.repeat(Math.floor(rand() * 6)) + pick(SCALARS));
      else if (r < 0.4) lines[i] = ` ${line}`;
      else if (r < 0.5) lines[i] = line.replace(/^ /, '');
      else if (r < 0.6) lines.splice(i, 0, line);
      else if (r < 0.7) lines[i] = line + pick([' #x', ':', ' x', '\t', ' - a', ': b']);
      else if (r < 0.8) lines.splice(i, 1);
      else {
        const odd = [
          '- a',
          '-',
          '? x',
          ': y',
          '---',
          '...',
          '&a x: 1',
          'x: *a',
          'x: !!int 1',
          'x: |',
          '  text',
        ];
        lines[i] = ' '.repeat(Math.floor(rand() * 6)) + pick(odd);
      }
      return lines.join('\n');
    };
    let taken = 0;
    const documents = 20_000;
    for (let n = 0; n < documents; n++) {
      const top: Record<string, unknown> = {};
      for (let i = 0, c = 1 + Math.floor(rand() * 5); i < c; i++) top[key()] = tree(1);
      let text = `${rand() < 0.3 ? '\n' : ''}${toYaml(top, 0).join('\n')}${rand() < 0.5 ? '\n' : ''}`;
      if (rand() < 0.4) text = mutate(text);
      if (rand() < 0.2) text = mutate(text);
      if (compare(text)) taken++;
    }
    expect(taken).toBeGreaterThan(documents / 10);
  });
});
