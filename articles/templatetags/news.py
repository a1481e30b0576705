from datetime import date, datetime

from django import template
from django.http import QueryDict
from django.utils import timezone

from ..dates import format_arabic_date

register = template.Library()


@register.filter
def arabic_date(value: datetime | date | None) -> str:
    """«26 يونيو 2024» in the site's time zone."""
    if value is None:
        return ""
    if isinstance(value, datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    return format_arabic_date(value)


@register.simple_tag(takes_context=True)
def page_url(context, number: int) -> str:
    """The current URL's query string with `page` set to `number` (other filters kept)."""
    query: QueryDict = context["request"].GET.copy()
    if number == 1:
        query.pop("page", None)
    else:
        query["page"] = number
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else context["request"].path
