/**
 * The JSON content API under /api/v1/ (documents and writer in src/api/): written with the site's
 * address, the shared body renderer and the content schemas of this Store's registries.
 */
import { type ApiMemo, writeApi } from '../api/write.ts';
import { registryKeysFrom } from '../content/registries.ts';
import { jsonSchemas, SCHEMA_FILES } from '../schema/json-schema.ts';
import type { OutputContext } from './context.ts';
import type { SiteImages } from './images.ts';

/**
 * Writes the API into the output folder; with the memo of the last write to the same folder, only what
 * changed (see ApiMemo), stopping between two files once `going()` turns false.
 * @returns whether it was stopped before its end
 */
export async function writeApiFolder(
  ctx: OutputContext,
  images: SiteImages | undefined,
  memo?: ApiMemo,
  going?: () => boolean,
): Promise<{ stopped: boolean }> {
  const schemas = jsonSchemas(registryKeysFrom(ctx.store.registries));
  return writeApi(
    ctx.store,
    {
      outDir: ctx.outDir,
      baseUrl: ctx.config.baseUrl,
      renderBody: ctx.renderBody,
      images,
      contentSchemas: Object.fromEntries(
        Object.entries(schemas).map(([k, v]) => [SCHEMA_FILES[k as keyof typeof SCHEMA_FILES], v]),
      ),
    },
    memo,
    going,
  );
}
