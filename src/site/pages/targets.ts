import { compareText, filedUnder, push, targetsByIndicator } from '../../content/derived.ts';
import type { Article } from '../../content/store.ts';
import { formatValue } from '../../render/index.ts';
import type { Language } from '../../schema/registries.ts';
import { strings } from '../i18n.ts';
import { urls } from '../urls.ts';
import type { Link, PageBase, PageContext } from './base.ts';

export interface Bar {
  label: string;
  value: number;
  text: string;
}

/** A target as listed: where and when it was set, its value, and the article that reports it. */
export interface TargetView {
  province: Link;
  year: string;
  value: string;
  deadline: string | null;
  scope: string | null;
  article: Link;
}

/** The targets dashboard: per indicator, each province's latest targets, best first. */
export interface TargetsPage extends PageBase {
  kind: 'targets';
  indicators: {
    key: string;
    label: string;
    unit: string;
    /** Each province's latest targets (those of its newest article that sets one), best first. */
    latest: TargetView[];
    bars: Bar[];
    max: number;
    /** The indicator's page, with every target set. */
    all: { url: string; count: number };
  }[];
}

/** One indicator's page: every target set for it, newest article first. */
export interface IndicatorPage extends PageBase {
  kind: 'indicator';
  label: string;
  unit: string;
  targets: Link;
  rows: TargetView[];
}

/** A target as listed, with the number its bar is drawn from. */
export interface TargetRow {
  view: TargetView;
  numeric: number;
}

/** The rows an article gives the targets' pages: one per target it sets, in order. */
function targetRows(ctx: PageContext, a: Article, lang: Language): TargetRow[] {
  const text = a.text[lang] ?? a.text.vi;
  const year = filedUnder(a)?.year;
  return (a.facts.targets ?? []).map((target, i) => ({
    view: {
      province: {
        text: ctx.provinceName(a.facts.province, lang),
        url: urls.province(lang, a.facts.province),
      },
      year: year ? String(year) : '',
      value: formatValue(target.value, target.unit, lang, target.comparator),
      deadline: target.deadline ? String(target.deadline) : null,
      scope: text.targets?.[i]?.scope ?? null,
      article: { text: text.title, url: urls.article(lang, text.slug) },
    },
    numeric: typeof target.value === 'number' ? target.value : target.value.max,
  }));
}

/** The targets dashboard, then a page per indicator with every target set for it. */
export function targetPages(
  ctx: PageContext,
  lang: Language,
  list: readonly Article[],
): (TargetsPage | IndicatorPage)[] {
  const { reg, both, inSome, indicatorsIn } = ctx;
  const t = strings[lang];
  // Targets: every target by indicator, in one pass (articles newest first, each article's targets in
  // order), and each province's latest ones: those of its newest article that sets one.
  const rowsOf = new Map<string, TargetRow[]>();
  const latestRows = new Map<string, TargetRow[]>();
  const latestArticle = new Map<string, Article>();
  // Articles newest first, each article's targets in order: the order targetsByIndicator keeps.
  for (const [indicator, set] of targetsByIndicator(list)) {
    for (const { article: a, index: i } of set) {
      const row = ctx.shaped('targets', a, lang, () => targetRows(ctx, a, lang))[i] as TargetRow;
      push(rowsOf, indicator, row);
      const where = `${indicator} ${a.facts.province}`;
      const newest = latestArticle.get(where) ?? a;
      latestArticle.set(where, newest);
      if (newest === a) push(latestRows, indicator, row);
    }
  }
  const compare = compareText(lang);
  const pages: (TargetsPage | IndicatorPage)[] = [];
  const indicators = [...reg.indicators.values()].filter((ind) => rowsOf.has(ind.key));
  pages.push({
    kind: 'targets',
    ...both(lang, urls.targets),
    title: t.targets,
    description: t.targets,
    indicators: indicators.map((ind) => {
      // Best first: the largest value when higher is better, the smallest when lower is (a rank).
      const sign = ind.better === 'higher' ? -1 : 1;
      const latest = [...(latestRows.get(ind.key) ?? [])].sort(
        (a, b) => sign * (a.numeric - b.numeric) || compare(a.view.province.text, b.view.province.text),
      );
      return {
        key: ind.key,
        label: ind.label[lang],
        unit: reg.units[ind.unit][lang],
        latest: latest.map((r) => r.view),
        bars: latest.map(({ view, numeric }) => ({
          label: `${view.province.text}${view.year ? ` ${view.year}` : ''}`,
          value: numeric,
          text: view.value,
        })),
        max: Math.max(0, ...latest.map((r) => r.numeric)),
        all: { url: urls.indicator(lang, ind.key), count: rowsOf.get(ind.key)?.length ?? 0 },
      };
    }),
  });
  for (const ind of indicators) {
    const title = `${t.targets}: ${ind.label[lang]}`;
    pages.push({
      kind: 'indicator',
      // An indicator set only in untranslated articles has no English page.
      ...inSome(
        lang,
        (l) => urls.indicator(l, ind.key),
        (l) => indicatorsIn(l).has(ind.key),
      ),
      breadcrumbs: ctx.trail(lang, { text: t.targets, url: urls.targets(lang) }),
      title,
      description: title,
      label: ind.label[lang],
      unit: reg.units[ind.unit][lang],
      targets: { text: t.targets, url: urls.targets(lang) },
      rows: (rowsOf.get(ind.key) ?? []).map((r) => r.view),
    });
  }
  return pages;
}
