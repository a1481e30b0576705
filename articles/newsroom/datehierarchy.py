"""The article list's date hierarchy without reading every row.

Django lists the years (or months, or days) that have articles with `SELECT DISTINCT
date_trunc(...)` over every listed row: 0.2 s with 100,000 articles. Here the periods are
found by skipping from one to the next (a «loose index scan»): the earliest date, then the
earliest date from the start of the following period, and so on. Each step is one lookup in
the date index, so the cost follows the number of periods shown, not of articles.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, cast

from django.contrib.admin.templatetags.admin_list import date_hierarchy
from django.db.models import Min, QuerySet
from django.utils import timezone

if TYPE_CHECKING:
    from django.contrib.admin.views.main import ChangeList

# The periods a date hierarchy lists: years, then a year's months, then a month's days.
Kind = Literal["year", "month", "day"]

MAX_PERIODS = 400  # a list this long is no hierarchy; let the database do it


def _start(moment: datetime, kind: Kind) -> datetime:
    parts = {"year": (moment.year, 1, 1), "month": (moment.year, moment.month, 1)}
    year, month, day = parts.get(kind, (moment.year, moment.month, moment.day))
    return timezone.make_aware(datetime(year, month, day))


def _next(start: datetime, kind: Kind) -> datetime:
    naive = timezone.make_naive(start)
    if kind == "year":
        naive = naive.replace(year=naive.year + 1)
    elif kind == "month":
        naive = naive.replace(year=naive.year + naive.month // 12, month=naive.month % 12 + 1)
    else:
        naive = datetime.fromordinal(naive.toordinal() + 1)
    return timezone.make_aware(naive)


def periods_with_rows(queryset: QuerySet, field: str, kind: Kind) -> list[datetime]:
    """What `queryset.datetimes(field, kind)` returns, found by skipping between periods."""
    found: list[datetime] = []
    earliest = queryset.aggregate(first=Min(field))["first"]
    while earliest is not None:
        if len(found) == MAX_PERIODS:
            return list(queryset.datetimes(field, kind))
        start = _start(timezone.localtime(earliest), kind)
        found.append(start)
        later = queryset.filter(**{f"{field}__gte": _next(start, kind)})
        earliest = later.aggregate(first=Min(field))["first"]
    return found


class _ProbingQuerySet:
    """The change list's queryset as the date hierarchy sees it."""

    def __init__(self, queryset: QuerySet) -> None:
        self._queryset = queryset

    def aggregate(self, *args, **kwargs):
        return self._queryset.aggregate(*args, **kwargs)

    def datetimes(self, field: str, kind: Kind) -> list[datetime]:
        return periods_with_rows(self._queryset, field, kind)


class _ChangeListView:
    def __init__(self, changelist) -> None:
        self._changelist = changelist
        self.queryset = _ProbingQuerySet(changelist.queryset)

    def __getattr__(self, name):
        return getattr(self._changelist, name)


def probing_date_hierarchy(changelist) -> dict[str, Any] | None:
    """Django's date hierarchy context, its periods found by probes."""
    # The view stands in for the change list: it has all of its attributes.
    return date_hierarchy(cast("ChangeList", _ChangeListView(changelist)))
