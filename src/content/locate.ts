import {
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type LineCounter,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';

/** A 1-based line and column in a file. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Finds where a field sits in a YAML document, for nested keys and list items too.
 * Returns the position of the value (or, with `at: 'key'`, of its key). When the path does not exist
 * (a missing field), returns the position of the deepest part that does: the parent's key.
 */
export function locate(
  doc: Document,
  lines: LineCounter,
  path: readonly PropertyKey[],
  at: 'key' | 'value' = 'value',
): Position | undefined {
  let node: Node | null | undefined = doc.contents as Node | null;
  let lastKeyOffset: number | undefined;
  let lastOffset: number | undefined = node?.range?.[0];
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const isLast = i === path.length - 1;
    if (isMap(node)) {
      const pair = pairOf(node, seg);
      if (!pair) break;
      const keyNode = pair.key as Node;
      lastKeyOffset = keyNode.range?.[0];
      if (isLast && at === 'key') return toPosition(lines, lastKeyOffset);
      node = pair.value as Node | null;
      // A block list or map starts on the line after its key: the key is where an editor looks.
      lastOffset = isMap(node) || isSeq(node) ? lastKeyOffset : (node?.range?.[0] ?? lastKeyOffset);
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item) break;
      node = item;
      lastOffset = item.range?.[0];
      lastKeyOffset = lastOffset;
    } else {
      break;
    }
    if (isLast) return toPosition(lines, lastOffset);
  }
  if (path.length === 0) return toPosition(lines, lastOffset);
  // A top-level field that is missing has no better place than the start of the file.
  return toPosition(lines, lastKeyOffset);
}

/** The pair of a YAML mapping whose key is `key` (keys compared as text). */
function pairOf(map: YAMLMap, key: PropertyKey | undefined): Pair | undefined {
  return map.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
}

function toPosition(lines: LineCounter, offset: number | undefined): Position | undefined {
  if (offset === undefined) return undefined;
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

/**
 * Where a character of a field's value is written in the file: the `nth` occurrence (from 0) of `char`
 * in the source of the value at `path`. Undefined when the field is not there or the source does not
 * hold the character as such (it was written as an escape, `"\u202E"`).
 */
export function locateCharacter(
  doc: Document,
  lines: LineCounter,
  text: string,
  path: readonly PropertyKey[],
  char: string,
  nth: number,
): Position | undefined {
  let node: Node | null | undefined = doc.contents as Node | null;
  for (const seg of path) {
    if (isMap(node)) node = pairOf(node, seg)?.value as Node | null | undefined;
    else if (isSeq(node) && typeof seg === 'number') node = node.items[seg] as Node | undefined;
    else return undefined;
  }
  const [start, , end] = node?.range ?? [];
  if (start === undefined || end === undefined) return undefined;
  let at = start - 1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(char, at + 1);
    if (at === -1 || at >= end) return undefined;
  }
  return toPosition(lines, at);
}
