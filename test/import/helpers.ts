import path from 'node:path';
import type { Problem } from '../../src/content/problems.ts';
import { loadRegistries } from '../../src/content/registries.ts';
import type { Registries } from '../../src/content/store.ts';
import { REPO } from '../helpers/project.ts';

/** The repository's registries, as the importer reads them. */
export async function repoRegistries(): Promise<Registries> {
  const problems: Problem[] = [];
  const registries = await loadRegistries(REPO, path.join(REPO, 'content'), problems);
  if (!registries) throw new Error(problems.map((p) => p.message).join('\n'));
  return registries;
}

/** A raw portal article of a few lines: title, optional date line, paragraphs, byline. */
export function portalText(title: string, dateLine: string | undefined, ...paragraphs: string[]): string {
  return [
    title,
    '',
    ...(dateLine ? [dateLine, ''] : []),
    ...paragraphs.flatMap((p) => [p, '']),
    'Minh Anh',
  ].join('\n');
}
