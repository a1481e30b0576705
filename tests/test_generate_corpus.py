"""The generated archive: realistic, linked and indexed exactly as the site itself would."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.models import F

from articles import linking, listing, search
from articles.corpus.generate import CorpusSpec, generate_corpus
from articles.corpus.writing import with_clitic
from articles.models import Article, ArticleAuthor, ArticleEntity, Entity, ListingEntry, Tag

pytestmark = pytest.mark.django_db

SPEC = CorpusSpec(articles=240, entities=300, tags=120, batch=50, workers=2)


@pytest.fixture
def archive():
    return generate_corpus(SPEC)


def test_it_writes_the_requested_numbers_of_articles_entities_and_tags(archive):
    assert archive.articles == Article.objects.count() == 240
    assert Entity.objects.count() == 300
    assert Tag.objects.count() == 120
    assert not Article.objects.filter(bylines__isnull=True).exists()
    assert not Article.objects.filter(tags__isnull=True).exists()
    assert Article.objects.published().count() > 220
    years = {d.year for d in Article.objects.values_list("published_at", flat=True)}
    assert len(years) >= 5


def test_mentions_carry_the_clitics_arabic_attaches(archive):
    bodies = "\n".join(Article.objects.values_list("body", flat=True))
    clitic_forms = [
        with_clitic(clitic, name)
        for name in Entity.objects.values_list("name", flat=True)
        for clitic in ("و", "ب", "ل")
    ]
    assert sum(form in bodies for form in clitic_forms) > 20
    assert with_clitic("ل", "القاهرة") == "للقاهرة"
    assert with_clitic("و", "القاهرة") == "والقاهرة"


def test_its_entity_links_are_exactly_what_the_matcher_finds(archive):
    gazetteer = linking.get_gazetteer()
    stored: dict[int, dict[int, tuple[int, int | None, int | None]]] = {}
    for link in ArticleEntity.objects.all():
        stored.setdefault(link.article_id, {})[link.entity_id] = (
            link.mentions,
            link.first_start,
            link.first_end,
        )
    for article in Article.objects.all():
        found = {
            key: (f.mentions, f.first_start, f.first_end)
            for key, f in linking.find_mentions(gazetteer, article).items()
        }
        assert stored.get(article.pk, {}) == found, article.pk
    assert archive.links == ArticleEntity.objects.count() > 240


def _index_rows() -> list:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"SELECT article_id, document::text FROM {search.PG_TABLE}")
        else:
            cursor.execute(f"SELECT rowid, title, summary, body FROM {search.FTS_TABLE}")
        return sorted(cursor.fetchall())


def test_its_search_index_is_exactly_what_the_indexer_writes(archive):
    generated = _index_rows()
    assert len(generated) == 240
    search.reindex_all()
    assert _index_rows() == generated


def test_search_finds_generated_articles_by_an_entity_name_with_clitics(archive):
    link = ArticleEntity.objects.select_related("entity", "article").first()
    name = link.entity.name
    results = search.search(search.ParsedQuery.parse(name), Article.objects.all())
    assert link.article in results


def test_the_same_seed_writes_the_same_archive_however_many_workers(archive):
    first = list(Article.objects.order_by("pk").values_list("title", "body")[:40])
    Article.objects.all().delete()
    generate_corpus(CorpusSpec(**{**SPEC.__dict__, "workers": 1}))
    again = list(Article.objects.order_by("pk").values_list("title", "body")[:40])
    assert again == first


def test_bylines_name_authors_of_the_articles_source(archive):
    mismatched = ArticleAuthor.objects.exclude(author__source=F("article__source"))
    assert ArticleAuthor.objects.exists()
    assert not mismatched.exists()


def test_the_command_reports_what_it_made():
    out = io.StringIO()
    call_command("generate_corpus", articles=30, entities=40, tags=20, stdout=out)
    assert "30 articles" in out.getvalue()
    assert Article.objects.count() == 30
    with pytest.raises(CommandError):
        call_command("generate_corpus", articles=-1, stdout=io.StringIO())


def _listing_rows() -> list:
    return sorted(
        ListingEntry.objects.values_list("kind", "subject_id", "article_id", "published_at")
    )


def test_its_listing_index_is_exactly_what_the_service_writes(archive):
    generated = _listing_rows()
    assert len(generated) > 3 * 200
    listing.refresh(Article.objects.values_list("pk", flat=True))
    assert _listing_rows() == generated
