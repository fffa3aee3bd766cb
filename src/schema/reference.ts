/**
 * The front-matter reference for editors, generated from the JSON Schema (itself generated from the
 * zod schemas), so it is never kept by hand.
 */
interface JsonSchema {
  type?: string | string[];
  description?: string;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  examples?: unknown[];
  pattern?: string;
  minimum?: number;
}

function typeOf(s: JsonSchema): string {
  if (s.enum)
    return s.enum.length > 8
      ? `one of ${s.enum.length} keys`
      : s.enum.map((v) => `\`${String(v)}\``).join(', ');
  if (s.anyOf) return s.anyOf.map(typeOf).join(' or ');
  if (s.type === 'array') return `list of ${s.items ? typeOf(s.items) : 'values'}`;
  if (s.type === 'integer') return 'whole number';
  if (s.type === 'object') return 'group of fields';
  return String(s.type ?? 'value');
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** One Markdown table row per field, nested fields as dotted paths (`congress.term`, `targets[].unit`). */
export function referenceTable(schema: JsonSchema): string {
  const rows: string[] = ['| field | required | value | what it is |', '|---|---|---|---|'];
  const walk = (s: JsonSchema, prefix: string) => {
    for (const [key, child] of Object.entries(s.properties ?? {})) {
      const name = `${prefix}${key}`;
      const required = s.required?.includes(key) ? 'yes' : '';
      const examples = child.examples?.length
        ? ` Example: \`${child.examples.map(String).join('`, `')}\`.`
        : '';
      rows.push(
        `| \`${name}\` | ${required} | ${cell(typeOf(child))} | ${cell(child.description ?? '')}${cell(examples)} |`,
      );
      if (child.properties) walk(child, `${name}.`);
      if (child.items?.properties) walk(child.items, `${name}[].`);
      for (const option of child.anyOf ?? []) if (option.properties) walk(option, `${name}.`);
    }
  };
  walk(schema, '');
  return rows.join('\n');
}
