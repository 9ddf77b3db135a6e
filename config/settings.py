"""Settings for the peer-support program manager.

Everything that differs between a laptop and a deployment comes from the
environment (see config/env.py and the README's deployment section). The
defaults are for development: DEBUG on, SQLite under the repository, email to
the console. With DEBUG off, SECRET_KEY is required and the HTTPS hardening
below switches on, so `manage.py check --deploy` is clean.
"""

from __future__ import annotations

import base64
import hashlib
import zoneinfo
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE as CSP_NONE
from csp.constants import SELF as CSP_SELF
from django.core.exceptions import ImproperlyConfigured

from config.env import env_bool, env_int, env_list, env_secret, env_secret_file, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DEBUG", True)

_secret_key = env_secret("SECRET_KEY")
if _secret_key is None:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY (or SECRET_KEY_FILE) is required when DEBUG is off.")
    _secret_key = "development-only-insecure-key-do-not-use-in-production-0123456789"  # noqa: S105
SECRET_KEY = _secret_key

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]", "testserver"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
SITE_URL = env_str("SITE_URL", "http://localhost:8000").rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "guardian",
    "axes",
    # Domain apps, in the one direction imports may point.
    "program",
    "selection",
    "supervision",
    "succession",
    "api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Above WhiteNoise so static files carry the policy too.
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Marks a session seen and signs out one that was ended (program/sign_in_sessions.py).
    "program.sign_in_sessions.SessionActivityMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "program.middleware.RequestContextMiddleware",
    # A person who must enrol a second factor reaches the enrolment page and nothing else.
    "program.mfa.EnrolmentRequiredMiddleware",
    # Axes last: it reads the outcome of authentication further up.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "program.context_processors.navigation",
            ],
            # Date shapes Django has no filter for, on every page and PDF without a {% load %}.
            "builtins": ["program.templatetags.dates"],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60, minimum=0),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A busy timeout lets the web process and the scheduler share the file; IMMEDIATE transactions take
    # the write lock up front, so two writers wait for each other instead of failing with "database is
    # locked" when both try to upgrade a read to a write.
    DATABASES["default"]["OPTIONS"] = {"timeout": 20, "transaction_mode": "IMMEDIATE"}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "guardian.backends.ObjectPermissionBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "login"

# django-guardian: no anonymous user object; nobody is granted anything implicitly.
ANONYMOUS_USER_NAME = None
GUARDIAN_RAISE_403 = False

# django-axes: lock a (username, address) pair after repeated failures, and an address after many
# failures across usernames (program.sign_in). Never a username alone, so a stranger elsewhere cannot
# lock anyone out; locks last a short cool-off. See docs/privacy.md, "Sign-in protection".
AXES_HANDLER = "program.sign_in.SignInAttemptHandler"
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5, minimum=1)
SIGN_IN_ADDRESS_FAILURE_LIMIT = env_int("SIGN_IN_ADDRESS_FAILURE_LIMIT", 20, minimum=1)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15, minimum=1))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "program.middleware.client_ip"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "program.views.auth.lockout_response"
AXES_VERBOSE = False

# Second factor (program/mfa.py): people holding a current membership in one of these roles must enrol an
# authenticator app before they reach anything. Everyone else may enrol. Empty with DEBUG on, so the demo
# keeps password sign-in; set MFA_REQUIRED_ROLES="" to require no one.
MFA_REQUIRED_ROLES = env_list("MFA_REQUIRED_ROLES", [] if DEBUG else ["coordinator", "supervisor"])
# Sign-in through the institution's OpenID Connect provider (program/oidc.py). Off unless OIDC_ISSUER is
# set; the endpoints and signing keys come from <issuer>/.well-known/openid-configuration. The client
# secret is read only from a file. Signing in this way gives no role (docs/permissions.md).
OIDC_ISSUER = env_str("OIDC_ISSUER", "").strip()
OIDC_CLIENT_ID = env_str("OIDC_CLIENT_ID", "").strip()
OIDC_CLIENT_SECRET = env_secret_file("OIDC_CLIENT_SECRET") or ""
OIDC_SCOPES = " ".join(env_str("OIDC_SCOPES", "openid email profile").split())
OIDC_EMAIL_CLAIM = env_str("OIDC_EMAIL_CLAIM", "email").strip()
# The boolean claim saying the provider verified that address (Entra ID: its optional claim `xms_edov`).
OIDC_EMAIL_VERIFIED_CLAIM = env_str("OIDC_EMAIL_VERIFIED_CLAIM", "email_verified").strip()
OIDC_DISPLAY_NAME = env_str("OIDC_DISPLAY_NAME", "your institution").strip()
# `acr` values after which the provider has done a second factor (besides an `amr` that says so).
OIDC_MFA_ACR_VALUES = env_list("OIDC_MFA_ACR_VALUES", [])
OIDC_TIMEOUT_SECONDS = env_int("OIDC_TIMEOUT_SECONDS", 10, minimum=1)
if OIDC_ISSUER:
    if not OIDC_ISSUER.startswith(("https://", "http://")):
        raise ImproperlyConfigured(f"OIDC_ISSUER must be an https:// URL, not {OIDC_ISSUER!r}.")
    if not DEBUG and not OIDC_ISSUER.startswith("https://"):
        raise ImproperlyConfigured("OIDC_ISSUER must use https:// when DEBUG is off.")
    if not OIDC_CLIENT_ID or not OIDC_CLIENT_SECRET:
        raise ImproperlyConfigured(
            "OIDC_ISSUER is set: OIDC_CLIENT_ID and OIDC_CLIENT_SECRET_FILE are required."
        )
    if "openid" not in OIDC_SCOPES.split():
        raise ImproperlyConfigured(f"OIDC_SCOPES must include openid, not {OIDC_SCOPES!r}.")
    if not OIDC_EMAIL_CLAIM or not OIDC_EMAIL_VERIFIED_CLAIM:
        raise ImproperlyConfigured("OIDC_EMAIL_CLAIM and OIDC_EMAIL_VERIFIED_CLAIM must name claims.")
# Passkeys (program/passkeys.py): the relying party is the site's host name (no port) and the origin the
# browser shows (scheme, host and port). DEBUG defaults fit `make run` opened at http://localhost:8000
# (browsers take no IP address as a relying party); in production passkeys are offered once both are set.
WEBAUTHN_RP_ID = env_str("WEBAUTHN_RP_ID", "localhost" if DEBUG else "")
WEBAUTHN_ORIGIN = env_str("WEBAUTHN_ORIGIN", "http://localhost:8000" if DEBUG else "")
# Personal access tokens (program/personal_tokens.py) live at most this long.
PERSONAL_TOKEN_MAX_DAYS = env_int("PERSONAL_TOKEN_MAX_DAYS", 365, minimum=1)

# SAML 2.0 sign-in through the institution's identity provider (program/saml.py; README "SAML"). Off
# unless the IdP's metadata is given (a file, or a URL fetched when first needed).
SAML_IDP_METADATA_FILE = env_str("SAML_IDP_METADATA_FILE", "")
SAML_IDP_METADATA_URL = env_str("SAML_IDP_METADATA_URL", "")
if SAML_IDP_METADATA_FILE and SAML_IDP_METADATA_URL:
    raise ImproperlyConfigured("Set only one of SAML_IDP_METADATA_FILE and SAML_IDP_METADATA_URL.")
# This service's entity id, registered with the IdP or federation; by default its metadata's URL.
SAML_SP_ENTITY_ID = env_str("SAML_SP_ENTITY_ID", f"{SITE_URL}/sso/saml/metadata/")
# The key pair this service signs its requests with and the IdP encrypts assertions to (optional, but
# federations such as the AAF expect one).
SAML_SP_CERT_FILE = env_str("SAML_SP_CERT_FILE", "")
SAML_SP_KEY_FILE = env_str("SAML_SP_KEY_FILE", "")
if bool(SAML_SP_CERT_FILE) != bool(SAML_SP_KEY_FILE):
    raise ImproperlyConfigured("Set both SAML_SP_CERT_FILE and SAML_SP_KEY_FILE, or neither.")
# The attribute holding the person's e-mail address (default eduPerson/inetOrgPerson `mail`).
SAML_EMAIL_ATTRIBUTE = env_str("SAML_EMAIL_ATTRIBUTE", "urn:oid:0.9.2342.19200300.100.1.3")
# The sign-in button says "Sign in with <this>".
SAML_DISPLAY_NAME = env_str("SAML_DISPLAY_NAME", "your institution")
# AuthnContextClassRef values meaning the IdP checked a second factor; such a sign-in is not asked again.
SAML_MFA_CONTEXTS = env_list("SAML_MFA_CONTEXTS", ["https://refeds.org/profile/mfa"])

LANGUAGE_CODE = "en-au"
TIME_ZONE = env_str("TIME_ZONE", "Australia/Sydney")
if TIME_ZONE not in zoneinfo.available_timezones():
    raise ImproperlyConfigured(f"TIME_ZONE={TIME_ZONE!r} is not a known time zone.")
USE_I18N = True
USE_TZ = True
# Dates and times read day-first with a 24-hour clock (config/formats/en_AU/formats.py). The plain
# settings below are what Django falls back to when no language is active (translation.override(None)),
# so even then nothing renders as "Dec. 4, 2026".
FORMAT_MODULE_PATH = ["config.formats"]
DATE_FORMAT = "j M Y"
DATETIME_FORMAT = "j M Y, H:i"
SHORT_DATE_FORMAT = "j M Y"
SHORT_DATETIME_FORMAT = "j M Y, H:i"
TIME_FORMAT = "H:i"
MONTH_DAY_FORMAT = "j M"
YEAR_MONTH_FORMAT = "M Y"

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
# build/static: the compiled stylesheet and GOV.UK Frontend's script, from `make assets` (docs/design.md).
STATICFILES_DIRS = [BASE_DIR / "static", BASE_DIR / "build" / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = DEBUG
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))

# Email: console by default; SMTP when EMAIL_HOST is set.
EMAIL_HOST = env_str("EMAIL_HOST", "")
EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_PORT = env_int("EMAIL_PORT", 587, minimum=1)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_secret("EMAIL_HOST_PASSWORD") or ""
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Peer support <no-reply@localhost>")
# A mail server that accepts the connection and then says nothing must not hold the outbox worker.
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 30, minimum=1)

# The outbox (program/outbox.py): messages are queued with their event and delivered by the scheduler
# process. A failed attempt is retried after base * 2^(attempts - 1) seconds (at most the cap), half
# of it random, until OUTBOX_MAX_ATTEMPTS; a permanent refusal (SMTP 5xx) fails at once.
OUTBOX_MAX_ATTEMPTS = env_int("OUTBOX_MAX_ATTEMPTS", 10, minimum=1)
OUTBOX_RETRY_BASE_SECONDS = env_int("OUTBOX_RETRY_BASE_SECONDS", 30, minimum=1)
OUTBOX_RETRY_MAX_SECONDS = env_int("OUTBOX_RETRY_MAX_SECONDS", 3600, minimum=1)
OUTBOX_POLL_SECONDS = env_int("OUTBOX_POLL_SECONDS", 2, minimum=1)
OUTBOX_BATCH_SIZE = env_int("OUTBOX_BATCH_SIZE", 50, minimum=1)
# A claimed batch not finished within this is taken over by another worker (its own worker died).
OUTBOX_LEASE_SECONDS = env_int("OUTBOX_LEASE_SECONDS", 600, minimum=60)

# Web Push (program/push.py). VAPID_PRIVATE_KEY is the server's P-256 key: a PEM, the base64url raw or DER
# key that `vapid --gen` or py-vapid prints, or the path of a PEM file (VAPID_PRIVATE_KEY_FILE also
# works). VAPID_PUBLIC_KEY is derived from it when not given (and must match it when given). Push
# services may contact VAPID_SUBJECT (a mailto: or https: URL) about misbehaving senders. With no key
# and DEBUG on, a key pair is generated on first use and kept in VAPID_DEVELOPMENT_KEY_FILE, so `make
# run` works with nothing configured; with no key and DEBUG off, Web Push is off.
VAPID_PRIVATE_KEY = env_secret("VAPID_PRIVATE_KEY") or ""
VAPID_PUBLIC_KEY = env_str("VAPID_PUBLIC_KEY", "").strip()
VAPID_SUBJECT = env_str(
    "VAPID_SUBJECT", "mailto:" + DEFAULT_FROM_EMAIL.rsplit("<", 1)[-1].rstrip(">").strip()
)
VAPID_DEVELOPMENT_KEY_FILE = Path(
    env_str("VAPID_DEVELOPMENT_KEY_FILE", str(BASE_DIR / "var" / "vapid-development-key.pem"))
)
# How long a push service keeps a message for a phone that is off (seconds), and how long we wait for it.
PUSH_TTL_SECONDS = env_int("PUSH_TTL_SECONDS", 24 * 60 * 60, minimum=0)
PUSH_TIMEOUT_SECONDS = env_int("PUSH_TIMEOUT_SECONDS", 10, minimum=1)
# Real push services are HTTPS; a subscription naming a plain-HTTP endpoint is refused unless this is on
# (tests run a push service on localhost).
PUSH_ALLOW_HTTP_ENDPOINTS = env_bool("PUSH_ALLOW_HTTP_ENDPOINTS", False)

# SMS/voice (program/sms.py): one JSON webhook any provider can sit behind. Urgent kinds only, to staff
# with a phone number. Each request is signed with HMAC-SHA256 under SMS_WEBHOOK_SECRET (see the README).
SMS_WEBHOOK_URL = env_str("SMS_WEBHOOK_URL", "").strip()
SMS_WEBHOOK_SECRET = env_secret("SMS_WEBHOOK_SECRET") or ""
SMS_WEBHOOK_TIMEOUT_SECONDS = env_int("SMS_WEBHOOK_TIMEOUT_SECONDS", 10, minimum=1)
if SMS_WEBHOOK_URL and len(SMS_WEBHOOK_SECRET) < 32:
    raise ImproperlyConfigured("SMS_WEBHOOK_URL needs SMS_WEBHOOK_SECRET (at least 32 characters).")

# Sessions and CSRF: short-lived, HTTP-only, same-site; secure cookies off DEBUG.
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 8 * 60 * 60, minimum=300)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Content-Security-Policy (django-csp) on every response: scripts, styles and everything else only from
# this site's own files, nothing inline, so injected markup cannot run or restyle anything. Pages keep
# their scripts in static/js and their styles in one stylesheet (frontend/*.scss, docs/design.md);
# GOV.UK Frontend's script is a module file started from static/js/govuk-init.mjs. The API docs page
# relaxes styles for itself only (config/urls.py).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [CSP_SELF],
        "script-src": [CSP_SELF],
        "style-src": [CSP_SELF],
        "img-src": [CSP_SELF],
        "font-src": [CSP_SELF],
        "connect-src": [CSP_SELF],
        "object-src": [CSP_NONE],
        "base-uri": [CSP_NONE],
        "form-action": [CSP_SELF],
        "frame-ancestors": [CSP_NONE],
    }
}
if not DEBUG:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000, minimum=0)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
    if env_bool("BEHIND_TLS_PROXY", False):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Narrative encryption keys (Fernet), newest first; see supervision/contacts/crypto.py. Required with DEBUG
# off (a deploy check says so); in development a key is derived from the development SECRET_KEY.
NARRATIVE_KEYS = [key.strip() for key in (env_secret("NARRATIVE_KEYS") or "").split(",") if key.strip()]
if not NARRATIVE_KEYS and DEBUG:
    NARRATIVE_KEYS = [
        base64.urlsafe_b64encode(hashlib.sha256(f"narratives:{SECRET_KEY}".encode()).digest()).decode()
    ]

# The client address (audit trail, sign-in throttling; program.middleware.client_ip) comes from
# CLIENT_IP_HEADER only when TRUSTED_PROXY_COUNT proxies we run sit in front and each append to it;
# with 0 the header is ignored, since any client can send one. AUDIT_TRUST_X_FORWARDED_FOR=true is
# the older spelling of one proxy.
TRUSTED_PROXY_COUNT = env_int(
    "TRUSTED_PROXY_COUNT", 1 if env_bool("AUDIT_TRUST_X_FORWARDED_FOR", False) else 0, minimum=0
)
# Given as the HTTP header (X-Real-IP) or as Django's request.META key (HTTP_X_REAL_IP).
CLIENT_IP_HEADER = env_str("CLIENT_IP_HEADER", "X-Forwarded-For").strip().upper().replace("-", "_")
if not CLIENT_IP_HEADER.startswith("HTTP_"):
    CLIENT_IP_HEADER = f"HTTP_{CLIENT_IP_HEADER}"

# How often a waiting advice request's page re-reads its status (static/js/live-status.js).
ADVICE_STATUS_REFRESH_SECONDS = env_int("ADVICE_STATUS_REFRESH_SECONDS", 15, minimum=1)

# Scheduler leases (program.scheduler): a running job's scheduler renews its lease every
# SCHEDULER_HEARTBEAT_SECONDS; once SCHEDULER_LEASE_SECONDS pass without renewal (the process died or
# hung) another scheduler takes the run over, at most SCHEDULER_MAX_ATTEMPTS times in all per run (a job
# that kills its process every time must not kill every scheduler in turn for ever).
SCHEDULER_LEASE_SECONDS = env_int("SCHEDULER_LEASE_SECONDS", 120, minimum=2)
SCHEDULER_HEARTBEAT_SECONDS = env_int("SCHEDULER_HEARTBEAT_SECONDS", 30, minimum=1)
SCHEDULER_MAX_ATTEMPTS = env_int("SCHEDULER_MAX_ATTEMPTS", 3, minimum=1)
if SCHEDULER_HEARTBEAT_SECONDS * 2 > SCHEDULER_LEASE_SECONDS:
    # One late heartbeat (a busy database, a pause) must not cost a live holder its run.
    raise ImproperlyConfigured(
        "SCHEDULER_HEARTBEAT_SECONDS must be at most half of SCHEDULER_LEASE_SECONDS "
        f"(now {SCHEDULER_HEARTBEAT_SECONDS} and {SCHEDULER_LEASE_SECONDS})."
    )

# Housekeeping (program/jobs.py `housekeeping_purge`, nightly): finished job runs and finished deliveries
# are records for operators, not for ever. The advice escalation alone runs four times a minute; kept for
# ever, its runs would reach two million rows a year. The latest run of each job is always kept (a
# scheduler's catch-up at start-up reads it).
JOB_RUN_RETENTION_DAYS = env_int("JOB_RUN_RETENTION_DAYS", 30, minimum=1)
DELIVERY_RETENTION_DAYS = env_int("DELIVERY_RETENTION_DAYS", 90, minimum=1)

REST_FRAMEWORK = {
    # Token first so an unauthenticated request gets 401 with a `WWW-Authenticate: Token` challenge.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "api.authentication.PasswordTokenAuthentication",
        "api.authentication.PersonalTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    # Fail closed: a view that forgets to declare its permissions refuses everyone.
    "DEFAULT_PERMISSION_CLASSES": ["api.permissions.NoPermissionDeclared"],
    "DEFAULT_PAGINATION_CLASS": "api.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "api.errors.exception_handler",
    # DRF's own JSON parser plus a depth limit (api/parsers.py); forms as DRF has them by default.
    "DEFAULT_PARSER_CLASSES": [
        "api.parsers.JSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]
    + (["rest_framework.renderers.BrowsableAPIRenderer"] if DEBUG else []),
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Peer-support program manager API",
    "DESCRIPTION": (
        "Programs, memberships, training, the referral directory, notifications and the audit trail. "
        "Authenticate with a session, with `Authorization: Bearer <token>` using a personal access token "
        "(`/api/v1/personal-tokens/`), or with `Authorization: Token <token>` from "
        "`POST /api/v1/auth/token/` (people who need no second factor). "
        "Objects outside your scope answer 404. Errors share one format: "
        '`{"error": {"status": 400, "code": "invalid", "message": "...", "fields": {"name": ["..."]}}}`.'
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "api.schema.add_error_responses",
    ],
    "ENUM_NAME_OVERRIDES": {
        "MembershipRoleEnum": "program.models.Role.choices",
        "MembershipStatusEnum": "program.models.MembershipStatus.choices",
        "AuditActionEnum": "program.models.AuditAction.choices",
        "UrgencyEnum": "program.models.Urgency.choices",
        "ContactStatusEnum": "supervision.models.ContactStatus.choices",
        "RiskLevelEnum": "supervision.models.RiskLevel.choices",
        "PauseActionEnum": "supervision.models.PauseAction.choices",
        "RosterRoleEnum": "supervision.models.RosterRole.choices",
        "SwapStatusEnum": "supervision.models.SwapStatus.choices",
        "ApplicationStatusEnum": "selection.models.ApplicationStatus.choices",
        "CriterionKindEnum": "selection.models.CriterionKind.choices",
        "SessionKindEnum": "supervision.models.SessionKind.choices",
        "ContactChannelEnum": "supervision.models.Channel.choices",
        "DeliveryChannelEnum": "program.models.DeliveryChannel.choices",
        "DeliveryStatusEnum": "program.models.DeliveryStatus.choices",
        "AdviceUrgencyEnum": "supervision.models.AdviceUrgency.choices",
        "AdviceStatusEnum": "supervision.models.AdviceStatus.choices",
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        # Request bodies never reach the log; only the status line does.
        "django.request": {"level": "ERROR"},
        "apscheduler": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}
