from django.conf import settings
from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from . import exploring


def site(request: HttpRequest) -> dict:
    return {
        "SITE_NAME": settings.SITE_NAME,
        "SITE_URL": settings.SITE_URL,
        # Only pages that draw the header ask for it; it is cached for minutes.
        "sections": SimpleLazyObject(exploring.sections),
    }
