import { type ChildProcess, spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { makeProject, REPO, removeProject, VI_MD } from '../helpers/project.ts';
import { bin } from '../helpers/run.ts';

/**
 * `npm start` on a project: Eleventy's development server serves the preview, and a page open in
 * Chromium shows an edit to its article once it is saved, without the test navigating.
 */
describe('npm start: live reload', () => {
  let root: string;
  let server: ChildProcess;
  let url: string;
  let browser: Browser;
  const output: string[] = [];

  beforeAll(async () => {
    root = await makeProject({ 'content/articles/a/vi.md': VI_MD });
    server = spawn(bin('tsx'), [path.join(REPO, 'scripts', 'serve.ts'), root], {
      cwd: REPO,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
      detached: true,
    });
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no server: ${output.join('')}`)), 90_000);
      const read = (chunk: Buffer) => {
        output.push(chunk.toString());
        const found = /serving (http:\/\/127\.0\.0\.1:\d+)\//.exec(output.join(''));
        if (found?.[1]) {
          clearTimeout(timer);
          resolve(found[1]);
        }
      };
      server.stdout?.on('data', read);
      server.stderr?.on('data', read);
      server.on('exit', (code) => reject(new Error(`the server stopped (${code}): ${output.join('')}`)));
    });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
    await removeProject(root);
  });

  it('shows a saved edit in the open page, without a navigation by the test', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    const connected = page.waitForEvent('websocket');
    await page.goto(`${url}/bai-viet/dai-hoi-dang-bo-so-lan-thu-iv/`);
    expect(await page.textContent('h1')).toBe('Đại hội Đảng bộ Sở lần thứ IV');
    // The reload script is in the page and connected to the server before the edit.
    await page.locator('script[src="/.11ty/reload-client.js"]').waitFor({ state: 'attached' });
    await connected;

    const file = path.join(root, 'content', 'articles', 'a', 'vi.md');
    const edited = (await readFile(file, 'utf8')).replace(
      'Ngày 29/5, Đảng bộ Sở tổ chức Đại hội lần thứ IV.',
      'Ngày 29/5, Đảng bộ Sở tổ chức Đại hội lần thứ IV, sửa khi đang xem.',
    );
    const saved = performance.now();
    await writeFile(file, edited);
    await page.getByText('sửa khi đang xem').waitFor({ timeout: 30_000 });
    console.log(`save to page reloaded: ${Math.round(performance.now() - saved)} ms`);
    expect(page.url()).toBe(`${url}/bai-viet/dai-hoi-dang-bo-so-lan-thu-iv/`);
    expect(problems, 'console errors (a Content-Security-Policy refusal would show here)').toEqual([]);
  }, 60_000);

  it('shows an edited title on an open listing page (written after the article page itself)', async () => {
    const page = await browser.newPage();
    const connected = page.waitForEvent('websocket');
    await page.goto(`${url}/`);
    await connected;
    const file = path.join(root, 'content', 'articles', 'a', 'vi.md');
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace(
        'title: Đại hội Đảng bộ Sở lần thứ IV',
        'title: Đại hội Đảng bộ Sở lần thứ IV, tiêu đề sửa',
      ),
    );
    await page.getByText('tiêu đề sửa').first().waitFor({ timeout: 30_000 });
    expect(page.url()).toBe(`${url}/`);
  }, 60_000);

  it('answers a missing English page with the English 404, and a missing page with the Vietnamese one', async () => {
    for (const [pathname, lang] of [
      ['/en/no-such-page/', 'en'],
      ['/khong-co-trang-nay/', 'vi'],
    ]) {
      const response = await fetch(`${url}${pathname}`);
      expect(response.status, pathname).toBe(404);
      expect(await response.text(), pathname).toContain(`<html lang="${lang}">`);
    }
  });

  it('listens on the host it is given only', async () => {
    expect(new URL(url).hostname).toBe('127.0.0.1');
  });
});
