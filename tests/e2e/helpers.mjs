// Shared by the end-to-end tests: a static server for dist/ (stopped by PID), pages in
// headless Chromium at phone width, and small form helpers.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { launch } from './browser.mjs';

export const SHOTS = new URL('./screenshots/', import.meta.url).pathname;

export async function startServer() {
  const port = Number(process.env.E2E_PORT ?? 8090) + Math.floor(Math.random() * 500);
  mkdirSync(SHOTS, { recursive: true });
  const server = spawn(process.execPath, [new URL('./serve.mjs', import.meta.url).pathname, process.env.DIST ?? 'dist', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((ok) => server.stdout.once('data', ok));
  const browser = await launch();
  return {
    base: `http://127.0.0.1:${port}/`,
    browser,
    async stop() {
      await browser.close();
      process.kill(server.pid);
    },
  };
}

export async function openPage(env, name, viewport = { width: 360, height: 780 }) {
  // A context per page: axe-core's Playwright runner needs one, and it keeps pages apart.
  const page = await (await env.browser.newContext({ viewport })).newPage();
  const errors = [];
  const requests = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(env.base);
  await page.waitForSelector('.results');
  page.shot = (state) => page.screenshot({ path: `${SHOTS}${name}-${state}.png`, fullPage: true });
  page.problems = () => errors;
  page.foreign = () => requests.filter((u) => !u.startsWith(env.base) && !u.startsWith('data:'));
  return page;
}

/** Picks an option of a select by its visible text. */
export async function choose(page, id, label) {
  await page.selectOption(`#${id}`, { label });
}

export async function addMember(page) {
  await page.click('text=＋ 添加家庭成员');
}

/** A program card's outcome and amount as shown. */
export async function card(page, program) {
  const el = page.locator(`article[data-program="${program}"]`);
  const amount = (await el.locator('[data-amount]').count()) ? await el.locator('[data-amount]').getAttribute('data-amount') : null;
  return { outcome: await el.locator('.badge').getAttribute('data-outcome'), amount };
}

/** axe-core's WCAG 2.2 A/AA findings on the page, as "rule: first nodes" lines (none is the goal). */
export async function violations(page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** The household several tests share: 72, alone, no income or supporters, half able to care
 *  for herself, in 岳阳楼区 on 2025-07-01 — 特困 962 + 317 = 1279.00 元 (岳民发〔2025〕1号). */
export async function fillElderlyAlone(page) {
  await page.fill('#date', '2025-07-01');
  await page.fill('#m0-birth', '1953-03-15');
  await choose(page, 'm0-has-income', '无收入');
  await choose(page, 'm0-supporters', '无法定义务人');
  await choose(page, 'm0-self-care', '部分不能自理（半失能）');
}
