// Shared by the end-to-end tests: a static server for dist/ (stopped by PID), pages in
// headless Chromium at phone width, and small form helpers.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
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
