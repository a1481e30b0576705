"""`/healthz`: what a load balancer or a monitor asks before sending readers here."""

from __future__ import annotations

from django.conf import settings
from django.core.cache import caches
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


def cache_state(alias: str) -> str:
    """ "up", or for a cache in another process (Redis) "down" or "full" as it is now."""
    cache = caches[alias]
    return cache.state() if hasattr(cache, "state") else "up"


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    """200 when the main database answers, 503 when it does not; replicas are reported.

    A cache that is down or full is reported, but the server still serves (every page
    is then rendered for its reader): "degraded", not unavailable.
    """
    databases = {
        alias: "up" if database_is_up(alias) else "down"
        for alias in settings.HEALTH_CHECK_DATABASES
    }
    cache_states = {alias: cache_state(alias) for alias in settings.CACHES}
    healthy = databases["default"] == "up"
    status = "ok" if all(state == "up" for state in cache_states.values()) else "degraded"
    return JsonResponse(
        {
            "status": status if healthy else "unavailable",
            "databases": databases,
            "caches": cache_states,
        },
        status=200 if healthy else 503,
    )
