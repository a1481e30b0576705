"""Names readers may see: a tag, entity, author or source appears on public pages only once
it has a public article, and its count is kept, not counted per request."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles import listing, pagecache, workflow
from articles.models import Article, Author, Entity, Source, Tag
from tests.factories import make_article, make_author, make_entity, make_source, make_tag

pytestmark = pytest.mark.django_db


def _subjects(name: str):
    return make_tag(name), make_entity(name), make_author(name), make_source(name)


def _pages(subject) -> list[str]:
    return [subject.get_absolute_url(), subject.get_absolute_url() + "feed/"]


@pytest.mark.parametrize("status", ["draft", "scheduled"])
def test_a_name_only_unpublished_articles_carry_is_nowhere_public(client, status):
    tag, entity, author, source = _subjects("اسم سري")
    extra: dict[str, object] = {"status": Article.Status.DRAFT}
    if status == "scheduled":
        extra = {"published_at": timezone.now() + timedelta(days=1)}
    make_article(tags=[tag], entities=[entity], authors=[author], source=source, **extra)
    make_article(tags=[make_tag("وسم علني")], entities=[make_entity("كيان علني")])
    for subject in (tag, entity, author, source):
        for url in _pages(subject):
            assert client.get(url).status_code == 404, url
    for url in ("/tags/", "/entities/", "/search/", "/sitemap-tags.xml", "/sitemap-sources.xml"):
        response = client.get(url)
        assert response.status_code == 200
        assert "اسم سري" not in response.text, url
    assert "وسم علني" in client.get("/tags/").text


def test_a_scheduled_articles_subject_appears_when_its_time_comes(client, monkeypatch):
    tag = make_tag("وسم مجدول")
    due = timezone.now() + timedelta(hours=2)
    make_article(tags=[tag], published_at=due)
    assert "وسم مجدول" not in client.get("/tags/").text
    later = due + timedelta(minutes=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    monkeypatch.setattr(pagecache.store, "_now", lambda: later.timestamp())
    assert "وسم مجدول" in client.get("/tags/").text
    assert client.get(tag.get_absolute_url()).status_code == 200


def test_counts_follow_publishing_unpublishing_trashing_and_deleting():
    tag, entity, author, source = _subjects("موضوع")
    first = make_article(tags=[tag], entities=[entity], authors=[author], source=source)
    second = make_article(tags=[tag], entities=[entity], authors=[author], source=source)

    def counts():
        return [
            model.objects.get(pk=subject.pk).listed_articles
            for model, subject in ((Tag, tag), (Entity, entity), (Author, author), (Source, source))
        ]

    assert counts() == [2, 2, 2, 2]
    workflow.unpublish([first])
    assert counts() == [1, 1, 1, 1]
    workflow.publish([Article.objects.get(pk=first.pk)])
    assert counts() == [2, 2, 2, 2]
    workflow.move_to_trash([second])
    assert counts() == [1, 1, 1, 1]
    workflow.purge(Article.objects.filter(pk=second.pk))
    assert counts() == [1, 1, 1, 1]
    Article.objects.filter(pk=first.pk).delete()  # a hard delete, as a restore or a shell
    assert counts() == [0, 0, 0, 0]


def test_the_indexes_show_counts_without_counting_articles(client):
    tag = make_tag("اقتصاد")
    for _ in range(3):
        make_article(tags=[tag])
    make_article(tags=[tag], published_at=timezone.now() + timedelta(days=1))  # not yet
    with CaptureQueriesContext(connection) as queries:
        page = client.get("/tags/")
    assert "(3)" in page.text
    assert not [q for q in queries.captured_queries if "COUNT(DISTINCT" in q["sql"].upper()]


def test_recounting_everything_agrees_with_the_counts_kept():
    tag = make_tag()
    for _ in range(3):
        make_article(tags=[tag], authors=[make_author()])
    kept = list(Tag.objects.values_list("pk", "listed_articles"))
    Tag.objects.update(listed_articles=0)
    listing.recount_all()
    assert list(Tag.objects.values_list("pk", "listed_articles")) == kept
