import { CST, Parser } from 'yaml';

/** A quote or bracket that opens a YAML value: where, and what it is called in a message. */
export interface Opener {
  offset: number;
  what: string;
}

const NAMES: Record<string, string> = {
  'double-quoted-scalar': 'the double quote (")',
  'single-quoted-scalar': "the single quote (')",
  '[': 'the bracket [',
  '{': 'the brace {',
};

/**
 * The innermost quoted value or flow collection (`[…]`, `{…}`) of a YAML text that opened before
 * `offset` and does not close before it: where a syntax error the parser noticed at `offset` started.
 * An unclosed quote on line 2 is noticed at the end of the file; the editor needs line 2.
 * @example openerOf('title: "Đại hội\nviews: 3\n', 24) // => { offset: 7, what: 'the double quote (")' }
 */
export function openerOf(text: string, offset: number): Opener | undefined {
  let found: Opener | undefined;
  const consider = (opener: Opener) => {
    if (opener.offset < offset && (!found || opener.offset > found.offset)) found = opener;
  };
  for (const token of new Parser().parse(text)) {
    if (token.type !== 'document') continue;
    CST.visit(token, (item) => {
      const value = item.value;
      if (!value) return;
      if (value.type === 'double-quoted-scalar' || value.type === 'single-quoted-scalar') {
        const quote = value.source[0];
        const closed = value.source.length > 1 && value.source.endsWith(quote ?? '');
        if (!closed || value.offset + value.source.length >= offset)
          consider({ offset: value.offset, what: NAMES[value.type] ?? 'the quote' });
      } else if (value.type === 'flow-collection') {
        const close = value.end.find((t) => t.type === 'flow-seq-end' || t.type === 'flow-map-end');
        if (!close || close.offset >= offset)
          consider({ offset: value.start.offset, what: NAMES[value.start.source] ?? 'the bracket' });
      }
    });
  }
  return found;
}
