// End-to-end: a resident fills the form in headless Chromium (360 px phone) and reads the
// outcomes and amounts on screen. Expected figures are worked out by hand from
// 岳民发〔2025〕1号 (低保 740 元/人·月; 特困 11544 元/年 = 962 元/月; 半护理 317 元/月).
// Screenshots of every state go to tests/e2e/screenshots/ (ignored by git).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, openPage, choose, card as shown, SHOTS } from './helpers.mjs';

let env;
before(async () => { env = await startServer(); });
after(async () => { await env.stop(); });

const open = (name) => openPage(env, name);

/** A card's outcome and amount, plus its visible text. */
async function card(page, program) {
  return { ...(await shown(page, program)), text: await page.locator(`article[data-program="${program}"]`).innerText() };
}

async function setDate(page) {
  await page.fill('#date', '2025-07-01');
}

test('a 72-year-old living alone, no income or supporters, half able to care for herself: 特困 962 + 317 = 1279.00', async () => {
  const page = await open('elderly-alone');
  await page.shot('0-empty');
  await setDate(page);
  await page.fill('#m0-birth', '1953-03-15');
  await choose(page, 'm0-has-income', '无收入');
  await choose(page, 'm0-supporters', '无法定义务人');
  await page.shot('1-before-self-care');
  let ep = await card(page, 'extreme_poverty_support');
  assert.equal(ep.outcome, 'eligible');
  assert.equal(ep.amount, null, 'no amount until self-care is answered');
  await choose(page, 'm0-self-care', '部分不能自理（半失能）');
  ep = await card(page, 'extreme_poverty_support');
  assert.equal(ep.outcome, 'eligible');
  assert.equal(ep.amount, '1279.00');
  const mlg = await card(page, 'minimum_livelihood_guarantee');
  assert.equal(mlg.outcome, 'ineligible');
  await page.locator('article[data-program="minimum_livelihood_guarantee"] summary').click();
  assert.match(await page.locator('article[data-program="minimum_livelihood_guarantee"]').innerText(), /不再重复计入低保/);
  await page.locator('article[data-program="extreme_poverty_support"] summary').click();
  await page.shot('2-result-expanded');
  assert.deepEqual(page.problems(), []);
  assert.deepEqual(page.foreign(), []);
  await page.close();
});

test('a family of three with 1500 元 wages: 低保 (740 − 500) × 3 = 720.00, not 特困', async () => {
  const page = await open('family-of-three');
  await setDate(page);
  await page.fill('#m0-birth', '1985-06-01');
  await choose(page, 'm0-has-income', '有收入（逐项填写）');
  await choose(page, 'm0-income0-kind', '工资性收入');
  await page.fill('#m0-income0-amount', '1500');
  await page.click('text=＋ 添加家庭成员');
  await choose(page, 'm1-relation', '配偶');
  await page.fill('#m1-birth', '1987-09-10');
  await choose(page, 'm1-has-income', '无收入');
  await page.click('text=＋ 添加家庭成员');
  await choose(page, 'm2-relation', '子女');
  await page.fill('#m2-birth', '2015-04-20');
  await choose(page, 'm2-has-income', '无收入');
  await choose(page, 'm2-supporters', '有义务人且有履行能力');
  await page.shot('1-filled');
  const mlg = await card(page, 'minimum_livelihood_guarantee');
  assert.equal(mlg.outcome, 'eligible');
  assert.equal(mlg.amount, '720.00');
  assert.match(mlg.text, /每月约 720\.00 元/);
  assert.equal((await card(page, 'extreme_poverty_support')).outcome, 'ineligible');
  assert.equal((await card(page, 'low_income_margin')).outcome, 'ineligible');
  await page.locator('article[data-program="minimum_livelihood_guarantee"] summary').click();
  await page.shot('2-low-guarantee-expanded');
  const expanded = await page.locator('article[data-program="minimum_livelihood_guarantee"]').innerText();
  assert.match(expanded, /家庭月人均收入 500\.00 元，低于本地低保标准 740\.00 元 240\.00 元/);
  assert.match(expanded, /岳民发〔2025〕1号/);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${SHOTS}family-of-three-3-desktop.png` });
  // What if: 低保 for three stops where income reaches 740 × 3 = 2220.00 元.
  await page.click('text=显示收入变化图');
  assert.equal(await page.locator('svg.chart polyline').count() >= 1, true);
  assert.match(await page.locator('.what-if figcaption').innerText(), /最低生活保障：家庭月收入达到 2220\.00 元时停止/);
  await page.locator('.what-if').screenshot({ path: `${SHOTS}family-of-three-5-what-if.png` });
  // The 办事指南 lists every material once, and prints as an A4 sheet without the form.
  const guide = await page.locator('.guide').innerText();
  assert.match(guide, /家庭经济状况核对授权书（由家庭成员签字）：申请人本人（m1）、配偶（m2）、子女（m3）/);
  assert.match(guide, /12345/);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.household').isVisible(), false);
  assert.equal(await page.locator('.guide').isVisible(), true);
  assert.match(await page.locator('.guide .print-only').innerText(), /以政府审核确认为准/);
  await page.screenshot({ path: `${SHOTS}family-of-three-4-print.png`, fullPage: true });
  await page.pdf({ path: `${SHOTS}family-of-three-guide.pdf`, format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(page.problems(), []);
  await page.close();
});

test('a couple earning 2000 元: above 低保 by 260.00 元 per person but below 1110, so 低保边缘', async () => {
  const page = await open('couple-margin');
  await setDate(page);
  await page.fill('#m0-birth', '1975-01-01');
  await choose(page, 'm0-has-income', '有收入（逐项填写）');
  await page.fill('#m0-income0-amount', '2000');
  await page.click('text=＋ 添加家庭成员');
  await choose(page, 'm1-relation', '配偶');
  await page.fill('#m1-birth', '1976-01-01');
  await choose(page, 'm1-has-income', '无收入');
  await page.shot('1-filled');
  const mlg = await card(page, 'minimum_livelihood_guarantee');
  assert.equal(mlg.outcome, 'ineligible');
  await page.locator('article[data-program="minimum_livelihood_guarantee"] summary').click();
  assert.match(await page.locator('article[data-program="minimum_livelihood_guarantee"]').innerText(), /家庭月人均收入 1000\.00 元，高于本地低保标准 740\.00 元 260\.00 元/);
  const margin = await card(page, 'low_income_margin');
  assert.equal(margin.outcome, 'eligible');
  assert.equal(margin.amount, null, '低保边缘 has no monthly cash');
  await page.shot('2-explained');
  await page.close();
});

test('a negative amount is named at its field, in Chinese, and nothing crashes', async () => {
  const page = await open('bad-input');
  await setDate(page);
  await page.fill('#m0-birth', '1960-01-01');
  await choose(page, 'm0-has-income', '有收入（逐项填写）');
  await page.fill('#m0-income0-amount', '-5');
  await page.shot('1-negative');
  assert.match(await page.locator('#m0-income0-amount-msg').innerText(), /金额不能为负数/);
  assert.match(await page.locator('.results').innerText(), /请先修改以下内容/);
  await page.fill('#m0-income0-amount', '5');
  await page.waitForSelector('article[data-program]');
  assert.deepEqual(page.problems(), []);
  await page.close();
});

test('every program id of the contract has a card, and uncovered ones say 标准待核实', async () => {
  const page = await open('all-cards');
  await setDate(page);
  await page.fill('#m0-birth', '1960-01-01');
  await choose(page, 'm0-has-income', '无收入');
  assert.equal(await page.locator('article[data-program]').count(), 11);
  await page.fill('#date', '2024-12-31');
  await page.shot('1-date-before-data');
  assert.equal((await card(page, 'minimum_livelihood_guarantee')).outcome, 'not_covered');
  await page.close();
});

test('长辈版: a visible toggle enlarges text to about 23 px and targets to 60 px, keeping the answers', async () => {
  const page = await open('elder-mode');
  await setDate(page);
  await page.fill('#m0-birth', '1950-01-01');
  await choose(page, 'm0-has-income', '无收入');
  const measure = () => page.evaluate(() => {
    const root = document.querySelector('.ac-root');
    const select = document.querySelector('#m0-has-income').getBoundingClientRect();
    const button = document.querySelector('button.primary').getBoundingClientRect();
    return { text: parseFloat(getComputedStyle(root).fontSize), select: select.height, button: button.height };
  });
  const standard = await measure();
  assert.ok(standard.text >= 18 && standard.select >= 44 && standard.button >= 44, JSON.stringify(standard));
  await page.click('button.mode-toggle');
  assert.equal(await page.getAttribute('button.mode-toggle', 'aria-pressed'), 'true');
  const elder = await measure();
  assert.ok(elder.text >= 22 && elder.text <= 24, JSON.stringify(elder));
  assert.ok(elder.select >= 60 && elder.button >= 60, JSON.stringify(elder));
  assert.equal(await page.inputValue('#m0-birth'), '1950-01-01', 'answers kept');
  await page.shot('1-elder');
  await page.close();
});
