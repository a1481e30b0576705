"""How dates and counts read on the site: Arabic month names, Hijri dates, relative times
and the six Arabic plural forms, in the digits and month names the site is set to use.

The conventions are settings (`DATE_MONTHS`: egyptian or levantine; `DATE_DIGITS`:
western or arabic) so a Levantine or Gulf edition changes them without code.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from html import escape

from django.conf import settings
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext, ngettext
from hijridate import Gregorian

from .text.dates import format_arabic_date

_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def digits(text: str | int) -> str:
    """Digits as the site writes them (Western by default, Arabic-Indic as a setting)."""
    text = str(text)
    return text.translate(_ARABIC_INDIC) if settings.DATE_DIGITS == "arabic" else text


def local[D: (datetime, date)](value: D) -> D:
    if isinstance(value, datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


def long_date(value: datetime | date) -> str:
    """«26 يونيو 2024» (or «26 حزيران 2024»), in the site's time zone."""
    return format_arabic_date(
        local(value), months=settings.DATE_MONTHS, digits=settings.DATE_DIGITS
    )


def long_datetime(value: datetime) -> str:
    """«5 ديسمبر 2026، 9:05 ص»: the date and the 12-hour time, in the site's time zone."""
    value = local(value)
    hour = value.hour % 12 or 12
    meridiem = gettext("ص") if value.hour < 12 else gettext("م")
    return f"{long_date(value)}، {digits(f'{hour}:{value.minute:02d}')} {meridiem}"


def arabic_list(items: Sequence[str]) -> str:
    """«أ، ب وج»: «، » between names, and «و» joined to the last one, as Arabic writes it."""
    if len(items) <= 1:
        return "".join(items)
    return "، ".join(items[:-1]) + " و" + items[-1]


def hijri_date(value: datetime | date) -> str:
    """«20 ذو الحجة 1445 هـ» (tabular Umm al-Qura calendar)."""
    day = local(value)
    try:
        hijri = Gregorian(day.year, day.month, day.day).to_hijri()
    except (OverflowError, ValueError):  # outside the calendar's supported range
        return ""
    return digits(f"{hijri.day} {hijri.month_name('ar')} {hijri.year} هـ")


def count(n: int, noun: str) -> str:
    """A count in the six Arabic plural forms: «مقال واحد», «مقالان», «3 مقالات», «11 مقالًا»."""
    singular, plural = _COUNTS[noun]
    return ngettext(singular, plural, n) % {"n": digits(n)}


# Each pair is the msgid/msgid_plural that locale/ar/LC_MESSAGES/django.po translates into
# the six Arabic forms (zero, one, two, few 3-10, many 11-99, other 100+).
_COUNTS = {
    "article": ("مقال واحد", "%(n)s مقال"),
    "mention": ("مرة واحدة", "%(n)s مرة"),
    "result": ("نتيجة واحدة", "%(n)s نتيجة"),
    "reading": ("دقيقة واحدة للقراءة", "%(n)s دقيقة للقراءة"),
    "minutes-ago": ("منذ دقيقة", "منذ %(n)s دقيقة"),
    "hours-ago": ("منذ ساعة", "منذ %(n)s ساعة"),
    "days-ago": ("منذ يوم", "منذ %(n)s يوم"),
}


def reading_minutes(text: str, *, words_per_minute: int = 200) -> int:
    """Minutes an average reader needs for `text` (Arabic news prose: about 200 words/min)."""
    return max(1, round(len(text.split()) / words_per_minute))


def reading_time(text: str) -> str:
    return count(reading_minutes(text), "reading")


def relative_time(value: datetime, now: datetime | None = None) -> str:
    """«منذ 3 ساعات» within the last week; older (or future) times read as a date."""
    now = now or timezone.now()
    delta = now - value
    if delta < timedelta(0) or delta >= timedelta(days=7):
        return long_date(value)
    if delta < timedelta(minutes=1):
        return gettext("الآن")
    if delta < timedelta(hours=1):
        return count(int(delta.total_seconds() // 60), "minutes-ago")
    if delta < timedelta(days=1):
        return count(int(delta.total_seconds() // 3600), "hours-ago")
    return count(delta.days, "days-ago")


def index_items(subjects: Iterable[tuple[str, str, int]]) -> SafeString:
    """An index page's list items, from (link, name, article count) triples: written at once,
    as a template loop over a hundred names costs more than the page's queries."""
    # The standard library's escape, as Django's own escape() does underneath, without the
    # lazy-text checks that cost as much again on every argument.
    return mark_safe(
        "".join(
            f'<li><a href="{escape(link)}">{escape(name)}</a>'
            f'<span class="count">({digits(count)})</span></li>'
            for link, name, count in subjects
        )
    )
