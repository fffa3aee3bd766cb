import { decodeHTMLStrict } from 'entities';
import type { Position } from './locate.ts';
import { messages } from './messages.ts';
import { formatPath, type Problem, problemAt } from './problems.ts';
import type { ReadFile } from './read.ts';

/**
 * Characters that never belong in news text: refused wherever an editor writes text (every front
 * matter and registry value, every body), each reported with its code point, its name and the fix.
 *
 * Refused: control characters (C0 but tab and line feed, DEL, C1), the bidirectional controls
 * (embeddings, overrides and isolates, which reorder the text around them, and the invisible direction
 * marks), invisible characters pasted from word processors and web pages (soft hyphen, zero-width
 * space, word joiner, byte order mark, and every other format character), line and paragraph
 * separators, blank Hangul fillers, private-use and non-characters, lone surrogates, and U+FFFD, which
 * stands for a character lost in a conversion (the full list: REFUSED below).
 *
 * Allowed: tab and line feed (white space, as in YAML block text and Markdown), the zero-width joiner
 * and non-joiner (they hold emoji sequences together and belong to the spelling of some scripts), one
 * variation selector per character (emoji presentation), the tag characters of a flag emoji, and every
 * other printable character.
 */

interface Kind {
  /** What the character is, after its name, for the editor who cannot see it. */
  what: string;
  fix: string;
}

const CONTROL: Kind = { what: 'a control character', fix: 'delete it' };
const BIDI: Kind = {
  what: 'an invisible character that changes the direction of the text around it',
  fix: 'delete it',
};
const INVISIBLE: Kind = {
  what: 'an invisible character, usually pasted from a word processor',
  fix: 'delete it',
};
const BLANK: Kind = { what: 'a letter that shows as a blank', fix: 'delete it' };
const SEPARATOR: Kind = {
  what: 'a line break that many programs do not read as one',
  fix: 'use a plain line break',
};
const PRIVATE: Kind = {
  what: 'a character with no meaning outside one font or program',
  fix: 'retype the character from the source',
};
const LOST: Kind = {
  what: 'a character lost when the text was converted',
  fix: 'retype the character from the source',
};

/** Names of the C0 controls (their Unicode aliases), by code point. */
const C0 = [
  'NULL',
  'START OF HEADING',
  'START OF TEXT',
  'END OF TEXT',
  'END OF TRANSMISSION',
  'ENQUIRY',
  'ACKNOWLEDGE',
  'BELL',
  'BACKSPACE',
  'CHARACTER TABULATION',
  'LINE FEED',
  'LINE TABULATION',
  'FORM FEED',
  'CARRIAGE RETURN',
  'SHIFT OUT',
  'SHIFT IN',
  'DATA LINK ESCAPE',
  'DEVICE CONTROL ONE',
  'DEVICE CONTROL TWO',
  'DEVICE CONTROL THREE',
  'DEVICE CONTROL FOUR',
  'NEGATIVE ACKNOWLEDGE',
  'SYNCHRONOUS IDLE',
  'END OF TRANSMISSION BLOCK',
  'CANCEL',
  'END OF MEDIUM',
  'SUBSTITUTE',
  'ESCAPE',
  'INFORMATION SEPARATOR FOUR',
  'INFORMATION SEPARATOR THREE',
  'INFORMATION SEPARATOR TWO',
  'INFORMATION SEPARATOR ONE',
];

/** The refused characters that have a name of their own. */
const NAMED: ReadonlyMap<number, [string, Kind]> = new Map([
  [0x7f, ['DELETE', CONTROL]],
  [0xad, ['SOFT HYPHEN', INVISIBLE]],
  [0x061c, ['ARABIC LETTER MARK', BIDI]],
  [0x180e, ['MONGOLIAN VOWEL SEPARATOR', INVISIBLE]],
  [0x200b, ['ZERO WIDTH SPACE', INVISIBLE]],
  [0x200e, ['LEFT-TO-RIGHT MARK', BIDI]],
  [0x200f, ['RIGHT-TO-LEFT MARK', BIDI]],
  [0x2028, ['LINE SEPARATOR', SEPARATOR]],
  [0x2029, ['PARAGRAPH SEPARATOR', SEPARATOR]],
  [0x202a, ['LEFT-TO-RIGHT EMBEDDING', BIDI]],
  [0x202b, ['RIGHT-TO-LEFT EMBEDDING', BIDI]],
  [0x202c, ['POP DIRECTIONAL FORMATTING', BIDI]],
  [0x202d, ['LEFT-TO-RIGHT OVERRIDE', BIDI]],
  [0x202e, ['RIGHT-TO-LEFT OVERRIDE', BIDI]],
  [0x2060, ['WORD JOINER', INVISIBLE]],
  [0x2061, ['FUNCTION APPLICATION', INVISIBLE]],
  [0x2062, ['INVISIBLE TIMES', INVISIBLE]],
  [0x2063, ['INVISIBLE SEPARATOR', INVISIBLE]],
  [0x2064, ['INVISIBLE PLUS', INVISIBLE]],
  [0x2066, ['LEFT-TO-RIGHT ISOLATE', BIDI]],
  [0x2067, ['RIGHT-TO-LEFT ISOLATE', BIDI]],
  [0x2068, ['FIRST STRONG ISOLATE', BIDI]],
  [0x2069, ['POP DIRECTIONAL ISOLATE', BIDI]],
  [0xfeff, ['ZERO WIDTH NO-BREAK SPACE (byte order mark)', INVISIBLE]],
  [0xfff9, ['INTERLINEAR ANNOTATION ANCHOR', INVISIBLE]],
  [0xfffa, ['INTERLINEAR ANNOTATION SEPARATOR', INVISIBLE]],
  [0xfffb, ['INTERLINEAR ANNOTATION TERMINATOR', INVISIBLE]],
  [0xfffc, ['OBJECT REPLACEMENT CHARACTER', LOST]],
  [0xfffd, ['REPLACEMENT CHARACTER', LOST]],
  [0x034f, ['COMBINING GRAPHEME JOINER', INVISIBLE]],
  [0x115f, ['HANGUL CHOSEONG FILLER', BLANK]],
  [0x1160, ['HANGUL JUNGSEONG FILLER', BLANK]],
  [0x3164, ['HANGUL FILLER', BLANK]],
  [0xffa0, ['HALFWIDTH HANGUL FILLER', BLANK]],
]);

/**
 * Every refused character (with the `u` flag a lone surrogate is a code point of its own): the list
 * above; every other format character (general category Cf: invisible, e.g. U+206A–206F, U+0600–0605)
 * but the joiners and the tag characters of a flag emoji (after U+1F3F4 or one another); the blank
 * Hangul fillers and the combining grapheme joiner; and a second variation selector on one character
 * (one selects a form; a run of them can carry hidden data).
 */
const REFUSED = new RegExp(
  [
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
    // biome-ignore lint/suspicious/noMisleadingCharacterClass: each character is refused on its own
    /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u180E\u200B\u200E\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\u3164\uD800-\uDFFF\uE000-\uF8FF\uFDD0-\uFDEF\uFEFF\uFFA0\uFFF9-\uFFFD\uFFFE\uFFFF\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{3FFFE}\u{3FFFF}\u{F0000}-\u{10FFFF}]/u
      .source,
    // biome-ignore lint/suspicious/noMisleadingCharacterClass: the joiners are matched on their own
    /(?![\u200C\u200D\u{E0020}-\u{E007F}])\p{Cf}/u.source,
    /(?<![\u{1F3F4}\u{E0020}-\u{E007F}])[\u{E0020}-\u{E007F}]/u.source,
    /(?<=[\uFE00-\uFE0F\u{E0100}-\u{E01EF}])[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u.source,
  ].join('|'),
  'u',
);
const REFUSED_ALL = new RegExp(REFUSED.source, 'gu');

/** A refused character found in a text. */
export interface RefusedCharacter {
  /** Its index in the text (UTF-16 code units, as String.prototype.indexOf counts). */
  index: number;
  /** `U+202E RIGHT-TO-LEFT OVERRIDE (an invisible character that …)`. */
  description: string;
  /** What to do about it. */
  fix: string;
}

/** U+XXXX, at least four hex digits. */
export const codePointLabel = (codePoint: number) =>
  `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

/** The name and kind of a refused character that has no name of its own. */
function nameOf(codePoint: number): [string, Kind] {
  const char = String.fromCodePoint(codePoint);
  if (codePoint < 0x20) return [C0[codePoint] ?? 'CONTROL', CONTROL];
  if (codePoint < 0xa0) return ['C1 CONTROL', CONTROL];
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return ['LONE SURROGATE', LOST];
  if ((codePoint & 0xfffe) === 0xfffe || (codePoint >= 0xfdd0 && codePoint <= 0xfdef))
    return ['NONCHARACTER', PRIVATE];
  if (codePoint >= 0xe0020 && codePoint <= 0xe007f)
    return ['TAG CHARACTER (outside a flag emoji)', INVISIBLE];
  if (/[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u.test(char))
    return ['VARIATION SELECTOR (a second one on one character)', INVISIBLE];
  if (/\p{Cf}/u.test(char)) return ['FORMAT CHARACTER', INVISIBLE];
  return ['PRIVATE USE', PRIVATE];
}

function describe(codePoint: number): { description: string; fix: string } {
  const [name, kind] = NAMED.get(codePoint) ?? nameOf(codePoint);
  return { description: `${codePointLabel(codePoint)} ${name} (${kind.what})`, fix: kind.fix };
}

/**
 * The refused characters of the Basic Multilingual Plane and every surrogate (a pair is an emoji as often
 * as not): tested first, as a regular expression without the `u` flag runs three times faster.
 */
const MAYBE_REFUSED =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\uD800-\uDFFF\uE000-\uF8FF\uFDD0-\uFDEF\uFEFF\uFFF9-\uFFFF]/;
/**
 * The rest, tested apart: in one class with the above, V8 scans Vietnamese text seven times slower
 * (75 ms against 18 ms for 2,000 articles).
 */
const MAYBE_REFUSED_TOO =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: each character is tested on its own
  /[\u034F\u0600-\u0605\u06DD\u070F\u08E2\u115F\u1160\u200C\u200D\u2065\u206A-\u206F\u3164\uFE00-\uFE0F\uFFA0]/;

/** True when the text holds a refused character: the quick test before {@link refusedCharacters}. */
export const hasRefusedCharacter = (text: string) =>
  (MAYBE_REFUSED.test(text) || MAYBE_REFUSED_TOO.test(text)) && REFUSED.test(text);

/** The text with each refused character replaced by U+FFFD: for output, behind validation. */
export const replaceRefused = (text: string) =>
  hasRefusedCharacter(text) ? text.replace(REFUSED_ALL, '\uFFFD') : text;

/**
 * The refused characters of a text, in order.
 * @example refusedCharacters('Đại\u202Ehội')[0] // => { index: 3, description: 'U+202E RIGHT-TO-LEFT OVERRIDE (…)', fix: 'delete it' }
 */
export function refusedCharacters(text: string): RefusedCharacter[] {
  const out: RefusedCharacter[] = [];
  for (const m of text.matchAll(REFUSED_ALL)) {
    const codePoint = m[0].codePointAt(0) ?? 0;
    out.push({ index: m.index, ...describe(codePoint) });
  }
  return out;
}

/**
 * The refused characters of a file read: in every text of its front matter (or registry) and in its
 * body, each located at the character itself; a text with several is reported once, at the first, with
 * how many more it holds.
 */
export function characterProblems(read: ReadFile): Problem[] {
  const problems: Problem[] = [];
  const report = (found: RefusedCharacter[], at: Position, field: string, escaped = false) => {
    const [first] = found;
    if (!first) return;
    const message = messages.RefusedCharacter(
      first.description,
      at.column,
      first.fix,
      found.length - 1,
      escaped,
    );
    problems.push(problemAt('RefusedCharacter', read.file, message, at.line, at.column, field));
  };
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string') {
      if (!hasRefusedCharacter(value)) return;
      const found = refusedCharacters(value);
      const first = found[0] as RefusedCharacter;
      const char = String.fromCodePoint(value.codePointAt(first.index) ?? 0);
      const nth = value.slice(0, first.index).split(char).length - 1;
      const at = read.locateCharacter(path, char, nth);
      report(found, at ?? read.locate(path), formatPath(path), at === undefined);
    } else if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) visit(item, [...path, i]);
    } else if (value !== null && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) {
        // A refused character in a key: "unknown field" would print it, invisible, beside its look-alike.
        if (hasRefusedCharacter(key)) {
          const found = refusedCharacters(key);
          const at = read.locate([...path, key], 'key');
          const column = at.column + (found[0]?.index ?? 0);
          report(found, { line: at.line, column }, formatPath([...path, key]));
        }
        visit(item, [...path, key]);
      }
  };
  // A value can hold a refused character only if the YAML does, as such or as an escape (`"\u202E"`).
  if (hasRefusedCharacter(read.text) || read.text.includes('\\')) visit(read.data, []);
  if (!read.bodyEmpty) {
    const columnAt = (line: number, column: number) => read.columnAt(line, column);
    problems.push(...rawCharacterProblems(read.file, read.body, read.bodyLine, 'body', columnAt));
    problems.push(...referenceProblems(read.file, read.body, read.bodyLine, columnAt));
  }
  return problems;
}

/** A column of a file's line as written, from a column of its normalized text (ReadFile.columnAt). */
type ColumnAt = (line: number, column: number) => number;

/** An HTML character reference, which Markdown decodes: `&#x202E;`, `&#8238;`, `&shy;`. */
const REFERENCE = /&(?:#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]{1,31});/g;

/**
 * The character references of a body that stand for refused characters (`&#x202E;`, `&shy;`, `&#0;`,
 * which HTML reads as U+FFFD): the renderer would decode them into the page, the feeds and the API.
 */
function referenceProblems(file: string, body: string, firstLine: number, columnAt: ColumnAt): Problem[] {
  if (!body.includes('&')) return [];
  const problems: Problem[] = [];
  body.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(REFERENCE)) {
      const decoded = decodeHTMLStrict(m[0]);
      const first = decoded === m[0] ? undefined : refusedCharacters(decoded)[0];
      if (!first) continue;
      const column = columnAt(firstLine + i, m.index + 1);
      const message = messages.RefusedReference(m[0], first.description, column, first.fix);
      problems.push(problemAt('RefusedCharacter', file, message, firstLine + i, column, 'body'));
      break;
    }
  });
  return problems;
}

/**
 * The refused characters of a text as written in a file from `firstLine` on, reported line by line
 * (each line is a place an editor goes to): for a body, and for front matter the YAML parsers refuse
 * to read because of them.
 */
export function rawCharacterProblems(
  file: string,
  text: string,
  firstLine: number,
  field = '',
  columnAt: ColumnAt = (_, column) => column,
): Problem[] {
  if (!hasRefusedCharacter(text)) return [];
  const problems: Problem[] = [];
  text.split('\n').forEach((line, i) => {
    const found = refusedCharacters(line);
    const first = found[0];
    if (!first) return;
    const column = columnAt(firstLine + i, first.index + 1);
    const message = messages.RefusedCharacter(first.description, column, first.fix, found.length - 1, false);
    problems.push(problemAt('RefusedCharacter', file, message, firstLine + i, column, field));
  });
  return problems;
}
