/**
 * `npm run schema`: writes the JSON Schemas of the content model into content/schema/, from the zod
 * schemas and the registries' current keys. Run it after changing src/schema/ or a registry;
 * a test fails when the committed files are out of date.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatProblem } from '../src/content/problems.ts';
import { registryKeysOf } from '../src/content/registries.ts';
import { jsonSchemas, SCHEMA_FILES, serializeSchema } from '../src/schema/json-schema.ts';
import { commandArgs } from './lib/cli.ts';

commandArgs('usage: npm run schema\n  writes the JSON Schemas of the content model into content/schema/', {});
const root = path.resolve('.');
const problems: import('../src/content/problems.ts').Problem[] = [];
const keys = await registryKeysOf(root, path.join(root, 'content'), problems);
if (!keys) {
  for (const p of problems) console.error(formatProblem(p));
  console.error('The registries have problems; fix them first (npm run validate).');
  process.exit(1);
}
const outDir = path.join(root, 'content', 'schema');
await mkdir(outDir, { recursive: true });
const schemas = jsonSchemas(keys);
for (const [name, schema] of Object.entries(schemas)) {
  const file = path.join(outDir, SCHEMA_FILES[name as keyof typeof SCHEMA_FILES]);
  await writeFile(file, serializeSchema(schema));
  console.log(`wrote ${path.relative(root, file)}`);
}
