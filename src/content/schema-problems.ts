import type { z } from 'zod';
import { messages } from './messages.ts';
import { formatPath, type Problem, type ProblemCode, problemAtField } from './problems.ts';
import type { ReadFile } from './read.ts';
import { didYouMean } from './suggest.ts';

/** What the registry-backed fields reference, for "unknown province" rather than "invalid option". */
const REFERENCES: Record<string, { what: string; registry: string }> = {
  province: { what: 'province', registry: 'content/provinces.yaml' },
  role: { what: 'role', registry: 'content/roles.yaml' },
  indicator: { what: 'indicator', registry: 'content/indicators.yaml' },
  tags: { what: 'tag', registry: 'content/tags.yaml' },
};

type AnySchema = z.core.$ZodType;
interface Def {
  type: string;
  innerType?: AnySchema;
  in?: AnySchema;
  element?: AnySchema;
  shape?: Record<string, AnySchema>;
  options?: AnySchema[];
}
const defOf = (s: AnySchema) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The schema found at a path, looking through optional, default, pipes, arrays and unions. */
export function schemaAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  let cur: AnySchema | undefined = unwrap(schema);
  for (const seg of path) {
    if (!cur) return undefined;
    const def = defOf(cur);
    if (def.type === 'array' && typeof seg === 'number') cur = def.element && unwrap(def.element);
    else if (def.type === 'object' && def.shape)
      cur = def.shape[String(seg)] && unwrap(def.shape[String(seg)] as AnySchema);
    else return undefined;
  }
  return cur;
}

function unwrap(schema: AnySchema): AnySchema {
  let cur = schema;
  for (;;) {
    const def = defOf(cur);
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType)
      cur = def.innerType;
    else if (def.type === 'pipe' && def.in) cur = def.in;
    else if (def.type === 'union' && def.options) {
      const obj = def.options.map(unwrap).find((o) => defOf(o).type === 'object');
      if (!obj) return cur;
      cur = obj;
    } else return cur;
  }
}

/** The keys an object schema at `path` allows. */
export function keysAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  const s = schemaAt(schema, path);
  const def = s && defOf(s);
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return cur;
}

function describeValue(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  return typeof value;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
};

function description(schema: AnySchema, path: readonly PropertyKey[]): string | undefined {
  const s = schemaAt(schema, path);
  const meta = s
    ? (s as unknown as { meta?: () => { description?: string } | undefined }).meta?.()
    : undefined;
  return meta?.description;
}

/**
 * Turns zod's issues into located, editor-friendly problems.
 * @param schema the schema the data was checked against, to name allowed keys and describe fields
 * @param otherSchema for en.md: the vi.md schema, so a fact key is named as such rather than as unknown
 */
export function schemaProblems(
  issues: readonly z.core.$ZodIssue[],
  read: ReadFile,
  schema: AnySchema,
  otherSchema?: AnySchema,
): Problem[] {
  const problems: Problem[] = [];
  const push = (
    code: ProblemCode,
    path: readonly PropertyKey[],
    message: string,
    at: 'key' | 'value' = 'value',
  ) => {
    // zod may report one value twice (a URL of the wrong scheme also has no host name).
    if (problems.some((p) => p.field === formatPath(path) && p.message === message)) return;
    problems.push(problemAtField(read, code, path, message, at));
  };

  const missing = (path: readonly PropertyKey[]) => {
    const what = description(schema, path);
    push(
      'MissingField',
      path,
      messages.MissingField(formatPath(path), what ? `it: ${lowerFirst(what)}` : 'it'),
    );
  };

  for (const issue of issues) {
    const path = issue.path;
    const value = valueAt(read.data, path);
    const last = path[path.length - 1];
    const refKey = typeof last === 'number' ? path[path.length - 2] : last;
    switch (issue.code) {
      case 'unrecognized_keys': {
        const allowed = keysAt(schema, path);
        for (const key of issue.keys) {
          const keyPath = [...path, key];
          if (otherSchema && keysAt(otherSchema, path).includes(key)) {
            push('FactInTranslation', keyPath, messages.FactInTranslation(formatPath(keyPath)), 'key');
          } else {
            push('UnknownKey', keyPath, messages.UnknownKey(key, didYouMean(key, allowed)), 'key');
          }
        }
        break;
      }
      case 'invalid_type': {
        if (issue.expected === 'int' && typeof value === 'number') {
          push('InvalidValue', path, messages.NotWholeNumber(value));
        } else if (value === undefined) {
          missing(path);
        } else {
          const expected = EXPECTED[issue.expected] ?? issue.expected;
          const quotedNumber =
            issue.expected === 'number' && typeof value === 'string' && /^-?[\d.,]+$/.test(value.trim());
          push(
            'WrongType',
            path,
            messages.WrongType(
              expected,
              describeValue(value),
              quotedNumber ? '; write the number without quotes or separators' : '',
            ),
          );
        }
        break;
      }
      case 'invalid_value': {
        const ref = typeof refKey === 'string' ? REFERENCES[refKey] : undefined;
        const options = issue.values.map(String);
        if (value === undefined) {
          missing(path);
        } else if (ref && typeof value === 'string') {
          push(
            'UnknownReference',
            path,
            messages.UnknownReference(ref.what, value, ref.registry, didYouMean(value, options)),
          );
        } else {
          const list =
            options.length <= 8 ? options.map((o) => `"${o}"`).join(', ') : `the keys in its registry`;
          const suggestion = typeof value === 'string' ? didYouMean(value, options) : '';
          push('InvalidValue', path, messages.NotAllowed(describeValue(value), suggestion, list));
        }
        break;
      }
      case 'invalid_union': {
        const what = description(schema, path);
        push(
          'WrongType',
          path,
          messages.WrongType(what ? lowerFirst(what) : 'another kind of value', describeValue(value)),
        );
        break;
      }
      case 'too_small':
      case 'too_big': {
        if (issue.origin === 'string' && issue.code === 'too_small') {
          push('InvalidValue', path, messages.EmptyText());
        } else if (issue.origin === 'array' && issue.code === 'too_small') {
          push('InvalidValue', path, messages.EmptyList());
        } else {
          const bound = 'minimum' in issue ? issue.minimum : 'maximum' in issue ? issue.maximum : '';
          const rule = issue.code === 'too_small' ? `be ${bound} or more` : `be ${bound} or less`;
          push('InvalidValue', path, messages.OutOfRange(rule, describeValue(value)));
        }
        break;
      }
      case 'invalid_format':
        push('InvalidValue', path, messages.BadFormat(describeValue(value), issue.message));
        break;
      default: {
        // Custom refinements (dates, ranges) carry their own editor-facing message.
        const message = issue.message.startsWith('Invalid input')
          ? messages.NotValid(describeValue(value))
          : issue.message;
        push('InvalidValue', path, message);
      }
    }
  }
  return problems;
}

/** A field description used inside a sentence: first letter lowercased unless a proper noun leads. */
function lowerFirst(s: string): string {
  const text = s.replace(/\.$/, '');
  return /^(English|Vietnamese|Vietnam)\b/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}
