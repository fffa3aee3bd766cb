import jsYaml from 'js-yaml';

/**
 * A fast reader for the small part of YAML that front matter is written in, giving exactly what
 * `jsYaml.load(text, { schema: CORE_SCHEMA })` gives, or `undefined` when the text uses anything else
 * (the caller then hands it to js-yaml, which reads it or reports why it cannot).
 *
 * Read here: a block mapping at the top; block mappings and block sequences below it, with sequence items
 * that are scalars or mappings starting on the item's line; flow sequences and flow mappings of scalars
 * on one line (`[a, b]`, `{ min: 20, max: 25 }`); plain scalars on one line (resolved to null, booleans,
 * integers and floats by js-yaml's own core-schema types, so timestamps stay strings); single- and
 * double-quoted scalars on one line; comments and blank lines.
 *
 * Left to js-yaml, whatever else they are: anchors, aliases, tags, block scalars (`|`, `>`), scalars over
 * several lines, explicit keys (`?`), empty sequence items, keys that are quoted or not plain words,
 * duplicate keys, tabs, carriage returns, control and non-printable characters, byte order marks,
 * surrogates (emoji), documents markers, directives, and any indentation this reader does not expect.
 * Nothing here ever builds anything but plain objects, arrays, strings, numbers, booleans and null.
 */
export function parseSimpleYaml(text: string): Record<string, unknown> | undefined {
  if (!implicitTypes || UNHANDLED_CHARACTERS.test(text)) return undefined;
  src = text;
  try {
    nextLine(0);
    if (atEnd || indent !== 0) return undefined;
    const data = parseMapping(0, 0);
    return atEnd ? data : undefined;
  } catch (error) {
    if (error === BAIL) return undefined;
    throw error;
  } finally {
    src = '';
  }
}

interface ImplicitType {
  resolve(data: string): boolean;
  construct(data: string): unknown;
}

/**
 * The types js-yaml tries, in its order, on a plain scalar of the core schema (null, bool, int, float).
 * Taken from js-yaml itself so that a scalar means the same to both readers; when a future js-yaml keeps
 * them elsewhere, every file goes to js-yaml.
 */
const implicitTypes: readonly ImplicitType[] | undefined = (() => {
  const list = (jsYaml.CORE_SCHEMA as unknown as { compiledImplicit?: unknown }).compiledImplicit;
  if (!Array.isArray(list) || list.length === 0) return undefined;
  const valid = list.every(
    (t: Partial<ImplicitType> | null) =>
      typeof t?.resolve === 'function' && typeof t.construct === 'function',
  );
  return valid ? (list as ImplicitType[]) : undefined;
})();

/**
 * Characters this reader leaves to js-yaml: tab, CR and the other C0 and C1 controls, DEL, surrogates,
 * line and paragraph separators, BOM, U+FFFE and U+FFFF.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNHANDLED_CHARACTERS = /[\x00-\x09\x0B-\x1F\x7F-\x9F\uD800-\uDFFF\u2028\u2029\uFEFF\uFFFE\uFFFF]/;

/** Thrown (never outside this module) when the text is not one this reader handles. */
const BAIL = Symbol('not simple YAML');
const bail = (): never => {
  throw BAIL;
};

/** Deeper than this, js-yaml is left to apply its own limit. */
const MAX_DEPTH = 40;

// The text being read, and the current line: where it starts, its indentation, where its content
// starts (indentation skipped) and where it ends (its line feed, or the end of the text). Module state
// rather than an object: this runs for every file and is kept free of allocations.
let src = '';
let atEnd = false;
let lineStart = 0;
let indent = 0;
let content = 0;
let lineEnd = 0;
/** The deepest indentation of the comment lines skipped by the last nextLine (-1 when none). */
let skippedComment = -1;
/** Where the last quoted or flow value ended. */
let after = 0;

const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const COMMA = 0x2c;

/** Moves to the first line from `from` on that is neither blank nor a comment. */
function nextLine(from: number): void {
  skippedComment = -1;
  const length = src.length;
  while (from < length) {
    let end = src.indexOf('\n', from);
    if (end === -1) end = length;
    let i = from;
    while (src.charCodeAt(i) === SPACE) i++;
    if (i === end || src.charCodeAt(i) === HASH) {
      if (i !== end && i - from > skippedComment) skippedComment = i - from;
      from = end + 1;
      continue;
    }
    atEnd = false;
    lineStart = from;
    indent = i - from;
    content = i;
    lineEnd = end;
    return;
  }
  atEnd = true;
  indent = -1;
}

/** After a value written on its line: the next line must not be indented deeper (a continuation). */
function afterInlineValue(parentIndent: number): void {
  nextLine(lineEnd + 1);
  if (skippedComment > parentIndent || (!atEnd && indent > parentIndent)) bail();
}

const isDash = (at: number) =>
  src.charCodeAt(at) === DASH && (at + 1 === lineEnd || src.charCodeAt(at + 1) === SPACE);

/**
 * Where the `:` of a key written as a plain word (`title:`, `officialsElected:`) is, or -1.
 * The colon must be followed by a space or the end of the line; `key:value` is a scalar, not a key.
 */
function keyColon(at: number, end: number): number {
  let c = src.charCodeAt(at);
  if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a))) return -1;
  let i = at + 1;
  for (; i < end; i++) {
    c = src.charCodeAt(i);
    if (
      !(
        (c >= 0x61 && c <= 0x7a) ||
        (c >= 0x41 && c <= 0x5a) ||
        (c >= 0x30 && c <= 0x39) ||
        c === DASH ||
        c === 0x5f
      )
    )
      break;
  }
  if (i >= end || c !== COLON) return -1;
  if (i + 1 < end && src.charCodeAt(i + 1) !== SPACE) return -1;
  return i;
}

/**
 * A key as js-yaml stores it: the plain scalar resolved, then made a string (`True:` is "true").
 * A key already there is left to js-yaml, which reports it; so is a key that objects inherit
 * (`constructor:`), which this check cannot tell from one already there.
 */
function keyOf(at: number, colon: number, map: Record<string, unknown>): string {
  const key = keyText(at, colon);
  if (map[key] !== undefined) bail();
  return key;
}

/**
 * Keys seen before, by length and first and last characters: the few dozen field names come back in
 * every file, and reusing the same string spares a copy and a hash for each key of each file.
 */
const knownKeys = new Map<number, string>();

function keyText(at: number, colon: number): string {
  const length = colon - at;
  const signature = (length << 16) | (src.charCodeAt(at) << 8) | (src.charCodeAt(colon - 1) & 0xff);
  const known = knownKeys.get(signature);
  if (known !== undefined && known.length === length && src.startsWith(known, at)) return known;
  const raw = src.slice(at, colon);
  // A word can resolve only to null or a boolean, and only when it starts with one of nNtTfF.
  const key = MAY_RESOLVE[src.charCodeAt(at)] === 1 ? String(resolvePlain(raw)) : raw;
  if (key === raw && knownKeys.size < 1024) knownKeys.set(signature, key);
  return key;
}

/** First characters of the strings a core-schema type can resolve: `-+.0-9~` and `nNtTfF`. */
const MAY_RESOLVE = new Uint8Array(128);
for (const c of '-+.0123456789~nNtTfF') MAY_RESOLVE[c.charCodeAt(0)] = 1;

/** A plain scalar, resolved as js-yaml does: the first core-schema type that accepts it, else a string. */
function resolvePlain(text: string): unknown {
  const c = text.charCodeAt(0);
  if (c < 128 && MAY_RESOLVE[c] === 1) {
    for (const type of implicitTypes as readonly ImplicitType[]) {
      if (type.resolve(text)) return type.construct(text);
    }
  }
  return text;
}

/** A block mapping whose keys are at column `mapIndent`; the current line holds its first key at `content`. */
function parseMapping(mapIndent: number, depth: number): Record<string, unknown> {
  if (depth > MAX_DEPTH) bail();
  const map: Record<string, unknown> = {};
  for (;;) {
    const colon = keyColon(content, lineEnd);
    if (colon < 0) bail();
    const key = keyOf(content, colon, map);
    let v = colon + 1;
    while (src.charCodeAt(v) === SPACE) v++;
    if (v >= lineEnd || src.charCodeAt(v) === HASH) {
      // Nothing on the key's line: a block below it, or null.
      nextLine(lineEnd + 1);
      if (atEnd) map[key] = null;
      else if (indent > mapIndent)
        map[key] = isDash(content) ? parseSequence(indent, depth + 1) : parseMapping(indent, depth + 1);
      else if (indent === mapIndent && isDash(content)) map[key] = parseSequence(indent, depth + 1);
      else map[key] = null;
    } else {
      map[key] = parseInline(v, lineEnd, depth);
      afterInlineValue(mapIndent);
    }
    if (atEnd || indent < mapIndent) return map;
    if (indent > mapIndent) bail();
  }
}

/** A block sequence whose dashes are at column `seqIndent`; the current line holds its first item. */
function parseSequence(seqIndent: number, depth: number): unknown[] {
  if (depth > MAX_DEPTH) bail();
  const list: unknown[] = [];
  while (!atEnd && indent === seqIndent && isDash(content)) {
    let v = content + 1;
    while (src.charCodeAt(v) === SPACE) v++;
    if (v >= lineEnd || src.charCodeAt(v) === HASH) bail(); // an empty item, or one on the lines below
    if (keyColon(v, lineEnd) >= 0) {
      // `- name: …`: a mapping whose keys are at the column of its first key.
      indent = v - lineStart;
      content = v;
      list.push(parseMapping(indent, depth + 1));
    } else {
      list.push(parseInline(v, lineEnd, depth));
      afterInlineValue(seqIndent);
    }
    if (!atEnd && indent > seqIndent) bail();
  }
  return list;
}

/** A value written after its key or dash, up to the end of the line. */
function parseInline(at: number, end: number, depth: number): unknown {
  const c = src.charCodeAt(at);
  let value: unknown;
  if (c === DQUOTE) value = readDoubleQuoted(at, end);
  else if (c === SQUOTE) value = readSingleQuoted(at, end);
  else if (c === 0x5b || c === 0x7b) value = readFlow(at, end, depth + 1);
  else return readPlain(at, end);
  // Only spaces and a comment may follow a quoted or flow value.
  let i = after;
  while (src.charCodeAt(i) === SPACE) i++;
  if (i < end && !(src.charCodeAt(i) === HASH && i > after)) bail();
  return value;
}

/**
 * Characters that cannot start a plain scalar, or that this reader does not take there:
 * flow indicators, `#&*!|>'"%@` and backquote, and `?` and `:`.
 */
const NOT_PLAIN_START = new Uint8Array(128);
for (const c of ' ,[]{}#&*!|>\'"%@`?:') NOT_PLAIN_START[c.charCodeAt(0)] = 1;

/** A plain scalar in block context: to the end of the line or to ` #`; `: ` inside is left to js-yaml. */
function readPlain(at: number, end: number): unknown {
  const c = src.charCodeAt(at);
  if (c < 128 && NOT_PLAIN_START[c] === 1) bail();
  if (c === DASH && (at + 1 === end || src.charCodeAt(at + 1) === SPACE)) bail();
  let text = src.slice(at, end);
  const comment = text.indexOf(' #');
  if (comment !== -1) text = text.slice(0, comment);
  if (text.includes(': ') || text.charCodeAt(text.length - 1) === COLON) bail();
  // YAML trims spaces only (String.prototype.trimEnd would also take U+3000, U+FEFF and the like).
  let stop = text.length;
  while (text.charCodeAt(stop - 1) === SPACE) stop--;
  return resolvePlain(stop === text.length ? text : text.slice(0, stop));
}

/** `[a, b]` or `{ k: v }` on one line, of scalars only; sets `after`. */
function readFlow(at: number, end: number, depth: number): unknown {
  if (depth > MAX_DEPTH) bail();
  const isMap = src.charCodeAt(at) === 0x7b;
  const close = isMap ? 0x7d : 0x5d;
  const map: Record<string, unknown> = {};
  const list: unknown[] = [];
  let i = at + 1;
  while (src.charCodeAt(i) === SPACE) i++;
  if (src.charCodeAt(i) === close) {
    after = i + 1;
    return isMap ? map : list;
  }
  for (;;) {
    if (isMap) {
      const colon = keyColon(i, end);
      if (colon < 0 || colon + 1 >= end) bail(); // `{ key: value }` entries only
      const key = keyOf(i, colon, map);
      i = colon + 1;
      while (src.charCodeAt(i) === SPACE) i++;
      map[key] = readFlowScalar(i, end);
    } else {
      list.push(readFlowScalar(i, end));
    }
    i = after;
    while (src.charCodeAt(i) === SPACE) i++;
    const c = src.charCodeAt(i);
    if (i < end && c === close) {
      after = i + 1;
      return isMap ? map : list;
    }
    if (i >= end || c !== COMMA) bail();
    i++;
    while (src.charCodeAt(i) === SPACE) i++;
  }
}

/** After a dash, what makes it an indicator rather than the start of a plain scalar, in a flow collection. */
const FLOW_DASH_END = new Set([SPACE, COMMA, 0x5b, 0x5d, 0x7b, 0x7d]);

/** A scalar inside a flow collection, ending before `,`, `]` or `}`; sets `after`. */
function readFlowScalar(at: number, end: number): unknown {
  const c = src.charCodeAt(at);
  if (c === DQUOTE) return readDoubleQuoted(at, end);
  if (c === SQUOTE) return readSingleQuoted(at, end);
  if (at >= end || (c < 128 && NOT_PLAIN_START[c] === 1)) bail();
  if (c === DASH && (at + 1 === end || FLOW_DASH_END.has(src.charCodeAt(at + 1)))) bail();
  let i = at;
  for (; i < end; i++) {
    const ch = src.charCodeAt(i);
    if (ch === COMMA || ch === 0x5d || ch === 0x7d) break;
    // Keys inside sequences, comments and nested collections are left to js-yaml.
    if (ch === COLON || ch === HASH || ch === 0x5b || ch === 0x7b) bail();
  }
  after = i;
  let stop = i;
  while (src.charCodeAt(stop - 1) === SPACE) stop--;
  return resolvePlain(src.slice(at, stop));
}

/** `'…'` on one line (`''` is a quote); sets `after`. */
function readSingleQuoted(at: number, end: number): string {
  let out = '';
  let segment = at + 1;
  for (let i = at + 1; i < end; i++) {
    if (src.charCodeAt(i) !== SQUOTE) continue;
    if (src.charCodeAt(i + 1) === SQUOTE) {
      out += src.slice(segment, i + 1);
      segment = i + 2;
      i++;
      continue;
    }
    after = i + 1;
    return out + src.slice(segment, i);
  }
  return bail();
}

/** The one-character escapes of double-quoted YAML scalars. */
const ESCAPES: Record<string, string> = {
  '0': '\x00',
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};
const HEX_DIGITS: Record<string, number> = { x: 2, u: 4, U: 8 };

/** `"…"` on one line, with its escapes; sets `after`. */
function readDoubleQuoted(at: number, end: number): string {
  const close = src.indexOf('"', at + 1);
  if (close !== -1 && close < end) {
    const text = src.slice(at + 1, close);
    if (!text.includes('\\')) {
      after = close + 1;
      return text;
    }
  }
  let out = '';
  let segment = at + 1;
  for (let i = at + 1; i < end; i++) {
    const c = src.charCodeAt(i);
    if (c === DQUOTE) {
      after = i + 1;
      return out + src.slice(segment, i);
    }
    if (c !== 0x5c) continue;
    out += src.slice(segment, i);
    if (i + 1 >= end) bail(); // an escaped line break
    const e = src.charAt(i + 1);
    const simple = ESCAPES[e];
    if (simple !== undefined) {
      out += simple;
      i += 1;
    } else {
      const digits = HEX_DIGITS[e];
      if (digits === undefined) bail();
      const hex = src.slice(i + 2, i + 2 + (digits as number));
      if (hex.length !== digits || i + 2 + hex.length > end || !/^[0-9a-fA-F]+$/.test(hex)) bail();
      const code = Number.parseInt(hex, 16);
      if (code > 0x10ffff) bail();
      out += String.fromCodePoint(code);
      i += 1 + hex.length;
    }
    segment = i + 1;
  }
  return bail();
}
