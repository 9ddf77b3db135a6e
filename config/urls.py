"""Root URLs: pages (program and, later, the other modules), the API, its schema and docs, the admin."""

from csp.constants import UNSAFE_INLINE
from csp.decorators import csp_update
from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.permissions import AllowAny

urlpatterns = [
    path("", include("program.urls")),
    path("", include("supervision.urls")),
    path("", include("succession.urls")),
    path("", include("selection.urls")),
    # Namespaced: the router's names (contact-detail, …) must not shadow the pages' names.
    path("api/v1/", include(("api.urls", "api"), namespace="api")),
    # The schema and docs describe endpoints only; data still needs a sign-in. Public so tools can fetch them.
    path("api/schema/", SpectacularAPIView.as_view(permission_classes=[AllowAny]), name="api-schema"),
    # The split view loads Swagger UI's start-up script from a URL instead of inlining it, so scripts
    # stay 'self' only. Swagger UI's page carries an inline <style> and its stylesheet draws icons
    # from data: URIs; that page alone, which shows no data, may use both.
    path(
        "api/docs/",
        csp_update({"style-src": [UNSAFE_INLINE], "img-src": ["data:"]})(
            SpectacularSwaggerSplitView.as_view(url_name="api-schema", permission_classes=[AllowAny])
        ),
        name="api-docs",
    ),
    path("admin/", admin.site.urls),
]
