import { isUtf8 } from 'node:buffer';
import matter from 'gray-matter';
import jsYaml from 'js-yaml';
import { type Document, LineCounter, parseDocument } from 'yaml';
import { errors } from './errors.ts';
import { locate, type Position } from './locate.ts';
import { type Problem, problemAt } from './problems.ts';
import { parseSimpleYaml } from './simple-yaml.ts';
import { blankWhitespaceLines, normalizeText, plainSpaces } from './text.ts';

/** A Markdown file split into parsed YAML front matter and body, with what is needed to locate fields. */
export interface ReadFile {
  /** Path as shown in messages. */
  file: string;
  /** The front matter as plain data (YAML core schema: dates stay strings, nothing is executed). */
  data: unknown;
  /** Where a field is in the file (its value, or with `at: 'key'` its key); line 1 when nowhere better. */
  locate(path: readonly PropertyKey[], at?: 'key' | 'value'): Position;
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
 * Reads one Markdown file: checks the bytes are UTF-8 text, splits off the front matter (gray-matter,
 * with its js/javascript engines replaced by refusals; any language other than YAML is rejected before
 * it runs), normalizes it (BOM, CRLF, NFC) and parses it as YAML with the core schema.
 * The body is decoded and normalized only when first read: validation needs only to know it is there,
 * and decoding every body is most of the cost of loading 10,000 articles.
 * Problems go to `problems`; the result is undefined when the file cannot be read at all.
 */
export function readMarkdown(file: string, bytes: Buffer, problems: Problem[]): ReadFile | undefined {
  const at = (code: Parameters<typeof problemAt>[0], message: string, line = 1, column = 1) =>
    problems.push(problemAt(code, file, message, line, column));

  const notText = checkText(bytes);
  if (notText) {
    at('FileNotText', errors.FileNotText(notText));
    return undefined;
  }
  const start = hasBom(bytes) ? 3 : 0;
  const firstEnd = bytes.indexOf(LF, start);
  const firstLine = normalizeText(bytes.toString('utf8', start, firstEnd === -1 ? bytes.length : firstEnd));
  const opening = /^---\s*([^\s]*)\s*$/.exec(firstLine);
  if (!opening) {
    if (isBlank(bytes, start)) at('EmptyFile', errors.EmptyFile());
    else at('MissingFrontMatter', errors.MissingFrontMatter());
    return undefined;
  }
  const language = opening[1] ?? '';
  if (language !== '' && language.toLowerCase() !== 'yaml') {
    at('ExecutableFrontMatter', errors.ExecutableFrontMatter(language), 1, 4);
    return undefined;
  }
  const close = findClosingDelimiter(bytes, firstEnd);
  if (!close) {
    at('UnclosedFrontMatter', errors.UnclosedFrontMatter());
    return undefined;
  }

  // gray-matter gets the front matter block only: handing it the whole file costs a copy of every body.
  let yamlSource = '';
  matter(normalizeText(bytes.toString('utf8', start, close.end)), {
    language: 'yaml',
    engines: {
      yaml: (source: string) => {
        yamlSource = source;
        return {};
      },
      js: refuse,
      javascript: refuse,
    },
  });
  // gray-matter's `matter` starts right after the opening `---`, so YAML line N is file line N.
  const parsed = parseYaml(file, yamlSource, problems);
  // Lines 1..n hold the opening `---` and the YAML, line n+1 the closing `---`; the body follows.
  const bodyLine = yamlSource.split('\n').length + 2;
  let body: string | undefined;
  return {
    ...parsed,
    get body() {
      body ??= blankWhitespaceLines(normalizeText(bytes.toString('utf8', close.end)));
      return body;
    },
    bodyEmpty: isBlank(bytes, close.end),
    bodyLine,
  };
}

const LF = 0x0a;
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

/** Finds the line `---` that closes the front matter; `end` is the offset just after its line break. */
function findClosingDelimiter(bytes: Buffer, from: number): { end: number } | undefined {
  let i = from;
  while (i !== -1 && i < bytes.length) {
    const at = bytes.indexOf('\n---', i);
    if (at === -1) return undefined;
    let j = at + 4;
    while (bytes[j] === 0x20 || bytes[j] === 0x09 || bytes[j] === 0x0d) j++;
    if (j >= bytes.length) return { end: bytes.length };
    if (bytes[j] === LF) return { end: j + 1 };
    i = at + 1;
  }
  return undefined;
}

/** Reads a YAML data file (a registry). */
export function readYamlFile(file: string, bytes: Buffer, problems: Problem[]): ReadFile | undefined {
  const notText = checkText(bytes);
  if (notText) {
    problems.push(problemAt('FileNotText', file, errors.FileNotText(notText)));
    return undefined;
  }
  return {
    ...parseYaml(file, normalizeText(bytes.toString('utf8')), problems),
    body: '',
    bodyEmpty: true,
    bodyLine: 0,
  };
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
 */
function parseYaml(
  file: string,
  source: string,
  problems: Problem[],
): Omit<ReadFile, 'body' | 'bodyEmpty' | 'bodyLine'> {
  const text = plainSpaces(source);
  let located: { doc: Document; lines: LineCounter } | undefined;
  const document = () => {
    if (!located) {
      const lines = new LineCounter();
      const doc = parseDocument(text, {
        schema: 'core',
        uniqueKeys: true,
        prettyErrors: false,
        strict: true,
        lineCounter: lines,
      });
      located = { doc, lines };
    }
    return located;
  };
  const locateIn = (path: readonly PropertyKey[], at: 'key' | 'value' = 'value'): Position => {
    const { doc, lines } = document();
    return locate(doc, lines, path, at) ?? { line: 1, column: 1 };
  };
  const failed = { file, data: undefined, locate: locateIn };

  let data: unknown;
  try {
    // The plain front matter of articles is read by the fast reader; anything else goes to js-yaml.
    data = parseSimpleYaml(text) ?? jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, filename: file });
  } catch (error) {
    const { doc, lines } = document();
    const issues = [...doc.errors, ...doc.warnings];
    for (const e of issues) {
      const pos = lines.linePos(e.pos[0]);
      const detail = (e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, '');
      problems.push(problemAt('YamlSyntax', file, errors.YamlSyntax(detail), pos.line, pos.col));
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
    return failed;
  }
  if (data === null || data === undefined) {
    problems.push(problemAt('MissingField', file, errors.EmptyFrontMatter()));
    return failed;
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push(problemAt('FrontMatterNotMapping', file, errors.FrontMatterNotMapping(), 2, 1));
    return failed;
  }
  return { file, data, locate: locateIn };
}
