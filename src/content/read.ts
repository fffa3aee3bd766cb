import matter from 'gray-matter';
import { type Document, LineCounter, parseDocument } from 'yaml';
import { errors } from './errors.ts';
import type { Problem } from './problems.ts';
import { blankWhitespaceLines, decodeText, plainSpaces } from './text.ts';

/** A Markdown file split into parsed YAML front matter and body, with what is needed to locate fields. */
export interface ReadFile {
  /** Path as shown in messages. */
  file: string;
  /** The front matter as plain data (YAML core schema: dates stay strings, nothing is executed). */
  data: unknown;
  /** The YAML document, to find the line of any field. */
  doc: Document;
  lines: LineCounter;
  /** The Markdown body, normalized. */
  body: string;
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
 * Reads one Markdown file: decodes (UTF-8, BOM, CRLF, NFC), splits the front matter with gray-matter and
 * parses it as YAML with the core schema. Problems go to `problems`; the result is undefined when the
 * file cannot be read at all.
 */
export function readMarkdown(file: string, bytes: Uint8Array, problems: Problem[]): ReadFile | undefined {
  const at = (code: Parameters<typeof problemAt>[0], message: string, line = 1, column = 1) =>
    problems.push(problemAt(code, file, message, line, column));

  const decoded = decodeText(bytes);
  if (typeof decoded !== 'string') {
    at('FileNotText', errors.FileNotText(decoded.notText));
    return undefined;
  }
  if (decoded.trim() === '') {
    at('EmptyFile', errors.EmptyFile());
    return undefined;
  }
  const firstLine = decoded.slice(0, decoded.indexOf('\n') === -1 ? undefined : decoded.indexOf('\n'));
  const opening = /^---\s*([^\s]*)\s*$/.exec(firstLine);
  if (!opening) {
    at('MissingFrontMatter', errors.MissingFrontMatter());
    return undefined;
  }
  const language = opening[1] ?? '';
  if (language !== '' && language.toLowerCase() !== 'yaml') {
    at('ExecutableFrontMatter', errors.ExecutableFrontMatter(language), 1, 4);
    return undefined;
  }
  const closing = /\n---[ \t]*(?:\n|$)/.exec(decoded.slice(firstLine.length));
  if (!closing) {
    at('UnclosedFrontMatter', errors.UnclosedFrontMatter());
    return undefined;
  }

  let yamlSource = '';
  const split = matter(decoded, {
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
  return { ...parsed, body: blankWhitespaceLines(split.content), bodyLine };
}

/** Reads a YAML data file (a registry). */
export function readYamlFile(file: string, bytes: Uint8Array, problems: Problem[]): ReadFile | undefined {
  const decoded = decodeText(bytes);
  if (typeof decoded !== 'string') {
    problems.push(problemAt('FileNotText', file, errors.FileNotText(decoded.notText)));
    return undefined;
  }
  return { ...parseYaml(file, decoded, problems), body: '', bodyLine: 0 };
}

/**
 * Parses YAML with the core schema: timestamps stay strings (we parse dates ourselves, in Vietnam time),
 * duplicate keys are errors, unknown tags are errors, and nothing is ever executed.
 */
function parseYaml(file: string, source: string, problems: Problem[]): Omit<ReadFile, 'body' | 'bodyLine'> {
  const lines = new LineCounter();
  const doc = parseDocument(plainSpaces(source), {
    schema: 'core',
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
    lineCounter: lines,
  });
  const issues = [...doc.errors, ...doc.warnings];
  for (const e of issues) {
    const pos = lines.linePos(e.pos[0]);
    const detail = (e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, '');
    problems.push(problemAt('YamlSyntax', file, errors.YamlSyntax(detail), pos.line, pos.col));
  }
  if (issues.length > 0) return { file, data: undefined, doc, lines };
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  if (data === null || data === undefined) {
    problems.push(problemAt('MissingField', file, errors.EmptyFrontMatter()));
    return { file, data: undefined, doc, lines };
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push(problemAt('FrontMatterNotMapping', file, errors.FrontMatterNotMapping(), 2, 1));
    return { file, data: undefined, doc, lines };
  }
  return { file, data, doc, lines };
}

export function problemAt(
  code: Problem['code'],
  file: string,
  message: string,
  line = 1,
  column = 1,
  field = '',
): Problem {
  return { code, file, line, column, field, message };
}
