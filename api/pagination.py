"""Pagination: page numbers for the small lists, keyset cursors for the ones that grow without bound."""

from __future__ import annotations

from typing import Any

from rest_framework.exceptions import ValidationError
from rest_framework.pagination import CursorPagination
from rest_framework.pagination import PageNumberPagination as BasePageNumberPagination
from rest_framework.request import Request
from rest_framework.utils.urls import replace_query_param

from program.keyset import Cursor, InvalidCursor, Keyset


class PageNumberPagination(BasePageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200


class KeysetPagination(CursorPagination):
    """DRF's cursor pagination (its `cursor` and `page_size` parameters, `next`/`previous` links and
    schema) over a keyset of a date field and the id (program/keyset.py).

    DRF's own cursor keeps only the first ordering field and counts past ties with an offset, which
    it caps at 1,000: with thousands of contacts on one day it would repeat or skip rows, and a draft's
    NULL date cannot be a position. This cursor holds the whole (key, id) pair, so every row has a
    position of its own and no offset is needed. No page counts anything."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200
    keyset: Keyset

    def paginate_queryset(self, queryset: Any, request: Request, view: Any = None) -> list[Any]:
        self.request = request
        self.page_size = self.get_page_size(request) or KeysetPagination.page_size
        self.url = request.build_absolute_uri()
        cursor = self.decode_cursor(request)
        page = self.keyset.page(queryset, cursor, self.page_size)
        self.older, self.newer = page.older, page.newer
        self.display_page_controls = bool(self.older or self.newer)
        return page.rows

    def decode_cursor(self, request: Request) -> Cursor | None:  # type: ignore[override]
        token = request.query_params.get(self.cursor_query_param)
        if token is None:
            return None
        try:
            return self.keyset.decode(token)
        except InvalidCursor as error:
            # DRF answers 404 "Invalid cursor"; a bad parameter is the caller's 400, named.
            raise ValidationError({self.cursor_query_param: [str(error)]}) from None

    def _link(self, cursor: Cursor | None) -> str | None:
        if cursor is None:
            return None
        return replace_query_param(self.url, self.cursor_query_param, self.keyset.encode(cursor))

    def get_next_link(self) -> str | None:
        return self._link(self.older)

    def get_previous_link(self) -> str | None:
        return self._link(self.newer)
