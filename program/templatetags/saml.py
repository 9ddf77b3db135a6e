"""The sign-in page's "Sign in with <institution>" button, shown only when SAML is configured."""

from __future__ import annotations

from typing import Any

from django import template

from program import saml

register = template.Library()


@register.inclusion_tag("registration/saml_button.html")
def saml_sign_in(next_url: str = "") -> dict[str, Any]:
    return {"enabled": saml.enabled(), "name": saml.display_name(), "next": next_url}
