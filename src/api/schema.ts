import { z } from 'zod';
import { EVENT_TYPES, ORGANIZATION_TYPES } from '../schema/article.ts';
import { REGIONS, UNITS } from '../schema/registries.ts';
import { siteUrlSchema, WEB_URL_PATTERN } from '../schema/web-url.ts';

/**
 * The shapes of the documents of the JSON content API (`/api/v1/`), as zod schemas.
 * The TypeScript types of the documents are inferred from them, the builders are typed against them,
 * and the published JSON Schemas (`/api/v1/schema/api-*.schema.json`) are emitted from them.
 *
 * Conventions: every optional scalar is present and `null` when unknown, so consumers see one stable
 * shape; registry references are keys with their labels next to them (`role` + `roleLabel`); text that
 * exists per language lives under `translations.<lang>`, lists aligned item by item with the facts.
 */

export const API_VERSION = 'v1';

const key = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .meta({ description: 'Lowercase ASCII words joined by hyphens.' });
const url = siteUrlSchema.meta({ description: 'Absolute URL.' });
const count = z.number().int().min(0);
const year = z.number().int();
const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta({ description: 'A calendar date in Vietnam: YYYY-MM-DD.' });

/** A label in both languages. */
export const apiLabelSchema = z.strictObject({ vi: z.string(), en: z.string() });

/** Text of an article in both languages; `en` is null when the article is not translated. */
export const apiLocalizedTextSchema = z.strictObject({ vi: z.string(), en: z.string().nullable() });

/** URLs of a page in both languages; `en` is null when there is no English page. */
export const apiPageUrlsSchema = z.strictObject({ vi: url, en: url.nullable() });

export const apiPublishedAtSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}\+07:00)?$/)
  .nullable()
  .meta({
    description:
      'Publication date: ISO 8601 in Vietnam time (2020-05-30T12:02:00+07:00), a bare date (2020-03-19) when the source printed no time, null when it printed no date.',
  });

export const apiDateRangeSchema = z
  .strictObject({ start: calendarDate, end: calendarDate })
  .meta({ description: 'Day or days of the event; start equals end for one day.' });

export const apiTermSchema = z
  .strictObject({ start: year, end: year })
  .meta({ description: 'First and last year: 2020-2025 is { start: 2020, end: 2025 }.' });

// ---------------------------------------------------------------------------------------------------
// Articles

/** The text of an article in one language. */
export const apiTranslationSchema = z.strictObject({
  title: z.string(),
  summary: z.string(),
  slug: key,
  url: url.meta({ description: 'Absolute URL of the article page in this language.' }),
  organization: z.string(),
  venue: z.string().nullable(),
  slogan: z.string().nullable().meta({ description: 'Congress slogan, null when none.' }),
  superiorCongress: z.string().nullable(),
  jobTitles: z
    .array(z.string().nullable())
    .meta({ description: 'Job title of each official, aligned with officialsElected.' }),
  targets: z
    .array(z.strictObject({ sentence: z.string(), scope: z.string().nullable() }))
    .meta({ description: 'Text of each target, aligned with targets.' }),
  awards: z
    .array(z.strictObject({ name: z.string(), recipient: z.string(), conferredBy: z.string().nullable() }))
    .meta({ description: 'Text of each award, aligned with awards.' }),
  captions: z.array(z.string()).meta({ description: 'Photo captions, in the order printed.' }),
  photos: z
    .array(z.strictObject({ caption: z.string(), alt: z.string() }))
    .meta({ description: 'Caption and alternative text of each photo, aligned with photos.' }),
  image: url.nullable().meta({
    description: 'The 1200×630 image the page is shared with (Open Graph); null when none was made.',
  }),
});

/** The text of an article in one language, with its body as HTML (single-article documents only). */
export const apiTranslationWithHtmlSchema = apiTranslationSchema.extend({
  html: z.string().meta({ description: 'The body, rendered from Markdown and sanitized.' }),
});

const articleFields = {
  id: key.meta({ description: 'Article id, stable across languages and slugs.' }),
  apiUrl: url.meta({ description: 'Absolute URL of this article’s own API document, with its HTML.' }),
  eventType: z.enum(EVENT_TYPES),
  province: key.meta({ description: 'Province as it was at publication (a slug of provinces.json).' }),
  provinceName: apiLabelSchema,
  publishedAt: apiPublishedAtSchema,
  eventDate: apiDateRangeSchema.nullable(),
  views: count.nullable().meta({ description: 'View count printed by the source, null when none.' }),
  author: z.array(z.string()).meta({ description: 'Byline names; empty when the source printed none.' }),
  source: z
    .strictObject({ name: z.string(), url: url.nullable() })
    .nullable()
    .meta({ description: 'Where the article was first published, when known.' }),
  organizationType: z.enum(ORGANIZATION_TYPES),
  congress: z
    .strictObject({
      ordinal: z.number().int().min(1),
      term: apiTermSchema,
      partyMembersPresent: count.nullable(),
      executiveCommitteeSize: count.nullable(),
      inspectionCommitteeSize: count.nullable(),
      delegates: z.strictObject({ official: count, alternate: count.nullable() }).nullable(),
    })
    .nullable()
    .meta({ description: 'Figures of a party congress; null for other events.' }),
  officialsElected: z.array(
    z.strictObject({
      name: z.string(),
      role: key,
      roleLabel: apiLabelSchema,
      reelected: z
        .boolean()
        .nullable()
        .meta({ description: 'true when the source says re-elected, null when it does not say.' }),
    }),
  ),
  targets: z.array(
    z.strictObject({
      indicator: key,
      indicatorLabel: apiLabelSchema,
      value: z.union([z.number(), z.strictObject({ min: z.number(), max: z.number() })]),
      comparator: z.enum(['at-least', 'at-most']).nullable(),
      unit: z.enum(UNITS),
      unitLabel: apiLabelSchema,
      deadline: year.nullable(),
    }),
  ),
  awards: z.array(z.strictObject({ period: apiTermSchema.nullable() })),
  photos: z
    .array(
      z.strictObject({
        width: count
          .nullable()
          .meta({ description: 'Of the largest variant; null when the image was not kept.' }),
        height: count.nullable(),
        variants: z
          .array(
            z.strictObject({
              format: z.enum(['avif', 'webp', 'jpeg']),
              width: count,
              height: count,
              url,
            }),
          )
          .meta({
            description: 'Every size and format made, narrowest first per format; empty when not kept.',
          }),
      }),
    )
    .meta({ description: 'The photos in order: the first is the lead. Captions are in the translations.' }),
  tags: z.array(z.strictObject({ key, label: apiLabelSchema })),
};

/** An article as listed in articles.json. */
export const apiArticleSummarySchema = z.strictObject({
  ...articleFields,
  translations: z
    .strictObject({ vi: apiTranslationSchema, en: apiTranslationSchema.optional() })
    .meta({ description: 'Text per language: vi always, en when translated.' }),
});

/** `articles/<id>.json`: the article of articles.json, with each translation's body as HTML. */
export const apiArticleDocumentSchema = z
  .strictObject({
    ...articleFields,
    translations: z.strictObject({
      vi: apiTranslationWithHtmlSchema,
      en: apiTranslationWithHtmlSchema.optional(),
    }),
  })
  .meta({ description: 'One published article, with its body as HTML in each language.' });

/** `articles.json` */
export const apiArticlesDocumentSchema = z
  .strictObject({
    articles: z
      .array(apiArticleSummarySchema)
      .meta({ description: 'Every published article, newest first.' }),
  })
  .meta({ description: 'Every published article, newest first, without bodies.' });

// ---------------------------------------------------------------------------------------------------
// Provinces

export const apiProvinceSchema = z.strictObject({
  slug: key,
  name: apiLabelSchema,
  kind: z.enum(['province', 'city']),
  region: z.strictObject({ slug: z.enum(REGIONS), name: apiLabelSchema }),
  successor: z
    .strictObject({ slug: key, name: apiLabelSchema, kind: z.enum(['province', 'city']) })
    .meta({ description: 'The unit the province belongs to since 1 July 2025.' }),
  articleCount: count,
  urls: z.strictObject({ vi: url, en: url }).meta({ description: 'The province page in each language.' }),
});

export const apiSuccessorSchema = z.strictObject({
  slug: key,
  name: apiLabelSchema,
  kind: z.enum(['province', 'city']),
  provinces: z.array(key).meta({ description: 'Slugs of the 2020 provinces merged into this unit.' }),
  articleCount: count.meta({ description: 'Published articles of the provinces merged into this unit.' }),
});

/** `provinces.json` */
export const apiProvincesDocumentSchema = z
  .strictObject({
    source: z.string().meta({ description: 'Where the merger mapping comes from.' }),
    provinces: z.array(apiProvinceSchema).meta({ description: 'The 63 provinces and cities of 2020.' }),
    successors: z.array(apiSuccessorSchema).meta({ description: 'The 34 units in force from 1 July 2025.' }),
  })
  .meta({ description: 'Provinces of 2020 with their 2025 successors and article counts.' });

// ---------------------------------------------------------------------------------------------------
// Officials and indicators

/** The article a record comes from. */
export const apiArticleRefSchema = z.strictObject({
  id: key,
  publishedAt: apiPublishedAtSchema,
  eventDate: apiDateRangeSchema.nullable(),
  urls: apiPageUrlsSchema,
});

export const apiOfficialSchema = z.strictObject({
  name: z.string(),
  role: key,
  roleLabel: apiLabelSchema,
  jobTitle: apiLocalizedTextSchema.nullable().meta({ description: 'Job title as printed; null when none.' }),
  reelected: z.boolean().nullable(),
  province: key,
  provinceName: apiLabelSchema,
  term: apiTermSchema.nullable().meta({ description: 'Term of the congress that elected them, when known.' }),
  article: apiArticleRefSchema,
});

/** `officials.json` */
export const apiOfficialsDocumentSchema = z
  .strictObject({
    officials: z
      .array(apiOfficialSchema)
      .meta({ description: 'Sorted by name (Vietnamese collation), then by article date, oldest first.' }),
  })
  .meta({ description: 'Every official elected in a published article.' });

export const apiIndicatorTargetSchema = z.strictObject({
  province: key,
  provinceName: apiLabelSchema,
  year: year
    .nullable()
    .meta({ description: 'Year of the article: of publication, else of the event; null when unknown.' }),
  value: z.union([z.number(), z.strictObject({ min: z.number(), max: z.number() })]),
  comparator: z.enum(['at-least', 'at-most']).nullable(),
  deadline: year.nullable(),
  scope: apiLocalizedTextSchema
    .nullable()
    .meta({ description: 'What the target applies to when narrower than the indicator.' }),
  sentence: apiLocalizedTextSchema.meta({
    description: 'The sentence of the article the target comes from.',
  }),
  article: apiArticleRefSchema,
});

export const apiIndicatorSchema = z.strictObject({
  key,
  label: apiLabelSchema,
  unit: z.enum(UNITS),
  unitLabel: apiLabelSchema,
  better: z.enum(['higher', 'lower']),
  targets: z
    .array(apiIndicatorTargetSchema)
    .meta({ description: 'Targets set for this indicator, newest article first, in article order.' }),
});

/** `indicators.json` */
export const apiIndicatorsDocumentSchema = z
  .strictObject({ indicators: z.array(apiIndicatorSchema) })
  .meta({ description: 'Every target indicator with the targets set for it across published articles.' });

// ---------------------------------------------------------------------------------------------------
// Index

export const apiIndexDocumentSchema = z
  .strictObject({
    name: z.string(),
    description: z.string(),
    version: z.literal(API_VERSION),
    baseUrl: url,
    endpoints: z.array(
      z.strictObject({
        name: key,
        url: z.string().regex(new RegExp(WEB_URL_PATTERN)).meta({
          format: 'uri-template',
          description: 'Absolute URL template (RFC 6570); {id} stands for an article id.',
        }),
        description: z.string(),
        schema: url.nullable().meta({ description: 'JSON Schema of the document.' }),
      }),
    ),
    schemas: z.array(z.strictObject({ file: z.string(), url, description: z.string() })),
  })
  .meta({ description: 'What the API publishes, with absolute URLs.' });

export type ApiLabel = z.infer<typeof apiLabelSchema>;
export type ApiTranslation = z.infer<typeof apiTranslationSchema>;
export type ApiArticleSummary = z.infer<typeof apiArticleSummarySchema>;
export type ApiArticleDocument = z.infer<typeof apiArticleDocumentSchema>;
export type ApiArticlesDocument = z.infer<typeof apiArticlesDocumentSchema>;
export type ApiArticleRef = z.infer<typeof apiArticleRefSchema>;
export type ApiProvince = z.infer<typeof apiProvinceSchema>;
export type ApiProvincesDocument = z.infer<typeof apiProvincesDocumentSchema>;
export type ApiOfficial = z.infer<typeof apiOfficialSchema>;
export type ApiOfficialsDocument = z.infer<typeof apiOfficialsDocumentSchema>;
export type ApiIndicatorTarget = z.infer<typeof apiIndicatorTargetSchema>;
export type ApiIndicatorsDocument = z.infer<typeof apiIndicatorsDocumentSchema>;
export type ApiIndexDocument = z.infer<typeof apiIndexDocumentSchema>;

/** The API documents' JSON Schemas: file name under /api/v1/schema/, zod schema, title. */
export const API_SCHEMAS = {
  index: {
    file: 'api-index.schema.json',
    schema: apiIndexDocumentSchema,
    title: 'bantin API v1: index.json',
  },
  articles: {
    file: 'api-articles.schema.json',
    schema: apiArticlesDocumentSchema,
    title: 'bantin API v1: articles.json',
  },
  article: {
    file: 'api-article.schema.json',
    schema: apiArticleDocumentSchema,
    title: 'bantin API v1: articles/<id>.json',
  },
  provinces: {
    file: 'api-provinces.schema.json',
    schema: apiProvincesDocumentSchema,
    title: 'bantin API v1: provinces.json',
  },
  officials: {
    file: 'api-officials.schema.json',
    schema: apiOfficialsDocumentSchema,
    title: 'bantin API v1: officials.json',
  },
  indicators: {
    file: 'api-indicators.schema.json',
    schema: apiIndicatorsDocumentSchema,
    title: 'bantin API v1: indicators.json',
  },
} as const;

export type ApiDocumentName = keyof typeof API_SCHEMAS;

/** The JSON Schemas of the API documents, keyed by file name, emitted from the zod schemas. */
export function apiJsonSchemas(): Record<string, object> {
  const out: Record<string, object> = {};
  for (const { file, schema, title } of Object.values(API_SCHEMAS)) {
    out[file] = { $id: file, title, ...z.toJSONSchema(schema, { target: 'draft-2020-12' }) };
  }
  return out;
}
