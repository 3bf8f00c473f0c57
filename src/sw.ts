/// <reference lib="webworker" />
/**
 * The offline copy (built by vite-plugin-pwa's injectManifest, which writes the list of the site's
 * files in place of self.__WB_MANIFEST): every file of the game is kept on install and served from
 * the cache, so the game plays with the network cut; each language's files, the teacher's screens
 * and a class meeting's only once used. Written by hand, not with Workbox, because
 * Workbox's runtime was 5 KB (compressed) of every student's download for these few lines.
 */
declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: { url: string; revision: string | null }[] };

// The list's URLs are relative to this file, and the site may live in any folder (vite base './').
const here = (url: string) => new URL(url, self.location.href).href;
// A file whose name carries no hash (index.html, the icons) is kept under a key carrying its
// revision, Workbox's way: a student moving from the Workbox worker downloads only what changed.
const keys = new Map(self.__WB_MANIFEST.map(({ url, revision }) => [here(url), revision ? `${here(url)}?__WB_REVISION__=${revision}` : here(url)]));
const INDEX = keys.get(here('index.html'));

// One cache per build and per folder (caches are shared by the whole origin, so a copy of the game
// in another folder keeps its own); its name changes whenever any file does.
const PREFIX = `take-the-floor ${self.registration.scope} `;
const CACHE = PREFIX + [...keys.values()].join().split('').reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, 0);
const WORKBOX_CACHE = `workbox-precache-v2-${self.registration.scope}`;

// Named by the build (tools/build/offline.ts): a language's files, the teacher's screens, a class meeting's screens.
const KEPT_ON_USE = /\/assets\/(lang|teacher|class)-[\w.-]+\.(js|css)$/;

async function keptOnUse(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await Promise.all([...keys].map(async ([url, key]) => {
      // A file this build shares with the last is copied from the old cache, not downloaded again.
      let response = (await caches.match(key)) ?? await fetch(url, { cache: 'reload' });
      if (!response.ok) throw new Error(`${url} could not be kept for offline play: ${response.status}`);
      // A host that redirects index.html (to the folder, say) would make it unusable for a page load.
      if (response.redirected) response = new Response(response.body, response);
      await cache.put(key, response);
    }));
    // autoUpdate: the new build takes over at once rather than when every tab has closed.
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name !== CACHE && (name.startsWith(PREFIX) || name === WORKBOX_CACHE)) await caches.delete(name);
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  // Other sites and anything sent are the network's (a WebSocket never reaches a service worker).
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // Every page of the game is index.html, offline or not; but a path with /matchmake/ in it is the
  // class server's, whatever folder the site is in (server/app.ts tells them apart the same way).
  const page = request.mode === 'navigate' && !new URL(request.url).pathname.includes('/matchmake/');
  const key = keys.get(request.url) ?? (page ? INDEX : undefined);
  if (key) event.respondWith(caches.match(key, { cacheName: CACHE }).then((cached) => cached ?? fetch(request)));
  // A language's files are kept once used, not on install: a student downloads only their own
  // language (the page fetches all of its parts once it has loaded, so it then plays offline), and
  // never the teacher's screens unless they open them.
  else if (KEPT_ON_USE.test(new URL(request.url).pathname)) event.respondWith(keptOnUse(request));
});

export {};
