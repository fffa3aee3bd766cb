import { isUtf8 } from 'node:buffer';
import matter from 'gray-matter';
import jsYaml from 'js-yaml';
import { type Document, LineCounter, parseDocument } from 'yaml';
import { rawCharacterProblems } from './characters.ts';
import { locate, locateCharacter, type Position } from './locate.ts';
import { messages } from './messages.ts';
import { type Problem, problemAt } from './problems.ts';
import { blankWhitespaceLines, normalizeText, plainSpaces } from './text.ts';
import { openerOf } from './yaml-opened.ts';

/** A Markdown file split into parsed YAML front matter and body, with what is needed to locate fields. */
export interface ReadFile {
  /** Path as shown in messages. */
  file: string;
  /** The YAML text, as parsed (no-break spaces made spaces; its line N is line N of the file). */
  readonly text: string;
  /** The front matter as plain data (YAML core schema: dates stay strings, nothing is executed). */
  data: unknown;
  /** Where a field is in the file (its value, or with `at: 'key'` its key); line 1 when nowhere better. */
  locate(path: readonly PropertyKey[], at?: 'key' | 'value'): Position;
  /**
   * Where the `nth` (from 0) `char` of the value at `path` is written; undefined when the value holds it
   * as an escape.
   */
  locateCharacter(path: readonly PropertyKey[], char: string, nth: number): Position | undefined;
  /**
   * The column of a line as the file writes it, from a column of its normalized text: a file saved in
   * decomposed form (NFD, as some Vietnamese keyboards type) has more characters before the same point.
   */
  columnAt(line: number, column: number): number;
  /** The Markdown body, normalized (NFC, LF; lines of white space alone emptied). */
  readonly body: string;
  /** True when there is no text below the front matter. */
  bodyEmpty: boolean;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
}

/**
 * gray-matter would evaluate `---js` / `---javascript` front matter with `eval`; both engines are replaced
 * by functions that refuse, and any language other than YAML is rejected before gray-matter sees the file.
 */
const refuse = (): never => {
  throw new Error('bantin reads YAML front matter only');
};

/**
 * Reads one Markdown file: checks the bytes are UTF-8 text, normalizes it (byte order marks, CRLF, NFC),
 * splits off the front matter with gray-matter (its js/javascript engines replaced by refusals; any
 * language other than YAML is rejected before it runs) and parses it as YAML with the core schema.
 * Problems go to `problems`; the result is undefined when the file cannot be read at all.
 */
export function readMarkdown(file: string, bytes: Buffer, problems: Problem[]): ReadFile | undefined {
  const notText = checkText(bytes);
  if (notText) {
    problems.push(problemAt('FileNotText', file, messages.FileNotText(notText)));
    return undefined;
  }
  const decoded = bytes.toString('utf8').replace(/^\uFEFF+/, '');
  const text = normalizeText(decoded);
  const firstEnd = text.indexOf('\n');
  const opening = /^---\s*([^\s]*)\s*$/.exec(firstEnd === -1 ? text : text.slice(0, firstEnd));
  if (!opening) {
    if (text.trim() === '') problems.push(problemAt('EmptyFile', file, messages.EmptyFile()));
    else problems.push(problemAt('MissingFrontMatter', file, messages.MissingFrontMatter()));
    return undefined;
  }
  const language = opening[1] ?? '';
  if (language !== '' && language.toLowerCase() !== 'yaml') {
    problems.push(problemAt('ExecutableFrontMatter', file, messages.ExecutableFrontMatter(language), 1, 4));
    return undefined;
  }
  const close = firstEnd === -1 ? -1 : closingLineEnd(text, firstEnd);
  if (close === -1) {
    problems.push(problemAt('UnclosedFrontMatter', file, messages.UnclosedFrontMatter()));
    return undefined;
  }
  // gray-matter's `matter` starts right after the opening `---`, so YAML line N is file line N.
  const yaml = plainSpaces(matterOf(text.slice(0, close)));
  // The body starts on the line after the closing `---`.
  const bodyLine = text.slice(0, close).split('\n').length + (text.endsWith('\n', close) ? 0 : 1);
  const body = blankWhitespaceLines(text.slice(close));
  const read = new ReadFileFrom(file, yaml, body, bodyLine, originalLines(decoded, text));
  read.data = parseYaml(file, yaml, problems, read);
  return read;
}

/** The lines of a file as written, when normalizing changed them (NFD); undefined when NFC already. */
function originalLines(decoded: string, normalized: string): string[] | undefined {
  // Without carriage returns, the normalized text differs only where NFC changed it.
  const nfc = decoded.includes('\r') ? decoded.normalize('NFC') === decoded : decoded === normalized;
  return nfc ? undefined : decoded.split(/\r\n|\r|\n/);
}

/** The column in `original` of the character at `column` of its NFC form. */
function originalColumn(original: string, column: number): number {
  let k = 0;
  while (k < original.length && original.slice(0, k).normalize('NFC').length < column - 1) k++;
  // Marks written after a letter belong to it.
  while (k < original.length && /\p{M}/u.test(original[k] ?? '')) k++;
  return k + 1;
}

/** What gray-matter hands its YAML engine for a front matter block (gray-matter is given the block only). */
function matterOf(block: string): string {
  let source = '';
  matter(block, {
    language: 'yaml',
    engines: {
      yaml: (yaml: string) => {
        source = yaml;
        return {};
      },
      js: refuse,
      javascript: refuse,
    },
  });
  return source;
}

/**
 * A file read: its front matter parsed, and its body. Where fields are is worked out (with the yaml
 * package, which keeps positions) only when a problem is to be located.
 */
class ReadFileFrom implements ReadFile {
  #located: { doc: Document; lines: LineCounter } | undefined;

  /** Set once parsed; undefined when the YAML could not be read. */
  data: unknown;
  readonly bodyEmpty: boolean;

  constructor(
    readonly file: string,
    readonly text: string,
    readonly body: string,
    readonly bodyLine: number,
    /** The file's lines as written, when they are not NFC. */
    private readonly original?: string[],
  ) {
    this.bodyEmpty = body.trim() === '';
  }

  columnAt(line: number, column: number): number {
    const original = this.original?.[line - 1];
    return original === undefined ? column : originalColumn(original, column);
  }

  /** A position of the normalized text, in the file's own columns. */
  #inFile(at: Position): Position {
    return { line: at.line, column: this.columnAt(at.line, at.column) };
  }

  locate(path: readonly PropertyKey[], at: 'key' | 'value' = 'value'): Position {
    const { doc, lines } = this.document();
    return this.#inFile(locate(doc, lines, path, at) ?? { line: 1, column: 1 });
  }

  locateCharacter(path: readonly PropertyKey[], char: string, nth: number): Position | undefined {
    const { doc, lines } = this.document();
    const at = locateCharacter(doc, lines, this.text, path, char, nth);
    return at && this.#inFile(at);
  }

  document(): { doc: Document; lines: LineCounter } {
    this.#located ??= documentOf(this.text);
    return this.#located;
  }
}

function documentOf(text: string): { doc: Document; lines: LineCounter } {
  const lines = new LineCounter();
  const doc = parseDocument(text, {
    schema: 'core',
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
    lineCounter: lines,
  });
  return { doc, lines };
}

/** Why bytes are not UTF-8 text, or undefined when they are. */
function checkText(bytes: Buffer): string | undefined {
  if (bytes.includes(0)) return 'contains NUL bytes: this is a binary file, not Markdown text';
  if (!isUtf8(bytes)) return 'is not valid UTF-8 text; save it as UTF-8';
  return undefined;
}

/**
 * The end of the line `---` (spaces and tabs may follow) that closes the front matter, the first after
 * `from`: the offset after its line feed (or the end of the text), or -1 when there is none.
 */
function closingLineEnd(text: string, from: number): number {
  const closing = /\n---[ \t]*(?:\n|$)/g;
  closing.lastIndex = from;
  const m = closing.exec(text);
  return m ? m.index + m[0].length : -1;
}

/** Reads a YAML data file (a registry). */
export function readYamlFile(file: string, bytes: Buffer, problems: Problem[]): ReadFile | undefined {
  const notText = checkText(bytes);
  if (notText) {
    problems.push(problemAt('FileNotText', file, messages.FileNotText(notText)));
    return undefined;
  }
  const text = plainSpaces(normalizeText(bytes.toString('utf8')));
  const read = new ReadFileFrom(file, text, '', 0);
  read.data = parseYaml(file, text, problems, read);
  return read;
}

/**
 * Parses YAML with the core schema: timestamps stay strings (we parse dates ourselves, in Vietnam time),
 * duplicate keys and unknown tags are errors, and nothing is ever executed.
 *
 * js-yaml reads every file (about eight times faster than the yaml package, but it keeps no positions).
 * The yaml package keeps a line and column for every node; it runs only when a file has a problem to
 * locate (lazily) or when js-yaml refuses the file (to report the syntax error precisely).
 * Returns the data, or undefined when there is none to validate (problems say why).
 */
function parseYaml(file: string, text: string, problems: Problem[], read: ReadFileFrom): object | undefined {
  let data: unknown;
  try {
    data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, filename: file });
  } catch (error) {
    // The parsers refuse control characters in the text with a message of their own; say which it is.
    const refused = rawCharacterProblems(file, text, 1, '', (line, column) => read.columnAt(line, column));
    if (refused.length > 0) {
      problems.push(...refused);
      return undefined;
    }
    const { doc, lines } = read.document();
    const issues = [...doc.errors, ...doc.warnings];
    for (const e of issues) {
      const noticed = lines.linePos(e.pos[0]);
      const pos = { line: noticed.line, col: read.columnAt(noticed.line, noticed.col) };
      const detail = (e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, '');
      // Reported where it starts (an unclosed quote or bracket on an earlier line), if not where noticed.
      const opener = openerOf(read.text, e.pos[0]);
      const opened = opener && lines.linePos(opener.offset);
      const start = opened && { line: opened.line, col: read.columnAt(opened.line, opened.col) };
      if (opener && start && start.line < pos.line) {
        const message = messages.YamlUnclosed(opener.what, detail, pos.line, pos.col);
        problems.push(problemAt('YamlSyntax', file, message, start.line, start.col));
      } else problems.push(problemAt('YamlSyntax', file, messages.YamlSyntax(detail), pos.line, pos.col));
    }
    if (issues.length === 0) {
      // Only js-yaml objected: report its reason at its mark.
      const e = error as { reason?: string; mark?: { line: number; column: number }; message: string };
      problems.push(
        problemAt(
          'YamlSyntax',
          file,
          messages.YamlSyntax(e.reason ?? e.message),
          (e.mark?.line ?? 0) + 1,
          (e.mark?.column ?? 0) + 1,
        ),
      );
    }
    return undefined;
  }
  if (data === null || data === undefined) {
    problems.push(problemAt('MissingField', file, messages.EmptyFrontMatter()));
    return undefined;
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push(problemAt('FrontMatterNotMapping', file, messages.FrontMatterNotMapping(), 2, 1));
    return undefined;
  }
  return data;
}
