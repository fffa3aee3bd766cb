import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArticlesDocument, createApiMemo, serializeJson, writeApi } from '../../src/api/write.ts';
import { loadContent } from '../../src/content/load.ts';
import { registryKeysFrom } from '../../src/content/registries.ts';
import type { Store } from '../../src/content/store.ts';
import { jsonSchemas, SCHEMA_FILES } from '../../src/schema/json-schema.ts';
import { urls } from '../../src/site/urls.ts';
import { EN_MD, makeProject, REPO, removeProject, snapshot, VI_MD, withLine } from '../helpers/project.ts';

const BASE_URL = 'https://bantin.example.vn';

/** Stand-in for src/render: escapes the Markdown, so tests see exactly what was passed in. */
const renderBody = ({ body }: { body: string }) =>
  `<div class="body">${body.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</div>`;

const IDS = {
  bacNinhCongress: '2020-05-bac-ninh-dai-hoi-dang-bo-so-tttt-lan-iv',
  bacNinhConference: '2021-01-bac-ninh-trien-khai-nhiem-vu-2021-huan-chuong-lao-dong',
  vinhPhuc: '2020-03-vinh-phuc-bi-thu-tinh-uy-lam-viec-voi-so-tttt',
  ninhBinh: '2020-03-ninh-binh-dai-hoi-chi-bo-so-tttt-lan-iv',
  longAn: '2020-06-long-an-dai-hoi-dang-bo-co-so-so-tttt-lan-iv',
};

const folders: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bantin-api-'));
  folders.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function loadStore(root: string): Promise<Store> {
  const result = await loadContent({ root });
  expect(result.problems).toEqual([]);
  return result.store as Store;
}

async function build(store: Store, outDir?: string) {
  const out = outDir ?? (await tempDir());
  const { files } = await writeApi(store, {
    outDir: out,
    baseUrl: BASE_URL,
    renderBody,
    contentSchemas: jsonSchemas(registryKeysFrom(store.registries)),
  });
  return { out, files };
}

/** Every file below a folder, relative to it, `/`-separated, sorted. */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const abs = path.join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out.push(path.relative(dir, abs).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

// Loosely typed views of the parsed documents, for assertions.
// biome-ignore lint/suspicious/noExplicitAny: parsed JSON, checked against its schema in a test of its own
type Json = any;

describe('the JSON content API of the repository content', () => {
  let store: Store;
  let out: string;
  let files: string[];
  const read = (rel: string): string => readFileSync(path.join(out, rel), 'utf8');
  const doc = (rel: string): Json => JSON.parse(read(rel));
  const articles = (): Json[] => doc('api/v1/articles.json').articles;
  const article = (id: string): Json => articles().find((a: Json) => a.id === id);

  beforeAll(async () => {
    store = await loadStore(REPO);
    ({ out, files } = await build(store));
  });

  it('writes the index, the lists, one document per article and the schemas under api/v1', () => {
    const expected = [
      'api/v1/index.json',
      'api/v1/articles.json',
      ...Object.values(IDS).map((id) => `api/v1/articles/${id}.json`),
      'api/v1/provinces.json',
      'api/v1/officials.json',
      'api/v1/indicators.json',
      ...['api-index', 'api-articles', 'api-article', 'api-provinces', 'api-officials', 'api-indicators'].map(
        (name) => `api/v1/schema/${name}.schema.json`,
      ),
      ...Object.values(SCHEMA_FILES).map((file) => `api/v1/schema/${file}`),
    ];
    expect([...files].sort()).toEqual([...expected].sort());
    expect(listFiles(out)).toEqual([...expected].sort());
  });

  it('lists every endpoint and schema in index.json with absolute URLs that exist', () => {
    const index = doc('api/v1/index.json');
    expect(index).toMatchObject({ version: 'v1', baseUrl: BASE_URL });
    const toFile = (url: string) => {
      expect(url.startsWith(`${BASE_URL}/api/v1/`), url).toBe(true);
      return url.slice(BASE_URL.length + 1);
    };
    expect(index.endpoints.map((e: Json) => e.name)).toEqual([
      'index',
      'articles',
      'article',
      'provinces',
      'officials',
      'indicators',
    ]);
    for (const e of index.endpoints) {
      expect(e.description.length, e.name).toBeGreaterThan(10);
      if (e.name === 'article') expect(e.url).toBe(`${BASE_URL}${urls.api.article('{id}')}`);
      else expect(files).toContain(toFile(e.url));
      expect(files).toContain(toFile(e.schema));
    }
    const listed = index.schemas.map((s: Json) => toFile(s.url));
    expect(listed.sort()).toEqual(files.filter((f) => f.startsWith('api/v1/schema/')).sort());
    // Every article document is reachable from articles.json.
    const articleFiles = articles().map((a: Json) => toFile(a.apiUrl));
    expect(articleFiles.sort()).toEqual(files.filter((f) => f.startsWith('api/v1/articles/')).sort());
  });

  it('writes every document valid against the API JSON Schema it publishes', () => {
    // With the formats, as a consumer checks them: every URL the API publishes is a URI.
    // (ajv-formats is CommonJS: its function is both the module and its `default`.)
    const ajv = ajvFormats.default(new Ajv2020({ strict: true, allErrors: true }));
    const validator = (name: string) => ajv.compile(doc(`api/v1/schema/${name}.schema.json`));
    const checks: [string, ReturnType<typeof validator>][] = [
      ['api/v1/index.json', validator('api-index')],
      ['api/v1/articles.json', validator('api-articles')],
      ['api/v1/provinces.json', validator('api-provinces')],
      ['api/v1/officials.json', validator('api-officials')],
      ['api/v1/indicators.json', validator('api-indicators')],
    ];
    const single = validator('api-article');
    for (const f of files.filter((f) => f.startsWith('api/v1/articles/'))) checks.push([f, single]);
    expect(checks).toHaveLength(10);
    for (const [file, validate] of checks)
      expect(validate(doc(file)), `${file} ${ajv.errorsText(validate.errors)}`).toBe(true);
  });

  it('publishes strict schemas: a missing field, an extra field or an absent value instead of null is refused', () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(doc('api/v1/schema/api-articles.schema.json'));
    const original = doc('api/v1/articles.json');
    const mutate = (change: (a: Json) => void) => {
      const copy = structuredClone(original);
      change(copy.articles[0]);
      return validate(copy);
    };
    expect(mutate(() => {})).toBe(true);
    expect(mutate((a) => delete a.views)).toBe(false);
    expect(mutate((a) => (a.draft = false))).toBe(false);
    expect(mutate((a) => (a.publishedAt = '30/05/2020'))).toBe(false);
    expect(mutate((a) => (a.translations.fr = a.translations.vi))).toBe(false);
    expect(mutate((a) => delete a.translations.vi)).toBe(false);
  });

  it('publishes the content-model schemas unchanged, each a valid JSON Schema', () => {
    const given = jsonSchemas(registryKeysFrom(store.registries));
    for (const [name, file] of Object.entries(SCHEMA_FILES)) {
      const written = doc(`api/v1/schema/${file}`);
      expect(written, file).toEqual(given[name as keyof typeof given]);
      expect(() => new Ajv2020({ strict: false, logger: false }).compile(written), file).not.toThrow();
    }
  });

  it('lists the five articles newest first, as the Store orders them', () => {
    expect(articles().map((a: Json) => a.id)).toEqual([
      IDS.bacNinhConference,
      IDS.longAn,
      IDS.bacNinhCongress,
      IDS.ninhBinh,
      IDS.vinhPhuc,
    ]);
    expect(articles().map((a: Json) => a.id)).toEqual(store.articles.map((a) => a.id));
  });

  it('gives the Bắc Ninh congress its date and time, views, figures and officials', () => {
    const a = article(IDS.bacNinhCongress);
    expect(a).toMatchObject({
      eventType: 'congress',
      province: 'bac-ninh',
      provinceName: { vi: 'Bắc Ninh', en: 'Bac Ninh' },
      publishedAt: '2020-05-30T12:02:00+07:00',
      eventDate: { start: '2020-05-29', end: '2020-05-29' },
      views: 275,
      author: ['KL'],
      source: null,
      organizationType: 'party-committee',
      awards: [],
    });
    expect(a.congress).toEqual({
      ordinal: 4,
      term: { start: 2020, end: 2025 },
      partyMembersPresent: 45,
      executiveCommitteeSize: 7,
      inspectionCommitteeSize: 3,
      delegates: { official: 2, alternate: 1 },
    });
    expect(a.officialsElected).toEqual([
      {
        name: 'Nguyễn Việt Hùng',
        role: 'secretary',
        roleLabel: { vi: 'Bí thư', en: 'Secretary' },
        reelected: true,
      },
      {
        name: 'Vũ Huy Phương',
        role: 'deputy-secretary',
        roleLabel: { vi: 'Phó Bí thư', en: 'Deputy Secretary' },
        reelected: null,
      },
    ]);
    expect(a.targets.map((t: Json) => [t.indicator, t.value, t.comparator, t.deadline])).toEqual([
      ['online-public-services-level-4', 95, null, 2025],
      ['citizen-business-satisfaction', 90, 'at-least', 2025],
      ['documents-processed-online', 90, null, 2025],
      ['fdi-partners-reached', 90, null, 2025],
    ]);
    expect(a.tags[0]).toEqual({ key: 'party-congress', label: { vi: 'Đại hội Đảng', en: 'Party congress' } });
    expect(a.translations.vi).toMatchObject({
      slogan: 'Làm gương, Kỷ cương, Trọng tâm, bứt phá',
      superiorCongress: 'Đại hội đảng bộ cấp trên',
      jobTitles: ['Giám đốc Sở', 'Phó Giám đốc Sở TT&TT'],
      venue: null,
    });
    expect(a.translations.en).toMatchObject({
      slogan: 'Setting an example, Discipline, Focus, Breakthrough',
      jobTitles: [
        'Director of the Department',
        'Deputy Director of the Department of Information and Communications',
      ],
    });
    expect(a.translations.vi.targets[0].scope).toBe('lĩnh vực Thông tin và truyền thông');
    expect(a.translations.en.targets[0].scope).toBe('the information and communications field');
    expect(a.translations.vi.captions).toHaveLength(1);
  });

  it('keeps the Vĩnh Phúc date-only publication date and its missing view count as null', () => {
    const a = article(IDS.vinhPhuc);
    expect(a).toMatchObject({
      eventType: 'working-session',
      publishedAt: '2020-03-19',
      views: null,
      congress: null,
      officialsElected: [],
      author: ['Bích Phượng'],
    });
    expect(a.targets.at(-1)).toMatchObject({
      indicator: 'digital-economy-growth',
      value: { min: 20, max: 25 },
    });
    expect(a.targets.map((t: Json) => t.comparator)).toEqual([null, null, 'at-least', null]);
  });

  it('gives the Ninh Bình congress no publication date, a two-day event and two authors', () => {
    const a = article(IDS.ninhBinh);
    expect(a).toMatchObject({
      publishedAt: null,
      eventDate: { start: '2020-03-23', end: '2020-03-24' },
      views: null,
      author: ['Thùy Phương', 'Trường Giang'],
      organizationType: 'party-cell',
      targets: [],
    });
    expect(a.congress).toEqual({
      ordinal: 4,
      term: { start: 2020, end: 2025 },
      partyMembersPresent: 35,
      executiveCommitteeSize: 5,
      inspectionCommitteeSize: null,
      delegates: { official: 2, alternate: null },
    });
    expect(a.officialsElected.map((o: Json) => [o.name, o.role, o.reelected])).toEqual([
      ['Đoàn Thanh Hải', 'secretary', true],
      ['Trần Thị Thảo', 'deputy-secretary', null],
    ]);
    expect(a.translations.vi.venue).toBe('Khách sạn Hoàng Sơn');
    expect(a.translations.vi.captions).toHaveLength(4);
    expect(a.translations.en.captions).toHaveLength(4);
  });

  it('gives the Long An congress its five targets with units, comparators and deadlines', () => {
    const a = article(IDS.longAn);
    expect(a).toMatchObject({
      publishedAt: '2020-06-01T09:29:00+07:00',
      eventDate: null,
      author: ['Hùng Cường'],
    });
    expect(a.targets.map((t: Json) => [t.indicator, t.value, t.comparator, t.unit, t.deadline])).toEqual([
      ['assigned-tasks-completed', 100, null, 'percent', null],
      ['administrative-reform-ranking', 5, 'at-most', 'rank', null],
      ['party-members-rated-good', 95, 'at-least', 'percent', null],
      ['years-rated-excellent', 1, 'at-least', 'years', 2025],
      ['new-party-members', 5, 'at-least', 'people', 2025],
    ]);
    expect(a.targets[1].indicatorLabel.en).toBe(
      'Administrative reform index ranking among provincial departments',
    );
    expect(a.targets[4].unitLabel).toEqual({ vi: 'người', en: 'people' });
    expect(a.translations.vi.targets).toHaveLength(5);
    expect(a.translations.en.targets).toHaveLength(5);
  });

  it('gives the Bắc Ninh conference its awards, period language-neutral and names per language', () => {
    const a = article(IDS.bacNinhConference);
    expect(a.awards).toEqual([{ period: { start: 2015, end: 2019 } }, { period: null }]);
    expect(a.translations.vi.awards[0]).toEqual({
      name: 'Huân chương Lao động hạng Nhì',
      recipient: 'Sở Thông tin và Truyền thông',
      conferredBy: 'Chủ tịch nước',
    });
    expect(a.translations.en.awards).toHaveLength(2);
  });

  it('gives every article both translations, with absolute page URLs from src/site/urls.ts', () => {
    for (const a of articles()) {
      const stored = store.byId.get(a.id);
      expect(Object.keys(a.translations)).toEqual(['vi', 'en']);
      for (const lang of ['vi', 'en'] as const) {
        const t = a.translations[lang];
        const text = stored?.text[lang];
        expect(t.slug).toBe(text?.slug);
        expect(t.title).toBe(text?.title);
        expect(t.summary).toBe(text?.summary);
        expect(t.url).toBe(`${BASE_URL}${urls.article(lang, t.slug)}`);
        expect(t.jobTitles).toHaveLength(a.officialsElected.length);
        expect(t.targets).toHaveLength(a.targets.length);
        expect(t.awards).toHaveLength(a.awards.length);
        expect(t.captions).toHaveLength(stored?.facts.photos?.length ?? 0);
      }
      expect(a.translations.en.url.startsWith(`${BASE_URL}/en/articles/`)).toBe(true);
      expect(a.apiUrl).toBe(`${BASE_URL}${urls.api.article(a.id)}`);
    }
  });

  it('writes each article document as its articles.json entry plus the rendered body per language', () => {
    for (const a of articles()) {
      const single = doc(`api/v1/articles/${a.id}.json`);
      const stored = store.byId.get(a.id);
      expect(single.translations.vi.html).toBe(renderBody({ body: stored?.text.vi.body ?? '' }));
      expect(single.translations.en.html).toBe(renderBody({ body: stored?.text.en?.body ?? '' }));
      delete single.translations.vi.html;
      delete single.translations.en.html;
      expect(single).toEqual(a);
    }
  });

  it('counts the published articles of each of the 63 provinces and 34 successors', () => {
    const p = doc('api/v1/provinces.json');
    expect(p.provinces).toHaveLength(63);
    expect(p.successors).toHaveLength(34);
    expect(p.source).toMatch(/Resolution 202\/2025\/QH15/);
    const counts = Object.fromEntries(
      p.provinces.filter((x: Json) => x.articleCount > 0).map((x: Json) => [x.slug, x.articleCount]),
    );
    expect(counts).toEqual({ 'bac-ninh': 2, 'vinh-phuc': 1, 'ninh-binh': 1, 'long-an': 1 });
    const longAn = p.provinces.find((x: Json) => x.slug === 'long-an');
    expect(longAn).toMatchObject({
      name: { vi: 'Long An', en: 'Long An' },
      kind: 'province',
      region: { slug: 'mekong-delta', name: { vi: 'Đồng bằng sông Cửu Long', en: 'Mekong Delta' } },
      successor: { slug: 'tay-ninh', name: { vi: 'Tây Ninh', en: 'Tay Ninh' }, kind: 'province' },
      urls: {
        vi: `${BASE_URL}${urls.province('vi', 'long-an')}`,
        en: `${BASE_URL}${urls.province('en', 'long-an')}`,
      },
    });
    const successor = (slug: string) => p.successors.find((s: Json) => s.slug === slug);
    expect(successor('tay-ninh')).toMatchObject({ provinces: ['tay-ninh', 'long-an'], articleCount: 1 });
    expect(successor('phu-tho').articleCount).toBe(1);
    expect(p.successors.reduce((n: number, s: Json) => n + s.articleCount, 0)).toBe(5);
    expect(p.successors.flatMap((s: Json) => s.provinces).sort()).toEqual(
      p.provinces.map((x: Json) => x.slug).sort(),
    );
  });

  it('lists the elected officials by Vietnamese name order, with job titles in both languages', () => {
    const { officials } = doc('api/v1/officials.json');
    expect(officials.map((o: Json) => o.name)).toEqual([
      'Đoàn Thanh Hải',
      'Nguyễn Bá Luân',
      'Nguyễn Việt Hùng',
      'Trần Thị Thảo',
      'Vũ Huy Phương',
    ]);
    const names = officials.map((o: Json) => o.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
    const vu = officials.find((o: Json) => o.name === 'Vũ Huy Phương');
    expect(vu).toMatchObject({
      role: 'deputy-secretary',
      roleLabel: { vi: 'Phó Bí thư', en: 'Deputy Secretary' },
      reelected: null,
      jobTitle: {
        vi: 'Phó Giám đốc Sở TT&TT',
        en: 'Deputy Director of the Department of Information and Communications',
      },
      province: 'bac-ninh',
      term: { start: 2020, end: 2025 },
      article: {
        id: IDS.bacNinhCongress,
        publishedAt: '2020-05-30T12:02:00+07:00',
        urls: {
          vi: article(IDS.bacNinhCongress).translations.vi.url,
          en: article(IDS.bacNinhCongress).translations.en.url,
        },
      },
    });
    expect(officials.find((o: Json) => o.name === 'Nguyễn Việt Hùng').reelected).toBe(true);
  });

  it('lists every indicator of the registry with each published target set for it', () => {
    const { indicators } = doc('api/v1/indicators.json');
    expect(indicators.map((i: Json) => i.key)).toEqual([...store.registries.indicators.keys()]);
    const total = articles().reduce((n: number, a: Json) => n + a.targets.length, 0);
    expect(indicators.reduce((n: number, i: Json) => n + i.targets.length, 0)).toBe(total);
    const online = indicators.find((i: Json) => i.key === 'online-public-services-level-4');
    expect(online).toMatchObject({ unit: 'percent', unitLabel: { vi: '%', en: '%' }, better: 'higher' });
    expect(online.targets.map((t: Json) => [t.province, t.year, t.value, t.deadline])).toEqual([
      ['bac-ninh', 2021, 80, 2021],
      ['bac-ninh', 2020, 95, 2025],
      ['vinh-phuc', 2020, 30, null],
    ]);
    expect(online.targets[1].scope).toEqual({
      vi: 'lĩnh vực Thông tin và truyền thông',
      en: 'the information and communications field',
    });
    const rank = indicators.find((i: Json) => i.key === 'administrative-reform-ranking');
    expect(rank.better).toBe('lower');
    expect(rank.targets[0]).toMatchObject({
      province: 'long-an',
      value: 5,
      comparator: 'at-most',
      scope: null,
    });
    expect(rank.targets[0].sentence.en).toMatch(/administrative reform/i);
  });

  it('writes two-space JSON with a final newline, NFC and no raw < or >', () => {
    for (const f of files) {
      const text = read(f);
      expect(text.endsWith('}\n'), f).toBe(true);
      expect(text, f).toBe(
        `${JSON.stringify(JSON.parse(text), null, 2).replace(/</g, '\\u003c').replace(/>/g, '\\u003e')}\n`,
      );
      expect(text.normalize('NFC'), f).toBe(text);
      expect(text, f).not.toMatch(/[<>]/);
    }
  });

  it('writes byte-for-byte the same files on a second run', async () => {
    const again = await build(await loadStore(REPO));
    expect(again.files).toEqual(files);
    for (const f of files)
      expect(readFileSync(path.join(again.out, f)), f).toEqual(readFileSync(path.join(out, f)));
  });
});

describe('writeApi', () => {
  const roots: string[] = [];
  afterAll(async () => {
    await Promise.all(roots.map(removeProject));
  });
  async function project(files: Record<string, string>): Promise<Store> {
    const root = await makeProject(files);
    roots.push(root);
    return loadStore(root);
  }

  it('publishes a draft article in no API file', async () => {
    let draft = withLine(VI_MD, 2, 'title: Bản nháp chưa công bố');
    draft = withLine(draft, 19, '  - name: Lê Văn Nháp');
    draft = withLine(draft, 30, 'tags: [party-congress]\ndraft: true');
    const store = await project({
      'content/articles/published-congress/vi.md': VI_MD,
      'content/articles/published-congress/en.md': EN_MD,
      'content/articles/secret-draft/vi.md': draft,
    });
    expect(store.byId.get('secret-draft')?.facts.draft).toBe(true);
    const { out, files } = await build(store);
    expect(files).toContain('api/v1/articles/published-congress.json');
    expect(files.some((f) => f.includes('secret-draft'))).toBe(false);
    expect(listFiles(out).some((f) => f.includes('secret-draft'))).toBe(false);
    const everything = files.map((f) => readFileSync(path.join(out, f), 'utf8')).join('\n');
    expect(everything).toContain('Nguyễn Việt Hùng');
    for (const secret of ['secret-draft', 'Bản nháp chưa công bố', 'ban-nhap-chua-cong-bo', 'Lê Văn Nháp'])
      expect(everything, secret).not.toContain(secret);
    const provinces = JSON.parse(readFileSync(path.join(out, 'api/v1/provinces.json'), 'utf8'));
    expect(provinces.provinces.find((p: Json) => p.slug === 'bac-ninh').articleCount).toBe(1);
    expect(buildArticlesDocument(store, { baseUrl: BASE_URL }).articles.map((a) => a.id)).toEqual([
      'published-congress',
    ]);
  });

  it('keeps a title with </script> as data: escaped in the file, unchanged through JSON.parse', async () => {
    const title = '</script><script>alert(1)</script>';
    const store = await project({
      'content/articles/a/vi.md': withLine(VI_MD, 2, `title: "${title}"`),
    });
    const { out } = await build(store);
    for (const rel of ['api/v1/articles.json', 'api/v1/articles/a.json']) {
      const text = readFileSync(path.join(out, rel), 'utf8');
      expect(text).not.toContain('</script>');
      expect(text).toContain('\\u003c/script\\u003e');
      const parsed = JSON.parse(text);
      const a = rel.endsWith('articles.json') ? parsed.articles[0] : parsed;
      expect(a.translations.vi.title).toBe(title);
      expect(a.translations.en).toBeUndefined();
    }
    expect(serializeJson({ title })).toBe(
      '{\n  "title": "\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"\n}\n',
    );
    expect(JSON.parse(serializeJson({ s: `a${'\u2028'}b` })).s).toBe(`a${'\u2028'}b`);
  });

  it('removes files left in api/v1 by an earlier build, so an unpublished article does not linger', async () => {
    const store = await project({ 'content/articles/a/vi.md': VI_MD });
    const out = await tempDir();
    const stale = path.join(out, 'api/v1/articles/was-published.json');
    await mkdir(path.dirname(stale), { recursive: true });
    await writeFile(stale, '{}\n');
    await writeFile(path.join(out, 'index.html'), 'site');
    await build(store, out);
    expect(existsSync(stale)).toBe(false);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('site');
  });

  it('writes the rendered body NFC even when the renderer returns decomposed text', async () => {
    const store = await project({ 'content/articles/a/vi.md': VI_MD });
    const out = await tempDir();
    await writeApi(store, {
      outDir: out,
      baseUrl: `${BASE_URL}/`,
      renderBody: ({ body }) => body.normalize('NFD'),
      contentSchemas: {},
    });
    const single = JSON.parse(readFileSync(path.join(out, 'api/v1/articles/a.json'), 'utf8'));
    expect(single.translations.vi.html).toBe(store.byId.get('a')?.text.vi.body.normalize('NFC'));
    expect(single.translations.vi.url.startsWith(`${BASE_URL}/bai-viet/`)).toBe(true);
  });

  it('with a memo, writes again only what changed: new Articles, listings, removed ones, and all after a registry or base URL change', async () => {
    const store = await project({
      'content/articles/a/vi.md': VI_MD,
      'content/articles/b/vi.md': withLine(VI_MD, 2, 'title: Bài thứ hai'),
    });
    const out = await tempDir();
    const memo = createApiMemo();
    const options = { outDir: out, baseUrl: BASE_URL, renderBody, contentSchemas: {} };
    const write = (s: Store, o = options) => writeApi(s, o, memo);
    const file = (id: string) => path.join(out, `api/v1/articles/${id}.json`);
    const read = (id: string) => JSON.parse(readFileSync(file(id), 'utf8'));
    expect((await write(store)).files).toContain('api/v1/articles/b.json');

    // The same Articles, the same registries: no article document and no unchanged listing is written.
    const again = await write({ ...store });
    expect(again.files.filter((f) => f.startsWith('api/v1/articles/'))).toEqual([]);
    expect(again.files).not.toContain('api/v1/provinces.json');

    // New registries (a province renamed) with the very same Articles: every document is made again.
    const provinces = new Map(store.registries.provinces);
    const bacNinh = provinces.get('bac-ninh') as NonNullable<ReturnType<typeof provinces.get>>;
    provinces.set('bac-ninh', { ...bacNinh, name: { ...bacNinh.name, en: 'Bac Ninh (renamed)' } });
    const renamed = { ...store, registries: { ...store.registries, provinces } };
    expect((await write(renamed)).files).toContain('api/v1/articles/b.json');
    expect(read('b').provinceName.en).toBe('Bac Ninh (renamed)');

    // One Article replaced, one gone: its document is written, the other's removed, the list written.
    const a = store.byId.get('a') as Store['articles'][number];
    const retitled = { ...a, text: { ...a.text, vi: { ...a.text.vi, title: 'Tiêu đề mới' } } };
    const onlyA = { ...renamed, articles: [retitled], byId: new Map([['a', retitled]]) };
    const fewer = await write(onlyA);
    expect(fewer.files).toEqual(expect.arrayContaining(['api/v1/articles/a.json', 'api/v1/articles.json']));
    expect(read('a').translations.vi.title).toBe('Tiêu đề mới');
    expect(existsSync(file('b'))).toBe(false);

    // Another base URL: every document is made again with it.
    const moved = await write(onlyA, { ...options, baseUrl: 'https://elsewhere.test' });
    expect(moved.files).toContain('api/v1/articles/a.json');
    expect(read('a').apiUrl.startsWith('https://elsewhere.test/')).toBe(true);
  });

  it('with a memo, a write told to stop leaves every file whole and the memo true to the disk: the next write completes it', async () => {
    const store = await project({
      'content/articles/a/vi.md': VI_MD,
      'content/articles/b/vi.md': withLine(VI_MD, 2, 'title: Bài thứ hai'),
    });
    const retitle = (a: Store['articles'][number], title: string) => ({
      ...a,
      text: { ...a.text, vi: { ...a.text.vi, title } },
    });
    const articles = store.articles.map((a, i) => retitle(a, `Tiêu đề mới ${i}`));
    const changed = { ...store, articles, byId: new Map(articles.map((a) => [a.id, a])) };
    const options = { baseUrl: BASE_URL, renderBody, contentSchemas: {} };
    const full = await tempDir();
    await writeApi(changed, { ...options, outDir: full });
    let stops = 0;
    for (let k = 0; k < 12; k++) {
      const out = await tempDir();
      const memo = createApiMemo();
      await writeApi(store, { ...options, outDir: out }, memo);
      let asked = 0;
      const stopped = await writeApi(changed, { ...options, outDir: out }, memo, () => ++asked <= k);
      if (stopped.stopped) stops++;
      for (const rel of readdirSync(out, { recursive: true }).map(String)) {
        expect(rel, `stopped after ${k}`).not.toMatch(/\.partial$/);
        if (rel.endsWith('.json'))
          expect(() => JSON.parse(readFileSync(path.join(out, rel), 'utf8'))).not.toThrow();
      }
      expect((await writeApi(changed, { ...options, outDir: out }, memo)).stopped).toBe(false);
      expect(snapshot(out), `stopped after ${k}`).toEqual(snapshot(full));
    }
    // Stopped before the listing, inside it (between its pieces) and after it.
    expect(stops).toBeGreaterThanOrEqual(5);

    // A write that starts from an empty folder (new registries), stopped: the next one goes on from
    // what is on disk, it does not start over.
    const registries = { ...changed.registries, provinces: new Map(changed.registries.provinces) };
    const renamed = { ...changed, registries };
    const fullRenamed = await tempDir();
    const all = (await writeApi(renamed, { ...options, outDir: fullRenamed })).files.length;
    for (const k of [3, all - 2]) {
      const out = await tempDir();
      const memo = createApiMemo();
      await writeApi(changed, { ...options, outDir: out }, memo);
      let asked = 0;
      const first = await writeApi(renamed, { ...options, outDir: out }, memo, () => ++asked <= k);
      expect(first.stopped, `stopped after ${k}`).toBe(true);
      const rest = await writeApi(renamed, { ...options, outDir: out }, memo);
      expect(rest.files.length + first.files.length, `stopped after ${k}`).toBe(all);
      expect(snapshot(out), `stopped after ${k}`).toEqual(snapshot(fullRenamed));
    }
  });

  it('refuses a base URL that is not absolute and a schema name that is not a file name', async () => {
    const store = await project({ 'content/articles/a/vi.md': VI_MD });
    const options = { outDir: await tempDir(), renderBody, contentSchemas: {} };
    await expect(writeApi(store, { ...options, baseUrl: 'localhost:8080/site' })).rejects.toThrow(/baseUrl/);
    await expect(writeApi(store, { ...options, baseUrl: '/site' })).rejects.toThrow(/not an absolute URL/);
    await expect(
      writeApi(store, { ...options, baseUrl: BASE_URL, contentSchemas: { '../escape.json': {} } }),
    ).rejects.toThrow(/file name/);
    for (const baseUrl of ['javascript:alert(1)//x', 'data:text/html,x', 'file:///site'])
      await expect(writeApi(store, { ...options, baseUrl }), baseUrl).rejects.toThrow();
  });

  it('refuses to publish a URL that is not https: or http:, even one that validation did not see', async () => {
    const store = await project({ 'content/articles/a/vi.md': VI_MD });
    for (const url of [
      'javascript:alert(document.cookie)',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
    ]) {
      const articles = store.articles.map((a) => ({
        ...a,
        facts: { ...a.facts, source: { name: 'Cổng', url } },
      }));
      const forged = { ...store, articles, byId: new Map(articles.map((a) => [a.id, a])) };
      const outDir = await tempDir();
      await expect(
        writeApi(forged, { outDir, baseUrl: BASE_URL, renderBody, contentSchemas: {} }),
        url,
      ).rejects.toThrow(/does not match api-.*source\.url/s);
      expect(existsSync(path.join(outDir, 'api', 'v1', 'articles.json'))).toBe(false);
    }
  });
});
