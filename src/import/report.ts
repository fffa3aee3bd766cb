import type { Gap } from './gaps.ts';
import type { Imported } from './parse-portal.ts';

/**
 * The report of an import: per file, what was filled in and what was left with the reason; totals per
 * field, so a migration of a whole archive can be tracked (`--report file.json` writes it as JSON).
 */

export interface FileReport {
  /** The text file, as given. */
  file: string;
  /** written: a new draft; already-imported: the same text was imported before; refused: nothing written. */
  status: 'written' | 'already-imported' | 'refused';
  /** The article folder written, or found. */
  article?: string;
  /** Why nothing was written, for `refused`. */
  message?: string;
  /** Fields filled in; a list field once per item ("targets" twice for two targets). */
  facts: string[];
  gaps: Gap[];
}

export interface ImportReport {
  files: FileReport[];
  totals: {
    files: number;
    written: number;
    alreadyImported: number;
    refused: number;
    /** Per field: how many values were filled in. */
    facts: Record<string, number>;
    /** Per field: how many gaps were left ("targets[2].deadline" counts as "targets[].deadline"). */
    gaps: Record<string, number>;
  };
}

/** The fields an import filled in, congress figures one by one, lists once per item. */
export function factsOf(imported: Imported): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(imported)) {
    if (key === 'paragraphs' || key === 'gaps' || key === 'notes' || value === undefined) continue;
    if (Array.isArray(value) && key !== 'author') out.push(...value.map(() => key));
    else if (key === 'congress') out.push(...Object.keys(value).map((k) => `congress.${k}`));
    else out.push(key);
  }
  return out;
}

const count = (into: Record<string, number>, key: string) => {
  into[key] = (into[key] ?? 0) + 1;
};

export function reportOf(files: FileReport[]): ImportReport {
  const facts: Record<string, number> = {};
  const gaps: Record<string, number> = {};
  for (const f of files) {
    if (f.status !== 'written') continue;
    for (const fact of f.facts) count(facts, fact);
    for (const gap of f.gaps) count(gaps, gap.field.replace(/\[\d+\]/g, '[]'));
  }
  return {
    files,
    totals: {
      files: files.length,
      written: files.filter((f) => f.status === 'written').length,
      alreadyImported: files.filter((f) => f.status === 'already-imported').length,
      refused: files.filter((f) => f.status === 'refused').length,
      facts,
      gaps,
    },
  };
}

const summary = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([field, n]) => (n > 1 ? `${field} ×${n}` : field))
    .join(', ');

/** The report as the command prints it: a block per file, then the totals. */
export function formatReport(report: ImportReport): string {
  const lines: string[] = [];
  for (const f of report.files) {
    if (f.status === 'already-imported') {
      lines.push(`${f.file}: already imported as ${f.article}; nothing was written`);
      continue;
    }
    if (f.status === 'refused') {
      lines.push(`${f.file}: ${f.message}`);
      continue;
    }
    lines.push(`${f.file} -> ${f.article}`);
    const counts: Record<string, number> = {};
    for (const fact of f.facts) count(counts, fact);
    lines.push(`  filled in: ${summary(counts)}`);
    for (const g of f.gaps) lines.push(`  left for you: ${g.field}: ${g.reason}`);
  }
  const t = report.totals;
  const facts = Object.values(t.facts).reduce((a, b) => a + b, 0);
  const gaps = Object.values(t.gaps).reduce((a, b) => a + b, 0);
  lines.push(
    '',
    `${t.files} file(s): ${t.written} written, ${t.alreadyImported} already imported, ${t.refused} refused`,
    `${facts} value(s) filled in: ${summary(t.facts) || 'none'}`,
    `${gaps} gap(s) left: ${summary(t.gaps) || 'none'}`,
  );
  return lines.join('\n');
}
