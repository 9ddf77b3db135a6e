from django.apps import AppConfig


class ApiConfig(AppConfig):
    """The REST API under /api/v1/ (SPEC 4.5)."""

    name = "api"

    def ready(self) -> None:
        from django.db import models
        from rest_framework import serializers

        from api import fields

        # Every model serializer's date and date-time inputs get the sane range, not only the ones
        # declared by hand (those use api.fields directly).
        serializers.ModelSerializer.serializer_field_mapping[models.DateField] = fields.DateField
        serializers.ModelSerializer.serializer_field_mapping[models.DateTimeField] = fields.DateTimeField
