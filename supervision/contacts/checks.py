"""System checks: refuse to run in production without narrative encryption keys."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import Error, register


@register(deploy=True)
def narrative_keys_configured(app_configs: Any, **kwargs: Any) -> list[Error]:
    if settings.DEBUG or settings.NARRATIVE_KEYS:
        return []
    return [
        Error(
            "NARRATIVE_KEYS is not set: contact narratives cannot be encrypted.",
            hint="Generate a key with `python -c 'from cryptography.fernet import Fernet; "
            "print(Fernet.generate_key().decode())'` and set NARRATIVE_KEYS (or NARRATIVE_KEYS_FILE).",
            id="supervision.E001",
        )
    ]
