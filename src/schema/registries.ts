import { z } from 'zod';

/** The two languages bantin publishes in; Vietnamese is the original. */
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A registry key: lowercase ASCII words joined by hyphens, e.g. `bac-ninh`. */
export const keySchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase ASCII words joined by hyphens, e.g. bac-ninh')
  .meta({ description: 'Lowercase ASCII words joined by hyphens.' });

const text = z.string().trim().min(1, 'must not be empty');

/** A label in both languages. */
export const labelSchema = z.strictObject({
  /** Vietnamese label. */
  vi: text.meta({ description: 'Vietnamese label.' }),
  /** English label. */
  en: text.meta({ description: 'English label.' }),
});
export type Label = z.infer<typeof labelSchema>;

export const REGIONS = [
  'northern-midlands-and-mountains',
  'red-river-delta',
  'north-central-and-central-coast',
  'central-highlands',
  'southeast',
  'mekong-delta',
] as const;

export const regionSchema = z.strictObject({
  slug: z.enum(REGIONS),
  name: labelSchema,
});

/** A provincial-level unit after the 2025 merger (34 of them). */
export const successorSchema = z.strictObject({
  /** Key of the unit. */
  slug: keySchema,
  /** Its name in Vietnamese and English. */
  name: labelSchema,
  /** `city` for centrally run cities, `province` otherwise. */
  kind: z.enum(['province', 'city']),
});

/** A province or centrally run city as it was in 2020 (63 of them). */
export const provinceSchema = z.strictObject({
  /** Key used by articles' `province` field. */
  slug: keySchema,
  /** Its name in Vietnamese and English. */
  name: labelSchema,
  /** `city` for centrally run cities, `province` otherwise. */
  kind: z.enum(['province', 'city']),
  /** Socio-economic region. */
  region: z.enum(REGIONS),
  /** The unit it belongs to since the merger of 1 July 2025 (a key of `successors`). */
  successor: keySchema,
});

export const provincesFileSchema = z.strictObject({
  /** Where the merger mapping comes from. */
  source: text,
  regions: z.array(regionSchema).min(1),
  /** The 34 units in force from 1 July 2025. */
  successors: z.array(successorSchema).min(1),
  /** The 63 provinces and cities of 2020. */
  provinces: z.array(provinceSchema).min(1),
});
export type ProvincesFile = z.infer<typeof provincesFileSchema>;
export type Province = z.infer<typeof provinceSchema>;
export type Successor = z.infer<typeof successorSchema>;
export type Region = z.infer<typeof regionSchema>;

/** Units a target can be measured in. */
export const UNITS = ['percent', 'people', 'years', 'rank', 'count'] as const;
export type Unit = (typeof UNITS)[number];

export const indicatorSchema = z.strictObject({
  /** Key used by a target's `indicator` field. */
  key: keySchema,
  /** What is measured, in Vietnamese and English. */
  label: labelSchema,
  /** The unit every target of this indicator is stated in. */
  unit: z.enum(UNITS),
  /** `higher` when a bigger value is better (most), `lower` when smaller is better (a rank). */
  better: z.enum(['higher', 'lower']),
  /**
   * Vietnamese phrasings `npm run import` recognizes a target of this indicator by, e.g.
   * "dịch vụ công trực tuyến … mức độ 4" (an ellipsis lets other words stand between the parts).
   */
  match: z.array(text).min(1).optional().meta({
    description:
      'Vietnamese phrasings npm run import recognizes this indicator by; "…" lets other words stand between two parts.',
  }),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const indicatorsFileSchema = z.strictObject({
  units: z.strictObject(
    Object.fromEntries(UNITS.map((u) => [u, labelSchema])) as Record<Unit, typeof labelSchema>,
  ),
  indicators: z.array(indicatorSchema).min(1),
});
export type IndicatorsFile = z.infer<typeof indicatorsFileSchema>;

export const roleSchema = z.strictObject({
  /** Key used by `officialsElected[].role`. */
  key: keySchema,
  /** The title of the post in Vietnamese and English. */
  label: labelSchema,
  /** Order in which roles are listed (secretary first). */
  rank: z.number().int().min(0),
});
export type Role = z.infer<typeof roleSchema>;
export const rolesFileSchema = z.strictObject({ roles: z.array(roleSchema).min(1) });

export const tagSchema = z.strictObject({
  /** Key used by an article's `tags`. */
  key: keySchema,
  label: labelSchema,
});
export type Tag = z.infer<typeof tagSchema>;
export const tagsFileSchema = z.strictObject({ tags: z.array(tagSchema).min(1) });

/** The keys an article may reference, taken from the registries. */
export interface RegistryKeys {
  provinces: readonly string[];
  indicators: readonly string[];
  roles: readonly string[];
  tags: readonly string[];
}
