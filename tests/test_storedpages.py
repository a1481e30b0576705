"""Stored article pages: one read for every reader after the first, never stale.

Every test here runs with the page cache off (`CACHE_URL=dummycache://`), so that what a
reader gets comes from the stored page or from a fresh rendering, nothing else.
"""

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles import changes, workflow
from articles.models import (
    Article,
    ArticleEntity,
    Correction,
    StoredCard,
    StoredPage,
    StoredPanels,
)
from articles.stored import freshness as renderer
from articles.stored import pages as storedpages
from articles.stored import sections as navigation
from tests.factories import make_article, make_author, make_entity, make_source, make_tag

# The page cache's own invalidation tests, run again with only stored pages in the way.
from tests.test_page_cache import (  # noqa: F401
    test_deleting_an_article_in_the_admin_removes_it,
    test_editing_and_unpublishing_in_the_admin_reach_every_page,
    test_publishing_in_the_admin_shows_on_the_home_page_at_once,
    test_renaming_an_entity_tag_author_or_source_reaches_its_pages,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_off(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}


def _read(client, article: Article) -> str:
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    return response.text


def _stored(article: Article) -> bool:
    return StoredPage.objects.filter(pk=article.pk).exists()


def test_the_first_reader_stores_the_page_and_the_next_reads_it_in_one_query(client):
    article = make_article(title="خبر يقرأ مرة", tags=[make_tag("سياسة")])
    first = _read(client, article)
    assert _stored(article)
    with CaptureQueriesContext(connection) as queries:
        second = _read(client, article)
    assert len(queries) == 1
    assert second == first
    assert "خبر يقرأ مرة" in second and 'class="sections"' in second


def test_a_stored_page_still_redirects_to_its_canonical_address(client):
    article = make_article()
    _read(client, article)
    response = client.get(f"/articles/{article.pk}/")
    assert response.status_code == 301
    assert response["Location"] == article.get_absolute_url()
    assert client.get(f"/articles/{article.pk}/wrong-slug/")["Location"] == (
        article.get_absolute_url()
    )


def test_saving_an_article_anywhere_shows_at_once(client):
    article = make_article(title="عنوان قديم")
    _read(client, article)
    article.title = "عنوان جديد"
    article.save()
    assert "عنوان جديد" in _read(client, article)


def test_unpublishing_trashing_or_scheduling_hides_a_stored_page(client):
    article = make_article()
    url = article.get_absolute_url()
    _read(client, article)
    Article.objects.filter(pk=article.pk).update(status=Article.Status.DRAFT)
    assert client.get(url).status_code == 404
    Article.objects.filter(pk=article.pk).update(
        status=Article.Status.PUBLISHED, deleted_at=timezone.now()
    )
    assert client.get(url).status_code == 404
    Article.objects.filter(pk=article.pk).update(
        deleted_at=None, published_at=timezone.now() + timedelta(hours=1)
    )
    assert client.get(url).status_code == 404


def test_a_correction_shows_at_once(client):
    article = make_article()
    _read(client, article)
    Correction.objects.create(article=article, note="صُحّح اسم المتحدث.")
    assert "صُحّح اسم المتحدث." in _read(client, article)


@pytest.mark.parametrize("kind", ["tag", "entity", "author", "source"])
def test_renaming_what_an_article_shows_drops_its_page(client, kind):
    makers: dict[str, Callable[[str], Any]] = {
        "tag": make_tag,
        "entity": make_entity,
        "author": make_author,
        "source": make_source,
    }
    subject = makers[kind]("اسم قديم")
    relation = {"tag": "tags", "entity": "entities", "author": "authors", "source": "source"}
    article = make_article(**{relation[kind]: subject if kind == "source" else [subject]})
    other = make_article(title="خبر لا علاقة له")
    _read(client, article)
    _read(client, other)
    subject.name = "اسم جديد"
    subject.save()
    assert not _stored(article)
    assert _stored(other), "only the pages that show the renamed subject are dropped"
    assert "اسم جديد" in _read(client, article)


def test_changing_an_articles_links_drops_its_page(client):
    place = make_entity("الإسكندرية")
    article = make_article(body="وصل الوفد إلى الإسكندرية صباح اليوم.")
    _read(client, article)
    changes.relink(Article.objects.filter(pk=article.pk))
    assert not _stored(article)
    assert place.get_absolute_url() in _read(client, article)


def test_a_related_article_that_changes_or_goes_leaves_the_pages_listing_it(client):
    place = make_entity("حلب")
    article = make_article(entities=[place])
    neighbour = make_article(title="خبر مجاور", entities=[place])
    assert "خبر مجاور" in _read(client, article)
    neighbour.title = "خبر مجاور بعنوان جديد"
    neighbour.save()
    assert "خبر مجاور بعنوان جديد" in _read(client, article)
    workflow.unpublish([neighbour])
    assert "خبر مجاور" not in _read(client, article)


def test_a_newly_published_article_joins_the_related_reading_of_its_neighbours(client):
    place = make_entity("حمص")
    article = make_article(entities=[place])
    make_article(title="خبر أول", entities=[place])
    _read(client, article)
    later = make_article(title="خبر لاحق", entities=[place])
    changes.article_saved(later)
    assert "خبر لاحق" in _read(client, article)


def test_a_page_rendered_before_a_change_is_not_stored_after_it(client, monkeypatch):
    """A reader renders from data read before an editor's change, and would store it after:
    the change moved the epoch, so the rendering is served once and never stored."""
    article = make_article()
    real_epoch = renderer.epoch

    def epoch_then_change():
        value = real_epoch()
        make_tag().save()  # any change that drops stored pages
        return value

    monkeypatch.setattr(renderer, "epoch", epoch_then_change)
    _read(client, article)
    assert not _stored(article)
    monkeypatch.setattr(renderer, "epoch", real_epoch)
    _read(client, article)
    assert _stored(article)


def test_new_code_renders_the_page_again(client, monkeypatch):
    article = make_article()
    _read(client, article)
    monkeypatch.setattr(renderer, "fingerprint", lambda: "another-release")
    with CaptureQueriesContext(connection) as queries:
        _read(client, article)
    assert len(queries) > 1, "a page stored by other code is not served"
    assert StoredPage.objects.get(pk=article.pk).renderer == "another-release"


def test_staff_previews_are_never_stored(editor_client):
    draft = make_article(status=Article.Status.DRAFT)
    assert editor_client.get(draft.get_absolute_url()).status_code == 200
    assert not _stored(draft)


def test_the_header_sections_follow_content(client):
    make_article(tags=[make_tag("رياضة")])
    assert [s.name for s in navigation.sections()] == ["رياضة"]
    culture = make_tag("ثقافة")
    article = make_article(tags=[culture])
    make_article(tags=[culture])
    assert [s.name for s in navigation.sections()] == ["ثقافة", "رياضة"]
    page = _read(client, article)
    assert page.index("ثقافة</a>") < page.index("رياضة</a>")


def test_the_header_sections_follow_a_scheduled_article(monkeypatch):
    make_article(tags=[make_tag("رياضة")])
    due = timezone.now() + timedelta(minutes=30)
    make_article(tags=[make_tag("فن")], published_at=due)
    assert [s.name for s in navigation.sections()] == ["رياضة"]
    later = due + timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert sorted(s.name for s in navigation.sections()) == ["رياضة", "فن"]


def test_forgetting_drops_only_what_it_names():
    kept, dropped = make_article(), make_article()
    for article in (kept, dropped):
        storedpages.store(
            article, f"<p>{article.pk}</p>{storedpages.NAV_SLOT}", [], renderer.epoch()
        )
    storedpages.forget([dropped.pk])
    assert _stored(kept) and not _stored(dropped)


# --- Listing cards -------------------------------------------------------------------


def test_cards_are_stored_and_follow_their_article_and_byline(client):
    author = make_author("كاتب قديم")
    article = make_article(title="خبر في القائمة", authors=[author])
    assert "كاتب قديم" in client.get("/latest/").text
    assert StoredCard.objects.filter(pk=article.pk).exists()
    author.name = "كاتب جديد"
    author.save()
    article.title = "خبر في القائمة بعنوان جديد"
    article.save()
    latest = client.get("/latest/").text
    assert "كاتب جديد" in latest and "خبر في القائمة بعنوان جديد" in latest


def test_a_stored_card_tells_the_time_since_publication_as_of_now(client, monkeypatch):
    make_article(published_at=timezone.now() - timedelta(hours=2))
    assert "منذ ساعتين" in client.get("/latest/").text
    later = timezone.now() + timedelta(hours=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert "منذ 3 ساعات" in client.get("/latest/").text


# --- Tag and entity panels ------------------------------------------------------------


def test_entity_panels_follow_new_articles_and_renames(client):
    cairo, minister = make_entity("القاهرة"), make_entity("الوزير", kind="person")
    make_article(entities=[cairo])
    assert "الوزير" not in client.get(cairo.get_absolute_url()).text
    assert StoredPanels.objects.filter(subject_id=cairo.pk).exists()
    make_article(entities=[cairo, minister])
    assert "الوزير" in client.get(cairo.get_absolute_url()).text
    minister.name = "وزير الخارجية"
    minister.save()
    assert "وزير الخارجية" in client.get(cairo.get_absolute_url()).text


def test_tag_panels_drop_a_deleted_article(client):
    tag, place = make_tag("سياسة"), make_entity("دمشق")
    article = make_article(tags=[tag], entities=[place])
    assert "دمشق" in client.get(tag.get_absolute_url()).text
    article.delete()
    assert "دمشق" not in client.get(tag.get_absolute_url()).text


def test_entity_panels_follow_a_scheduled_article(client, monkeypatch):
    cairo, minister = make_entity("القاهرة"), make_entity("الوزير", kind="person")
    make_article(entities=[cairo])
    due = timezone.now() + timedelta(minutes=30)
    make_article(entities=[cairo, minister], published_at=due)
    assert "الوزير" not in client.get(cairo.get_absolute_url()).text
    later = due + timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert "الوزير" in client.get(cairo.get_absolute_url()).text


def test_a_subjects_stored_count_and_pins_follow_its_articles(client):
    cairo = make_entity("القاهرة")
    make_article(entities=[cairo])
    assert "مقال واحد" in client.get(cairo.get_absolute_url()).text
    pinned = make_article(
        title="خبر عن القاهرة تحديدًا",
        entities=[cairo],
        published_at=timezone.now() - timedelta(days=3),  # older: first only when pinned
    )
    ArticleEntity.objects.filter(article=pinned, entity=cairo).update(is_about=True)
    changes.article_saved(pinned)  # as the entity review does after an editor's pin
    page = client.get(cairo.get_absolute_url()).text
    assert "مقالان" in page
    cards = page[page.index('class="article-list"') :]
    assert "خبر عن القاهرة تحديدًا" in cards[: cards.index("</article>")]
    assert StoredPanels.objects.get(subject_id=cairo.pk).pinned == [pinned.pk]


def test_the_fingerprint_covers_every_module_template_and_translation_of_the_app():
    sources = {path.relative_to(settings.BASE_DIR).as_posix() for path in renderer._sources()}
    for expected in (
        "articles/views.py",
        "articles/templatetags/news.py",
        "articles/stored/pages.py",
        "templates/base.html",
        "locale/ar/LC_MESSAGES/django.mo",
    ):
        assert expected in sources
