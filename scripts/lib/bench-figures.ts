/**
 * What the benchmark measures of a run and of a built site, shared by its parts (scripts/bench.ts):
 * figures of a process or phase, the site's size, and medians over runs.
 */
import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { MeterResult } from './process-meter.ts';

export const REPO = path.resolve(import.meta.dirname, '..', '..');
export const MiB = 1024 * 1024;
/** The Node flags `npm run build` passes (package.json), so the bench times the same process. */
export const BUILD_FLAGS =
  (
    JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { scripts: { build: string } }
  ).scripts.build.match(/--[a-z-]+=\S+/g) ?? [];

export interface Figures {
  wallMs: number;
  cpuMs: number;
  peakMiB: number;
}

export interface SiteFigures {
  pages: number;
  /** The largest .html page: its size and its path in the output. */
  largestPageKiB: number;
  largestPage: string;
  outputMiB: number;
  indexMiB: number;
}

/** Every file under a folder. */
export async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(full)));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

/** Number of .html pages, the largest one, total size and size of the pagefind/ folder of a built site. */
export async function measureSite(dir: string): Promise<SiteFigures> {
  let pages = 0;
  let bytes = 0;
  let index = 0;
  let largest = { bytes: 0, file: '' };
  const indexDir = path.join(dir, 'pagefind') + path.sep;
  for (const file of await filesUnder(dir)) {
    const size = (await stat(file)).size;
    bytes += size;
    if (file.startsWith(indexDir)) index += size;
    if (file.endsWith('.html')) {
      pages++;
      if (size > largest.bytes) largest = { bytes: size, file };
    }
  }
  return {
    pages,
    largestPageKiB: largest.bytes / 1024,
    largestPage: path.relative(dir, largest.file).split(path.sep).join('/'),
    outputMiB: bytes / MiB,
    indexMiB: index / MiB,
  };
}

/** Throws with the end of the command's output when it failed. */
export function check(run: MeterResult, what: string): void {
  if (run.exitCode === 0) return;
  const tail = run.output.trimEnd().split('\n').slice(-40).join('\n');
  throw new Error(`${what} failed (exit ${run.exitCode ?? run.signal}):\n${tail}`);
}

export const whole = (run: MeterResult): Figures => ({
  wallMs: run.wallMs,
  cpuMs: run.cpuMs,
  peakMiB: run.peakRssBytes / MiB,
});

export function median(list: readonly number[]): number {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The median of every figure, over runs of the same shape. */
export function medians<T>(list: readonly T[]): T {
  const first = list[0];
  if (typeof first === 'number') return median(list as unknown as readonly number[]) as T;
  // Not a figure (a path): the same in every run of the same corpus.
  if (typeof first !== 'object' || first === null) return first as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(first as object))
    out[key] = medians(list.map((item) => (item as Record<string, unknown>)[key]));
  return out as T;
}
