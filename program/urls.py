from django.urls import path

from program.views import auth, details, directory, inbox, members, pages, pwa, training

urlpatterns = [
    path("", pages.dashboard, name="dashboard"),
    path("accounts/login/", auth.login, name="login"),
    path("accounts/logout/", auth.logout, name="logout"),
    path("accounts/password/change/", auth.password_change, name="password_change"),
    path("accounts/password/change/done/", auth.password_change_done, name="password_change_done"),
    path("accounts/password/reset/", auth.password_reset, name="password_reset"),
    path("accounts/password/reset/sent/", auth.password_reset_done, name="password_reset_done"),
    path("accounts/reset/<uidb64>/<token>/", auth.password_reset_confirm, name="password_reset_confirm"),
    path("accounts/reset/done/", auth.password_reset_complete, name="password_reset_complete"),
    path("accounts/details/", details.my_details, name="my-details"),
    path("notifications/", inbox.inbox, name="inbox"),
    path("notifications/<int:notification_id>/open/", inbox.notification_open, name="notification-open"),
    path("notifications/devices/", pwa.push_devices, name="push-devices"),
    path("manifest.webmanifest", pwa.web_manifest, name="web-manifest"),
    path("favicon.ico", pwa.favicon, name="favicon"),
    path("service-worker.js", pwa.service_worker, name="service-worker"),
    path("notifications/read-all/", inbox.notifications_read_all, name="notifications-read-all"),
    path("programs/<int:program_id>/", pages.program_overview, name="program-overview"),
    path("programs/<int:program_id>/settings/", pages.program_settings, name="program-settings"),
    path("programs/<int:program_id>/members/", members.member_list, name="members"),
    path("programs/<int:program_id>/members/add/", members.member_add, name="member-add"),
    path("programs/<int:program_id>/members/<int:member_id>/", members.member_detail, name="member-detail"),
    path("programs/<int:program_id>/members/<int:member_id>/edit/", members.member_edit, name="member-edit"),
    path(
        "programs/<int:program_id>/members/<int:member_id>/academic-standing/",
        members.member_academic_standing,
        name="member-academic-standing",
    ),
    path(
        "programs/<int:program_id>/members/<int:member_id>/supervisor/",
        members.member_assign,
        name="member-assign",
    ),
    path("programs/<int:program_id>/training/", training.training, name="training"),
    path(
        "programs/<int:program_id>/training/modules/add/",
        training.training_module_form,
        name="training-module-add",
    ),
    path(
        "programs/<int:program_id>/training/modules/<int:module_id>/",
        training.training_module_form,
        name="training-module-edit",
    ),
    path(
        "programs/<int:program_id>/training/records/add/",
        training.training_record_add,
        name="training-record-add",
    ),
    path("programs/<int:program_id>/directory/", directory.directory, name="directory"),
    path("programs/<int:program_id>/directory/add/", directory.directory_form, name="directory-add"),
    path(
        "programs/<int:program_id>/directory/<int:service_id>/",
        directory.directory_form,
        name="directory-edit",
    ),
    path("programs/<int:program_id>/audit/", inbox.audit_trail, name="audit-trail"),
    path("programs/<int:program_id>/deliveries/", inbox.deliveries, name="deliveries"),
]
