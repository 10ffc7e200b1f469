// End-to-end, the whole net: three households that reach several programs at once, filled
// in as a resident would (questions appear only when a program needs them). Expected figures
// are worked out by hand from 岳民发〔2025〕1号 (低保 740; 散居孤儿 1200), the 湖南 2024
// provincial guidance for 两项补贴 (不低于 90) and the 岳阳 高龄 bands (80–89: 50).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, openPage, choose, card, addMember } from './helpers.mjs';

let env;
before(async () => { env = await startServer(); });
after(async () => { await env.stop(); });

test('an elderly couple, 82 and 78 (grade-2 physical disability), pension 600: 低保 880 + 两项补贴 ≥90 each + 高龄 50 = ≥1110', async () => {
  const page = await openPage(env, 'couple-82-78');
  await page.fill('#date', '2025-07-01');
  await page.fill('#m0-birth', '1943-01-10');
  await choose(page, 'm0-has-income', '有收入（逐项填写）');
  await choose(page, 'm0-income0-kind', '养老金、退休金');
  await page.fill('#m0-income0-amount', '600');
  await choose(page, 'm0-supporters', '有义务人且有履行能力');
  await addMember(page);
  await choose(page, 'm1-relation', '配偶');
  await page.fill('#m1-birth', '1947-05-01');
  await choose(page, 'm1-has-income', '无收入');
  await choose(page, 'm1-disability', '肢体残疾');
  await choose(page, 'm1-grade', '2 级');
  await choose(page, 'm1-supporters', '有义务人且有履行能力');
  await choose(page, 'm1-work-injury', '否');
  await choose(page, 'emergency', '没有突发困难');
  await page.fill('#expenses-medical', '0');
  await page.shot('1-filled');
  // (740 − 600 ÷ 2) × 2 = 880.00
  assert.deepEqual(await card(page, 'minimum_livelihood_guarantee'), { outcome: 'eligible', amount: '880.00' });
  // Per person: 740 − 300 = 440.00 each.
  assert.match(await page.locator('article[data-program="minimum_livelihood_guarantee"] .member-amounts').innerText(), /申请人本人（m1）：每月约 440\.00 元[\s\S]*配偶（m2）：每月约 440\.00 元/);
  assert.deepEqual(await card(page, 'disability_living_allowance'), { outcome: 'eligible', amount: '90.00' });
  assert.deepEqual(await card(page, 'severe_disability_care_allowance'), { outcome: 'eligible', amount: '90.00' });
  assert.deepEqual(await card(page, 'advanced_age_allowance'), { outcome: 'eligible', amount: '50.00' });
  assert.equal((await card(page, 'extreme_poverty_support')).outcome, 'ineligible');
  assert.equal((await card(page, 'medical_assistance')).outcome, 'eligible');
  assert.equal((await card(page, 'funeral_fee_waiver')).outcome, 'eligible');
  assert.equal(await page.locator('[data-total]').getAttribute('data-total'), '1110.00');
  assert.match(await page.locator('.total').innerText(), /不低于/);
  await page.locator('.combinations summary').click();
  assert.match(await page.locator('.combinations').innerText(), /可以叠加：困难残疾人生活补贴 ＋ 重度残疾人护理补贴/);
  await page.shot('2-combinations');
  assert.deepEqual(page.problems(), []);
});

test('a grandmother (pension 900) raising an orphan of 9: 低保 580 + 孤儿 1200, the child’s 低保 share 290 counted once: 1490', async () => {
  const page = await openPage(env, 'grandmother-orphan');
  await page.fill('#date', '2025-07-01');
  await page.fill('#m0-birth', '1959-02-01');
  await choose(page, 'm0-has-income', '有收入（逐项填写）');
  await choose(page, 'm0-income0-kind', '养老金、退休金');
  await page.fill('#m0-income0-amount', '900');
  await addMember(page);
  await choose(page, 'm1-relation', '孙子女/外孙子女');
  await page.fill('#m1-birth', '2016-01-01');
  await choose(page, 'm1-has-income', '无收入');
  await choose(page, 'm1-father', '死亡');
  await choose(page, 'm1-mother', '死亡');
  await choose(page, 'm1-care-setting', '由亲属等在家养育（散居）');
  await choose(page, 'm1-supporters', '有义务人且有履行能力');
  await choose(page, 'emergency', '没有突发困难');
  await page.fill('#expenses-medical', '0');
  await page.shot('1-filled');
  // 低保: (740 − 900 ÷ 2) × 2 = 580.00; 孤儿 散居 1200.00; top-up: the child's 低保 share 290.00 is not counted twice.
  assert.deepEqual(await card(page, 'minimum_livelihood_guarantee'), { outcome: 'eligible', amount: '580.00' });
  assert.deepEqual(await card(page, 'orphan_basic_living'), { outcome: 'eligible', amount: '1200.00' });
  assert.equal((await card(page, 'unsupported_child_basic_living')).outcome, 'ineligible');
  assert.equal(await page.locator('[data-total]').getAttribute('data-total'), '1490.00');
  await page.locator('.combinations summary').click();
  assert.match(await page.locator('.combinations').innerText(), /补差/);
  await page.shot('2-combinations');
  assert.deepEqual(page.problems(), []);
});

test('a fire at home, wages 3000, a spouse with grade-1 intellectual disability on work-injury care: 临时救助 and 医疗救助, no 护理补贴', async () => {
  const page = await openPage(env, 'fire-work-injury');
  await page.fill('#date', '2025-07-01');
  await page.fill('#m0-birth', '1980-01-01');
  await choose(page, 'm0-has-income', '有收入（逐项填写）');
  await page.fill('#m0-income0-amount', '3000');
  await addMember(page);
  await choose(page, 'm1-relation', '配偶');
  await page.fill('#m1-birth', '1981-01-01');
  await choose(page, 'm1-has-income', '无收入');
  await choose(page, 'm1-disability', '智力残疾');
  await choose(page, 'm1-grade', '1 级');
  await choose(page, 'm1-work-injury', '是');
  await choose(page, 'emergency', '火灾');
  await page.shot('1-filled');
  const temporary = await card(page, 'temporary_assistance');
  assert.deepEqual(temporary, { outcome: 'eligible', amount: null });
  assert.equal((await card(page, 'severe_disability_care_allowance')).outcome, 'ineligible');
  assert.equal((await card(page, 'medical_assistance')).outcome, 'eligible');
  // 3000 ÷ 2 = 1500 per person: above 740 by 760.00 and above 1110 by 390.00.
  assert.equal((await card(page, 'minimum_livelihood_guarantee')).outcome, 'ineligible');
  assert.match(await page.locator('article[data-program="low_income_margin"] .summary').innerText(), /高于低保边缘收入线（低保标准的 1.5 倍） 1110\.00 元 390\.00 元/);
  assert.match(await page.locator('article[data-program="severe_disability_care_allowance"] .summary').innerText(), /工伤保险生活护理费/);
  assert.equal(await page.locator('[data-total]').count(), 0, 'no monthly cash program, so no total');
  await page.shot('2-result');
  assert.deepEqual(page.problems(), []);
});
