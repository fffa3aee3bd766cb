/**
 * The build that `npm run bench` times, in a process of its own:
 *   node --import tsx scripts/lib/bench-build.ts <project root> <out dir>
 * Builds the project with the site's own config (site.config.ts). With an IPC channel (spawned with
 * stdio 'ipc'), it sends a mark as each build phase starts and ends, and one `done` message at the end.
 * Exits 1 and prints the problems when the build fails.
 */
import config from '../../site.config.ts';
import { build, report } from '../../src/build.ts';

/** Sent as each phase starts and ends. */
export interface PhaseMark {
  type: 'phase';
  phase: string;
  event: 'start' | 'end';
  /** Date.now(), to line the mark up with the meter's samples. */
  t: number;
  /** performance.now(): phase wall times to the microsecond. */
  hr: number;
  /** process.cpuUsage() of this process (µs, user and system). */
  cpu: NodeJS.CpuUsage;
  /** process.memoryUsage.rss() of this process (bytes). */
  rss: number;
}

/** Sent once, after the build. */
export interface BuildDone {
  type: 'done';
  ok: boolean;
  pages: number;
}

export type BenchMessage = PhaseMark | BuildDone;

const [root, outDir] = process.argv.slice(2);
if (!root || !outDir) {
  console.error('usage: node --import tsx scripts/lib/bench-build.ts <project root> <out dir>');
  process.exit(2);
}

const sends: Promise<void>[] = [];
const send = (message: BenchMessage) => {
  const channel = process.send?.bind(process);
  if (!channel) return;
  sends.push(new Promise<void>((resolve) => channel(message, undefined, {}, () => resolve())));
};

const result = await build({
  root,
  outDir,
  config,
  onPhase: (phase, event) =>
    send({
      type: 'phase',
      phase,
      event,
      t: Date.now(),
      hr: performance.now(),
      cpu: process.cpuUsage(),
      rss: process.memoryUsage.rss(),
    }),
});
if (!result.ok) report(result, console.error);
send({ type: 'done', ok: result.ok, pages: result.ok ? result.pages : 0 });
await Promise.all(sends);
process.exit(result.ok ? 0 : 1);
