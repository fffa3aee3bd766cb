import { BODY_LIMITS } from '../../src/content/body-limits.ts';

/**
 * Bodies that make Markdown renderers slow or crash, each in two forms. `refused(size)` is past a limit
 * of src/content/body-limits.ts: validation must refuse it, naming the line. `block` is one block of
 * lines just inside every limit; `atLimit(size)` repeats it, between blank lines, to the size: it must be
 * accepted and render in time linear in its size. For `npm run bench:render` and the build tests.
 */
export interface HostileBody {
  name: string;
  refused?: (size: number) => string;
  block: string;
}

const { depth, emphasisMarks: marks, blockLines, wordCharacters: word } = BODY_LIMITS;
/** `unit` repeated to about `size` characters. */
const fill = (unit: string, size: number) => unit.repeat(Math.max(1, Math.floor(size / unit.length)));
/** Words of `unit` repeated, each just under the longest word, to about `size` characters. */
const words = (unit: string, size: number) => fill(`${fill(unit, word - unit.length)} `, size);
const PROSE = 'Đại hội Đảng bộ Sở Thông tin và Truyền thông lần thứ IV, nhiệm kỳ 2020-2025. ';

export const HOSTILE_BODIES: readonly HostileBody[] = [
  { name: 'plain prose (the reference)', block: fill(PROSE, 1500) },
  {
    name: 'nested quotes > > >',
    refused: (n) => `${'> '.repeat(n / 2)}x`,
    block: `${'> '.repeat(depth)}x ${PROSE}`,
  },
  {
    name: 'nested lists - - -',
    refused: (n) => `${'- '.repeat(n / 2)}x`,
    block: `${'- '.repeat(depth)}x ${PROSE}`,
  },
  {
    name: 'a ladder of indented list items',
    refused: (n) =>
      Array.from({ length: Math.floor(Math.sqrt(n)) }, (_, i) => `${' '.repeat(i * 2)}- x`).join('\n'),
    block: Array.from({ length: depth / 2 }, (_, i) => `${' '.repeat(i * 2)}- ${PROSE}`).join('\n'),
  },
  {
    name: 'small blocks of quotes in lists >- >-',
    refused: (n) => fill(`${'>- '.repeat(depth)}x\nb\n\n`, n),
    block: `${'>- '.repeat(depth / 2)}x\n${PROSE}`,
  },
  { name: 'runs of __a', refused: (n) => fill('__a', n), block: '__a '.repeat(marks) },
  { name: 'runs of _a', refused: (n) => fill('_a', n), block: '_a '.repeat(marks) },
  { name: 'runs of *a', refused: (n) => fill('*a', n), block: '*a '.repeat(marks) },
  { name: 'one long snake_case token', refused: (n) => fill('a_', n), block: 'a_'.repeat(word / 2) },
  {
    name: 'nested emphasis ***a***',
    refused: (n) => `${'*'.repeat(n / 2)}a${'*'.repeat(n / 2)}`,
    block: `${'*'.repeat(word / 2 - 1)}a${'*'.repeat(word / 2)}`,
  },
  { name: 'strike ~a~ ~', refused: (n) => fill('~a~ ~', n), block: '~a~ ~'.repeat(marks / 3) },
  {
    name: 'lazy lines after a list item',
    refused: (n) => `- a\n${'b\n'.repeat(n / 2)}`,
    block: `- a\n${'b\n'.repeat(blockLines - 2)}`,
  },
  {
    name: 'an e-mail of dots a.a.a@',
    refused: (n) => `${fill('a.', n)}@`,
    block: words('a.', 18_000).replace(/ /g, '@ '),
  },
  {
    name: 'a web address of parentheses',
    refused: (n) => `www.a.b/${')'.repeat(n)}`,
    block: fill(`www.a.b/${')'.repeat(word - 20)} `, 18_000),
  },
  { name: 'open tags <a <a', refused: (n) => `<div>\n${fill('<a ', n)}`, block: '<a '.repeat(marks) },
  { name: 'open comments <!--', refused: (n) => fill('<!--', n), block: '<!-- '.repeat(marks) },
  { name: 'processing instructions <?', refused: (n) => fill('a <?', n), block: 'a <?'.repeat(marks) },
  {
    name: 'a fence that is not one, then __a',
    refused: (n) => `\`\`\`a\`\n\n${fill('__a', n)}`,
    block: `\`\`\`a\`\n\n${'__a '.repeat(marks)}`,
  },
  {
    name: 'blocks joined by em spaces',
    refused: (n) => fill(`${'__a '.repeat(450)}\n\u2003\n`, n),
    block: `${'__a '.repeat(450)}\n\u2003\n${'__a '.repeat(450)}`,
  },
  { name: 'a base64 paste', block: words('QmFuIENo4bqlcCBow6BuaCDEkOG6o25nIGLhu5kgU+G7nw+/', 18_000) },
  { name: 'open brackets [[[', block: words('[', 18_000) },
  { name: 'links without an end [a](', block: words('[a](', 18_000) },
  { name: 'backticks `a', block: words('`a', 18_000) },
  { name: 'table cells a|', block: `${fill('a|', 1900)}\n${fill('-|', 1900)}\n${fill('a|', 1900)}` },
  { name: 'character references &#', block: words('&#', 18_000) },
  { name: 'link definitions', block: `${'[a]: /b\n'.repeat(blockLines - 2)}[a]` },
];

/** A body of the block repeated between blank lines, to about `size` characters. */
export const atLimit = (body: HostileBody, size: number) => fill(`${body.block}\n\n`, size);
