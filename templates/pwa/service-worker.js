/* Peer support's service worker: shows the notifications the server pushes, and opens their link.
   It caches nothing on purpose: the pages hold people's records, which must not outlive a session on a
   shared phone. Each push carries only a notification's fixed title, text and link (program/push.py). */
"use strict";

var ICON = "{{ icon|escapejs }}";
var HOME = "{{ home|escapejs }}";
var RENEW = "{{ renew|escapejs }}";

self.addEventListener("install", function () {
  self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  event.waitUntil(self.clients.claim());
});

self.addEventListener("push", function (event) {
  var data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch (error) {
    data = {};
  }
  var url = typeof data.url === "string" ? data.url : HOME;
  event.waitUntil(
    self.registration.showNotification(data.title || "Peer support", {
      body: data.body || "",
      icon: ICON,
      tag: url,
      renotify: true,
      data: { url: url }
    })
  );
});

self.addEventListener("notificationclick", function (event) {
  event.notification.close();
  var target = new URL((event.notification.data && event.notification.data.url) || HOME, self.location.origin);
  // Only this site's pages: a push names a page of ours, never somewhere else.
  if (target.origin !== self.location.origin) {
    target = new URL(HOME, self.location.origin);
  }
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then(function (windows) {
      for (var i = 0; i < windows.length; i += 1) {
        if (windows[i].url === target.href && "focus" in windows[i]) {
          return windows[i].focus();
        }
      }
      return self.clients.openWindow(target.href);
    })
  );
});

// The push service replaced this browser's subscription (it expired or its keys rotated): subscribe again
// with the same server key and hand the new one over, proving it with the old endpoint and secret, since
// a worker has no session to call the API with. Without the old subscription there is nothing to prove
// with; the devices page shows the device as stopped and the person turns it on again.
self.addEventListener("pushsubscriptionchange", function (event) {
  var old = event.oldSubscription;
  if (!old) {
    return;
  }
  event.waitUntil(
    (event.newSubscription
      ? Promise.resolve(event.newSubscription)
      : self.registration.pushManager.subscribe(old.options)
    ).then(function (fresh) {
      return fetch(RENEW, {
        method: "POST",
        credentials: "omit",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ old: old.toJSON(), new: fresh.toJSON() })
      });
    })
  );
});
