/**
 * A deterministic synthetic corpus for benchmarks: N articles whose text is spliced from the sentences
 * of the real articles in content/ (the head of one sentence joined to the tail of another, so the
 * vocabulary and most word pairs are the real ones, but not the sentences), spread over all 63
 * provinces, with officials named in the real articles' family and middle names, and targets.
 * Same options, same files, byte for byte.
 */
import { copyFile, cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { foldWords } from '../../src/search/fold.ts';

export interface CorpusOptions {
  /** Where to write the project (it gets content/ with registries and articles). */
  root: string;
  /** How many articles. */
  articles: number;
  /** Share of articles with an English translation, 0..1. */
  englishShare?: number;
  /** Seed of the pseudo-random choices. */
  seed?: number;
  /** The repository to take registries and sentences from. */
  repo: string;
  /**
   * Phrases the synthetic articles never hold, compared with diacritics folded and đ as d (the search
   * benchmark's queries): a sentence or name that would hold one is made again.
   */
  avoid?: readonly string[];
  /** Copy the repository's own articles in too (the search benchmark looks for them among the rest). */
  withRepoArticles?: boolean;
}

/**
 * Text as the search compares it once diacritics are folded: lower case, đ as d, letters and digits
 * only, one space between words, and a space at each end.
 * @example folded('Đoàn Thanh Hải, TUV') // => ' doan thanh hai tuv '
 */
export function folded(text: string): string {
  const words = foldWords(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return ` ${words.join(' ')} `;
}

/** Mulberry32: small, fast, deterministic. */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function sentencesOf(repo: string, lang: 'vi' | 'en'): Promise<string[]> {
  const dir = path.join(repo, 'content', 'articles');
  const out: string[] = [];
  for (const id of (await readdir(dir)).sort()) {
    let text: string;
    try {
      text = await readFile(path.join(dir, id, `${lang}.md`), 'utf8');
    } catch {
      continue;
    }
    const body = text.replace(/^---[\s\S]*?\n---\n/, '');
    for (const s of body.split(/(?<=[.;!?…])\s+/)) {
      const t = s.replace(/\s+/g, ' ').trim();
      if (t.length > 30 && !t.includes('"')) out.push(t);
    }
  }
  return out;
}

const q = (s: string) => JSON.stringify(s);
const pad = (n: number) => String(n).padStart(2, '0');

/** Writes the corpus; returns the number of files written. */
export async function writeCorpus(options: CorpusOptions): Promise<{ files: number }> {
  const { root, articles, repo } = options;
  const englishShare = options.englishShare ?? 1;
  const rand = random(options.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const content = path.join(root, 'content');
  await mkdir(path.join(content, 'articles'), { recursive: true });
  for (const name of ['provinces.yaml', 'indicators.yaml', 'roles.yaml', 'tags.yaml']) {
    await copyFile(path.join(repo, 'content', name), path.join(content, name));
  }
  const provinces = (
    parse(await readFile(path.join(content, 'provinces.yaml'), 'utf8')) as {
      provinces: { slug: string; name: { vi: string; en: string } }[];
    }
  ).provinces;
  const indicators = (
    parse(await readFile(path.join(content, 'indicators.yaml'), 'utf8')) as {
      indicators: { key: string; unit: string }[];
    }
  ).indicators;
  const tags = (
    parse(await readFile(path.join(content, 'tags.yaml'), 'utf8')) as { tags: { key: string }[] }
  ).tags.map((t) => t.key);
  const avoid = (options.avoid ?? []).map(folded);
  const allowed = (text: string) => {
    const f = folded(text);
    return !avoid.some((phrase) => f.includes(phrase));
  };
  /** The first of `make()`'s results that holds no avoided phrase (tries 100 times). */
  const without = (make: () => string): string => {
    for (let i = 0; i < 100; i++) {
      const text = make();
      if (allowed(text)) return text;
    }
    throw new Error('the synthetic corpus cannot avoid the phrases it was given');
  };
  /** The head of one real sentence and the tail of another, cut at words. */
  const splice = (list: readonly string[]) => () => {
    const a = pick(list).split(' ');
    const b = pick(list).split(' ');
    return [
      ...a.slice(0, 1 + Math.floor(rand() * (a.length - 1))),
      ...b.slice(Math.floor(rand() * b.length)),
    ].join(' ');
  };
  const viSentence = splice(await sentencesOf(repo, 'vi'));
  const enSentence = splice(await sentencesOf(repo, 'en'));
  const sentence = (lang: 'vi' | 'en') => without(lang === 'vi' ? viSentence : enSentence);
  // The real articles' family names, middle names and given names, in other combinations.
  const surnames = [
    'Nguyễn',
    'Trần',
    'Lê',
    'Phạm',
    'Hoàng',
    'Vũ',
    'Đặng',
    'Bùi',
    'Đỗ',
    'Ngô',
    'Đoàn',
    'Vương',
  ];
  const middles = ['Văn', 'Thị', 'Việt', 'Đình', 'Hữu', 'Thanh', 'Bá', 'Huy', 'Thị Thúy', 'Thị Hồng', 'Quốc'];
  const givens = [
    'Hùng',
    'Lan',
    'Phương',
    'Hải',
    'Thảo',
    'Luân',
    'Giang',
    'Tuấn',
    'Đức',
    'Hạnh',
    'Hữu',
    'Văn',
  ];
  const name = () => without(() => `${pick(surnames)} ${pick(middles)} ${pick(givens)}`);
  let files = 4;
  if (options.withRepoArticles) {
    const from = path.join(repo, 'content', 'articles');
    for (const id of await readdir(from)) {
      await cp(path.join(from, id), path.join(content, 'articles', id), { recursive: true });
      files += (await readdir(path.join(from, id))).length;
    }
  }
  const writes: Promise<void>[] = [];
  for (let i = 0; i < articles; i++) {
    const province = provinces[i % provinces.length] as (typeof provinces)[number];
    const year = 2006 + (i % 20);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const ordinal = 1 + (i % 6);
    const id = `${year}-${pad(month)}-${province.slug}-dai-hoi-${i}`;
    const indicator = pick(indicators);
    const value = indicator.unit === 'percent' ? 50 + Math.floor(rand() * 50) : 1 + Math.floor(rand() * 9);
    const paragraphs: string[] = [];
    const enParagraphs: string[] = [];
    const officials = [name(), name()];
    const guest = name();
    for (let p = 0; p < 8; p++) {
      paragraphs.push(Array.from({ length: 3 }, () => sentence('vi')).join(' '));
      enParagraphs.push(Array.from({ length: 3 }, () => sentence('en')).join(' '));
    }
    // People named in the text as the real articles name them.
    paragraphs[0] = `Dự Đại hội có đồng chí ${guest}, Bí thư Đảng ủy Khối. ${paragraphs[0]}`;
    paragraphs[7] = `${paragraphs[7]} Đồng chí ${officials[0]}, Giám đốc Sở được bầu giữ chức Bí thư; đồng chí ${officials[1]} làm Phó Bí thư.`;
    enParagraphs[0] = `Attending the Congress was comrade ${guest}. ${enParagraphs[0]}`;
    enParagraphs[7] = `${enParagraphs[7]} Comrade ${officials[0]}, Director of the Department, was elected Secretary; comrade ${officials[1]} Deputy Secretary.`;
    const vi = `---
title: ${q(`Đại hội Đảng bộ Sở Thông tin và Truyền thông ${province.name.vi} lần thứ ${ordinal} (${i})`)}
summary: ${q(`Đảng bộ Sở Thông tin và Truyền thông ${province.name.vi} tổ chức Đại hội lần thứ ${ordinal}.`)}
eventType: congress
province: ${province.slug}
publishedAt: ${year}-${pad(month)}-${pad(day)} ${pad(7 + (i % 10))}:${pad(i % 60)}
eventDate: ${year}-${pad(month)}-${pad(day)}
views: ${Math.floor(rand() * 2000)}
author: ${q(name())}
organization: Đảng bộ Sở Thông tin và Truyền thông
organizationType: party-committee
congress:
  ordinal: ${ordinal}
  term: ${year}-${year + 5}
  partyMembersPresent: ${20 + Math.floor(rand() * 60)}
  executiveCommitteeSize: ${5 + Math.floor(rand() * 6)}
  delegates:
    official: 2
    alternate: 1
officialsElected:
  - name: ${officials[0]}
    role: secretary
    jobTitle: Giám đốc Sở
    reelected: ${rand() < 0.5}
  - name: ${officials[1]}
    role: deputy-secretary
    jobTitle: Phó Giám đốc Sở
targets:
  - indicator: ${indicator.key}
    value: ${value}
    unit: ${indicator.unit}
    deadline: ${year + 5}
    sentence: ${q(sentence('vi'))}
tags: [${pick(tags)}, ${pick(tags)}]
---

${paragraphs.join('\n\n')}
`.replace(/tags: \[([a-z-]+), \1\]/, 'tags: [$1]');
    if (!allowed(vi))
      throw new Error(`synthetic article ${id} holds an avoided phrase: change its templates`);
    const dir = path.join(content, 'articles', String(year), id);
    const hasEnglish = rand() < englishShare;
    writes.push(
      (async () => {
        await mkdir(dir, { recursive: true });
        await writeFile(path.join(dir, 'vi.md'), vi);
        if (hasEnglish) {
          const en = `---
title: ${q(`Congress No. ${ordinal} of the Party Committee of the ${province.name.en} Department of Information and Communications (${i})`)}
summary: ${q(`The Party Committee of the ${province.name.en} Department held its congress No. ${ordinal}.`)}
organization: Party Committee of the Department of Information and Communications
officialsElected:
  - jobTitle: Director of the Department
  - jobTitle: Deputy Director of the Department
targets:
  - sentence: ${q(sentence('en'))}
---

${enParagraphs.join('\n\n')}
`;
          if (!allowed(en)) throw new Error(`synthetic article ${id} (en) holds an avoided phrase`);
          await writeFile(path.join(dir, 'en.md'), en);
        }
      })(),
    );
    files += hasEnglish ? 2 : 1;
    if (writes.length >= 256) await Promise.all(writes.splice(0));
  }
  await Promise.all(writes);
  return { files };
}
