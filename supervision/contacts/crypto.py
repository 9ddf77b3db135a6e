"""Encryption at rest for narratives and annotations (Fernet; MultiFernet for key rotation).

Keys come from NARRATIVE_KEYS (or NARRATIVE_KEYS_FILE): comma-separated Fernet keys, newest
first. New text is encrypted with the first key; any listed key decrypts, so a key is rotated by
putting a new one in front, running `manage.py rotate_narrative_keys`, then dropping the old one.
With DEBUG on and no keys set, settings derive a development key from SECRET_KEY.
"""

from __future__ import annotations

from functools import cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


@cache
def _fernet() -> MultiFernet:
    keys = settings.NARRATIVE_KEYS
    if not keys:
        raise ImproperlyConfigured("NARRATIVE_KEYS (or NARRATIVE_KEYS_FILE) is required when DEBUG is off.")
    try:
        return MultiFernet([Fernet(key.encode()) for key in keys])
    except ValueError as error:
        raise ImproperlyConfigured(f"NARRATIVE_KEYS holds a key that is not a Fernet key: {error}.") from None


def encrypt(text: str) -> str:
    """Ciphertext for non-empty text; empty text stays empty."""
    return _fernet().encrypt(text.encode()).decode() if text else ""


def decrypt(token: str) -> str:
    if not token:
        return ""
    try:
        return _fernet().decrypt(token.encode()).decode()
    except InvalidToken:
        raise ImproperlyConfigured(
            "A narrative cannot be decrypted with the configured NARRATIVE_KEYS; was a key dropped too early?"
        ) from None


def rotate(token: str) -> str:
    """Re-encrypt with the newest key."""
    return _fernet().rotate(token.encode()).decode() if token else ""


def reset_cache() -> None:
    _fernet.cache_clear()
