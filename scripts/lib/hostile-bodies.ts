import { BODY_LIMITS } from '../../src/content/body-limits.ts';

/**
 * Bodies that make Markdown renderers slow or crash: each built to a size, in two forms. `refused` is
 * past a limit of src/content/body-limits.ts (validation must refuse it, naming the line); `atLimit`
 * stays just inside every limit, repeated to the size (it must be accepted and render in time linear
 * in its size). For `npm run bench:render` and the build tests.
 */
export interface HostileBody {
  name: string;
  refused?: (size: number) => string;
  atLimit: (size: number) => string;
}

/** `unit` repeated to about `size` characters. */
const fill = (unit: string, size: number) => unit.repeat(Math.max(1, Math.floor(size / unit.length)));
const { depth, emphasisMarks } = BODY_LIMITS;
const PROSE = 'Đại hội Đảng bộ Sở Thông tin và Truyền thông lần thứ IV, nhiệm kỳ 2020-2025. ';

export const HOSTILE_BODIES: readonly HostileBody[] = [
  { name: 'plain prose (the reference)', atLimit: (n) => fill(`${fill(PROSE, 600)}\n\n`, n) },
  {
    name: 'nested quotes > > >',
    refused: (n) => `${'> '.repeat(n / 2)}x`,
    atLimit: (n) => fill(`${'> '.repeat(depth)}x\n\n`, n),
  },
  {
    name: 'nested lists - - -',
    refused: (n) => `${'- '.repeat(n / 2)}x`,
    atLimit: (n) => fill(`${'- '.repeat(depth)}x\n\n`, n),
  },
  {
    name: 'a ladder of indented list items',
    refused: (n) =>
      Array.from({ length: Math.floor(Math.sqrt(n)) }, (_, i) => `${' '.repeat(i * 2)}- x`).join('\n'),
    atLimit: (n) =>
      fill(`${Array.from({ length: depth * 2 - 1 }, (_, i) => `${' '.repeat(i * 2)}- x`).join('\n')}\n\n`, n),
  },
  {
    name: 'runs of __a',
    refused: (n) => fill('__a', n),
    atLimit: (n) => fill(`${'__a'.repeat(emphasisMarks / 2)}\n\n`, n),
  },
  {
    name: 'runs of _a',
    refused: (n) => fill('_a', n),
    atLimit: (n) => fill(`${'_a'.repeat(emphasisMarks)}\n\n`, n),
  },
  {
    name: 'runs of *a',
    refused: (n) => fill('*a', n),
    atLimit: (n) => fill(`${'*a'.repeat(emphasisMarks)}\n\n`, n),
  },
  {
    name: 'one long snake_case token',
    refused: (n) => fill('a_', n),
    atLimit: (n) => fill(`${'a_'.repeat(emphasisMarks)}\n\n`, n),
  },
  {
    name: 'nested emphasis ***a***',
    refused: (n) => `${'*'.repeat(n / 2)}a${'*'.repeat(n / 2)}`,
    atLimit: (n) => fill(`${'*'.repeat(emphasisMarks / 2)}a${'*'.repeat(emphasisMarks / 2)}\n\n`, n),
  },
  { name: 'a base64 paste', atLimit: (n) => fill('QmFuIENo4bqlcCBow6BuaCDEkOG6o25nIGLhu5kgU+G7nw+/', n) },
  { name: 'open brackets [[[', atLimit: (n) => fill('[', n) },
  { name: 'links without an end [a](', atLimit: (n) => fill('[a](', n) },
  { name: 'backticks `a', atLimit: (n) => fill('`a', n) },
  { name: 'raw HTML <a', atLimit: (n) => fill('<a', n) },
  {
    name: 'table cells a|',
    atLimit: (n) => `${fill('a|', n / 3)}\n${fill('-|', n / 3)}\n${fill('a|', n / 3)}`,
  },
  { name: 'character references &#', atLimit: (n) => fill('&#', n) },
  { name: 'link definitions', atLimit: (n) => `${fill('[a]: /b\n', n)}[a]` },
];
