// End-to-end, embedding: the custom element in a hostile page, under a strict CSP, twice on
// one page, the JS API, and the iframe fallback; no request leaves the page's origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, choose, SHOTS } from './helpers.mjs';

let env;
before(async () => { env = await startServer(); });
after(async () => { await env.stop(); });

async function open(path, name, ready = 'assistance-calculator >> .results') {
  const page = await env.browser.newPage({ viewport: { width: 390, height: 900 } });
  const errors = [];
  const requests = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error' && !/favicon/.test(m.text())) errors.push(m.text()); });
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${env.base}${path}`);
  await page.waitForSelector(ready);
  page.errors = () => errors;
  page.foreign = () => requests.filter((u) => !u.startsWith(env.base));
  page.shot = (state) => page.screenshot({ path: `${SHOTS}embed-${name}-${state}.png`, fullPage: true });
  return page;
}

/** Computed styles of a few parts of the widget inside `host`'s shadow root. */
function widgetStyles(page, hostSelector) {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel).shadowRoot;
    const pick = (q) => {
      const s = getComputedStyle(root.querySelector(q));
      return { fontSize: s.fontSize, display: s.display, border: s.borderTopStyle, color: s.color, fontFamily: s.fontFamily };
    };
    return { h1: pick('h1'), select: pick('select'), label: pick('label'), button: pick('button.primary') };
  }, hostSelector);
}

async function fillOnePerson(page, scope = '') {
  await page.fill(`${scope} #date`.trim(), '2025-07-01');
  await page.fill(`${scope} #m0-birth`.trim(), '1985-06-01');
  await page.selectOption(`${scope} #m0-has-income`.trim(), { label: '有收入（逐项填写）' });
  await page.fill(`${scope} #m0-income0-amount`.trim(), '500');
}

test('hostile global CSS does not change the widget', async () => {
  const reference = await open('demo/two.html', 'reference');
  const expected = await widgetStyles(reference, '#first');
  const page = await open('demo/hostile.html', 'hostile');
  const actual = await widgetStyles(page, 'assistance-calculator');
  assert.deepEqual(actual, expected);
  assert.equal(expected.h1.fontSize, '27px', '1.5 × 18 px, not the host\'s 30 px');
  await fillOnePerson(page);
  // 740 − 500 = 240.00 (岳民发〔2025〕1号)
  assert.equal(await page.locator('article[data-program="minimum_livelihood_guarantee"] [data-amount]').getAttribute('data-amount'), '240.00');
  await page.shot('1-filled');
  assert.deepEqual(page.errors(), []);
  assert.deepEqual(page.foreign(), []);
});

test('under a strict CSP (header and meta) the widget works with no violation', async () => {
  const page = await open('demo/csp.html', 'csp');
  await fillOnePerson(page);
  assert.equal(await page.locator('article[data-program="minimum_livelihood_guarantee"] [data-amount]').getAttribute('data-amount'), '240.00');
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  await page.shot('1-filled');
  assert.deepEqual(page.errors(), []);
  assert.deepEqual(page.foreign(), []);
});

test('two widgets on one page keep their own regions, answers and events', async () => {
  const page = await open('demo/two.html', 'two');
  await page.waitForSelector('#second >> .results');
  await page.evaluate(() => {
    window.events = { first: [], second: [] };
    for (const id of ['first', 'second']) {
      document.getElementById(id).addEventListener('assistance-calculator:result', (e) => window.events[id].push(e.detail.region));
    }
  });
  await fillOnePerson(page, '#first');
  assert.equal(await page.locator('#first >> #region').inputValue(), '430602');
  assert.equal(await page.locator('#second >> #region').inputValue(), '610927');
  assert.equal(await page.locator('#second >> #m0-birth').inputValue(), '', 'the second widget kept its own empty form');
  const events = await page.evaluate(() => window.events);
  assert.ok(events.first.length > 0 && events.first.every((r) => r === '430602'), JSON.stringify(events));
  assert.deepEqual(events.second, []);
  // The second is in 长辈版: larger text.
  const sizes = await page.evaluate(() => ['first', 'second'].map((id) => getComputedStyle(document.getElementById(id).shadowRoot.querySelector('.ac-root')).fontSize));
  assert.deepEqual(sizes, ['18px', '23.4px']);
  await page.shot('1-two');
  assert.deepEqual(page.foreign(), []);
});

test('the JS API returns the contract shapes, plain objects and null', async () => {
  const page = await open('demo/api.html', 'api', '#version');
  await page.waitForFunction(() => window.demoError);
  const { report, error, version } = await page.evaluate(async () => ({ report: window.demoReport, error: window.demoError, version: await window.AssistanceCalculator.version() }));
  assert.equal(report.schemaVersion, 1);
  assert.equal(report.programs.length, 11);
  const low = report.programs.find((p) => p.program === 'minimum_livelihood_guarantee');
  assert.equal(low.monthlyAmount, '720.00');
  assert.equal(low.checks.find((c) => c.key === 'minimum_livelihood_guarantee.assets').passed, null);
  assert.equal(error.error.kind, 'invalid_input');
  assert.ok(error.error.problems.some((p) => p.path === 'region' && p.messageEn));
  assert.equal(version.schemaVersion, 1);
  const mounted = await page.evaluate(async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const handle = await window.AssistanceCalculator.mount(host, { region: '610927' });
    await new Promise((r) => setTimeout(r, 100));
    const region = host.shadowRoot.querySelector('#region').value;
    handle.destroy();
    return region;
  });
  assert.equal(mounted, '610927');
  await page.shot('1-api');
  assert.deepEqual(page.foreign(), []);
});

test('the iframe fallback tells its parent its height', async () => {
  const page = await open('demo/iframe.html', 'iframe', 'iframe');
  await page.waitForFunction(() => parseInt(document.querySelector('iframe').style.height, 10) > 1000, null, { timeout: 15000 });
  const frame = page.frameLocator('iframe');
  await frame.locator('#m0-birth').fill('1985-06-01');
  await page.shot('1-resized');
  assert.deepEqual(page.foreign(), []);
});
