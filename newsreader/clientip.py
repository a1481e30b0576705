"""The address of the client, as login throttling must see it."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str | None:
    """The connecting address, or — behind `TRUSTED_PROXY_COUNT` proxies — the address the
    outermost of them saw, read from the right of `X-Forwarded-For`.

    Entries further left are whatever the client sent and are never trusted, so an attacker
    cannot dodge a lockout by inventing a new address per attempt.
    """
    hops = settings.TRUSTED_PROXY_COUNT
    if hops:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= hops:
            return forwarded[-hops]
    return request.META.get("REMOTE_ADDR")
