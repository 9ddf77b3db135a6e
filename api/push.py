"""POST/GET/DELETE /api/v1/push-subscriptions/: one's own Web Push subscriptions (program/push.py).

POST takes what the browser's `PushSubscription.toJSON()` gives (`endpoint`, `keys.p256dh`,
`keys.auth`, and `expirationTime`, which is ignored) and answers 201 for a new device, 200 for one
already known. Only staff and supporters with a current membership may subscribe (403 otherwise). Every
caller lists only their own subscriptions; anyone else's answers 404, as if it did not exist.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.exceptions import PermissionDenied
from rest_framework.request import Request
from rest_framework.response import Response

from api.permissions import IsSignedIn
from api.serializers import StrictSerializer
from program import push
from program.access import acting_user
from program.models import PushSubscription


class PushSubscriptionSerializer(serializers.ModelSerializer):
    active = serializers.SerializerMethodField()

    class Meta:
        model = PushSubscription
        # The keys are the browser's secrets: taken, never shown back.
        fields = ["id", "endpoint", "active", "created_at", "last_success_at", "disabled_at"]
        read_only_fields = fields

    def get_active(self, subscription: PushSubscription) -> bool:
        """False once the push service said the subscription is gone (404/410)."""
        return subscription.disabled_at is None


class PushKeysSerializer(StrictSerializer):
    p256dh = serializers.CharField(max_length=100, help_text="The browser's P-256 public key, base64url.")
    auth = serializers.CharField(max_length=50, help_text="The browser's 16-byte auth secret, base64url.")


class PushSubscriptionCreateSerializer(StrictSerializer):
    endpoint = serializers.URLField(max_length=1000)
    keys = PushKeysSerializer()
    expirationTime = serializers.IntegerField(  # the browser's own name
        required=False, allow_null=True, help_text="As the browser gives it; ignored."
    )


@extend_schema_view(
    list=extend_schema(summary="Your own devices with notifications turned on"),
    retrieve=extend_schema(summary="One of your devices (anyone else's: 404)"),
    destroy=extend_schema(summary="Turn notifications off for one of your devices (anyone else's: 404)"),
    create=extend_schema(
        summary="Turn notifications on for this device (staff and supporters)",
        request=PushSubscriptionCreateSerializer,
        responses={200: PushSubscriptionSerializer, 201: PushSubscriptionSerializer},
    ),
)
class PushSubscriptionViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet,
):
    serializer_class = PushSubscriptionSerializer
    permission_classes = [IsSignedIn]

    def get_queryset(self) -> QuerySet[PushSubscription]:
        return push.subscriptions_of(self.request.user)

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        user = acting_user(request)
        if not push.may_subscribe(user):
            raise PermissionDenied(
                "Notifications on a device are for a program's current staff and supporters"
                + ("." if push.enabled() else ", and Web Push is not set up on this server.")
            )
        incoming = PushSubscriptionCreateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = incoming.validated_data
        found, created = push.subscribe(
            user, endpoint=data["endpoint"], p256dh=data["keys"]["p256dh"], auth=data["keys"]["auth"]
        )
        return Response(
            PushSubscriptionSerializer(found).data,
            status=status.HTTP_201_CREATED if created else status.HTTP_200_OK,
        )

    def perform_destroy(self, instance: PushSubscription) -> None:
        push.unsubscribe(instance)
