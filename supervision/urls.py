from django.urls import path

from supervision import views
from supervision.advice import views as advice_views
from supervision.pauses import views as pause_views
from supervision.rosters import views as roster_views

PAUSES = "programs/<int:program_id>/pauses/"
ADVICE = "programs/<int:program_id>/advice/"

urlpatterns = [
    path("programs/<int:program_id>/contacts/", views.contact_list, name="contacts"),
    path("programs/<int:program_id>/contacts/new/", views.contact_new, name="contact-new"),
    path("programs/<int:program_id>/contacts/autosave/", views.contact_autosave, name="contact-autosave"),
    path("programs/<int:program_id>/contacts/peer-code/", views.peer_code_new, name="peer-code-new"),
    path("programs/<int:program_id>/contacts/<int:contact_id>/", views.contact_detail, name="contact-detail"),
    path(
        "programs/<int:program_id>/contacts/<int:contact_id>/edit/", views.contact_edit, name="contact-edit"
    ),
    path(
        "programs/<int:program_id>/contacts/<int:contact_id>/annotate/",
        views.contact_annotate,
        name="contact-annotate",
    ),
    path("programs/<int:program_id>/checkin/", views.checkin, name="checkin"),
    path("programs/<int:program_id>/burden/", views.burden_overview, name="burden"),
    path("programs/<int:program_id>/burden/weights/", views.burden_weights, name="burden-weights"),
    path(
        "programs/<int:program_id>/supporters/<int:member_id>/wellbeing/",
        views.supporter_wellbeing,
        name="supporter-wellbeing",
    ),
    path(
        "programs/<int:program_id>/supporters/<int:member_id>/report.pdf",
        views.supporter_report,
        name="supporter-report",
    ),
    path("programs/<int:program_id>/sessions/", views.session_list, name="sessions"),
    path("programs/<int:program_id>/sessions/new/", views.session_new, name="session-new"),
    path("programs/<int:program_id>/sessions/<int:session_id>/", views.session_detail, name="session-detail"),
    path("programs/<int:program_id>/pause/", pause_views.pause_self, name="pause-self"),
    path(PAUSES, pause_views.pause_list, name="pauses"),
    path(PAUSES + "new/", pause_views.pause_new, name="pause-new"),
    path(PAUSES + "<int:pause_id>/", pause_views.pause_detail, name="pause-detail"),
    path(PAUSES + "<int:pause_id>/resume/", pause_views.pause_resume, name="pause-resume"),
    path(PAUSES + "<int:pause_id>/undo/", pause_views.pause_undo, name="pause-undo"),
    path("programs/<int:program_id>/pause-rules/", pause_views.pause_rules, name="pause-rules"),
    path("programs/<int:program_id>/pause-rules/new/", pause_views.pause_rule_edit, name="pause-rule-new"),
    path(
        "programs/<int:program_id>/pause-rules/<int:rule_id>/",
        pause_views.pause_rule_edit,
        name="pause-rule-edit",
    ),
    path("programs/<int:program_id>/blackouts/new/", pause_views.blackout_edit, name="blackout-new"),
    path(
        "programs/<int:program_id>/blackouts/<int:blackout_id>/",
        pause_views.blackout_edit,
        name="blackout-edit",
    ),
    path("programs/<int:program_id>/on-call/", roster_views.on_call_now, name="on-call-now"),
    path(ADVICE, advice_views.advice_list, name="advice-requests"),
    path(ADVICE + "new/", advice_views.advice_new, name="advice-new"),
    path(ADVICE + "<int:request_id>/", advice_views.advice_detail, name="advice-detail"),
    path(
        ADVICE + "<int:request_id>/acknowledge/", advice_views.advice_acknowledge, name="advice-acknowledge"
    ),
    path(ADVICE + "<int:request_id>/resolve/", advice_views.advice_resolve, name="advice-resolve"),
    path(
        "programs/<int:program_id>/escalation-chain/", advice_views.escalation_chain, name="escalation-chain"
    ),
    path("programs/<int:program_id>/roster/", roster_views.roster_home, name="roster-home"),
    path(
        "programs/<int:program_id>/roster/calendar/",
        roster_views.roster_calendar_page,
        name="roster-calendar",
    ),
    path("programs/<int:program_id>/roster/generate/", roster_views.roster_generate, name="roster-generate"),
    path(
        "programs/<int:program_id>/roster/shifts/new/", roster_views.template_edit, name="shift-template-new"
    ),
    path(
        "programs/<int:program_id>/roster/shifts/<int:template_id>/",
        roster_views.template_edit,
        name="shift-template-edit",
    ),
    path(
        "programs/<int:program_id>/rosters/<int:roster_id>/", roster_views.roster_detail, name="roster-detail"
    ),
    path(
        "programs/<int:program_id>/rosters/<int:roster_id>/publish/",
        roster_views.roster_publish,
        name="roster-publish",
    ),
    path("programs/<int:program_id>/roster.ics", roster_views.program_calendar, name="program-calendar"),
    path(
        "programs/<int:program_id>/roster.ics/renew/",
        roster_views.renew_program_calendar,
        name="program-calendar-renew",
    ),
    path("calendar/renew/", roster_views.renew_calendar, name="calendar-renew"),
    path(
        "calendar/program/<str:token>.ics",
        roster_views.program_calendar_by_token,
        name="program-calendar-token",
    ),
    path("calendar/<str:token>.ics", roster_views.person_calendar, name="person-calendar"),
    path("programs/<int:program_id>/swaps/offer/", roster_views.swap_offer, name="swap-offer"),
    path("programs/<int:program_id>/swaps/<int:swap_id>/take/", roster_views.swap_take, name="swap-take"),
    path("programs/<int:program_id>/swaps/<int:swap_id>/undo/", roster_views.swap_undo, name="swap-undo"),
    path(
        "programs/<int:program_id>/swaps/<int:swap_id>/withdraw/",
        roster_views.swap_withdraw,
        name="swap-withdraw",
    ),
    path(
        "programs/<int:program_id>/swaps/<int:swap_id>/decide/", roster_views.swap_decide, name="swap-decide"
    ),
    path("programs/<int:program_id>/roster/fairness/", roster_views.roster_fairness, name="roster-fairness"),
    path(
        "programs/<int:program_id>/rosters/<int:roster_id>/roster.pdf",
        roster_views.roster_print,
        name="roster-print",
    ),
    path("programs/<int:program_id>/availability/", roster_views.availability, name="availability"),
    path(
        "programs/<int:program_id>/availability/<str:kind>/<int:item_id>/remove/",
        roster_views.availability_remove,
        name="availability-remove",
    ),
    path("programs/<int:program_id>/shifts/<int:shift_id>/", roster_views.shift_detail, name="shift-detail"),
]
