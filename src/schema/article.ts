import { z } from 'zod';
import { dateRangeSchema, publishedAtSchema, termSchema } from './dates.ts';
import { keySchema, type RegistryKeys, UNITS } from './registries.ts';
import { contentUrlSchema } from './web-url.ts';

/**
 * The article content model.
 *
 * Facts live once, in `vi.md`: the Vietnamese original carries the language-independent facts and the
 * Vietnamese text. `en.md` carries only English text, in the same shape as the text fields of `vi.md`
 * (lists aligned item by item). Types are inferred from these schemas, never written twice.
 */

const text = z.string().trim().min(1, 'must not be empty');
const count = (description: string) =>
  z.number().int('must be a whole number').min(0, 'must be 0 or more').meta({ description });
const year = z.number().int('must be a whole year').min(1930).max(2100);

/** A key from a registry; with no keys known (a broken registry) any key passes and the registry error is reported instead. */
function registryKey(keys: readonly string[], description: string) {
  const [first, ...rest] = keys;
  return (first === undefined ? keySchema : z.enum([first, ...rest])).meta({ description });
}

/** The extensions of the image files a photo may be (any case: cameras write .JPG). */
export const PHOTO_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp'] as const;

/** A pattern matching `word` in any case: `jpg` => `[jJ][pP][gG]`. */
const anyCase = (word: string) => [...word].map((c) => `[${c}${c.toUpperCase()}]`).join('');

/**
 * A photo's file: a plain file name in the article folder, never a path (no `/` or `\\`, no leading dot),
 * with one of the photo extensions.
 */
export const photoFileSchema = z
  .string()
  .regex(
    // Each letter of an extension in either case, spelled out: a JSON Schema pattern has no flags.
    new RegExp(`^[^/\\\\.][^/\\\\]*\\.(?:${PHOTO_EXTENSIONS.map(anyCase).join('|')})$`),
    'write the name of an image file beside vi.md, e.g. dai-hoi-1.jpg: no folder, ending in .jpg, .jpeg, .png or .webp',
  )
  .meta({
    description: 'Image file beside vi.md (.jpg, .jpeg, .png, .webp); absent when the image was not kept.',
  });

/** A photo's alt text: what the photo shows, for those who cannot see it. */
const photoAlt = text
  .optional()
  .meta({ description: 'What the photo shows, for readers who cannot see it; the caption when absent.' });

export const EVENT_TYPES = ['congress', 'working-session', 'conference', 'other'] as const;
export const ORGANIZATION_TYPES = [
  'party-committee',
  'grassroots-party-committee',
  'party-cell',
  'department',
] as const;

/** Builds the schema of `vi.md` front matter, with the registries' keys as the allowed references. */
export function viFrontMatterSchema(keys: RegistryKeys) {
  return z.strictObject({
    /** Headline, as printed. */
    title: text.meta({ description: 'Headline, as printed by the source.' }),
    /** One or two sentences for listings, feeds and search results. */
    summary: text.meta({ description: 'One or two sentences for listings, feeds and search results.' }),
    /** URL segment; derived from the title when absent. */
    slug: keySchema
      .optional()
      .meta({ description: 'URL segment; derived from the title (Vietnamese-aware) when absent.' }),
    /** What kind of event the article reports. */
    eventType: z.enum(EVENT_TYPES).meta({ description: 'What kind of event the article reports.' }),
    /** Province as it was at publication (a slug of content/provinces.yaml). */
    province: registryKey(
      keys.provinces,
      'Province as it was at publication: a slug of content/provinces.yaml.',
    ),
    /** Publication date, with time of day only when the source printed one. */
    publishedAt: publishedAtSchema.optional(),
    /** Day or days of the event. */
    eventDate: dateRangeSchema.optional(),
    /** View count printed by the source portal; absent when none was printed. */
    views: count('View count printed by the source; leave out when none was printed.').optional(),
    /** Byline: one name or a list of names. */
    author: z
      .union([text, z.array(text).min(1)])
      .optional()
      .meta({ description: 'Byline as printed: one name, or a list of names.' }),
    /** Where the article was first published. */
    source: z
      .strictObject({
        name: text.meta({ description: 'Name of the portal.' }),
        url: contentUrlSchema
          .optional()
          .meta({ description: 'Address of the original page (https:// or http://).' }),
      })
      .optional()
      .meta({ description: 'Where the article was first published, when known.' }),
    /** The body that met or acted, in the article's words. */
    organization: text.meta({
      description: 'The body that met or acted, e.g. "Đảng bộ Sở Thông tin và Truyền thông".',
    }),
    /** What kind of body that is. */
    organizationType: z
      .enum(ORGANIZATION_TYPES)
      .meta({ description: 'What kind of body the organization is.' }),
    /** Where the event took place, when the source says. */
    venue: text.optional().meta({ description: 'Where the event took place, when the source says.' }),
    /** Figures of a party congress. */
    congress: z
      .strictObject({
        ordinal: z
          .number()
          .int('must be a whole number')
          .min(1)
          .meta({ description: 'Which congress: "lần thứ IV" is 4.' }),
        term: termSchema,
        partyMembersPresent: count('Party members attending.').optional(),
        executiveCommitteeSize: count(
          'Members elected to the executive committee (Ban Chấp hành).',
        ).optional(),
        inspectionCommitteeSize: count(
          'Members elected to the inspection committee (Ủy ban Kiểm tra).',
        ).optional(),
        delegates: z
          .strictObject({
            official: count('Official delegates elected to the superior congress.'),
            alternate: count('Alternate delegates elected to the superior congress.').optional(),
          })
          .optional()
          .meta({ description: 'Delegates elected to the superior congress.' }),
        superiorCongress: text
          .optional()
          .meta({ description: 'The congress the delegates will attend, as named.' }),
        slogan: text.optional().meta({ description: 'The congress slogan, without quotation marks.' }),
      })
      .optional()
      .meta({ description: 'Figures of a party congress; only for eventType congress.' }),
    /** Officials elected, in the order the source names them. */
    officialsElected: z
      .array(
        z.strictObject({
          name: text.meta({ description: 'Full name as printed.' }),
          role: registryKey(keys.roles, 'Post elected to: a key of content/roles.yaml.'),
          jobTitle: text.optional().meta({ description: 'Job title as printed, e.g. "Giám đốc Sở".' }),
          reelected: z
            .boolean()
            .optional()
            .meta({ description: 'true when the source says re-elected; absent when it does not say.' }),
        }),
      )
      .optional()
      .meta({ description: 'Officials elected, in the order the source names them.' }),
    /** Numeric targets and commitments. */
    targets: z
      .array(
        z.strictObject({
          indicator: registryKey(keys.indicators, 'What is measured: a key of content/indicators.yaml.'),
          value: z
            .union([
              z.number(),
              z.strictObject({ min: z.number(), max: z.number() }).refine((r) => r.min <= r.max, {
                message: 'min is greater than max; put the smaller value in min',
              }),
            ])
            .meta({ description: 'The number, or a range { min, max }.' }),
          comparator: z
            .enum(['at-least', 'at-most'])
            .optional()
            .meta({ description: '"at-least" for "ít nhất / tối thiểu / trở lên", "at-most" for "tối đa".' }),
          unit: z
            .enum(UNITS)
            .meta({ description: "Unit; must be the indicator's unit in content/indicators.yaml." }),
          scope: text.optional().meta({
            description: 'What the target applies to when narrower than the indicator, e.g. "cấp huyện".',
          }),
          deadline: year
            .optional()
            .meta({ description: 'Year by which it is to be reached; absent when the source gives none.' }),
          sentence: text.meta({ description: 'The sentence of the article the target comes from.' }),
        }),
      )
      .optional()
      .meta({ description: 'Numeric targets and commitments, each with the sentence it comes from.' }),
    /** Awards conferred at the event. */
    awards: z
      .array(
        z.strictObject({
          name: text.meta({ description: 'Name of the award.' }),
          recipient: text.meta({ description: 'Who received it.' }),
          conferredBy: text.optional().meta({ description: 'Who conferred it.' }),
          period: termSchema
            .optional()
            .meta({ description: 'Years of work the award recognizes: 2015-2019.' }),
        }),
      )
      .optional()
      .meta({ description: 'Awards conferred at the event.' }),
    /** Photos, first the lead: the image file beside vi.md (when kept), its caption and its alt text. */
    photos: z
      .array(
        z.strictObject({
          file: photoFileSchema.optional(),
          caption: text.meta({ description: 'The caption as printed.' }),
          alt: photoAlt,
        }),
      )
      .optional()
      .meta({
        description:
          'Photos printed with the article, the lead photo first (the rest are a gallery after the text).',
      }),
    /** Topic keys from content/tags.yaml. */
    tags: z.array(registryKey(keys.tags, 'A key of content/tags.yaml.')).default([]),
    /** Drafts are validated but never published. */
    draft: z
      .boolean()
      .default(false)
      .meta({ description: 'Drafts are validated, shown in preview, never published.' }),
  });
}

/** The schema of `en.md` front matter: English text only, aligned with the facts of `vi.md`. */
export const enFrontMatterSchema = z.strictObject({
  title: text.meta({ description: 'English headline.' }),
  summary: text.meta({ description: 'English summary.' }),
  slug: keySchema
    .optional()
    .meta({ description: 'English URL segment; derived from the English title when absent.' }),
  organization: text.meta({ description: 'English name of the organization.' }),
  venue: text.optional().meta({ description: 'English form of the venue; required when vi.md has one.' }),
  congress: z
    .strictObject({
      superiorCongress: text.optional().meta({ description: 'English name of the superior congress.' }),
      slogan: text.optional().meta({ description: 'English form of the slogan.' }),
    })
    .optional(),
  officialsElected: z
    .array(
      z.strictObject({
        name: text
          .optional()
          .meta({ description: 'Optional, as a check: must equal the name at the same position in vi.md.' }),
        jobTitle: text.optional().meta({ description: 'English job title.' }),
      }),
    )
    .optional()
    .meta({ description: 'One item per official of vi.md, in the same order.' }),
  targets: z
    .array(
      z.strictObject({
        sentence: text.meta({ description: 'English form of the source sentence.' }),
        scope: text.optional().meta({ description: 'English form of the scope.' }),
      }),
    )
    .optional()
    .meta({ description: 'One item per target of vi.md, in the same order.' }),
  awards: z
    .array(
      z.strictObject({
        name: text,
        recipient: text,
        conferredBy: text.optional(),
      }),
    )
    .optional()
    .meta({ description: 'One item per award of vi.md, in the same order.' }),
  photos: z
    .array(
      z.strictObject({
        caption: text.meta({ description: 'English caption.' }),
        alt: photoAlt,
      }),
    )
    .optional()
    .meta({ description: 'One item per photo of vi.md, in the same order.' }),
});

export type ViFrontMatter = z.output<ReturnType<typeof viFrontMatterSchema>>;
export type EnFrontMatter = z.output<typeof enFrontMatterSchema>;
