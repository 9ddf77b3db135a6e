"""Serializer fields that refuse dates and times outside the sane range (program/bounds.py) with a 400
naming the field, instead of storing the year 1 or overflowing on a time-zone conversion."""

from __future__ import annotations

from rest_framework import serializers

from program.bounds import validate_sane_date, validate_sane_datetime


class DateField(serializers.DateField):
    default_validators = [validate_sane_date]


class DateTimeField(serializers.DateTimeField):
    default_validators = [validate_sane_datetime]


class TextField(serializers.CharField):
    """Text only: DRF's CharField turns a JSON number into a string, which for a phone number would
    silently drop its leading zero (0491570156 → "491570156")."""

    def to_internal_value(self, data: object) -> str:
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)
