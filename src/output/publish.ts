/**
 * A build writes into a staging folder beside the output; only when every output was written does the
 * staging folder replace the output, so a failed build leaves the published `_site/` as it was.
 */
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** The staging folder of a build of `outDir` in this process. */
export function stagingOf(outDir: string): string {
  return `${outDir}.staging-${process.pid}`;
}

/** Swaps the staging folder in: two renames on one file system, the old output removed last. */
export async function publish(staging: string, outDir: string): Promise<void> {
  const old = `${outDir}.old-${process.pid}`;
  await mkdir(path.dirname(outDir), { recursive: true });
  if (existsSync(outDir)) await rename(outDir, old);
  try {
    await rename(staging, outDir);
  } catch (error) {
    if (existsSync(old)) await rename(old, outDir);
    throw error;
  }
  await rm(old, { recursive: true, force: true });
}
