"""Sign-in through a real OpenID Connect provider (the npm `oidc-provider`, run with node on localhost):
the app's side through Django's test client, the person's side at the provider through `requests`.

Covers linking by verified e-mail, a newcomer with no role, PKCE, the second factor the provider
asserts (amr/acr), signing out at the provider, and the refusals — for the ID-token ones a misconfigured
provider really issues the wrong token (tests/identity_providers/oidc_provider.mjs `tamper`).
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterator
from html import escape, unescape
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest
import requests
from django.contrib.auth.models import User
from django.test import Client, override_settings

from program import mfa, oidc
from program.models import AuditEvent, ExternalIdentity, Membership
from tests.factories import UserFactory
from tests.identity_providers.oidc import PASSWORD, Account, running_provider
from tests.program.test_mfa_totp import enrolled

pytestmark = pytest.mark.django_db

APP = "http://testserver"
ACCOUNTS = {
    "grace": Account(email="grace.okafor@uni.example", given_name="Grace", family_name="Okafor"),
    "newcomer": Account(email="new.person@uni.example", given_name="Nadia", family_name="Rahman"),
    "unverified": Account(email="grace.okafor@uni.example", email_verified=False),
    "mfa": Account(email="coord@uni.example", amr=["pwd", "otp"]),
    "mfa-said": Account(email="coord@uni.example", amr=["mfa"]),
    "acr-only": Account(email="coord@uni.example", amr=["pwd"], acr="urn:test:loa:mfa"),
    "password-only": Account(email="coord@uni.example", amr=["pwd"]),
}


@pytest.fixture
def provider() -> Iterator[str]:
    with running_provider(APP, ACCOUNTS, mfa_acr_values=["urn:test:loa:mfa"]) as issuer:
        yield issuer


def at_provider(start_url: str, login: str, browser: requests.Session, password: str = PASSWORD) -> str:
    """Walk the provider's side as a browser would (its login form, then its redirects) and return the
    URL it finally sends the person back to the app with."""
    url = start_url
    for _ in range(10):
        if url.startswith(APP):
            return url
        response = browser.get(url, allow_redirects=False)
        if response.is_redirect:
            url = urljoin(url, response.headers["Location"])
            continue
        form = re.search(r'<form method="post" action="([^"]+)"', response.text)
        assert form, (
            f"no redirect and no login form at the provider: {response.status_code} {response.text[:300]}"
        )
        posted = browser.post(
            urljoin(url, unescape(form.group(1))),
            data={"login": login, "password": password},
            allow_redirects=False,
        )
        assert posted.is_redirect, posted.text[:300]
        url = urljoin(url, posted.headers["Location"])
    raise AssertionError("the provider never sent the person back")


def sign_in(
    client: Client, login: str, *, start: str = "/accounts/oidc/start/"
) -> tuple[str, requests.Session]:
    """From "Sign in with …" to the app's callback; returns where the app sends the person next."""
    began = client.get(start)
    assert began.status_code == 302, began.content[:300]
    browser = requests.Session()
    back = at_provider(began["Location"], login, browser)
    answer = client.get(back.removeprefix(APP))
    assert answer.status_code == 302
    return answer["Location"], browser


def page_messages(client: Client, path: str) -> str:
    return client.get(path).content.decode()


def refusals() -> list[str]:
    return list(
        AuditEvent.objects.filter(summary__startswith="identity provider sign-in refused").values_list(
            "summary", flat=True
        )
    )


def test_with_oidc_off_there_is_no_button_and_its_routes_are_404() -> None:
    client = Client()
    assert "Sign in with" not in client.get("/accounts/login/").content.decode()
    assert client.get("/accounts/oidc/start/").status_code == 404
    assert client.get("/accounts/oidc/callback/?code=x&state=y").status_code == 404


def test_the_sign_in_page_offers_the_provider_above_the_password_form(provider: str) -> None:
    page = Client().get("/accounts/login/?next=/notifications/").content.decode()
    button = page.index('href="/accounts/oidc/start/?next=/notifications/">Sign in with UniSSO</a>')
    assert button < page.index('name="password"')


def test_an_existing_account_is_linked_by_its_verified_email(provider: str) -> None:
    existing = UserFactory(email="Grace.Okafor@uni.example")
    client = Client()
    landing, _ = sign_in(client, "grace")
    assert landing == "/"
    assert client.session["_auth_user_id"] == str(existing.pk)
    link = ExternalIdentity.objects.get()
    assert (link.user, link.provider, link.subject) == (existing, "oidc", "grace")
    assert AuditEvent.objects.filter(
        actor=existing, summary__contains="linked to an existing account"
    ).exists()
    # The second time the subject finds the account, whatever the e-mail address says.
    existing.email = "changed@elsewhere.example"
    existing.save()
    again = Client()
    sign_in(again, "grace")
    assert again.session["_auth_user_id"] == str(existing.pk)
    assert User.objects.count() == 1


def test_a_newcomer_gets_an_account_with_no_role_and_is_told_to_ask_a_coordinator(provider: str) -> None:
    client = Client()
    landing, _ = sign_in(client, "newcomer")
    person = User.objects.get(email="new.person@uni.example")
    assert (person.first_name, person.last_name) == ("Nadia", "Rahman")
    assert not person.has_usable_password()
    assert not Membership.objects.filter(user=person).exists()
    home = client.get(landing).content.decode()
    assert "You don't hold a role in any program yet" in home
    assert "ask yours to add you" in home


def test_the_authorization_request_carries_an_s256_challenge_of_the_verifier_kept_in_the_session(
    provider: str,
) -> None:
    client = Client()
    began = client.get("/accounts/oidc/start/")
    query = parse_qs(urlsplit(began["Location"]).query)
    assert query["code_challenge_method"] == ["S256"]
    (state,) = query["state"]
    kept = client.session["oidc_states"][state]
    challenge = base64.urlsafe_b64encode(hashlib.sha256(kept["code_verifier"].encode()).digest()).rstrip(b"=")
    assert query["code_challenge"] == [challenge.decode()]
    assert query["nonce"] == [kept["nonce"]]


def test_the_provider_refuses_the_code_without_the_right_verifier(provider: str) -> None:
    """The verifier reaches the provider and it checks it: another one gets the code refused."""
    client = Client()
    began = client.get("/accounts/oidc/start/")
    back = at_provider(began["Location"], "newcomer", requests.Session())
    session = client.session
    (state,) = parse_qs(urlsplit(back).query)["state"]
    session["oidc_states"][state]["code_verifier"] = "x" * 64
    session.save()
    answer = client.get(back.removeprefix(APP))
    assert answer["Location"] == "/accounts/login/"
    assert "UniSSO did not accept this sign-in" in page_messages(client, answer["Location"])
    assert not User.objects.exists()
    assert refusals() == ["identity provider sign-in refused (oidc): provider refused the code"]


def test_a_state_answers_one_sign_in_only(provider: str) -> None:
    client = Client()
    began = client.get("/accounts/oidc/start/")
    back = at_provider(began["Location"], "newcomer", requests.Session())
    assert client.get(back.removeprefix(APP))["Location"] == "/"
    client.logout()
    replayed = client.get(back.removeprefix(APP))
    assert replayed["Location"] == "/accounts/login/"
    assert "This sign-in was not started here" in page_messages(client, "/accounts/login/")
    assert User.objects.count() == 1


def test_an_unverified_email_is_refused_with_a_message_and_links_nothing(provider: str) -> None:
    UserFactory(email="grace.okafor@uni.example")
    client = Client()
    landing, _ = sign_in(client, "unverified")
    assert landing == "/accounts/login/"
    page = page_messages(client, landing)
    assert "did not confirm your e-mail address" in page
    assert "_auth_user_id" not in client.session
    assert not ExternalIdentity.objects.exists()
    assert User.objects.count() == 1
    assert refusals() == ["identity provider sign-in refused (oidc): e-mail address not verified"]


@pytest.mark.parametrize(
    ("tamper", "words", "reason"),
    [
        ("aud", "it was meant for another service", "ID token for another audience"),
        ("iss", "it came from another issuer", "ID token from another issuer"),
        ("nonce", "it answered a different sign-in request", "ID token nonce mismatch"),
        ("expired", "it had expired", "ID token expired"),
        ("signature", "its signature is wrong", "ID token signature invalid"),
    ],
)
def test_a_wrong_id_token_is_refused_audited_and_creates_nothing(
    tamper: str, words: str, reason: str
) -> None:
    with running_provider(APP, ACCOUNTS, tamper=tamper):
        client = Client()
        landing, _ = sign_in(client, "newcomer")
    assert landing == "/accounts/login/"
    page = page_messages(client, landing)
    assert f"The sign-in from UniSSO could not be accepted because {words}. Nothing was changed." in page
    assert "_auth_user_id" not in client.session
    assert not User.objects.exists()
    assert not ExternalIdentity.objects.exists()
    assert refusals() == [f"identity provider sign-in refused (oidc): {reason}"]
    event = AuditEvent.objects.get()
    assert event.actor is None and "@" not in event.summary


@pytest.mark.parametrize("login", ["mfa", "mfa-said", "acr-only"])
def test_a_second_factor_asserted_by_the_provider_is_not_asked_again(provider: str, login: str) -> None:
    coordinator = UserFactory(email="coord@uni.example")
    enrolled(coordinator)
    client = Client()
    landing, _ = sign_in(client, login)
    assert landing == "/"
    assert client.session["_auth_user_id"] == str(coordinator.pk)
    assert mfa.session_verified(client.get("/").wsgi_request)


def test_without_an_asserted_second_factor_the_second_step_asks_for_a_code(provider: str) -> None:
    coordinator = UserFactory(email="coord@uni.example")
    enrolled(coordinator)
    client = Client()
    landing, _ = sign_in(client, "password-only")
    assert landing == "/accounts/login/second-step/"
    assert "_auth_user_id" not in client.session
    assert client.session[mfa.PENDING_SESSION_KEY]["user"] == coordinator.pk


def test_amr_values_count_as_multi_factor_per_rfc_8176() -> None:
    cfg = oidc.Config(
        "https://idp.example", "app", "secret", "openid", "email", "email_verified", "IdP", ("urn:loa:2",), 10
    )
    assert oidc.second_factor_done({"amr": ["mfa"]}, cfg)
    assert oidc.second_factor_done({"amr": ["pwd", "otp"]}, cfg)
    assert oidc.second_factor_done({"amr": ["hwk", "pin"]}, cfg)
    assert oidc.second_factor_done({"amr": ["pwd"], "acr": "urn:loa:2"}, cfg)
    for single in (["pwd"], ["otp"], ["sms"], ["hwk"], ["fido"], ["mca"], ["otp", "sms"], "mfa", None):
        assert not oidc.second_factor_done({"amr": single}, cfg), single
    assert not oidc.second_factor_done({"acr": "urn:loa:1"}, cfg)


def test_signing_out_ends_the_provider_session_too(provider: str) -> None:
    client = Client()
    _, browser = sign_in(client, "newcomer")
    id_token = client.session[oidc.ID_TOKEN_SESSION_KEY]
    out = client.post("/accounts/logout/")
    assert "_auth_user_id" not in client.session
    # A page that goes on to the provider (the sign-out form may not redirect off-site: CSP form-action).
    assert out.status_code == 200
    page = out.content.decode()
    end_session = unescape(re.search(r'<a href="([^"]+)" id="provider-logout">', page).group(1))
    assert f'content="0;url={escape(end_session)}"' in page
    target = urlsplit(end_session)
    assert f"{target.scheme}://{target.netloc}{target.path}" == f"{provider}/session/end"
    query = parse_qs(target.query)
    assert query["id_token_hint"] == [id_token]
    assert query["post_logout_redirect_uri"] == [f"{APP}/accounts/login/"]
    # The provider accepts the request (a bad hint or unregistered redirect gets an error page instead),
    # and after confirming, sends the person back to the app's sign-in page.
    confirm = browser.get(end_session, allow_redirects=False)
    assert confirm.status_code == 200 and "Sign out of Test University?" in confirm.text
    form = dict(re.findall(r'name="([^"]+)" value="([^"]*)"', confirm.text))
    action = unescape(re.search(r'<form[^>]*action="([^"]+)"', confirm.text).group(1))
    done = browser.post(urljoin(end_session, action), data={**form, "logout": "yes"}, allow_redirects=False)
    assert done.headers["Location"].startswith(f"{APP}/accounts/login/")
    # The provider's session is gone: starting again asks for the password at the provider.
    began = Client().get("/accounts/oidc/start/")
    assert "Test University sign-in" in browser.get(began["Location"]).text


def test_signing_out_after_a_password_sign_in_stays_here(provider: str) -> None:
    person = UserFactory()
    client = Client()
    client.force_login(person)
    assert client.post("/accounts/logout/")["Location"] == "/accounts/login/"


def test_an_error_from_the_provider_is_shown_not_raised(provider: str) -> None:
    client = Client()
    began = client.get("/accounts/oidc/start/")
    (state,) = parse_qs(urlsplit(began["Location"]).query)["state"]
    answer = client.get(f"/accounts/oidc/callback/?error=access_denied&state={state}")
    assert answer["Location"] == "/accounts/login/"
    assert "UniSSO did not sign you in (access denied)" in page_messages(client, "/accounts/login/")
    assert refusals() == ["identity provider sign-in refused (oidc): provider answered access_denied"]


def test_an_unreachable_provider_gets_a_message_not_an_error_page() -> None:
    with override_settings(
        OIDC_ISSUER="http://127.0.0.1:9/nowhere",
        OIDC_CLIENT_ID="app",
        OIDC_CLIENT_SECRET="secret",
        OIDC_DISPLAY_NAME="UniSSO",
        OIDC_TIMEOUT_SECONDS=2,
    ):
        client = Client()
        began = client.get("/accounts/oidc/start/")
        assert began["Location"] == "/accounts/login/"
        assert "UniSSO could not be reached" in page_messages(client, "/accounts/login/")


def test_the_claims_for_the_address_and_its_verification_are_configurable() -> None:
    """Entra ID, say: the address in `upn`, its verification in the optional claim `xms_edov`."""
    cfg = oidc.Config("https://idp.example", "app", "secret", "openid", "upn", "xms_edov", "IdP", (), 10)
    claims = {"sub": "s", "upn": "a@uni.example", "email_verified": True}
    said = oidc.assertion(cfg, claims, {})
    assert (said.email, said.email_verified) == ("a@uni.example", False)
    said = oidc.assertion(cfg, {**claims, "xms_edov": True}, {})
    assert said.email_verified
    # An ID token claim wins over userinfo's for the same name; "true" as a string does not count.
    said = oidc.assertion(cfg, {**claims, "xms_edov": "true"}, {"xms_edov": True})
    assert not said.email_verified


def test_an_authorization_answer_naming_another_issuer_is_refused(provider: str) -> None:
    """RFC 9207: the provider names itself in its answer; a different name means a mixed-up answer."""
    client = Client()
    began = client.get("/accounts/oidc/start/")
    back = at_provider(began["Location"], "newcomer", requests.Session())
    assert f"iss={provider}".replace(":", "%3A").replace("/", "%2F") in back
    answer = client.get(back.removeprefix(APP).replace("iss=", "iss=https%3A%2F%2Fevil.example&was="))
    assert answer["Location"] == "/accounts/login/"
    assert "because it came from another issuer" in page_messages(client, "/accounts/login/")
    assert not User.objects.exists()
    assert refusals() == [
        "identity provider sign-in refused (oidc): authorization answer from another issuer"
    ]
