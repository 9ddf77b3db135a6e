from django.apps import AppConfig


class SupervisionConfig(AppConfig):
    """Contacts, check-ins, supervision sessions, burden, pauses and rosters (SPEC 4.3)."""

    name = "supervision"
