import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { PHOTO_LIMITS, readImageHeader } from '../../src/content/photos.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { EN_MD, makeProject, removeProject, VI_MD, withLine } from '../helpers/project.ts';

const NOW = new Date('2026-11-21T12:00:00+07:00');
const A = 'content/articles/a';
const roots: string[] = [];
afterAll(async () => Promise.all(roots.map(removeProject)));

/** A real image of the given size and format, made with sharp. */
function image(width: number, height: number, format: 'jpeg' | 'png' | 'webp' | 'gif' = 'jpeg') {
  return sharp({ create: { width, height, channels: 3, background: { r: 40, g: 90, b: 160 } } })
    .toFormat(format)
    .toBuffer();
}

/** VI_MD with its tags line (30) preceded by a photos list: one `file` line and one caption line each. */
function viWithPhotos(files: (string | undefined)[]): string {
  const lines = ['photos:'];
  files.forEach((file, i) => {
    lines.push(file === undefined ? `  - caption: Ảnh ${i + 1}` : `  - file: ${file}`);
    if (file !== undefined) lines.push(`    caption: Ảnh ${i + 1}`);
  });
  return withLine(VI_MD, 30, [...lines, 'tags: [party-congress]'].join('\n'));
}

async function load(files: Record<string, string | Uint8Array>) {
  const root = await makeProject(files);
  roots.push(root);
  return { root, ...(await loadContent({ root, now: NOW })) };
}

describe('photos beside the article', () => {
  it('loads photos with files, captions only, alt defaulting to the caption, English item by item', async () => {
    const vi = withLine(
      VI_MD,
      30,
      [
        'photos:',
        '  - file: dai-hoi-1.jpg',
        '    caption: Quang cảnh Đại hội',
        '    alt: Hội trường với các đại biểu ngồi dự',
        '  - caption: Ảnh không còn giữ',
        '  - file: Trao-hoa.PNG',
        '    caption: Tặng hoa chúc mừng',
        'tags: [party-congress]',
      ].join('\n'),
    );
    const en = withLine(
      EN_MD,
      10,
      [
        'photos:',
        '  - caption: The congress',
        '  - caption: A photo not kept',
        '    alt: Nothing to see',
        '  - caption: Flowers',
        '---',
      ].join('\n'),
    );
    const { store, problems, warnings } = await load({
      [`${A}/vi.md`]: vi,
      [`${A}/en.md`]: en,
      [`${A}/dai-hoi-1.jpg`]: await image(1600, 1067),
      [`${A}/Trao-hoa.PNG`]: await image(800, 600, 'png'),
    });
    expect(problems.map(formatProblem)).toEqual([]);
    expect(warnings).toEqual([]);
    expect(store?.byId.get('a')?.photos).toEqual([
      {
        file: 'dai-hoi-1.jpg',
        path: `${A}/dai-hoi-1.jpg`,
        text: {
          vi: { caption: 'Quang cảnh Đại hội', alt: 'Hội trường với các đại biểu ngồi dự' },
          en: { caption: 'The congress', alt: 'The congress' },
        },
      },
      {
        text: {
          vi: { caption: 'Ảnh không còn giữ', alt: 'Ảnh không còn giữ' },
          en: { caption: 'A photo not kept', alt: 'Nothing to see' },
        },
      },
      {
        file: 'Trao-hoa.PNG',
        path: `${A}/Trao-hoa.PNG`,
        text: {
          vi: { caption: 'Tặng hoa chúc mừng', alt: 'Tặng hoa chúc mừng' },
          en: { caption: 'Flowers', alt: 'Flowers' },
        },
      },
    ]);
  });

  it('reports each problem of an image file at its file: value, with the fix', async () => {
    const big = Buffer.concat([await image(40, 30), Buffer.alloc(PHOTO_LIMITS.bytes)]);
    const { store, problems, warnings } = await load({
      [`${A}/vi.md`]: viWithPhotos([
        'anh-1.jpg', // line 31: present as Anh-1.JPG only
        'ghi-chu.jpg', // 33: text, not an image
        'dong.gif.png', // 35: a GIF named .png
        'rong.jpg', // 37: 8,001 px wide
        'nang.jpg', // 39: over 20 MB
        'tot.webp', // 41: fine
        'tot.webp', // 43: listed twice
        undefined, // 45: a caption whose image was not kept
      ]),
      [`${A}/Anh-1.JPG`]: await image(100, 80),
      [`${A}/ghi-chu.jpg`]: 'Ảnh sẽ gửi sau\n',
      [`${A}/dong.gif.png`]: await image(20, 20, 'gif'),
      [`${A}/rong.jpg`]: await image(PHOTO_LIMITS.side + 1, 10),
      [`${A}/nang.jpg`]: big,
      [`${A}/tot.webp`]: await image(64, 48, 'webp'),
    });
    expect(store).toBeUndefined();
    const file = `${A}/vi.md`;
    expect(problems.map(formatProblem)).toEqual([
      `${file}:31:11  photos[0].file  "anh-1.jpg" is not in the article folder; did you mean "Anh-1.JPG"?; put the image beside vi.md, or correct the name (upper and lower case count)`,
      `${file}:33:11  photos[1].file  "ghi-chu.jpg" is not an image bantin can read (its first bytes are not those of a JPEG, PNG or WebP image); export the photo again as .jpg`,
      `${file}:35:11  photos[2].file  "dong.gif.png" holds a GIF image; bantin takes JPEG, PNG and WebP: convert it to .jpg and list the new name`,
      `${file}:37:11  photos[3].file  "rong.jpg" is 8,001 × 10 px, more than the 8,000 px bantin takes on a side; resize it (4,000 px on the long side is plenty for the web)`,
      `${file}:39:11  photos[4].file  "nang.jpg" is 20.1 MB, more than the 20 MB bantin takes; export it smaller (4,000 px on the long side is plenty for the web)`,
      `${file}:43:11  photos[6].file  "tot.webp" is already photos[5]; list each image once: remove this entry or name another file`,
    ]);
    expect(problems.map((p) => p.code)).toEqual([
      'PhotoMissing',
      'PhotoNotImage',
      'PhotoFormat',
      'PhotoTooLarge',
      'PhotoTooLarge',
      'DuplicatePhoto',
    ]);
    // Anh-1.JPG is in the folder but listed by no entry (the entry names anh-1.jpg).
    expect(warnings.map(formatProblem)).toEqual([
      `${file}:30:1  photos  warning: "Anh-1.JPG" is in the article folder but no photo lists it; add it to photos with its caption, or delete the file (a warning: the build goes on without it)`,
    ]);
  });

  it('refuses a path or another extension in file:, as the schema does', async () => {
    const { problems } = await load({
      [`${A}/vi.md`]: viWithPhotos(['../b/anh.jpg', 'anh.tiff']),
    });
    expect(problems.map((p) => [p.line, p.column, p.field, p.code])).toEqual([
      [31, 11, 'photos[0].file', 'InvalidValue'],
      [33, 11, 'photos[1].file', 'InvalidValue'],
    ]);
    expect(problems[0]?.message).toMatch(
      /write the name of an image file beside vi\.md, e\.g\. dai-hoi-1\.jpg/,
    );
  });

  it('warns of a file no photo lists without stopping the load, also for an article with no photos', async () => {
    const { store, problems, warnings } = await load({
      [`${A}/vi.md`]: VI_MD,
      [`${A}/anh-thua.jpg`]: await image(10, 10),
      [`${A}/.DS_Store`]: 'x',
    });
    expect(problems).toEqual([]);
    expect(store?.byId.get('a')?.photos).toEqual([]);
    expect(warnings.map((w) => [w.file, w.line, w.code, w.field])).toEqual([
      [`${A}/vi.md`, 1, 'UnlistedFile', 'photos'],
    ]);
  });

  it('asks for one English item per photo, as for the other lists', async () => {
    const en = withLine(EN_MD, 10, ['photos:', '  - caption: One', '  - caption: Two', '---'].join('\n'));
    const { problems } = await load({
      [`${A}/vi.md`]: viWithPhotos([undefined]),
      [`${A}/en.md`]: en,
    });
    expect(problems.map((p) => [p.file, p.line, p.code])).toEqual([
      [`${A}/en.md`, 10, 'TranslationMismatch'],
    ]);
  });
});

describe('readImageHeader', () => {
  it('reads format and size from the header, also when a JPEG writes its size after 64 KiB', async () => {
    const root = await makeProject({});
    roots.push(root);
    const jpeg = await image(321, 123);
    // Two application segments of 60,000 bytes each between the start marker and the rest of the file.
    const segment = Buffer.concat([Buffer.from([0xff, 0xef, 0xea, 0x62]), Buffer.alloc(60_000)]);
    const padded = Buffer.concat([jpeg.subarray(0, 2), segment, segment, jpeg.subarray(2)]);
    expect((await sharp(padded).metadata()).width).toBe(321);
    const file = path.join(root, 'padded.jpg');
    await import('node:fs/promises').then((fs) => fs.writeFile(file, padded));
    expect(readImageHeader(file)).toEqual({ format: 'jpg', width: 321, height: 123, bytes: padded.length });
  });
});
