import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { Indicator, RegistryKeys } from '../schema/registries.ts';
import {
  indicatorsFileSchema,
  type provincesFileSchema as ProvincesFileSchemaType,
  provincesFileSchema,
  rolesFileSchema,
  tagsFileSchema,
} from '../schema/registries.ts';
import { characterProblems } from './characters.ts';
import { messages } from './messages.ts';
import { type Problem, problemAt, problemAtField } from './problems.ts';
import { type ReadFile, readYamlFile } from './read.ts';
import { schemaProblems } from './schema-problems.ts';
import type { Registries } from './store.ts';

/** The registry files, relative to the content folder. */
export const REGISTRY_FILES = {
  provinces: 'provinces.yaml',
  indicators: 'indicators.yaml',
  roles: 'roles.yaml',
  tags: 'tags.yaml',
} as const;

async function readRegistry<S extends z.ZodType>(
  root: string,
  contentDir: string,
  name: string,
  schema: S,
  problems: Problem[],
): Promise<{ data: z.output<S>; read: ReadFile } | undefined> {
  const abs = path.join(contentDir, name);
  const file = path.relative(root, abs);
  let bytes: Buffer;
  try {
    bytes = readFileSync(abs);
  } catch {
    problems.push(problemAt('MissingFile', file, messages.MissingFile(`the registry ${file}`)));
    return undefined;
  }
  const read = readYamlFile(file, bytes, problems);
  if (!read || read.data === undefined) return undefined;
  const refused = characterProblems(read);
  problems.push(...refused);
  const result = schema.safeParse(read.data);
  if (!result.success) problems.push(...schemaProblems(result.error.issues, read, schema));
  if (refused.length > 0 || !result.success) return undefined;
  return { data: result.data, read };
}

/** Reports a key used twice in one registry list. */
function checkUnique(
  read: ReadFile,
  list: string,
  items: readonly Record<string, unknown>[],
  key: string,
  problems: Problem[],
) {
  const seen = new Map<unknown, number>();
  items.forEach((item, i) => {
    const value = item[key];
    const first = seen.get(value);
    if (first !== undefined) {
      const message = messages.DuplicateRegistryKey(String(value), list, first);
      problems.push(problemAtField(read, 'RegistryInconsistent', [list, i, key], message));
    } else seen.set(value, i);
  });
}

function checkProvinces(read: ReadFile, data: z.output<typeof ProvincesFileSchemaType>, problems: Problem[]) {
  checkUnique(read, 'provinces', data.provinces, 'slug', problems);
  checkUnique(read, 'successors', data.successors, 'slug', problems);
  checkUnique(read, 'regions', data.regions, 'slug', problems);
  const successors = new Set(data.successors.map((s) => s.slug));
  const regions = new Set(data.regions.map((r) => r.slug));
  const used = new Set<string>();
  data.provinces.forEach((p, i) => {
    used.add(p.successor);
    const report = (field: string, message: string) =>
      problems.push(problemAtField(read, 'RegistryInconsistent', ['provinces', i, field], message));
    if (!successors.has(p.successor)) report('successor', messages.UnknownSuccessor(p.successor));
    if (!regions.has(p.region)) report('region', messages.UnknownRegion(p.region));
  });
  data.successors.forEach((s, i) => {
    if (!used.has(s.slug)) {
      const message = messages.UnusedSuccessor(s.slug);
      problems.push(problemAtField(read, 'RegistryInconsistent', ['successors', i, 'slug'], message));
    }
  });
}

/** Reports a match phrase of content/indicators.yaml that two indicators claim (case aside). */
function checkMatchPhrases(read: ReadFile, indicators: readonly Indicator[], problems: Problem[]) {
  const owner = new Map<string, string>();
  indicators.forEach((indicator, i) => {
    indicator.match?.forEach((phrase, j) => {
      const folded = phrase.toLowerCase();
      const other = owner.get(folded);
      if (other !== undefined && other !== indicator.key) {
        const message = messages.MatchPhraseTaken(phrase, other);
        problems.push(problemAtField(read, 'RegistryInconsistent', ['indicators', i, 'match', j], message));
      } else owner.set(folded, indicator.key);
    });
  });
}

/** Loads and checks the four registries. Undefined when any of them is unusable; problems say why. */
export async function loadRegistries(
  root: string,
  contentDir: string,
  problems: Problem[],
): Promise<Registries | undefined> {
  const [provinces, indicators, roles, tags] = await Promise.all([
    readRegistry(root, contentDir, REGISTRY_FILES.provinces, provincesFileSchema, problems),
    readRegistry(root, contentDir, REGISTRY_FILES.indicators, indicatorsFileSchema, problems),
    readRegistry(root, contentDir, REGISTRY_FILES.roles, rolesFileSchema, problems),
    readRegistry(root, contentDir, REGISTRY_FILES.tags, tagsFileSchema, problems),
  ]);
  if (provinces) checkProvinces(provinces.read, provinces.data, problems);
  if (indicators) {
    checkUnique(indicators.read, 'indicators', indicators.data.indicators, 'key', problems);
    checkMatchPhrases(indicators.read, indicators.data.indicators, problems);
  }
  if (roles) checkUnique(roles.read, 'roles', roles.data.roles, 'key', problems);
  if (tags) checkUnique(tags.read, 'tags', tags.data.tags, 'key', problems);
  if (!provinces || !indicators || !roles || !tags) return undefined;
  return {
    provinces: new Map(provinces.data.provinces.map((p) => [p.slug, p])),
    successors: new Map(provinces.data.successors.map((s) => [s.slug, s])),
    regions: new Map(provinces.data.regions.map((r) => [r.slug, r])),
    provincesSource: provinces.data.source,
    indicators: new Map(indicators.data.indicators.map((i) => [i.key, i])),
    units: indicators.data.units,
    roles: new Map(roles.data.roles.map((r) => [r.key, r])),
    tags: new Map(tags.data.tags.map((t) => [t.key, t])),
  };
}

/** The keys articles may reference, read from the registries (undefined when a registry is unusable). */
export async function registryKeysOf(root: string, contentDir: string, problems: Problem[]) {
  const registries = await loadRegistries(root, contentDir, problems);
  return registries && registryKeysFrom(registries);
}

export function registryKeysFrom(registries: Registries): RegistryKeys {
  return {
    provinces: [...registries.provinces.keys()],
    indicators: [...registries.indicators.keys()],
    roles: [...registries.roles.keys()],
    tags: [...registries.tags.keys()],
  };
}
