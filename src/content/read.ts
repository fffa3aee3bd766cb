import { isUtf8 } from 'node:buffer';
import matter from 'gray-matter';
import jsYaml from 'js-yaml';
import { type Document, LineCounter, parseDocument } from 'yaml';
import { rawCharacterProblems } from './characters.ts';
import { errors } from './errors.ts';
import { locate, locateCharacter, type Position } from './locate.ts';
import { type Problem, problemAt } from './problems.ts';
import { parseSimpleYaml } from './simple-yaml.ts';
import { blankWhitespaceLines, normalizeText, plainSpaces } from './text.ts';
import { openerOf } from './yaml-opened.ts';

/** A Markdown file split into parsed YAML front matter and body, with what is needed to locate fields. */
export interface ReadFile {
  /** Path as shown in messages. */
  file: string;
  /** The front matter as plain data (YAML core schema: dates stay strings, nothing is executed). */
  data: unknown;
  /** Where a field is in the file (its value, or with `at: 'key'` its key); line 1 when nowhere better. */
  locate(path: readonly PropertyKey[], at?: 'key' | 'value'): Position;
  /**
   * Where the `nth` (from 0) `char` of the value at `path` is written; undefined when the value holds it
   * as an escape.
   */
  locateCharacter(path: readonly PropertyKey[], char: string, nth: number): Position | undefined;
  /** The Markdown body, normalized (decoded on first read). */
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
 * Reads one Markdown file: checks the bytes are UTF-8 text, splits off the front matter (as gray-matter
 * does, and with gray-matter for unusual openings, its js/javascript engines replaced by refusals; any
 * language other than YAML is rejected before it runs), normalizes it (BOM, CRLF, NFC) and parses it
 * as YAML with the core schema.
 * The body is decoded and normalized only when first read: validation needs only to know it is there,
 * and decoding every body is most of the cost of loading 10,000 articles.
 * Problems go to `problems`; the result is undefined when the file cannot be read at all.
 */
export function readMarkdown(file: string, bytes: Buffer, problems: Problem[]): ReadFile | undefined {
  const notText = checkText(bytes);
  if (notText) {
    problems.push(problemAt('FileNotText', file, errors.FileNotText(notText)));
    return undefined;
  }
  const start = hasBom(bytes) ? 3 : 0;
  let firstEnd = bytes.indexOf(LF, start);
  // The usual first line, `---` alone, needs no decoding to be recognized.
  if (!isPlainOpening(bytes, start)) {
    const firstLine = normalizeText(bytes.toString('utf8', start, firstEnd === -1 ? bytes.length : firstEnd));
    const opening = /^---\s*([^\s]*)\s*$/.exec(firstLine);
    if (!opening) {
      if (isBlank(bytes, start)) problems.push(problemAt('EmptyFile', file, errors.EmptyFile()));
      else problems.push(problemAt('MissingFrontMatter', file, errors.MissingFrontMatter()));
      return undefined;
    }
    const language = opening[1] ?? '';
    if (language !== '' && language.toLowerCase() !== 'yaml') {
      problems.push(problemAt('ExecutableFrontMatter', file, errors.ExecutableFrontMatter(language), 1, 4));
      return undefined;
    }
  }
  if (firstEnd === -1) firstEnd = bytes.length;
  const close = findClosingDelimiter(bytes, firstEnd);
  if (close === -1) {
    problems.push(problemAt('UnclosedFrontMatter', file, errors.UnclosedFrontMatter()));
    return undefined;
  }

  const text = frontMatterText(bytes, start, close);
  // Lines 1..n hold the opening `---` and the YAML, line n+1 the closing `---`; the body follows.
  // (gray-matter's `matter` starts right after the opening `---`, so YAML line N is file line N.)
  const bodyLine = countLines(text) + 2;
  const read = new ReadFileFrom(file, text, bytes, start, close, isBlank(bytes, close), bodyLine);
  read.data = parseYaml(file, text, problems, read);
  return read;
}

/**
 * The YAML of the front matter block `bytes[start, end)` (from the opening `---` to the line after the
 * closing one), as the parsers read it: split off as gray-matter splits it, normalized (CRLF, NFC),
 * no-break spaces made spaces. When the block holds no CR (nearly always) the split is made on the bytes,
 * and the text normalized after it: the same text as before it, since the split is made at line feeds,
 * which NFC never joins to anything. A block that opens with `---` alone is split here (splitPlain);
 * any other opening (`--- yaml`) goes to gray-matter, which is given the front matter block only:
 * handing it the whole file would cost a copy of every body.
 */
export function frontMatterText(bytes: Buffer, start: number, end: number): string {
  const block = bytes.subarray(start, end);
  if (block.indexOf(CR) === -1 && block[0] === DASH) {
    const text = (isPlainOpening(block) ? splitPlain(block) : matterOf(block)).normalize('NFC');
    // No-break spaces are looked for in the bytes, which is quicker than in the text.
    const nbsp = NO_BREAK_SPACES_UTF8;
    const spaced = block.includes(nbsp[0]) || block.includes(nbsp[1]) || block.includes(nbsp[2]);
    return spaced ? plainSpaces(text) : text;
  }
  return plainSpaces(matterOf(normalizeText(bytes.toString('utf8', start, end))));
}

/** True when the bytes from `at` open with a line `---` alone, the way nearly every file does. */
const isPlainOpening = (bytes: Buffer, at = 0) =>
  bytes[at] === DASH && bytes[at + 1] === DASH && bytes[at + 2] === DASH && bytes[at + 3] === LF;

/**
 * What gray-matter hands its YAML engine for a block that opens with `---` alone, taken without it
 * (gray-matter's fixed cost per call, about 8 µs, was a fifth of loading a file): the text after the
 * three dashes, line feed included, up to the first line feed followed by `---` (gray-matter's closing
 * delimiter, which may come before the closing line the loader found); nothing when that holds only
 * blank and comment lines, which gray-matter does not parse. test/content/front-matter.test.ts holds
 * this to gray-matter's own split.
 */
function splitPlain(block: Buffer): string {
  let close = block.indexOf(CLOSING, 3);
  if (close === -1) close = block.length;
  const text = block.toString('utf8', 3, close);
  return hasContent(text) ? text : '';
}

/**
 * gray-matter's test of a block worth parsing: something left once comment lines (`#` and at least one
 * more character) are taken out and the rest trimmed. Its regular expression runs only when the first
 * character that is not white space is a `#` (or not ASCII); any other character survives it.
 */
function hasContent(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x09) continue;
    // A printable ASCII character other than `#` is not white space to the expression either.
    if (c > 0x20 && c < 0x7f && c !== HASH) return true;
    break;
  }
  return text.replace(/^\s*#[^\n]+/gm, '').trim() !== '';
}

/** What gray-matter hands its YAML engine for the block. */
function matterOf(block: Buffer | string): string {
  matter(block, MATTER_OPTIONS);
  return takeMatter();
}

/** The no-break spaces plainSpaces replaces (U+00A0, U+202F, U+2007), in UTF-8. */
const NO_BREAK_SPACES_UTF8 = [Buffer.from('\u00a0'), Buffer.from('\u202f'), Buffer.from('\u2007')] as const;

/** What gray-matter handed to the YAML engine in the last call. */
let matterSource: string | undefined;
function takeMatter(): string {
  const source = matterSource ?? '';
  matterSource = undefined;
  return source;
}

/** Built once: gray-matter copies its options on every call, but needs no new ones. */
const MATTER_OPTIONS = {
  language: 'yaml',
  engines: {
    yaml: (source: string) => {
      matterSource = source;
      return {};
    },
    js: refuse,
    javascript: refuse,
  },
};

/** Lines in a text: one more than its line feeds. */
function countLines(text: string): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

/**
 * A file read: its front matter parsed, its body left as bytes until read. Where fields are is worked out
 * (with the yaml package, which keeps positions) only when a problem is to be located.
 */
class ReadFileFrom implements ReadFile {
  #located: { doc: Document; lines: LineCounter } | undefined;
  #body: string | undefined;
  #text: string | undefined;

  /** Set once parsed; undefined when the YAML could not be read. */
  data: unknown;

  constructor(
    readonly file: string,
    text: string | undefined,
    private readonly bytes: Buffer | undefined,
    private readonly yamlStart: number,
    private readonly bodyStart: number,
    readonly bodyEmpty: boolean,
    readonly bodyLine: number,
  ) {
    this.#text = text;
  }

  /** The YAML text, as parsed; worked out again from the bytes when it was not kept. */
  get text(): string {
    this.#text ??= frontMatterText(this.bytes as Buffer, this.yamlStart, this.bodyStart);
    return this.#text;
  }

  get body(): string {
    if (this.#body === undefined) {
      this.#body = this.bytes
        ? blankWhitespaceLines(normalizeText(this.bytes.toString('utf8', this.bodyStart)))
        : '';
    }
    return this.#body;
  }

  locate(path: readonly PropertyKey[], at: 'key' | 'value' = 'value'): Position {
    const { doc, lines } = this.document();
    return locate(doc, lines, path, at) ?? { line: 1, column: 1 };
  }

  locateCharacter(path: readonly PropertyKey[], char: string, nth: number): Position | undefined {
    const { doc, lines } = this.document();
    return locateCharacter(doc, lines, this.text, path, char, nth);
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

const LF = 0x0a;
const CR = 0x0d;
const DASH = 0x2d;
const HASH = 0x23;
const CLOSING = Buffer.from('\n---');
const hasBom = (b: Buffer) => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;

/** Why bytes are not UTF-8 text, or undefined when they are. */
function checkText(bytes: Buffer): string | undefined {
  if (bytes.includes(0)) return 'contains NUL bytes: this is a binary file, not Markdown text';
  if (!isUtf8(bytes)) return 'is not valid UTF-8 text; save it as UTF-8';
  return undefined;
}

/** True when the bytes from `from` on are only white space (no-break spaces included). */
function isBlank(bytes: Buffer, from: number): boolean {
  for (let i = from; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) continue;
    if (c === 0xc2 && bytes[i + 1] === 0xa0) {
      i++;
      continue;
    }
    return false;
  }
  return true;
}

/** Finds the line `---` that closes the front matter: the offset just after its line break, or -1. */
function findClosingDelimiter(bytes: Buffer, from: number): number {
  let i = from;
  while (i !== -1 && i < bytes.length) {
    const at = bytes.indexOf(CLOSING, i);
    if (at === -1) return -1;
    let j = at + 4;
    while (bytes[j] === 0x20 || bytes[j] === 0x09 || bytes[j] === CR) j++;
    if (j >= bytes.length) return bytes.length;
    if (bytes[j] === LF) return j + 1;
    i = at + 1;
  }
  return -1;
}

/** Reads a YAML data file (a registry). */
export function readYamlFile(file: string, bytes: Buffer, problems: Problem[]): ReadFile | undefined {
  const notText = checkText(bytes);
  if (notText) {
    problems.push(problemAt('FileNotText', file, errors.FileNotText(notText)));
    return undefined;
  }
  const text = plainSpaces(normalizeText(bytes.toString('utf8')));
  const read = new ReadFileFrom(file, text, undefined, 0, 0, true, 0);
  read.data = parseYaml(file, text, problems, read);
  return read;
}

/**
 * Parses YAML with the core schema: timestamps stay strings (we parse dates ourselves, in Vietnam time),
 * duplicate keys and unknown tags are errors, and nothing is ever executed.
 *
 * Three parsers, for speed. A small reader (simple-yaml.ts) takes the plain subset of YAML that front
 * matter is written in and gives what js-yaml gives; js-yaml takes the rest. js-yaml reads valid files
 * about eight times faster than the yaml package, but keeps no positions.
 * The yaml package keeps a line and column for every node; it runs only when a file has a problem to
 * locate (lazily) or when js-yaml refuses the file (to report the syntax error precisely).
 * Returns the data, or undefined when there is none to validate (problems say why).
 */
function parseYaml(file: string, text: string, problems: Problem[], read: ReadFileFrom): object | undefined {
  let data: unknown;
  try {
    // The plain front matter of articles is read by the fast reader; anything else goes to js-yaml.
    data = parseSimpleYaml(text) ?? jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, filename: file });
  } catch (error) {
    // The parsers refuse control characters in the text with a message of their own; say which it is.
    const refused = rawCharacterProblems(file, text, 1);
    if (refused.length > 0) {
      problems.push(...refused);
      return undefined;
    }
    const { doc, lines } = read.document();
    const issues = [...doc.errors, ...doc.warnings];
    for (const e of issues) {
      const pos = lines.linePos(e.pos[0]);
      const detail = (e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, '');
      // Reported where it starts (an unclosed quote or bracket on an earlier line), if not where noticed.
      const opener = openerOf(read.text, e.pos[0]);
      const start = opener && lines.linePos(opener.offset);
      if (opener && start && start.line < pos.line) {
        const message = errors.YamlUnclosed(opener.what, detail, pos.line, pos.col);
        problems.push(problemAt('YamlSyntax', file, message, start.line, start.col));
      } else problems.push(problemAt('YamlSyntax', file, errors.YamlSyntax(detail), pos.line, pos.col));
    }
    if (issues.length === 0) {
      // Only js-yaml objected: report its reason at its mark.
      const e = error as { reason?: string; mark?: { line: number; column: number }; message: string };
      problems.push(
        problemAt(
          'YamlSyntax',
          file,
          errors.YamlSyntax(e.reason ?? e.message),
          (e.mark?.line ?? 0) + 1,
          (e.mark?.column ?? 0) + 1,
        ),
      );
    }
    return undefined;
  }
  if (data === null || data === undefined) {
    problems.push(problemAt('MissingField', file, errors.EmptyFrontMatter()));
    return undefined;
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push(problemAt('FrontMatterNotMapping', file, errors.FrontMatterNotMapping(), 2, 1));
    return undefined;
  }
  return data;
}
