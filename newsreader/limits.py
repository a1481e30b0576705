"""How long one statement may run on PostgreSQL while the site serves readers.

A query that runs away (a page nobody benchmarked, a planner's bad guess) must end with
the reader's Arabic 503 (`DatabaseUnavailableMiddleware`) instead of holding a worker and
a database backend, and it must end on the server too: a client that gave up does not stop
PostgreSQL. So every connection a serving process opens gets `statement_timeout`
(`READER_STATEMENT_TIMEOUT`, 2 s). The newsroom's requests may take longer
(`ADMIN_STATEMENT_TIMEOUT`, 30 s): a bulk action or a re-linking is still bounded, but not
by a reader's patience. Management commands (imports, migrations, backups) set nothing:
they are not serving anyone who waits.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections
from django.db.backends.signals import connection_created
from django.http import HttpRequest, HttpResponse

_serving = False


def serve_readers() -> None:
    """Called by the WSGI and ASGI entry points: this process serves the site."""
    global _serving
    _serving = True
    connection_created.connect(_limit_new_connection, dispatch_uid="newsreader.limits")


def _set(connection, seconds: float) -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT set_config('statement_timeout', %s, false)", [f"{seconds * 1000:.0f}"]
        )


def _limit_new_connection(sender, connection, **kwargs) -> None:
    if connection.vendor == "postgresql":
        _set(connection, settings.READER_STATEMENT_TIMEOUT)


class NewsroomStatementTimeoutMiddleware:
    """The newsroom's requests get the longer limit, for their duration."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.prefix = "/" + settings.ADMIN_URL

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not _serving or not request.path.startswith(self.prefix):
            return self.get_response(request)
        # The newsroom writes to the primary; other aliases in use get the limit too.
        used = [c for c in connections.all(initialized_only=True) if c.connection is not None]
        postgres = [c for c in {connections[DEFAULT_DB_ALIAS], *used} if c.vendor == "postgresql"]
        for connection in postgres:
            _set(connection, settings.ADMIN_STATEMENT_TIMEOUT)
        try:
            return self.get_response(request)
        finally:
            for connection in postgres:
                if connection.connection is None:
                    continue
                try:
                    _set(connection, settings.READER_STATEMENT_TIMEOUT)
                except DatabaseError:
                    connection.close()  # the next request connects afresh, with the limit
