"""A reader's request whose query runs too long ends, on PostgreSQL too, in the Arabic 503;
the newsroom's requests get a longer limit; management commands none."""

import pytest
from django.db import connection
from django.http import HttpResponse
from django.test import RequestFactory

from articles import views
from newsreader import limits

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's statement_timeout"),
]


def _timeout() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        return cursor.fetchone()[0]


@pytest.fixture
def serving(monkeypatch, settings):
    """This process serves readers, as under gunicorn; the connection is as it would open."""
    settings.READER_STATEMENT_TIMEOUT = 0.3
    settings.ADMIN_STATEMENT_TIMEOUT = 5
    monkeypatch.setattr(limits, "_serving", True)
    limits._limit_new_connection(None, connection)
    yield
    limits._set(connection, 0)


def test_a_serving_process_limits_every_connection_it_opens(serving):
    assert _timeout() == "300ms"


def test_a_runaway_query_ends_in_the_arabic_503(client, serving, monkeypatch):
    def runaway(self):
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_sleep(3)")

    monkeypatch.setattr(views.LatestView, "get_queryset", runaway)
    response = client.get("/latest/")
    assert response.status_code == 503
    assert "الموقع غير متاح مؤقتًا" in response.text
    assert _timeout() == "300ms"  # the connection is still usable, and still limited


def test_the_newsroom_gets_a_longer_limit_for_its_requests_only(serving, settings):
    seen = []

    def newsroom_view(request):
        seen.append(_timeout())
        return HttpResponse()

    middleware = limits.NewsroomStatementTimeoutMiddleware(newsroom_view)
    middleware(RequestFactory().get("/" + settings.ADMIN_URL + "articles/article/"))
    middleware(RequestFactory().get("/tags/"))
    assert seen == ["5s", "300ms"]
    assert _timeout() == "300ms"


def test_the_wsgi_entry_point_serves_readers():
    import newsreader.wsgi  # noqa: F401 - what gunicorn loads

    assert limits._serving
