// 简体 / 繁體 / English: switching keeps every answer and the results (same outcomes, same
// amounts), re-words the page and the explanations, and axe finds nothing in each language,
// at phone and desktop width, in 长辈版 and in the print view.
// The household: a 72-year-old alone, no income or supporters, half able to care for herself
// (特困 962 + 317 = 1279.00 元 in 岳阳楼区, 岳民发〔2025〕1号), as in widget.test.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, openPage, card, violations, fillElderlyAlone as fill } from './helpers.mjs';

let env;
before(async () => { env = await startServer(); });
after(async () => { await env.stop(); });

async function answers(page) {
  return page.evaluate(() => [...document.querySelectorAll('form input, form select')].map((el) => `${el.id}=${el.type === 'checkbox' ? el.checked : el.value}`));
}

async function switchTo(page, name) {
  await page.click(`.language-switch button:text-is("${name}")`);
  // 繁體's table is fetched the first time it is chosen.
  await page.waitForSelector(`.language-switch button[aria-pressed="true"]:text-is("${name}")`);
}

/** Nothing wider than the screen (long English words and options must wrap, not widen the page). */
async function fits(page, width) {
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= width, 'no sideways scrolling');
}

async function openAll(page) {
  for (const summary of await page.locator('article[data-program] summary').all()) {
    if (await summary.isVisible()) await summary.click();
  }
}

for (const [width, label] of [[360, 'phone'], [1280, 'desktop']]) {
  test(`switching language at ${label} width keeps the answers and the results`, async () => {
    const page = await openPage(env, `language-${label}`, { width, height: 800 });
    const tables = [];
    page.on('request', (r) => { if (r.url().endsWith('hant.tsv')) tables.push(r.url()); });
    await fill(page);
    const before = await answers(page);
    assert.deepEqual(await card(page, 'extreme_poverty_support'), { outcome: 'eligible', amount: '1279.00' });
    assert.equal(await page.getAttribute('.ac-root', 'lang'), 'zh-Hans');
    await page.shot('1-hans');

    assert.deepEqual(tables, [], 'the 繁體 table is not part of the first load');
    await switchTo(page, '繁體');
    assert.equal(tables.length, 1, 'the 繁體 table is fetched once, when 繁體 is chosen');
    assert.deepEqual(await answers(page), before, 'answers unchanged after switching to 繁體');
    assert.equal(await page.getAttribute('.ac-root', 'lang'), 'zh-Hant');
    assert.equal(await page.textContent('h1'), '社會救助政策測算');
    assert.deepEqual(await card(page, 'extreme_poverty_support'), { outcome: 'eligible', amount: '1279.00' });
    const ep = page.locator('article[data-program="extreme_poverty_support"]');
    assert.match(await ep.locator('h3').innerText(), /特困人員救助供養/);
    await openAll(page);
    // The engine's explanation and the document title, both in 繁體.
    assert.match(await ep.innerText(), /基本生活標準/);
    assert.match(await ep.innerText(), /岳陽市/);
    assert.match(await page.locator("#m0-has-income option:checked").innerText(), /無收入/);
    await page.shot('2-hant');
    assert.deepEqual(await violations(page), [], 'axe, 繁體');

    await switchTo(page, 'English');
    assert.deepEqual(await answers(page), before, 'answers unchanged after switching to English');
    assert.equal(await page.getAttribute('.ac-root', 'lang'), 'en');
    assert.equal(await page.textContent('h1'), 'Social assistance calculator');
    assert.deepEqual(await card(page, 'extreme_poverty_support'), { outcome: 'eligible', amount: '1279.00' });
    assert.match(await page.locator('article[data-program="extreme_poverty_support"] .amount').innerText(), /About 1279\.00 yuan a month/);
    assert.match(await page.locator('label[for="m0-birth"]').innerText(), /Date of birth/);
    await openAll(page);
    await fits(page, width);
    await page.shot('3-en');
    assert.deepEqual(await violations(page), [], 'axe, English');

    await switchTo(page, '简体');
    assert.deepEqual(await answers(page), before, 'answers unchanged back in 简体');
    assert.equal(await page.textContent('h1'), '社会救助政策测算');
    assert.deepEqual(page.problems(), []);
    await page.close();
  });
}

test('长辈版 in 繁體 prints the 办事指南 sheet, and axe finds nothing in English 长辈版 or print', async () => {
  const page = await openPage(env, 'language-print');
  await fill(page);
  await switchTo(page, '繁體');
  await page.click('button.mode-toggle');
  const sheet = page.locator('section.guide');
  assert.match(await sheet.innerText(), /辦事指南/);
  assert.match(await sheet.innerText(), /申請材料/);
  await page.emulateMedia({ media: 'print' });
  assert.match(await page.locator('section.guide .print-only').innerText(), /測算日期 2025-07-01/);
  await page.shot('4-hant-elder-print');
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10_000, `a PDF was produced (${pdf.length} bytes)`);
  await page.emulateMedia({ media: 'screen' });
  await switchTo(page, 'English');
  assert.deepEqual(await violations(page), [], 'axe, English 长辈版');
  await page.emulateMedia({ media: 'print' });
  assert.deepEqual(await violations(page), [], 'axe, English print view');
  assert.match(await sheet.innerText(), /How to apply/);
  await page.shot('5-en-elder-print');
  await page.close();
});

test('a host can start the widget in 繁體 or English with the lang attribute', async () => {
  const page = await (await env.browser.newContext({ viewport: { width: 360, height: 780 } })).newPage();
  await page.goto(`${env.base}demo/two.html`);
  await page.waitForSelector('assistance-calculator >> .results');
  await page.evaluate(() => document.querySelector('assistance-calculator').setAttribute('lang', 'en'));
  await page.waitForSelector('assistance-calculator >> h1:text-is("Social assistance calculator")');
  await page.evaluate(() => document.querySelector('assistance-calculator').setAttribute('lang', 'zh-Hant'));
  await page.waitForSelector('assistance-calculator >> h1:text-is("社會救助政策測算")');
  await page.close();
});
