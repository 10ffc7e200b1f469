// End-to-end, regions: switching region changes the standard and its source on screen, and a
// host's own pack (data-pack-url, same origin) adds a county; a broken pack is refused with
// a notice and the embedded data stays in use.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { startServer, openPage, choose, card } from './helpers.mjs';

const DIST = process.env.DIST ?? 'dist';
let env;
before(async () => {
  // Host pages: the built index.html with a pack URL on the mount element.
  const pack = execFileSync('target/debug/assistance-calculator', ['build-pack', 'tests/fixtures/county-pack']).toString();
  writeFileSync(`${DIST}/test-pack.json`, pack);
  const broken = JSON.parse(pack);
  broken['430603'].minimum_livelihood_guarantee.value[0].unit = 'per_month';
  writeFileSync(`${DIST}/test-bad-pack.json`, JSON.stringify(broken));
  const index = readFileSync(`${DIST}/index.html`, 'utf8');
  for (const [page, url] of [['pack-test.html', '/test-pack.json'], ['bad-pack-test.html', '/test-bad-pack.json']]) {
    writeFileSync(`${DIST}/${page}`, index.replace('<div id="assistance-calculator">', `<div id="assistance-calculator" data-pack-url="${url}">`));
  }
  env = await startServer();
});
after(async () => { await env.stop(); });

async function pickRegion(page, province, city, county) {
  await choose(page, 'region-province', province);
  await choose(page, 'region-city', city);
  await choose(page, 'region', county);
}

async function standardText(page) {
  const el = page.locator('article[data-program="minimum_livelihood_guarantee"]');
  await el.locator('summary').click();
  return el.innerText();
}

test('switching from 岳阳楼区 to 镇坪县 changes the 低保 standard and its source', async () => {
  const page = await openPage(env, 'region-switch');
  await page.fill('#date', '2025-07-01');
  await page.fill('#m0-birth', '1985-01-01');
  await choose(page, 'm0-has-income', '有收入（逐项填写）');
  await page.fill('#m0-income0-amount', '300');
  // 岳阳楼区: 740 − 300 = 440.00 (岳民发〔2025〕1号).
  assert.deepEqual(await card(page, 'minimum_livelihood_guarantee'), { outcome: 'eligible', amount: '440.00' });
  const before = await standardText(page);
  assert.match(before, /740 元\/人·月/);
  assert.match(before, /岳民发〔2025〕1号/);
  await page.shot('1-yueyanglou');
  await pickRegion(page, '陕西省（已收录）', '安康市（已收录）', '镇坪县（已收录）');
  await page.fill('#date', '2023-07-01');
  await choose(page, 'hukou', '城镇户籍');
  // 安康 2023 urban standard 645: 645 − 300 = 345.00.
  assert.deepEqual(await card(page, 'minimum_livelihood_guarantee'), { outcome: 'eligible', amount: '345.00' });
  const after = await standardText(page);
  assert.match(after, /645 元\/人·月/);
  assert.match(after, /安康/);
  assert.doesNotMatch(after, /岳民发/);
  await page.shot('2-zhenping');
  assert.deepEqual(page.problems(), []);
});

test('an uncovered county says so and points to the local office and 12345', async () => {
  const page = await openPage(env, 'uncovered');
  await page.fill('#m0-birth', '1985-01-01');
  await choose(page, 'm0-has-income', '无收入');
  await pickRegion(page, '湖南省（已收录）', '岳阳市（已收录）', '岳阳县');
  assert.equal((await card(page, 'minimum_livelihood_guarantee')).outcome, 'not_covered');
  await page.locator('article[data-program="minimum_livelihood_guarantee"] summary').click();
  assert.match(await page.locator('article[data-program="minimum_livelihood_guarantee"]').innerText(), /12345/);
  await page.shot('1-not-covered');
});

test('a host pack from the same site adds 云溪区; a broken pack is refused with a notice', async () => {
  const page = await env.browser.newPage({ viewport: { width: 360, height: 780 } });
  await page.goto(`${env.base}pack-test.html`);
  await page.waitForSelector('.results');
  await pickRegion(page, '湖南省（已收录）', '岳阳市（已收录）', '云溪区（已收录）');
  await page.fill('#date', '2022-06-01');
  await page.fill('#m0-birth', '1985-01-01');
  await choose(page, 'm0-has-income', '有收入（逐项填写）');
  await page.fill('#m0-income0-amount', '600');
  // The county's own 2022 standard, 644: 644 − 600 = 44.00.
  assert.deepEqual(await card(page, 'minimum_livelihood_guarantee'), { outcome: 'eligible', amount: '44.00' });
  await page.screenshot({ path: 'tests/e2e/screenshots/host-pack-1-yunxi.png', fullPage: true });
  const bad = await env.browser.newPage({ viewport: { width: 360, height: 780 } });
  await bad.goto(`${env.base}bad-pack-test.html`);
  await bad.waitForSelector('.results');
  assert.match(await bad.locator('.pack-notice').innerText(), /数据包有 1 处问题.*测算使用本工具内置的政策数据/);
  await bad.screenshot({ path: 'tests/e2e/screenshots/host-pack-2-refused.png', fullPage: true });
  await pickRegion(bad, '湖南省（已收录）', '岳阳市（已收录）', '云溪区');
  await bad.fill('#m0-birth', '1985-01-01');
  await choose(bad, 'm0-has-income', '无收入');
  assert.match(await bad.locator('.region-notice').innerText(), /尚未收录.*12345/);
  assert.equal((await card(bad, 'minimum_livelihood_guarantee')).outcome, 'not_covered');
});
