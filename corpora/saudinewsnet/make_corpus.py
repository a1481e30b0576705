"""Make this corpus from one day's file of SaudiNewsNet, and its search queries.

    python corpora/saudinewsnet/make_corpus.py 2015-07-24.json [--articles 200]

Takes the day's first articles with a title and at least 300 characters of text (one per
title, every source in turn), keeps each one's opening paragraphs up to about 900
characters, and writes the corpus in the dev-corpus format beside this script: its
`articles.jsonl`, empty `entities.jsonl` and `gold_entities.json` (search only), and
`search_queries.jsonl`, made mechanically by `articles.corpus.queries.derived_queries`
(a clitic typed, a hamza dropped, a known item per article). Nothing is picked by hand.
"""

from __future__ import annotations

import argparse
import json
import sys
from itertools import zip_longest
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from articles.corpus.queries import derived_queries  # noqa: E402

SOURCES = {
    "aawsat": "الشرق الأوسط",
    "aleqtisadiya": "الاقتصادية",
    "aljazirah": "الجزيرة",
    "almadina": "المدينة",
    "alriyadh": "الرياض",
    "alwatan": "الوطن",
    "alweeam": "الوئام",
    "alyaum": "اليوم",
    "arreyadi": "الرياضي",
    "arreyadiyah": "الرياضية",
    "okaz": "عكاظ",
    "sabq": "سبق",
    "was": "واس",
    "3alyoum": "عين اليوم",
}
MIN_CHARS = 300
BODY_CHARS = 900


def opening(content: str) -> str:
    """The first paragraphs, up to about BODY_CHARS characters, cut after a whole word."""
    kept: list[str] = []
    size = 0
    for paragraph in (" ".join(p.split()) for p in content.splitlines()):
        if not paragraph:
            continue
        if size + len(paragraph) > BODY_CHARS:
            if not kept:
                kept.append(paragraph[:BODY_CHARS].rsplit(" ", 1)[0])
            break
        kept.append(paragraph)
        size += len(paragraph)
    return "\n\n".join(kept)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("day", type=Path, help="a day's JSON file of SaudiNewsNet")
    parser.add_argument("--articles", type=int, default=200)
    args = parser.parse_args()
    by_source: dict[str, list[dict]] = {}
    for item in json.loads(args.day.read_text(encoding="utf-8")):
        if item.get("title", "").strip() and len(item.get("content", "").strip()) >= MIN_CHARS:
            by_source.setdefault(item["source"], []).append(item)
    articles: list[dict] = []
    titles: set[str] = set()
    for row in zip_longest(*(by_source[s] for s in sorted(by_source))):
        for item in row:
            title = item and " ".join(item["title"].split())
            if not item or title in titles or len(articles) >= args.articles:
                continue
            titles.add(title)
            articles.append(
                {
                    "title": title,
                    "body": opening(item["content"]),
                    "source": SOURCES.get(item["source"], item["source"]),
                    "source_url": item["url"],
                    "published_at": item["date_extracted"].replace(" ", "T") + "+03:00",
                }
            )
    write = lambda name, lines: (HERE / name).write_text(  # noqa: E731
        "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8"
    )
    write("articles.jsonl", articles)
    write("entities.jsonl", [])
    (HERE / "gold_entities.json").write_text("{}\n", encoding="utf-8")
    write("search_queries.jsonl", derived_queries(articles))


if __name__ == "__main__":
    main()
