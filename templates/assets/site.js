// Site search, loaded on every page but active only where a [data-search] form exists.
// Pagefind is imported when the reader enters the box; each language's search page searches that
// language's whole index, all its parts. Vietnamese readers often type without diacritics: the index holds the text
// with diacritics folded and đ as d (src/search/index-site.ts), so the query is folded the same way,
// and pages holding it as a phrase, then with its words close together, are ranked first (rank()).
// Everything shown is inserted as text; excerpts keep only Pagefind's <mark> highlights.

const form = document.querySelector('[data-search]');
if (form) setUpSearch(form);

/** Words in a result's excerpt. */
const EXCERPT = 24;

/** Results loaded and shown at a time; "more results" shows the next ones. */
const PAGE = 10;

/**
 * Text as the index holds it: diacritics folded, đ as d, lower case.
 * @example fold('Đoàn Thanh HẢI') // => 'doan thanh hai'
 */
function fold(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().normalize('NFC');
}

/**
 * The query's words as Pagefind reads them: split on spaces, quotes and lone punctuation (a dash
 * between words) dropped; phrases are looked for in every query anyway.
 * @example words('  "đại hội" – dang bo ') // => ['đại', 'hội', 'dang', 'bo']
 */
function words(query) {
  return query
    .replace(/["“”„«»]/g, ' ')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** Query words this many places apart on average, or closer, are "close together". */
const CLOSE = 3;

/** Words from the start of an article's text (title, summary) within which a phrase ranks higher. */
const LEAD = 80;

/**
 * Where a page first holds `n` matches side by side (the phrase, once Pagefind has said the page holds
 * it), from the positions of its words that match the query; Infinity when it does not.
 * @example firstRun([3, 9, 10, 11], 3) // => 9
 */
function firstRun(at, n) {
  for (let i = 0; i + n - 1 < at.length; i++) if (at[i + n - 1] - at[i] === n - 1) return at[i];
  return Number.POSITIVE_INFINITY;
}

/**
 * How close together a page holds `n` query words, from the positions of its words that match any of
 * them (Pagefind gives those, not which word is where): `n - 1` when n matches stand side by side, as
 * the phrase does; otherwise the fewest places that hold n matches, last minus first.
 * @example spanOf([4, 5, 9, 20, 21], 3) // => 5 (4, 5 and 9)
 * @example spanOf([7, 8, 9], 3) // => 2, side by side
 */
function spanOf(at, n) {
  if (n <= 1) return 0;
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i + n - 1 < at.length; i++) best = Math.min(best, at[i + n - 1] - at[i]);
  return best;
}

function setUpSearch(form) {
  const input = form.querySelector('input[name="q"]');
  const selects = {
    province: form.querySelector('select[name="province"]'),
    year: form.querySelector('select[name="year"]'),
  };
  const sort = form.querySelector('select[name="sort"]');
  const status = document.querySelector('[data-search-status]');
  const list = document.querySelector('[data-search-results]');
  const more = document.querySelector('[data-search-more]');
  const moreButton = more.querySelector('button');
  const parts = JSON.parse(form.dataset.parts || '[]');
  let pagefind;
  let generation = 0;
  /** The ranked results of the current search, and how many of them are shown. */
  let current = { query: '', ranked: [], shown: 0 };

  /**
   * Pagefind, imported and set up once. Callers share one promise: focusing the box starts the import,
   * and a search typed before it arrives must wait for it, not import and set options a second time
   * (Pagefind refuses options once it has started, with a warning). A failed import is tried again.
   */
  function library() {
    pagefind ??= (async () => {
      const pf = await import('/pagefind/pagefind.js');
      // Pagefind searches in the page, not in a Web Worker: the worker's script is one more download
      // on a first search.
      await pf.options({ excerptLength: EXCERPT, noWorker: true });
      pf.init();
      // Every search consults every part of the index (src/search/parts.ts).
      await Promise.all(parts.map((part) => pf.mergeIndex(part, { excerptLength: EXCERPT })));
      return pf;
    })().catch((error) => {
      pagefind = undefined;
      throw error;
    });
    return pagefind;
  }

  /** One Pagefind search, its results in Pagefind's order. */
  async function find(pf, query, options) {
    return (await pf.search(query, options)).results;
  }

  /**
   * Every page that has all the words, in the order a reader expects (README, Search):
   * 1. the query as typed, found as a phrase (diacritics as typed; see typedOf);
   * 2. the phrase with diacritics folded, d for đ (in the title, summary or first lines first);
   * 3. the words close together, the closest first;
   * 4. Pagefind's score (title above text, rarer words above common ones).
   * With sort by date, newest first. Worked out from the index alone: the pages' own data is fetched
   * only for the results shown.
   */
  async function rank(pf, query, filters, byDate) {
    const list = words(fold(query));
    const folded = list.join(' ');
    const all = await find(pf, folded, { filters });
    if (byDate) {
      // A search by filters alone lists every page of a part, newest first; the parts are runs of
      // dates, newest first (src/search/parts.ts): one after the other, the date order of all pages.
      const order = new Map();
      for (let part = 0; part <= parts.length; part++)
        for (const r of await find(pf, null, {
          filters: { ...filters, part: String(part) },
          sort: { date: 'desc' },
        }))
          order.set(r.id, order.size);
      const at = (r) => order.get(r.id) ?? Number.MAX_SAFE_INTEGER;
      return all.sort((a, b) => at(a) - at(b));
    }
    const phrase =
      list.length > 1 ? new Set((await find(pf, `"${folded}"`, { filters })).map((r) => r.id)) : null;
    const close = CLOSE * (list.length - 1);
    return all
      .map((r) => {
        const span = spanOf(r.words, list.length);
        const tier = !phrase || phrase.has(r.id) ? 1 : span <= close ? 2 : 3;
        // A phrase in the title, the summary or the first lines (the record's text begins with them).
        const lead = tier === 1 && firstRun(r.words, list.length) >= LEAD ? 1 : 0;
        return { r, tier, lead, span: tier === 2 ? span : 0 };
      })
      .sort((a, b) => a.tier - b.tier || a.lead - b.lead || a.span - b.span || b.r.score - a.r.score)
      .map((x) => x.r);
  }

  /**
   * Whether the query has diacritics to match as typed: the index cannot tell Việt from viết, the text
   * shown can, so results holding it exactly as typed come first among those loaded (see showMore).
   */
  const typedOf = (query) => {
    const typed = words(query.toLocaleLowerCase('vi')).join(' ');
    return typed === fold(typed) ? null : typed;
  };
  const holds = (data, typed) =>
    words(data.content.normalize('NFC').toLocaleLowerCase('vi')).join(' ').includes(typed);

  /** The form's state in the page's address, so that a search can be shared, reloaded and gone back to. */
  function remember(query) {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    for (const [name, select] of Object.entries(selects)) if (select.value) params.set(name, select.value);
    if (sort.value) params.set('sort', sort.value);
    const search = params.toString();
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
  }

  async function run() {
    const query = input.value.normalize('NFC').trim();
    const mine = ++generation;
    remember(query);
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      return;
    }
    const stale = () => mine !== generation;
    try {
      const pf = await library();
      const filters = {};
      for (const [name, select] of Object.entries(selects)) if (select.value) filters[name] = select.value;
      const ranked = await rank(pf, query, filters, sort.value === 'date');
      if (stale()) return;
      current = { query, ranked, shown: 0 };
      list.replaceChildren();
      await showMore(mine);
      if (!stale()) describe(query, ranked.length);
    } catch {
      if (!stale()) failed();
    }
  }

  /** What was searched and how many pages were found, with the filters chosen. */
  function describe(query, count) {
    const chosen = Object.values(selects)
      .filter((select) => select.value)
      .map((select) => select.selectedOptions[0].textContent);
    const filters = chosen.length ? ` (${chosen.join(', ')})` : '';
    status.textContent = count
      ? `${count} ${status.dataset.resultsFor} “${query}”${filters}`
      : `${status.dataset.noResultsFor} “${query}”${filters}.`;
  }

  /** Loads and shows the next PAGE results of the current search. */
  async function showMore(mine = generation) {
    const next = current.ranked.slice(current.shown, current.shown + PAGE);
    current.shown += next.length;
    const loading = next.map((r) => r.data());
    const typed = typedOf(current.query);
    if (typed) {
      // All loaded first: those holding the query as typed go ahead, in their order.
      const loaded = await Promise.all(loading);
      if (mine !== generation) return;
      const ahead = loaded.filter((data) => holds(data, typed));
      list.append(...[...ahead, ...loaded.filter((data) => !ahead.includes(data))].map(item));
    } else {
      // Each shown as soon as it and those before it have arrived.
      for (const data of loading) {
        const loaded = await data;
        if (mine !== generation) return;
        list.append(item(loaded));
      }
    }
    more.hidden = current.shown >= current.ranked.length;
  }

  /** The index could not be fetched (a reader offline, say): say so, rather than show nothing. */
  function failed() {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = status.dataset.failed;
  }

  function item(data) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = data.url;
    a.textContent = data.meta.title || data.url;
    const p = document.createElement('p');
    appendExcerpt(p, data.excerpt);
    li.append(a, p);
    return li;
  }

  /** Pagefind's excerpt is HTML with <mark> around hits; keep the marks, insert the rest as text. */
  function appendExcerpt(parent, excerpt) {
    const template = document.createElement('template');
    template.innerHTML = excerpt;
    for (const node of template.content.childNodes) {
      if (node.nodeName === 'MARK') {
        // A highlighted word carries the space after it (and a dash standing alone): keep the space out.
        const [, word, space] = /^(.*?)(\s*)$/s.exec(node.textContent);
        const mark = document.createElement('mark');
        mark.textContent = word;
        parent.append(mark, space);
      } else {
        parent.append(document.createTextNode(node.textContent));
      }
    }
  }

  let timer;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(run, 60);
  };
  // Start fetching Pagefind as soon as the reader is in the box, not after the first keystroke.
  // A failure here is the search's to report, when there is one.
  input.addEventListener('focus', () => library().catch(() => {}), { once: true });
  input.addEventListener('input', schedule);
  for (const select of [...Object.values(selects), sort]) select.addEventListener('change', run);
  moreButton.addEventListener('click', () => showMore().catch(failed));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  // A shared or reloaded address searches again, with its filters and order.
  const params = new URLSearchParams(location.search);
  for (const [name, select] of [...Object.entries(selects), ['sort', sort]]) {
    const value = params.get(name);
    if (value && [...select.options].some((o) => o.value === value)) select.value = value;
  }
  const initial = params.get('q');
  if (initial) {
    input.value = initial;
    run();
  }
}
