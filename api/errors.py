"""One error format for the whole API:

{"error": {"status": 400, "code": "invalid", "message": "…", "fields": {"name": ["…"]}}}

A domain ValidationError any of whose messages has code "conflict" (someone else changed the object
first, e.g. a second coordinator deciding an application already decided) answers 409 with code
"conflict" and the service's message, so a client can tell "reload" from "fix your input".

Free text refused for holding identifiers also says where they stand, so the writer can fix it in
one edit: "identifiers": {"narrative": [{"kind": "phone", "message": "Looks like a phone number.",
"start": 12, "end": 24}]} beside "fields" (offsets in Unicode code points into the field as sent,
end exclusive). Only offsets and kinds: the words themselves are never echoed or logged.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import (
    NON_FIELD_ERRORS,
    ObjectDoesNotExist,
    RequestDataTooBig,
    TooManyFieldsSent,
    TooManyFilesSent,
)
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from supervision.services import identifier_flags


def _flatten(detail: Any) -> list[str]:
    if isinstance(detail, list):
        return [str(item) for item in detail]
    if isinstance(detail, dict):
        return [f"{key}: {message}" for key, value in detail.items() for message in _flatten(value)]
    return [str(detail)]


class RequestTooLarge(exceptions.APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_code = "too_large"
    default_detail = "The request body is too large."


class Conflict(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_code = "conflict"
    default_detail = "Someone else changed this first; reload and try again."


def _is_conflict(error: DjangoValidationError) -> bool:
    errors = (
        [e for messages in error.error_dict.values() for e in messages]
        if hasattr(error, "error_dict")
        else error.error_list
    )
    return any(e.code == "conflict" for e in errors)


def _body(status_code: int, code: str, message: str, fields: dict[str, list[str]] | None = None) -> dict:
    return {"error": {"status": status_code, "code": code, "message": message, "fields": fields or {}}}


def _identifiers(error: DjangoValidationError) -> dict[str, list[dict[str, Any]]]:
    return {
        field: [
            {"kind": f.kind, "message": f"Looks like {f.label}.", "start": f.start, "end": f.end}
            for f in flags
        ]
        for field, flags in identifier_flags(error).items()
    }


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    identifiers = _identifiers(exc) if isinstance(exc, DjangoValidationError) else {}
    if isinstance(exc, DjangoValidationError) and _is_conflict(exc):
        exc = Conflict(exc.messages[0])
    elif isinstance(exc, DjangoValidationError):
        if hasattr(exc, "error_dict"):
            # Django's key for whole-object errors is "__all__"; DRF's is "non_field_errors".
            fields = {
                ("non_field_errors" if k == NON_FIELD_ERRORS else k): v for k, v in exc.message_dict.items()
            }
        else:
            fields = {"non_field_errors": exc.messages}
        exc = exceptions.ValidationError(fields)
    elif isinstance(exc, Http404 | ObjectDoesNotExist):
        # Services raise Model.DoesNotExist for callers outside the object's scope: 404, never 500.
        exc = exceptions.NotFound("Not found.")
    elif isinstance(exc, RequestDataTooBig):
        # Django refuses bodies over DATA_UPLOAD_MAX_MEMORY_SIZE; left alone it renders an HTML 400 page.
        exc = RequestTooLarge(
            f"The request body is larger than {settings.DATA_UPLOAD_MAX_MEMORY_SIZE // 1000} kB; send less."
        )
    elif isinstance(exc, TooManyFieldsSent | TooManyFilesSent):
        exc = exceptions.ValidationError({"non_field_errors": [str(exc)]})
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied()

    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        detail = exc.detail
        if isinstance(detail, dict):
            fields = {str(key): _flatten(value) for key, value in detail.items()}
        else:
            fields = {"non_field_errors": _flatten(detail)}
        first_field, first_messages = next(iter(fields.items()), ("", [""]))
        where = "" if first_field == "non_field_errors" else f"{first_field}: "
        message = f"{where}{first_messages[0]}" if first_messages else "The request is not valid."
        response.data = _body(response.status_code, "invalid", message, fields)
        if identifiers:
            response.data["error"]["identifiers"] = identifiers
    elif isinstance(exc, exceptions.APIException):
        codes = exc.get_codes()
        code = codes if isinstance(codes, str) else "error"
        response.data = _body(response.status_code, code, " ".join(_flatten(exc.detail)))
    return response


def error_response(
    status_code: int, code: str, message: str, fields: dict[str, list[str]] | None = None
) -> Response:
    return Response(_body(status_code, code, message, fields), status=status_code)


__all__ = ["error_response", "exception_handler", "status"]
