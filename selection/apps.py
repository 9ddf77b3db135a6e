from django.apps import AppConfig


class SelectionConfig(AppConfig):
    """Intakes, rubrics, applications, reviews and decisions (SPEC 4.2)."""

    name = "selection"
