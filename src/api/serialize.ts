/**
 * How an API document becomes its file's text: checked against its API schema, then serialized as
 * two-space JSON, every string NFC, safe to inline in a `<script>` element.
 */
import { z } from 'zod';
import { scriptSafeJson } from '../render/escape.ts';
import { API_SCHEMAS, type ApiDocumentName } from './schema.ts';

/**
 * Serializes an API document: two-space JSON, a final newline, every string NFC.
 * `<`, `>`, U+2028 and U+2029 are written as `\u` escapes, so a document can be inlined in an HTML
 * `<script>` element as is (`</script>` in a title cannot end it); JSON.parse gives the same text back.
 */
export function serializeJson(value: unknown): string {
  // Normalizing the whole text equals normalizing each string: JSON's own characters are ASCII
  // punctuation that no combining mark composes with (`<` and `>` only occur inside strings).
  const json = JSON.stringify(value, null, 2).normalize('NFC');
  return `${scriptSafeJson(json)}\n`;
}

/**
 * Throws when a built document (or, `at` its path, a part of one) does not match its API schema: a bug
 * in the builders, caught before publishing.
 */
export function checked<T>(
  name: ApiDocumentName,
  schema: z.ZodType<T>,
  doc: T,
  where: string = name,
  at: readonly PropertyKey[] = [],
): T {
  const result = schema.safeParse(doc);
  if (!result.success) {
    const issues = result.error.issues
      .map((i) => `  ${[...at, ...i.path].map(String).join('.') || '-'}: ${i.message}`)
      .join('\n');
    throw new Error(`API document ${where} does not match ${API_SCHEMAS[name].file}:\n${issues}`);
  }
  return doc;
}

/** Items of a listing checked and serialized at a time: a short piece of work between two writes. */
const ITEMS_PER_PIECE = 200;
const MARK = 'bantin:items';

/**
 * A document checked and serialized in pieces that, joined, are its serializeJson text byte for byte:
 * a listing (a document whose one property is the array of its items: articles.json, officials.json,
 * indicators.json, tens of megabytes at 10,000 articles) item by item, so that its writer never holds
 * the whole text and can let other work in between pieces; any other document in one piece.
 */
export function* documentPieces<T>(
  name: ApiDocumentName,
  schema: z.ZodType<T>,
  doc: T,
  where: string = name,
): Generator<string> {
  const [key, ...others] = Object.keys(doc as object);
  const items = key === undefined || others.length > 0 ? undefined : (doc as Record<string, unknown>)[key];
  const field = key === undefined || !(schema instanceof z.ZodObject) ? undefined : schema.shape[key];
  if (key === undefined || !Array.isArray(items) || items.length === 0 || !(field instanceof z.ZodArray)) {
    yield serializeJson(checked(name, schema, doc, where));
    return;
  }
  checked(name, schema, { [key]: [] } as T, where); // the document but its items
  // The text around the items: `{\n  "key": [` and `  ]\n}\n`.
  const [head, tail] = serializeJson({ [key]: [MARK] }).split(`\n    "${MARK}"\n`);
  yield `${head}\n`;
  for (let i = 0; i < items.length; i += ITEMS_PER_PIECE) {
    const piece = items.slice(i, i + ITEMS_PER_PIECE);
    // Array.from, not map: a hole is an item too (serialized as null, as JSON.stringify does).
    const text = Array.from(piece, (item, k) => {
      checked(name, field.element as z.ZodType, item, where, [key, i + k]);
      // At the depth of the items: four spaces before each line.
      return `    ${serializeJson(item).slice(0, -1).replaceAll('\n', '\n    ')}`;
    });
    yield `${text.join(',\n')}${i + ITEMS_PER_PIECE < items.length ? ',' : ''}\n`;
  }
  yield tail ?? '';
}
