// Offline: after one visit the widget opens and calculates with the network cut off
// (Chromium's offline emulation), and a new version is announced with the policy data it
// brings, never swapped in silently. Runs on a copy of dist/ so the update test can change
// the service worker's stamp as a new release would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, card, fillElderlyAlone, SHOTS } from './helpers.mjs';

let env;
const copy = mkdtempSync(join(tmpdir(), 'ac-offline-'));
before(async () => {
  cpSync(process.env.DIST ?? 'dist', copy, { recursive: true });
  process.env.DIST = copy;
  env = await startServer();
});
after(async () => {
  await env.stop();
  rmSync(copy, { recursive: true, force: true });
});

/** Opens the page in a fresh profile and waits until the service worker controls it. */
async function firstVisit() {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(env.base);
  await page.waitForSelector('.results');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  return { context, page, errors };
}

/** The shared household's 特困 card (962 + 317 = 1279.00). */
async function calculate(page) {
  await fillElderlyAlone(page);
  return card(page, 'extreme_poverty_support');
}

test('after one visit, the widget opens and calculates with the network cut off', async () => {
  const { context, page, errors } = await firstVisit();
  await page.waitForSelector('#update-bar:has-text("已可离线使用")');
  await page.screenshot({ path: `${SHOTS}offline-1-ready.png` });
  // The notice is news, not a warning: the resident closes it, and it covers nothing after.
  await page.locator('#update-bar button', { hasText: '知道了' }).click();
  assert.equal(await page.locator('#update-bar').count(), 0);
  await context.setOffline(true);
  // A reload and a brand-new tab, both with no network.
  await page.reload();
  await page.waitForSelector('.results');
  assert.deepEqual(await calculate(page), { outcome: 'eligible', amount: '1279.00' });
  const tab = await context.newPage();
  await tab.goto(env.base);
  await tab.waitForSelector('.results');
  assert.equal(await tab.textContent('h1'), '社会救助政策测算');
  await page.screenshot({ path: `${SHOTS}offline-2-offline-result.png`, fullPage: false });
  // Confirms the emulation really is offline: a request the worker has not cached fails.
  const online = await tab.evaluate(() => fetch('never-cached.json').then(() => true, () => false));
  assert.equal(online, false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a new version is announced with its policy data and used only when the resident says so', async () => {
  const { context, page } = await firstVisit();
  const sw = join(copy, 'sw.js');
  const original = readFileSync(sw, 'utf8');
  try {
    writeFileSync(sw, original.replace(/^const BUILD = .*$/m, "const BUILD = { code: 'next-release', policyVersion: 'data-verified-2099-01-01', widget: '0.2.0' };"));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    const bar = page.locator('#update-bar');
    await bar.locator('text=政策数据已更新至 2099-01-01 核实的版本').waitFor({ timeout: 20_000 });
    await page.screenshot({ path: `${SHOTS}offline-3-update-offered.png` });
    // Still the old version until the resident presses the button.
    const before = await page.evaluate(() => navigator.serviceWorker.controller.scriptURL);
    assert.ok(before.endsWith('sw.js'));
    await Promise.all([page.waitForEvent('load'), bar.locator('button').click()]);
    await page.waitForSelector('.results');
    const build = await page.evaluate(() => new Promise((resolve) => {
      navigator.serviceWorker.addEventListener('message', (e) => resolve(e.data.build));
      navigator.serviceWorker.controller.postMessage('build');
    }));
    assert.equal(build.policyVersion, 'data-verified-2099-01-01');
    assert.deepEqual(await calculate(page), { outcome: 'eligible', amount: '1279.00' });
  } finally {
    writeFileSync(sw, original);
    await context.close();
  }
});
