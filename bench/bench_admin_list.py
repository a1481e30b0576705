"""The newsroom's article list with many articles (a script, not a test).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_admin \\
        .venv/bin/python bench/bench_admin_list.py [--articles 100000] [--repeat 5]

Use a database of its own: the script migrates it, tops it up to `--articles` synthetic
articles (bulk inserts, no search index or revisions: the list does not read them), runs
ANALYZE, then requests the admin's article list as a superuser: the plain list, a deep
page, a status filter, a date-hierarchy year and a search. For each it prints the median
time, the number of queries, and every COUNT it ran, so a full-table count would show.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsreader.settings")
os.environ.setdefault("DEBUG", "1")

import django

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from articles.models import Article, Source  # noqa: E402
from articles.text.normalize import normalize  # noqa: E402

WORDS = [
    "الحكومة",
    "تعلن",
    "خطة",
    "جديدة",
    "لدعم",
    "الاقتصاد",
    "والتعليم",
    "والصحة",
    "في",
    "المدن",
    "والقرى",
]
PAGES = {
    "plain list": {},
    "page 400": {"p": "400"},
    "status filter": {"status__exact": "published"},
    "year 2025": {"published_at__year": "2025"},
    "search": {"q": "خطة جديدة"},
}


def top_up(total: int) -> None:
    have = Article.objects.count()
    if have >= total:
        return
    source, _ = Source.objects.get_or_create(
        name_key=normalize("مصدر القياس"), defaults={"name": "مصدر القياس", "slug": "مصدر-القياس"}
    )
    now = timezone.now()
    batch = []
    for n in range(have, total):
        title = f"{' '.join(WORDS[n % 7 : n % 7 + 5])} رقم {n}"
        batch.append(
            Article(
                title=title,
                title_key=normalize(title),
                slug=f"bench-{n}",
                body="نص الخبر.",
                status="published" if n % 10 else "draft",
                published_at=now - timedelta(minutes=7 * n),
                source=source,
                version=1,
            )
        )
        if len(batch) == 5000:
            Article.objects.bulk_create(batch)
            batch = []
    Article.objects.bulk_create(batch)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    top_up(args.articles)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE articles_article")
    user, _ = get_user_model().objects.get_or_create(
        username="bench", defaults={"is_staff": True, "is_superuser": True}
    )
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    print(f"{connection.vendor}, {Article.objects.count():,} articles")
    for label, params in PAGES.items():
        times = []
        for _ in range(args.repeat):
            with CaptureQueriesContext(connection) as queries:
                start = time.perf_counter()
                response = client.get("/admin/articles/article/", params)
                times.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, response.status_code
        counts = [q["sql"] for q in queries if "COUNT(" in q["sql"].upper()]
        full = [sql for sql in counts if "LIMIT" not in sql.upper()]
        print(
            f"{label:14} median {statistics.median(times):7.1f} ms, {len(queries)} queries, "
            f"{len(counts)} counts ({len(full)} unbounded)"
        )


if __name__ == "__main__":
    main()
