/**
 * `npm run import -- <file>...`: turns raw text copied from an old portal into draft articles
 * (content/articles/<id>/vi.md, draft: true) with the facts it can be sure of. Prints, per file,
 * what it filled in and what it left for the editor (also written into the file as YAML comments).
 * Never overwrites an existing article.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatProblem, type Problem } from '../src/content/problems.ts';
import { loadRegistries } from '../src/content/registries.ts';
import { draftMarkdown } from '../src/import/draft.ts';
import { parsePortalText } from '../src/import/parse-portal.ts';
import { articleId } from '../src/scaffold/article-id.ts';
import { commandArgs } from './lib/cli.ts';

const { values, positionals } = commandArgs(
  'usage: npm run import -- <file>... [--root <project folder>]\n  turns portal text into draft articles',
  { root: { type: 'string', default: '.' } },
  { max: Number.POSITIVE_INFINITY },
);
const root = path.resolve(values.root);
if (positionals.length === 0) {
  console.error('give one or more files of portal text: npm run import -- path/to/article.txt');
  process.exit(1);
}
const problems: Problem[] = [];
const registries = await loadRegistries(root, path.join(root, 'content'), problems);
if (!registries) {
  for (const p of problems) console.error(formatProblem(p));
  process.exit(1);
}
let failed = false;
for (const input of positionals) {
  const imported = parsePortalText(await readFile(input, 'utf8'), registries);
  const month = (imported.publishedAt ?? imported.eventDate ?? '').slice(0, 7) || undefined;
  const id = articleId(month, imported.province, imported.title ?? path.basename(input, path.extname(input)));
  const dir = path.join(root, 'content', 'articles', id);
  if (existsSync(dir)) {
    console.error(`${input}: ${path.relative(process.cwd(), dir)} already exists; nothing was written`);
    failed = true;
    continue;
  }
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'vi.md'), draftMarkdown(imported), { flag: 'wx' });
  const filled = Object.keys(imported).filter((k) => k !== 'gaps' && k !== 'paragraphs');
  console.log(`${input} -> ${path.relative(process.cwd(), path.join(dir, 'vi.md'))}`);
  console.log(`  filled in: ${filled.join(', ')}; ${imported.paragraphs.length} paragraphs`);
  for (const g of imported.gaps) console.log(`  left for you: ${g.field}: ${g.reason}`);
}
if (failed) process.exitCode = 1;
