import type { EnFrontMatter, ViFrontMatter } from '../schema/article.ts';
import type {
  Indicator,
  Label,
  Language,
  Province,
  Region,
  Role,
  Successor,
  Tag,
  Unit,
} from '../schema/registries.ts';

/** The text of an article in one language, in the same shape for Vietnamese and English. */
export type ArticleText = Omit<EnFrontMatter, 'slug'> & {
  lang: Language;
  /** URL segment in this language, unique per language. */
  slug: string;
  /** Markdown body, normalized (NFC, LF). */
  body: string;
  /** File the text comes from, and the line its body starts on. */
  file: string;
  bodyLine: number;
};

/** One article: the facts (from vi.md) and its text per language. */
export interface Article {
  /** The folder name; unique across the content. */
  id: string;
  /** Folder, relative to the project root. */
  dir: string;
  /** Facts and Vietnamese text as written in vi.md, parsed (dates typed, defaults applied). */
  facts: ViFrontMatter;
  /** Byline names, as a list. */
  authors: string[];
  /** Text per language; Vietnamese always, English when translated. */
  text: { vi: ArticleText; en?: ArticleText };
  /** Its photos, in the order of vi.md: the first is the lead photo, the rest a gallery after the text. */
  photos: readonly Photo[];
}

/** A photo of an article: its image file, when it was kept, and its caption and alt text per language. */
export interface Photo {
  /** The file name beside vi.md; absent for a caption whose image was not kept. */
  file?: string;
  /** The image file relative to the project root (`<article dir>/<file>`), with `/`. */
  path?: string;
  /** Caption and alt text per language (alt is the caption where none is written). */
  text: { vi: PhotoText; en?: PhotoText };
}

export interface PhotoText {
  caption: string;
  alt: string;
}

/** The registries of content/, indexed by key. */
export interface Registries {
  provinces: ReadonlyMap<string, Province>;
  successors: ReadonlyMap<string, Successor>;
  regions: ReadonlyMap<string, Region>;
  provincesSource: string;
  indicators: ReadonlyMap<string, Indicator>;
  units: Readonly<Record<Unit, Label>>;
  roles: ReadonlyMap<string, Role>;
  tags: ReadonlyMap<string, Tag>;
}

/** Everything bantin publishes, validated and frozen. */
export interface Store {
  /** Every article, drafts included, newest first. */
  articles: readonly Article[];
  byId: ReadonlyMap<string, Article>;
  registries: Registries;
}

/**
 * Freezes an object graph so nothing downstream can change the Store by accident.
 * An object already frozen is taken as done, which also stops at shared and circular references.
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  // Maps stay mutable through set(); they are exposed only as ReadonlyMap.
  const children =
    value instanceof Map ? value.values() : Array.isArray(value) ? value : Object.values(value);
  for (const child of children) deepFreeze(child);
  return value;
}
