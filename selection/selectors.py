"""Selectors for selection: fetching paired with authorisation.

- Applicants see their own applications (and, with the applicant role, their programs' intakes).
- Reviewers see the applications they are assigned to, unless they declared a conflict; others'
  scores only after submitting their own (independent review); never the vulnerability declaration.
- Coordinators see everything of their programs' intakes; reading a declaration is audited.
- Reviews and applications hang on the user's account, not a membership: an applicant's own
  application is read only within programs where they still hold a current role
  (`programs_visible_to`), and a review only while they still hold a current role that may review
  (`REVIEWING_ROLES`), so someone who has left the program, or left the panel but stayed as a sponsor
  or supporter, reads none of them (SPEC 3.8).
"""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet
from django.urls import reverse

from program.models import Role
from program.selectors import AnyUser, own_memberships, programs_visible_to, programs_with
from selection.models import Application, ApplicationStatus, Decision, Intake, Review

# Who may sit on a review panel (selection.services._set_reviewers enforces the same when assigning).
REVIEWING_ROLES = (Role.COORDINATOR, Role.SUPERVISOR, Role.REVIEWER)


def _signed_in(user: AnyUser) -> bool:
    return bool(user.is_authenticated and user.is_active)


def _reviewing_programs(user: AnyUser) -> QuerySet[Any]:
    """Programs where the user currently holds a role that may review."""
    return own_memberships(user, *REVIEWING_ROLES).values("program_id")


def coordinated_intakes(user: AnyUser) -> QuerySet[Intake]:
    return Intake.objects.filter(program__in=programs_with(user, "manage_program"))


def intakes_visible_to(user: AnyUser) -> QuerySet[Intake]:
    """Intakes of programs the user coordinates, intakes they review, and their programs' intakes if
    applicant."""
    if not _signed_in(user):
        return Intake.objects.none()
    # A subquery, not a join in the OR below, so an intake with several reviewers is listed once.
    reviewing = Intake.objects.filter(Q(reviewers=user), program__in=_reviewing_programs(user)).values("pk")
    return Intake.objects.filter(
        Q(program__in=programs_with(user, "manage_program"))
        | Q(pk__in=reviewing)
        | Q(program__in=own_memberships(user, Role.APPLICANT).values("program_id"))
    )


def applications_visible_to(user: AnyUser) -> QuerySet[Application]:
    if not _signed_in(user):
        return Application.objects.none()
    return Application.objects.filter(
        Q(applicant_id=user.pk, intake__program__in=programs_visible_to(user))
        | Q(intake__program__in=programs_with(user, "manage_program"))
        | Q(pk__in=_own_reviews(user).filter(conflict_declared_at__isnull=True).values("application_id"))
    )


def _own_reviews(user: AnyUser) -> QuerySet[Review]:
    """The user's reviews in programs where they still hold a current role that may review."""
    return Review.objects.filter(
        reviewer_id=user.pk, application__intake__program__in=_reviewing_programs(user)
    )


def is_coordinator_of(user: AnyUser, intake: Intake) -> bool:
    return programs_with(user, "manage_program").filter(pk=intake.program_id).exists()


def own_review(user: AnyUser, application: Application) -> Review | None:
    if not _signed_in(user):
        return None
    return _own_reviews(user).filter(application=application).first()


def may_see_all_scores(user: AnyUser, application: Application) -> bool:
    """Coordinators, and reviewers who have submitted their own review (independent review)."""
    if is_coordinator_of(user, application.intake):
        return True
    review = own_review(user, application)
    return review is not None and review.submitted_at is not None and review.conflict_declared_at is None


def reviews_visible_to(user: AnyUser) -> QuerySet[Review]:
    """Own reviews, and all reviews of intakes the user coordinates."""
    if not _signed_in(user):
        return Review.objects.none()
    return Review.objects.filter(
        Q(pk__in=_own_reviews(user).values("pk"))
        | Q(application__intake__program__in=programs_with(user, "manage_program"))
    )


def review_panels_visible_to(user: AnyUser) -> QuerySet[Review]:
    """Own reviews, fellow reviewers' reviews of applications the user actively reviews (their scores
    only per may_see_all_scores), and all reviews of intakes the user coordinates."""
    if not _signed_in(user):
        return Review.objects.none()
    own = _own_reviews(user)
    panels = own.filter(conflict_declared_at__isnull=True).values("application_id")
    return Review.objects.filter(
        Q(pk__in=own.values("pk"))
        | Q(application_id__in=panels)
        | Q(application__intake__program__in=programs_with(user, "manage_program"))
    )


def applications_with_all_scores_visible_to(user: AnyUser) -> QuerySet[Application]:
    """The rule of may_see_all_scores for many applications at once (a list of reviews)."""
    if not _signed_in(user):
        return Application.objects.none()
    submitted = (
        _own_reviews(user)
        .filter(submitted_at__isnull=False, conflict_declared_at__isnull=True)
        .values("application_id")
    )
    return Application.objects.filter(
        Q(intake__program__in=programs_with(user, "manage_program")) | Q(pk__in=submitted)
    )


def open_offer_path(user: AnyUser) -> str | None:
    """The page of the applicant's oldest offer still awaiting their answer, in a program where they
    are still an applicant: where they land after signing in."""
    if not _signed_in(user):
        return None
    offer = (
        Application.objects.filter(
            applicant_id=user.pk,
            intake__program__in=own_memberships(user, Role.APPLICANT).values("program_id"),
            status=ApplicationStatus.DECIDED,
            decision=Decision.OFFER,
            offer_response="",
        )
        .order_by("decided_at", "pk")
        .values_list("intake__program_id", "pk")
        .first()
    )
    return None if offer is None else reverse("application-detail", args=offer)
