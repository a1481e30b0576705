"""Paging the article list without counting 100,000 rows on every page load.

Django's paginator runs `SELECT COUNT(*)` over the listed rows for every page. The
newsroom's unfiltered list instead takes PostgreSQL's own estimate of the table's size
(`pg_class.reltuples`, kept by autovacuum), and a filtered or searched list counts at most
`COUNT_LIMIT` rows; beyond that the list says «more than».
"""

from __future__ import annotations

from django.contrib.admin.views.main import ORDER_VAR, PAGE_VAR
from django.core.paginator import Paginator
from django.db import connections
from django.db.models import QuerySet
from django.utils.functional import cached_property

COUNT_LIMIT = 10_000
# Below this many rows an exact count costs nothing worth saving.
ESTIMATE_FROM = 20_000
UNFILTERED_PARAMS = frozenset({PAGE_VAR, ORDER_VAR})


def table_estimate(model, using: str = "default") -> int | None:
    """PostgreSQL's estimate of the rows in `model`'s table; None elsewhere or unknown."""
    connection = connections[using]
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT reltuples::bigint FROM pg_class WHERE oid = %s::regclass",
            [model._meta.db_table],
        )
        row = cursor.fetchone()
    # -1 means never analysed yet.
    return row[0] if row and row[0] >= 0 else None


class NewsroomPaginator(Paginator):
    """A paginator whose count is an estimate, or an exact count capped at `limit`."""

    object_list: QuerySet

    def __init__(
        self,
        object_list: QuerySet,
        per_page,
        *,
        estimate: int | None = None,
        limit=COUNT_LIMIT,
        **kwargs,
    ):
        super().__init__(object_list, per_page, **kwargs)
        self.estimate = estimate
        self.limit = limit

    @cached_property
    def count(self) -> int:
        if self.estimate is not None:
            return self.estimate
        # COUNT(*) over a LIMIT subquery: stops after `limit + 1` rows.
        return self.object_list.order_by()[: self.limit + 1].count()

    @property
    def is_estimate(self) -> bool:
        return self.estimate is not None

    @property
    def is_capped(self) -> bool:
        return self.estimate is None and self.count > self.limit


def paginator_for(request, queryset, per_page: int, **kwargs) -> NewsroomPaginator:
    """The estimate for the plain list on PostgreSQL, a capped count otherwise."""
    estimate = None
    if set(request.GET) <= UNFILTERED_PARAMS:
        rows = table_estimate(queryset.model, queryset.db)
        if rows is not None and rows >= ESTIMATE_FROM:
            estimate = rows
    return NewsroomPaginator(queryset, per_page, estimate=estimate, limit=COUNT_LIMIT, **kwargs)
