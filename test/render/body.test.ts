import { describe, expect, it } from 'vitest';
import { BodyRenderError, bodyPlainText, renderBody } from '../../src/render/body.ts';

describe('renderBody', () => {
  const where = { file: 'content/articles/a/vi.md', bodyLine: 33 };

  it('renders a body as renderMarkdown does', () => {
    expect(renderBody({ ...where, body: '**Đại hội**' })).toBe('<p><strong>Đại hội</strong></p>\n');
    expect(bodyPlainText({ ...where, body: '**Đại hội**' })).toBe('Đại hội');
  });

  it.each([
    ['renderBody', renderBody],
    ['bodyPlainText', bodyPlainText],
  ])('%s names the file and line of a body the renderer fails on, never a bare stack', (_, render) => {
    // Validation refuses this body (src/content/body-limits.ts); here it goes to the renderer directly.
    const body = `${'> '.repeat(5000)}x`;
    let error: unknown;
    try {
      render({ ...where, body });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BodyRenderError);
    expect((error as Error).message).toMatch(
      /^content\/articles\/a\/vi\.md:33:1 {2}body {2}could not be rendered \(Maximum call stack size exceeded\); simplify/,
    );
    expect((error as Error).cause).toBeInstanceOf(RangeError);
  });
});
