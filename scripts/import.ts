/**
 * `npm run import -- <folder or file>...`: turns raw text copied from an old portal into draft articles
 * (content/articles/<id>/vi.md, draft: true) with the facts it can be sure of, one per text file (a
 * folder: every .txt file below it). Prints a report: per file, what it filled in and what it left for
 * the editor (also written into the draft as YAML comments), then totals; `--report file.json` writes
 * it as JSON. Never overwrites an article; a text imported before is found by its fingerprint and not
 * imported again; a text that prints no date is not written (an article needs one; none is made up).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatProblem, type Problem } from '../src/content/problems.ts';
import { loadRegistries } from '../src/content/registries.ts';
import { fingerprintOf, importedFingerprints, inputFiles } from '../src/import/archive.ts';
import { draftMarkdown } from '../src/import/draft.ts';
import { parsePortalText } from '../src/import/parse-portal.ts';
import { type FileReport, factsOf, formatReport, reportOf } from '../src/import/report.ts';
import { articleId } from '../src/scaffold/article-id.ts';
import { commandArgs } from './lib/cli.ts';

const { values, positionals } = commandArgs(
  [
    'usage: npm run import -- <folder or file>... [--root <project folder>] [--report <file.json>]',
    '  turns portal text into draft articles (a folder: every .txt file below it) and prints a report',
  ].join('\n'),
  { root: { type: 'string', default: '.' }, report: { type: 'string' } },
  { max: Number.POSITIVE_INFINITY },
);
const root = path.resolve(values.root);
if (positionals.length === 0) {
  console.error('give one or more files or folders of portal text: npm run import -- path/to/archive');
  process.exit(1);
}
const missing = positionals.filter((p) => !existsSync(p));
if (missing.length > 0) {
  console.error(`not found: ${missing.join(', ')}; nothing was imported`);
  process.exit(1);
}
const problems: Problem[] = [];
const registries = await loadRegistries(root, path.join(root, 'content'), problems);
if (!registries) {
  for (const p of problems) console.error(formatProblem(p));
  process.exit(1);
}
const articlesDir = path.join(root, 'content', 'articles');
const imported = importedFingerprints(articlesDir);
const shown = (p: string) => path.relative(process.cwd(), p) || '.';
const files: FileReport[] = [];
for (const input of inputFiles(positionals)) {
  const raw = await readFile(input, 'utf8');
  const fingerprint = fingerprintOf(raw);
  const before = imported.get(fingerprint);
  if (before) {
    files.push({ file: input, status: 'already-imported', article: shown(before), facts: [], gaps: [] });
    continue;
  }
  const article = parsePortalText(raw, registries);
  if (!article.publishedAt && !article.eventDate) {
    // An article needs one of the two, and no date is made up: the editor adds the one the source printed.
    const day = article.gaps.find((g) => g.field === 'eventDate')?.reason ?? 'no day of the event printed';
    const message = `no date line, and ${day}; an article needs a date, so nothing was written: add the date line the portal printed to the text and import it again`;
    files.push({ file: input, status: 'refused', message, facts: [], gaps: article.gaps });
    continue;
  }
  const month = (article.publishedAt ?? article.eventDate ?? '').slice(0, 7) || undefined;
  const id = articleId(month, article.province, article.title ?? path.basename(input, path.extname(input)));
  const dir = path.join(articlesDir, id);
  if (existsSync(dir)) {
    const message = `${shown(dir)} already exists and was not imported from this text; nothing was written (rename the folder, or import into another project with --root)`;
    files.push({ file: input, status: 'refused', message, facts: [], gaps: [] });
    continue;
  }
  await mkdir(dir, { recursive: true });
  const draft = draftMarkdown(article, { name: path.basename(input), fingerprint });
  await writeFile(path.join(dir, 'vi.md'), draft, { flag: 'wx' });
  imported.set(fingerprint, dir);
  files.push({
    file: input,
    status: 'written',
    article: shown(path.join(dir, 'vi.md')),
    facts: factsOf(article),
    gaps: article.gaps,
  });
}
const report = reportOf(files);
console.log(formatReport(report));
if (values.report) {
  await writeFile(values.report, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`report written to ${shown(path.resolve(values.report))}`);
}
if (report.totals.refused > 0) process.exitCode = 1;
