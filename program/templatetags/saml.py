"""The sign-in page's "Sign in with <institution>" button, shown only when SAML is configured."""

from __future__ import annotations

from typing import Any

from django import template
from django.urls import reverse

from program import saml

register = template.Library()


@register.inclusion_tag("registration/saml_button.html")
def saml_sign_in(next_url: str = "") -> dict[str, Any]:
    return {"enabled": saml.enabled(), "name": saml.display_name(), "next": next_url}


@register.simple_tag(takes_context=True)
def sign_out_url(context: dict[str, Any]) -> str:
    """Where the Sign out button posts: through the IdP for a person signed in through SAML whose IdP
    supports single logout, Django's sign-out otherwise."""
    request = context.get("request")
    if request is not None and saml.can_sign_out_at_idp(request):
        return reverse("saml-logout")
    return reverse("logout")
