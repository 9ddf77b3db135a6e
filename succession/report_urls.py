"""The program report's addresses; succession/urls.py includes them."""

from django.urls import path

from succession import report_views

urlpatterns = [
    path("programs/<int:program_id>/report/", report_views.program_report, name="program-report"),
    path(
        "programs/<int:program_id>/report.pdf",
        report_views.program_report_download,
        name="program-report-pdf",
    ),
]
