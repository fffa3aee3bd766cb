import { push } from '../../content/derived.ts';
import type { Article } from '../../content/store.ts';
import type { Language } from '../../schema/registries.ts';
import { strings } from '../i18n.ts';
import { urls } from '../urls.ts';
import type { Card, PageBase, PageContext } from './base.ts';
import { listingOfArticles, type Pagination } from './paginate.ts';

/** Every tag of tags.yaml that has articles in the language, with their count. */
export interface TagsPage extends PageBase {
  kind: 'tags';
  tags: { name: string; url: string; count: number }[];
}

/** One page of a tag's articles, newest first. */
export interface TagPage extends PageBase {
  kind: 'tag';
  name: string;
  articles: Card[];
  pagination: Pagination | null;
}

/** The tags index, then the pages of each tag with articles in the language (paginated). */
export function tagPages(ctx: PageContext, lang: Language, list: readonly Article[]): (TagsPage | TagPage)[] {
  const { reg, both, tagsIn } = ctx;
  const t = strings[lang];
  const byTag = new Map<string, Article[]>();
  for (const a of list) for (const tag of a.facts.tags) push(byTag, tag, a);
  const tags = [...reg.tags.values()].filter((tag) => byTag.has(tag.key));
  const pages: (TagsPage | TagPage)[] = [
    {
      kind: 'tags',
      ...both(lang, urls.tags),
      title: t.tags,
      description: t.tags,
      tags: tags.map((tag) => ({
        name: tag.label[lang],
        url: urls.tag(lang, tag.key),
        count: byTag.get(tag.key)?.length ?? 0,
      })),
    },
  ];
  for (const tag of tags) {
    const name = tag.label[lang];
    // Every language that has the tag has its page.
    for (const { frame, title, articles, pagination } of listingOfArticles(
      ctx,
      lang,
      byTag.get(tag.key) ?? [],
      (l) => urls.tag(l, tag.key),
      (l) => tagsIn(l).has(tag.key),
      name,
    )) {
      pages.push({
        kind: 'tag',
        ...frame,
        breadcrumbs: ctx.trail(lang, { text: t.tags, url: urls.tags(lang) }),
        title,
        description: `${t.tags}: ${title}`,
        name,
        articles,
        pagination,
      });
    }
  }
  return pages;
}
