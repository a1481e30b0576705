"""Draft, scheduled and published; preview; bulk actions; view on site; look-alikes."""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article
from tests.factories import make_article, make_source

pytestmark = pytest.mark.django_db

LIST = "/admin/articles/article/"


def test_a_scheduled_article_goes_public_by_itself_at_its_time(client, chief_client):
    when = timezone.now() + timedelta(hours=2)
    article = make_article(title="خبر مجدول", published_at=when)
    assert not article.is_public and article.is_scheduled
    assert "خبر مجدول" not in client.get("/").text
    listing = chief_client.get(LIST).text
    assert "مجدول" in listing
    form = chief_client.get(f"{LIST}{article.pk}/change/").text
    assert "يظهر للقراء وحده" in form
    client.logout()
    article.published_at = timezone.now() - timedelta(seconds=1)  # the clock has come
    article.save()
    assert "خبر مجدول" in client.get("/").text


def test_the_list_says_draft_scheduled_or_published_and_links_a_preview(chief_client):
    make_article(title="منشور الآن")
    draft = make_article(title="مسودة للمعاينة", status=Article.Status.DRAFT, published_at=None)
    listing = chief_client.get(LIST).text
    assert ">مسودة<" in listing and ">منشور<" in listing
    assert f'href="{draft.get_absolute_url()}" target="_blank" rel="noopener">معاينة' in listing


def test_staff_preview_a_draft_on_the_real_template_and_readers_cannot(chief_client, client):
    draft = make_article(title="مسودة سرية", status=Article.Status.DRAFT, published_at=None)
    form = chief_client.get(f"{LIST}{draft.pk}/change/").text
    assert f'href="{draft.get_absolute_url()}"' in form and "معاينة" in form
    preview = chief_client.get(draft.get_absolute_url())
    assert preview.status_code == 200
    assert '<meta name="robots" content="noindex, nofollow">' in preview.text
    assert "private" in preview["Cache-Control"] and "no-store" in preview["Cache-Control"]
    client.logout()
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_a_published_article_has_view_on_site(chief_client):
    article = make_article()
    form = chief_client.get(f"{LIST}{article.pk}/change/").text
    assert "عرض على الموقع" in form


def test_bulk_publish_and_unpublish_keep_a_revision_each(chief_client, chief_editor):
    drafts = [make_article(status=Article.Status.DRAFT, published_at=None) for _ in range(3)]
    ids = [a.pk for a in drafts]
    chief_client.post(LIST, {"action": "publish_selected", "_selected_action": ids})
    assert Article.objects.published().filter(pk__in=ids).count() == 3
    chief_client.post(LIST, {"action": "unpublish_selected", "_selected_action": ids[:1]})
    assert Article.objects.get(pk=ids[0]).status == Article.Status.DRAFT
    latest = Article.history.filter(id=ids[0]).order_by("-history_date").first()
    assert latest.history_user == chief_editor and latest.history_change_reason == "أُلغي نشره"


def test_publishing_keeps_a_chosen_future_date(chief_client):
    later = timezone.now() + timedelta(days=1)
    draft = make_article(status=Article.Status.DRAFT, published_at=later)
    chief_client.post(LIST, {"action": "publish_selected", "_selected_action": [draft.pk]})
    draft.refresh_from_db()
    assert draft.status == Article.Status.PUBLISHED and draft.is_scheduled


def test_the_form_warns_of_an_article_with_the_same_title_and_source(chief_client):
    source = make_source("الأهرام")
    first = make_article(title="الحكومة تعلن خطة جديدة", source=source)
    second = make_article(title="الحكومه تعلن خطه جديده", source=source)  # same, spelt otherwise
    other_source = make_article(title="الحكومة تعلن خطة جديدة", source=make_source())
    form = chief_client.get(f"{LIST}{second.pk}/change/").text
    assert "قد يكون هذا الخبر مكررًا" in form
    assert f"{LIST}{first.pk}/change/" in form
    assert f"{LIST}{other_source.pk}/change/" not in form


def test_the_form_warns_of_an_article_with_the_same_source_url(chief_client):
    from articles.workflow import duplicates

    first = make_article(source_url="https://example.org/a")
    assert list(duplicates(title="آخر", source=None, source_url="https://example.org/a")) == [first]
    alone = make_article(title="عنوان فريد")
    assert "مكررًا" not in chief_client.get(f"{LIST}{alone.pk}/change/").text
