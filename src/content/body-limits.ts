import { errors } from './errors.ts';
import { type Problem, type ProblemCode, problemAt } from './problems.ts';
import type { ReadFile } from './read.ts';

/**
 * Limits on an article body that keep rendering it fast and safe. The Markdown renderer (marked)
 * recurses once per level of quotes and lists (its stack runs out near 1,250 levels), and scans for the
 * closing mark of every `*` and `_` of a paragraph, which takes time that grows with the square of their
 * number (6,700 `__a` in one paragraph: 0.6 s; 27,000: 9.6 s). Real articles stay far below every limit
 * here; a body above one is refused by validation with the line and the fix, and never reaches the renderer.
 */
export const BODY_LIMITS = {
  /** Characters in a body: about 80,000 words; the longest article in the repository has 1,600. */
  characters: 500_000,
  /** Levels of quotes and lists on one line, counting four spaces of indentation before them as a level. */
  depth: 16,
  /** Unescaped `*` and `_` in one paragraph (lines between blank lines), outside code. */
  emphasisMarks: 1_000,
} as const;

/** A body over a limit: where (line of the body, from 1; column) and which limit. */
export interface BodyLimitBreach {
  line: number;
  column: number;
  limit: keyof typeof BODY_LIMITS;
  /** The body's figure: its characters, the line's depth, or the paragraph's marks (counted up to the breach). */
  found: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** The quote and list markers a line opens with, and the indentation before and between them. */
const CONTAINERS = /^(?:[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*[ \t]*/;

/** The depth of a line's quotes and lists: a level per marker, and per four columns of indentation before them. */
function depthOf(line: string): number {
  const lead = CONTAINERS.exec(line)?.[0] ?? '';
  let columns = 0;
  let markers = 0;
  for (const c of lead) {
    if (c === '>' || c === '-' || c === '+' || c === '*' || c === '.' || c === ')') markers++;
    else if (markers > 0) continue;
    else if (c === ' ') columns++;
    else if (c === '\t') columns += 4;
  }
  return markers + Math.floor(columns / 4);
}

/**
 * Where a body breaks a limit of {@link BODY_LIMITS}, in order: each limit at most once per block of lines.
 * @example bodyLimitBreaches('> '.repeat(40) + 'x') // => [{ line: 1, column: 1, limit: 'depth', found: 40 }]
 */
export function bodyLimitBreaches(body: string): BodyLimitBreach[] {
  if (body.length > BODY_LIMITS.characters)
    return [{ line: 1, column: 1, limit: 'characters', found: body.length }];
  const breaches: BodyLimitBreach[] = [];
  let fence: string | undefined;
  // Counted per block of lines between blank lines (a paragraph, a list, a quote), each limit reported
  // once per block: at the first line too deep, at the mark over the limit.
  let marks = 0;
  let tooDeep = false;
  body.split('\n').forEach((line, i) => {
    const opening = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (opening?.startsWith(fence)) fence = undefined;
      return;
    }
    if (opening) {
      fence = opening;
      return;
    }
    if (line.trim() === '') {
      marks = 0;
      tooDeep = false;
      return;
    }
    const depth = depthOf(line);
    if (depth > BODY_LIMITS.depth) {
      if (!tooDeep) breaches.push({ line: i + 1, column: 1, limit: 'depth', found: depth });
      tooDeep = true;
      return;
    }
    for (let c = 0; c < line.length; c++) {
      const ch = line[c];
      if (ch === '\\') c++;
      else if ((ch === '*' || ch === '_') && ++marks === BODY_LIMITS.emphasisMarks + 1) {
        breaches.push({ line: i + 1, column: c + 1, limit: 'emphasisMarks', found: marks });
        break;
      }
    }
  });
  return breaches;
}

/** The kind of problem each limit's breach is. */
const CODES = {
  characters: 'BodyTooLong',
  depth: 'NestingTooDeep',
  emphasisMarks: 'TooManyEmphasisMarks',
} as const satisfies Record<keyof typeof BODY_LIMITS, ProblemCode>;

/** The breaches of a file's body as problems, at their line and column of the file. */
export function bodyLimitProblems(read: ReadFile): Problem[] {
  if (read.bodyEmpty) return [];
  return bodyLimitBreaches(read.body).map(({ line, column, limit, found }) => {
    const code = CODES[limit];
    const message = errors[code](found, BODY_LIMITS[limit]);
    return problemAt(code, read.file, message, read.bodyLine + line - 1, column, 'body');
  });
}
