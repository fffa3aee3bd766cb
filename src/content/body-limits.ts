import { messages } from './messages.ts';
import { type Problem, type ProblemCode, problemAt } from './problems.ts';
import type { ReadFile } from './read.ts';

/**
 * Limits on an article body that keep rendering it fast and safe. The Markdown renderer (marked)
 * recurses once per level of quotes and lists (its stack runs out near 1,250 levels), and in several of
 * its rules scans the rest of a block for every mark that might open something, which takes time that
 * grows with the square of the block: 6,700 `__a` in one paragraph took 0.6 s and 27,000 took 9.6 s;
 * 25,000 characters of `~a~ ~` 1.7 s (strikethrough is no longer read: src/render/markdown.ts); a list item followed by 12,500 lazy lines 0.7 s; a 25,000-character
 * word of `a.` before an `@` 0.7 s. The limits bound each block (lines between blank lines), so that the
 * time of a body grows with its size only. Real articles stay far below every limit; a body above one is
 * refused by validation with the line and the fix, and never reaches the renderer.
 */
export const BODY_LIMITS = {
  /** Characters in a body: about 30,000 words; the longest article in the repository has 1,600. */
  characters: 200_000,
  /**
   * Levels of quotes and lists on one line: a level per marker, and per two columns of indentation
   * before a marker (a list item's content starts two columns in).
   */
  depth: 8,
  /**
   * Levels of quotes and lists summed over the lines of a body: marked's cost grows with each line's
   * depth (11,000 small blocks 8 levels deep took 3.5 s); a list of 2,000 items is 2,000.
   */
  nesting: 20_000,
  /** Characters in one block of lines (a paragraph, a list, a quote, a table): about 3,000 words. */
  blockCharacters: 20_000,
  /** Lines in one block. */
  blockLines: 1_000,
  /** Runs of `*` or `_`, and `<`, in one block (unescaped): the marks the renderer looks for an end of. */
  emphasisMarks: 1_000,
  /** Characters in one word (between spaces): the longest web address is about 2,000. */
  wordCharacters: 2_000,
} as const;

/** A body over a limit: where (line of the body, from 1; column) and which limit. */
export interface BodyLimitBreach {
  line: number;
  column: number;
  limit: keyof typeof BODY_LIMITS;
  /** The body's figure: its characters, the line's depth, the block's characters, lines or marks. */
  found: number;
}

/** The quote and list markers a line opens with, and the indentation before and between them. */
const CONTAINERS = /^(?:[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*[ \t]*/;
/** What a line that opens a quote or a list (or is indented) starts with. */
const OPENS_CONTAINER = /^[ \t>*+\-\d]/;
/** A thematic break (`- - -`, `***`): markers that open no list. */
const BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
/** A blank line as the renderer reads it: spaces and tabs only (other white space is text to it). */
const BLANK = /^[ \t]*$/;
/** An escape (`\\*`, which is no mark), or a run of one of the marks (`____` is one run, as the renderer reads it). */
const MARKS = /\\[\s\S]|\*+|_+|</g;
const ANY_MARK = /[\\*_<]/;
/** The words of a line (what lies between spaces and tabs). */
const WORDS = /[^ \t]+/g;

/** The first word of a line longer than the limit: where it starts, and its length. */
function longWord(line: string): { index: number; length: number } | undefined {
  if (line.length <= BODY_LIMITS.wordCharacters) return undefined;
  for (const m of line.matchAll(WORDS))
    if (m[0].length > BODY_LIMITS.wordCharacters) return { index: m.index, length: m[0].length };
  return undefined;
}

/**
 * The depth of a line's quotes and lists: a level per marker, and per two columns of indentation before
 * a marker (indentation alone opens nothing).
 */
function depthOf(line: string): number {
  if (!OPENS_CONTAINER.test(line) || BREAK.test(line)) return 0;
  const lead = CONTAINERS.exec(line)?.[0] ?? '';
  let markers = 0;
  let levels = 0;
  let columns = 0;
  for (const c of lead) {
    if (c === ' ') columns++;
    else if (c === '\t') columns += 4 - (columns % 4);
    else if (c === '>' || c === '-' || c === '+' || c === '*' || c === '.' || c === ')') {
      // Indentation before a marker nests it in the list item above: a level per two columns.
      levels += Math.floor(columns / 2);
      columns = 0;
      markers++;
    }
  }
  return markers === 0 ? 0 : markers + levels;
}

/**
 * Where a body breaks a limit of {@link BODY_LIMITS}, in order: each limit at most once per block of
 * lines (a block ends at a line of spaces and tabs only, as the renderer reads it), the nesting summed
 * over the body once.
 * @example bodyLimitBreaches('> '.repeat(40) + 'x') // => [{ line: 1, column: 1, limit: 'depth', found: 40 }]
 */
export function bodyLimitBreaches(body: string): BodyLimitBreach[] {
  if (body.length > BODY_LIMITS.characters)
    return [{ line: 1, column: 1, limit: 'characters', found: body.length }];
  const breaches: BodyLimitBreach[] = [];
  let block = { characters: 0, lines: 0, marks: 0 };
  const reported = new Set<keyof typeof BODY_LIMITS>();
  let nesting = 0;
  const breach = (limit: keyof typeof BODY_LIMITS, line: number, column: number, found: number) => {
    if (reported.has(limit)) return;
    reported.add(limit);
    breaches.push({ line, column, limit, found });
  };
  body.split('\n').forEach((text, i) => {
    const line = i + 1;
    if (BLANK.test(text)) {
      block = { characters: 0, lines: 0, marks: 0 };
      // The limits of a block are reported again in the next; the body's nesting is not.
      for (const limit of reported) if (limit !== 'nesting') reported.delete(limit);
      return;
    }
    block.lines++;
    block.characters += text.length + 1;
    if (block.lines > BODY_LIMITS.blockLines) breach('blockLines', line, 1, block.lines);
    if (block.characters > BODY_LIMITS.blockCharacters) breach('blockCharacters', line, 1, block.characters);
    const depth = depthOf(text);
    if (depth > BODY_LIMITS.depth) breach('depth', line, 1, depth);
    nesting += depth;
    if (nesting > BODY_LIMITS.nesting) breach('nesting', line, 1, nesting);
    const word = longWord(text);
    if (word) breach('wordCharacters', line, word.index + 1, word.length);
    // Escapes and runs of marks, found by a regular expression (most lines have none).
    if (!ANY_MARK.test(text)) return;
    for (const m of text.matchAll(MARKS)) {
      if (m[0][0] === '\\') continue;
      if (++block.marks > BODY_LIMITS.emphasisMarks) breach('emphasisMarks', line, m.index + 1, block.marks);
    }
  });
  return breaches;
}

const L = BODY_LIMITS;
/** The problem each limit's breach is. */
const PROBLEMS: Record<keyof typeof BODY_LIMITS, { code: ProblemCode; message: (found: number) => string }> =
  {
    characters: { code: 'BodyTooLong', message: (n) => messages.BodyTooLong(n, L.characters) },
    depth: { code: 'NestingTooDeep', message: (n) => messages.NestingTooDeep(n, L.depth) },
    nesting: { code: 'NestingTooDeep', message: (n) => messages.TooMuchNesting(n, L.nesting) },
    blockCharacters: {
      code: 'BlockTooLong',
      message: (n) => messages.BlockTooLong(n, L.blockCharacters, 'characters'),
    },
    blockLines: { code: 'BlockTooLong', message: (n) => messages.BlockTooLong(n, L.blockLines, 'lines') },
    emphasisMarks: {
      code: 'TooManyEmphasisMarks',
      message: (n) => messages.TooManyEmphasisMarks(n, L.emphasisMarks),
    },
    wordCharacters: { code: 'WordTooLong', message: (n) => messages.WordTooLong(n, L.wordCharacters) },
  };

/** The breaches of a file's body as problems, at their line and column of the file. */
export function bodyLimitProblems(read: ReadFile): Problem[] {
  if (read.bodyEmpty) return [];
  return bodyLimitBreaches(read.body).map(({ line, column, limit, found }) => {
    const { code, message } = PROBLEMS[limit];
    const at = read.bodyLine + line - 1;
    return problemAt(code, read.file, message(found), at, read.columnAt(at, column), 'body');
  });
}
