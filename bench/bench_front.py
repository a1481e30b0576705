"""What the front page costs: its first reader after a change, and every reader after.

    DATABASE_URL=postgres://.../newsreader_bench .venv/bin/python bench/bench_front.py

Against the archive in DATABASE_URL, with the page cache off: the first reader after a
change composes the front page (lead, top stories, sections), renders and stores it; the
next ones read it stored. Each is requested REPEAT times through Django (no HTTP server),
with the sections the editors chose (SECTIONS of the biggest tags, 4 stories each) and
with none (the tags of the latest articles), and the median and worst request time, the
database time and the queries are printed. Nothing is left changed: the editors' sections
made for the run are deleted after it.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsreader.settings")
os.environ.setdefault("DEBUG", "0")
os.environ.setdefault("SECRET_KEY", "bench-only-0123456789abcdef0123456789abcdef")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
os.environ.setdefault("ALLOWED_HOSTS", "testserver")
os.environ["CACHE_URL"] = "dummycache://"

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from articles import changes  # noqa: E402
from articles.models import Article, FrontPageSection, Tag  # noqa: E402

REPEAT = int(os.environ.get("REPEAT", 7))
SECTIONS = int(os.environ.get("SECTIONS", 8))


class Timer:
    def __init__(self) -> None:
        self.seconds = 0.0
        self.queries = 0

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds += time.perf_counter() - started
            self.queries += 1


def measure(client: Client, *, first: bool) -> tuple[list[float], list[float], int]:
    totals, db, queries = [], [], 0
    client.get("/")  # warm PostgreSQL's buffers and the process
    for _ in range(REPEAT):
        if first:
            changes.content_changed()  # what any editor's change does
        timer = Timer()
        started = time.perf_counter()
        with connection.execute_wrapper(timer):
            response = client.get("/")
        totals.append((time.perf_counter() - started) * 1000)
        db.append(timer.seconds * 1000)
        queries = timer.queries
        assert response.status_code == 200
    return totals, db, queries


def main() -> None:
    setup_test_environment()
    client = Client()
    print(f"{Article.objects.published().count():,} public articles")
    print(f"{'front page':<34}{'queries':>8}{'median ms':>11}{'max ms':>8}{'db ms':>7}")
    made = []
    try:
        for label, chosen in (
            ("sections by default", False),
            (f"{SECTIONS} chosen sections", True),
        ):
            if chosen and not FrontPageSection.objects.exists():
                for order, tag in enumerate(Tag.objects.order_by("-listed_articles")[:SECTIONS]):
                    made.append(FrontPageSection.objects.create(tag=tag, order=order).pk)
            for reader, first in (("first reader", True), ("next readers (stored)", False)):
                totals, db, queries = measure(client, first=first)
                print(
                    f"{label + ', ' + reader:<34}{queries:>8}{statistics.median(totals):>11.1f}"
                    f"{max(totals):>8.1f}{statistics.median(db):>7.1f}"
                )
    finally:
        FrontPageSection.objects.filter(pk__in=made).delete()
        changes.front_page_changed()


if __name__ == "__main__":
    main()
