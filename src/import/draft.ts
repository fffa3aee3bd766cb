import { stringify } from 'yaml';
import type { Imported } from './parse-portal.ts';

/**
 * A draft vi.md from imported facts: what was extracted as YAML, every gap as a YAML comment naming
 * the field and why it is missing, `draft: true`, then the body paragraphs.
 */
export function draftMarkdown(imported: Imported): string {
  const { paragraphs, gaps, ...facts } = imported;
  const data: Record<string, unknown> = {
    title: facts.title ?? 'Tiêu đề',
    summary: facts.title ? `${facts.title}.` : 'Tóm tắt',
    eventType: facts.eventType ?? 'other',
    province: facts.province,
    publishedAt: facts.publishedAt,
    eventDate: facts.eventDate,
    views: facts.views,
    author: facts.author,
    organization: 'Sở Thông tin và Truyền thông',
    organizationType: 'department',
    congress:
      facts.congress && facts.congress.ordinal !== undefined && facts.congress.term !== undefined
        ? facts.congress
        : undefined,
    officialsElected: facts.officialsElected,
    photos: facts.photos,
    tags: [],
    draft: true,
  };
  for (const key of Object.keys(data)) if (data[key] === undefined) delete data[key];
  const notes = gaps.map((g) => `#   ${g.field}: ${g.reason}`).join('\n');
  return `---
# yaml-language-server: $schema=../../schema/article-vi.schema.json
# Imported from portal text by \`npm run import\`. Check every value against the source.
# Not filled in (the importer was not sure; it never guesses):
${notes}
${stringify(data, { lineWidth: 0 }).trimEnd()}
---

${paragraphs.join('\n\n')}
`;
}
