from django.apps import AppConfig


class ApiConfig(AppConfig):
    """The REST API under /api/v1/ (SPEC 4.5)."""

    name = "api"
