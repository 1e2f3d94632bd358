// Labo's service worker: precaches every file of this build in a cache
// named after the build, serves them offline, and deletes older caches.
// A new version waits until the page asks it to take over (after the
// person clicked "Recharger"), so nothing reloads in the middle of a game.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `labo-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('labo-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(request, { ignoreSearch: true });
    if (hit) return hit;
    if (request.mode === 'navigate') {
      const home = await cache.match('./');
      if (home && new URL(request.url).pathname.endsWith('/')) return home;
    }
    return fetch(request);
  })());
});
