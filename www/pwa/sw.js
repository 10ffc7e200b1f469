// The offline service worker of the standalone page. It keeps the app shell, the wasm (which
// embeds the default region's policy data) and any data pack the page fetched, so after one
// visit the widget opens and works with no network. A new version is never used silently:
// it waits until the resident presses the update button the page shows (offline.js).
// BUILD is stamped at build time (scripts/stamp-sw.sh) with a hash of the files and the
// policy-data version; a changed stamp is what makes the browser install a new worker.
const BUILD = { code: 'dev', policyVersion: 'dev', widget: 'dev' };
const CACHE = `assistance-calculator-${BUILD.code}`;
const SHELL = ['./', 'index.html', 'widget.js', 'widget_bg.wasm', 'styles.css', 'assistance-calculator.js',
  'offline.js', 'manifest.webmanifest', 'icon-192.png', 'icon-512.png', 'icon.svg', 'names.tsv', 'hant.tsv'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)));
});

self.addEventListener('activate', (event) => {
  // Only caches of this widget are touched; a host's other caches are left alone.
  event.waitUntil(caches.keys().then((keys) => Promise.all(
    keys.filter((k) => k.startsWith('assistance-calculator-') && k !== CACHE).map((k) => caches.delete(k)),
  )).then(() => self.clients.claim()));
});

self.addEventListener('message', (event) => {
  if (event.data === 'build') event.source?.postMessage({ type: 'assistance-calculator:build', build: BUILD });
  if (event.data === 'update') self.skipWaiting();
});

// Cache first for this origin's GET requests (the files of one build never change under one
// stamp); what is not cached yet is fetched and kept, such as a host's data pack. Nothing is
// sent anywhere else: the widget makes no third-party requests.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(caches.open(CACHE).then(async (cache) => {
    const cached = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
    if (cached) return cached;
    try {
      const response = await fetch(request);
      if (response.ok && response.type === 'basic') cache.put(request, response.clone());
      return response;
    } catch (error) {
      if (request.mode === 'navigate') return (await cache.match('index.html')) ?? Response.error();
      throw error;
    }
  }));
});
