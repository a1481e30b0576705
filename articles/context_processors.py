from django.conf import settings
from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from . import navigation


def site(request: HttpRequest) -> dict:
    return {
        "SITE_NAME": settings.SITE_NAME,
        "SITE_URL": settings.SITE_URL,
        # Only pages that draw the header ask for it; it is stored, not computed per page.
        "sections": SimpleLazyObject(navigation.sections),
    }
