/*
 * Cross-origin isolation for hosts that cannot send headers (GitHub Pages):
 * this service worker re-serves every response with COOP/COEP/CORP, so the
 * page and its workers get SharedArrayBuffer. Registered by coi-register.js
 * only when the page is not isolated already. After gzuidhof/coi-serviceworker.
 */
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  // Chrome throws on these (crbug 823392): let the browser handle them.
  if (request.cache === 'only-if-cached' && request.mode !== 'same-origin') return;
  // Only our own files get our headers: a cross-origin response is someone
  // else's to describe, so the browser fetches it as if we were not here.
  if (new URL(request.url).origin !== self.location.origin) return;
  // The Perfetto relay must stay unisolated: an opener policy would cut its window handle.
  if (new URL(request.url).pathname.endsWith('/perfetto-relay.html')) return;
  event.respondWith(
    fetch(request).then((response) => {
      // Opaque responses cannot be re-wrapped; redirects may have left our origin.
      if (response.status === 0 || response.type !== 'basic') return response;
      const headers = new Headers(response.headers);
      headers.set('Cross-Origin-Opener-Policy', 'same-origin');
      headers.set('Cross-Origin-Embedder-Policy', 'require-corp');
      headers.set('Cross-Origin-Resource-Policy', 'cross-origin');
      return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
    }),
  );
});
