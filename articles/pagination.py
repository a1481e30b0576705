"""Pages of long lists whose cost does not grow with the archive.

Django's paginator counts the whole list on every request and fetches a page's rows with
OFFSET, so page 500 of a tag reads 10,000 full rows. Here:

* the count is exact up to `EXACT_UP_TO` rows and, beyond, PostgreSQL's planner estimate
  (no table scan); readers see "about" such a total, and navigation never depends on it;
* a page first fetches only the ids of its rows, plus one, from an index (the extra one
  says whether there is a next page), then the rows themselves by primary key.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from functools import cached_property
from typing import Any, Protocol

from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.db import connections
from django.db.models import QuerySet

EXACT_UP_TO = 1000
BEYOND_ANY_LIST = 2**31  # rows: an offset past it names no page


def estimated_count(queryset: QuerySet) -> int | None:
    """The planner's row estimate for `queryset` (PostgreSQL), without running it."""
    connection = connections[queryset.db]
    if connection.vendor != "postgresql":
        return None
    sql, params = queryset.order_by().query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (FORMAT JSON) " + sql, params)
        plan = cursor.fetchone()[0]
    if isinstance(plan, str):
        plan = json.loads(plan)
    return int(plan[0]["Plan"]["Plan Rows"])


def bounded_count(queryset: QuerySet, exact_up_to: int = EXACT_UP_TO) -> tuple[int, bool]:
    """(count, estimated): exact when small, the planner's estimate when large."""
    # Ordered like the page, the count walks the listing's index and stops at the cap; but
    # an order by computed ranks (search) would rank every match just to count them.
    counted = queryset.order_by() if queryset.query.annotations else queryset
    count = counted[: exact_up_to + 1].count()
    if count <= exact_up_to:
        return count, False
    estimate = estimated_count(queryset)
    if estimate is None:
        return queryset.count(), False
    return max(count, estimate), True


class ArchivePage(Page):
    def __init__(self, object_list, number: int, paginator: Paginator, *, more: bool) -> None:
        super().__init__(object_list, number, paginator)
        self.more = more

    def has_next(self) -> bool:
        return self.more


class SlicedRows(Protocol):
    """Rows read in order by slices, as search's RankedMatches reads its (id, total) pairs."""

    def __getitem__(self, rows: slice, /) -> Iterable[Any]: ...


class ArchivePaginator(Paginator):
    """A paginator for querysets of articles ordered by an index (see the module doc)."""

    def __init__(
        self,
        object_list: QuerySet,
        per_page: int,
        *,
        rows: Callable[[list[int]], list],
        ids: QuerySet | SlicedRows | None = None,
        counted: tuple[int, bool] | None = None,
        **kwargs,
    ) -> None:
        """`rows`: what a page holds for its ids (stored cards, say).
        `ids`: where to read the ordered ids from, when an index other than the rows'
        own serves the list better (`articles.listing`); by default, `object_list`.
        `counted`: (count, estimated) of `ids` when already known (`bounded_count`)."""
        super().__init__(object_list, per_page, **kwargs)
        self.ids = ids if ids is not None else object_list.values_list("pk", flat=True)
        self.rows = rows
        self.estimated = False
        if counted is not None:
            self.__dict__["count"], self.estimated = counted

    @cached_property
    def count(self) -> int:
        assert isinstance(self.ids, QuerySet)  # other rows are counted by their page's query
        count, self.estimated = bounded_count(self.ids)
        return count

    def parse_number(self, number) -> int:
        try:
            if isinstance(number, float) and not number.is_integer():
                raise ValueError
            number = int(number)
        except (TypeError, ValueError):
            raise PageNotAnInteger(self.error_messages["invalid_page"]) from None
        if number < 1:
            raise EmptyPage(self.error_messages["min_page"])
        return number

    def validate_number(self, number) -> int:
        number = self.parse_number(number)
        if not self.estimated and number > self.num_pages and (number > 1 or self.count):
            raise EmptyPage(self.error_messages["no_results"])
        return number

    def page(self, number) -> ArchivePage:
        self.count  # noqa: B018 - whether the count is an estimate decides validation
        number = self.validate_number(number)
        ids = self._ids_of_page(number)
        page = self._page(ids, number)
        if page.more and number >= self.num_pages:  # the estimate fell short: there is more
            self.__dict__["count"] = (number - 1) * self.per_page + len(ids)
        return page

    def _ids_of_page(self, number: int) -> list:
        """The page's rows of `ids`, and one more if there is a next page."""
        bottom = (number - 1) * self.per_page
        if bottom > BEYOND_ANY_LIST:  # a forged page number the database would refuse
            raise EmptyPage(self.error_messages["no_results"])
        found = list(self.ids[bottom : bottom + self.per_page + 1])
        if not found and number > 1:
            raise EmptyPage(self.error_messages["no_results"])
        return found

    def _page(self, ids: list[int], number: int) -> ArchivePage:
        more = len(ids) > self.per_page
        return ArchivePage(self.rows(ids[: self.per_page]), number, self, more=more)


class RankedPaginator(ArchivePaginator):
    """For lists that rank all their rows to show any page of them (search results): the
    page's own query counts them too, exactly (`ids` yields (id, total) pairs, the total a
    window count), so that no query counts them again."""

    def page(self, number) -> ArchivePage:
        number = self.parse_number(number)
        found = self._ids_of_page(number)
        self.__dict__["count"] = found[0][1] if found else 0
        return self._page([pk for pk, _total in found], number)
