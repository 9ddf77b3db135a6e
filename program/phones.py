"""Staff phone numbers (SPEC 4.8): read as people write them, stored in E.164, shown for tap-to-call.

Parsing is strict on purpose. `phonenumbers` alone is forgiving: it digs a number out of surrounding
text ("call me on …"), reads an extension ("ext 12") and folds other scripts' digits into ASCII.
A number a supporter taps at 2 a.m. must be exactly the number the supervisor typed, so anything
but ASCII digits and the usual separators is refused before `phonenumbers` looks at it.
"""

from __future__ import annotations

import re
import unicodedata

import phonenumbers
from django.core.exceptions import ValidationError
from phonenumbers import NumberParseException, PhoneNumberFormat, ValidationResult

from program.models import CURRENT_STATUSES, STAFF_ROLES, Membership, StaffPhone

# Neither Institution nor Program records a country, so a number written without "+" and a country
# code is read as Australian, where every program so far runs. When institutions gain a country,
# pass it as `region` instead.
DEFAULT_PHONE_REGION = "AU"
REGION_NAMES = {"AU": "Australia"}
# Longer than any number written out with spaces and brackets ("+61 (0) 491 570 156" is 19).
MAX_INPUT_LENGTH = 30

_WRITTEN = re.compile(r"[0-9+\-(). /]+")
_PARSE_ERRORS = {
    NumberParseException.INVALID_COUNTRY_CODE: "No country uses the code after the “+”.",
    NumberParseException.NOT_A_NUMBER: "This is not a phone number.",
    NumberParseException.TOO_SHORT_AFTER_IDD: "Too short for a phone number.",
    NumberParseException.TOO_SHORT_NSN: "Too short for a phone number.",
    NumberParseException.TOO_LONG: "Too long for a phone number.",
}
_IMPOSSIBLE = {
    ValidationResult.TOO_SHORT: "Too short for a phone number.",
    ValidationResult.TOO_LONG: "Too long for a phone number.",
    ValidationResult.INVALID_COUNTRY_CODE: "No country uses the code after the “+”.",
    ValidationResult.INVALID_LENGTH: "This number has the wrong number of digits for its country.",
    ValidationResult.IS_POSSIBLE_LOCAL_ONLY: "This looks like a local number; add its area code.",
}


def _refuse(message: str) -> ValidationError:
    return ValidationError({"phone": [message]}, code="invalid")


def parse_phone(raw: str, region: str = DEFAULT_PHONE_REGION) -> str:
    """The number as E.164 ("+61491570156"), or a ValidationError naming `phone` and the problem."""
    text = raw.strip()
    if len(text) > MAX_INPUT_LENGTH:
        raise _refuse(f"Too long for a phone number (at most {MAX_INPUT_LENGTH} characters).")
    if not _WRITTEN.fullmatch(text):
        if any(unicodedata.category(c) == "Nd" and not c.isascii() for c in text):
            raise _refuse("Write the number with the digits 0–9.")
        raise _refuse(
            "A phone number holds only digits, spaces, “+”, “-”, brackets and dots "
            "(no words, and no extension: give a number that rings you directly)."
        )
    try:
        number = phonenumbers.parse(text, region)
    except NumberParseException as error:
        raise _refuse(_PARSE_ERRORS.get(error.error_type, "This is not a phone number.")) from None
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason in _IMPOSSIBLE:
        raise _refuse(_IMPOSSIBLE[reason])
    if not phonenumbers.is_valid_number(number):
        if text.startswith("+"):
            raise _refuse("This is not a valid phone number for the country code it starts with.")
        place = REGION_NAMES.get(region, region)
        raise _refuse(
            f"This is not a valid phone number in {place}; for another country's number, start with "
            "“+” and its country code (e.g. +44 20 7946 0958)."
        )
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def display_phone(e164: str, region: str = DEFAULT_PHONE_REGION) -> str:
    """A stored number as people read it: national format at home ("0491 570 156"), international
    otherwise ("+44 20 7946 0958")."""
    number = phonenumbers.parse(e164)
    home = phonenumbers.region_code_for_number(number) == region
    return phonenumbers.format_number(
        number, PhoneNumberFormat.NATIONAL if home else PhoneNumberFormat.INTERNATIONAL
    )


def on_call_phone(membership: Membership) -> str | None:
    """The number to offer for someone on call: a supervisor or coordinator in a current role only
    (supporters' numbers are never collected; a departed supervisor's is no longer offered). Select
    `user__staff_phone` with the membership, or this costs a query per person."""
    if membership.role not in STAFF_ROLES or membership.status not in CURRENT_STATUSES:
        return None
    try:
        return membership.user.staff_phone.phone
    except StaffPhone.DoesNotExist:
        return None
