"""Benchmark succession data (SPEC 5); `seed_scale` runs `seed` via SCALE_SEEDERS.

Every program gets the five default key roles plus up to three more (the count varies by program, so
the continuity dashboard's query count can be compared across programs of different sizes), each held
by one or two of its supervisors and coordinators with one or two successors among its supporters,
and a knowledge base of 10 to 30 documents with one to three versions each, some stale.
Rows go in with bulk_create.
"""

from __future__ import annotations

from datetime import timedelta

from program.extensions import ScaleSeed
from program.models import Role
from succession.models import (
    ChecklistItem,
    Document,
    DocumentVersion,
    KeyRole,
    KeyRoleHolder,
    Readiness,
    Successor,
)
from succession.services import DEFAULT_CHECKLISTS, DEFAULT_KEY_ROLES

EXTRA_ROLES = ("Outreach lead", "Sponsor liaison", "Wellbeing champion")
BATCH = 2000


def seed(scale: ScaleSeed) -> None:
    today, rng = scale.today, scale.rng
    roles: list[KeyRole] = []
    for index, program in enumerate(scale.programs):
        specs = [*DEFAULT_KEY_ROLES, *(("other", name) for name in EXTRA_ROLES[: index % 4])]
        roles.extend(KeyRole(program=program, kind=kind, name=name) for kind, name in specs)
    roles = KeyRole.objects.bulk_create(roles, batch_size=BATCH)
    ChecklistItem.objects.bulk_create(
        [
            ChecklistItem(key_role=role, order=n, text=text)
            for role in roles
            for n, text in enumerate(DEFAULT_CHECKLISTS[role.kind], 1)
        ],
        batch_size=BATCH,
    )
    holders, successors = [], []
    by_program: dict[int, list[KeyRole]] = {}
    for role in roles:
        by_program.setdefault(role.program_id, []).append(role)
    for program in scale.programs:
        members = scale.members[program.pk]
        staff = members.get(Role.COORDINATOR, []) + members.get(Role.SUPERVISOR, [])
        supporters = members.get(Role.SUPPORTER, [])
        coordinator = members[Role.COORDINATOR][0].user
        for role in by_program[program.pk]:
            for holder in rng.sample(staff, k=min(len(staff), rng.choice((1, 1, 2)))):
                holders.append(
                    KeyRoleHolder(
                        key_role=role,
                        membership=holder,
                        starts_on=today - timedelta(days=rng.randrange(30, 900)),
                        term_ends_on=today + timedelta(days=rng.randrange(30, 900)),
                    )
                )
            for nominee in rng.sample(supporters, k=min(len(supporters), rng.choice((0, 1, 2)))):
                successors.append(
                    Successor(
                        key_role=role,
                        membership=nominee,
                        readiness=rng.choice(Readiness.values),
                        nominated_by=coordinator,
                    )
                )
        documents = Document.objects.bulk_create(
            [
                Document(
                    program=program,
                    title=f"Program document {n + 1}",
                    kind=rng.choice(("handbook", "referral_pathways", "training", "local_contacts", "other")),
                    owner=rng.choice(staff),
                    last_reviewed_on=today - timedelta(days=rng.randrange(0, 540)),
                )
                for n in range(10 + 10 * (program.pk % 3))
            ]
        )
        versions = []
        for document in documents:
            for number in range(1, rng.randrange(1, 4) + 1):
                content = f"{document.title}, version {number}.\n".encode()
                versions.append(
                    DocumentVersion(
                        document=document,
                        number=number,
                        filename="document.md",
                        content_type="text/markdown",
                        size=len(content),
                        content=content,
                        uploaded_by=document.owner.user,
                    )
                )
        DocumentVersion.objects.bulk_create(versions, batch_size=BATCH)
        scale.counts["documents"] = scale.counts.get("documents", 0) + len(documents)
    KeyRoleHolder.objects.bulk_create(holders, batch_size=BATCH)
    Successor.objects.bulk_create(successors, batch_size=BATCH)
    scale.counts["key roles"] = len(roles)
