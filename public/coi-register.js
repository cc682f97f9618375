/*
 * Registers coi-sw.js when the page is not cross-origin isolated and can be
 * made so (a secure context, top level, service workers available), then
 * reloads once so the worker serves the page. Never loops: a second failure
 * leaves the page as it is, and the app explains the situation.
 */
(function () {
  if (window.crossOriginIsolated || !window.isSecureContext || !('serviceWorker' in navigator)) return;
  // Inside a course page's iframe a service worker cannot isolate us; Document-Isolation-Policy may.
  if (window.top !== window) return;
  var KEY = 'concurrency-lab:coi-reloaded';
  var script = document.currentScript;
  var url = new URL('coi-sw.js', script ? script.src : window.location.href);
  navigator.serviceWorker.register(url).then(
    function () {
      if (sessionStorage.getItem(KEY)) return; // tried once already: give up quietly
      function reload() {
        sessionStorage.setItem(KEY, '1');
        window.location.reload();
      }
      if (navigator.serviceWorker.controller) reload();
      else navigator.serviceWorker.addEventListener('controllerchange', reload);
    },
    function () {},
  );
})();
