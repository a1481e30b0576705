"""The front page, stored as readers get it: one read, and the times put in.

The front page is made of the latest articles, the sections and the lead pin, with every
story's title, summary and byline: nearly any change readers could see changes it. So it
is kept with the render epoch it was rendered in (`freshness`), and served only while
that is still the current epoch, checked in the same query that reads it: whatever made
the change (the admin, an importer, the workflow, a save in a shell), the epoch moved
with it (`articles.changes`) and the next reader renders the page again. It is also
rendered again by other code (`renderer.fingerprint`), and when a scheduled article's
time or a lead pin's start or end comes (`valid_until`).

The time since each story's publication («منذ 3 ساعات») changes with the clock: the page
is stored with a mark in its place (`since_mark`), filled in when shown (`shown`).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from django.db import connections, router
from django.db.models import Field
from django.utils import timezone
from django.utils.html import escape

from .. import display
from ..models import RenderEpoch, StoredFrontPage
from . import freshness as renderer

ROW = 1
_MARK = "<!--since:{}-->"
_MARKS = re.compile(r"<!--since:([0-9T:.+-]+)-->")


def since_mark(published_at: datetime) -> str:
    """Where the stored page shows the time since `published_at` (see `shown`)."""
    return _MARK.format(published_at.astimezone(UTC).isoformat())


def shown(html: str, now: datetime | None = None) -> str:
    """The stored page with the time since each story's publication put in."""
    now = now or timezone.now()
    return _MARKS.sub(
        lambda mark: escape(display.relative_time(datetime.fromisoformat(mark[1]), now)), html
    )


def current() -> tuple[str, datetime | None] | None:
    """The stored front page, if it is current (see the module doc), and until when it may
    be: one query."""
    connection = connections[router.db_for_read(StoredFrontPage)]  # a replica, if there is one
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT f.html, f.valid_until FROM {quote(StoredFrontPage._meta.db_table)} f"
            f" JOIN {quote(RenderEpoch._meta.db_table)} e ON e.id = %s AND e.value = f.epoch"
            " WHERE f.id = %s AND f.renderer = %s"
            " AND (f.valid_until IS NULL OR f.valid_until > %s)",
            [
                renderer.EPOCH_ROW,
                ROW,
                renderer.fingerprint(),
                connection.ops.adapt_datetimefield_value(timezone.now()),
            ],
        )
        found = cursor.fetchone()
    if found is None:
        return None
    until = StoredFrontPage._meta.get_field("valid_until")
    assert isinstance(until, Field)
    return found[0], renderer.from_db(connection, until, found[1])


def store(html: str, read_at: int, valid_until: datetime | None) -> None:
    """Keep the front page `html`, rendered from data read after epoch `read_at`, unless
    something changed since."""
    row = StoredFrontPage(
        pk=ROW,
        html=html,
        epoch=read_at,
        renderer=renderer.fingerprint(),
        valid_until=valid_until,
    )
    with renderer.storing(read_at) as still_current:
        if still_current:
            renderer.upsert([row], unique_fields=["id"])
