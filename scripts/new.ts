/**
 * `npm run new`: scaffolds content/articles/<id>/vi.md as a draft that validates at once.
 *   npm run new -- --province bac-ninh --title "Đại hội ..." --date "2020-05-30 12:02" --type congress
 * Asks for what is missing when run in a terminal; in a script, missing flags are an error.
 * Never overwrites an existing article.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { formatProblem, type Problem } from '../src/content/problems.ts';
import { loadRegistries } from '../src/content/registries.ts';
import { newArticle } from '../src/scaffold/new-article.ts';
import { EVENT_TYPES } from '../src/schema/article.ts';
import { commandArgs } from './lib/cli.ts';

const { values } = commandArgs(
  [
    'usage: npm run new -- [--province <slug>] [--title <text>] [--date <YYYY-MM-DD[ HH:mm]>] [--type <event type>]',
    '                      [--organization <text>] [--organization-type <type>] [--root <project folder>]',
    '  writes content/articles/<id>/vi.md as a draft; asks for what is missing when run in a terminal',
  ].join('\n'),
  {
    province: { type: 'string' },
    title: { type: 'string' },
    date: { type: 'string' },
    type: { type: 'string' },
    organization: { type: 'string' },
    'organization-type': { type: 'string' },
    root: { type: 'string', default: '.' },
  },
);
const root = path.resolve(values.root);
const problems: Problem[] = [];
const registries = await loadRegistries(root, path.join(root, 'content'), problems);
if (!registries) {
  for (const p of problems) console.error(formatProblem(p));
  process.exit(1);
}

const questions: [keyof typeof values, string][] = [
  ['province', 'Tỉnh / province (slug, e.g. bac-ninh)'],
  ['title', 'Tiêu đề / title'],
  ['date', 'Ngày đăng / published (YYYY-MM-DD or YYYY-MM-DD HH:mm)'],
  ['type', `Loại sự kiện / event type (${EVENT_TYPES.join(', ')})`],
];
const missing = questions.filter(([key]) => !values[key]);
if (missing.length > 0) {
  if (!process.stdin.isTTY) {
    console.error(
      `missing ${missing.map(([k]) => `--${k}`).join(', ')}; in a script give every flag, e.g.\n  npm run new -- --province bac-ninh --title "..." --date 2020-05-30 --type congress`,
    );
    process.exit(1);
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  for (const [key, question] of missing)
    (values as Record<string, unknown>)[key] = (await rl.question(`${question}: `)).trim();
  rl.close();
}

const result = newArticle(
  {
    province: values.province ?? '',
    title: values.title ?? '',
    publishedAt: values.date ?? '',
    eventType: values.type ?? '',
    organization: values.organization,
    organizationType: values['organization-type'],
  },
  registries,
);
if ('problems' in result) {
  for (const p of result.problems) console.error(p);
  process.exit(1);
}
const dir = path.join(root, 'content', 'articles', result.id);
if (existsSync(dir)) {
  console.error(
    `${path.relative(process.cwd(), dir)} already exists; nothing was written. Choose another title or date, or edit that article.`,
  );
  process.exit(1);
}
await mkdir(dir, { recursive: true });
const file = path.join(dir, 'vi.md');
await writeFile(file, result.text, { flag: 'wx' });
console.log(`wrote ${path.relative(process.cwd(), file)} (draft); fill it in, then npm run validate`);
