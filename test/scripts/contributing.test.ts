import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fill, generatedSections, SAMPLES } from '../../scripts/contributing.ts';
import { messages } from '../../src/content/messages.ts';
import { REPO } from '../helpers/project.ts';

describe('CONTRIBUTING.md', () => {
  it('has its front-matter reference and message examples generated from the schema (run npm run docs)', async () => {
    const text = readFileSync(path.join(REPO, 'CONTRIBUTING.md'), 'utf8');
    expect(text).toBe(fill(text, await generatedSections()));
  });

  it('shows an example of every message of the catalogue', () => {
    expect(new Set(SAMPLES.map(([, name]) => name))).toEqual(new Set(Object.keys(messages)));
  });

  it('documents every field of vi.md, nested ones included, Vietnamese before English', () => {
    const text = readFileSync(path.join(REPO, 'CONTRIBUTING.md'), 'utf8');
    for (const field of [
      'title',
      'province',
      'publishedAt',
      'congress.term',
      'congress.delegates.official',
      'officialsElected[].role',
      'targets[].value',
      'photos[].caption',
    ]) {
      expect(text).toContain(`| \`${field}\` |`);
    }
    expect(text.indexOf('## Tiếng Việt')).toBeLessThan(text.indexOf('## English'));
  });
});
