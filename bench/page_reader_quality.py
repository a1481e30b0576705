"""How many fields the page reader gets right (a script, not a test).

    .venv/bin/python bench/page_reader_quality.py [CORPUS] [--seed 16] [--show N]

CORPUS is a directory in the dev corpus's format (default: tests/data/dev-corpus). Two
figures: its scraped pages (`raw/*.txt` against `raw/*.expected.json`: title, source, author,
date, caption, and the body's start, end and furniture left out) and its articles rendered
in the eight layouts of tests/page_layouts.py (title, summary, authors, source, date,
caption, tags and the body's paragraphs, each exact). `--show N` prints N wrong fields with
what was expected and what was found. No database is needed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# The page reader needs no Django, but the package it sits in does.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsreader.settings")
os.environ.setdefault("DEBUG", "1")

import django  # noqa: E402

django.setup()

from articles.importing.pagereader.reader import parse_page  # noqa: E402
from tests.page_layouts import FIELDS, fields_right, load_articles, pages  # noqa: E402

DEV_CORPUS = ROOT / "tests" / "data" / "dev-corpus"


def _collapse(text: str) -> str:
    return " ".join(text.split())


def raw_page_fields(path: Path) -> dict[str, bool]:
    """The fields of one scraped page its `.expected.json` gives, right or wrong."""
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    parsed = parse_page(path.read_text(encoding="utf-8"))
    published = parsed.published_at.isoformat() if parsed.published_at else None
    body = _collapse(parsed.body)
    right = {
        "title": parsed.title == expected["title"],
        "source": parsed.source == expected["source"],
        # (the sets differ on a byline of several writers: some give the first, others
        # the names as printed, «أحمد سالم ومنى عادل»; the reader keeps every name)
        "author": expected["author"] in (parsed.author, " و".join(parsed.authors) or None),
        "published_at": published == expected["published_at"],
        "caption": parsed.caption == expected["caption"],
        "body": body.startswith(_collapse(expected["body_starts"]))
        and body.endswith(_collapse(expected["body_ends"]))
        and not any(b in parsed.body for b in expected["must_not_contain"]),
    }
    if "summary" in expected:
        right["summary"] = parsed.summary == (expected["summary"] or "")
    if "tags" in expected:
        right["tags"] = parsed.tags == expected["tags"]
    return right


def _line(label: str, counts: Counter[str], totals: Counter[str]) -> str:
    right, total = sum(counts.values()), sum(totals.values())
    share = right / total if total else 1.0
    by_field = ", ".join(
        f"{name} {counts[name] / totals[name]:.3f}" for name in totals if totals[name]
    )
    return f"page reader, {label}: fields right {share:.3f} ({right}/{total}; {by_field})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEV_CORPUS)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()

    counts: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    scraped = [
        path
        for path in sorted((args.corpus / "raw").glob("*.txt"))
        if path.with_suffix(".expected.json").exists()
    ]
    for path in scraped:
        for name, ok in raw_page_fields(path).items():
            totals[name] += 1
            counts[name] += ok
    if scraped:
        print(_line(f"{len(scraped)} scraped pages", counts, totals))
    if not (args.corpus / "articles.jsonl").exists():
        if not scraped:  # a set laid out wrongly must not pass as measured
            sys.exit(f"{args.corpus}: no raw/*.txt with .expected.json and no articles.jsonl")
        return
    articles = load_articles(args.corpus / "articles.jsonl")
    layout_pages = pages(articles, args.seed)
    counts, totals = Counter(), Counter()
    per_layout: dict[str, list[int]] = {}
    shown = 0
    for item in layout_pages:
        parsed = parse_page(item.text)
        right = fields_right(parsed, item.expected)
        tally = per_layout.setdefault(item.layout, [0, 0])
        for name in FIELDS:
            totals[name] += 1
            counts[name] += right[name]
            tally[0] += right[name]
            tally[1] += 1
            if not right[name] and shown < args.show:
                shown += 1
                attribute = "paragraphs" if name == "body" else name
                wanted = getattr(item.expected, attribute)
                got = parsed.body.split("\n\n") if name == "body" else getattr(parsed, name)
                if name == "body":  # what differs, not the whole body
                    wanted, got = (
                        [p for p in wanted if p not in got],
                        [p for p in got if p not in wanted],
                    )
                print(f"--- {item.layout} {name}:\n  expected {wanted!r}\n  found    {got!r}")
    label = f"{len(layout_pages)} pages in {len(per_layout)} layouts"
    print(_line(label, counts, totals))
    print(
        "  by layout: "
        + ", ".join(f"{name} {r / t:.3f}" for name, (r, t) in sorted(per_layout.items()))
    )


if __name__ == "__main__":
    main()
