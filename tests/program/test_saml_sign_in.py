"""SAML 2.0 sign-in, SP-initiated, against a real identity provider on localhost
(tests/identity_providers/saml_idp.py): the app's live server sends the browser (here `requests`) to the
IdP, the IdP's login page posts a signed response back to the app's ACS. Every refusal is a response the
IdP really issued (or a real one posted again), refused with a message on the sign-in page, audited and
creating nobody."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from django.contrib.auth.models import User
from django.test import Client

from program.models import AuditEvent, ExternalIdentity, Membership, SamlResponseReceived
from tests.factories import MembershipFactory, UserFactory
from tests.identity_providers import saml_idp
from tests.identity_providers.saml_idp import Account, SamlIdentityProvider
from tests.program.test_mfa_totp import enrolled
from tests.test_settings import _manage

PASSWORD = "idp-password"
GRACE = Account(
    password=PASSWORD,
    nameid="a8f3c1d2-persistent-grace",
    attributes={
        saml_idp.MAIL: "grace.okafor@uni.example",
        saml_idp.GIVEN_NAME: "Grace",
        saml_idp.SURNAME: "Okafor",
    },
)


@pytest.fixture
def idp(live_server, settings, tmp_path: Path) -> Iterator[SamlIdentityProvider]:
    with saml_idp.running(f"{live_server.url}/sso/saml/metadata/") as provider:
        saml_idp.configure(settings, provider, live_server.url, tmp_path)
        provider.accounts["grace"] = GRACE
        yield provider


def hidden_fields(page: str) -> dict[str, str]:
    return {
        html.unescape(name): html.unescape(value)
        for name, value in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', page)
    }


def found(pattern: str, page: str) -> str:
    """The first group of `pattern` in `page`, unescaped; the test fails if it is not there."""
    match = re.search(pattern, page)
    assert match is not None, pattern
    return html.unescape(match[1])


def through_idp(
    site: str, idp: SamlIdentityProvider, username: str = "grace", session: requests.Session | None = None
) -> tuple[requests.Session, requests.Response, dict[str, str]]:
    """Start at the app's "Sign in with …", log in on the IdP's page, and post its answer to the ACS as
    the IdP's page does. Returns the session, the ACS's answer (not followed) and what was posted."""
    browser = session or requests.Session()
    login_page = browser.get(f"{site}/sso/saml/login/", timeout=10)
    assert login_page.url.startswith(f"{idp.url}/sso?"), login_page.url
    assert "University sign-in" in login_page.text
    answer = browser.post(
        f"{idp.url}/sso/login",
        data={**hidden_fields(login_page.text), "username": username, "password": PASSWORD},
        timeout=10,
    )
    action = found(r'<form id="post" method="post" action="([^"]+)"', answer.text)
    assert action == f"{site}/sso/saml/acs/"
    posted = hidden_fields(answer.text)
    return browser, browser.post(action, data=posted, allow_redirects=False, timeout=10), posted


def follow(site: str, browser: requests.Session, answer: requests.Response) -> requests.Response:
    assert answer.status_code == 302, answer.status_code
    return browser.get(site + answer.headers["Location"], timeout=10)


def refusals() -> list[str]:
    return list(
        AuditEvent.objects.filter(summary__startswith="SAML sign-in refused").values_list(
            "summary", flat=True
        )
    )


def test_the_service_providers_metadata_is_public_and_names_its_acs_and_certificate(
    live_server, idp: SamlIdentityProvider
) -> None:
    answer = requests.get(f"{live_server.url}/sso/saml/metadata/", timeout=10)
    assert answer.status_code == 200
    assert answer.headers["Content-Type"] == "application/samlmetadata+xml"
    assert f'entityID="{live_server.url}/sso/saml/metadata/"' in answer.text
    assert f'Location="{live_server.url}/sso/saml/acs/"' in answer.text
    assert "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent" in answer.text
    cert = "".join(
        line for line in Path(idp_cert_path()).read_text().splitlines() if "CERTIFICATE" not in line
    )
    assert cert in answer.text.replace("\n", "")


def idp_cert_path() -> str:
    from django.conf import settings

    return str(settings.SAML_SP_CERT_FILE)


def test_without_saml_settings_there_is_no_button_and_the_routes_are_not_found(settings) -> None:
    settings.SAML_IDP_METADATA_FILE = ""
    settings.SAML_IDP_METADATA_URL = ""
    client = Client()
    assert "Sign in with" not in client.get("/accounts/login/").content.decode()
    assert client.get("/sso/saml/metadata/").status_code == 404
    assert client.get("/sso/saml/login/").status_code == 404
    assert client.post("/sso/saml/acs/", {"SAMLResponse": "x"}).status_code == 404


def test_the_sign_in_page_offers_the_institution(live_server, idp: SamlIdentityProvider) -> None:
    page = requests.get(f"{live_server.url}/accounts/login/?next=/notifications/", timeout=10).text
    assert 'href="/sso/saml/login/?next=/notifications/">Sign in with Example University</a>' in page


def test_an_existing_account_is_linked_by_the_email_the_institution_asserts(
    live_server, idp: SamlIdentityProvider
) -> None:
    grace = UserFactory(username="gokafor", email="Grace.Okafor@uni.example")
    MembershipFactory(user=grace, role="supporter")
    browser, answer, _ = through_idp(live_server.url, idp)
    home = follow(live_server.url, browser, answer)
    assert home.url == f"{live_server.url}/"
    assert Membership.objects.get(user__username="gokafor").program.name in home.text
    link = ExternalIdentity.objects.get()
    assert (link.user, link.provider, link.subject) == (grace, f"saml:{idp.entity_id}", GRACE.nameid)
    assert User.objects.count() == 1
    accepted = AuditEvent.objects.get(summary="SAML sign-in accepted")
    assert accepted.actor == grace
    # Signing in again reaches the same account through the link.
    browser2, answer2, _ = through_idp(live_server.url, idp)
    assert follow(live_server.url, browser2, answer2).url == f"{live_server.url}/"
    assert ExternalIdentity.objects.count() == 1


def test_a_person_the_program_does_not_know_gets_no_role_and_is_told_to_ask_a_coordinator(
    live_server, idp: SamlIdentityProvider
) -> None:
    browser, answer, _ = through_idp(live_server.url, idp)
    home = follow(live_server.url, browser, answer)
    assert "You don't hold a role in any program yet" in home.text
    assert "ask yours to add you" in home.text
    person = User.objects.get()
    assert (person.email, person.first_name, person.last_name) == (
        "grace.okafor@uni.example",
        "Grace",
        "Okafor",
    )
    assert not person.has_usable_password()
    assert not person.memberships.exists()


def test_the_idps_second_factor_skips_the_second_step_and_a_password_alone_does_not(
    live_server, idp: SamlIdentityProvider
) -> None:
    UserFactory(username="gokafor", email="grace.okafor@uni.example")
    enrolled(User.objects.get(username="gokafor"))
    _, answer, _ = through_idp(live_server.url, idp)
    assert answer.headers["Location"] == "/accounts/login/second-step/"

    idp.accounts["grace"] = Account(
        password=PASSWORD, nameid=GRACE.nameid, attributes=GRACE.attributes, context=saml_idp.MFA_CONTEXT
    )
    browser, answer, _ = through_idp(live_server.url, idp)
    assert answer.headers["Location"] == "/"
    assert follow(live_server.url, browser, answer).url == f"{live_server.url}/"
    assert AuditEvent.objects.filter(summary="SAML sign-in accepted (IdP did a second factor)").exists()


def test_a_transient_nameid_falls_back_to_the_eduperson_principal_name(
    live_server, idp: SamlIdentityProvider
) -> None:
    idp.accounts["tho"] = Account(
        password=PASSWORD,
        nameid="transient-" + "1234",
        nameid_format=saml_idp.TRANSIENT,
        attributes={saml_idp.MAIL: "tho.nguyen@uni.example", saml_idp.PRINCIPAL_NAME: "tnguyen@uni.example"},
    )
    browser, answer, _ = through_idp(live_server.url, idp, "tho")
    follow(live_server.url, browser, answer)
    assert ExternalIdentity.objects.get().subject == "tnguyen@uni.example"


@pytest.mark.parametrize(
    ("fault", "reason", "words"),
    [
        ("bad_signature", "signature invalid", "its signature does not match"),
        ("unsigned", "assertion unsigned", "its assertion is not signed"),
        ("wrong_audience", "wrong audience", "it was meant for another service"),
        ("expired", "expired", "it has expired"),
        (
            "wrong_in_response_to",
            "unexpected InResponseTo",
            "it answers a sign-in this browser did not start",
        ),
    ],
)
def test_a_response_the_sp_must_not_trust_is_refused_on_the_sign_in_page_audited_and_creates_nobody(
    live_server, idp: SamlIdentityProvider, fault: str, reason: str, words: str
) -> None:
    existing = UserFactory(email="grace.okafor@uni.example")
    idp.fault = fault
    browser, answer, _ = through_idp(live_server.url, idp)
    assert answer.headers["Location"] == "/accounts/login/"
    page = follow(live_server.url, browser, answer)
    assert page.status_code == 200
    assert f"Sign-in with Example University was refused: {words}. Nothing was changed." in html.unescape(
        page.text
    )
    assert refusals() == [f"SAML sign-in refused: {reason}"]
    event = AuditEvent.objects.get(summary__startswith="SAML sign-in refused")
    assert event.actor is None
    assert "@" not in event.summary
    assert list(User.objects.all()) == [existing]
    assert not ExternalIdentity.objects.exists()
    # Nobody is signed in.
    assert "Sign in" in browser.get(f"{live_server.url}/", timeout=10).text


def test_a_response_posted_again_is_refused_as_a_replay(live_server, idp: SamlIdentityProvider) -> None:
    UserFactory(email="grace.okafor@uni.example")
    browser, answer, posted = through_idp(live_server.url, idp)
    assert answer.headers["Location"] == "/"
    browser.post(f"{live_server.url}/accounts/logout/", timeout=10)
    # A new sign-in in a fresh browser (its own pending request), answered with the old response.
    thief = requests.Session()
    started = thief.get(f"{live_server.url}/sso/saml/login/", allow_redirects=False, timeout=10)
    assert started.status_code == 302
    again = thief.post(f"{live_server.url}/sso/saml/acs/", data=posted, allow_redirects=False, timeout=10)
    assert again.headers["Location"] == "/accounts/login/"
    page = follow(live_server.url, thief, again)
    assert "was refused: it was already used." in html.unescape(page.text)
    assert refusals() == ["SAML sign-in refused: replayed"]
    assert SamlResponseReceived.objects.filter(outcome="accepted").count() == 1


def test_a_response_to_a_sign_in_this_browser_never_started_is_refused(
    live_server, idp: SamlIdentityProvider
) -> None:
    UserFactory(email="grace.okafor@uni.example")
    # The IdP answers a real request, but the response is posted from another browser (unsolicited).
    _, _, posted = through_idp_without_posting(live_server.url, idp)
    other = requests.Session()
    answer = other.post(f"{live_server.url}/sso/saml/acs/", data=posted, allow_redirects=False, timeout=10)
    page = follow(live_server.url, other, answer)
    assert "this browser did not start that sign-in here" in html.unescape(page.text)
    assert refusals() == ["SAML sign-in refused: not started here"]
    assert not ExternalIdentity.objects.exists()


def through_idp_without_posting(
    site: str, idp: SamlIdentityProvider
) -> tuple[requests.Session, None, dict[str, str]]:
    browser = requests.Session()
    login_page = browser.get(f"{site}/sso/saml/login/", timeout=10)
    answer = browser.post(
        f"{idp.url}/sso/login",
        data={**hidden_fields(login_page.text), "username": "grace", "password": PASSWORD},
        timeout=10,
    )
    return browser, None, hidden_fields(answer.text)


@pytest.mark.parametrize("posted", [{}, {"SAMLResponse": "not base64 at all"}, {"SAMLResponse": "PGZvbz4="}])
def test_garbage_at_the_acs_is_refused_with_a_message_never_a_server_error(
    live_server, idp: SamlIdentityProvider, posted: dict[str, str]
) -> None:
    browser = requests.Session()
    browser.get(f"{live_server.url}/sso/saml/login/", allow_redirects=False, timeout=10)
    answer = browser.post(f"{live_server.url}/sso/saml/acs/", data=posted, allow_redirects=False, timeout=10)
    assert answer.headers["Location"] == "/accounts/login/"
    assert "was refused" in html.unescape(follow(live_server.url, browser, answer).text)
    assert len(refusals()) == 1
    assert not User.objects.exists()


def test_the_idps_metadata_may_come_from_its_url(live_server, idp: SamlIdentityProvider, settings) -> None:
    settings.SAML_IDP_METADATA_FILE = ""
    settings.SAML_IDP_METADATA_URL = f"{idp.url}/metadata"
    _, answer, _ = through_idp(live_server.url, idp)
    assert answer.headers["Location"] == "/"
    assert ExternalIdentity.objects.get().provider == f"saml:{idp.entity_id}"


def test_over_https_the_request_cookie_comes_back_with_the_idps_cross_site_post(
    live_server, idp: SamlIdentityProvider
) -> None:
    """The IdP's page posts from another site, and browsers send a SameSite=Lax cookie with no such
    POST: over HTTPS the cookie holding the request's id is SameSite=None; Secure, only for the ACS."""
    started = Client().get("/sso/saml/login/", secure=True, HTTP_HOST="localhost")
    assert started.status_code == 302
    assert started["Location"].startswith(f"{idp.url}/sso?SAMLRequest=")
    cookie = started.cookies["saml_request"]
    assert (cookie["samesite"], cookie["secure"], cookie["httponly"]) == ("None", True, True)
    assert cookie["path"] == "/sso/saml/acs/"
    plain = Client().get("/sso/saml/login/", HTTP_HOST="localhost").cookies["saml_request"]
    assert (plain["samesite"], plain["secure"]) == ("Lax", "")


@pytest.mark.django_db
def test_an_unreachable_idp_metadata_url_is_a_message_on_the_sign_in_page_not_a_server_error(
    settings,
) -> None:
    settings.SAML_IDP_METADATA_FILE = ""
    settings.SAML_IDP_METADATA_URL = "http://127.0.0.1:9/metadata"  # discard port: nothing listens
    settings.SAML_DISPLAY_NAME = "Example University"
    client = Client(raise_request_exception=False)
    for send in (
        lambda: client.get("/sso/saml/login/", HTTP_HOST="localhost"),
        lambda: client.post("/sso/saml/acs/", {"SAMLResponse": "PGZvbz4="}, HTTP_HOST="localhost"),
    ):
        answer = send()
        assert (answer.status_code, answer["Location"]) == (302, "/accounts/login/")
        page = client.get("/accounts/login/", HTTP_HOST="localhost").content.decode()
        assert "Sign-in with Example University is not available right now." in page


def test_signing_out_ends_the_session_here_and_at_the_idp(live_server, idp: SamlIdentityProvider) -> None:
    UserFactory(email="grace.okafor@uni.example")
    browser, answer, _ = through_idp(live_server.url, idp)
    home = follow(live_server.url, browser, answer)
    # The sign-out button posts through the IdP for a SAML session.
    assert 'action="/sso/saml/logout/"' in home.text
    # While the IdP's session lives, a new sign-in passes straight through it (no password page).
    again = browser.get(f"{live_server.url}/sso/saml/login/", timeout=10)
    assert "Signing you in" in again.text
    token = found(r'name="csrfmiddlewaretoken" value="([^"]+)"', home.text)
    leaving = browser.post(
        f"{live_server.url}/sso/saml/logout/", data={"csrfmiddlewaretoken": token}, timeout=10
    )
    # A page moving on to the IdP (CSP form-action forbids a form's redirect elsewhere).
    location = found(r'<meta http-equiv="refresh" content="0;url=([^"]+)"', leaving.text)
    assert location.startswith(f"{idp.url}/slo?SAMLRequest=")
    back = browser.get(location, timeout=10)
    assert back.url == f"{live_server.url}/accounts/login/"
    assert "You are signed out, here and at Example University." in html.unescape(back.text)
    assert idp.logouts == [GRACE.nameid]
    assert not idp.sessions
    # Signed out at both: this service shows the sign-in page, the IdP asks for the password again.
    assert browser.get(f"{live_server.url}/", timeout=10).url.startswith(f"{live_server.url}/accounts/login/")
    assert "University sign-in" in browser.get(f"{live_server.url}/sso/saml/login/", timeout=10).text


def test_a_password_session_signs_out_as_before(live_server, idp: SamlIdentityProvider) -> None:
    UserFactory(username="plain", email="plain@uni.example")
    client = Client()
    client.force_login(User.objects.get(username="plain"))
    page = client.get("/").content.decode()
    assert 'action="/accounts/logout/"' in page


def test_a_coordinator_whose_idp_did_mfa_needs_no_enrolment_and_one_whose_idp_did_not_must_enrol(
    live_server, idp: SamlIdentityProvider, settings
) -> None:
    settings.MFA_REQUIRED_ROLES = ["coordinator"]
    UserFactory(username="gokafor", email="grace.okafor@uni.example")
    MembershipFactory(user=User.objects.get(username="gokafor"), role="coordinator")
    browser, answer, _ = through_idp(live_server.url, idp)
    landed = follow(live_server.url, browser, answer)
    assert landed.url == f"{live_server.url}/accounts/second-factor/"
    # Signing out stays open to someone who has not enrolled yet.
    token = found(r'name="csrfmiddlewaretoken" value="([^"]+)"', landed.text)
    leaving = browser.post(
        f"{live_server.url}/sso/saml/logout/", data={"csrfmiddlewaretoken": token}, timeout=10
    )
    assert "Signing out" in leaving.text

    idp.accounts["grace"] = Account(
        password=PASSWORD, nameid=GRACE.nameid, attributes=GRACE.attributes, context=saml_idp.MFA_CONTEXT
    )
    browser, answer, _ = through_idp(live_server.url, idp)
    assert follow(live_server.url, browser, answer).url == f"{live_server.url}/"


@pytest.mark.parametrize(
    ("env", "message"),
    [
        (
            {"SAML_IDP_METADATA_FILE": "idp-metadata.xml", "SAML_IDP_METADATA_URL": "https://idp.example/md"},
            "Set only one of SAML_IDP_METADATA_FILE and SAML_IDP_METADATA_URL.",
        ),
        (
            {"SAML_SP_CERT_FILE": "saml-sp.crt"},
            "Set both SAML_SP_CERT_FILE and SAML_SP_KEY_FILE, or neither.",
        ),
    ],
)
def test_contradictory_saml_settings_stop_start_up(env: dict[str, str], message: str) -> None:
    result = _manage("check", **env)
    assert result.returncode != 0
    assert message in result.stderr
