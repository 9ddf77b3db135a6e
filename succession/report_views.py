"""The program report page and its PDF (SPEC 4.6), for coordinators and sponsors only: the report holds
de-identified, small-cell suppressed aggregates and nothing about any one person.

Both answer 404 to anyone without the program's "view_program_aggregates" permission. A bad range
(unreadable dates, not whole months, a month not yet ended, an end before the start, more than two
years: succession.program_report.check_period) is shown on the form naming the field, with status 400
— on the PDF address too, so a bookmarked link explains itself.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta
from django import forms
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_GET

from program import forms as program_forms
from program.access import acting_user, program_view
from program.downloads import attachment
from program.forms import DateInput, apply_service_errors
from program.models import Program
from succession.program_report import check_period, program_report_pdf
from succession.program_report import filename as report_filename


class ReportRangeForm(forms.Form):
    """The months to report on. Its fields are named "from" and "to", as in the PDF's address."""

    to = program_forms.DateField(widget=DateInput, label="To")

    def __init__(self, *args: Any, today: date, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.today = today
        # "from" is a Python keyword, so it cannot be declared as a class attribute.
        self.fields = {
            "from": program_forms.DateField(widget=DateInput, label="From"),
            **self.fields,
        }

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        first, last = cleaned.get("from"), cleaned.get("to")
        if first and last:
            try:
                check_period(first, last, self.today)
            except ValidationError as error:
                apply_service_errors(self, error)
        return cleaned


def presets(today: date) -> list[tuple[str, date, date]]:
    """Periods a coordinator asks for most, all of months that have ended: last month, last quarter, last
    half-year (semester) and the last 12 months."""
    month = today.replace(day=1)
    quarter = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    half = date(today.year, 1 if today.month <= 6 else 7, 1)
    return [
        ("Last month", month - relativedelta(months=1), month - timedelta(days=1)),
        ("Last quarter", quarter - relativedelta(months=3), quarter - timedelta(days=1)),
        ("Last half-year", half - relativedelta(months=6), half - timedelta(days=1)),
        ("The last 12 months", month - relativedelta(years=1), month - timedelta(days=1)),
    ]


def _page(request: HttpRequest, program: Program, form: ReportRangeForm, status: int = 200) -> HttpResponse:
    pdf = reverse("program-report-pdf", args=[program.pk])
    links = [
        (label, f"{pdf}?{urlencode({'from': first.isoformat(), 'to': last.isoformat()})}", first, last)
        for label, first, last in presets(program.today())
    ]
    return render(
        request,
        "succession/program_report_page.html",
        {"program": program, "form": form, "presets": links, "pdf_url": pdf},
        status=status,
    )


@program_view("view_program_aggregates")
@require_GET
def program_report(request: HttpRequest, program: Program) -> HttpResponse:
    """Choose the range of the program report; a range in the address is checked here as well."""
    if "from" in request.GET or "to" in request.GET:
        form = ReportRangeForm(request.GET, today=program.today())
        return _page(request, program, form, 200 if form.is_valid() else 400)
    _, first, last = presets(program.today())[2]
    return _page(
        request, program, ReportRangeForm(initial={"from": first, "to": last}, today=program.today())
    )


@program_view("view_program_aggregates")
@require_GET
def program_report_download(request: HttpRequest, program: Program) -> HttpResponse:
    """The program report PDF for ?from=…&to=… (ISO dates)."""
    form = ReportRangeForm(request.GET, today=program.today())
    if not form.is_valid():
        return _page(request, program, form, 400)
    first, last = form.cleaned_data["from"], form.cleaned_data["to"]
    return attachment(
        program_report_pdf(program, first, last, by=acting_user(request)),
        content_type="application/pdf",
        filename=report_filename(first, last),
    )
