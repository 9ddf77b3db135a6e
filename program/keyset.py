"""Keyset ("cursor") paging over a list ordered newest first by a date or time field, then by id.

Page numbers make the database count every visible row and skip all rows before the page, so a deep
page costs as much as the whole list. A keyset page instead asks for the rows just past the last one
shown — `(key, id) < (key of that row, its id)` — which an index on `(-key, -id)` answers by reading
only the page, at any depth, and nothing is counted.

The position travels as a signed token: it is opaque to clients, and a token that was altered or made
up fails its signature rather than reaching the query. It says where to start, never what is visible:
the rows still come from the caller's selector, so a token cannot widen anyone's scope.

The key may be NULL (a draft contact has no date yet). Databases disagree about where NULLs sort
(PostgreSQL: as if largest, first in a descending list; SQLite: as if smallest, last), so the
predicates follow the connection's own rule and the ordering stays the plain `-key, -id` its index has.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Generic, TypeVar

from django.core import signing
from django.core.exceptions import ValidationError
from django.db import connections
from django.db.models import Field, Model, Q, QuerySet

M = TypeVar("M", bound=Model)

INVALID_CURSOR = "This cursor is not valid; start again from the first page (without a cursor)."


class InvalidCursor(ValueError):
    """A cursor token that was altered, truncated, made up, or signed with a retired key."""


@dataclass(frozen=True)
class Cursor:
    """A position in the list: the row's key (None for NULL) and id, and which way to read from it."""

    key: date | datetime | None
    pk: int
    # False: the rows after it (older); True: the rows before it (newer).
    newer: bool = False


@dataclass
class KeysetPage(Generic[M]):
    rows: list[M]
    # Where the neighbouring pages start, when there are rows there.
    older: Cursor | None
    newer: Cursor | None


class Keyset:
    """Newest-first keyset paging on `field` (a DateField or DateTimeField, may be NULL), then `pk`."""

    def __init__(self, model: type[Model], field: str, salt: str) -> None:
        self.model = model
        self.field = field
        self.salt = f"program.keyset.{salt}"

    # --- tokens ---------------------------------------------------------------------------------

    def encode(self, cursor: Cursor) -> str:
        key = None if cursor.key is None else cursor.key.isoformat()
        return signing.dumps([key, cursor.pk, int(cursor.newer)], salt=self.salt, compress=False)

    def decode(self, token: str) -> Cursor:
        try:
            key, pk, newer = signing.loads(token, salt=self.salt)
            if not (isinstance(pk, int) and pk > 0 and newer in (0, 1)) or not isinstance(key, str | None):
                raise InvalidCursor(INVALID_CURSOR)
            field = self.model._meta.get_field(self.field)
            if not isinstance(field, Field):
                raise TypeError(f"{self.field} is not a field of its own on {self.model.__name__}")
            value = None if key is None else field.to_python(key)
        except (signing.BadSignature, ValidationError, ValueError, TypeError) as error:
            raise InvalidCursor(INVALID_CURSOR) from error
        return Cursor(key=value, pk=pk, newer=bool(newer))

    def position_of(self, row: M, *, newer: bool) -> Cursor:
        return Cursor(key=getattr(row, self.field), pk=row.pk, newer=newer)

    # --- queries --------------------------------------------------------------------------------

    def ordered(self, queryset: QuerySet[M]) -> QuerySet[M]:
        return queryset.order_by(f"-{self.field}", "-pk")

    def page(self, queryset: QuerySet[M], cursor: Cursor | None, size: int) -> KeysetPage[M]:
        """One page of `queryset` from `cursor` (the newest rows without one): a single query of
        `size + 1` rows, the extra one only telling whether there is a page beyond."""
        ordered = self.ordered(queryset)
        if cursor is None:
            found = list(ordered[: size + 1])
        elif cursor.newer:
            # Read upwards from the cursor, nearest first; shown newest first below.
            found = list(ordered.reverse().filter(self._before(cursor, queryset.db))[: size + 1])
        else:
            found = list(ordered.filter(self._after(cursor, queryset.db))[: size + 1])
        more = len(found) > size
        rows = found[:size]
        upwards = cursor is not None and cursor.newer
        if upwards:
            rows.reverse()
        if not rows:
            # Nothing there (its rows have gone since the link was made): offer only the way back.
            back = None if cursor is None else Cursor(cursor.key, cursor.pk, newer=not cursor.newer)
            return KeysetPage(rows, older=back if upwards else None, newer=None if upwards else back)
        # Reading down, there are newer rows whenever we came from a cursor (that is, from them); reading
        # up, there are older ones always. The other way, the extra row says.
        has_older = more if not upwards else True
        has_newer = more if upwards else cursor is not None
        return KeysetPage(
            rows,
            older=self.position_of(rows[-1], newer=False) if has_older else None,
            newer=self.position_of(rows[0], newer=True) if has_newer else None,
        )

    def _after(self, cursor: Cursor, db: str) -> Q:
        """Rows after the cursor in newest-first order: a smaller (key, id)."""
        nulls_largest = connections[db].features.nulls_order_largest
        null, key, pk = Q(**{f"{self.field}__isnull": True}), self.field, cursor.pk
        if cursor.key is None:
            same = null & Q(pk__lt=pk)
            return same | ~null if nulls_largest else same
        # `key <= k AND (key < k OR id < i)` rather than the plain OR, so the index gets a range bound.
        smaller = Q(**{f"{key}__lte": cursor.key}) & (Q(**{f"{key}__lt": cursor.key}) | Q(pk__lt=pk))
        return smaller if nulls_largest else smaller | null

    def _before(self, cursor: Cursor, db: str) -> Q:
        """Rows before the cursor in newest-first order: a larger (key, id)."""
        nulls_largest = connections[db].features.nulls_order_largest
        null, key, pk = Q(**{f"{self.field}__isnull": True}), self.field, cursor.pk
        if cursor.key is None:
            same = null & Q(pk__gt=pk)
            return same if nulls_largest else same | ~null
        larger = Q(**{f"{key}__gte": cursor.key}) & (Q(**{f"{key}__gt": cursor.key}) | Q(pk__gt=pk))
        return larger | null if nulls_largest else larger
