import { z } from 'zod';
import { siteUrlSchema } from '../schema/web-url.ts';

/**
 * Settings of one site language. (Where each language is served, Vietnamese at `/` and English at
 * `/en/`, is part of the site's addresses, src/site/urls.ts, not a setting.)
 */
const languageSchema = z.strictObject({
  /** Site title in this language. */
  title: z.string().min(1),
  /** One-line description for feeds and search engines. */
  description: z.string().min(1),
});

/** The typed, validated site settings (site.config.ts). */
export const siteConfigSchema = z.strictObject({
  /** Absolute URL the site is served from, without a trailing slash. Used in feeds, sitemap, canonical links. */
  baseUrl: siteUrlSchema
    .refine(
      (u) => !URL.canParse(u) || !/[?#]/.test(new URL(u).href),
      'write the site address without a ?query or #fragment',
    )
    // As browsers write it (invisible characters in the path percent-encoded), without the final slash.
    .transform((u) => (URL.canParse(u) ? new URL(u).href : u).replace(/\/+$/, '')),
  languages: z.strictObject({ vi: languageSchema, en: languageSchema }),
  /** Articles per listing page. */
  pageSize: z.number().int().min(1).max(200),
  /** Articles in a feed. */
  feedSize: z.number().int().min(1).max(500),
  /**
   * Most articles per language in one part of the search index (src/search/parts.ts): every search
   * consults every part; smaller parts search faster and cost a little more to download.
   */
  searchPartPages: z.number().int().min(1),
});

export type SiteConfigInput = z.input<typeof siteConfigSchema>;
export type SiteConfig = z.output<typeof siteConfigSchema>;

export const defaults: SiteConfigInput = {
  baseUrl: 'http://localhost:8080',
  languages: {
    vi: {
      title: 'Bản tin Sở Thông tin và Truyền thông',
      description:
        'Tin Đại hội Đảng, làm việc và hội nghị của các Sở Thông tin và Truyền thông tỉnh, thành phố.',
    },
    en: {
      title: 'Departments of Information and Communications news',
      description:
        'Party congresses, working sessions and conferences of the provincial Departments of Information and Communications of Vietnam.',
    },
  },
  pageSize: 20,
  feedSize: 50,
  searchPartPages: 2500,
};

/**
 * Merges settings over the defaults and validates them; throws a readable message on bad settings.
 * @param overrides the settings that differ from the defaults
 */
export function defineSiteConfig(overrides: Partial<SiteConfigInput> = {}): SiteConfig {
  const merged = { ...defaults, ...overrides, languages: { ...defaults.languages, ...overrides.languages } };
  const result = siteConfigSchema.safeParse(merged);
  if (!result.success) {
    const lines = result.error.issues.map(
      (i) => `  site.config.ts  ${i.path.join('.') || '-'}  ${i.message}`,
    );
    throw new Error(`site.config.ts has invalid settings:\n${lines.join('\n')}`);
  }
  return result.data;
}
