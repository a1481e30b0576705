from datetime import date, datetime

from django import template
from django.http import QueryDict
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from .. import display
from ..body import isolate_ltr
from ..stored.front import since_mark
from ..urlbuilding import PAGE_PARAMETERS

register = template.Library()


@register.filter
def arabic_date(value: datetime | date | None) -> str:
    """«26 يونيو 2024» in the site's time zone, month names and digits."""
    return display.long_date(value) if value else ""


@register.filter
def arabic_datetime(value: datetime | None) -> str:
    """«5 ديسمبر 2026، 9:05 م» in the site's time zone, month names and digits."""
    return display.long_datetime(value) if value else ""


@register.filter
def since(value: datetime | None) -> SafeString:
    """Where a stored page shows the time since `value` («منذ 3 ساعات»), put in when the
    page is shown (`articles.stored.front`)."""
    return mark_safe(since_mark(value)) if value else mark_safe("")


@register.simple_tag
def author_links(authors, rel: str = "") -> SafeString:
    """The byline's names, each linked to its page, joined as Arabic joins a list."""
    links = [
        format_html(
            '<a href="{}"{}>{}</a>',
            author.get_absolute_url(),
            format_html(' rel="{}"', rel) if rel else "",
            author.name,
        )
        for author in authors
    ]
    return mark_safe(display.arabic_list(links))  # each link was escaped by format_html


@register.filter
def hijri_date(value: datetime | date | None) -> str:
    return display.hijri_date(value) if value else ""


@register.filter
def count(value: int, noun: str) -> str:
    """{{ n|count:"article" }} → «مقال واحد», «مقالان», «3 مقالات», «11 مقالًا»."""
    return display.count(int(value or 0), noun)


@register.filter
def digits(value) -> str:
    return display.digits(value)


@register.filter
def reading_time(text: str) -> str:
    return display.reading_time(text or "")


@register.simple_tag(takes_context=True)
def page_url(context, number: int) -> str:
    """The current URL's query string with `page` set to `number` (other filters kept,
    anything no page reads left out: a cached page must not carry one reader's noise)."""
    query: QueryDict = context["request"].GET.copy()
    for name in set(query) - PAGE_PARAMETERS:
        del query[name]
    if number == 1:
        query.pop("page", None)
    else:
        query["page"] = str(number)
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else context["request"].path


@register.filter
def iso(value: datetime | None) -> str:
    """ISO 8601 for <time datetime>, to the second, in the site's time zone (HTML allows at
    most three fraction digits; readers and crawlers need none)."""
    if not value:
        return ""
    return display.local(value).replace(microsecond=0).isoformat()


@register.filter
def isolate(text: str) -> SafeString:
    """Escape `text` with its Latin words and separated numbers isolated in <bdi>."""
    return isolate_ltr(text or "")
