/**
 * One problem found in the content, located so an editor can jump to it.
 * Printed as `path:line:column  field.path  message`.
 */
export interface Problem {
  /** Permanent PascalCase name of the kind of problem (its messages are in messages.ts). */
  code: ProblemCode;
  /** Path of the file, relative to the content root's parent (e.g. `content/articles/x/vi.md`). */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** 1-based column in the file. */
  column: number;
  /** Dotted path of the field, e.g. `officialsElected[1].role`; empty for whole-file problems. */
  field: string;
  /** What is wrong, and how to fix it. */
  message: string;
}

export type ProblemCode =
  | 'FileNotText'
  | 'EmptyFile'
  | 'MissingFrontMatter'
  | 'UnclosedFrontMatter'
  | 'ExecutableFrontMatter'
  | 'YamlSyntax'
  | 'FrontMatterNotMapping'
  | 'MissingField'
  | 'WrongType'
  | 'InvalidValue'
  | 'UnknownKey'
  | 'UnknownReference'
  | 'FactInTranslation'
  | 'DuplicateId'
  | 'DuplicateSlug'
  | 'OrphanTranslation'
  | 'UnknownContentFile'
  | 'FutureDate'
  | 'NoDate'
  | 'UnitMismatch'
  | 'TranslationMismatch'
  | 'MissingTranslationText'
  | 'EmptyBody'
  | 'CongressOutsideCongress'
  | 'RegistryInconsistent'
  | 'MissingFile'
  | 'RefusedCharacter'
  | 'BodyTooLong'
  | 'NestingTooDeep'
  | 'TooManyEmphasisMarks'
  | 'BlockTooLong'
  | 'WordTooLong'
  | 'PhotoMissing'
  | 'PhotoNotImage'
  | 'PhotoFormat'
  | 'PhotoTooLarge'
  | 'DuplicatePhoto'
  | 'UnlistedFile';

/** Formats a dotted field path: `['officialsElected', 1, 'role']` => `officialsElected[1].role`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? String(seg) : `.${String(seg)}`;
  }
  return out;
}

/**
 * The kinds of problem that are warnings: reported, but they do not stop the build or fail
 * `npm run validate` (the loader returns them apart, as `warnings`).
 */
export const WARNINGS: ReadonlySet<ProblemCode> = new Set(['UnlistedFile']);

/** One line per problem: `path:line:column  field.path  message`; a warning's message starts "warning: ". */
export function formatProblem(p: Problem): string {
  const message = WARNINGS.has(p.code) ? `warning: ${p.message}` : p.message;
  return `${p.file}:${p.line}:${p.column}  ${p.field || '-'}  ${message}`;
}

/** Sorts problems by file, then line, then column, so output is stable. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.field.localeCompare(b.field),
  );
}

/** What locates a field of a file: a file read (ReadFile). */
interface Located {
  file: string;
  locate(path: readonly PropertyKey[], at?: 'key' | 'value'): { line: number; column: number };
}

/**
 * A problem at a field of a file: where its value (with `at: 'key'`, its key) is written, or the
 * nearest part of the path that is there. `field` names it otherwise than by its path.
 */
export function problemAtField(
  read: Located,
  code: ProblemCode,
  path: readonly PropertyKey[],
  message: string,
  at: 'key' | 'value' = 'value',
  field: string = formatPath(path),
): Problem {
  const pos = read.locate(path, at);
  return { code, file: read.file, line: pos.line, column: pos.column, field, message };
}

/** A problem at a line and column of a file. */
export function problemAt(
  code: ProblemCode,
  file: string,
  message: string,
  line = 1,
  column = 1,
  field = '',
): Problem {
  return { code, file, line, column, field, message };
}
