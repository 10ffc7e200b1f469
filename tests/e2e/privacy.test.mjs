// Save and share, privately: a share link round-trips a household through the URL fragment
// only; answers are kept only with consent and 清除我的数据 erases them; an unreadable draft
// is reported and set aside, never crashing the widget.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, openPage, choose, card } from './helpers.mjs';

let env;
before(async () => { env = await startServer(); });
after(async () => { await env.stop(); });

async function fill(page) {
  await page.fill('#date', '2025-07-01');
  await page.fill('#m0-birth', '1985-06-01');
  await choose(page, 'm0-has-income', '有收入（逐项填写）');
  await page.fill('#m0-income0-amount', '500');
}

test('a share link carries the household in the fragment and opens the same result', async () => {
  const page = await openPage(env, 'share');
  await fill(page);
  await page.click('text=生成分享链接（给社工或家人）');
  const link = await page.inputValue('#share-link');
  assert.ok(link.startsWith(env.base) && link.includes('#h='), link);
  assert.ok(!link.split('#')[0].includes('?'), 'nothing in the query string');
  assert.equal(await page.locator('svg.qr path').count(), 1);
  await page.shot('1-link-and-qr');
  // A fresh browser context, as on the caseworker's phone.
  const other = await (await env.browser.newContext({ viewport: { width: 360, height: 780 } })).newPage();
  const requests = [];
  other.on('request', (r) => requests.push(r.url()));
  await other.goto(link);
  await other.waitForSelector('article[data-program]');
  assert.equal(await other.inputValue('#m0-birth'), '1985-06-01');
  assert.deepEqual(await card(other, 'minimum_livelihood_guarantee'), { outcome: 'eligible', amount: '240.00' });
  assert.ok(requests.every((u) => !u.includes('1985')), 'the household never reaches the server');
  assert.equal(new URL(other.url()).hash, '', 'the fragment is cleared once loaded');
});

test('answers are kept only with consent, and 清除我的数据 erases them', async () => {
  const page = await openPage(env, 'consent');
  await fill(page);
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing stored without consent');
  await page.check('#consent');
  await page.fill('#m0-income0-amount', '600');
  assert.ok(await page.evaluate(() => localStorage.getItem('assistance-calculator:draft')));
  await page.reload();
  await page.waitForSelector('article[data-program]');
  assert.equal(await page.inputValue('#m0-income0-amount'), '600');
  await page.click('text=清除我的数据');
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  await page.reload();
  await page.waitForSelector('.results');
  assert.equal(await page.inputValue('#m0-birth'), '');
});

test('an unreadable draft is reported and set aside, and the widget still works', async () => {
  const page = await openPage(env, 'corrupt');
  await page.evaluate(() => {
    localStorage.setItem('assistance-calculator:consent', 'yes');
    localStorage.setItem('assistance-calculator:draft', '{"members": [ broken');
  });
  await page.reload();
  await page.waitForSelector('.results');
  assert.match(await page.locator('.privacy-tools .notice').innerText(), /无法读取/);
  assert.equal(await page.evaluate(() => localStorage.getItem('assistance-calculator:draft-unreadable')), '{"members": [ broken', 'kept until the resident deletes it');
  await fill(page);
  assert.deepEqual(await card(page, 'minimum_livelihood_guarantee'), { outcome: 'eligible', amount: '240.00' });
  await page.shot('1-unreadable-reported');
  await page.click('text=删除这份无法读取的内容');
  assert.equal(await page.evaluate(() => localStorage.getItem('assistance-calculator:draft-unreadable')), null);
  assert.deepEqual(page.problems(), []);
});
