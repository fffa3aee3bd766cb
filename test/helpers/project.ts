import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const REGISTRIES = ['provinces.yaml', 'indicators.yaml', 'roles.yaml', 'tags.yaml'];

/**
 * Makes a throwaway project in a temporary folder: the repository's registries plus the given files
 * (paths relative to the project root; strings are written as UTF-8, bytes as they are).
 */
export async function makeProject(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'bantin-test-'));
  await mkdir(path.join(root, 'content', 'articles'), { recursive: true });
  for (const name of REGISTRIES)
    await copyFile(path.join(REPO, 'content', name), path.join(root, 'content', name));
  for (const [rel, data] of Object.entries(files)) {
    const abs = path.join(root, rel);
    await mkdir(path.dirname(abs), { recursive: true });
    await writeFile(abs, data);
  }
  return root;
}

export async function removeProject(root: string): Promise<void> {
  await rm(root, { recursive: true, force: true });
}

/** A valid vi.md; tests change one line at a time, so the line numbers below are stable. */
export const VI_MD = [
  '---', // 1
  'title: Đại hội Đảng bộ Sở lần thứ IV', // 2
  'summary: Đại hội bầu Ban Chấp hành nhiệm kỳ 2020-2025.', // 3
  'eventType: congress', // 4
  'province: bac-ninh', // 5
  'publishedAt: 2020-05-30 12:02', // 6
  'eventDate: 2020-05-29', // 7
  'views: 275', // 8
  'author: KL', // 9
  'organization: Đảng bộ Sở Thông tin và Truyền thông', // 10
  'organizationType: party-committee', // 11
  'congress:', // 12
  '  ordinal: 4', // 13
  '  term: 2020-2025', // 14
  '  delegates:', // 15
  '    official: 2', // 16
  '    alternate: 1', // 17
  'officialsElected:', // 18
  '  - name: Nguyễn Việt Hùng', // 19
  '    role: secretary', // 20
  '    reelected: true', // 21
  '  - name: Vũ Huy Phương', // 22
  '    role: deputy-secretary', // 23
  'targets:', // 24
  '  - indicator: online-public-services-level-4', // 25
  '    value: 95', // 26
  '    unit: percent', // 27
  '    deadline: 2025', // 28
  '    sentence: Đến năm 2025, 95% dịch vụ công trực tuyến mức độ 4.', // 29
  'tags: [party-congress]', // 30
  '---', // 31
  '', // 32
  'Ngày 29/5, Đảng bộ Sở tổ chức Đại hội lần thứ IV.', // 33
  '',
].join('\n');

/** A valid en.md matching VI_MD. */
export const EN_MD = [
  '---', // 1
  'title: Fourth Congress of the Party Committee of the Department', // 2
  'summary: The congress elected the Executive Committee for 2020-2025.', // 3
  'organization: Party Committee of the Department of Information and Communications', // 4
  'officialsElected:', // 5
  '  - name: Nguyễn Việt Hùng', // 6
  '  - name: Vũ Huy Phương', // 7
  'targets:', // 8
  '  - sentence: By 2025, 95% of online public services at level 4.', // 9
  '---', // 10
  '', // 11
  'On 29 May, the Party Committee of the Department held its fourth congress.', // 12
  '',
].join('\n');

/** VI_MD with line `n` (1-based) replaced; `null` deletes the line. */
export function withLine(text: string, n: number, line: string | null): string {
  const lines = text.split('\n');
  if (line === null) lines.splice(n - 1, 1);
  else lines[n - 1] = line;
  return lines.join('\n');
}

/** Every file below a folder, relative, with a hash of its bytes: to compare two outputs whole. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rel of readdirSync(dir, { recursive: true }).map(String).sort()) {
    const abs = path.join(dir, rel);
    if (statSync(abs).isFile()) out[rel] = createHash('sha256').update(readFileSync(abs)).digest('hex');
  }
  return out;
}
