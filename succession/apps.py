from django.apps import AppConfig


class SuccessionConfig(AppConfig):
    """Key roles, successors, handover and the runway forecast (SPEC 4.4)."""

    name = "succession"
