"""What a search's ranking statement costs PostgreSQL, read only, with its plan's timing.

    DATABASE_URL=postgres://.../newsreader_bench .venv/bin/python bench/explain_search.py [WORD...]

For each query (by default a common word, two words, a hamza left out, a typed proclitic and
a known-item phrase), by relevance and newest first, it runs the first page's statement
(`search.RankedMatches`, 21 rows) once to warm up, then `EXPLAIN (ANALYZE, BUFFERS)` of it
REPEAT times, and prints the median execution time, the matches and the buffers read. The
session is read only: it never writes to the archive.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsreader.settings")
os.environ.setdefault("DEBUG", "0")
os.environ.setdefault("SECRET_KEY", "bench-only-0123456789abcdef0123456789abcdef")

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from articles.search import parse_query, ranked_ids  # noqa: E402
from articles.search.ranking import PLANNER_SETTINGS  # noqa: E402

REPEAT = 5
QUERIES = ["الرئيس", "الرئيس الحكومة", "موتمر", "والحكومة", "بموسكو"]


def main(words: list[str]) -> None:
    if connection.vendor != "postgresql":
        raise SystemExit("PostgreSQL only: set DATABASE_URL")
    with connection.cursor() as cursor:
        cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
    print(f"{'query':<30} {'order':<10} {'matches':>8} {'median ms':>10} {'buffers':>8}")
    for raw in words or QUERIES:
        for newest in (False, True):
            ranked = ranked_ids(parse_query(raw), newest=newest)
            with CaptureQueriesContext(connection) as queries:
                rows = ranked[0:21]
            total = rows[0][1] if rows else 0
            (statement,) = [q["sql"].removeprefix(PLANNER_SETTINGS) for q in queries]
            times, buffers = [], 0
            with connection.cursor() as cursor:
                for _ in range(REPEAT):
                    explain = "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) "
                    cursor.execute(PLANNER_SETTINGS + explain + statement)  # as it runs
                    cursor.nextset()
                    plan = cursor.fetchone()[0]
                    plan = json.loads(plan) if isinstance(plan, str) else plan
                    times.append(plan[0]["Execution Time"])
                    node = plan[0]["Plan"]
                    buffers = node.get("Shared Hit Blocks", 0) + node.get("Shared Read Blocks", 0)
            order = "newest" if newest else "relevance"
            print(
                f"{raw:<30} {order:<10} {total:>8} {statistics.median(times):>10.2f} {buffers:>8}"
            )


if __name__ == "__main__":
    main(sys.argv[1:])
