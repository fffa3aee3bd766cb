import path from 'node:path';
import sharp from 'sharp';
import { hashOf, type ImagePlaces, isCached, publish, writeCached } from './cache.ts';
import { CARD_SIZE, CARD_VERSION, type CardText, renderCard } from './card.ts';
import type { PhotoImage } from './variants.ts';

/**
 * Share images (Open Graph `og:image`, which Facebook and Zalo show with a link): 1200×630, either an
 * article's lead photo cropped to that shape (JPEG) or a card drawn from text (PNG). Both are kept in the
 * cache under a name made from what they were made of, so an unchanged one is never made again.
 */

export interface ShareImage {
  /** Address in the site (the image folder's address and the name); `og:image` wants it absolute. */
  url: string;
  /** File name in the cache and in the output's image folder. */
  name: string;
  width: typeof CARD_SIZE.width;
  height: typeof CARD_SIZE.height;
  /** For `og:image:type`. */
  type: 'image/jpeg' | 'image/png';
  /** What it shows: the lead photo, or a card drawn from the text. */
  from: 'photo' | 'card';
}

/** What the crop depends on besides the photo: raise it with any change to the crop or its encoding. */
const CROP_VERSION = 1;

/** Counts of what making share images did. */
export interface ShareCounts {
  made: number;
  reused: number;
}

/**
 * The lead photo cropped to 1200×630 around its most salient part (sharp's "attention" strategy, which
 * keeps faces and detail rather than the bare middle), JPEG. Smaller photos are enlarged to fill it.
 */
export async function photoShareImage(
  photo: PhotoImage,
  places: ImagePlaces,
  counts: ShareCounts,
): Promise<ShareImage> {
  const name = `share-${hashOf(photo.hash, String(CROP_VERSION))}.jpg`;
  if (isCached(places, name)) counts.reused++;
  else {
    const data = await sharp(path.join(places.root, photo.source))
      .rotate()
      .resize({ ...CARD_SIZE, fit: 'cover', position: sharp.strategy.attention })
      .jpeg({ quality: 82, mozjpeg: true, progressive: true })
      .toBuffer();
    await writeCached(places, name, data);
    counts.made++;
  }
  await publish(places, name);
  return { url: `${places.urlPath}${name}`, name, ...CARD_SIZE, type: 'image/jpeg', from: 'photo' };
}

/** A card drawn from text (title, kicker, date, site name), PNG. */
export async function cardShareImage(
  card: CardText,
  places: ImagePlaces,
  counts: ShareCounts,
): Promise<ShareImage> {
  const text = [card.lang, card.kicker, card.title, card.date, card.site].map((s) => s.normalize('NFC'));
  const name = `card-${hashOf(String(CARD_VERSION), ...text)}.png`;
  if (isCached(places, name)) counts.reused++;
  else {
    await writeCached(places, name, await renderCard(card));
    counts.made++;
  }
  await publish(places, name);
  return { url: `${places.urlPath}${name}`, name, ...CARD_SIZE, type: 'image/png', from: 'card' };
}
