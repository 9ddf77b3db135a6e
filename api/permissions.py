"""API permission classes. The default (NoPermissionDeclared) refuses everything: views must declare."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rest_framework.permissions import SAFE_METHODS, BasePermission, IsAuthenticated

if TYPE_CHECKING:  # DRF imports this module while rest_framework.views is still loading.
    from rest_framework.request import Request
    from rest_framework.views import APIView

    from program.models import Program


class NoPermissionDeclared(BasePermission):
    """Fail closed: a view that forgets to declare permission_classes lets nobody in."""

    def has_permission(self, request: Request, view: APIView) -> bool:
        return False


class IsSignedIn(IsAuthenticated):
    """Signed in and active; what the user then sees is limited by the view's selector."""

    def has_permission(self, request: Request, view: APIView) -> bool:
        return bool(super().has_permission(request, view) and request.user.is_active)


def _program_of(obj: Any) -> Program:
    from program.models import Program

    return obj if isinstance(obj, Program) else obj.program


class ReadOrManageProgram(IsSignedIn):
    """Anyone in scope reads (the selector decides scope); writes need `manage_program` on its program."""

    def has_object_permission(self, request: Request, view: APIView, obj: Any) -> bool:
        if request.method in SAFE_METHODS:
            return True
        from program.selectors import holds  # imported late: DRF loads this module while settings load

        return holds(request.user, "manage_program", _program_of(obj))
