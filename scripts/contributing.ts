/**
 * `npm run docs`: regenerates the generated parts of CONTRIBUTING.md (between the
 * `<!-- generated:NAME -->` and `<!-- /generated:NAME -->` markers) from the content schemas and the
 * problem catalogue. A test fails when CONTRIBUTING.md is out of date.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BODY_LIMITS } from '../src/content/body-limits.ts';
import { errors } from '../src/content/errors.ts';
import { referenceTable } from '../src/editor/reference.ts';

const root = path.resolve(import.meta.dirname, '..');

/** A sample message of every kind of problem, from the catalogue itself. */
export function problemTable(): string {
  const samples: [string, string][] = [
    ['YamlSyntax', errors.YamlSyntax('Map keys must be unique')],
    ['YamlSyntax', errors.YamlUnclosed('the double quote (")', 'Missing closing "quote', 30, 23)],
    [
      'RefusedCharacter',
      errors.RefusedCharacter(
        'U+202E RIGHT-TO-LEFT OVERRIDE (an invisible character that changes the direction of the text around it)',
        14,
        'delete it',
        0,
        false,
      ),
    ],
    [
      'MissingField',
      errors.MissingField('summary', 'it: one or two sentences for listings, feeds and search results'),
    ],
    ['WrongType', errors.WrongType('a number', 'text "many"')],
    ['UnknownKey', errors.UnknownKey('autor', '; did you mean "author"?')],
    [
      'UnknownReference',
      errors.UnknownReference('province', 'bac-nin', 'content/provinces.yaml', '; did you mean "bac-ninh"?'),
    ],
    ['FactInTranslation', errors.FactInTranslation('province')],
    ['FutureDate', errors.FutureDate('2031-01-01', '2026-11-21')],
    ['NoDate', errors.NoDate()],
    ['DuplicateId', errors.DuplicateId('a', 'content/articles/2020/a')],
    ['DuplicateSlug', errors.DuplicateSlug('dai-hoi', 'vi', 'content/articles/b/vi.md')],
    ['OrphanTranslation', errors.OrphanTranslation()],
    ['MissingTranslationText', errors.MissingTranslationText('congress.slogan')],
    ['UnitMismatch', errors.UnitMismatch('new-party-members', 'percent', 'people')],
    ['CongressOutsideCongress', errors.CongressOutsideCongress()],
    ['ExecutableFrontMatter', errors.ExecutableFrontMatter('js')],
    ['EmptyFile', errors.EmptyFile()],
    ['FileNotText', errors.FileNotText('is not valid UTF-8 text; save it as UTF-8')],
    ['EmptyBody', errors.EmptyBody()],
    ['BodyTooLong', errors.BodyTooLong(212_000, BODY_LIMITS.characters)],
    ['NestingTooDeep', errors.NestingTooDeep(40, BODY_LIMITS.depth)],
    [
      'TooManyEmphasisMarks',
      errors.TooManyEmphasisMarks(BODY_LIMITS.emphasisMarks + 1, BODY_LIMITS.emphasisMarks),
    ],
  ];
  return [
    '| problem | example message |',
    '|---|---|',
    ...samples.map(([code, message]) => `| \`${code}\` | ${message.replace(/\|/g, '\\|')} |`),
  ].join('\n');
}

export async function generatedSections(): Promise<Record<string, string>> {
  const schema = async (file: string) =>
    JSON.parse(await readFile(path.join(root, 'content', 'schema', file), 'utf8'));
  return {
    'vi-md': referenceTable(await schema('article-vi.schema.json')),
    'en-md': referenceTable(await schema('article-en.schema.json')),
    problems: problemTable(),
  };
}

/** CONTRIBUTING.md with every generated section replaced. */
export function fill(text: string, sections: Record<string, string>): string {
  return text.replace(
    /(<!-- generated:([a-z-]+) -->)[\s\S]*?(<!-- \/generated:\2 -->)/g,
    (_m, open: string, name: string, close: string) => {
      const body = sections[name];
      if (body === undefined) throw new Error(`CONTRIBUTING.md has an unknown generated section "${name}"`);
      return `${open}\n${body}\n${close}`;
    },
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const file = path.join(root, 'CONTRIBUTING.md');
  await writeFile(file, fill(await readFile(file, 'utf8'), await generatedSections()));
  console.log('wrote CONTRIBUTING.md');
}
