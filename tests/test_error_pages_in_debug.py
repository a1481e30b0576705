"""With DEBUG on (`make run`), readers still get the Arabic error pages, not Django's."""

import pytest
from django.test import Client

from articles.models import Article
from tests.factories import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def debug_client(settings):
    settings.DEBUG = True
    settings.TECHNICAL_404 = False
    return Client()


def _is_arabic_404(response) -> bool:
    return (
        response.status_code == 404
        and '<html lang="ar" dir="rtl">' in response.text
        and "الصفحة غير موجودة" in response.text
        and "Page not found" not in response.text
    )


def test_a_url_no_pattern_matches_is_the_arabic_404(debug_client):
    assert _is_arabic_404(debug_client.get("/لا-توجد-صفحة/"))


def test_an_unknown_article_is_the_arabic_404(debug_client):
    assert _is_arabic_404(debug_client.get("/articles/999999/x/"))
    draft = make_article(status=Article.Status.DRAFT)
    assert _is_arabic_404(debug_client.get(draft.get_absolute_url()))


def test_a_url_without_its_slash_is_still_redirected(debug_client):
    article = make_article()
    response = debug_client.get(article.get_absolute_url().rstrip("/"))
    assert response.status_code == 301


def test_a_bad_request_is_the_arabic_400(debug_client, chief_editor):
    debug_client.force_login(chief_editor)
    # A lookup no filter offers: Django's DisallowedModelAdminLookup, a SuspiciousOperation.
    response = debug_client.get("/admin/articles/article/?title__regex=(")
    assert response.status_code == 400
    assert '<html lang="ar" dir="rtl">' in response.text


def test_a_developer_can_ask_for_djangos_technical_page(debug_client, settings):
    settings.TECHNICAL_404 = True
    response = debug_client.get("/لا-توجد-صفحة/")
    assert response.status_code == 404 and "Page not found" in response.text
