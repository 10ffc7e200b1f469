// Registers the offline service worker (standalone page only; embedding pages decide for
// themselves) and makes every update visible: when a new version has been downloaded, a bar
// says which policy data it brings and waits for the resident to switch.
const WORDS = {
  'zh-Hans': { ready: '新版本已下载：政策数据已更新至 {} 核实的版本（程序版本 {}）。', use: '使用新版本', offline: '已可离线使用：断网时也能打开本测算工具。', ok: '知道了' },
  'zh-Hant': { ready: '新版本已下載：政策數據已更新至 {} 核實的版本（程式版本 {}）。', use: '使用新版本', offline: '已可離線使用：斷網時也能打開本測算工具。', ok: '知道了' },
  en: { ready: 'A new version has been downloaded: policy data updated to the version verified on {} (program version {}).', use: 'Use the new version', offline: 'Ready to work offline: this calculator now opens without a network.', ok: 'OK' },
};

function words() {
  const lang = document.querySelector('.ac-root')?.getAttribute('lang') ?? document.documentElement.lang;
  return WORDS[lang] ?? WORDS['zh-Hans'];
}

function bar(text, button) {
  let el = document.getElementById('update-bar');
  if (!el) {
    el = document.createElement('div');
    el.id = 'update-bar';
    el.className = 'update-bar';
    el.setAttribute('role', 'status');
    document.body.append(el);
  }
  const p = document.createElement('p');
  p.textContent = text;
  el.replaceChildren(p);
  if (button) el.append(button);
}

function build(worker) {
  return new Promise((resolve) => {
    const listen = (event) => {
      if (event.data?.type !== 'assistance-calculator:build') return;
      navigator.serviceWorker.removeEventListener('message', listen);
      resolve(event.data.build);
    };
    navigator.serviceWorker.addEventListener('message', listen);
    worker.postMessage('build');
  });
}

async function offerUpdate(worker) {
  const { policyVersion, widget } = await build(worker);
  const w = words();
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = w.use;
  button.addEventListener('click', () => { updating = true; worker.postMessage('update'); });
  // The policy version reads data-verified-YYYY-MM-DD: residents see the date.
  bar(w.ready.replace('{}', policyVersion.replace(/^data-verified-/, '')).replace('{}', widget), button);
}

// Set when the resident asks for the new version: only then does a change of worker reload.
let updating = false;

if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  const hadController = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.register('sw.js').then((registration) => {
    if (registration.waiting && hadController) offerUpdate(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state !== 'installed') return;
        // First install: say once that the page now works offline. Later installs: offer the update.
        if (navigator.serviceWorker.controller) offerUpdate(worker);
        else {
          // Only news: the resident closes it when read (no timer: some read slowly).
          const ok = document.createElement('button');
          ok.type = 'button';
          ok.textContent = words().ok;
          ok.addEventListener('click', () => document.getElementById('update-bar')?.remove());
          bar(words().offline, ok);
        }
      });
    });
  }).catch(() => { /* No offline support (private mode, old browser): the page still works online. */ });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (updating) { updating = false; location.reload(); }
  });
}
