"""The one rule for signing in through an identity provider (program/identity.py), below the protocols:
which account an assertion reaches, what it may never do, and when the second step is skipped."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser, User
from django.test import Client, RequestFactory
from django.urls import reverse

from program import identity, mfa
from program.models import AuditEvent, ExternalIdentity, Membership
from tests.factories import MembershipFactory, UserFactory
from tests.program.test_mfa_totp import enrolled

pytestmark = pytest.mark.django_db


def assertion(**overrides: object) -> identity.Assertion:
    values: dict = {
        "provider": "oidc",
        "subject": "sub-123",
        "email": "grace.okafor@uni.example",
        "email_verified": True,
        "first_name": "Grace",
        "last_name": "Okafor",
    }
    values.update(overrides)
    return identity.Assertion(**values)


def test_first_sign_in_links_the_account_with_that_verified_email() -> None:
    existing = UserFactory(email="Grace.Okafor@uni.example")
    assert identity.account_for(assertion()) == existing
    link = ExternalIdentity.objects.get()
    assert (link.user, link.provider, link.subject) == (existing, "oidc", "sub-123")
    assert AuditEvent.objects.filter(object_type="program.externalidentity", actor=existing).exists()


def test_a_linked_subject_signs_in_even_after_the_email_changes() -> None:
    existing = UserFactory(email="grace.okafor@uni.example")
    identity.account_for(assertion())
    assert identity.account_for(assertion(email="g.okafor@other.example", email_verified=False)) == existing


def test_an_unknown_person_gets_an_account_with_no_role_and_no_password() -> None:
    user = identity.account_for(assertion(email="new.person@uni.example"))
    assert user.email == "new.person@uni.example"
    assert not user.has_usable_password()
    assert not Membership.objects.filter(user=user).exists()


def test_an_unverified_email_links_nothing_and_creates_nothing() -> None:
    UserFactory(email="grace.okafor@uni.example")
    before = User.objects.count()
    with pytest.raises(identity.IdentityRefused, match="did not confirm your e-mail"):
        identity.account_for(assertion(email_verified=False))
    assert User.objects.count() == before
    assert not ExternalIdentity.objects.exists()


@pytest.mark.parametrize(
    ("setup", "overrides", "message"),
    [
        ("two accounts", {}, "More than one account"),
        ("inactive", {}, "switched off"),
        ("none", {"subject": "  "}, "no subject"),
    ],
)
def test_refusals_name_the_problem_and_link_nothing(setup: str, overrides: dict, message: str) -> None:
    if setup == "two accounts":
        UserFactory(email="grace.okafor@uni.example")
        UserFactory(email="GRACE.OKAFOR@uni.example")
    if setup == "inactive":
        UserFactory(email="grace.okafor@uni.example", is_active=False)
    with pytest.raises(identity.IdentityRefused, match=message):
        identity.account_for(assertion(**overrides))
    assert not ExternalIdentity.objects.exists()


def test_the_same_subject_at_another_provider_is_another_identity() -> None:
    first = identity.account_for(assertion(email="a@uni.example"))
    second = identity.account_for(assertion(provider="saml:https://idp.example", email="b@uni.example"))
    assert first != second
    assert ExternalIdentity.objects.count() == 2


def _request_with_session() -> Any:
    request = RequestFactory().get("/")
    client = Client()
    client.get(reverse("login"))
    request.session = client.session
    request.user = AnonymousUser()
    return request


def test_a_person_with_an_authenticator_takes_the_second_step_unless_the_provider_did_it() -> None:
    membership = MembershipFactory(role="coordinator", user__email="grace.okafor@uni.example")
    enrolled(membership.user)
    request = _request_with_session()
    assert identity.sign_in(request, assertion(), next_url="/") == reverse("login-second-step")
    assert request.session[mfa.PENDING_SESSION_KEY]["user"] == membership.user.pk
    assert not mfa.session_verified(request)

    request = _request_with_session()
    assert identity.sign_in(request, assertion(second_factor_done=True), next_url="/home/") == "/home/"
    assert mfa.session_verified(request)
    assert request.user == membership.user


def test_a_refused_sign_in_is_audited_with_its_reason_and_nothing_identifying() -> None:
    UserFactory(email="grace.okafor@uni.example")
    request = _request_with_session()
    with pytest.raises(identity.IdentityRefused, match="did not confirm your e-mail"):
        identity.sign_in(request, assertion(email_verified=False), next_url="/")
    event = AuditEvent.objects.get()
    assert (event.actor, event.object_type, event.action) == (None, "program.externalidentity", "create")
    assert event.summary == "identity provider sign-in refused (oidc): e-mail address not verified"
    assert not ExternalIdentity.objects.exists()
    assert "_auth_user_id" not in request.session
