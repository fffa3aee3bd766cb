import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/content/problems.ts';
import { loadRegistries } from '../../src/content/registries.ts';
import { makeProject, REPO, removeProject } from '../helpers/project.ts';

/** content/indicators.yaml's `match` lists are checked like the rest of the registry. */
async function problemsWith(indicators: string): Promise<Problem[]> {
  const root = await makeProject({ 'content/indicators.yaml': indicators });
  try {
    const problems: Problem[] = [];
    await loadRegistries(root, path.join(root, 'content'), problems);
    return problems;
  } finally {
    await removeProject(root);
  }
}

const REAL = readFileSync(path.join(REPO, 'content', 'indicators.yaml'), 'utf8');

describe('indicators.yaml match phrases', () => {
  it('gives every indicator of the repository at least one phrase, and they load without problems', async () => {
    const problems: Problem[] = [];
    const registries = await loadRegistries(REPO, path.join(REPO, 'content'), problems);
    expect(problems).toEqual([]);
    for (const indicator of registries?.indicators.values() ?? [])
      expect(indicator.match?.length, indicator.key).toBeGreaterThan(0);
  });

  it('refuses a phrase two indicators claim, at the second one, case aside', async () => {
    const twice = REAL.replace(
      '      - điện thoại thông minh',
      '      - điện thoại thông minh\n      - Hồ sơ công việc',
    );
    const problems = await problemsWith(twice);
    expect(problems.map((p) => [p.code, p.field, p.message])).toEqual([
      [
        'RegistryInconsistent',
        expect.stringMatching(/^indicators\[\d+\]\.match\[1\]$/),
        'the phrase "Hồ sơ công việc" is also a match of indicator "documents-processed-online"; a phrase recognizes one indicator only: make it more specific or remove it from one of them',
      ],
    ]);
    expect(problems[0]?.line).toBe(twice.split('\n').indexOf('      - Hồ sơ công việc') + 1);
  });

  it('refuses an empty phrase and an empty list like any other text of the registry', async () => {
    const empty = await problemsWith(REAL.replace('      - điện thoại thông minh', '      - ""'));
    expect(empty.map((p) => p.code)).toEqual(['InvalidValue']);
    const none = await problemsWith(
      REAL.replace('    match:\n      - điện thoại thông minh', '    match: []'),
    );
    expect(none.map((p) => p.code)).toEqual(['InvalidValue']);
  });
});
