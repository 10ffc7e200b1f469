// The core flow (fill a household, see the result) in real WebKit (WebKitWebDriver with
// WebKitGTK's MiniBrowser, the closest engine to WeChat on iOS) and Firefox ESR
// (geckodriver), driven over W3C WebDriver by the `webdriver` npm client. Each driver is
// started on 127.0.0.1 and stopped by PID.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync, mkdirSync } from 'node:fs';
import WebDriver from 'webdriver';

const SHOTS = new URL('../e2e/screenshots/', import.meta.url).pathname;
const PORT = 8700 + Math.floor(Math.random() * 200);
const BASE = `http://127.0.0.1:${PORT}/`;
let server;

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = spawn(process.execPath, [new URL('../e2e/serve.mjs', import.meta.url).pathname, process.env.DIST ?? 'dist', String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((ok) => server.stdout.once('data', ok));
});
after(() => { if (server) process.kill(server.pid); });

const ENGINES = [
  {
    name: 'webkit',
    command: '/usr/bin/WebKitWebDriver',
    args: (port) => [`--port=${port}`, '--host=127.0.0.1'],
    display: true,
    capabilities: {
      // This MiniBrowser has no headless mode: it runs on a private Xvfb display.
      'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] },
    },
  },
  {
    name: 'firefox',
    command: process.env.GECKODRIVER ?? `${process.env.HOME}/.cargo/bin/geckodriver`,
    args: (port) => ['--port', String(port), '--host', '127.0.0.1'],
    capabilities: { browserName: 'firefox', 'moz:firefoxOptions': { binary: '/usr/bin/firefox-esr', args: ['-headless'], prefs: { 'network.proxy.type': 0 } } },
  },
];

async function withDriver(engine, body) {
  const port = 9500 + Math.floor(Math.random() * 400);
  const env = { ...process.env };
  let xvfb;
  if (engine.display) {
    const display = `:${90 + Math.floor(Math.random() * 400)}`;
    xvfb = spawn('Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    env.DISPLAY = display;
    await new Promise((r) => setTimeout(r, 800));
  }
  const driver = spawn(engine.command, engine.args(port), { stdio: 'ignore', env });
  try {
    await new Promise((r) => setTimeout(r, 1500));
    // Classic WebDriver only: WebKitGTK's driver does not offer BiDi, which the client asks for by default.
    const capabilities = { ...engine.capabilities, 'wdio:enforceWebDriverClassic': true };
    const client = await WebDriver.newSession({ hostname: '127.0.0.1', port, path: '/', capabilities, logLevel: 'error', connectionRetryTimeout: 60000 });
    try {
      return await body(client);
    } finally {
      await client.deleteSession().catch(() => {});
    }
  } finally {
    process.kill(driver.pid);
    if (xvfb) process.kill(xvfb.pid);
  }
}

/** Sets a form control the way a person's input would, firing the events Yew listens to. */
async function set(client, selector, value) {
  await client.executeScript(`
    const el = document.querySelector(arguments[0]);
    el.value = arguments[1];
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));`, [selector, value]);
}

async function waitFor(client, script, what) {
  for (let i = 0; i < 100; i += 1) {
    const value = await client.executeScript(script, []);
    if (value) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

for (const engine of ENGINES) {
  test(`${engine.name}: a resident fills one person earning 500 元 and sees 低保 240.00 元`, async () => {
    await withDriver(engine, async (client) => {
      console.log(`# ${engine.name}: ${client.capabilities.browserName} ${client.capabilities.browserVersion}`);
      await client.navigateTo(`${BASE}index.html`);
      await waitFor(client, "return document.querySelector('#m0-birth')", 'the form');
      await set(client, '#date', '2025-07-01');
      await set(client, '#m0-birth', '1985-06-01');
      await set(client, '#m0-has-income', 'some');
      await waitFor(client, "return document.querySelector('#m0-income0-amount')", 'the income row');
      const amountField = await client.findElement('css selector', '#m0-income0-amount');
      await client.elementSendKeys(amountField['element-6066-11e4-a52e-4f735466cecf'], '500');
      const amount = await waitFor(client, "const a = document.querySelector('article[data-program=\"minimum_livelihood_guarantee\"] [data-amount]'); return a && a.getAttribute('data-amount')", 'the 低保 amount');
      // 740 − 500 = 240.00 (岳民发〔2025〕1号)
      assert.equal(amount, '240.00');
      writeFileSync(`${SHOTS}${engine.name}-core-flow.png`, Buffer.from(await client.takeScreenshot(), 'base64'));
    });
  });
}
