"""Narratives are encrypted at rest, and keys rotate without losing anything."""

from __future__ import annotations

import io

import pytest
from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command

from program.models import Role
from supervision.contacts import crypto
from supervision.models import Contact
from tests.conftest import World
from tests.factories import ContactFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def keys(settings):
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.NARRATIVE_KEYS = [old]
    crypto.reset_cache()
    yield settings, old, new
    crypto.reset_cache()


def test_rotation_re_encrypts_with_the_new_key_and_the_old_key_can_then_go(world: World, keys) -> None:
    settings, old, new = keys
    contact = ContactFactory(
        supporter=world.members[Role.SUPPORTER], narrative_encrypted=crypto.encrypt("A hard week.")
    )
    settings.NARRATIVE_KEYS = [new, old]
    crypto.reset_cache()
    out = io.StringIO()
    call_command("rotate_narrative_keys", stdout=out)
    assert "supervision.Contact: 1 row(s) re-encrypted" in out.getvalue()
    settings.NARRATIVE_KEYS = [new]
    crypto.reset_cache()
    assert crypto.decrypt(Contact.objects.get(pk=contact.pk).narrative_encrypted) == "A hard week."


def test_a_dropped_key_is_reported_not_silently_ignored(world: World, keys) -> None:
    settings, _old, new = keys
    token = crypto.encrypt("A hard week.")
    settings.NARRATIVE_KEYS = [new]
    crypto.reset_cache()
    with pytest.raises(ImproperlyConfigured, match="cannot be decrypted"):
        crypto.decrypt(token)


def test_ciphertext_does_not_contain_the_text(keys) -> None:
    assert "hard week" not in crypto.encrypt("A hard week.")
