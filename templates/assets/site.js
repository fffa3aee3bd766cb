// Site search, loaded on every page but active only where a [data-search] form exists.
// Pagefind is imported when the reader enters the box; each language's search page searches that
// language's whole index. Vietnamese readers often type without diacritics: Pagefind folds tone marks
// but not đ, so every word starting with "d" is also searched as "đ", and pages holding the query as a
// phrase, then with its words close together, are ranked first (see rank()).
// Everything shown is inserted as text; excerpts keep only Pagefind's <mark> highlights.

const form = document.querySelector('[data-search]');
if (form) setUpSearch(form);

/** Results loaded and shown at a time; "more results" shows the next ones. */
const PAGE = 10;

/** Most spellings of a query searched (each word beginning with d is also tried with đ). */
const MAX_SPELLINGS = 16;

/**
 * The query's words as Pagefind reads them: NFC, split on spaces, quotes and lone punctuation (a dash
 * between words) dropped; phrases are looked for in every query anyway.
 * @example words('  "Đại hội" – dang bo ') // => ['Đại', 'hội', 'dang', 'bo']
 */
function words(query) {
  return query
    .normalize('NFC')
    .replace(/["“”„«»]/g, ' ')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/**
 * Every spelling of some words with đ for d at the start of words that begin with d, the words as
 * typed first; at most MAX_SPELLINGS. Pagefind folds tones and vowel marks but not đ, and đ only ever
 * begins a Vietnamese syllable, which bounds the variants.
 * @example spellings(['dai', 'hoi']) // => ['dai hoi', 'đai hoi']
 */
function spellings(list) {
  let out = [''];
  for (const word of list) {
    const options = /^[dD]/.test(word) ? [word, (word[0] === 'D' ? 'Đ' : 'đ') + word.slice(1)] : [word];
    const next = [];
    for (const prefix of out) for (const o of options) next.push(prefix ? `${prefix} ${o}` : o);
    out = next.slice(0, MAX_SPELLINGS);
  }
  return out;
}

/** Words this many places apart on average, or closer, are "close together". */
const CLOSE = 3;

/**
 * The fewest word positions that hold one position of each list, as last minus first: `n - 1` when the
 * words stand side by side in order, Infinity when a list is empty.
 * @example spanOf([[4, 20], [5], [9, 21]]) // => 5 (4, 5 and 9)
 */
function spanOf(lists) {
  if (lists.some((l) => l.length === 0)) return Number.POSITIVE_INFINITY;
  // The phrase itself: each word right after the one before.
  const sets = lists.map((l) => new Set(l));
  if (lists[0].some((p) => sets.every((set, i) => set.has(p + i)))) return lists.length - 1;
  // Otherwise the smallest window over the positions, merged in order, that holds every word.
  const merged = lists.flatMap((l, i) => l.map((p) => [p, i])).sort((a, b) => a[0] - b[0]);
  const count = new Array(lists.length).fill(0);
  let missing = lists.length;
  let best = Number.POSITIVE_INFINITY;
  let left = 0;
  for (const [p, i] of merged) {
    if (count[i]++ === 0) missing--;
    while (missing === 0) {
      const [q, j] = merged[left];
      best = Math.min(best, p - q);
      if (--count[j] === 0) missing++;
      left++;
    }
  }
  return Math.max(best, lists.length);
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
  let pagefind;
  let generation = 0;
  /** The ranked results of the current search, and how many of them are shown. */
  let current = { ranked: [], shown: 0 };

  /**
   * Pagefind, imported and set up once. Callers share one promise: focusing the box starts the import,
   * and a search typed before it arrives must wait for it, not import and set options a second time
   * (Pagefind refuses options once it has started, with a warning). A failed import is tried again.
   */
  function library() {
    pagefind ??= (async () => {
      const pf = await import('/pagefind/pagefind.js');
      // Pagefind searches in the page, not in a Web Worker: the worker's script costs more bytes on a
      // first search than the few milliseconds each search takes here.
      await pf.options({ excerptLength: 24, noWorker: true });
      pf.init();
      return pf;
    })().catch((error) => {
      pagefind = undefined;
      throw error;
    });
    return pagefind;
  }

  // Pagefind is searched one call at a time: the search for the query as typed turns its
  // exactDiacritics option on for that one call, and no other search may run meanwhile.
  let queue = Promise.resolve();
  function serially(task) {
    const next = queue.then(task, task);
    queue = next.catch(() => {});
    return next;
  }

  /** The pages matching any of the spellings: id -> Pagefind's result with the best score. */
  async function union(pf, queries, options, exactDiacritics = false) {
    const found = new Map();
    for (const q of queries) {
      const search = await serially(async () => {
        if (exactDiacritics) await pf.options({ exactDiacritics: true });
        try {
          return await pf.search(q, options);
        } finally {
          if (exactDiacritics) await pf.options({ exactDiacritics: false });
        }
      });
      for (const r of search.results) {
        const seen = found.get(r.id);
        if (!seen || r.score > seen.score) found.set(r.id, r);
      }
    }
    return found;
  }

  const quoted = (text) => `"${text}"`;

  /**
   * Where each page holds a word: id -> its word positions, for every spelling (d and đ) and every
   * word the query word begins, as Pagefind matches words. (Pagefind's own quoted search cannot say
   * this with diacritics folded: a page holding two forms of a word, nhân and nhắn, throws its phrase
   * check off.)
   */
  async function positions(pf, word, filters) {
    const at = new Map();
    for (const spelling of spellings([word])) {
      const search = await serially(() => pf.search(spelling, { filters }));
      for (const r of search.results) at.set(r.id, (at.get(r.id) ?? []).concat(r.words));
    }
    return at;
  }

  /**
   * Every page that has all the words, in the order a reader expects (README, Search):
   * 1. the query as typed, found as a phrase (diacritics as typed);
   * 2. the phrase with diacritics folded, d for đ;
   * 3. the words close together, the closest first;
   * 4. Pagefind's score (title above text, rarer words above common ones).
   * With sort by date, newest first. All of it is worked out from the index alone: the pages' own data
   * is fetched only for the results shown.
   */
  async function rank(pf, query, filters, byDate) {
    const list = words(query);
    const all = await union(pf, spellings(list), { filters });
    if (byDate) {
      // A search by filters alone lists every page, newest first: the date order of all of them.
      const dated = await serially(() => pf.search(null, { filters, sort: { date: 'desc' } }));
      const order = new Map(dated.results.map((r, i) => [r.id, i]));
      const at = (r) => order.get(r.id) ?? Number.MAX_SAFE_INTEGER;
      return [...all.values()].sort((a, b) => at(a) - at(b));
    }
    const exact = await union(pf, [quoted(list.join(' '))], { filters }, true);
    for (const [id, r] of exact) if (!all.has(id)) all.set(id, r);
    const at = [];
    for (const word of list) at.push(await positions(pf, word, filters));
    const close = CLOSE * (list.length - 1);
    return [...all.values()]
      .map((r) => {
        const span = spanOf(at.map((m) => m.get(r.id) ?? []));
        const tier = exact.has(r.id) ? 0 : span === list.length - 1 ? 1 : span <= close ? 2 : 3;
        return { r, tier, span: tier === 2 ? span : 0 };
      })
      .sort((a, b) => a.tier - b.tier || a.span - b.span || b.r.score - a.r.score)
      .map((x) => x.r);
  }

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
      current = { ranked, shown: 0 };
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
    const loaded = await Promise.all(next.map((r) => r.data()));
    if (mine !== generation) return;
    current.shown += next.length;
    list.append(...loaded.map(item));
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
        const mark = document.createElement('mark');
        mark.textContent = node.textContent;
        parent.append(mark);
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
