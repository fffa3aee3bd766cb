/**
 * What the pages show of the site's images (made by src/images/): an article's photos as responsive
 * pictures with their captions, and each page's share image for Open Graph.
 */
import type { Article } from '../content/store.ts';
import { type PhotoImage, type ShareImage, type SiteImages, srcsetOf } from '../images/index.ts';
import type { Language } from '../schema/registries.ts';

/** A `<picture>`: one source per modern format, the JPEG fallback, and the size that reserves its space. */
export interface PictureView {
  sources: { type: string; srcset: string }[];
  src: string;
  srcset: string;
  width: number;
  height: number;
}

/** A photo as the article shows it: a picture where the image was kept, else its caption alone. */
export interface PhotoView {
  caption: string;
  alt: string;
  picture: PictureView | null;
}

/** The image a page is shared with (`og:image`, absolute). */
export interface ShareView {
  url: string;
  width: number;
  height: number;
  type: string;
  alt: string;
}

const TYPES = { avif: 'image/avif', webp: 'image/webp' } as const;

export function pictureOf(image: PhotoImage): PictureView {
  return {
    sources: (['avif', 'webp'] as const).map((format) => ({
      type: TYPES[format],
      srcset: srcsetOf(image.variants[format]),
    })),
    src: image.fallback.url,
    srcset: srcsetOf(image.variants.jpeg),
    width: image.width,
    height: image.height,
  };
}

/** An article's photos in a language, in order (the first is the lead), with their pictures if made. */
export function photosOf(a: Article, lang: Language, images: SiteImages | undefined): PhotoView[] {
  const made = images?.articles.get(a.id)?.photos;
  return a.photos.map((photo, i) => {
    const text = photo.text[lang] ?? photo.text.vi;
    const image = made?.[i]?.image;
    return { caption: text.caption, alt: text.alt, picture: image ? pictureOf(image) : null };
  });
}

/** A share image as a page gives it, absolute on the site's address. */
export function shareView(image: ShareImage, baseUrl: string, alt: string): ShareView {
  return { url: `${baseUrl}${image.url}`, width: image.width, height: image.height, type: image.type, alt };
}
