// Site search, loaded on every page but active only where a [data-search] form exists.
// Pagefind is imported lazily on first input. Vietnamese readers often type without diacritics:
// Pagefind folds tone marks but not đ, so every word starting with "d" is also searched as "đ"
// (đ only ever begins a syllable, which bounds the variants), results are merged, and pages that
// contain the query as typed, or as a whole phrase once diacritics are folded, are ranked first.
// Everything shown is inserted as text; excerpts keep only Pagefind's <mark> highlights.

const form = document.querySelector('[data-search]');
if (form) setUpSearch(form);

function fold(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every spelling of the query with d/đ at the start of words that begin with d; at most 16. */
function variants(query) {
  const words = query.split(/\s+/).filter(Boolean);
  let out = [''];
  for (const word of words) {
    const options = /^[dD]/.test(word) ? [word, (word[0] === 'D' ? 'Đ' : 'đ') + word.slice(1)] : [word];
    const next = [];
    for (const prefix of out) for (const o of options) next.push(prefix ? `${prefix} ${o}` : o);
    out = next.slice(0, 16);
  }
  return out;
}

/** Results shown, and the pages whose data is loaded to rank them. */
const SHOWN = 20;

function setUpSearch(form) {
  const input = form.querySelector('input[name="q"]');
  const province = form.querySelector('select[name="province"]');
  const year = form.querySelector('select[name="year"]');
  const sort = form.querySelector('select[name="sort"]');
  const status = document.querySelector('[data-search-status]');
  const list = document.querySelector('[data-search-results]');
  const more = document.querySelector('[data-search-more]');
  // The index is cut into bundles by months, newest first (src/search/bundles.ts). Pagefind loads the
  // newest; older ones are merged into it (mergeIndex) when a search finds nothing in the newer ones,
  // when a year is chosen, or when the reader asks for older articles.
  const bundles = JSON.parse(form.dataset.bundles || '[]');
  const merges = [];
  let searched = 1;
  let pagefind;
  let generation = 0;

  /**
   * Pagefind, imported and set up once. Callers share one promise: focusing the box starts the import,
   * and a search typed before it arrives must wait for it, not import and set options a second time
   * (Pagefind refuses options once it has started, with a warning). A failed import is tried again.
   */
  function library() {
    pagefind ??= (async () => {
      const pf = await import('/pagefind/pagefind.js');
      // Pagefind searches in the page, not in a Web Worker: the worker's script costs 12 KB more on a
      // first search, and the newest bundle is small enough to search in a few milliseconds.
      await pf.options({ excerptLength: 24, noWorker: true });
      pf.init();
      return pf;
    })().catch((error) => {
      pagefind = undefined;
      throw error;
    });
    return pagefind;
  }

  /** Searches the newest `count` bundles from now on (merging each older one once). */
  async function widen(count) {
    const pf = await library();
    searched = Math.max(searched, Math.min(count, bundles.length));
    for (let i = 1; i < searched; i++) merges[i] ??= pf.mergeIndex(bundles[i].path);
    await Promise.all(merges);
  }

  /** Whether a bundle holds months of a year. */
  const holds = (bundle, y) => bundle.from.slice(0, 4) <= y && bundle.to.slice(0, 4) >= y;

  /** Bundles needed to reach a year: the newest down to the oldest that holds some of it. */
  function reach(y) {
    let needed = 0;
    bundles.forEach((b, i) => {
      if (holds(b, y)) needed = i + 1;
    });
    return needed || searched;
  }

  /**
   * Every spelling of the query, merged: each page with its best score (the query as typed, searched
   * first, wins ties). With `first`, only each spelling's first results are kept (with a sort, its
   * first in that order).
   */
  async function find(pf, query, options, first = Number.POSITIVE_INFINITY) {
    const searches = await Promise.all(variants(query).map((v) => pf.search(v, options)));
    const best = new Map();
    for (const s of searches)
      for (const r of s.results.slice(0, first)) {
        const seen = best.get(r.id);
        if (!seen || r.score > seen.r.score) best.set(r.id, { r });
      }
    return best;
  }

  const load = (found) => Promise.all(found.map(async (c) => ({ ...c, data: await c.r.data() })));
  const newest = (a, b) => (b.data.meta.date || '').localeCompare(a.data.meta.date || '');

  /**
   * Best match over the bundles searched so far. The SHOWN pages Pagefind scores best are loaded and
   * re-ranked: those holding the query as typed first, then those holding it as a phrase once
   * diacritics are folded.
   */
  async function byRelevance(pf, query, filters) {
    const best = await find(pf, query, { filters });
    const candidates = [...best.values()].sort((a, b) => b.r.score - a.r.score).slice(0, SHOWN);
    const loaded = await load(candidates);
    const exact = query.toLocaleLowerCase('vi');
    const folded = fold(query);
    const rank = (item) => {
      const content = item.data.content.normalize('NFC').toLocaleLowerCase('vi');
      const title = (item.data.meta.title || '').normalize('NFC').toLocaleLowerCase('vi');
      if (title.includes(exact) || content.includes(exact)) return 0;
      if (fold(title).includes(folded) || fold(content).includes(folded)) return 1;
      return 2;
    };
    const ranked = loaded.map((item) => ({ ...item, tier: rank(item) }));
    ranked.sort((a, b) => a.tier - b.tier || b.r.score - a.r.score);
    return ranked;
  }

  /**
   * Newest first over the bundles searched so far, one bundle at a time: a search filtered to one
   * bundle keeps Pagefind's date order (the scores of merged bundles are not comparable under a sort),
   * and once SHOWN pages are found no older bundle can hold a newer one.
   */
  async function byDate(pf, query, filters) {
    const picked = [];
    for (let i = 0; i < searched && picked.length < SHOWN; i++) {
      if (filters.year && !holds(bundles[i], filters.year)) continue;
      const options = { filters: { ...filters, bundle: bundles[i].from }, sort: { date: 'desc' } };
      const loaded = await load([...(await find(pf, query, options, SHOWN)).values()]);
      picked.push(...loaded.sort(newest).slice(0, SHOWN - picked.length));
    }
    return picked;
  }

  async function run() {
    const query = input.value.normalize('NFC').trim();
    const current = ++generation;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      return;
    }
    const stale = () => current !== generation;
    try {
      const pf = await library();
      const filters = {};
      if (province.value) filters.province = province.value;
      if (year.value) filters.year = year.value;
      const strategy = sort.value === 'date' ? byDate : byRelevance;
      // A year goes straight to the bundles that hold it; otherwise the newest bundle is searched, and
      // older ones are merged in, one at a time, only while nothing is found.
      if (year.value) await widen(reach(year.value));
      let items = await strategy(pf, query, filters);
      while (!stale() && items.length === 0 && !year.value && searched < bundles.length) {
        await widen(searched + 1);
        items = await strategy(pf, query, filters);
      }
      if (!stale()) show({ items, partial: !year.value && searched < bundles.length });
    } catch {
      if (!stale()) failed();
    }
  }

  /** The index could not be fetched (a reader offline, say): say so, rather than show nothing. */
  function failed() {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = status.dataset.failed;
  }

  function show({ items, partial }) {
    const word = status.dataset.resultsWord;
    const from = partial ? ` ${status.dataset.searchedFrom} ${bundles[searched - 1].fromLabel}` : '';
    status.textContent = items.length
      ? `${items.length} ${word}${from}`
      : `${status.dataset.noResults}${from}`;
    more.hidden = !partial;
    if (partial) {
      const older = bundles.slice(searched);
      more.querySelector('button').textContent =
        `${more.dataset.label} (${older[older.length - 1].fromLabel} – ${older[0].toLabel})`;
    }
    list.replaceChildren(
      ...items.map(({ data }) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = data.url;
        a.textContent = data.meta.title || data.url;
        const p = document.createElement('p');
        appendExcerpt(p, data.excerpt);
        li.append(a, p);
        return li;
      }),
    );
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
  for (const select of [province, year, sort]) select.addEventListener('change', run);
  more.dataset.label = more.querySelector('button').textContent;
  more.querySelector('button').addEventListener('click', () => widen(bundles.length).then(run, failed));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    run();
  }
}
