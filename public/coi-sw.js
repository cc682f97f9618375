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
  event.respondWith(
    fetch(request).then((response) => {
      // Opaque responses cannot be re-wrapped.
      if (response.status === 0) return response;
      const headers = new Headers(response.headers);
      headers.set('Cross-Origin-Opener-Policy', 'same-origin');
      headers.set('Cross-Origin-Embedder-Policy', 'require-corp');
      headers.set('Cross-Origin-Resource-Policy', 'cross-origin');
      return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
    }),
  );
});
