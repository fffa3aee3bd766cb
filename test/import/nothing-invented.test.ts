import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Registries } from '../../src/content/store.ts';
import { type Imported, parsePortalText } from '../../src/import/parse-portal.ts';
import { cleanLine, findPhrase, fold, normalizeRaw } from '../../src/import/text.ts';
import { REPO } from '../helpers/project.ts';
import { repoRegistries } from './helpers.ts';

/**
 * Nothing invented: every value the importer fills in is printed in the raw text (names, titles and
 * sentences verbatim after normalization, numbers as printed, "95,5" or "1.024" included), and every
 * indicator, post and province it names is recognized by words the text holds.
 */

const FILES = [
  ...readdirSync(path.join(REPO, 'test', 'fixtures', 'seeds')).map((f) =>
    path.join(REPO, 'test', 'fixtures', 'seeds', f),
  ),
  ...readdirSync(path.join(REPO, 'test', 'import', 'fixtures')).map((f) =>
    path.join(REPO, 'test', 'import', 'fixtures', f),
  ),
];

/** The raw text as the importer normalizes it, blanks collapsed per line. */
const normalized = (raw: string) => normalizeRaw(raw).split('\n').map(cleanLine).join('\n');

/** Where a number is printed: as a token, with leading zeros, thousands grouped with "." or a decimal ",". */
function printed(text: string, n: number): boolean {
  const plain = String(n).replace('.', ',');
  const grouped = Number.isInteger(n) ? n.toLocaleString('de-DE') : plain;
  return [plain, grouped].some((form) =>
    new RegExp(`(?<![\\d.,])0*${form.replace(/\./g, '\\.')}(?![\\d]|[.,]\\d)`).test(text),
  );
}

function claims(imported: Imported, text: string, registries: Registries): string[] {
  const wrong: string[] = [];
  const verbatim = (field: string, value: string | undefined, anyCase = false) => {
    if (value === undefined) return;
    const found = anyCase ? fold(text).includes(fold(value)) : text.includes(value);
    if (!found) wrong.push(`${field}: "${value}" is not in the text`);
  };
  const number = (field: string, value: number | undefined) => {
    if (value !== undefined && !printed(text, value))
      wrong.push(`${field}: ${value} is not printed in the text`);
  };
  verbatim('title', imported.title);
  for (const name of [imported.author ?? []].flat()) verbatim('author', name);
  // The first letter of a name taken from mid-sentence ("chi bộ Sở …") is capitalized.
  verbatim('organization', imported.organization?.slice(1));
  verbatim('venue', imported.venue);
  for (const p of imported.photos ?? []) verbatim('photos', p.caption);
  const [published, time] = (imported.publishedAt ?? '').split(' ');
  if (published) for (const part of published.split('-')) number('publishedAt', Number(part));
  if (time) verbatim('publishedAt', time);
  number('views', imported.views);
  for (const day of imported.eventDate?.split('/') ?? [])
    for (const part of day.split('-')) number('eventDate', Number(part));
  const province = imported.province && registries.provinces.get(imported.province);
  if (province) verbatim('province', province.name.vi);
  const c = imported.congress;
  if (c) {
    const roman = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
    if (c.ordinal !== undefined && !new RegExp(`lần thứ ${roman[c.ordinal]}(?![IVX])`).test(text))
      wrong.push(`congress.ordinal: "lần thứ ${roman[c.ordinal]}" is not in the text`);
    for (const year of c.term?.split('-') ?? []) number('congress.term', Number(year));
    number('congress.partyMembersPresent', c.partyMembersPresent);
    number('congress.executiveCommitteeSize', c.executiveCommitteeSize);
    number('congress.inspectionCommitteeSize', c.inspectionCommitteeSize);
    number('congress.delegates.official', c.delegates?.official);
    number('congress.delegates.alternate', c.delegates?.alternate);
    verbatim('congress.superiorCongress', c.superiorCongress, true);
    verbatim('congress.slogan', c.slogan);
  }
  for (const o of imported.officialsElected ?? []) {
    verbatim('officialsElected.name', o.name);
    verbatim('officialsElected.jobTitle', o.jobTitle);
    const role = registries.roles.get(o.role);
    const words = role?.label.vi.replace('Ủy ban Kiểm tra', '').replace('Ban Thường vụ', '').trim() ?? '';
    if (!findPhrase(fold(text), words)) wrong.push(`officialsElected.role: "${words}" is not in the text`);
    if (o.reelected && !/tiếp tục|tái đắc cử|tái cử/.test(text))
      wrong.push('officialsElected.reelected: not said');
  }
  for (const t of imported.targets ?? []) {
    verbatim('targets.sentence', t.sentence);
    verbatim('targets.scope', t.scope);
    for (const n of typeof t.value === 'number' ? [t.value] : [t.value.min, t.value.max])
      number('targets.value', n);
    number('targets.deadline', t.deadline);
    const phrases = registries.indicators.get(t.indicator)?.match ?? [];
    if (!phrases.some((p) => findPhrase(fold(t.sentence), p)))
      wrong.push(`targets.indicator: no phrase of ${t.indicator} in "${t.sentence}"`);
  }
  return wrong;
}

describe('nothing invented', () => {
  let registries: Registries;
  beforeAll(async () => {
    registries = await repoRegistries();
  });

  it.each(FILES.map((f) => [path.basename(f), f]))(
    'every value imported from %s is printed in it',
    (_name, file) => {
      const raw = readFileSync(file, 'utf8');
      const imported = parsePortalText(raw, registries);
      expect(Object.keys(imported).length).toBeGreaterThan(5);
      expect(claims(imported, normalized(raw), registries)).toEqual([]);
    },
  );

  it('the check itself catches an invented name, number, deadline and indicator', () => {
    const raw = readFileSync(FILES[0] as string, 'utf8');
    const imported = parsePortalText(raw, registries);
    const target = imported.targets?.[0];
    if (!target) throw new Error('the first seed has targets');
    const forged: Imported = {
      ...imported,
      views: 276,
      officialsElected: [{ name: 'Nguyễn Văn Bịa', role: 'secretary' }],
      targets: [{ ...target, deadline: 2030, indicator: 'new-party-members' }],
    };
    expect(claims(forged, normalized(raw), registries)).toEqual([
      'views: 276 is not printed in the text',
      'officialsElected.name: "Nguyễn Văn Bịa" is not in the text',
      'targets.deadline: 2030 is not printed in the text',
      `targets.indicator: no phrase of new-party-members in "${target.sentence}"`,
    ]);
  });
});
