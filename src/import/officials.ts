import type { Registries } from '../content/store.ts';
import { fold, sentencesOf } from './text.ts';

/**
 * Who was elected to which post, in the common phrasings of the genre:
 * - "bầu đồng chí X, <chức vụ> giữ chức Bí thư; đồng chí Y, <chức vụ> giữ chức Phó Bí thư"
 * - "X, <chức vụ> tái đắc cử Bí thư", "X - <chức vụ> tái cử Bí thư", "X (<chức vụ>) …"
 * - "X được bầu làm / được bầu giữ chức / trúng cử Phó Bí thư"
 * - "X tiếp tục được (đại hội) tín nhiệm bầu giữ chức Bí thư", "bầu đ/c X tiếp tục làm Bí thư"
 * - "bầu … đồng chí X làm Phó Bí thư" ("làm" and "giữ chức" count only in a sentence that says "bầu").
 * Several people in one sentence are read clause by clause. Re-elected only where the verb says so
 * ("tiếp tục", "tái đắc cử", "tái cử"). Guests are never elected: a guest list ("Dự Đại hội có đồng chí
 * …"), a speech ("phát biểu chỉ đạo"), a post of a higher body ("Bí thư Tỉnh ủy") or of the Youth Union
 * ("Bí thư Chi đoàn") is not an election; nor is a past one, a nomination or a refusal ("người từng được
 * bầu", "được giới thiệu để bầu", "không tái cử").
 */

export interface ImportedOfficial {
  name: string;
  role: string;
  jobTitle?: string;
  reelected?: true;
}

/** Election verbs, longest first; `again` when the verb itself says re-elected. */
const VERBS: { re: string; again: boolean; needsBau?: boolean }[] = [
  {
    re: 'tiếp tục được (?:đại hội |Đại hội |Ban Chấp hành |BCH |hội nghị |Hội nghị )?(?:tín nhiệm )?bầu (?:giữ chức|làm|là)',
    again: true,
  },
  { re: 'tiếp tục giữ chức', again: true, needsBau: true },
  { re: 'tiếp tục làm', again: true, needsBau: true },
  { re: 'tái đắc cử(?: chức)?', again: true },
  { re: 'tái cử(?: chức)?', again: true },
  { re: 'được (?:tín nhiệm )?bầu (?:giữ chức|làm|là|vào chức)', again: false },
  { re: 'được bầu', again: false },
  { re: 'trúng cử(?: chức)?', again: false },
  { re: 'giữ chức', again: false, needsBau: true },
  { re: 'làm', again: false, needsBau: true },
];
const VERB = new RegExp(`(?<![\\p{L}])(?:${VERBS.map((v) => `(${v.re})`).join('|')})(?![\\p{L}])`, 'gu');

/** Someone named: "đồng chí", "đ/c", "ông", "bà", or nothing, then two to five capitalized words. */
const NAME = '\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){1,4}';
const MENTION = new RegExp(
  `(?:(?<![\\p{L}])(?:đồng chí|Đồng chí|đ\\/c|Đ\\/c|ông|Ông|bà|Bà)\\s+|^\\s*|(?<![\\p{L}])bầu\\s+)(${NAME})`,
  'gu',
);

/** Words that make the person a guest or a speaker, not someone elected. */
const GUEST = /(?<![\p{L}])(?:phát biểu|chỉ đạo|tặng hoa|chúc mừng|thay mặt|trao)(?![\p{L}])/iu;
const GUEST_LIST = /(?<![\p{L}])(?:dự|tham dự|cùng dự)(?![\p{L}])[^;]*?(?<![\p{L}])có(?![\p{L}])/iu;
/**
 * A post of a higher body, or of a mass organization (the Youth Union, the trade union, an association),
 * named after the title: not this party organization's election.
 */
const OTHER_BODY =
  /^\s*(?:Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Đảng ủy Khối|Đảng uỷ Khối|Trung ương|Chi đoàn|Đoàn|Công đoàn|Hội|Chi hội)(?![\p{L}])/iu;
/**
 * Words no job title holds: between a name and the verb they say the person is not being elected here
 * ("người từng được bầu", "được giới thiệu để bầu", "không tái cử", "sẽ được bầu").
 */
const NOT_A_TITLE =
  /(?<![\p{L}])(?:được|để|không|chưa|từng|đã|sẽ|đang|người|dự kiến|giới thiệu|đề cử|ứng cử)(?![\p{L}])/iu;

const ABBREVIATIONS: [string, string][] = [
  ['Ban Chấp hành', 'BCH'],
  ['Ban Thường vụ', 'BTV'],
  ['Ủy ban Kiểm tra', 'UBKT'],
];

/** The Vietnamese wordings of each post of content/roles.yaml, abbreviations included, longest first. */
function postWordings(registries: Registries): { folded: string; role: string }[] {
  const out: { folded: string; role: string }[] = [];
  for (const role of registries.roles.values()) {
    const label = role.label.vi;
    const forms = new Set([label]);
    for (const [long, short] of ABBREVIATIONS)
      if (label.includes(long)) forms.add(label.replace(long, short));
    for (const form of forms) out.push({ folded: fold(form), role: role.key });
  }
  return out.sort((a, b) => b.folded.length - a.folded.length);
}

/** The clauses of a sentence that can each name one person: split at ";" and before "(và) đồng chí". */
function clausesOf(sentence: string): string[] {
  return sentence
    .split(/;\s*|,?\s+và\s+(?=(?:đồng chí|đ\/c|ông|bà)\s)|,\s+(?=(?:đồng chí|đ\/c)\s)/iu)
    .filter(Boolean);
}

function officialIn(
  clause: string,
  electionSentence: boolean,
  posts: { folded: string; role: string }[],
): ImportedOfficial | undefined {
  for (const verb of clause.matchAll(VERB)) {
    const which = VERBS[verb.slice(1).findIndex((g) => g !== undefined)];
    if (!which || (which.needsBau && !electionSentence)) continue;
    const after = clause.slice((verb.index ?? 0) + verb[0].length).replace(/^\s*(?:chức\s+)?/u, '');
    const post = posts.find((p) => {
      const head = fold(after.slice(0, p.folded.length + 1));
      return head.startsWith(p.folded) && !/[\p{L}]/u.test(head.charAt(p.folded.length));
    });
    if (!post) continue;
    if (OTHER_BODY.test(after.slice(post.folded.length))) continue;
    const before = clause.slice(0, verb.index);
    const mention = [...before.matchAll(MENTION)].at(-1);
    if (!mention || mention.index === undefined) continue;
    const name = mention[1] as string;
    if (GUEST_LIST.test(before.slice(0, mention.index))) continue;
    const between = before.slice(mention.index + mention[0].length);
    if (GUEST.test(between) || /(?:đồng chí|đ\/c)\s/iu.test(between) || between.length > 120) continue;
    // A job title is set off by a comma, a dash or brackets; other words between name and verb are not one.
    const bracketed = /^\s*\(([^()]+)\)\s*$/u.exec(between)?.[1];
    const jobTitle = (bracketed ?? between.replace(/^\s*[,\-–]\s*/u, '')).trim();
    if (jobTitle && !bracketed && !/^\s*[,\-–]/u.test(between)) continue;
    if (NOT_A_TITLE.test(jobTitle)) continue;
    return {
      name,
      role: post.role,
      ...(jobTitle ? { jobTitle } : {}),
      ...(which.again ? { reelected: true as const } : {}),
    };
  }
  return undefined;
}

/** The officials the text says were elected, in the order it names them. */
export function officialsOf(paragraphs: readonly string[], registries: Registries): ImportedOfficial[] {
  const posts = postWordings(registries);
  const out: ImportedOfficial[] = [];
  for (const paragraph of paragraphs)
    for (const sentence of sentencesOf(paragraph)) {
      const electionSentence = /(?<![\p{L}])bầu(?![\p{L}])/iu.test(sentence);
      for (const clause of clausesOf(sentence)) {
        const official = officialIn(clause, electionSentence, posts);
        if (official && !out.some((o) => o.name === official.name && o.role === official.role))
          out.push(official);
      }
    }
  return out;
}
