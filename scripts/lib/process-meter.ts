/**
 * A process meter for benchmarks (Linux only): runs a command and samples its whole process tree (the
 * process and all its descendants, found through /proc/<pid>/task/<tid>/children) every ~25 ms.
 *
 *   const run = await meter(process.execPath, ['cmd.cjs'], { cwd });
 *   run.wallMs, run.cpuMs, run.peakRssBytes, run.exitCode, run.samples
 *
 * - wall: spawn to exit.
 * - CPU: exact, not sampled: the growth of this process's own cutime+cstime (fields 16 and 17 of
 *   /proc/self/stat) over the run. The kernel adds a child's CPU time, and that of every descendant
 *   it reaped, when this process reaps it, so run one metered command at a time.
 * - samples: at each tick, the tree's RSS (VmRSS summed over its processes) and the tree's CPU so far,
 *   the sum over its live (or zombie) processes of utime+stime+cutime+cstime. The root's own part is
 *   kept apart (`rootCpuMs`, `rootRssBytes`), so a caller that knows the root's CPU exactly (from
 *   process.cpuUsage() inside it) can use the samples for descendants only.
 * - peak: the largest sampled tree RSS, or the largest VmHWM (peak RSS the kernel kept for one
 *   process) seen, whichever is larger. A spike shorter than the interval in a descendant may be missed.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Sample {
  /** Date.now() when the sample was taken. */
  t: number;
  /** Resident memory of the whole tree (sum of VmRSS). */
  rssBytes: number;
  /** CPU time of the whole tree so far (live processes, plus what they reaped). */
  cpuMs: number;
  /** The root process's own resident memory. */
  rootRssBytes: number;
  /** The root process's own CPU time (utime+stime, without its children). */
  rootCpuMs: number;
  /** Number of processes in the tree. */
  processes: number;
}

export interface MeterOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Sampling interval; 25 ms by default. */
  intervalMs?: number;
  /** Opens an IPC channel to the child; each message it sends is passed here. */
  onMessage?: (message: unknown) => void;
  /** Called with each chunk the child writes to stdout or stderr (it is kept in the result too). */
  onOutput?: (chunk: string) => void;
}

export interface MeterResult {
  command: string;
  args: string[];
  /** Spawn to exit. */
  wallMs: number;
  /** CPU time of the process and every descendant (user + system). */
  cpuMs: number;
  /** Peak resident memory of the tree. */
  peakRssBytes: number;
  /** null when the process was killed by a signal. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** Date.now() at spawn and at exit, to line samples up with marks the child sends. */
  startedAt: number;
  endedAt: number;
  samples: Sample[];
  /** The last 64 KiB of the child's stdout and stderr, interleaved. */
  output: string;
}

const OUTPUT_KEPT = 64 * 1024;

let ticksPerSecond: number | undefined;
/** Clock ticks per second of the CPU times in /proc (`getconf CLK_TCK`, 100 when that fails). */
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      const n = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
      ticksPerSecond = Number.isFinite(n) && n > 0 ? n : 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** The process vanished between two reads: normal for a tree that changes while it is sampled. */
function gone(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ESRCH' || code === 'EINVAL';
}

function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if (gone(error)) return null;
    throw error;
  }
}

/**
 * utime, stime, cutime, cstime of /proc/<pid>/stat, in ticks. The second field (comm) is in
 * parentheses and may hold spaces or parentheses itself: the fields are counted after the last ')'.
 */
export function parseStat(text: string): { utime: number; stime: number; cutime: number; cstime: number } {
  const rest = text
    .slice(text.lastIndexOf(')') + 2)
    .trim()
    .split(' ');
  // rest[0] is field 3 (state); field n is rest[n - 3].
  const field = (n: number) => Number(rest[n - 3]);
  return { utime: field(14), stime: field(15), cutime: field(16), cstime: field(17) };
}

function statOf(pid: number | 'self') {
  const text = readOrNull(`/proc/${pid}/stat`);
  return text === null ? null : parseStat(text);
}

/** VmRSS and VmHWM of /proc/<pid>/status, in bytes (0 for a zombie, which has neither). */
function memoryOf(pid: number): { rss: number; hwm: number } | null {
  const text = readOrNull(`/proc/${pid}/status`);
  if (text === null) return null;
  const kib = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0) * 1024;
  return { rss: kib('VmRSS'), hwm: kib('VmHWM') };
}

/** Children of a process: of each of its threads, since a child belongs to the thread that forked it. */
function childrenOf(pid: number): number[] {
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch (error) {
    if (gone(error)) return [];
    throw error;
  }
  const out: number[] = [];
  for (const tid of tids) {
    const text = readOrNull(`/proc/${pid}/task/${tid}/children`);
    if (text === null) continue;
    for (const word of text.split(' ')) if (word.trim()) out.push(Number(word));
  }
  return out;
}

/** The root and all its descendants, root first. */
function treeOf(root: number): number[] {
  const seen = new Set<number>();
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    if (seen.has(pid)) continue;
    seen.add(pid);
    queue.push(...childrenOf(pid));
  }
  return [...seen];
}

/** Throws a clear message where the meter cannot work. */
export function assertSupported(): void {
  if (process.platform !== 'linux')
    throw new Error(`the process meter reads /proc and runs on Linux only (this is ${process.platform})`);
  if (readOrNull(`/proc/self/task/${process.pid}/children`) === null)
    throw new Error(
      'the process meter needs /proc/<pid>/task/<tid>/children (a kernel built with CONFIG_PROC_CHILDREN)',
    );
}

/** This process's reaped children's CPU time (cutime + cstime), in ticks. */
function reapedTicks(): number {
  const s = statOf('self');
  if (!s) throw new Error('cannot read /proc/self/stat');
  return s.cutime + s.cstime;
}

/** Runs a command to its end while sampling its process tree; never rejects on a non-zero exit. */
export function meter(
  command: string,
  args: readonly string[],
  options: MeterOptions = {},
): Promise<MeterResult> {
  assertSupported();
  const hz = clockTicks();
  const toMs = (ticks: number) => (ticks * 1000) / hz;
  const samples: Sample[] = [];
  let peakHwm = 0;
  let output = '';
  const keep = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    options.onOutput?.(text);
    output = (output + text).slice(-OUTPUT_KEPT);
  };

  return new Promise<MeterResult>((resolve, reject) => {
    const reapedBefore = reapedTicks();
    const startedAt = Date.now();
    const start = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe', ...(options.onMessage ? (['ipc'] as const) : [])],
    });
    const root = child.pid;
    let exited: {
      wallMs: number;
      endedAt: number;
      code: number | null;
      signal: NodeJS.Signals | null;
    } | null = null;

    const sample = () => {
      if (root === undefined || exited) return;
      const t = Date.now();
      let rssBytes = 0;
      let cpuTicks = 0;
      let rootRssBytes = 0;
      let rootTicks = 0;
      let processes = 0;
      for (const pid of treeOf(root)) {
        const stat = statOf(pid);
        const memory = memoryOf(pid);
        if (!stat || !memory) continue;
        processes++;
        rssBytes += memory.rss;
        peakHwm = Math.max(peakHwm, memory.hwm);
        cpuTicks += stat.utime + stat.stime + stat.cutime + stat.cstime;
        if (pid === root) {
          rootRssBytes = memory.rss;
          rootTicks = stat.utime + stat.stime;
        }
      }
      if (processes === 0) return;
      samples.push({
        t,
        rssBytes,
        cpuMs: toMs(cpuTicks),
        rootRssBytes,
        rootCpuMs: toMs(rootTicks),
        processes,
      });
    };
    const timer = setInterval(sample, options.intervalMs ?? 25);
    sample();

    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    if (options.onMessage) child.on('message', options.onMessage);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(new Error(`cannot run ${command}: ${error.message}`));
    });
    child.on('exit', (code, signal) => {
      exited = { wallMs: performance.now() - start, endedAt: Date.now(), code, signal };
      clearInterval(timer);
    });
    // 'close' comes after 'exit' once stdout, stderr and the IPC channel are drained.
    child.on('close', () => {
      clearInterval(timer);
      if (!exited) return;
      const sampledPeak = Math.max(0, ...samples.map((s) => s.rssBytes));
      const lastSampledCpu = samples.at(-1)?.cpuMs ?? 0;
      resolve({
        command,
        args: [...args],
        wallMs: exited.wallMs,
        cpuMs: Math.max(toMs(reapedTicks() - reapedBefore), lastSampledCpu),
        peakRssBytes: Math.max(sampledPeak, peakHwm),
        exitCode: exited.code,
        signal: exited.signal,
        startedAt,
        endedAt: exited.endedAt,
        samples,
        output,
      });
    });
  });
}

/** Linear interpolation of a sampled figure at time t (clamped to the first and last samples). */
export function sampledAt(samples: readonly Sample[], t: number, figure: (s: Sample) => number): number {
  const first = samples[0];
  const last = samples.at(-1);
  if (!first || !last) return 0;
  if (t <= first.t) return figure(first);
  if (t >= last.t) return figure(last);
  let hi = samples.findIndex((s) => s.t >= t);
  if (hi <= 0) hi = 1;
  const a = samples[hi - 1] as Sample;
  const b = samples[hi] as Sample;
  if (b.t === a.t) return figure(b);
  return figure(a) + ((figure(b) - figure(a)) * (t - a.t)) / (b.t - a.t);
}
