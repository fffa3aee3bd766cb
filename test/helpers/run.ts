import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import { REPO } from './project.ts';

const execFileAsync = promisify(execFile);

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command to the end and returns its exit code and output, whether it succeeded or not. */
export async function runCommand(
  file: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CommandResult> {
  try {
    const { stdout, stderr } = await execFileAsync(file, args, options);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** A binary installed in the repository's node_modules/.bin. */
export const bin = (name: string) => path.join(REPO, 'node_modules', '.bin', name);

/**
 * A benchmark's printed figures: each label must begin a line of `stdout` (an assertion per label);
 * returns the JSON that follows `jsonPrefix` on its line, or null when there is none.
 */
export function printedFigures(stdout: string, labels: readonly string[], jsonPrefix: string): unknown {
  const lines = stdout.split('\n');
  for (const label of labels)
    expect(
      lines.some((line) => line.startsWith(label)),
      label,
    ).toBe(true);
  const json = lines.find((line) => line.startsWith(jsonPrefix));
  return JSON.parse(json?.slice(jsonPrefix.length) ?? 'null');
}
