import { Document, isMap, isScalar } from 'yaml';
import type { Imported } from './parse-portal.ts';

/**
 * A draft vi.md from imported facts: what was extracted as YAML (a value whose year was inferred carries
 * a comment saying from what), every gap as a YAML comment naming the field and why it is missing,
 * the source's fingerprint (so the same text is not imported twice), `draft: true`, then the body.
 */

/** Required fields the text did not give: a placeholder keeps the draft valid, and a comment says so. */
const PLACEHOLDERS = {
  title: 'Tiêu đề',
  summary: 'Tóm tắt',
  eventType: 'other',
  organization: 'Sở Thông tin và Truyền thông',
  organizationType: 'department',
} as const;

export function draftMarkdown(imported: Imported, source: { name: string; fingerprint: string }): string {
  const { paragraphs, gaps, notes, ...facts } = imported;
  const placeholders: string[] = [];
  const orPlaceholder = <K extends keyof typeof PLACEHOLDERS>(key: K, value: string | undefined) => {
    if (value !== undefined) return value;
    placeholders.push(key);
    return PLACEHOLDERS[key];
  };
  const data: Record<string, unknown> = {
    title: orPlaceholder('title', facts.title),
    summary: facts.title ? `${facts.title}.` : orPlaceholder('summary', undefined),
    eventType: orPlaceholder('eventType', facts.eventType),
    province: facts.province,
    publishedAt: facts.publishedAt,
    eventDate: facts.eventDate,
    views: facts.views,
    author: facts.author,
    organization: orPlaceholder('organization', facts.organization),
    organizationType: orPlaceholder('organizationType', facts.organizationType),
    venue: facts.venue,
    congress:
      facts.congress && facts.congress.ordinal !== undefined && facts.congress.term !== undefined
        ? facts.congress
        : undefined,
    officialsElected: facts.officialsElected,
    targets: facts.targets,
    photos: facts.photos,
    tags: [],
    draft: true,
  };
  for (const key of Object.keys(data)) if (data[key] === undefined) delete data[key];
  const doc = new Document(data);
  const comments: Record<string, string[]> = {};
  const comment = (field: string, text: string) => {
    comments[field] = [...(comments[field] ?? []), text];
  };
  for (const { field, note } of notes) comment(field, note);
  for (const key of placeholders)
    comment(key, 'Not found in the text: a placeholder so the draft validates; replace it.');
  if (isMap(doc.contents))
    for (const pair of doc.contents.items)
      if (isScalar(pair.key) && comments[String(pair.key.value)])
        pair.key.commentBefore = comments[String(pair.key.value)]?.map((c) => ` ${c}`).join('\n');
  const notFilled = gaps.map((g) => `#   ${g.field}: ${g.reason}`.replace(/\n/g, ' ')).join('\n');
  return `---
# yaml-language-server: $schema=../../schema/article-vi.schema.json
# Imported from portal text by \`npm run import\`. Check every value against the source.
# import-source: ${source.name.replace(/\n/g, ' ')} ${source.fingerprint}
# Not filled in (the importer was not sure; it never guesses):
${notFilled || '#   (nothing)'}
${doc.toString({ lineWidth: 0 }).trimEnd()}
---

${paragraphs.join('\n\n')}
`;
}
