import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadRegistries, registryKeysFrom } from '../../src/content/registries.ts';
import { jsonSchemas, SCHEMA_FILES, serializeSchema } from '../../src/schema/json-schema.ts';
import { EN_MD, REPO, VI_MD, withLine } from '../helpers/project.ts';

const frontMatter = (md: string) => parse(md.slice(4, md.indexOf('\n---\n', 4)), { schema: 'core' });

async function schemas() {
  const registries = await loadRegistries(REPO, path.join(REPO, 'content'), []);
  if (!registries) throw new Error('registries do not load');
  return jsonSchemas(registryKeysFrom(registries));
}

describe('JSON Schema of the content model', () => {
  it('is committed up to date in content/schema/ (run npm run schema after changing src/schema)', async () => {
    for (const [name, schema] of Object.entries(await schemas())) {
      const file = path.join(REPO, 'content', 'schema', SCHEMA_FILES[name as keyof typeof SCHEMA_FILES]);
      expect(readFileSync(file, 'utf8'), file).toBe(serializeSchema(schema));
    }
  });

  it('accepts valid front matter and refuses what the loader refuses', async () => {
    const s = await schemas();
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const vi = ajv.compile(s.articleVi);
    const en = ajv.compile(s.articleEn);
    expect(vi(frontMatter(VI_MD)), JSON.stringify(vi.errors)).toBe(true);
    expect(en(frontMatter(EN_MD)), JSON.stringify(en.errors)).toBe(true);
    expect(vi(frontMatter(withLine(VI_MD, 5, 'province: atlantis')))).toBe(false);
    expect(vi.errors?.[0]?.instancePath).toBe('/province');
    expect(vi(frontMatter(withLine(VI_MD, 9, 'autor: KL')))).toBe(false);
    expect(vi(frontMatter(withLine(VI_MD, 8, 'views: 2.5')))).toBe(false);
    expect(en(frontMatter(withLine(EN_MD, 4, 'province: bac-ninh')))).toBe(false);
    // A source URL must be https: or http: (format uri alone lets any scheme through).
    const source = (url: string) => frontMatter(withLine(VI_MD, 9, `source: { name: Cổng, url: "${url}" }`));
    expect(vi(source('https://stttt.bacninh.gov.vn/a'))).toBe(true);
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd'])
      expect(vi(source(url)), url).toBe(false);
  });

  it('validates the front matter of every committed article', async () => {
    const s = await schemas();
    const ajv = new Ajv2020({ strict: false });
    const check = { vi: ajv.compile(s.articleVi), en: ajv.compile(s.articleEn) };
    const dir = path.join(REPO, 'content', 'articles');
    const { readdirSync } = await import('node:fs');
    for (const id of readdirSync(dir)) {
      for (const lang of ['vi', 'en'] as const) {
        const data = frontMatter(readFileSync(path.join(dir, id, `${lang}.md`), 'utf8'));
        expect(check[lang](data), `${id}/${lang}.md ${JSON.stringify(check[lang].errors)}`).toBe(true);
      }
    }
  });
});
