from django.apps import AppConfig


class SuccessionConfig(AppConfig):
    """Key roles, successors, handover, the knowledge base, the runway forecast, continuity and the
    program report (SPEC 4.4, 4.6)."""

    name = "succession"

    def ready(self) -> None:
        # Registrations with program.extensions (pages, navigation, demo and scale data, jobs) go here.
        from program.extensions import DEMO_SEEDERS, SCALE_SEEDERS
        from succession import demo, jobs, scale, services  # noqa: F401  (jobs, receivers register on import)

        # Data: demo (after selection's and supervision's, whose people and intake it builds on).
        DEMO_SEEDERS.append(demo.seed)
        SCALE_SEEDERS.append(scale.seed)

        # Pages: navigation (succession/views.py). The continuity dashboard is the coordinators';
        # the knowledge base is for everyone doing program work (SPEC 4.4).
        from program.extensions import register_nav_link
        from program.models import Role

        register_nav_link({Role.COORDINATOR}, "Continuity", "continuity", order=60)
        # The program report is the sponsors' view of the program: aggregates only, perturbed and suppressed.
        register_nav_link({Role.COORDINATOR, Role.SPONSOR}, "Program report", "program-report", order=62)
        register_nav_link(
            {Role.COORDINATOR, Role.SUPERVISOR, Role.SUPPORTER, Role.REVIEWER},
            "Documents",
            "documents",
            order=65,
        )
