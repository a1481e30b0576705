"""Search-result snippet cost (a script, not a test).

    .venv/bin/python bench/bench_snippets.py [--repeat N]

Highlights a results page: twenty dev-corpus articles (summary and body), one snippet each,
for every dev-corpus search query, and prints the median time per results page. It needs no
database: highlighting works on the text already fetched.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsreader.settings")
os.environ.setdefault("DEBUG", "1")

import django  # noqa: E402

django.setup()

from articles.search import Highlighter, ParsedQuery  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "dev-corpus"
PAGE = 20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rows = [json.loads(line) for line in (CORPUS / "articles.jsonl").open(encoding="utf-8")]
    texts = [row.get("summary", "") + "\n" + row["body"] for row in rows][:PAGE]
    queries = [
        ParsedQuery.parse(json.loads(line)["query"])
        for line in (CORPUS / "search_queries.jsonl").open(encoding="utf-8")
    ]
    times = []
    for _ in range(args.repeat):
        for query in queries:
            start = time.perf_counter()
            highlighter = Highlighter(query)
            for text in texts:
                highlighter.snippet(text)
            times.append((time.perf_counter() - start) * 1000)
    print(f"snippets for a page of {len(texts)} results, {len(queries)} queries x {args.repeat}")
    print(f"  median {statistics.median(times):.2f} ms per results page, max {max(times):.2f} ms")


if __name__ == "__main__":
    main()
