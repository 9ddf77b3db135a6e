from django.urls import include, path

from succession import views

PROGRAM = "programs/<int:program_id>/"
ROLE = PROGRAM + "key-roles/<int:role_id>/"
SUCCESSOR = ROLE + "successors/<int:successor_id>/"
DOCUMENT = PROGRAM + "documents/<int:document_id>/"

urlpatterns = [
    # The program report (succession/report_views.py).
    path("", include("succession.report_urls")),
    path(PROGRAM + "continuity/", views.continuity_dashboard, name="continuity"),
    path(PROGRAM + "continuity/settings/", views.continuity_settings, name="continuity-settings"),
    path(PROGRAM + "continuity/handover-pack.pdf", views.handover_pack, name="handover-pack"),
    path(PROGRAM + "key-roles/", views.key_role_list, name="key-roles"),
    path(PROGRAM + "key-roles/new/", views.key_role_new, name="key-role-new"),
    path(ROLE, views.key_role_detail, name="key-role-detail"),
    path(ROLE + "edit/", views.key_role_edit, name="key-role-edit"),
    path(ROLE + "remove/", views.key_role_remove, name="key-role-remove"),
    path(ROLE + "holders/", views.holder_add, name="key-role-holder-add"),
    path(ROLE + "holders/<int:holder_id>/end/", views.holder_end, name="key-role-holder-end"),
    path(ROLE + "holders/<int:holder_id>/term/", views.holder_term, name="key-role-holder-term"),
    path(ROLE + "successors/", views.successor_nominate, name="successor-nominate"),
    path(SUCCESSOR, views.successor_update, name="successor-update"),
    path(SUCCESSOR + "remove/", views.successor_remove, name="successor-remove"),
    path(SUCCESSOR + "actions/", views.development_action_add, name="development-action-add"),
    path(
        PROGRAM + "development-actions/<int:action_id>/done/",
        views.development_action_done,
        name="development-action-done",
    ),
    path(ROLE + "checklist/", views.checklist_edit, name="checklist-edit"),
    path(ROLE + "handovers/", views.handover_start, name="handover-start"),
    path(PROGRAM + "handovers/<int:handover_id>/", views.handover_detail, name="handover-detail"),
    path(PROGRAM + "documents/", views.document_list, name="documents"),
    path(PROGRAM + "documents/new/", views.document_new, name="document-new"),
    path(DOCUMENT, views.document_detail, name="document-detail"),
    path(DOCUMENT + "versions/", views.document_version_add, name="document-version-add"),
    path(DOCUMENT + "reviewed/", views.document_reviewed, name="document-reviewed"),
    path(DOCUMENT + "edit/", views.document_edit, name="document-edit"),
    path(
        DOCUMENT + "versions/<int:number>/download/",
        views.document_version_download,
        name="document-version-download",
    ),
]
