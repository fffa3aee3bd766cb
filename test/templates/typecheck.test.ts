import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/project.ts';
import { bin, runCommand } from '../helpers/run.ts';

/** Type-checks one extra template file together with the repository's templates. */
async function typecheck(source: string): Promise<{ code: number; output: string }> {
  // Inside the repository so that imports and node_modules resolve as for a real template.
  const dir = await mkdtemp(path.join(REPO, 'templates', '.typecheck-'));
  try {
    await writeFile(path.join(dir, 'probe.ts'), source);
    await writeFile(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({ extends: path.join(REPO, 'tsconfig.json'), include: ['probe.ts'] }),
    );
    const { code, stdout } = await runCommand(bin('tsc'), [
      '--noEmit',
      '-p',
      path.join(dir, 'tsconfig.json'),
    ]);
    return { code, output: stdout };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('templates are type-checked against the view models', () => {
  it('passes a template that reads fields the view model has', async () => {
    const result = await typecheck(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholder is the template under test
      "import type { ArticlePage } from '../../src/site/pages/index.ts';\nimport { html } from '../_lib/html.ts';\nexport const t = (page: ArticlePage) => html`<h1>${page.title}</h1>`;\n",
    );
    expect(result).toEqual({ code: 0, output: '' });
  });

  it('fails on a template that reads a field that does not exist', async () => {
    const result = await typecheck(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholder is the template under test
      "import type { ArticlePage } from '../../src/site/pages/index.ts';\nimport { html } from '../_lib/html.ts';\nexport const t = (page: ArticlePage) => html`<h1>${page.headline}</h1>`;\n",
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(
      /probe\.ts\(3,\d+\): error TS2339: Property 'headline' does not exist on type 'ArticlePage'/,
    );
  });
});
