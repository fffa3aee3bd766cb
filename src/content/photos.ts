import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import type { ViFrontMatter } from '../schema/article.ts';
import type { Folder } from './folders.ts';
import { messages } from './messages.ts';
import { type Problem, type ProblemCode, problemAt, problemAtField } from './problems.ts';
import type { ReadFile } from './read.ts';
import { didYouMean } from './suggest.ts';

/**
 * The image files of an article's photos, checked where vi.md lists them: each file is in the article
 * folder, is a JPEG, PNG or WebP image, keeps to the limits below and is listed once; a file of the
 * folder that no photo lists is a warning (it is not published, and the build goes on).
 *
 * Only the start of each file is read (its header, where the format and the size are written), never
 * the whole image: what is wrong with the pixels themselves shows when the build converts them.
 */

/** The largest image file bantin takes, and the most pixels on a side. */
export const PHOTO_LIMITS = { bytes: 20_000_000, side: 8_000 } as const;

/** The formats bantin takes, as the header reader names them. */
const TAKEN = new Set(['jpg', 'png', 'webp']);

/** Names of the other formats the header reader recognizes, for the editor. */
const FORMAT_NAMES: Readonly<Record<string, string>> = {
  bmp: 'BMP',
  gif: 'GIF',
  heif: 'HEIF/HEIC',
  jxl: 'JPEG XL',
  jp2: 'JPEG 2000',
  j2c: 'JPEG 2000',
  psd: 'Photoshop',
  svg: 'SVG',
  tiff: 'TIFF',
  ico: 'icon',
  cur: 'icon',
};

/** How much of a file is read first; a JPEG whose size is written further on is read whole. */
const HEAD_BYTES = 64 * 1024;

/** What the header of an image file says: its format, its size in pixels and in bytes. */
export interface ImageHeader {
  format: string;
  width: number;
  height: number;
  bytes: number;
}

/**
 * Reads the header of an image file: undefined when it is not an image the header reader knows, or
 * the header is cut short. Reads the first 64 KiB, and the rest only when a JPEG's size is written
 * beyond them (large embedded data before it).
 */
export function readImageHeader(file: string): ImageHeader | undefined {
  const fd = openSync(file, 'r');
  try {
    const bytes = fstatSync(fd).size;
    const buffer = Buffer.allocUnsafe(Math.min(bytes, HEAD_BYTES));
    const head = buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0));
    const size = sizeOf(head) ?? (bytes > head.length ? sizeOf(readAll(fd, bytes)) : undefined);
    return size && { ...size, bytes };
  } finally {
    closeSync(fd);
  }
}

function readAll(fd: number, bytes: number): Buffer {
  const all = Buffer.allocUnsafe(bytes);
  return all.subarray(0, readSync(fd, all, 0, bytes, 0));
}

function sizeOf(buffer: Buffer): Omit<ImageHeader, 'bytes'> | undefined {
  try {
    const { width, height, type } = imageSize(buffer);
    if (width === undefined || height === undefined || type === undefined) return undefined;
    return { format: type, width, height };
  } catch {
    return undefined;
  }
}

type Photos = NonNullable<ViFrontMatter['photos']>;

/**
 * The problems of the photos vi.md lists, each at the `file` value, and the warnings: files of the
 * folder that no photo lists (hidden files, names starting with a dot, are left alone).
 */
export function photoProblems(
  folder: Folder,
  read: ReadFile,
  photos: Photos | undefined,
  problems: Problem[],
  warnings: Problem[],
): void {
  const present = new Set(folder.otherFiles);
  const listed = new Map<string, number>();
  (photos ?? []).forEach((photo, i) => {
    const { file } = photo;
    if (file === undefined) return;
    const first = listed.get(file);
    if (first === undefined) listed.set(file, i);
    const found =
      first === undefined
        ? fileProblem(folder, file, present)
        : (['DuplicatePhoto', messages.DuplicatePhoto(file, first)] as const);
    if (found) problems.push(problemAtField(read, found[0], ['photos', i, 'file'], found[1]));
  });
  for (const name of folder.otherFiles) {
    if (listed.has(name)) continue;
    const where = photos ? read.locate(['photos'], 'key') : { line: 1, column: 1 };
    warnings.push(
      problemAt('UnlistedFile', read.file, messages.UnlistedFile(name), where.line, where.column, 'photos'),
    );
  }
}

/** What is wrong with the image file a photo lists, if anything: the kind of problem and its message. */
function fileProblem(
  folder: Folder,
  file: string,
  present: ReadonlySet<string>,
): readonly [ProblemCode, string] | undefined {
  if (!present.has(file)) return ['PhotoMissing', messages.PhotoMissing(file, didYouMean(file, present))];
  const header = readImageHeader(path.join(folder.dir, file));
  if (!header) return ['PhotoNotImage', messages.PhotoNotImage(file)];
  if (!TAKEN.has(header.format))
    return ['PhotoFormat', messages.PhotoFormat(file, FORMAT_NAMES[header.format] ?? header.format)];
  if (header.bytes > PHOTO_LIMITS.bytes)
    return ['PhotoTooLarge', messages.PhotoBytes(file, header.bytes, PHOTO_LIMITS.bytes)];
  if (Math.max(header.width, header.height) > PHOTO_LIMITS.side)
    return ['PhotoTooLarge', messages.PhotoPixels(file, header.width, header.height, PHOTO_LIMITS.side)];
  return undefined;
}
