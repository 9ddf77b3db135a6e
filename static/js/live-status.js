// Keeps a waiting advice request's status current without a reload: a supporter who asked for help
// at 2 a.m. should see "acknowledged by …" and the number to ring as soon as it happens.
// Re-reads this same page (same origin, same session, same permission checks) every few seconds
// while the request waits, and swaps in the fresh status block; stops once it is acknowledged or
// resolved, or when the page is hidden, and starts again when it is shown. Without JavaScript the
// page still says to reload.
(function () {
  "use strict";
  var live = document.querySelector("[data-live-status]");
  if (!live || !window.fetch || !window.DOMParser) {
    return;
  }
  var every = Number(live.getAttribute("data-refresh-seconds")) || 15;
  var timer = null;

  function waiting(element) {
    return element.getAttribute("data-status") === "paged";
  }

  function refresh() {
    fetch(window.location.href, { credentials: "same-origin", headers: { Accept: "text/html" } })
      .then(function (response) {
        return response.ok ? response.text() : null;
      })
      .then(function (html) {
        if (!html) {
          return;
        }
        var fresh = new DOMParser().parseFromString(html, "text/html").querySelector("[data-live-status]");
        if (!fresh) {
          return;
        }
        if (fresh.innerHTML !== live.innerHTML) {
          live.innerHTML = fresh.innerHTML;
        }
        live.setAttribute("data-status", fresh.getAttribute("data-status"));
        if (!waiting(live)) {
          stop();
          var actions = document.querySelector("[data-live-actions]");
          var freshActions = new DOMParser().parseFromString(html, "text/html").querySelector("[data-live-actions]");
          if (actions && freshActions) {
            actions.innerHTML = freshActions.innerHTML;
          }
        }
      })
      .catch(function () {
        // Offline for a moment: the next tick tries again.
      });
  }

  function start() {
    if (timer === null && waiting(live)) {
      timer = window.setInterval(refresh, every * 1000);
    }
  }

  function stop() {
    if (timer !== null) {
      window.clearInterval(timer);
      timer = null;
    }
  }

  document.addEventListener("visibilitychange", function () {
    if (document.hidden) {
      stop();
    } else {
      refresh();
      start();
    }
  });
  var note = document.querySelector("[data-live-note]");
  if (note) {
    note.textContent = "This page updates by itself while you wait.";
  }
  start();
})();
