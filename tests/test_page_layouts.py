"""The page reader on the dev corpus's articles rendered in eight site layouts
(tests/page_layouts.py): every field of every page right, whatever furniture each page
drew. bench/page_reader_quality.py prints the same figures."""

from pathlib import Path

import pytest

from articles.importing.pagereader.reader import parse_page
from tests.page_layouts import LAYOUTS, fields_right, load_articles, pages

ARTICLES = load_articles(Path(__file__).resolve().parent / "data" / "dev-corpus" / "articles.jsonl")


def test_there_are_eight_layouts():
    assert len(LAYOUTS) == 8


# Two draws of furniture per article and layout: the seed the bench prints, and another.
@pytest.mark.parametrize("seed", [16, 2026])
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_every_field_of_every_page_in_a_layout_is_right(layout, seed):
    wrong = []
    for page in pages(ARTICLES, seed):
        if page.layout != layout:
            continue
        right = fields_right(parse_page(page.text), page.expected)
        wrong += [(name, page.text[:200]) for name, ok in right.items() if not ok]
    assert wrong == []
