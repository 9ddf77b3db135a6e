from django.urls import path

from selection import views

INTAKE = "programs/<int:program_id>/intakes/<int:intake_id>/"
APPLICATION = "programs/<int:program_id>/applications/<int:application_id>/"

urlpatterns = [
    path("programs/<int:program_id>/intakes/", views.intake_list, name="intakes"),
    path("programs/<int:program_id>/intakes/new/", views.intake_new, name="intake-new"),
    path(INTAKE, views.intake_detail, name="intake-detail"),
    path(INTAKE + "edit/", views.intake_edit, name="intake-edit"),
    path(INTAKE + "rubric/", views.rubric_edit, name="rubric-edit"),
    path(INTAKE + "ranking.csv", views.intake_ranking_csv, name="intake-ranking-csv"),
    path(INTAKE + "report.pdf", views.intake_report, name="intake-report"),
    path(INTAKE + "offer-next/", views.intake_offer_next, name="intake-offer-next"),
    path(INTAKE + "apply/", views.application_apply, name="application-apply"),
    path(APPLICATION, views.application_detail, name="application-detail"),
    path(APPLICATION + "review/", views.application_review, name="application-review"),
    path(APPLICATION + "decide/", views.application_decide, name="application-decide"),
    path(APPLICATION + "gate/", views.application_gate, name="application-gate"),
    path(APPLICATION + "respond/", views.application_respond, name="application-respond"),
    path(APPLICATION + "withdraw/", views.application_withdraw, name="application-withdraw"),
    path(APPLICATION + "why/", views.application_why, name="application-why"),
]
