"""API authentication: personal access tokens (Bearer) and the password-for-token tokens (Token).

Password-for-token (`POST /api/v1/auth/token/`) is for people who need no second factor; a token of
someone who has since enrolled, or whose role now requires one, is refused, so the password alone
never reaches the API for them. Their scripts use personal access tokens (program/personal_tokens.py).
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import exceptions
from rest_framework.authentication import BaseAuthentication, TokenAuthentication, get_authorization_header
from rest_framework.authtoken.models import Token
from rest_framework.request import Request

from program import mfa, personal_tokens


class PasswordTokenAuthentication(TokenAuthentication):
    """DRF's `Authorization: Token <key>`, refused for people who use a second factor."""

    def authenticate_credentials(self, key: str) -> tuple[Any, Any]:
        # One query, as DRF's own: the token, its user and whether they use a second factor.
        token = (
            Token.objects.select_related("user")
            .annotate(**mfa.second_factor_annotations())
            .filter(key=key)
            .first()
        )
        if token is None:
            raise exceptions.AuthenticationFailed("Invalid token.")
        if not token.user.is_active:
            raise exceptions.AuthenticationFailed("User inactive or deleted.")
        if token.has_device or token.is_required:  # type: ignore[attr-defined]
            raise exceptions.AuthenticationFailed(
                "Your account uses a second factor, so password tokens no longer work for it. "
                "Use a personal access token (/api/v1/personal-tokens/) as `Authorization: Bearer <token>`."
            )
        return token.user, token


class PersonalTokenAuthentication(BaseAuthentication):
    """`Authorization: Bearer <personal access token>`; expired and revoked tokens answer 401."""

    keyword = "Bearer"

    def authenticate(self, request: Request) -> tuple[Any, Any] | None:
        parts = get_authorization_header(request).split()
        if not parts or parts[0].lower() != self.keyword.lower().encode():
            return None
        if len(parts) != 2:
            raise exceptions.AuthenticationFailed("Invalid Bearer header: give one token after `Bearer`.")
        try:
            secret = parts[1].decode()
        except UnicodeError:
            raise exceptions.AuthenticationFailed("Invalid personal access token.") from None
        try:
            token = personal_tokens.authenticate(secret)
        except personal_tokens.TokenRefused as refused:
            raise exceptions.AuthenticationFailed(refused.message) from None
        return token.user, token

    def authenticate_header(self, request: Request) -> str:
        return self.keyword


class PersonalTokenScheme(OpenApiAuthenticationExtension):
    target_class = "api.authentication.PersonalTokenAuthentication"
    name = "personalToken"

    def get_security_definition(self, auto_schema: Any) -> dict[str, str]:
        return {
            "type": "http",
            "scheme": "bearer",
            "description": "A personal access token from /api/v1/personal-tokens/ (shown once when made).",
        }
