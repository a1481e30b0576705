"""The site survives its database going away: a quick Arabic 503, then recovery.

A throwaway PostgreSQL (its own directory, a free port; never the shared server on
5432) is migrated and served by gunicorn, then stopped and started again under it.
"""

from __future__ import annotations

import json
import os
import socket

import pytest

from tests.servers import Gunicorn, ThrowawayPostgres, free_port, manage, postgres_bin_dir

pytestmark = pytest.mark.outage

BIN_DIR = postgres_bin_dir()


def site_env(database_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO")}
    env.update(
        DJANGO_SETTINGS_MODULE="tests.settings",
        DATABASE_URL=database_url,
        ALLOWED_HOSTS="127.0.0.1",
        CACHE_URL="dummycache://",  # every page must really ask the database
    )
    return env


def assert_unavailable_page(response) -> None:
    assert response.status == 503, response
    assert response.seconds < 2, f"answered in {response.seconds:.2f} s"
    assert '<html lang="ar" dir="rtl">' in response.body
    assert "الموقع غير متاح مؤقتًا" in response.body
    assert "Traceback" not in response.body
    assert int(response.headers["Retry-After"]) > 0
    assert response.headers["Cache-Control"] == "no-store"


@pytest.fixture
def postgres():
    if BIN_DIR is None:
        pytest.skip("no PostgreSQL server binaries (initdb) on this machine")
    server = ThrowawayPostgres(BIN_DIR).init()
    assert server.port != 5432
    server.start()
    yield server
    server.destroy()


def test_the_site_answers_503_while_the_database_is_down_and_recovers(postgres):
    env = site_env(postgres.url)
    manage("migrate", "--noinput", env=env)
    manage("load_demo", env=env)
    site = Gunicorn(env)
    try:
        home = site.wait_until("/", 200)
        assert "مكالمة هاتفية تكسر الصمت" in home.body
        article = "/a/1"
        health = site.get("/healthz")
        assert health.status == 200
        assert json.loads(health.body) == {
            "status": "ok",
            "databases": {"default": "up"},
            "caches": {"default": "up"},
        }

        postgres.stop()
        for path in ("/", article, "/tags/", "/search/?q=موسكو"):
            assert_unavailable_page(site.get(path))
        health = site.get("/healthz")
        assert health.status == 503 and health.seconds < 2
        assert json.loads(health.body)["databases"] == {"default": "down"}

        postgres.start()
        site.wait_until("/", 200, within=15)
        assert "مكالمة هاتفية تكسر الصمت" in site.get(article).body
        assert site.get("/healthz").status == 200
        assert site.process.poll() is None  # the same gunicorn, never restarted
    finally:
        site.stop()
    assert "Traceback" not in site.process.stderr.read().decode()


def test_a_database_that_never_answers_gives_a_503_not_a_hang():
    # A listener that accepts connections and never says a word: a hung or unreachable
    # server. Without a connect timeout every worker would wait on it forever.
    with socket.socket() as silent:
        port = free_port()
        silent.bind(("127.0.0.1", port))
        silent.listen(64)
        site = Gunicorn(site_env(f"postgres://postgres@127.0.0.1:{port}/postgres"))
        try:
            site.wait_until("/", 503)  # the worker is up (its first answer warms it)
            # libpq's shortest connect timeout is 2 s; the page follows at once.
            response = site.get("/tags/")
            assert response.status == 503 and response.seconds < 3, response
            assert "الموقع غير متاح مؤقتًا" in response.body
            health = site.get("/healthz")
            assert health.status == 503 and health.seconds < 3
        finally:
            site.stop()
