/**
 * An article's photos in the API: each photo's variants (absolute addresses, every format and width) and
 * size, language-neutral; caption and alt text per language.
 */
import type { Article } from '../content/store.ts';
import { PHOTO_FORMATS, type SiteImages } from '../images/index.ts';
import type { Language } from '../schema/registries.ts';

/** The photos in order, each with its variants and size; none where the image was not kept. */
export function apiPhotos(article: Article, images: SiteImages | undefined, baseUrl: string) {
  return article.photos.map((_, i) => {
    const image = images?.articles.get(article.id)?.photos[i]?.image;
    return {
      width: image?.width ?? null,
      height: image?.height ?? null,
      variants: image
        ? PHOTO_FORMATS.flatMap((format) =>
            image.variants[format].map((v) => ({
              format,
              width: v.width,
              height: v.height,
              url: `${baseUrl}${v.url}`,
            })),
          )
        : [],
    };
  });
}

/** Each photo's caption and alt text in a language (the Vietnamese where the language has none). */
export function apiPhotoTexts(article: Article, lang: Language) {
  return article.photos.map((p) => {
    const t = p.text[lang] ?? p.text.vi;
    return { caption: t.caption, alt: t.alt };
  });
}
