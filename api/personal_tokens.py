"""/api/v1/personal-tokens/: one's own personal access tokens (program/personal_tokens.py).

POST makes one (a name and an expiry at most a year ahead) and answers its secret once; it needs a
signed-in session that passed the second factor when the person has one (a token cannot make another).
GET lists one's tokens without secrets; POST …/{id}/revoke/ revokes one. Anyone else's token answers 404.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.db.models import QuerySet
from django.utils import timezone
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.authentication import SessionAuthentication
from rest_framework.decorators import action
from rest_framework.exceptions import PermissionDenied
from rest_framework.request import Request
from rest_framework.response import Response

from api.permissions import IsSignedIn
from api.serializers import StrictSerializer
from program import mfa, personal_tokens
from program.access import acting_user
from program.models import PersonalAccessToken


class PersonalTokenSerializer(serializers.ModelSerializer):
    active = serializers.SerializerMethodField()

    class Meta:
        model = PersonalAccessToken
        fields = ["id", "name", "prefix", "created_at", "expires_at", "last_used_at", "revoked_at", "active"]
        read_only_fields = fields

    def get_active(self, token: PersonalAccessToken) -> bool:
        """Neither revoked nor expired."""
        return token.revoked_at is None and token.expires_at > timezone.now()


class NewPersonalTokenSerializer(PersonalTokenSerializer):
    token = serializers.CharField(source="secret_value", help_text="The token itself, shown this once.")

    class Meta(PersonalTokenSerializer.Meta):
        fields = [*PersonalTokenSerializer.Meta.fields, "token"]
        read_only_fields = fields


class PersonalTokenInputSerializer(StrictSerializer):
    name = serializers.CharField(max_length=100, help_text="What the token is for, such as a script's name.")
    expires_at = serializers.DateTimeField(help_text="When the token stops working: at most a year ahead.")


@extend_schema_view(
    list=extend_schema(summary="Your personal access tokens (no secrets)"),
    retrieve=extend_schema(summary="One of your personal access tokens"),
)
class PersonalTokenViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    permission_classes = [IsSignedIn]
    serializer_class = PersonalTokenSerializer

    def get_queryset(self) -> QuerySet[PersonalAccessToken]:
        if getattr(self, "swagger_fake_view", False):
            return PersonalAccessToken.objects.none()
        return personal_tokens.tokens_of(acting_user(self.request))

    @extend_schema(
        summary="Make a personal access token (shown once)",
        request=PersonalTokenInputSerializer,
        responses={
            201: NewPersonalTokenSerializer,
            400: OpenApiResponse(description="No name, or an expiry in the past or over a year ahead"),
            403: OpenApiResponse(description="The session did not pass the second factor"),
        },
    )
    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        data = PersonalTokenInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        verified = isinstance(
            request.successful_authenticator, SessionAuthentication
        ) and mfa.session_verified(request._request)
        try:
            made = personal_tokens.create(
                acting_user(request),
                name=data.validated_data["name"],
                expires_at=data.validated_data["expires_at"],
                second_factor_passed=verified,
            )
        except DjangoPermissionDenied as refused:
            raise PermissionDenied(str(refused) or None) from None
        made.token.secret_value = made.secret  # type: ignore[attr-defined]
        return Response(NewPersonalTokenSerializer(made.token).data, status=status.HTTP_201_CREATED)

    @extend_schema(summary="Revoke one of your personal access tokens", request=None)
    @action(detail=True, methods=["post"])
    def revoke(self, request: Request, pk: str | None = None) -> Response:
        token = self.get_object()
        personal_tokens.revoke(token, by=acting_user(request))
        token.refresh_from_db()
        return Response(PersonalTokenSerializer(token).data)
