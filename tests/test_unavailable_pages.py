"""A database error anywhere in a request — view, template or middleware — is a 503 page.

The outage test (test_database_outage.py) stops a real server; these show each path
through the code in-process, on both databases.
"""

import pytest
from django.contrib.sessions.middleware import SessionMiddleware
from django.db import InterfaceError, OperationalError
from django.test import Client

from articles import views

pytestmark = pytest.mark.django_db


def fail(*args, **kwargs):
    raise OperationalError("connection to server at 127.0.0.1 failed: Connection refused")


def assert_503(response) -> None:
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response["Cache-Control"] == "no-store"
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html and "الموقع غير متاح مؤقتًا" in html
    assert "OperationalError" not in html and "127.0.0.1" not in html


def test_a_view_that_loses_the_database_answers_503(client, monkeypatch):
    monkeypatch.setattr(views, "get_article_for", fail)
    assert_503(client.get("/articles/1/x/"))


def test_a_template_that_loses_the_database_answers_503(client, monkeypatch):
    # The latest articles' query runs while its template renders.
    monkeypatch.setattr(views.LatestView, "get_queryset", lambda self: fail())
    assert_503(client.get("/latest/"))


def test_a_middleware_that_loses_the_database_answers_503(monkeypatch):
    # Raised before any view runs, so only the 500 handler sees it.
    monkeypatch.setattr(SessionMiddleware, "process_request", fail)
    assert_503(Client(raise_request_exception=False).get("/"))


def test_an_interface_error_is_an_outage_too(client, monkeypatch):
    def closed(*args, **kwargs):
        raise InterfaceError("connection already closed")

    monkeypatch.setattr(views, "get_article_for", closed)
    assert_503(client.get("/articles/1/x/"))


def test_other_errors_stay_arabic_500s(monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("a bug")

    monkeypatch.setattr(views, "get_article_for", broken)
    response = Client(raise_request_exception=False).get("/articles/1/x/")
    assert response.status_code == 500
    assert "حدث خطأ" in response.content.decode()


def test_health_reports_a_lost_database(client, monkeypatch):
    from django.db.backends.base.base import BaseDatabaseWrapper

    monkeypatch.setattr(BaseDatabaseWrapper, "cursor", fail)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "unavailable"
    assert response.json()["databases"] == {"default": "down"}
