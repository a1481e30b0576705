"""Django's own export tools work on both databases: `dumpdata`, and `loaddata` of its dump.

The search index is derived data, on PostgreSQL a table Django does not manage and on SQLite
an FTS5 table that is no model: it is never in a dump (articles/routers.py), and `loaddata`
indexes the articles it loads, so search finds them again.
"""

from __future__ import annotations

import io
import json

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.test import Client

from articles import search
from articles.models import Article, SearchEntry
from articles.routers import DerivedDataRouter
from tests.factories import make_article, make_author, make_entity, make_tag

pytestmark = pytest.mark.django_db

WORD = "بالأرخبيل"  # found by its bare form, ارخبيل, only through the index


def dump(*args: str) -> list[dict]:
    out = io.StringIO()
    call_command("dumpdata", *args, stdout=out)
    return json.loads(out.getvalue())


@pytest.fixture
def newsroom() -> Article:
    article = make_article(
        title="جولة في الأرخبيل",
        body=f"وصل الوفد {WORD} صباحًا.\n\nثم عاد.",
        authors=[make_author()],
        tags=[make_tag()],
        entities=[make_entity()],
    )
    make_article(status=Article.Status.DRAFT, published_at=None)
    search.reindex_all()  # the factories skip the index the admin and importers keep
    return article


def found(word: str) -> list[int]:
    return [pk for pk, _rank in search.ranked_ids(search.ParsedQuery.parse(word))[:10]]


@pytest.mark.parametrize("args", [(), ("articles",), ("--all",), ("articles", "--all")])
def test_dumpdata_exports_the_data_and_never_the_search_index(newsroom, args):
    assert found("ارخبيل") == [newsroom.pk]
    models = {row["model"] for row in dump(*args)}
    assert {"articles.article", "articles.articleauthor", "articles.tag"} <= models
    assert "articles.searchentry" not in models
    if "articles" not in args:
        assert {"auth.group", "contenttypes.contenttype"} <= models


def test_dumping_the_search_index_alone_gives_nothing(newsroom):
    assert dump("articles.SearchEntry") == []


def test_the_router_refuses_the_search_index_only():
    router = DerivedDataRouter()
    assert router.allow_migrate("default", "articles", model_name="searchentry") is False
    for model in apps.get_models():
        if model is not SearchEntry:
            label = model._meta
            assert router.allow_migrate("default", label.app_label, label.model_name) is None


@pytest.mark.django_db(transaction=True)  # PostgreSQL truncates only outside a transaction
def test_a_dump_loads_back_into_an_empty_database_and_search_finds_its_articles(newsroom, tmp_path):
    fixture = tmp_path / "dump.json"
    call_command("dumpdata", output=str(fixture), verbosity=0)
    dumped = json.loads(fixture.read_text(encoding="utf-8"))
    counts = {label: apps.get_model(label)._base_manager.count() for label in _labels(dumped)}

    # Every table emptied, content types and permissions too: the dump holds them.
    call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
    assert not Article.objects.exists() and found("ارخبيل") == []
    call_command("loaddata", str(fixture), verbosity=0)
    ContentType.objects.clear_cache()  # ids from before the flush

    assert {label: apps.get_model(label)._base_manager.count() for label in counts} == counts
    assert found("ارخبيل") == [newsroom.pk]
    assert Client().get(newsroom.get_absolute_url()).status_code == 200
    assert "جولة في الأرخبيل" in Client().get("/search/?q=ارخبيل").text


def test_loading_an_older_dump_that_holds_index_rows_skips_them(newsroom, tmp_path):
    rows = dump("articles.Article", "articles.Source")
    rows.append({"model": "articles.searchentry", "pk": newsroom.pk, "fields": {"document": ""}})
    Article.objects.all().delete()
    fixture = tmp_path / "old.json"
    fixture.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    call_command("loaddata", str(fixture), verbosity=0)
    assert found("ارخبيل") == [newsroom.pk]


def test_loading_an_article_with_tags_records_no_revision(newsroom, tmp_path):
    fixture = tmp_path / "articles.json"
    call_command("dumpdata", "articles.Article", output=str(fixture), verbosity=0)
    Article.objects.all().delete()  # with their revisions
    call_command("loaddata", str(fixture), verbosity=0)
    assert Article.objects.get(pk=newsroom.pk).tags.count() == 1
    assert not Article.history.exists()  # a dump's revisions are the dump's own


def _labels(rows: list[dict]) -> set[str]:
    return {row["model"] for row in rows}


def test_loading_a_dump_moves_the_page_caches_epoch_past_every_earlier_value(newsroom, tmp_path):
    # The dump holds the epoch row as it was; pages cached since under later values must
    # not become current again when the restored counter catches up with them.
    from articles.models import RenderEpoch

    fixture = tmp_path / "dump.json"
    call_command("dumpdata", output=str(fixture), verbosity=0)
    for _ in range(3):
        make_article()  # changes after the dump: the epoch moves on
    latest = RenderEpoch.objects.get().value
    call_command("loaddata", str(fixture), verbosity=0)
    assert RenderEpoch.objects.get().value > latest
