import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { type CardText, renderCard } from '../../src/images/card.ts';

const card = (title: string): CardText => ({
  lang: 'vi',
  kicker: 'Bắc Ninh',
  title,
  date: '30/05/2020 12:02',
  site: 'Bản tin Sở Thông tin và Truyền thông',
});

/** Pixels of the title's colour (white) between the kicker and the rule at the bottom. */
async function titleInk(png: Buffer): Promise<number> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let ink = 0;
  for (let y = 120; y < 500; y++)
    for (let x = 0; x < info.width; x++) {
      const i = (y * info.width + x) * 3;
      if ((data[i] ?? 0) > 200 && (data[i + 1] ?? 0) > 200 && (data[i + 2] ?? 0) > 200) ink++;
    }
  return ink;
}

describe('share card', () => {
  it('is a 1200×630 PNG', async () => {
    const meta = await sharp(
      await renderCard(card('Đại hội Đảng bộ Sở Thông tin và Truyền thông lần thứ IV')),
    ).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
  });

  it('draws every Vietnamese letter with its marks, from the font in node_modules', async () => {
    // Each letter with marks has a plain twin; the marks add ink, and every letter draws some.
    const marked = 'Ộ ệ ữ ằ ẫ đ Ư ơ ỹ Ả';
    const plain = 'O e u a a d U o y A';
    const [withMarks, without] = await Promise.all([renderCard(card(marked)), renderCard(card(plain))]);
    const [inkMarked, inkPlain] = await Promise.all([titleInk(withMarks), titleInk(without)]);
    expect(inkPlain).toBeGreaterThan(1_000);
    expect(inkMarked).toBeGreaterThan(inkPlain * 1.1);
    // One letter at a time: each marked letter draws more than its twin (none is missing from the font).
    const letters = marked.split(' ');
    const twins = plain.split(' ');
    for (const [i, letter] of letters.entries()) {
      const [a, b] = await Promise.all([renderCard(card(letter)), renderCard(card(twins[i] ?? ''))]);
      expect(await titleInk(a), letter).toBeGreaterThan(await titleInk(b));
    }
  });

  it('draws the same card for the same text, and another for another', async () => {
    const a = await renderCard(card('Hội nghị'));
    expect((await renderCard(card('Hội nghị'))).equals(a)).toBe(true);
    expect((await renderCard(card('Hội nghi'))).equals(a)).toBe(false);
  });
});
