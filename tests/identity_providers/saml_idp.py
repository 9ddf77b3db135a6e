"""A small SAML 2.0 identity provider on localhost for the tests, playing a university's Shibboleth.

It is a real HTTP server: it publishes its metadata (entity id, signing certificate, HTTP-Redirect
sign-on service), reads the service provider's metadata from the app's /sso/saml/metadata/ (the
audience and the assertion consumer service come from there, as a federation's IdP does), shows a
username/password page for an AuthnRequest, and answers with a page that POSTs a SAML Response to the
SP's ACS. Responses are signed over the assertion (enveloped, exclusive C14N, RSA-SHA256) with the
`xmlsec` binding of the xmlsec library.

A test sets `fault` to make it issue a response the SP must refuse: "bad_signature" (altered after
signing), "unsigned", "wrong_audience", "expired", "wrong_in_response_to". Accounts have a NameID
(persistent unless `nameid_format` says otherwise), attributes and the authentication context they sign
in with.
"""

from __future__ import annotations

import base64
import html
import secrets
import threading
import urllib.request
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import xmlsec
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from lxml import etree
from xmlsec import constants

SAMLP = "urn:oasis:names:tc:SAML:2.0:protocol"
SAML = "urn:oasis:names:tc:SAML:2.0:assertion"
MD = "urn:oasis:names:tc:SAML:2.0:metadata"
DS = "http://www.w3.org/2000/09/xmldsig#"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
XS = "http://www.w3.org/2001/XMLSchema"
PERSISTENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent"
TRANSIENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:transient"
PASSWORD_CONTEXT = "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport"
MFA_CONTEXT = "https://refeds.org/profile/mfa"
SUCCESS = "urn:oasis:names:tc:SAML:2.0:status:Success"
REDIRECT = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
MAIL = "urn:oid:0.9.2342.19200300.100.1.3"
GIVEN_NAME = "urn:oid:2.5.4.42"
SURNAME = "urn:oid:2.5.4.4"
PRINCIPAL_NAME = "urn:oid:1.3.6.1.4.1.5923.1.1.1.6"
FAULTS = {"bad_signature", "unsigned", "wrong_audience", "expired", "wrong_in_response_to"}


def key_pair(common_name: str) -> tuple[bytes, bytes]:
    """A new RSA key and a self-signed certificate for it (PEM), as an IdP or SP generates for SAML."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365))
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return key_pem, cert.public_bytes(serialization.Encoding.PEM)


def _cert_body(cert_pem: bytes) -> str:
    return "".join(line for line in cert_pem.decode().splitlines() if "CERTIFICATE" not in line)


def _instant(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _new_id() -> str:
    return "_" + secrets.token_hex(20)


@dataclass
class Account:
    password: str
    nameid: str
    attributes: dict[str, str]
    nameid_format: str = PERSISTENT
    context: str = PASSWORD_CONTEXT


@dataclass
class SamlIdentityProvider:
    accounts: dict[str, Account] = field(default_factory=dict)
    fault: str | None = None
    server: ThreadingHTTPServer | None = None
    sp_metadata_url: str = ""
    issued: list[str] = field(default_factory=list)  # base64 responses, newest last
    hostname: str = "127.0.0.1"  # the name its URLs use (it listens on 127.0.0.1 either way)
    sessions: dict[str, str] = field(default_factory=dict)  # its own sign-in sessions: cookie -> username
    logouts: list[str] = field(default_factory=list)  # NameIDs of LogoutRequests it honoured
    key_pem: bytes = b""
    cert_pem: bytes = b""

    def __post_init__(self) -> None:
        self.key_pem, self.cert_pem = key_pair("test-idp.localhost")

    @property
    def url(self) -> str:
        assert self.server is not None
        return f"http://{self.hostname}:{self.server.server_address[1]}"

    @property
    def entity_id(self) -> str:
        return f"{self.url}/idp"

    def metadata(self) -> str:
        return f"""<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="{MD}" xmlns:ds="{DS}" entityID="{self.entity_id}">
  <md:IDPSSODescriptor protocolSupportEnumeration="{SAMLP}" WantAuthnRequestsSigned="false">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo><ds:X509Data><ds:X509Certificate>{_cert_body(self.cert_pem)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>{PERSISTENT}</md:NameIDFormat>
    <md:NameIDFormat>{TRANSIENT}</md:NameIDFormat>
    <md:SingleLogoutService Binding="{REDIRECT}" Location="{self.url}/slo"/>
    <md:SingleSignOnService Binding="{REDIRECT}" Location="{self.url}/sso"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
"""

    def _sp_metadata(self) -> etree._Element:
        with urllib.request.urlopen(self.sp_metadata_url, timeout=10) as answer:  # noqa: S310 - localhost
            return etree.fromstring(answer.read())

    def service_provider(self) -> tuple[str, str]:
        """The SP's entity id and HTTP-POST assertion consumer service, from its published metadata."""
        document = self._sp_metadata()
        acs = document.find(f".//{{{MD}}}AssertionConsumerService")
        assert acs is not None, "the SP's metadata names no assertion consumer service"
        return str(document.get("entityID")), str(acs.get("Location"))

    def logout_response_for(self, request_id: str) -> str:
        """A LogoutResponse (success) to the SP's single logout service, HTTP-Redirect encoded."""
        service = self._sp_metadata().find(f".//{{{MD}}}SingleLogoutService")
        assert service is not None, "the SP's metadata names no single logout service"
        xml = (
            f'<samlp:LogoutResponse xmlns:samlp="{SAMLP}" xmlns:saml="{SAML}" ID="{_new_id()}" Version="2.0" '
            f'IssueInstant="{_instant(datetime.now(UTC))}" Destination="{service.get("Location")}" '
            f'InResponseTo="{request_id}"><saml:Issuer>{self.entity_id}</saml:Issuer>'
            f'<samlp:Status><samlp:StatusCode Value="{SUCCESS}"/></samlp:Status>'
            "</samlp:LogoutResponse>"
        )
        deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
        encoded = base64.b64encode(deflate.compress(xml.encode()) + deflate.flush()).decode()
        return f"{service.get('Location')}?{urlencode({'SAMLResponse': encoded})}"

    def response_for(self, account: Account, request_id: str) -> str:
        """A signed SAML Response for `account` answering AuthnRequest `request_id` (base64)."""
        audience, acs = self.service_provider()
        now = datetime.now(UTC)
        issued, until = now, now + timedelta(minutes=5)
        if self.fault == "wrong_audience":
            audience = "https://another-service.example.edu/shibboleth"
        if self.fault == "expired":
            issued, until = now - timedelta(hours=1), now - timedelta(minutes=30)
        if self.fault == "wrong_in_response_to":
            request_id = _new_id()
        response_id, assertion_id = _new_id(), _new_id()
        attributes = "".join(
            f'<saml:Attribute Name="{html.escape(name)}" '
            'NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri">'
            f'<saml:AttributeValue xsi:type="xs:string">{html.escape(value)}</saml:AttributeValue>'
            "</saml:Attribute>"
            for name, value in account.attributes.items()
        )
        document = etree.fromstring(
            f"""<samlp:Response xmlns:samlp="{SAMLP}" xmlns:saml="{SAML}" xmlns:xsi="{XSI}" xmlns:xs="{XS}"
    ID="{response_id}" Version="2.0" IssueInstant="{_instant(issued)}" Destination="{acs}"
    InResponseTo="{request_id}">
  <saml:Issuer>{self.entity_id}</saml:Issuer>
  <samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>
  <saml:Assertion ID="{assertion_id}" Version="2.0" IssueInstant="{_instant(issued)}">
    <saml:Issuer>{self.entity_id}</saml:Issuer>
    <saml:Subject>
      <saml:NameID Format="{account.nameid_format}" NameQualifier="{self.entity_id}"
          SPNameQualifier="{audience}">{html.escape(account.nameid)}</saml:NameID>
      <saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml:SubjectConfirmationData NotOnOrAfter="{_instant(until)}" Recipient="{acs}"
            InResponseTo="{request_id}"/>
      </saml:SubjectConfirmation>
    </saml:Subject>
    <saml:Conditions NotBefore="{_instant(issued - timedelta(minutes=1))}" NotOnOrAfter="{_instant(until)}">
      <saml:AudienceRestriction><saml:Audience>{audience}</saml:Audience></saml:AudienceRestriction>
    </saml:Conditions>
    <saml:AuthnStatement AuthnInstant="{_instant(issued)}" SessionIndex="{_new_id()}">
      <saml:AuthnContext><saml:AuthnContextClassRef>{account.context}</saml:AuthnContextClassRef></saml:AuthnContext>
    </saml:AuthnStatement>
    <saml:AttributeStatement>{attributes}</saml:AttributeStatement>
  </saml:Assertion>
</samlp:Response>""".encode()
        )
        assertion = document.find(f"{{{SAML}}}Assertion")
        assert assertion is not None
        if self.fault != "unsigned":
            self._sign(assertion)
        if self.fault == "bad_signature":
            # Someone changed the signed assertion on its way: here, whose e-mail address it carries.
            value = assertion.find(f".//{{{SAML}}}Attribute[@Name='{MAIL}']/{{{SAML}}}AttributeValue")
            assert value is not None
            value.text = "someone.else@uni.example"
        encoded = base64.b64encode(etree.tostring(document)).decode()
        self.issued.append(encoded)
        return encoded

    def _sign(self, assertion: etree._Element) -> None:
        signature = xmlsec.template.create(
            assertion, constants.TransformExclC14N, constants.TransformRsaSha256
        )
        assertion.insert(1, signature)  # after the Issuer, as the schema requires
        reference = xmlsec.template.add_reference(
            signature, constants.TransformSha256, uri=f"#{assertion.get('ID')}"
        )
        xmlsec.template.add_transform(reference, constants.TransformEnveloped)
        xmlsec.template.add_transform(reference, constants.TransformExclC14N)
        xmlsec.template.add_x509_data(xmlsec.template.ensure_key_info(signature))
        key = xmlsec.Key.from_memory(self.key_pem, constants.KeyDataFormatPem)
        key.load_cert_from_memory(self.cert_pem, constants.KeyDataFormatPem)
        xmlsec.tree.add_ids(assertion, ["ID"])
        context = xmlsec.SignatureContext()
        context.key = key
        context.sign(signature)


def _read_redirect_message(encoded: str, kind: str) -> etree._Element:
    """An HTTP-Redirect message (base64 of raw DEFLATE): an AuthnRequest or a LogoutRequest."""
    message = etree.fromstring(zlib.decompress(base64.b64decode(encoded), -15))
    assert message.tag == f"{{{SAMLP}}}{kind}", message.tag
    return message


def _page(title: str, body: str) -> bytes:
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><main><h1>{title}</h1>{body}</main></body></html>"
    ).encode()


def _handler(idp: SamlIdentityProvider) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def _send(
            self,
            status: int,
            body: bytes,
            content_type: str = "text/html; charset=utf-8",
            headers: dict[str, str] | None = None,
        ) -> None:
            self.send_response(status)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            if parts.path == "/metadata":
                self._send(200, idp.metadata().encode(), "application/samlmetadata+xml")
                return
            query = parse_qs(parts.query)
            if parts.path == "/slo":
                self._single_logout(query)
                return
            if parts.path != "/sso":
                self._send(404, b"not found", "text/plain")
                return
            saml_request = query.get("SAMLRequest", [""])[0]
            request_id = str(_read_redirect_message(saml_request, "AuthnRequest").get("ID"))
            relay = query.get("RelayState", [""])[0]
            signed_in = idp.sessions.get(self._session() or "")
            if signed_in is not None:
                # Already signed in here (single sign-on): straight back with a response.
                self._post_back(idp.accounts[signed_in], request_id, relay)
                return
            self._send(
                200,
                _page(
                    "University sign-in",
                    '<form method="post" action="/sso/login">'
                    f'<input type="hidden" name="request_id" value="{html.escape(request_id)}">'
                    f'<input type="hidden" name="RelayState" value="{html.escape(relay)}">'
                    '<p><label for="u">Username</label> <input id="u" name="username"></p>'
                    '<p><label for="p">Password</label> <input id="p" type="password" name="password"></p>'
                    '<p><button type="submit">Log in</button></p></form>',
                ),
            )

        def do_POST(self) -> None:
            if urlsplit(self.path).path != "/sso/login":
                self._send(404, b"not found", "text/plain")
                return
            length = int(self.headers.get("Content-Length") or 0)
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
            account = idp.accounts.get(form.get("username", ""))
            if account is None or not secrets.compare_digest(account.password, form.get("password", "")):
                self._send(200, _page("University sign-in", "<p>Wrong username or password.</p>"))
                return
            session = secrets.token_urlsafe(16)
            idp.sessions[session] = form.get("username", "")
            self._post_back(
                account,
                form.get("request_id", ""),
                form.get("RelayState", ""),
                {"Set-Cookie": f"idp_session={session}; Path=/; HttpOnly; SameSite=Lax"},
            )

        def _session(self) -> str | None:
            for part in (self.headers.get("Cookie") or "").split(";"):
                name, _, value = part.strip().partition("=")
                if name == "idp_session":
                    return value
            return None

        def _single_logout(self, query: dict[str, list[str]]) -> None:
            request = _read_redirect_message(query.get("SAMLRequest", [""])[0], "LogoutRequest")
            nameid = request.find(f"{{{SAML}}}NameID")
            idp.logouts.append(nameid.text or "" if nameid is not None else "")
            idp.sessions.pop(self._session() or "", None)
            location = idp.logout_response_for(str(request.get("ID")))
            if query.get("RelayState"):
                location += "&" + urlencode({"RelayState": query["RelayState"][0]})
            self._send(
                302,
                b"",
                "text/plain",
                {"Location": location, "Set-Cookie": "idp_session=; Path=/; Max-Age=0"},
            )

        def _post_back(
            self, account: Account, request_id: str, relay: str, headers: dict[str, str] | None = None
        ) -> None:
            saml_response = idp.response_for(account, request_id)
            _, acs = idp.service_provider()
            self._send(
                200,
                _page(
                    "Signing you in",
                    f'<form id="post" method="post" action="{html.escape(acs)}">'
                    f'<input type="hidden" name="SAMLResponse" value="{saml_response}">'
                    f'<input type="hidden" name="RelayState" value="{html.escape(relay)}">'
                    '<button type="submit">Continue</button></form>'
                    '<script>document.getElementById("post").submit()</script>',
                ),
                headers=headers,
            )

    return Handler


@contextmanager
def running(sp_metadata_url: str, hostname: str = "127.0.0.1") -> Iterator[SamlIdentityProvider]:
    idp = SamlIdentityProvider(sp_metadata_url=sp_metadata_url, hostname=hostname)
    idp.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(idp))
    thread = threading.Thread(target=idp.server.serve_forever, daemon=True)
    thread.start()
    try:
        yield idp
    finally:
        idp.server.shutdown()
        idp.server.server_close()


def configure(settings: object, idp: SamlIdentityProvider, site_url: str, folder: Path) -> None:
    """Point the app (through pytest-django's `settings`) at `idp`, as a deployment would: the IdP's
    metadata fetched from it into SAML_IDP_METADATA_FILE, and a key pair of the SP's own."""
    with urllib.request.urlopen(f"{idp.url}/metadata", timeout=10) as answer:  # noqa: S310 - localhost
        (folder / "idp-metadata.xml").write_bytes(answer.read())
    key_pem, cert_pem = key_pair("peer-support.localhost")
    (folder / "sp-key.pem").write_bytes(key_pem)
    (folder / "sp-cert.pem").write_bytes(cert_pem)
    values = {
        "SAML_IDP_METADATA_FILE": str(folder / "idp-metadata.xml"),
        "SAML_IDP_METADATA_URL": "",
        "SAML_SP_ENTITY_ID": f"{site_url}/sso/saml/metadata/",
        "SAML_SP_CERT_FILE": str(folder / "sp-cert.pem"),
        "SAML_SP_KEY_FILE": str(folder / "sp-key.pem"),
        "SAML_EMAIL_ATTRIBUTE": MAIL,
        "SAML_DISPLAY_NAME": "Example University",
        "SAML_MFA_CONTEXTS": [MFA_CONTEXT],
    }
    for name, value in values.items():
        setattr(settings, name, value)
