"""Labels that say what they mean: pagination follows the list's order, counts read as
Arabic, dates and times as the site writes them."""

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from django.utils import formats, timezone, translation

from articles.search import index_article
from tests.factories import make_article, make_entity

pytestmark = pytest.mark.django_db


def _pager(html: str) -> tuple[str, str]:
    nav = re.search(r'<nav class="pagination".*?</nav>', html, re.S)
    assert nav, "no pagination"
    prev = re.search(r'rel="prev"[^>]*>([^<]+)<', nav.group(0))
    following = re.search(r'rel="next"[^>]*>([^<]+)<', nav.group(0))
    return (prev.group(1) if prev else ""), (following.group(1) if following else "")


def test_the_alphabetical_entity_index_pages_back_and_forth_not_by_date(client):
    make_article(entities=[make_entity(f"مدينة رقم {n:03d}") for n in range(101)])
    assert _pager(client.get("/entities/").text) == ("", "الصفحة التالية")
    assert _pager(client.get("/entities/?page=2").text) == ("الصفحة السابقة", "")


def test_relevance_ranked_search_pages_back_and_forth_not_by_date(client, settings):
    settings.ARTICLES_PER_PAGE = 2
    for n in range(3):
        index_article(make_article(title=f"عاصفة رقم {n}"))
    first = client.get("/search/", {"q": "عاصفة"}).text
    assert _pager(first) == ("", "الصفحة التالية")
    second = client.get("/search/", {"q": "عاصفة", "page": 2}).text
    assert _pager(second) == ("الصفحة السابقة", "")


def test_newest_first_listings_still_page_to_older_articles(client):
    for _ in range(21):
        make_article()
    assert _pager(client.get("/latest/").text) == ("", "الأقدم")
    assert _pager(client.get("/latest/?page=2").text) == ("الأحدث", "")


ROOT = Path(__file__).resolve().parent.parent


def test_the_arabic_catalog_has_six_plural_forms_for_every_plural():
    catalog = polib_entries(ROOT / "locale/ar/LC_MESSAGES/django.po")
    header, entries = catalog
    assert "nplurals=6;" in header
    plurals = [entry for entry in entries if "msgid_plural" in entry]
    assert plurals
    for entry in plurals:
        forms = re.findall(r"^msgstr\[(\d)\]", entry, re.M)
        assert forms == ["0", "1", "2", "3", "4", "5"], entry


def test_counts_in_templates_go_through_the_arabic_plural_forms():
    """A `{% plural %}` whose msgid the catalog lacks falls back to English rules («2 مرات»);
    templates say counts with the `count` filter (display.count), which the catalog covers."""
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "templates").rglob("*.html")
        if "{% plural %}" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


def polib_entries(path: Path) -> tuple[str, list[str]]:
    """The catalog's header and its entries, each as the text between blank lines."""
    blocks = path.read_text(encoding="utf-8").split("\n\n")
    return blocks[0], blocks[1:]


def test_the_admin_list_writes_dates_day_first_with_the_time_in_cairo(chief_client, settings):
    settings.TIME_ZONE = "Africa/Cairo"
    make_article(published_at=datetime(2026, 12, 5, 7, 0, tzinfo=UTC))  # 9:00 in Cairo
    listing = chief_client.get("/admin/articles/article/").text
    assert "5 ديسمبر 2026، 9:00 ص" in listing
    assert "ديسمبر 5, 2026" not in listing


def test_django_writes_arabic_dates_day_first_where_the_admin_uses_its_formats(settings):
    settings.TIME_ZONE = "Africa/Cairo"
    when = datetime(2026, 12, 5, 19, 30, tzinfo=UTC)
    with translation.override("ar"):
        written = formats.localize(timezone.localtime(when))
    assert written == "5 ديسمبر 2026، 9:30 م"
