import type { Registries } from '../content/store.ts';
import { didYouMean } from '../content/suggest.ts';
import { EVENT_TYPES, ORGANIZATION_TYPES } from '../schema/article.ts';
import { parsePublishedAt } from '../schema/dates.ts';
import { articleId } from './article-id.ts';

/** What an editor gives to start an article. */
export interface NewArticleInput {
  province: string;
  title: string;
  /** `YYYY-MM-DD` or `YYYY-MM-DD HH:mm`, Vietnam time. */
  publishedAt: string;
  eventType: string;
  organization?: string;
  organizationType?: string;
}

export type NewArticle = { id: string; text: string } | { problems: string[] };

const DEFAULT_ORGANIZATION: Record<string, { name: string; type: (typeof ORGANIZATION_TYPES)[number] }> = {
  congress: { name: 'Đảng bộ Sở Thông tin và Truyền thông', type: 'party-committee' },
  'working-session': { name: 'Sở Thông tin và Truyền thông', type: 'department' },
  conference: { name: 'Sở Thông tin và Truyền thông', type: 'department' },
  other: { name: 'Sở Thông tin và Truyền thông', type: 'department' },
};

const quote = (s: string) => JSON.stringify(s);

/**
 * Builds a draft vi.md that passes validation as it is: the schema line, every required field,
 * `draft: true`, and a body to replace. Every input is checked first; all problems are returned.
 */
export function newArticle(input: NewArticleInput, registries: Registries, now = new Date()): NewArticle {
  const problems: string[] = [];
  const title = input.title.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!title) problems.push('--title: give the headline');
  if (!registries.provinces.has(input.province)) {
    problems.push(
      `--province: unknown province "${input.province}"${didYouMean(input.province, registries.provinces.keys())}; use a slug of content/provinces.yaml`,
    );
  }
  if (!(EVENT_TYPES as readonly string[]).includes(input.eventType)) {
    problems.push(`--type: "${input.eventType}" is not an event type; use one of ${EVENT_TYPES.join(', ')}`);
  }
  const published = parsePublishedAt(input.publishedAt.trim());
  if ('problem' in published) problems.push(`--date: ${published.problem}`);
  else if (published.epochMs > now.getTime()) problems.push(`--date: ${published.iso} is in the future`);
  const fallback = DEFAULT_ORGANIZATION[input.eventType] ?? DEFAULT_ORGANIZATION.other;
  const organizationType = input.organizationType ?? fallback?.type ?? 'department';
  if (!(ORGANIZATION_TYPES as readonly string[]).includes(organizationType)) {
    problems.push(
      `--organization-type: "${organizationType}" is not one of ${ORGANIZATION_TYPES.join(', ')}`,
    );
  }
  if (problems.length > 0 || 'problem' in published) return { problems };

  const id = articleId(published.date.slice(0, 7), input.province, title);
  const organization = input.organization?.trim() || fallback?.name || 'Sở Thông tin và Truyền thông';
  const text = `---
# yaml-language-server: $schema=../../schema/article-vi.schema.json
# Draft made by \`npm run new\`. Fill in what the source says, nothing more; leave out what it does not.
# Field reference: content/schema/article-vi.schema.json. Remove "draft: true" to publish.
title: ${quote(title)}
summary: ${quote(`${title}.`)}
eventType: ${input.eventType}
province: ${input.province}
publishedAt: ${input.publishedAt.trim()}
# eventDate: ${published.date}
# views: 0
# author: ""
organization: ${quote(organization)}
organizationType: ${organizationType}
tags: []
draft: true
---

Nội dung bài viết.
`;
  return { id, text };
}
