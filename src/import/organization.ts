import type { ORGANIZATION_TYPES } from '../schema/article.ts';
import { type Gap, gapReasons } from './gaps.ts';
import { capitalized } from './text.ts';

/**
 * The body that met or acted, as the text names it: "Đảng bộ Sở Thông tin và Truyền thông",
 * "Đảng bộ cơ sở Sở …", "Chi bộ Sở …", "Đảng ủy, Ban Giám đốc Sở …", "Sở …"; and what kind of body it is.
 */

export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

const BODY = '(?:Đảng bộ cơ sở|Đảng bộ|Đảng ủy|Đảng uỷ|Chi bộ|Ban Giám đốc)';
/** The department's name, up to "Truyền thông" (the province after it is a field of its own). */
const ORGANIZATION = new RegExp(
  `((?:${BODY}(?:,\\s*|\\s+và\\s+|\\s+))*)Sở\\s+(?:Thông tin và Truyền thông|TT&TT|TTTT)`,
  'iu',
);

/** What kind of body: a party cell, a grassroots party committee, a party committee, or the department. */
export function organizationTypeOf(name: string): OrganizationType {
  if (/Ban Giám đốc/i.test(name) || !/^(Đảng|Chi bộ)/i.test(name)) return 'department';
  if (/^Chi bộ/i.test(name)) return 'party-cell';
  if (/^Đảng bộ cơ sở/i.test(name)) return 'grassroots-party-committee';
  return 'party-committee';
}

/** The organization in the title, else in the first paragraph; a gap when neither names one. */
export function organizationOf(
  title: string | undefined,
  firstParagraph: string | undefined,
  gaps: Gap[],
): { organization?: string; organizationType?: OrganizationType } {
  for (const text of [title, firstParagraph]) {
    const m = text ? ORGANIZATION.exec(text) : null;
    if (!m) continue;
    const organization = capitalized(m[0].trim());
    return { organization, organizationType: organizationTypeOf(organization) };
  }
  gaps.push({ field: 'organization', reason: gapReasons.noOrganization() });
  return {};
}
