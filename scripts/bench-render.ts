/**
 * `npm run bench:render -- [--size 400000] [--runs 3]`
 * Times the article renderer (Markdown to safe HTML, and to plain text for search) on the bodies of
 * scripts/lib/hostile-bodies.ts: each one just inside the limits validation enforces
 * (src/content/body-limits.ts), at the size given (at most the body limit) and at half of it, so that a
 * time that grows faster than the size shows (the ratio is about 2 when linear); and each refused one,
 * at 60,000 characters, to check that validation refuses it for its own reason, and where. Prints figures (medians of the runs); asserts nothing about speed. The last line,
 * `BENCH_RENDER_JSON {...}`, holds every figure for machines.
 */
import { BODY_LIMITS, bodyLimitBreaches } from '../src/content/body-limits.ts';
import { plainText, renderMarkdown } from '../src/render/index.ts';
import { commandArgs } from './lib/cli.ts';
import { atLimit, HOSTILE_BODIES } from './lib/hostile-bodies.ts';

const USAGE = `usage: npm run bench:render -- [--size 400000] [--runs 3]
  times the article renderer on bodies that make Markdown renderers slow, just inside bantin's limits
  --size N   characters of each body (default 400000, at most the body limit)
  --runs R   runs of each, the median printed (default 3)`;

const { values } = commandArgs(USAGE, {
  size: { type: 'string', default: '400000' },
  runs: { type: 'string', default: '3' },
});
const size = Math.min(Number(values.size), BODY_LIMITS.characters - 100);
/** The size of the refused forms: the size of the worst paste of the issue that set the limits. */
const REFUSED_SIZE = 60_000;
const runs = Number(values.runs);
if (!(size > 0) || !(runs >= 1)) {
  console.error(`npm run bench:render: --size and --runs take positive numbers\n\n${USAGE}`);
  process.exit(2);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
function timeRender(body: string): number {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    renderMarkdown(body);
    plainText(body);
    times.push(performance.now() - start);
  }
  return median(times);
}

const rows: { name: string; chars: number; ms: number; halfMs: number; refusedAt: string }[] = [];
console.log(`size ${size} characters, median of ${runs} runs\n`);
console.log(
  `${'body, just inside the limits'.padEnd(34)}${'chars'.padStart(9)}${'ms'.padStart(9)}${'ms at ½'.padStart(9)}  refused form`,
);
for (const hostile of HOSTILE_BODIES) {
  const { name, refused } = hostile;
  const body = atLimit(hostile, size);
  const breaches = bodyLimitBreaches(body);
  if (breaches.length > 0)
    throw new Error(`${name}: the body meant to be inside the limits breaks ${breaches[0]?.limit}`);
  const ms = timeRender(body);
  const halfMs = timeRender(atLimit(hostile, size / 2));
  const first = refused ? bodyLimitBreaches(refused(REFUSED_SIZE))[0] : undefined;
  if (refused && !first) throw new Error(`${name}: the refused form passes validation`);
  const refusedAt = first ? `${first.limit} at line ${first.line}, column ${first.column}` : '-';
  rows.push({ name, chars: body.length, ms, halfMs, refusedAt });
  console.log(
    `${name.padEnd(34)}${String(body.length).padStart(9)}${ms.toFixed(0).padStart(9)}${halfMs.toFixed(0).padStart(9)}  ${refusedAt}`,
  );
}
console.log(`\nBENCH_RENDER_JSON ${JSON.stringify({ size, runs, rows })}`);
