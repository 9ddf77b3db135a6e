"""Files sent to be saved (PDF reports, knowledge-base documents): one way for pages and the API."""

from __future__ import annotations

from django.http import HttpResponse
from django.utils.http import content_disposition_header


def attachment(content: bytes, *, content_type: str, filename: str) -> HttpResponse:
    """The bytes as a download named `filename` (quoted safely, whatever characters it holds)."""
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=filename)
    return response
