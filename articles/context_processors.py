from django.conf import settings
from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject
from django.utils.safestring import mark_safe

from .stored import sections as navigation


def site(request: HttpRequest) -> dict:
    return {
        "SITE_NAME": settings.SITE_NAME,
        "SITE_URL": settings.SITE_URL,
        # Only pages that draw the header ask for it; it is stored, not computed per page.
        "sections": SimpleLazyObject(navigation.sections),
        # The header's <nav> as stored, for pages that are none of its sections.
        "stored_nav": SimpleLazyObject(lambda: mark_safe(navigation.nav_html())),
    }
