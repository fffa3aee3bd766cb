import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasRefusedCharacter } from '../../src/content/characters.ts';
import type { Problem } from '../../src/content/problems.ts';
import { loadRegistries } from '../../src/content/registries.ts';
import type { Registries } from '../../src/content/store.ts';
import { fingerprintOf } from '../../src/import/archive.ts';
import { parsePortalText } from '../../src/import/parse-portal.ts';
import { findPhrase, fold, numberOf, sentencesOf } from '../../src/import/text.ts';
import { REPO } from '../helpers/project.ts';

const SEED = readFileSync(path.join(REPO, 'test', 'fixtures', 'seeds', '004_cb6f3e124aee11ae.txt'), 'utf8');

/** The seed as another portal or editor might save it: BOM, CRLF, no-break spaces, NFD, chrome at both ends. */
const messy = (raw: string) =>
  `\uFEFFChia sẻ bài viết\r\n${raw
    .replace(/ /g, (m, i: number) => (i % 7 === 0 ? '\u00a0' : m))
    .replace(/\n/g, '\r\n')
    .normalize('NFD')}\r\nCác tin đã đưa ngày:`;

describe('portal text on the way in', () => {
  let registries: Registries;
  beforeAll(async () => {
    const problems: Problem[] = [];
    registries = (await loadRegistries(REPO, path.join(REPO, 'content'), problems)) as Registries;
  });

  it('reads the same facts through NBSP, CRLF, a BOM, NFD and chrome at either end', () => {
    const a = parsePortalText(SEED, registries);
    const b = parsePortalText(messy(SEED), registries);
    expect(b).toEqual(a);
    expect(JSON.stringify(b)).toBe(JSON.stringify(b).normalize('NFC'));
  });

  it('drops the invisible characters a portal copy carries, which the validator refuses', () => {
    const raw = [
      'Đại hội Chi bộ Sở Thông tin và Truyền thông tỉnh Cà Mau lần thứ III\u200b, nhiệm kỳ 2020-2025',
      '',
      '14/05/2020 10:00',
      '',
      'Ngày 13/5, Chi bộ tổ chức Đại hội\u00ad. Đồng chí Huỳnh Thị Bé\u200d, Phó Giám đốc Sở được bầu giữ chức Phó Bí thư\u2060.\u000b',
      '',
      'Kim Ngân\ufeff',
    ].join('\n');
    const imported = parsePortalText(raw, registries);
    for (const text of [imported.title ?? '', ...imported.paragraphs, String(imported.author)])
      expect(hasRefusedCharacter(text), JSON.stringify(text)).toBe(false);
    expect(imported.officialsElected).toEqual([
      { name: 'Huỳnh Thị Bé', role: 'deputy-secretary', jobTitle: 'Phó Giám đốc Sở' },
    ]);
    expect(fingerprintOf(raw)).toBe(
      fingerprintOf(
        ['\u200b', '\u00ad', '\u200d', '\u2060', '\u000b', '\ufeff'].reduce(
          (t, c) => t.replaceAll(c, ''),
          raw,
        ),
      ),
    );
  });

  it('gives the same text the same fingerprint, however it was saved', () => {
    const resaved = `\uFEFF${SEED.replace(/ /g, '\u00a0 ').replace(/\n/g, '\r\n\r\n').normalize('NFD')}`;
    expect(fingerprintOf(resaved)).toBe(fingerprintOf(SEED));
    expect(fingerprintOf(SEED.replace('Hùng Cường', 'Hùng'))).not.toBe(fingerprintOf(SEED));
  });

  it('splits sentences where a person would, not inside "TP.Tân An", "2.100" or "T.Ư"', () => {
    expect(
      sentencesOf(
        'Ưu tiên tại TP.Tân An với hơn 2.100 thủ tục. Đồng chí Ủy viên T.Ư Đảng dự… Đồng thời, “Hoàn thành”. Hết',
      ),
    ).toEqual([
      'Ưu tiên tại TP.Tân An với hơn 2.100 thủ tục.',
      'Đồng chí Ủy viên T.Ư Đảng dự…',
      'Đồng thời, “Hoàn thành”.',
      'Hết',
    ]);
  });

  it('compares phrases whatever the case and the placement of the tone mark, whole words only', () => {
    expect(fold('Uỷ ban Kiểm tra')).toBe(fold('Ủy ban kiểm tra'));
    expect(fold('Đảng').length).toBe('Đảng'.length);
    expect(
      findPhrase(
        fold('95% dịch vụ công trực tuyến được cung cấp ở mức độ 4'),
        'dịch vụ công trực tuyến … mức độ 4',
      ),
    ).toBeDefined();
    expect(
      findPhrase(fold('dịch vụ công trực tuyến mức độ 40'), 'dịch vụ công trực tuyến … mức độ 4'),
    ).toBeUndefined();
    expect(
      findPhrase(fold('mức độ 4 của dịch vụ công trực tuyến'), 'dịch vụ công trực tuyến … mức độ 4'),
    ).toBeUndefined();
  });

  it('reads numbers as Vietnamese portals print them', () => {
    expect([numberOf('2.100'), numberOf('95,5'), numberOf('03'), numberOf('6.840')]).toEqual([
      2100, 95.5, 3, 6840,
    ]);
  });
});
