"""The referral directory every program starts with."""

from __future__ import annotations

from program.models import Program, ReferralService, Urgency

# National Australian services, plus a campus counselling entry for the program to complete.
DEFAULT_SERVICES: tuple[dict[str, object], ...] = (
    {
        "name": "Emergency services (000)",
        "when_to_use": "Immediate danger to life: a suicide attempt in progress, serious injury, or someone "
        "who cannot be kept safe right now.",
        "phone": "000",
        "hours": "24 hours, 7 days",
        "available_24_7": True,
        "urgency": Urgency.EMERGENCY,
        "is_national": True,
        "order": 1,
    },
    {
        "name": "Lifeline",
        "when_to_use": "Crisis support and suicide prevention for anyone having a difficult time; "
        "also for supporters who need to talk after a hard contact.",
        "phone": "13 11 14",
        "hours": "24 hours, 7 days",
        "available_24_7": True,
        "urgency": Urgency.CRISIS,
        "website": "https://www.lifeline.org.au",
        "is_national": True,
        "order": 2,
    },
    {
        "name": "Suicide Call Back Service",
        "when_to_use": "Anyone affected by suicide: people with suicidal thoughts, those worried about "
        "someone, and those bereaved by suicide.",
        "phone": "1300 659 467",
        "hours": "24 hours, 7 days",
        "available_24_7": True,
        "urgency": Urgency.CRISIS,
        "website": "https://www.suicidecallbackservice.org.au",
        "is_national": True,
        "order": 3,
    },
    {
        "name": "Campus counselling service",
        "when_to_use": "Free, confidential counselling for enrolled students: stress, low mood, "
        "relationships, study and placement difficulties.",
        "phone": "Ask the program coordinator",
        "hours": "Business hours, Monday to Friday",
        "available_24_7": False,
        "urgency": Urgency.ROUTINE,
        "order": 10,
    },
)


def seed_default_services(program: Program) -> None:
    """Add the default services the program does not have yet (by name)."""
    have = set(ReferralService.objects.filter(program=program).values_list("name", flat=True))
    ReferralService.objects.bulk_create(
        [
            ReferralService(program=program, **service)
            for service in DEFAULT_SERVICES
            if service["name"] not in have
        ]
    )
