import sharp from 'sharp';

/**
 * A photo-like image for tests (smooth noise, saved at high quality, as cameras do), made with sharp:
 * it compresses about as badly as a real photo, so sizes measured on it are not flattered.
 */
export async function photo(
  width: number,
  height: number,
  seed: number,
  format: 'jpeg' | 'png' = 'jpeg',
): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  let x = seed;
  for (let i = 0; i < raw.length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    raw[i] = (x >> 16) & 0xff;
  }
  const image = sharp(raw, { raw: { width, height, channels: 3 } }).blur(2);
  return format === 'jpeg' ? image.jpeg({ quality: 95 }).toBuffer() : image.png().toBuffer();
}
