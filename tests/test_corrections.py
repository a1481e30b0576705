"""Corrections: dated public notes on a published article, which move its modified date."""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article, Correction
from tests.factories import make_article
from tests.formdata import article_form

pytestmark = pytest.mark.django_db


def test_an_editor_attaches_a_correction_that_readers_see_with_its_date(desk_client, client):
    article = make_article()
    Article.objects.filter(pk=article.pk).update(updated_at=timezone.now() - timedelta(days=3))
    data = article_form(desk_client, article)
    assert data["corrections-TOTAL_FORMS"] == "0"
    data.update(
        {
            "corrections-TOTAL_FORMS": "1",
            "corrections-0-note": "صُحّح اسم المتحدث في الفقرة الثانية.",
            "corrections-0-published_at_0": "2024-06-27",
            "corrections-0-published_at_1": "09:00:00",
        }
    )
    response = desk_client.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert response.status_code == 302, response.context["inline_admin_formsets"]
    correction = Correction.objects.get(article=article)
    assert correction.created_by.username == "desk"
    article.refresh_from_db()
    assert timezone.now() - article.updated_at < timedelta(minutes=1)
    client.logout()
    page = client.get(article.get_absolute_url()).text
    assert "تصحيحات" in page and "صُحّح اسم المتحدث في الفقرة الثانية." in page
    assert "27 يونيو 2024" in page


def test_adding_a_correction_anywhere_updates_the_modified_date():
    article = make_article()
    Article.objects.filter(pk=article.pk).update(updated_at=timezone.now() - timedelta(days=3))
    Correction.objects.create(article=article, note="تصحيح.")
    article.refresh_from_db()
    assert timezone.now() - article.updated_at < timedelta(minutes=1)


def test_a_draft_has_no_corrections_list(desk_client):
    draft = make_article(status=Article.Status.DRAFT, published_at=None)
    assert "corrections-TOTAL_FORMS" not in article_form(desk_client, draft)


def test_the_article_page_shows_corrections_in_a_constant_number_of_queries(
    client, django_assert_num_queries
):
    article = make_article()
    Correction.objects.create(article=article, note="أول.")
    client.get(article.get_absolute_url())
    with django_assert_num_queries(_count(client, article)):
        Correction.objects.bulk_create(
            [Correction(article=article, note=f"تصحيح {n}.") for n in range(5)]
        )
        client.get(article.get_absolute_url())


def _count(client, article) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        client.get(article.get_absolute_url())
    return len(captured) + 1  # + the bulk insert
