import type { SiteConfig } from '../config/site-config.ts';
import type { Article, Photo, Registries } from '../content/store.ts';
import { formatArticleDate } from '../render/dates.ts';
import type { Language } from '../schema/registries.ts';
import { type ImageOptions, imagePlaces } from './cache.ts';
import type { CardText } from './card.ts';
import { cardShareImage, photoShareImage, type ShareCounts, type ShareImage } from './share.ts';
import { makePhotoImages, type PhotoImage, type PhotoResult } from './variants.ts';

/**
 * The images of the site, in one call: every photo's responsive variants, every article's share image
 * (its lead photo cropped, or a card drawn from its title, province and date) and the site's default
 * card, each language's. Everything is made into the cache and linked into the output folder; what the
 * pages, feeds and the API need of them is returned.
 */

export type { ImageOptions } from './cache.ts';
export type { ShareImage } from './share.ts';
export {
  PHOTO_FORMATS,
  PHOTO_WIDTHS,
  type PhotoFormat,
  type PhotoImage,
  srcsetOf,
  type Variant,
} from './variants.ts';

/** An article's images. */
export interface ArticleImages {
  /**
   * One entry per photo of the article, in order (the first is the lead, the rest the gallery):
   * the photo (file, caption and alt per language) and, where it has a file, its variants.
   */
  photos: { photo: Photo; image?: PhotoImage }[];
  /** The `og:image` of each language's page: the same lead photo crop for both, or a card each. */
  share: { vi: ShareImage; en?: ShareImage };
}

export interface SiteImages {
  /** By article id. */
  articles: Map<string, ArticleImages>;
  /** The share image of every page that is not an article, per language. */
  defaultCard: Record<Language, ShareImage>;
  /** What the run did, for the build's timings and the benchmark. */
  counts: Omit<PhotoResult, 'images'> & { shareMade: number; shareReused: number };
}

/** How many cards are drawn at a time (satori lays out on the main thread, sharp renders on others). */
const CARDS_AT_ONCE = 4;

/**
 * Makes the images of `articles` (drafts or not: the caller chooses) into `options.outputDir`.
 * `registries` names the provinces on the cards; `site` gives the site's name per language.
 */
export async function makeImages(
  articles: readonly Article[],
  registries: Registries,
  site: SiteConfig,
  options: ImageOptions,
): Promise<SiteImages> {
  const places = imagePlaces(options);
  const sources = articles.flatMap((a) => a.photos.flatMap((p) => (p.path ? [p.path] : [])));
  const { images, ...photoCounts } = await makePhotoImages(sources, places);
  const counts: ShareCounts = { made: 0, reused: 0 };

  const result = new Map<string, ArticleImages>();
  const one = async (article: Article) => {
    const photos = article.photos.map((photo) => {
      const image = photo.path ? images.get(photo.path) : undefined;
      return image ? { photo, image } : { photo };
    });
    const lead = photos[0]?.image;
    const shareOf = async (lang: Language) =>
      lead
        ? photoShareImage(lead, places, counts)
        : cardShareImage(articleCard(article, lang, registries, site), places, counts);
    const vi = await shareOf('vi');
    const share = article.text.en ? { vi, en: lead ? vi : await shareOf('en') } : { vi };
    result.set(article.id, { photos, share });
  };
  for (let i = 0; i < articles.length; i += CARDS_AT_ONCE)
    await Promise.all(articles.slice(i, i + CARDS_AT_ONCE).map(one));

  const defaultCard = {
    vi: await cardShareImage(siteCard('vi', site), places, counts),
    en: await cardShareImage(siteCard('en', site), places, counts),
  };
  return {
    articles: result,
    defaultCard,
    counts: { ...photoCounts, shareMade: counts.made, shareReused: counts.reused },
  };
}

/** The image a language's page is shared with, when images were made. */
export function shareImageOf(
  article: Article,
  lang: Language,
  images: SiteImages | undefined,
): ShareImage | undefined {
  const share = images?.articles.get(article.id)?.share;
  return share?.[lang] ?? share?.vi;
}

/** The card of an article without a lead photo: province, title, date (Vietnam time) and site name. */
export function articleCard(
  article: Article,
  lang: Language,
  registries: Registries,
  site: SiteConfig,
): CardText {
  const text = article.text[lang] ?? article.text.vi;
  const date = formatArticleDate(article.facts, lang)?.text ?? '';
  return {
    lang,
    kicker: registries.provinces.get(article.facts.province)?.name[lang] ?? article.facts.province,
    title: text.title,
    date,
    site: site.languages[lang].title,
  };
}

/** The site's default card: its name above its description, and its address. */
export function siteCard(lang: Language, site: SiteConfig): CardText {
  return {
    lang,
    kicker: site.languages[lang].title,
    title: site.languages[lang].description,
    date: '',
    site: new URL(site.baseUrl).host,
  };
}
