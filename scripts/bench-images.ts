/**
 * `npm run bench:images -- --photos 1000 [--per-article 3] [--keep]`
 * Writes a synthetic project into a temporary folder: N photo-like JPEGs (see photo() below,
 * in turn 1600×1067, 2048×1365, 1067×1600, 1200×800 and 800×600) beside articles of a few photos each,
 * and one article in ten without photos (a drawn card). Then times:
 * - validation: the loader's photo checks (header reads), per photo;
 * - a cold build of the images (empty cache): every variant encoded, every share image made;
 * - a warm build in the same process, and one in a new process (what `npm run build` does twice).
 * Prints figures; asserts nothing. Times on a shared machine drift: compare runs on one machine.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { defineSiteConfig } from '../src/config/site-config.ts';
import { loadContent } from '../src/content/load.ts';
import { readImageHeader } from '../src/content/photos.ts';
import { makeImages } from '../src/images/index.ts';
import { commandArgs } from './lib/cli.ts';

const { values } = commandArgs(
  'usage: npm run bench:images -- [--photos 1000] [--per-article 3] [--keep]\n  times the photo checks and a cold and warm build of the images of N synthetic photos',
  {
    photos: { type: 'string', default: '1000' },
    'per-article': { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
    // Internal: the warm run in a process of its own.
    'warm-root': { type: 'string' },
  },
);

const repo = path.resolve(import.meta.dirname, '..');
const site = defineSiteConfig();
const NOW = new Date('2026-11-21T12:00:00+07:00');

async function build(root: string, out: string) {
  const loaded = await loadContent({ root, now: NOW });
  if (!loaded.store)
    throw new Error(`the synthetic project has problems: ${JSON.stringify(loaded.problems[0])}`);
  const started = performance.now();
  const images = await makeImages(loaded.store.articles, loaded.store.registries, site, {
    root,
    outputDir: path.join(root, out),
  });
  return { ms: performance.now() - started, counts: images.counts };
}

if (values['warm-root']) {
  console.log(JSON.stringify(await build(values['warm-root'], '_site-process')));
  process.exit(0);
}

const SIZES = [
  [1600, 1067],
  [2048, 1365],
  [1067, 1600],
  [1200, 800],
  [800, 600],
] as const;

/**
 * A photo-like JPEG: noise at a 32nd of the size, enlarged smoothly (each photo its own: broad areas of
 * colour with soft edges, as a photo of a hall has), plus fine grain, saved at quality 92.
 */
async function photo(width: number, height: number, seed: number): Promise<Buffer> {
  const small = Buffer.alloc(Math.ceil(width / 32) * Math.ceil(height / 32) * 3);
  let x = seed * 2654435761;
  for (let i = 0; i < small.length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    small[i] = (x >> 16) & 0xff;
  }
  const smooth = await sharp(small, {
    raw: { width: Math.ceil(width / 32), height: Math.ceil(height / 32), channels: 3 },
  })
    .resize(width, height, { kernel: 'cubic' })
    .raw()
    .toBuffer();
  for (let i = 0; i < smooth.length; i += 7) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    smooth[i] = Math.min(255, (smooth[i] ?? 0) + ((x >> 16) & 15));
  }
  return sharp(smooth, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 92 })
    .toBuffer();
}

function viMd(n: number, files: string[]): string {
  const photos = files.length
    ? ['photos:', ...files.flatMap((f, i) => [`  - file: ${f}`, `    caption: Ảnh ${i + 1} của bài ${n}`])]
    : [];
  return [
    '---',
    `title: Đại hội Chi bộ Sở Thông tin và Truyền thông lần thứ ${n}`,
    'summary: Chi bộ tổ chức Đại hội, bầu Ban Chấp hành nhiệm kỳ mới.',
    'eventType: conference',
    'province: bac-ninh',
    `publishedAt: 2020-${String((n % 12) + 1).padStart(2, '0')}-15`,
    'organization: Chi bộ Sở Thông tin và Truyền thông',
    'organizationType: party-cell',
    ...photos,
    '---',
    '',
    `Bài ${n}.`,
    '',
  ].join('\n');
}

async function writeProject(root: string, photos: number, perArticle: number) {
  for (const name of ['provinces.yaml', 'indicators.yaml', 'roles.yaml', 'tags.yaml'])
    await copyFile(path.join(repo, 'content', name), path.join(root, 'content', name));
  let made = 0;
  let bytes = 0;
  for (let a = 0; made < photos; a++) {
    const dir = path.join(root, 'content', 'articles', `bai-${a}`);
    await mkdir(dir, { recursive: true });
    const files: string[] = [];
    if (a % 10 !== 9) {
      for (let p = 0; p < perArticle && made < photos; p++, made++) {
        const [w, h] = SIZES[made % SIZES.length] ?? [1600, 1067];
        const data = await photo(w, h, made + 1);
        bytes += data.length;
        files.push(`anh-${p + 1}.jpg`);
        await writeFile(path.join(dir, `anh-${p + 1}.jpg`), data);
      }
    }
    await writeFile(path.join(dir, 'vi.md'), viMd(a, files));
  }
  return bytes;
}

async function folderSize(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const name of await readdir(dir)) {
    files++;
    bytes += (await stat(path.join(dir, name))).size;
  }
  return { files, bytes };
}

const photos = Number(values.photos);
const perArticle = Number(values['per-article']);
const root = await mkdtemp(path.join(tmpdir(), 'bantin-bench-images-'));
await mkdir(path.join(root, 'content', 'articles'), { recursive: true });
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mib = (b: number) => `${(b / 2 ** 20).toFixed(1)} MiB`;
try {
  const sourceBytes = await writeProject(root, photos, perArticle);
  const sources = (await readdir(path.join(root, 'content', 'articles'), { recursive: true }))
    .map(String)
    .filter((f) => f.endsWith('.jpg'))
    .map((f) => path.join(root, 'content', 'articles', f));
  console.log(`${sources.length} photos, ${mib(sourceBytes)} of JPEG, in ${root}`);

  // The loader's per-photo cost: a header read (repeated, median of 5 passes).
  const passes: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t = performance.now();
    for (const f of sources) readImageHeader(f);
    passes.push((performance.now() - t) / sources.length);
  }
  passes.sort((a, b) => a - b);
  const load = performance.now();
  await loadContent({ root, now: NOW });
  console.log(
    `validation: header read ${((passes[2] ?? 0) * 1000).toFixed(0)} µs per photo; whole load ${s(performance.now() - load)}`,
  );

  const cpu = process.cpuUsage();
  const cold = await build(root, '_site-cold');
  const used = process.cpuUsage(cpu);
  const cache = await folderSize(path.join(root, '.cache', 'images', 'files'));
  console.log(
    `cold: ${s(cold.ms)} (${(cold.ms / sources.length).toFixed(0)} ms per photo; CPU ${s((used.user + used.system) / 1000)}), ${JSON.stringify(cold.counts)}`,
  );
  console.log(`output: ${cache.files} files, ${mib(cache.bytes)} (sources ${mib(sourceBytes)})`);
  const warm = await build(root, '_site-warm');
  console.log(`warm, same process: ${s(warm.ms)}, ${JSON.stringify(warm.counts)}`);
  const child = await promisify(execFile)(
    process.execPath,
    [...process.execArgv, import.meta.filename, '--warm-root', root],
    { maxBuffer: 1 << 20 },
  );
  const second = JSON.parse(child.stdout) as Awaited<ReturnType<typeof build>>;
  console.log(`warm, new process: ${s(second.ms)}, ${JSON.stringify(second.counts)}`);
} finally {
  if (!values.keep) await rm(root, { recursive: true, force: true });
}
