from django.apps import AppConfig


class ProgramConfig(AppConfig):
    """Programs, people, training, directory, notifications, audit and the scheduler (SPEC 4.1, 4.7)."""

    name = "program"

    def ready(self) -> None:
        from program import jobs, sign_in_sessions, signals  # noqa: F401  (register signal handlers and scheduler jobs)
