"""`/healthz`: what a load balancer or a monitor asks before sending readers here."""

from __future__ import annotations

from django.conf import settings
from django.db import DatabaseError, connections
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


def database_is_up(alias: str) -> bool:
    try:
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        # Drop the broken connection now so the next check reconnects.
        connections[alias].close_if_unusable_or_obsolete()
        return False


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    """200 when the main database answers, 503 when it does not; replicas are reported."""
    databases = {
        alias: "up" if database_is_up(alias) else "down"
        for alias in settings.HEALTH_CHECK_DATABASES
    }
    healthy = databases["default"] == "up"
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", "databases": databases},
        status=200 if healthy else 503,
    )
