from django.urls import include, path, re_path
from rest_framework import routers

from api import personal_tokens, push, selection, succession, views
from api.permissions import IsSignedIn
from api.supervision import advice, pauses, records, rosters


class APIRootView(routers.APIRootView):
    """Links to every resource (signed-in users only, like the resources themselves)."""

    permission_classes = [IsSignedIn]


class Router(routers.DefaultRouter):
    APIRootView = APIRootView


router = Router()
router.register("programs", views.ProgramViewSet, basename="program")
router.register("memberships", views.MembershipViewSet, basename="membership")
router.register("supervisor-assignments", views.SupervisorAssignmentViewSet, basename="supervisor-assignment")
router.register("training-modules", views.TrainingModuleViewSet, basename="training-module")
router.register("training-records", views.TrainingRecordViewSet, basename="training-record")
router.register("training-assignments", views.TrainingAssignmentViewSet, basename="training-assignment")
router.register("referral-services", views.ReferralServiceViewSet, basename="referral-service")
router.register("notifications", views.NotificationViewSet, basename="notification")
router.register("audit-events", views.AuditEventViewSet, basename="audit-event")
router.register("deliveries", views.DeliveryViewSet, basename="delivery")
router.register("push-subscriptions", push.PushSubscriptionViewSet, basename="push-subscription")
router.register("personal-tokens", personal_tokens.PersonalTokenViewSet, basename="personal-token")
router.register("contacts", records.ContactViewSet, basename="contact")
router.register("checkins", records.CheckInViewSet, basename="checkin")
router.register("supervision-sessions", records.SupervisionSessionViewSet, basename="supervision-session")
router.register("burden", records.BurdenViewSet, basename="burden")
router.register("pause-rules", pauses.PauseRuleViewSet, basename="pause-rule")
router.register("pauses", pauses.PauseViewSet, basename="pause")
router.register("advice-requests", advice.AdviceRequestViewSet, basename="advice-request")
router.register("shift-templates", rosters.ShiftTemplateViewSet, basename="shift-template")
router.register("rosters", rosters.RosterViewSet, basename="roster")
router.register("shifts", rosters.ShiftViewSet, basename="shift")
router.register("my-shifts", rosters.MyShiftViewSet, basename="my-shift")
router.register("swap-requests", rosters.SwapRequestViewSet, basename="swap-request")
router.register("availability", rosters.AvailabilityViewSet, basename="availability")
router.register("unavailability", rosters.UnavailabilityViewSet, basename="unavailability")
router.register("intakes", selection.IntakeViewSet, basename="intake")
router.register("applications", selection.ApplicationViewSet, basename="application")
router.register("reviews", selection.ReviewViewSet, basename="review")
router.register("key-roles", succession.KeyRoleViewSet, basename="key-role")
router.register("successors", succession.SuccessorViewSet, basename="successor")
router.register("handover-tasks", succession.HandoverTaskViewSet, basename="handover-task")
router.register("documents", succession.DocumentViewSet, basename="document")

urlpatterns = [
    path("auth/token/", views.AuthTokenView.as_view(), name="api-token"),
    path("me/", views.MeView.as_view(), name="api-me"),
    path("programs/<int:program_id>/on-call-now/", rosters.OnCallNowView.as_view(), name="api-on-call-now"),
    path(
        "programs/<int:program_id>/escalation-chain/",
        advice.EscalationChainView.as_view(),
        name="api-escalation-chain",
    ),
    path("programs/<int:program_id>/fairness/", rosters.FairnessView.as_view(), name="api-fairness"),
    path("programs/<int:program_id>/roster-feed/", rosters.ProgramFeedView.as_view(), name="api-roster-feed"),
    path(
        "programs/<int:program_id>/roster-feed/renew/",
        rosters.ProgramFeedRenewView.as_view(),
        name="api-roster-feed-renew",
    ),
    path("programs/<int:program_id>/roster.ics", rosters.RosterCalendarView.as_view(), name="api-roster-ics"),
    path("programs/<int:program_id>/runway/", succession.RunwayView.as_view(), name="api-runway"),
    path("programs/<int:program_id>/continuity/", succession.ContinuityView.as_view(), name="api-continuity"),
    path(
        "programs/<int:program_id>/handover-pack.pdf",
        succession.HandoverPackView.as_view(),
        name="api-handover-pack",
    ),
    path("programs/<int:program_id>/report.pdf", succession.ProgramReportView.as_view(), name="api-report"),
    path("", include(router.urls)),
    re_path(r"^.*$", views.NotFoundView.as_view(), name="api-not-found"),
]
