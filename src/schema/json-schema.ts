import { z } from 'zod';
import { enFrontMatterSchema, viFrontMatterSchema } from './article.ts';
import {
  indicatorsFileSchema,
  provincesFileSchema,
  type RegistryKeys,
  rolesFileSchema,
  tagsFileSchema,
} from './registries.ts';

/** File names of the emitted JSON Schemas (in content/schema/ and under /api/v1/schema/). */
export const SCHEMA_FILES = {
  articleVi: 'article-vi.schema.json',
  articleEn: 'article-en.schema.json',
  provinces: 'provinces.schema.json',
  indicators: 'indicators.schema.json',
  roles: 'roles.schema.json',
  tags: 'tags.schema.json',
} as const;

const TITLES: Record<keyof typeof SCHEMA_FILES, string> = {
  articleVi: 'bantin article, Vietnamese original (vi.md front matter): facts and Vietnamese text',
  articleEn: 'bantin article, English translation (en.md front matter): English text only',
  provinces: 'bantin provinces registry (content/provinces.yaml)',
  indicators: 'bantin target indicators registry (content/indicators.yaml)',
  roles: 'bantin roles registry (content/roles.yaml)',
  tags: 'bantin tags registry (content/tags.yaml)',
};

/**
 * The JSON Schemas of the content model, emitted from the zod schemas (never written by hand).
 * Registry references (province, role, indicator, tag) become enums of the registries' current keys,
 * so an editor's YAML tooling completes and checks them.
 */
export function jsonSchemas(keys: RegistryKeys): Record<keyof typeof SCHEMA_FILES, object> {
  const emit = (name: keyof typeof SCHEMA_FILES, schema: z.ZodType) => ({
    $id: SCHEMA_FILES[name],
    title: TITLES[name],
    ...z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }),
  });
  return {
    articleVi: emit('articleVi', viFrontMatterSchema(keys)),
    articleEn: emit('articleEn', enFrontMatterSchema),
    provinces: emit('provinces', provincesFileSchema),
    indicators: emit('indicators', indicatorsFileSchema),
    roles: emit('roles', rolesFileSchema),
    tags: emit('tags', tagsFileSchema),
  };
}

/** Serializes a schema the way it is committed: two-space JSON and a final newline. */
export function serializeSchema(schema: object): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
