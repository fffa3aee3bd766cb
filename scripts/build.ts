/**
 * `npm run build`: builds the published site into _site/ (drafts never included).
 * On any problem it prints them all, exits 1, and leaves the previous _site/ as it was.
 */
import path from 'node:path';
import config from '../site.config.ts';
import { build, report } from '../src/build.ts';

const root = path.resolve(import.meta.dirname, '..');
const outDir = process.argv[2] ? path.resolve(process.argv[2]) : undefined;
const result = await build({ root, outDir, config });
report(result);
if (!result.ok) process.exitCode = 1;
