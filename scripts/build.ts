/**
 * `npm run build [-- <outDir>] [--drafts]`: builds the site into _site/ (or outDir).
 * Drafts are never included unless --drafts is given (the preview server does that).
 * On any problem it prints them all, exits 1, and leaves the previous output as it was.
 */
import path from 'node:path';
import config from '../site.config.ts';
import { build, report } from '../src/build.ts';
import { commandArgs } from './lib/cli.ts';

const { values, positionals } = commandArgs(
  'usage: npm run build [-- <outDir>] [--drafts]\n  builds the site into _site/ (or outDir); --drafts includes drafts',
  { drafts: { type: 'boolean', default: false } },
  { max: 1 },
);
const root = path.resolve(import.meta.dirname, '..');
const outDir = positionals[0] ? path.resolve(positionals[0]) : undefined;
const result = await build({ root, outDir, config, includeDrafts: values.drafts });
report(result);
if (!result.ok) process.exitCode = 1;
