"""The installable app (web manifest, service worker) and the page that turns notifications on for a
device (program/push.py). The manifest and the service worker are served by the app itself, at the
root, so the worker's scope covers every page; both are public, since a browser fetches the manifest
without credentials and they hold nothing but the app's name, icons and the worker's code."""

from __future__ import annotations

import json
from functools import cache

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from program import push
from program.access import acting_user, public, signed_in

THEME_COLOR = "#0b5cad"  # --brand in frontend/_program.scss


@public
@require_GET
def web_manifest(request: HttpRequest) -> HttpResponse:
    manifest = {
        "name": "Peer support",
        "short_name": "Peer support",
        "description": "On-call advice, rosters and supervision for a peer-support program.",
        "id": "/",
        "start_url": reverse("dashboard"),
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": THEME_COLOR,
        "icons": [
            {"src": static("icons/icon-192.png"), "sizes": "192x192", "type": "image/png"},
            {"src": static("icons/icon-512.png"), "sizes": "512x512", "type": "image/png"},
            {
                "src": static("icons/icon-maskable-512.png"),
                "sizes": "512x512",
                "type": "image/png",
                "purpose": "maskable",
            },
        ],
    }
    response = HttpResponse(json.dumps(manifest), content_type="application/manifest+json")
    response["Cache-Control"] = "public, max-age=3600"
    return response


@cache
def _favicon() -> bytes:
    return (settings.BASE_DIR / "static" / "favicon.ico").read_bytes()


@public
@require_GET
def favicon(request: HttpRequest) -> HttpResponse:
    """The icon browsers ask for at /favicon.ico whatever the page links (feed readers, bookmarks, old
    browsers): served here with a 200, since a redirect is not followed by every client."""
    response = HttpResponse(_favicon(), content_type="image/x-icon")
    response["Cache-Control"] = "public, max-age=86400"
    return response


@public
@require_GET
def service_worker(request: HttpRequest) -> HttpResponse:
    # No request context: the worker is the same for everyone, and the page context processors' queries
    # (navigation, unread count) have nothing to add to it.
    code = render_to_string(
        "pwa/service-worker.js",
        {
            "icon": static("icons/icon-192.png"),
            "home": reverse("dashboard"),
            "renew": reverse("push-renew"),
        },
    )
    response = HttpResponse(code, content_type="text/javascript; charset=utf-8")
    # Browsers check for a new worker on navigation; never let a cache hold an old one back.
    response["Cache-Control"] = "no-cache"
    response["Service-Worker-Allowed"] = "/"
    return response


@signed_in
@require_http_methods(["GET", "POST"])
def push_devices(request: HttpRequest) -> HttpResponse:
    """Turn notifications on for this device (static/js/push.js does the subscribing through the API),
    and see or remove the devices one has turned them on for."""
    user = acting_user(request)
    allowed = push.may_subscribe(user)
    devices = push.subscriptions_of(user)
    if request.method == "POST":
        if not str(request.POST.get("remove", "")).isdigit():
            raise Http404
        push.unsubscribe(get_object_or_404(devices, pk=int(request.POST["remove"])))
        messages.success(request, "That device will get no more notifications.")
        return redirect("push-devices")
    keys = push.vapid_keys() if allowed else None
    return render(
        request,
        "program/push_devices.html",
        {
            "allowed": allowed,
            "enabled": push.enabled(),
            "public_key": keys.public if keys else "",
            "devices": devices,
        },
    )


@public
@csrf_exempt
@require_POST
def push_renew(request: HttpRequest) -> HttpResponse:
    """The service worker's `pushsubscriptionchange`: the push service replaced this browser's
    subscription, and the worker (with no session and no CSRF token) hands over the new one, proving
    itself with the old endpoint and auth secret (program/push.py `renew`). 204 when moved; 404 when
    nothing matches; 400 naming the field for a malformed body. CSRF cannot forge what it carries: a
    cross-site form could only send secrets it would have to know already."""
    try:
        body = json.loads(request.body or b"{}")
    except (ValueError, UnicodeDecodeError):
        return JsonResponse({"detail": "The body is not JSON."}, status=400)
    fields: dict[str, str] = {}
    problems: dict[str, list[str]] = {}
    paths = {
        "old_endpoint": ("old", "endpoint"),
        "old_auth": ("old", "keys", "auth"),
        "endpoint": ("new", "endpoint"),
        "p256dh": ("new", "keys", "p256dh"),
        "auth": ("new", "keys", "auth"),
    }
    for name, path in paths.items():
        value: object = body
        for key in path:
            value = value.get(key) if isinstance(value, dict) else None
        if not isinstance(value, str) or not value or len(value) > 1000:
            problems[".".join(path)] = ["Required: the subscription's value as the browser gives it."]
        else:
            fields[name] = value
    if problems:
        return JsonResponse(problems, status=400)
    try:
        renewed = push.renew(**fields)
    except ValidationError as error:
        return JsonResponse({f"new.{k}": v for k, v in error.message_dict.items()}, status=400)
    if renewed is None:
        return JsonResponse({"detail": "No such subscription."}, status=404)
    return HttpResponse(status=204)
