from django.apps import AppConfig


class SupervisionConfig(AppConfig):
    """Contacts, check-ins, supervision sessions, burden, pauses and rosters (SPEC 4.3)."""

    name = "supervision"

    def ready(self) -> None:
        from program.extensions import (
            DEMO_SEEDERS,
            SCALE_SEEDERS,
            register_nav_action,
            register_nav_link,
            register_panel,
        )
        from program.models import MembershipStatus, Role

        # checks, jobs and signal receivers register on import
        from supervision import demo, jobs, notifications, scale  # noqa: F401
        from supervision.advice import services as advice  # noqa: F401
        from supervision.contacts import checks  # noqa: F401
        from supervision.pauses import services as pauses  # noqa: F401
        from supervision.rosters import scale as roster_scale
        from supervision.rosters import services as rosters
        from supervision.services import ESCALATION_RECIPIENTS, UNSUPERVISED_ESCALATIONS
        from supervision.wellbeing import grants, panels

        DEMO_SEEDERS.append(demo.seed)
        ESCALATION_RECIPIENTS.append(rosters.on_call_supervisors)
        UNSUPERVISED_ESCALATIONS.append(grants.open_debrief_grants)
        SCALE_SEEDERS.append(scale.seed)
        SCALE_SEEDERS.append(roster_scale.seed)
        register_panel(Role.SUPPORTER, "supervision/panels/supporter.html", panels.supporter_panel, order=10)
        register_panel(
            Role.SUPERVISOR, "supervision/panels/supervisor.html", panels.supervisor_panel, order=10
        )
        register_panel(
            Role.COORDINATOR, "supervision/panels/coordinator.html", panels.coordinator_panel, order=10
        )
        # One tap from every page, for active and paused supporters alike (a pause is no bar to help).
        register_nav_link({Role.SUPPORTER}, "Get advice now", "advice-new", order=1, urgent=True, quick=True)
        register_nav_link({Role.SUPERVISOR, Role.COORDINATOR}, "Advice requests", "advice-requests", order=4)
        register_nav_link({Role.SUPPORTER}, "Log a contact", "contact-new", order=10, quick=True)
        register_nav_link(
            {Role.SUPPORTER, Role.SUPERVISOR, Role.COORDINATOR}, "Contacts", "contacts", order=20
        )
        register_nav_link({Role.SUPPORTER}, "Check-in", "checkin", order=30)
        register_nav_link({Role.SUPERVISOR}, "Supporters' load", "burden", order=15)
        register_nav_link({Role.SUPERVISOR, Role.COORDINATOR}, "Sessions", "sessions", order=40)
        register_nav_link({Role.SUPPORTER, Role.SUPERVISOR, Role.COORDINATOR}, "Pauses", "pauses", order=45)
        register_nav_link(
            {Role.SUPPORTER, Role.SUPERVISOR, Role.COORDINATOR}, "On call now", "on-call-now", order=3
        )
        register_nav_link(
            {Role.SUPPORTER, Role.SUPERVISOR, Role.COORDINATOR}, "Roster", "roster-home", order=46
        )
        # One tap from any page (SPEC 4.3: the supporter asks to pause — immediate, no questions).
        register_nav_action(Role.SUPPORTER, MembershipStatus.ACTIVE, "Pause me", "pause-self")
