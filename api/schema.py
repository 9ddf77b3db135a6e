"""OpenAPI post-processing: the error answers every operation can give, in the API's one error format
(api/errors.py), so clients and schema-driven tests know them. Views declare only their successes and
any error peculiar to them; these are the ones common to all:

- 400: a body, filter or page parameter that is not valid (`invalid`, `parse_error`);
- 401/403: not signed in, or not allowed;
- 404: outside the caller's scope, or no such object or page;
- 405: a method the endpoint does not take;
- 409: a write that lost a race with someone else's (`conflict`);
- 413/415: a body too large, or not JSON (or a form where a form is taken);
- 414: a URL too long, answered by the web server (gunicorn) before the API sees it, so not in the
  error format.
"""

from __future__ import annotations

from typing import Any

ERROR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "Every error the API answers has this shape (see api/errors.py).",
    "properties": {
        "error": {
            "type": "object",
            "properties": {
                "status": {"type": "integer", "description": "The HTTP status again."},
                "code": {"type": "string", "description": "e.g. invalid, not_found, conflict, too_large."},
                "message": {"type": "string", "description": "For people; names the first bad field."},
                "fields": {
                    "type": "object",
                    "additionalProperties": {"type": "array", "items": {"type": "string"}},
                    "description": "Messages by field name; empty when the error is not about a field.",
                },
            },
            "required": ["status", "code", "message", "fields"],
        }
    },
    "required": ["error"],
}

DESCRIPTIONS = {
    "400": "Not valid: a body, filter or page parameter is wrong (named in `fields`).",
    "401": "Not signed in.",
    "403": "Signed in but not allowed.",
    "404": "Not found, or outside your scope.",
    "405": "Method not allowed.",
    "409": "Someone else changed this first; reload and try again.",
    "413": "The request body is too large.",
    "415": "Unsupported media type.",
    "414": "URL too long (answered by the web server, as a plain page).",
}
EVERY_OPERATION = ("400", "401", "403", "404", "405", "414")
NOT_FROM_THE_API = {"414"}
WITH_A_BODY = ("409", "413", "415")
# DELETE has no body but can still lose a race.
WRITES = {"post", "patch", "put", "delete"}


def add_error_responses(result: dict[str, Any], generator: Any, request: Any, public: bool) -> dict[str, Any]:
    """drf-spectacular POSTPROCESSING_HOOKS entry: declare the common error answers on every operation."""
    result.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR_SCHEMA
    reference = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
    for operations in result.get("paths", {}).values():
        for method, operation in operations.items():
            codes = list(EVERY_OPERATION) + (list(WITH_A_BODY) if method in WRITES else [])
            responses = operation.setdefault("responses", {})
            for code in codes:
                responses.setdefault(code, {"description": DESCRIPTIONS[code]})
            for code, declared in responses.items():
                if code.startswith("4") and code not in NOT_FROM_THE_API:
                    declared.setdefault("content", reference)
    for schema in result["components"]["schemas"].values():
        _local_times(schema)
    return result


def _local_times(schema: dict[str, Any]) -> None:
    """Times of day (shift templates, availability windows) are local wall-clock times without a UTC
    offset, which OpenAPI's `format: time` (RFC 3339 full-time) would require; say what they are."""
    for value in schema.get("properties", {}).values():
        if value.get("format") == "time":
            del value["format"]
            value["pattern"] = r"^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$"
            value.setdefault("description", "Local time of day, HH:MM[:SS].")
