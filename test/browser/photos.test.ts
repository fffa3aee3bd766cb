/**
 * Photos beside an article, in Chromium on a phone (390×844 CSS px at two device pixels per px): a
 * fixture article with three real photos (one portrait) and a caption whose photo was not kept is
 * built, served on 127.0.0.1 and opened. The lead photo loads at once in a modern format, the gallery
 * only when scrolled to; nothing shifts while they load; nothing is fetched from elsewhere; axe finds
 * nothing; print keeps the lead photo and the facts; the English page has the English captions; the
 * share image a page names answers as a 1200×630 image.
 * Every wait is for a condition on the page (an event, an image loaded, a frame drawn), never for a time.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Page, Request } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/schema/registries.ts';
import { articlePath, browserSuite, type ServedSite } from '../helpers/browser.ts';
import { EN_MD, makeProject, removeProject, VI_MD, withLine } from '../helpers/project.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * The site's public address, as built into its share tags. The pages are served from 127.0.0.1 on
 * another port: an address a page fetched from the built-in base URL would be another origin, caught
 * by the test of requests.
 */
const BASE = 'https://bantin.test';

/** A phone: 390×844 CSS px, two device pixels per px, touch. */
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/**
 * A photo-like JPEG: a sky-to-ground gradient, a sun, hills and buildings, with grain, drawn as SVG by
 * sharp. `hue` varies the colours between photos.
 */
function photo(width: number, height: number, hue: number): Promise<Buffer> {
  const h = (d: number) => (hue + d) % 360;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<defs>
<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
<stop offset="0" stop-color="hsl(${h(200)},70%,45%)"/><stop offset="0.6" stop-color="hsl(${h(30)},80%,80%)"/>
<stop offset="1" stop-color="hsl(${h(100)},40%,30%)"/>
</linearGradient>
<radialGradient id="sun"><stop offset="0" stop-color="#fff8d0"/><stop offset="1" stop-color="hsl(${h(40)},90%,60%)" stop-opacity="0"/></radialGradient>
<filter id="grain"><feTurbulence type="fractalNoise" baseFrequency="0.9" numOctaves="2" seed="${hue}"/>
<feColorMatrix type="saturate" values="0"/><feComponentTransfer><feFuncA type="linear" slope="0.25"/></feComponentTransfer></filter>
</defs>
<rect width="100%" height="100%" fill="url(#sky)"/>
<circle cx="${width * 0.72}" cy="${height * 0.28}" r="${Math.min(width, height) * 0.18}" fill="url(#sun)"/>
<path d="M0 ${height * 0.7} Q ${width * 0.3} ${height * 0.5} ${width * 0.6} ${height * 0.68} T ${width} ${height * 0.62} V ${height} H 0 Z" fill="hsl(${h(110)},35%,28%)"/>
${Array.from({ length: 7 }, (_, i) => {
  const w = width / 10;
  const top = height * (0.45 + ((i * 37) % 20) / 100);
  return `<rect x="${w * (i * 1.3 + 0.4)}" y="${top}" width="${w}" height="${height - top}" fill="hsl(${h(i * 25)},25%,${30 + i * 5}%)"/>`;
}).join('\n')}
<rect width="100%" height="100%" filter="url(#grain)"/>
</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 92 }).toBuffer();
}

/** Paragraphs enough to put the gallery far below the fold, beyond where Chromium starts lazy images. */
function paragraphs(sentence: string, count: number): string {
  return Array.from({ length: count }, () => sentence.repeat(3).trim()).join('\n\n');
}

const VI_BODY = paragraphs(
  'Đại hội đã thảo luận, đánh giá kết quả thực hiện Nghị quyết nhiệm kỳ qua, chỉ ra những hạn chế, ' +
    'nguyên nhân và bài học kinh nghiệm, đồng thời đề ra phương hướng, mục tiêu, nhiệm vụ và giải pháp ' +
    'cho nhiệm kỳ mới về chuyển đổi số, dịch vụ công trực tuyến và an toàn thông tin. ',
  30,
);
const EN_BODY = paragraphs(
  'The congress discussed and assessed the results of the resolution of the past term, pointed out its ' +
    'shortcomings, their causes and the lessons learned, and set the direction, goals, tasks and measures ' +
    'of the new term for digital transformation, online public services and information security. ',
  30,
);

/** The captions (and the lead's alt) each language gives; the fourth photo's file was not kept. */
const CAPTIONS: Record<Language, string[]> = {
  vi: ['Quang cảnh Đại hội', 'Tặng hoa chúc mừng Ban Chấp hành', 'Đại biểu biểu quyết', 'Ảnh không còn giữ'],
  en: [
    'The congress hall',
    'Flowers for the new Executive Committee',
    'Delegates voting',
    'A photo not kept',
  ],
};
const LEAD_ALT: Record<Language, string> = {
  vi: 'Hội trường với các đại biểu ngồi dự Đại hội',
  en: 'The congress hall',
};

async function fixture(): Promise<string> {
  // The body first (line 33 of vi.md, 12 of en.md), then the lines above it that become several.
  const vi = withLine(
    withLine(VI_MD, 33, `Ngày 29/5, Đảng bộ Sở tổ chức Đại hội lần thứ IV.\n\n${VI_BODY}`),
    30,
    [
      'photos:',
      '  - file: quang-canh.jpg',
      `    caption: ${CAPTIONS.vi[0]}`,
      `    alt: ${LEAD_ALT.vi}`,
      '  - file: tang-hoa.jpg',
      `    caption: ${CAPTIONS.vi[1]}`,
      '  - file: bieu-quyet.jpg',
      `    caption: ${CAPTIONS.vi[2]}`,
      `  - caption: ${CAPTIONS.vi[3]}`,
      'tags: [party-congress]',
    ].join('\n'),
  );
  const en = withLine(
    withLine(
      EN_MD,
      12,
      `On 29 May, the Party Committee of the Department held its fourth congress.\n\n${EN_BODY}`,
    ),
    10,
    ['photos:', ...CAPTIONS.en.map((c) => `  - caption: ${c}`), '---'].join('\n'),
  );
  return makeProject({
    'content/articles/a/vi.md': vi,
    'content/articles/a/en.md': en,
    'content/articles/a/quang-canh.jpg': await photo(1600, 1067, 10),
    'content/articles/a/tang-hoa.jpg': await photo(1280, 853, 140),
    'content/articles/a/bieu-quyet.jpg': await photo(900, 1200, 260),
    // Enough other articles of the same province and tag for their listings to take two pages.
    ...Object.fromEntries(
      Array.from({ length: 24 }, (_, i) => [
        `content/articles/n${i}/vi.md`,
        withLine(
          withLine(VI_MD, 2, `title: Hội nghị số ${i + 1} của Sở`),
          6,
          `publishedAt: 2021-0${1 + (i % 9)}-1${i % 10} 08:00`,
        ),
      ]),
    ),
  });
}

const ready = browserSuite(fixture, removeProject, { config: { baseUrl: BASE } });

/** What the callbacks below use of the page (the project compiles without the DOM library). */
interface Img {
  complete: boolean;
  naturalWidth: number;
  currentSrc: string;
  getBoundingClientRect(): { top: number };
}
interface PhotoWindow {
  document: {
    querySelector(selector: string): Img | null;
    querySelectorAll(selector: string): Iterable<Img>;
  };
  innerHeight: number;
  scrollTo(x: number, y: number): void;
  requestAnimationFrame(callback: () => void): void;
  scrollY: number;
  performance: { getEntriesByType(type: string): { name: string }[] };
  PerformanceObserver: new (
    callback: (list: {
      getEntries(): { entryType: string; value: number; hadRecentInput: boolean }[];
    }) => void,
  ) => { observe(options: { type: string; buffered: boolean }): void; disconnect(): void };
}

interface Visit {
  page: Page;
  site: ServedSite;
  /** Every request the page made, in order. */
  requests: Request[];
  /** The article's address in a language. */
  article(lang: Language): string;
}

/** Runs `use` on a fresh phone-sized page (its own context: nothing cached), recording its requests. */
async function onPhone<T>(use: (visit: Visit) => Promise<T>): Promise<T> {
  const { browser, site } = ready();
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    const requests: Request[] = [];
    page.on('request', (r) => requests.push(r));
    return await use({
      page,
      site,
      requests,
      article: (lang) => site.url(articlePath(site.store, 'a', lang)),
    });
  } finally {
    await context.close();
  }
}

/**
 * The page's layout shift so far (its cumulative layout shift, input aside), from the entries the page
 * keeps from its start. Read with an observer of those entries and of the paint entries, both buffered:
 * they are delivered together in one call, so the paint entries mark that every shift was counted.
 */
async function layoutShift(page: Page): Promise<number> {
  await frames(page);
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const w = globalThis as unknown as PhotoWindow;
        let sum = 0;
        const observer = new w.PerformanceObserver((list) => {
          let painted = false;
          for (const e of list.getEntries())
            if (e.entryType === 'paint') painted = true;
            else if (!e.hadRecentInput) sum += e.value;
          if (painted) {
            observer.disconnect();
            resolve(sum);
          }
        });
        observer.observe({ type: 'layout-shift', buffered: true });
        observer.observe({ type: 'paint', buffered: true });
      }),
  );
}

/**
 * How far each element moved since `before` (CSS px): where it is in the document against where it was.
 * A photo's variants may round its height to another pixel than its width and height attributes.
 */
async function moved(page: Page, selector: string, before: number[]): Promise<number> {
  const now = await positions(page, selector);
  expect(now).toHaveLength(before.length);
  return Math.max(...now.map((top, i) => Math.abs(top - (before[i] ?? 0))));
}

/** Where elements are in the document (their top, in CSS px from the document's top). */
function positions(page: Page, selector: string): Promise<number[]> {
  return page.evaluate((s) => {
    const w = globalThis as unknown as PhotoWindow;
    return [...w.document.querySelectorAll(s)].map((e) => e.getBoundingClientRect().top + w.scrollY);
  }, selector);
}

/** State of the images a selector matches. */
function images(page: Page, selector: string) {
  return page.evaluate(
    (s) =>
      [...(globalThis as unknown as PhotoWindow).document.querySelectorAll(s)].map((img) => ({
        complete: img.complete,
        naturalWidth: img.naturalWidth,
        currentSrc: img.currentSrc,
      })),
    selector,
  );
}

/** Waits until every image the selector matches has loaded. */
async function loaded(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(
    (s) =>
      [...(globalThis as unknown as PhotoWindow).document.querySelectorAll(s)].every(
        (i) => i.complete && i.naturalWidth > 0,
      ),
    selector,
  );
}

/**
 * Waits for two frames to be drawn: layout shift of what changed before is then measured, and in the
 * page's buffer of layout-shift entries.
 */
async function frames(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        (globalThis as unknown as PhotoWindow).requestAnimationFrame(() =>
          (globalThis as unknown as PhotoWindow).requestAnimationFrame(() => setTimeout(resolve, 0)),
        ),
      ),
  );
}

/** Every file a picture offers (its sources' and its img's srcset), for the pictures a selector matches. */
function offered(page: Page, selector: string): Promise<string[][]> {
  return page.$$eval(`${selector} picture`, (pictures) =>
    pictures.map((p) =>
      [...p.querySelectorAll('source, img')].flatMap((e) =>
        (e.getAttribute('srcset') ?? '').split(',').map((c: string) => c.trim().split(' ')[0] ?? ''),
      ),
    ),
  );
}

/**
 * Holds every image response until `open()`: what a slow network does, so that the images arrive after
 * the page is drawn, where a shift on their arrival would be seen.
 */
async function holdImages(page: Page) {
  let opened = false;
  const waiting: (() => void)[] = [];
  const held: string[] = [];
  let onHeld = () => {};
  await page.route('**/img/**', async (route) => {
    if (!opened) {
      held.push(route.request().url());
      onHeld();
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
    await route.continue();
  });
  return {
    held,
    /** Resolves once `count` image requests are held. */
    holding(count: number): Promise<void> {
      return new Promise((resolve) => {
        onHeld = () => {
          if (held.length >= count) resolve();
        };
        onHeld();
      });
    },
    open() {
      opened = true;
      for (const resolve of waiting.splice(0)) resolve();
    },
  };
}

const MODERN = /\.(avif|webp)$/;

describe('an article with photos, on a phone', () => {
  it('loads the lead photo with the page, in a modern format (AVIF or WebP)', async () => {
    await onPhone(async ({ page, article }) => {
      await page.goto(article('vi'), { waitUntil: 'load' });
      const [lead] = await images(page, '.photo.lead img');
      expect(lead?.complete).toBe(true);
      expect(lead?.naturalWidth).toBeGreaterThan(0);
      expect(lead?.currentSrc).toMatch(MODERN);
    });
  });

  it('loads the gallery only when it is scrolled to, then in a modern format', async () => {
    await onPhone(async ({ page, article, requests }) => {
      await page.goto(article('vi'), { waitUntil: 'load' });
      await frames(page);
      // Far below the fold: beyond the distance at which Chromium starts lazy images (1,250 to 2,500 px).
      const top = await page.evaluate(() => {
        const w = globalThis as unknown as PhotoWindow;
        return (w.document.querySelector('.gallery img')?.getBoundingClientRect().top ?? 0) - w.innerHeight;
      });
      expect(top).toBeGreaterThan(4000);
      const files = await offered(page, '.gallery');
      expect(files).toHaveLength(2);
      const fetched = () => requests.map((r) => new URL(r.url()).pathname);
      // Not requested, in any of its formats or widths, and not chosen.
      expect(fetched().filter((p) => files.flat().includes(p))).toEqual([]);
      for (const img of await images(page, '.gallery img'))
        expect(img).toEqual({ complete: false, naturalWidth: 0, currentSrc: '' });

      for (const i of [0, 1]) {
        await page.locator('.gallery img').nth(i).scrollIntoViewIfNeeded();
        await loaded(page, `.gallery figure:nth-of-type(${i + 1}) img`);
      }
      const shown = await images(page, '.gallery img');
      for (const [i, img] of shown.entries()) {
        expect(img.currentSrc).toMatch(MODERN);
        expect(files[i]).toContain(new URL(img.currentSrc).pathname);
        expect(fetched()).toContain(new URL(img.currentSrc).pathname);
      }
    });
  });

  it('shifts nothing while the photos load: the lead after the page is drawn, the gallery once scrolled to', async () => {
    await onPhone(async ({ page, article }) => {
      const gate = await holdImages(page);
      await page.goto(article('vi'), { waitUntil: 'domcontentloaded' });
      // The text is drawn while the lead photo is still on its way.
      await page.waitForFunction(() =>
        (globalThis as unknown as PhotoWindow).performance
          .getEntriesByType('paint')
          .some((e) => e.name === 'first-contentful-paint'),
      );
      expect((await images(page, '.photo.lead img'))[0]?.complete).toBe(false);
      expect(gate.held.length).toBeGreaterThan(0);
      // The lead photo's caption and the text below it.
      const text = '.photo.lead figcaption, .body > p, .facts';
      const before = await positions(page, text);
      gate.open();
      await loaded(page, '.photo.lead img');
      await page.waitForLoadState('load');
      expect(await moved(page, text, before)).toBeLessThan(1);
      expect(await layoutShift(page)).toBeLessThan(0.01);

      // The gallery in view, its photos requested and still on their way; then they arrive.
      const gallery = await holdImages(page);
      await page.locator('.gallery img').first().scrollIntoViewIfNeeded();
      await gallery.holding(2);
      const inView = await page.evaluate(() => {
        const w = globalThis as unknown as PhotoWindow;
        const top = w.document.querySelector('.gallery img')?.getBoundingClientRect().top ?? -1;
        return top >= 0 && top < w.innerHeight;
      });
      expect(inView).toBe(true);
      expect((await images(page, '.gallery img')).map((i) => i.complete)).toEqual([false, false]);
      const below = '.gallery figcaption, .facts';
      const waiting = await positions(page, below);
      gallery.open();
      await loaded(page, '.gallery img');
      expect(await moved(page, below, waiting)).toBeLessThan(1);
      expect(await layoutShift(page)).toBeLessThan(0.01);
    });
  });

  it('requests nothing from outside the site, in either language, with every photo loaded', async () => {
    await onPhone(async ({ page, site, article, requests }) => {
      for (const lang of ['vi', 'en'] as const) {
        await page.goto(article(lang), { waitUntil: 'load' });
        await page.locator('.gallery').scrollIntoViewIfNeeded();
        await loaded(page, '.photo img');
      }
      const origin = new URL(site.url('/')).origin;
      expect(requests.length).toBeGreaterThan(6);
      expect(
        requests.map((r) => r.url()).filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:')),
      ).toEqual([]);
    });
  });

  for (const lang of ['vi', 'en'] as const)
    it(`axe finds no WCAG 2.1 A or AA violation on the article with photos (${lang})`, async () => {
      await onPhone(async ({ page, article }) => {
        await page.goto(article(lang), { waitUntil: 'load' });
        await page.locator('.gallery').scrollIntoViewIfNeeded();
        await loaded(page, '.photo img');
        const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        const violations = results.violations.map(
          (v: Result) =>
            `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
        );
        expect(violations).toEqual([]);
        // The photos were there to be checked.
        expect(results.passes.map((p) => p.id)).toContain('image-alt');
      });
    });

  for (const path of [
    '/chu-de/party-congress/',
    '/chu-de/party-congress/trang/2/',
    '/tinh/bac-ninh/trang/2/',
  ])
    it(`axe finds no WCAG 2.1 A or AA violation on a tag page or a paginated listing (${path})`, async () => {
      await onPhone(async ({ page, site }) => {
        const response = await page.goto(site.url(path), { waitUntil: 'load' });
        expect(response?.status()).toBe(200);
        // A listing of several pages: its links to the others are there to be checked.
        expect(await page.locator('.pagination a').count()).toBeGreaterThan(1);
        const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(results.violations.map((v: Result) => `${v.id}: ${v.help}`)).toEqual([]);
      });
    });

  it('prints the lead photo with its caption and the facts, without the navigation', async () => {
    await onPhone(async ({ page, article }) => {
      await page.goto(article('vi'), { waitUntil: 'load' });
      expect(await page.isVisible('.site-header')).toBe(true);
      await page.emulateMedia({ media: 'print' });
      expect(await page.isVisible('.site-header')).toBe(false);
      expect(await page.isVisible('.photo.lead img')).toBe(true);
      expect(await page.isVisible('.photo.lead figcaption')).toBe(true);
      expect(await page.textContent('.photo.lead figcaption')).toBe(CAPTIONS.vi[0]);
      expect(await page.isVisible('.facts')).toBe(true);
    });
  });

  it('gives the English page the English captions and alt text', async () => {
    await onPhone(async ({ page, article }) => {
      await page.goto(article('en'), { waitUntil: 'load' });
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      const figures = await page.$$eval('figure.photo', (list) =>
        list.map((f) => ({
          caption: f.querySelector('figcaption')?.textContent,
          alt: f.querySelector('img')?.getAttribute('alt'),
        })),
      );
      expect(figures).toEqual([
        { caption: CAPTIONS.en[0], alt: LEAD_ALT.en },
        { caption: CAPTIONS.en[1], alt: CAPTIONS.en[1] },
        { caption: CAPTIONS.en[2], alt: CAPTIONS.en[2] },
      ]);
      expect(await page.$$eval('.captions li', (list) => list.map((li) => li.textContent))).toEqual([
        CAPTIONS.en[3],
      ]);
    });
  });

  for (const lang of ['vi', 'en'] as const)
    it(`shares the article (${lang}) with an image that answers as a 1200×630 image`, async () => {
      await onPhone(async ({ page, site, article }) => {
        await page.goto(article(lang), { waitUntil: 'load' });
        const meta = (property: string) =>
          page.getAttribute(`meta[property="${property}"]`, 'content').then((v) => v ?? '');
        const image = await meta('og:image');
        expect(image.startsWith(`${BASE}/`)).toBe(true);
        expect([await meta('og:image:width'), await meta('og:image:height')]).toEqual(['1200', '630']);
        const type = await meta('og:image:type');
        // The site's address is answered by the served site, as its host would answer it.
        await page.route(`${BASE}/**`, async (route) => {
          const { pathname } = new URL(route.request().url());
          await route.fulfill({ response: await route.fetch({ url: site.url(pathname) }) });
        });
        const response = await page.goto(image);
        expect(response?.status()).toBe(200);
        expect(response?.headers()['content-type']).toMatch(/^image\//);
        const size = await sharp(await response?.body()).metadata();
        expect([size.width, size.height]).toEqual([1200, 630]);
        expect(response?.headers()['content-type']).toBe(type);
        expect(`image/${size.format}`).toBe(type);
      });
    });
});
