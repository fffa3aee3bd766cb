import { escapeHtml, scriptSafeJson } from '../../src/render/escape.ts';

/**
 * The only way templates make HTML: a tagged template that escapes every interpolated value,
 * unless it is already `Html` (from `html` itself, or `raw` for the sanitized article body).
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export { escapeHtml };

type Value = Html | string | number | boolean | null | undefined | readonly Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false || value === true) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** html`<p>${text}</p>`: text is escaped; nested html`` and arrays of them are kept. */
export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i] as Value) + (strings[i + 1] ?? '');
  return new Html(out);
}

/** Marks HTML as safe. Only for the sanitized article body and serialized JSON-LD. */
export function raw(trusted: string): Html {
  return new Html(trusted);
}

/** JSON for a `<script type="application/ld+json">` block (see scriptSafeJson). */
export function jsonForScript(data: unknown): Html {
  return new Html(scriptSafeJson(JSON.stringify(data)));
}
