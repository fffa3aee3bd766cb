/**
 * `npm run docs`: regenerates the generated parts of CONTRIBUTING.md (between the
 * `<!-- generated:NAME -->` and `<!-- /generated:NAME -->` markers) from the content schemas and the
 * problem catalogue. A test fails when CONTRIBUTING.md is out of date.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BODY_LIMITS } from '../src/content/body-limits.ts';
import { messages } from '../src/content/messages.ts';
import { PHOTO_LIMITS } from '../src/content/photos.ts';
import type { ProblemCode } from '../src/content/problems.ts';

const BIDI = 'an invisible character that changes the direction of the text around it';

import { referenceTable } from '../src/schema/reference.ts';

const root = path.resolve(import.meta.dirname, '..');

/** The catalogue's message functions, by name. */
type Message = keyof typeof messages;

/**
 * A sample of every message of the catalogue (test/scripts/contributing.test.ts holds it to every
 * function there), with the kind of problem it is reported as.
 */
export const SAMPLES: readonly [ProblemCode, Message, string][] = [
  ['YamlSyntax', 'YamlSyntax', messages.YamlSyntax('Map keys must be unique')],
  [
    'YamlSyntax',
    'YamlUnclosed',
    messages.YamlUnclosed('the double quote (")', 'Missing closing "quote', 30, 23),
  ],
  [
    'RefusedCharacter',
    'RefusedCharacter',
    messages.RefusedCharacter(`U+202E RIGHT-TO-LEFT OVERRIDE (${BIDI})`, 14, 'delete it', 0, false),
  ],
  [
    'RefusedCharacter',
    'RefusedReference',
    messages.RefusedReference('&#x202E;', `U+202E RIGHT-TO-LEFT OVERRIDE (${BIDI})`, 20, 'delete it'),
  ],
  [
    'MissingField',
    'MissingField',
    messages.MissingField('summary', 'it: one or two sentences for listings, feeds and search results'),
  ],
  ['MissingField', 'EmptyFrontMatter', messages.EmptyFrontMatter()],
  ['FrontMatterNotMapping', 'FrontMatterNotMapping', messages.FrontMatterNotMapping()],
  ['WrongType', 'WrongType', messages.WrongType('a number', 'text "many"')],
  ['UnknownKey', 'UnknownKey', messages.UnknownKey('autor', '; did you mean "author"?')],
  [
    'UnknownReference',
    'UnknownReference',
    messages.UnknownReference('province', 'bac-nin', 'content/provinces.yaml', '; did you mean "bac-ninh"?'),
  ],
  ['InvalidValue', 'NotWholeNumber', messages.NotWholeNumber(2.5)],
  [
    'InvalidValue',
    'NotAllowed',
    messages.NotAllowed(
      'text "hoi-nghi"',
      '; did you mean "conference"?',
      '"congress", "working-session", "conference", "other"',
    ),
  ],
  ['InvalidValue', 'EmptyText', messages.EmptyText()],
  ['InvalidValue', 'EmptyList', messages.EmptyList()],
  ['InvalidValue', 'OutOfRange', messages.OutOfRange('be 0 or more', 'the number -1')],
  [
    'InvalidValue',
    'BadFormat',
    messages.BadFormat(
      'text "javascript:alert(1)"',
      'write the full web address, starting with https:// or http://',
    ),
  ],
  ['InvalidValue', 'NotValid', messages.NotValid('text "x"')],
  ['FactInTranslation', 'FactInTranslation', messages.FactInTranslation('province')],
  ['FutureDate', 'FutureDate', messages.FutureDate('2031-01-01', '2026-11-21')],
  ['NoDate', 'NoDate', messages.NoDate()],
  ['DuplicateId', 'DuplicateId', messages.DuplicateId('a', 'content/articles/2020/a')],
  ['DuplicateSlug', 'DuplicateSlug', messages.DuplicateSlug('dai-hoi', 'vi', 'content/articles/b/vi.md')],
  ['OrphanTranslation', 'OrphanTranslation', messages.OrphanTranslation()],
  ['UnknownContentFile', 'UnknownContentFile', messages.UnknownContentFile('fr.md')],
  ['MissingTranslationText', 'MissingTranslationText', messages.MissingTranslationText('congress.slogan')],
  ['TranslationMismatch', 'ItemCountMismatch', messages.ItemCountMismatch('targets', 3, 2)],
  [
    'TranslationMismatch',
    'OfficialOrderMismatch',
    messages.OfficialOrderMismatch('Vũ Huy Phương', 'Nguyễn Việt Hùng'),
  ],
  ['UnitMismatch', 'UnitMismatch', messages.UnitMismatch('new-party-members', 'percent', 'people')],
  ['CongressOutsideCongress', 'CongressOutsideCongress', messages.CongressOutsideCongress()],
  ['RegistryInconsistent', 'DuplicateRegistryKey', messages.DuplicateRegistryKey('bac-ninh', 'provinces', 3)],
  ['RegistryInconsistent', 'UnknownSuccessor', messages.UnknownSuccessor('bac-giang')],
  ['RegistryInconsistent', 'UnknownRegion', messages.UnknownRegion('north')],
  ['RegistryInconsistent', 'UnusedSuccessor', messages.UnusedSuccessor('ha-bac')],
  [
    'RegistryInconsistent',
    'MatchPhraseTaken',
    messages.MatchPhraseTaken('hồ sơ công việc', 'documents-processed-online'),
  ],
  ['MissingFile', 'MissingFile', messages.MissingFile('the registry content/tags.yaml')],
  ['ExecutableFrontMatter', 'ExecutableFrontMatter', messages.ExecutableFrontMatter('js')],
  ['UnclosedFrontMatter', 'UnclosedFrontMatter', messages.UnclosedFrontMatter()],
  ['MissingFrontMatter', 'MissingFrontMatter', messages.MissingFrontMatter()],
  ['EmptyFile', 'EmptyFile', messages.EmptyFile()],
  ['FileNotText', 'FileNotText', messages.FileNotText('is not valid UTF-8 text; save it as UTF-8')],
  ['EmptyBody', 'EmptyBody', messages.EmptyBody()],
  ['BodyTooLong', 'BodyTooLong', messages.BodyTooLong(212_000, BODY_LIMITS.characters)],
  ['NestingTooDeep', 'NestingTooDeep', messages.NestingTooDeep(40, BODY_LIMITS.depth)],
  ['NestingTooDeep', 'TooMuchNesting', messages.TooMuchNesting(BODY_LIMITS.nesting + 8, BODY_LIMITS.nesting)],
  ['BlockTooLong', 'BlockTooLong', messages.BlockTooLong(24_312, BODY_LIMITS.blockCharacters, 'characters')],
  [
    'TooManyEmphasisMarks',
    'TooManyEmphasisMarks',
    messages.TooManyEmphasisMarks(BODY_LIMITS.emphasisMarks + 1, BODY_LIMITS.emphasisMarks),
  ],
  ['WordTooLong', 'WordTooLong', messages.WordTooLong(48_000, BODY_LIMITS.wordCharacters)],
  ['PhotoMissing', 'PhotoMissing', messages.PhotoMissing('dai-hoi-1.jpg', '; did you mean "Dai-hoi-1.JPG"?')],
  ['PhotoNotImage', 'PhotoNotImage', messages.PhotoNotImage('dai-hoi-1.jpg')],
  ['PhotoFormat', 'PhotoFormat', messages.PhotoFormat('dai-hoi-1.jpg', 'HEIF/HEIC')],
  ['PhotoTooLarge', 'PhotoBytes', messages.PhotoBytes('dai-hoi-1.jpg', 23_412_000, PHOTO_LIMITS.bytes)],
  ['PhotoTooLarge', 'PhotoPixels', messages.PhotoPixels('dai-hoi-1.jpg', 9_000, 6_000, PHOTO_LIMITS.side)],
  ['DuplicatePhoto', 'DuplicatePhoto', messages.DuplicatePhoto('dai-hoi-1.jpg', 0)],
  ['UnlistedFile', 'UnlistedFile', messages.UnlistedFile('dai-hoi-2.jpg')],
];

/** The table of an example of every message, by the kind of problem. */
export function problemTable(): string {
  return [
    '| problem | example message |',
    '|---|---|',
    ...SAMPLES.map(([code, , message]) => `| \`${code}\` | ${message.replace(/\|/g, '\\|')} |`),
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
