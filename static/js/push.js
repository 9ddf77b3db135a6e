/* The "Notifications on this device" page: subscribes this browser to Web Push under the server's VAPID
   public key and hands the subscription to POST /api/v1/push-subscriptions/ (or removes it). Everything
   it needs is in #push-setup's data attributes; no inline script (strict CSP). */
(function () {
  "use strict";
  var root = document.getElementById("push-setup");
  if (!root) {
    return;
  }
  var api = root.getAttribute("data-api");
  var workerUrl = root.getAttribute("data-service-worker");
  var publicKey = root.getAttribute("data-vapid-public-key");
  var status = root.querySelector("[data-push-status]");
  var onButton = root.querySelector("[data-push-on]");
  var offButton = root.querySelector("[data-push-off]");
  var csrf = root.querySelector("input[name=csrfmiddlewaretoken]").value;

  function say(text) {
    status.textContent = text;
  }

  if (!("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window)) {
    say("This browser cannot show notifications from the app. On an iPhone or iPad, add the app to your Home Screen and open it from there.");
    return;
  }

  function keyBytes(base64url) {
    var padded = (base64url + "===".slice((base64url.length + 3) % 4)).replace(/-/g, "+").replace(/_/g, "/");
    var raw = window.atob(padded);
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i += 1) {
      bytes[i] = raw.charCodeAt(i);
    }
    return bytes;
  }

  function call(method, url, body) {
    return fetch(url, {
      method: method,
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json", "X-CSRFToken": csrf },
      body: body ? JSON.stringify(body) : undefined
    }).then(function (response) {
      if (!response.ok && response.status !== 404) {
        throw new Error("The server answered " + response.status + ".");
      }
      return response.status === 204 || response.status === 404 ? null : response.json();
    });
  }

  function registration() {
    return navigator.serviceWorker.register(workerUrl, { scope: "/" }).then(function () {
      return navigator.serviceWorker.ready;
    });
  }

  function show(subscribed) {
    onButton.hidden = subscribed;
    offButton.hidden = !subscribed;
    say(subscribed ? "Notifications are on for this device." : "Notifications are off for this device.");
  }

  function failed(error) {
    say("Could not change notifications on this device: " + error.message);
  }

  onButton.addEventListener("click", function () {
    onButton.disabled = true;
    Notification.requestPermission().then(function (permission) {
      if (permission !== "granted") {
        throw new Error("notifications are blocked for this site in the browser's settings.");
      }
      return registration();
    }).then(function (reg) {
      return reg.pushManager.getSubscription().then(function (existing) {
        return existing || reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) });
      });
    }).then(function (subscription) {
      return call("POST", api, subscription.toJSON());
    }).then(function () {
      window.location.reload();
    }).catch(failed).then(function () {
      onButton.disabled = false;
    });
  });

  offButton.addEventListener("click", function () {
    offButton.disabled = true;
    registration().then(function (reg) {
      return reg.pushManager.getSubscription();
    }).then(function (subscription) {
      if (!subscription) {
        return null;
      }
      return call("GET", api).then(function (page) {
        var mine = (page.results || []).filter(function (row) {
          return row.endpoint === subscription.endpoint;
        });
        return Promise.all(mine.map(function (row) {
          return call("DELETE", api + row.id + "/");
        }));
      }).then(function () {
        return subscription.unsubscribe();
      });
    }).then(function () {
      window.location.reload();
    }).catch(failed).then(function () {
      offButton.disabled = false;
    });
  });

  registration().then(function (reg) {
    return reg.pushManager.getSubscription();
  }).then(function (subscription) {
    show(Boolean(subscription));
  }).catch(failed);
})();
