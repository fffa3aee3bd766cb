import type { Language } from '../../schema/registries.ts';
import { strings } from '../i18n.ts';
import { urls } from '../urls.ts';
import type { PageBase, PageContext } from './base.ts';

export interface NotFoundPage extends PageBase {
  kind: 'notFound';
}

/** The page a missing address answers with, in each language. */
export function notFoundPage(ctx: PageContext, lang: Language): NotFoundPage {
  const t = strings[lang];
  return {
    kind: 'notFound',
    ...ctx.both(lang, urls.notFound),
    title: t.notFoundTitle,
    description: t.notFoundText,
    index: false,
  };
}
