/**
 * `npm run bench:load -- --articles 10000 [--runs 5] [--english 1]`
 * Generates a synthetic corpus in a temporary folder and times load+validate (loadContent) on it.
 * Prints figures; asserts nothing. Times are medians of the runs; the first run (coldest: nothing
 * compiled yet) is shown on its own, with the CPU time of the process during it (all threads).
 * Memory is the process's peak RSS. `npm run bench:load` runs with the same Node flags as the build.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent } from '../src/content/load.ts';
import { writeCorpus } from './lib/synthetic-corpus.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '5' },
    english: { type: 'string', default: '1' },
  },
});
const articles = Number(values.articles);
const runs = Number(values.runs);
const root = await mkdtemp(path.join(tmpdir(), 'bantin-bench-load-'));
try {
  const repo = path.resolve(import.meta.dirname, '..');
  const { files } = await writeCorpus({ root, articles, englishShare: Number(values.english), repo });
  const times: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const result = await loadContent({ root });
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    if (result.problems.length > 0) {
      console.error(result.problems.slice(0, 5));
      throw new Error(`the synthetic corpus has ${result.problems.length} problems`);
    }
  }
  const first = times[0] ?? 0;
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  console.log(`articles            ${articles}`);
  console.log(`files               ${files}`);
  console.log(
    `load+validate       ${Math.round(median)} ms (median of ${runs}; min ${Math.round(times[0] ?? 0)}, max ${Math.round(times.at(-1) ?? 0)})`,
  );
  console.log(`first run           ${Math.round(first)} ms (CPU ${Math.round(cpu[0] ?? 0)} ms)`);
  console.log(`per article         ${((median / articles) * 1000).toFixed(1)} µs`);
  console.log(`peak RSS            ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`);
  console.log(`cpus                ${(await import('node:os')).cpus().length}, node ${process.version}`);
} finally {
  await rm(root, { recursive: true, force: true });
}
