/* Registers the service worker on every page, so the app can be installed and can show notifications.
   The worker's URL comes from this script tag's data-service-worker (no inline script: strict CSP). */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !("serviceWorker" in navigator)) {
    return;
  }
  var url = script.getAttribute("data-service-worker");
  window.addEventListener("load", function () {
    navigator.serviceWorker.register(url, { scope: "/" }).catch(function () {
      /* Not fatal: the app works without it, only without notifications and install. */
    });
  });
})();
