/**
 * `npm run validate`: checks all of content/ and prints every problem, one line each:
 *   path:line:column  field.path  what is wrong, and how to fix it
 * then the warnings (marked "warning:"), which do not fail it.
 * Exits 1 when there is any problem, 0 when the content is clean (warnings or not).
 */
import path from 'node:path';
import { loadContent } from '../src/content/load.ts';
import { formatProblem } from '../src/content/problems.ts';
import { commandArgs } from './lib/cli.ts';

const { positionals } = commandArgs(
  'usage: npm run validate [-- <project folder>]\n  checks content/ and prints every problem; exits 1 when there is any',
  {},
  { max: 1 },
);
const root = path.resolve(positionals[0] ?? '.');
const started = performance.now();
const { store, problems, warnings, files } = await loadContent({ root });
const ms = Math.round(performance.now() - started);

for (const problem of [...problems, ...warnings]) console.log(formatProblem(problem));
const warned = warnings.length > 0 ? `; ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : '';
if (problems.length > 0) {
  const inFiles = new Set(problems.map((p) => p.file)).size;
  console.log(
    `\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${inFiles} file${inFiles === 1 ? '' : 's'} (${files} files checked in ${ms} ms)${warned}`,
  );
  process.exitCode = 1;
} else {
  const articles = store?.articles.length ?? 0;
  const translated = store?.articles.filter((a) => a.text.en).length ?? 0;
  console.log(
    `No problems: ${articles} articles (${translated} with English), ${files} files checked in ${ms} ms${warned}`,
  );
}
