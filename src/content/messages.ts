/**
 * The catalogue of content problems: every message an editor can see, one function each, named as its
 * `ProblemCode` or, where a kind has several messages, as the case (the code is given where raised).
 * Each message says what is wrong and how to fix it. No "Error:" prefix; the printer adds the location.
 * CONTRIBUTING.md's table shows an example of each (scripts/contributing.ts).
 */
export const messages = {
  FileNotText: (why: string) => `this file ${why}`,
  EmptyFile: () =>
    'the file is empty; an article starts with front matter between two "---" lines, then the text',
  MissingFrontMatter: () =>
    'no front matter; start the file with a line "---", the YAML fields, and another "---" line',
  UnclosedFrontMatter: () => 'the front matter is never closed; add a line "---" after the last field',
  ExecutableFrontMatter: (language: string) =>
    `front matter in "${language}" is not allowed and was not run; bantin reads YAML only: open the file with a plain "---" line`,
  YamlSyntax: (detail: string) => `YAML syntax: ${detail}; check the indentation and quoting on this line`,
  YamlUnclosed: (opener: string, detail: string, line: number, column: number) =>
    `YAML syntax: ${opener} here is not closed where it should be (the parser noticed at line ${line}, column ${column}: ${detail}); close it on this line`,
  EmptyFrontMatter: () => 'the front matter is empty; add the required fields (see content/schema/)',
  FrontMatterNotMapping: () =>
    'the front matter must be a list of "field: value" lines, not a single value or a list',
  MissingField: (field: string, what: string) => `required field "${field}" is missing; add ${what}`,
  WrongType: (expected: string, got: string, hint = '') => `expected ${expected}, got ${got}${hint}`,
  UnknownKey: (key: string, suggestion: string) =>
    `unknown field "${key}"${suggestion || '; remove it or check the spelling against content/schema/'}`,
  UnknownReference: (what: string, value: string, registry: string, suggestion: string) =>
    `unknown ${what} "${value}"${suggestion}; use a key listed in ${registry}`,
  FactInTranslation: (key: string) =>
    `"${key}" is a fact, and facts live once in vi.md; remove it from en.md (en.md holds English text only)`,
  DuplicateId: (id: string, other: string) =>
    `article id "${id}" is also used by ${other}; rename one of the two folders`,
  DuplicateSlug: (slug: string, lang: string, other: string) =>
    `${lang} slug "${slug}" is also used by ${other}; set a different "slug:" in one of them`,
  OrphanTranslation: () =>
    'en.md has no vi.md beside it; the Vietnamese original carries the facts: add vi.md or move en.md',
  UnknownContentFile: (name: string) =>
    `"${name}" is not a language of bantin; an article folder holds vi.md and optionally en.md`,
  FutureDate: (value: string, today: string) =>
    `${value} is in the future (today in Vietnam is ${today}); check the year, or keep the article as draft until then`,
  NoDate: () => 'the article has neither "publishedAt" nor "eventDate"; add the date the source printed',
  UnitMismatch: (indicator: string, unit: string, expected: string) =>
    `indicator "${indicator}" is measured in "${expected}", not "${unit}"; write unit: ${expected}, or choose another indicator`,
  // TranslationMismatch
  ItemCountMismatch: (list: string, vi: number, en: number) =>
    `vi.md has ${vi} item(s) in "${list}" but en.md has ${en}; give one English item per Vietnamese item, in the same order`,
  OfficialOrderMismatch: (name: string, original: string) =>
    `"${name}" is not the official at this position in vi.md ("${original}"); keep the same order as vi.md`,
  MissingTranslationText: (field: string) =>
    `vi.md has "${field}" but en.md does not; add its English form to en.md`,
  EmptyBody: () => 'the article has no text below the front matter; add the body in Markdown',
  CongressOutsideCongress: () =>
    '"congress" figures belong to articles with eventType: congress; change eventType or remove congress',
  // RegistryInconsistent
  DuplicateRegistryKey: (value: string, list: string, first: number) =>
    `"${value}" is already used by ${list}[${first}]; keys must be unique`,
  UnknownSuccessor: (key: string) =>
    `successor "${key}" is not listed under successors; add it there or fix the key`,
  UnknownRegion: (key: string) => `region "${key}" is not listed under regions; add it there or fix the key`,
  UnusedSuccessor: (key: string) =>
    `no province names "${key}" as its successor; remove it or set the successor of the provinces merged into it`,
  MatchPhraseTaken: (phrase: string, other: string) =>
    `the phrase "${phrase}" is also a match of indicator "${other}"; a phrase recognizes one indicator only: make it more specific or remove it from one of them`,
  // InvalidValue: a value of the right type that is not allowed
  NotWholeNumber: (value: number) => `must be a whole number, got ${value}`,
  NotAllowed: (value: string, suggestion: string, allowed: string) =>
    `${value} is not allowed here${suggestion}; use one of ${allowed}`,
  EmptyText: () => 'must not be empty; write the text or remove the field',
  EmptyList: () => 'the list is empty; add at least one item or remove the field',
  OutOfRange: (rule: string, value: string) => `must ${rule}, got ${value}`,
  BadFormat: (value: string, why: string) => `${value}: ${why}`,
  NotValid: (value: string) => `${value} is not valid here`,
  MissingFile: (what: string) => `${what} is missing`,
  BodyTooLong: (characters: number, most: number) =>
    `the body has ${characters.toLocaleString('en')} characters, more than the ${most.toLocaleString('en')} bantin renders; split the article, or remove pasted data`,
  NestingTooDeep: (depth: number, most: number) =>
    `this line nests quotes and lists ${depth} levels deep (two columns of indentation before a marker count as a level), more than the ${most} bantin renders; flatten it or remove the indentation`,
  TooManyEmphasisMarks: (marks: number, most: number) =>
    `this block of lines reaches ${marks.toLocaleString('en')} runs of * _ and < here, more than the ${most.toLocaleString('en')} bantin renders in one block; split the text with blank lines (a long list into several lists), or write marks that are not emphasis as \\* \\_ \\<`,
  TooMuchNesting: (levels: number, most: number) =>
    `the quotes and lists of this body add up to ${levels.toLocaleString('en')} levels by this line (each line counts its depth), more than the ${most.toLocaleString('en')} bantin renders; flatten them`,
  BlockTooLong: (found: number, most: number, what: 'lines' | 'characters') =>
    `this block of lines (a paragraph, list, quote or table between blank lines) reaches ${found.toLocaleString('en')} ${what} here, more than the ${most.toLocaleString('en')} bantin renders in one block; split it with blank lines (a long table into several tables, each with its header row)`,
  WordTooLong: (characters: number, most: number) =>
    `a word of ${characters.toLocaleString('en')} characters without a space starts here, more than the ${most.toLocaleString('en')} bantin renders; remove pasted data or break it with spaces`,
  PhotoMissing: (file: string, suggestion: string) =>
    `"${file}" is not in the article folder${suggestion}; put the image beside vi.md, or correct the name (upper and lower case count)`,
  PhotoNotImage: (file: string) =>
    `"${file}" is not an image bantin can read (its first bytes are not those of a JPEG, PNG or WebP image); export the photo again as .jpg`,
  PhotoFormat: (file: string, format: string) =>
    `"${file}" holds a ${format} image; bantin takes JPEG, PNG and WebP: convert it to .jpg and list the new name`,
  // PhotoTooLarge
  PhotoBytes: (file: string, bytes: number, most: number) =>
    `"${file}" is ${megabytes(bytes)} MB, more than the ${megabytes(most)} MB bantin takes; export it smaller (4,000 px on the long side is plenty for the web)`,
  PhotoPixels: (file: string, width: number, height: number, most: number) =>
    `"${file}" is ${width.toLocaleString('en')} × ${height.toLocaleString('en')} px, more than the ${most.toLocaleString('en')} px bantin takes on a side; resize it (4,000 px on the long side is plenty for the web)`,
  DuplicatePhoto: (file: string, first: number) =>
    `"${file}" is already photos[${first}]; list each image once: remove this entry or name another file`,
  UnlistedFile: (name: string) =>
    `"${name}" is in the article folder but no photo lists it; add it to photos with its caption, or delete the file (a warning: the build goes on without it)`,
  RefusedReference: (reference: string, character: string, column: number, fix: string) =>
    `contains the character reference ${reference}, which stands for ${character}, at column ${column}; ${fix.replace(/\bit\b/, 'the reference')}`,
  RefusedCharacter: (character: string, column: number, fix: string, more: number, escaped: boolean) =>
    `contains ${character} ${escaped ? `written as an escape; ${fix.replace(/\bit\b/, 'the escape')}` : `at column ${column}; ${fix}`}${
      more > 0 ? ` (the text holds ${more} more such character${more === 1 ? '' : 's'})` : ''
    }`,
} as const;

/** Bytes as megabytes (10^6) with one decimal, rounded up so that a size over a limit never shows as it. */
function megabytes(bytes: number): string {
  return (Math.ceil(bytes / 1e5) / 10).toLocaleString('en', { maximumFractionDigits: 1 });
}
