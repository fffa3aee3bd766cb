/**
 * Targets: the dashboard compares provinces at a glance (per indicator, each province's latest targets,
 * best first: highest when higher is better, lowest for a rank) and links to a page per indicator with
 * every target set, newest article first. An indicator's page exists in a language only when an article
 * in that language sets a target for it.
 */
import { describe, expect, it } from 'vitest';
import { renderPage } from '../../templates/render.ts';
import { projectPages } from '../helpers/pages.ts';
import { EN_MD, VI_MD } from '../helpers/project.ts';

const TARGETS = [
  'targets:',
  '  - indicator: online-public-services-level-4',
  '    value: 95',
  '    unit: percent',
  '    deadline: 2025',
  '    sentence: Đến năm 2025, 95% dịch vụ công trực tuyến mức độ 4.',
].join('\n');

type Target = { indicator: string; value: number; unit: string; scope?: string };

function article(province: string, publishedAt: string, targets: Target[]): string {
  const list = targets
    .map(
      (t) =>
        `  - indicator: ${t.indicator}\n    value: ${t.value}\n    unit: ${t.unit}\n` +
        `${t.scope ? `    scope: ${t.scope}\n` : ''}    sentence: Chỉ tiêu ${t.value}.`,
    )
    .join('\n');
  return VI_MD.replace(TARGETS, `targets:\n${list}`)
    .replace(/^province: .*$/m, `province: ${province}`)
    .replace(/^title: .*$/m, `title: Bài ${province} ${publishedAt.slice(0, 10)}`)
    .replace(/^publishedAt: .*$/m, `publishedAt: ${publishedAt}`);
}

const dv = (value: number, scope?: string): Target => ({
  indicator: 'online-public-services-level-4',
  value,
  unit: 'percent',
  ...(scope ? { scope } : {}),
});
const rank = (value: number): Target => ({ indicator: 'administrative-reform-ranking', value, unit: 'rank' });

describe('targets', () => {
  const project = projectPages({
    // Bắc Ninh: the newest article sets two targets (two scopes); an older one set a higher value.
    'content/articles/bn-new/vi.md': article('bac-ninh', '2021-03-01 08:00', [
      dv(80, 'cấp xã'),
      dv(100, 'cấp tỉnh'),
      rank(5),
    ]),
    'content/articles/bn-old/vi.md': article('bac-ninh', '2019-03-01 08:00', [dv(99), rank(1)]),
    'content/articles/ng/vi.md': article('ha-giang', '2020-03-01 08:00', [dv(90), rank(3)]),
    // The one English article: only its indicator has an English page.
    'content/articles/en/vi.md': VI_MD.replace(/^publishedAt: .*$/m, 'publishedAt: 2018-01-02 08:00'),
    'content/articles/en/en.md': EN_MD,
  });

  it("charts each province's latest targets, best first", () => {
    const dashboard = project.find('targets', 'vi');
    const byKey = new Map(dashboard.indicators.map((i) => [i.key, i]));
    const services = byKey.get('online-public-services-level-4');
    // Bắc Ninh's older 99 % and the 2018 article's 95 % are not the latest of their province.
    expect(
      services?.latest.map((r) => `${r.province.text} ${r.year} ${r.value} ${r.scope ?? ''}`.trim()),
    ).toEqual(['Bắc Ninh 2021 100% cấp tỉnh', 'Hà Giang 2020 90%', 'Bắc Ninh 2021 80% cấp xã']);
    expect(services?.bars.map((b) => b.value)).toEqual([100, 90, 80]);
    expect(services?.max).toBe(100);
    expect(services?.all).toEqual({ url: '/chi-tieu/online-public-services-level-4/', count: 5 });
    // A rank: lower is better, so the lowest comes first.
    expect(byKey.get('administrative-reform-ranking')?.latest.map((r) => r.value)).toEqual([
      'hạng 3',
      'hạng 5',
    ]);
    const html = renderPage(dashboard, project.site);
    expect(html).toContain('href="/chi-tieu/online-public-services-level-4/"');
    expect(html).toContain('href="/chi-tieu/administrative-reform-ranking/"');
  });

  it('lists every target of an indicator on its page, newest article first', () => {
    const page = project.find(
      'indicator',
      'vi',
      (p) => p.url === '/chi-tieu/online-public-services-level-4/',
    );
    expect(page.rows.map((r) => `${r.province.text} ${r.year} ${r.value}`)).toEqual([
      'Bắc Ninh 2021 80%',
      'Bắc Ninh 2021 100%',
      'Hà Giang 2020 90%',
      'Bắc Ninh 2019 99%',
      'Bắc Ninh 2018 95%',
    ]);
    const html = renderPage(page, project.site);
    expect(html).toContain('href="/chi-tieu/"');
    expect(html.match(/<tr>/g)?.length).toBe(1 + 5);
  });

  it('has an English indicator page only where an English article sets a target', () => {
    const en = project.find('targets', 'en');
    expect(en.indicators.map((i) => i.all.url)).toEqual(['/en/targets/online-public-services-level-4/']);
    const viOnly = project.find(
      'indicator',
      'vi',
      (p) => p.url === '/chi-tieu/administrative-reform-ranking/',
    );
    expect(viOnly.alternates.map((a) => a.lang)).toEqual(['vi']);
    expect(viOnly.switchTo).toEqual({ lang: 'en', url: '/en/', translated: false });
    expect(project.pages.some((p) => p.url === '/en/targets/administrative-reform-ranking/')).toBe(false);
    const both = project.find('indicator', 'en');
    expect(both.alternates.map((a) => a.url)).toEqual([
      '/chi-tieu/online-public-services-level-4/',
      '/en/targets/online-public-services-level-4/',
    ]);
  });
});
