// Accessibility: axe-core (WCAG 2.2 A/AA rules) finds nothing in each state — empty form,
// an input error, results with open explanations, 长辈版, and the print view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, openPage, choose, violations } from './helpers.mjs';

let env;
before(async () => { env = await startServer(); });
after(async () => { await env.stop(); });

for (const [width, label] of [[360, 'phone'], [1280, 'desktop']]) test(`axe finds no violation in any state (${label})`, async () => {
  const page = await openPage(env, `a11y-${label}`, { width, height: 800 });
  const found = {};
  found.empty = await violations(page);
  await page.shot('0-empty');
  await page.fill('#date', '2025-07-01');
  await page.fill('#m0-birth', '1950-01-01');
  await choose(page, 'm0-has-income', '有收入（逐项填写）');
  await page.fill('#m0-income0-amount', '-5');
  found.error = await violations(page);
  await page.shot('1-error');
  await page.fill('#m0-income0-amount', '300');
  await choose(page, 'm0-supporters', '无法定义务人');
  await choose(page, 'm0-self-care', '能自理（全自理）');
  for (const summary of await page.locator('article[data-program] summary').all()) {
    if (await summary.isVisible()) await summary.click();
  }
  await page.click('text=显示收入变化图');
  found.results = await violations(page);
  await page.click('button.mode-toggle');
  found.elder = await violations(page);
  await page.shot('2-elder');
  await page.emulateMedia({ media: 'print' });
  found.print = await violations(page);
  await page.shot('3-print');
  assert.deepEqual(found, { empty: [], error: [], results: [], elder: [], print: [] });
});

test('the whole flow works by keyboard alone, with focus always visible', async () => {
  const page = await openPage(env, 'keyboard');
  /** Presses Tab until the element with `id` has focus, checking each control it reaches shows a
   *  focus ring (a date input's own inner stops after the first are the browser's, not ours). */
  let last = '';
  async function tabTo(id) {
    for (let i = 0; i < 60; i += 1) {
      await page.keyboard.press('Tab');
      const state = await page.evaluate(() => {
        const el = document.activeElement;
        const s = getComputedStyle(el);
        return { id: el.id, outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 };
      });
      if (state.id !== last) assert.ok(state.outline, `focus ring missing on #${state.id}`);
      last = state.id;
      if (state.id === id) return;
    }
    throw new Error(`could not reach #${id} by Tab`);
  }
  await tabTo('date');
  await page.keyboard.type('07012025');
  await tabTo('m0-birth');
  await page.keyboard.type('06011985');
  await tabTo('m0-has-income');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await tabTo('m0-income0-amount');
  await page.keyboard.type('500');
  await page.waitForSelector('article[data-program="minimum_livelihood_guarantee"] [data-amount]');
  assert.equal(await page.getAttribute('article[data-program="minimum_livelihood_guarantee"] [data-amount]', 'data-amount'), '240.00');
  await page.shot('1-keyboard-done');
});
