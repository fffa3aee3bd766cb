import { compareText, electionsOf } from '../../content/derived.ts';
import type { Article } from '../../content/store.ts';
import type { Language } from '../../schema/registries.ts';
import { strings } from '../i18n.ts';
import { urls } from '../urls.ts';
import type { Link, PageBase, PageContext } from './base.ts';

export interface OfficialsPage extends PageBase {
  kind: 'officials';
  /** One entry per official's page, by name in the language's collation. */
  people: {
    name: string;
    url: string;
    /** Province of the newest election recorded. */
    province: string;
    /** Elections recorded under the name. */
    count: number;
  }[];
}

/**
 * One official's page: every election recorded under the name, newest article first. Officials are
 * known by name only (the sources give nothing else), so names that make the same URL share a page.
 */
export interface OfficialPage extends PageBase {
  kind: 'official';
  /** The names gathered here: one, or several that give the same URL (newest first). */
  names: string[];
  officials: Link;
  rows: {
    name: string;
    role: string;
    jobTitle: string | null;
    province: Link;
    term: string | null;
    reelected: boolean;
    article: Link;
  }[];
}

/** A row of an official's page: one election, as the article records it. */
export type ElectionRow = OfficialPage['rows'][number];

/** The rows an article gives the officials' pages: one per official it records as elected, in order. */
function electionRows(ctx: PageContext, a: Article, lang: Language): ElectionRow[] {
  const text = a.text[lang] ?? a.text.vi;
  return (a.facts.officialsElected ?? []).map((o, i) => ({
    name: o.name,
    role: ctx.roleName(o.role, lang),
    jobTitle: text.officialsElected?.[i]?.jobTitle ?? null,
    province: {
      text: ctx.provinceName(a.facts.province, lang),
      url: urls.province(lang, a.facts.province),
    },
    term: a.facts.congress ? `${a.facts.congress.term.start}–${a.facts.congress.term.end}` : null,
    reelected: o.reelected === true,
    article: { text: text.title, url: urls.article(lang, text.slug) },
  }));
}

/** The officials index, then a page per official: every election recorded under the name. */
export function officialPages(
  ctx: PageContext,
  lang: Language,
  list: readonly Article[],
): (OfficialsPage | OfficialPage)[] {
  const { both, inSome, slugOf, officialsIn } = ctx;
  const t = strings[lang];
  // Officials: a page per name (per URL), in one pass over the articles, newest first.
  const people = new Map<string, Pick<OfficialPage, 'names' | 'rows'>>();
  for (const { article: a, official: o, index: i } of electionsOf(list)) {
    const slug = slugOf(o.name);
    const row = ctx.shaped('elections', a, lang, () => electionRows(ctx, a, lang))[i] as ElectionRow;
    const person = people.get(slug);
    if (!person) people.set(slug, { names: [o.name], rows: [row] });
    else {
      person.rows.push(row);
      if (!person.names.includes(o.name)) person.names.push(o.name);
    }
  }
  const compare = compareText(lang);
  const byName = [...people].sort(([, a], [, b]) => compare(a.names[0] as string, b.names[0] as string));
  const pages: (OfficialsPage | OfficialPage)[] = [];
  pages.push({
    kind: 'officials',
    ...both(lang, urls.officials),
    title: t.officials,
    description: t.officials,
    people: byName.map(([slug, { names, rows }]) => ({
      name: names.join(' / '),
      url: urls.official(lang, slug),
      province: rows[0]?.province.text ?? '',
      count: rows.length,
    })),
  });
  for (const [slug, { names, rows }] of byName) {
    const title = names.join(' / ');
    pages.push({
      kind: 'official',
      // An official elected only in untranslated articles has no English page.
      ...inSome(
        lang,
        (l) => urls.official(l, slug),
        (l) => officialsIn(l).has(slug),
      ),
      breadcrumbs: ctx.trail(lang, { text: t.officials, url: urls.officials(lang) }),
      title,
      description: `${t.officials}: ${title}`,
      names,
      officials: { text: t.officials, url: urls.officials(lang) },
      rows,
    });
  }
  return pages;
}
