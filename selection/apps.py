from django.apps import AppConfig


class SelectionConfig(AppConfig):
    """Intakes, rubrics, applications, reviews and decisions (SPEC 4.2)."""

    name = "selection"

    def ready(self) -> None:
        from program.extensions import DEMO_SEEDERS, SCALE_SEEDERS, register_landing, register_nav_link
        from program.models import Role
        from selection import demo, jobs, scale, selectors  # noqa: F401  (jobs: scheduler jobs)

        DEMO_SEEDERS.append(demo.seed)
        SCALE_SEEDERS.append(scale.seed)
        register_nav_link(
            {Role.COORDINATOR, Role.REVIEWER, Role.SUPERVISOR}, "Selection", "intakes", order=50
        )
        register_nav_link({Role.APPLICANT}, "Apply", "intakes", order=5)
        register_landing(selectors.open_offer_path)
