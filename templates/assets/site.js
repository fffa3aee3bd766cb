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

function setUpSearch(form) {
  const input = form.querySelector('input[name="q"]');
  const province = form.querySelector('select[name="province"]');
  const year = form.querySelector('select[name="year"]');
  const sort = form.querySelector('select[name="sort"]');
  const status = document.querySelector('[data-search-status]');
  const list = document.querySelector('[data-search-results]');
  let pagefind;
  let generation = 0;

  async function library() {
    if (!pagefind) {
      pagefind = await import('/pagefind/pagefind.js');
      await pagefind.options({ excerptLength: 24 });
      pagefind.init();
    }
    return pagefind;
  }

  async function run() {
    const query = input.value.normalize('NFC').trim();
    const current = ++generation;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const pf = await library();
    const filters = {};
    if (province.value) filters.province = province.value;
    if (year.value) filters.year = year.value;
    const options = { filters };
    if (sort.value === 'date') options.sort = { date: 'desc' };
    const searches = await Promise.all(variants(query).map((v) => pf.search(v, options)));
    if (current !== generation) return;
    const best = new Map();
    searches.forEach((s, i) => {
      for (const r of s.results) {
        const seen = best.get(r.id);
        // The query as typed (variant 0) wins ties; otherwise the better score.
        if (!seen || r.score > seen.r.score) best.set(r.id, { r, order: seen ? Math.min(seen.order, i) : i });
      }
    });
    const candidates = [...best.values()].sort((a, b) => b.r.score - a.r.score).slice(0, 30);
    const loaded = await Promise.all(candidates.map(async (c) => ({ ...c, data: await c.r.data() })));
    if (current !== generation) return;
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
    ranked.sort((a, b) => (sort.value === 'date' ? 0 : a.tier - b.tier) || b.r.score - a.r.score);
    show(ranked.slice(0, 20));
  }

  function show(items) {
    const word = status.dataset.resultsWord;
    status.textContent = items.length ? `${items.length} ${word}` : status.dataset.noResults;
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
  input.addEventListener('focus', () => void library(), { once: true });
  input.addEventListener('input', schedule);
  for (const select of [province, year, sort]) select.addEventListener('change', run);
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
