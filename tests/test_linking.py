import json

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles import linking
from articles.models import Article, ArticleEntity, Entity, Tag
from tests.factories import make_article, make_entity

pytestmark = pytest.mark.django_db


def links(article: Article) -> dict[str, int]:
    return {
        link.entity.name: link.mentions
        for link in article.entity_links.visible().select_related("entity")
    }


def test_linking_counts_mentions_with_clitics_and_spelling_variants():
    make_entity("الكرملين", kind="organization")
    make_entity("أوكرانيا")
    article = make_article(
        title="الكرملين يحذر",
        body="وقال الكرملين إن للكرملين موقفًا.\n\nوأكد والكرملين دعمه. وتحدث عن اوكرانيا.",
    )
    linking.link_article(article)
    assert links(article) == {"الكرملين": 4, "أوكرانيا": 1}


def test_nisba_adjectives_and_longer_words_do_not_link():
    make_entity("أوكرانيا")
    make_entity("مصر")
    article = make_article(
        title="خبر", body="القوات الأوكرانية تتقدم. وأعلن مصرف محلي عن مصرع شخص."
    )
    linking.link_article(article)
    assert links(article) == {}


def test_a_surname_alias_links_after_the_full_name():
    make_entity("أندريه بيلوسوف", kind="person", aliases=["بيلوسوف"])
    article = make_article(
        title="خبر", body="تحدث أندريه بيلوسوف أمس.\n\nوحذر بيلوسوف من التصعيد، وقال وبيلوسوف."
    )
    linking.link_article(article)
    assert links(article) == {"أندريه بيلوسوف": 3}


def test_the_first_body_mention_offsets_are_stored():
    make_entity("موسكو")
    article = make_article(title="موسكو تحذر", body="قالت وموسكو إنها. ثم موسكو.")
    linking.link_article(article)
    link = ArticleEntity.objects.get(article=article)
    assert link.first_start is not None
    # The link covers the name; the attached conjunction stays outside it.
    assert article.body[link.first_start - 1 : link.first_end] == "وموسكو"
    assert article.body[link.first_start : link.first_end] == "موسكو"


def test_an_editors_choices_survive_every_relink():
    kept = make_entity("بيروت")
    dropped = make_entity("موسكو")
    article = make_article(body="زار الوفد موسكو.")
    linking.link_article(article)
    ArticleEntity.objects.create(article=article, entity=kept, origin="editor")
    ArticleEntity.objects.filter(entity=dropped).update(removed=True, origin="editor")
    linking.relink_articles()
    linking.link_article(article)
    assert links(article) == {"بيروت": 0}
    assert ArticleEntity.objects.get(entity=dropped).removed


def test_text_that_stops_naming_an_entity_loses_its_automatic_link():
    make_entity("موسكو")
    article = make_article(body="زار الوفد موسكو.")
    linking.link_article(article)
    article.body = "زار الوفد باريس."
    article.save()
    linking.link_article(article)
    assert links(article) == {}


def test_importing_entities_relinks_existing_articles(tmp_path):
    article = make_article(body="قالت وزارة الدفاع إن بيلوسوف سافر.")
    from articles import search

    search.index_article(article)
    path = tmp_path / "entities.jsonl"
    path.write_text(
        json.dumps(
            {"name": "أندريه بيلوسوف", "kind": "person", "aliases": ["بيلوسوف"]},
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    call_command("import_entities", str(path))
    assert links(article) == {"أندريه بيلوسوف": 1}


def test_an_orthographic_variant_reuses_the_existing_entity(tmp_path):
    existing = make_entity("أوكرانيا")
    path = tmp_path / "entities.jsonl"
    path.write_text(
        json.dumps({"name": "اوكرانيا", "kind": "place", "aliases": ["أوكرانيا الحديثة"]}),
        encoding="utf-8",
    )
    call_command("import_entities", str(path))
    assert Entity.objects.get() == existing
    existing.refresh_from_db()
    assert existing.aliases == ["أوكرانيا الحديثة"]


def test_relinking_runs_a_few_queries_per_chunk_not_per_article():
    make_entity("موسكو")
    linking.get_gazetteer()  # compiled once per process, not per call

    def count_for(n: int) -> int:
        for _ in range(n):
            make_article(body="زار الوفد موسكو.")
        with CaptureQueriesContext(connection) as queries:
            linking.relink_articles()
        Article.objects.all().delete()
        return len(queries)

    assert count_for(3) == count_for(40)


def test_the_seed_article_links_what_it_names_and_nothing_inside_other_words(seed_article):
    found = links(seed_article)
    for name in ("أندريه بيلوسوف", "موسكو", "أوكرانيا", "خيرسون", "دونيتسك", "الكرملين"):
        assert name in found, name
    assert found["أندريه بيلوسوف"] >= 4  # «بيلوسوف» alone counts after the full name
    texts = {
        link.entity.name: seed_article.body[link.first_start : link.first_end]
        for link in seed_article.entity_links.select_related("entity")
        if link.first_start is not None
    }
    assert texts["خيرسون"] == "خيرسون"
    assert "وخيرسون" in seed_article.body and "ودونيتسك" in seed_article.body
    assert texts["أوكرانيا"] == "أوكرانيا"
    assert "الأوكرانية" not in texts.values()  # a nisba adjective, not Ukraine


def test_the_articles_tags_are_evidence_when_linking_one_or_many_articles():
    make_entity("لبنان")
    article = make_article(title="خبر", body="استمر غزو لبنان أسابيع.")
    linking.link_article(article)
    assert links(article) == {}
    article.tags.set([Tag.objects.create(name="لبنان")])
    linking.link_article(article)
    assert links(article) == {"لبنان": 1}
    ArticleEntity.objects.all().delete()
    linking.relink_articles()
    assert links(article) == {"لبنان": 1}


def test_an_entity_the_editor_linked_counts_its_short_forms():
    fatah = make_entity("حركة فتح", kind="organization", aliases=["فتح"])
    article = make_article(title="اجتماع", body="عقدت فتح اجتماعها الدوري في رام الله.")
    linking.link_article(article)
    assert links(article) == {}  # «فتح» alone may be a verb: not enough on its own
    ArticleEntity.objects.create(article=article, entity=fatah, origin="editor")
    linking.link_article(article)
    link = ArticleEntity.objects.get(article=article, entity=fatah)
    assert link.mentions == 1
    assert article.body[link.first_start : link.first_end] == "فتح"
