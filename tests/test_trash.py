"""Deleting moves an article to a trash that chief editors restore from or purge."""

import pytest

from articles import revisions
from articles.models import Article
from tests.factories import make_article, make_tag

pytestmark = pytest.mark.django_db

TRASH = "/admin/articles/trashedarticle/"


def test_a_trashed_article_vanishes_from_every_public_surface(chief_client, client):
    tag = make_tag("سياسة")
    article = make_article(title="خبر سيحذف", tags=[tag])
    chief_client.post(f"/admin/articles/article/{article.pk}/delete/", {"post": "yes"})
    article.refresh_from_db()
    assert article.deleted_at is not None
    assert not Article.objects.published().filter(pk=article.pk).exists()
    client.logout()
    for url in ("/", tag.get_absolute_url(), "/search/?q=خبر", article.source.get_absolute_url()):
        assert "خبر سيحذف" not in client.get(url).text, url
    assert client.get(article.get_absolute_url()).status_code == 404
    assert client.get(article.get_short_url()).status_code == 404


def test_the_article_list_hides_the_trash_and_the_trash_lists_it(chief_client):
    kept, trashed = make_article(title="خبر باقٍ"), make_article(title="خبر ذاهب")
    chief_client.post(
        "/admin/articles/article/", {"action": "trash_selected", "_selected_action": [trashed.pk]}
    )
    listing = chief_client.get("/admin/articles/article/").text
    assert kept.title in listing and trashed.title not in listing
    assert trashed.title in chief_client.get(TRASH).text


def test_the_delete_page_says_the_article_goes_to_the_trash(chief_client):
    article = make_article()
    page = chief_client.get(f"/admin/articles/article/{article.pk}/delete/")
    assert "سلة المحذوفات" in page.text


def test_restoring_from_the_trash_brings_the_article_back_whole(chief_client, client):
    article = make_article(title="عائد")
    chief_client.post(f"/admin/articles/article/{article.pk}/delete/", {"post": "yes"})
    chief_client.post(TRASH, {"action": "restore_selected", "_selected_action": [article.pk]})
    client.logout()
    assert client.get(article.get_absolute_url()).status_code == 200
    reasons = [r.history_change_reason for r in revisions.revisions_of(article.pk)]
    assert reasons[:2] == ["استُعيد من سلة المحذوفات", "نُقل إلى سلة المحذوفات"]


def test_purging_asks_first_then_deletes_for_good_with_the_revisions(chief_client):
    article = make_article()
    chief_client.post(f"/admin/articles/article/{article.pk}/delete/", {"post": "yes"})
    asked = chief_client.post(TRASH, {"action": "purge_selected", "_selected_action": [article.pk]})
    assert asked.status_code == 200 and "لا يمكن التراجع" in asked.text
    assert Article.objects.filter(pk=article.pk).exists()
    chief_client.post(
        TRASH,
        {"action": "purge_selected", "_selected_action": [article.pk], "confirmed": "yes"},
    )
    assert not Article.objects.filter(pk=article.pk).exists()
    assert not Article.history.filter(id=article.pk).exists()


def test_purge_only_touches_the_trash(chief_client):
    live = make_article()
    chief_client.post(
        TRASH, {"action": "purge_selected", "_selected_action": [live.pk], "confirmed": "yes"}
    )
    assert Article.objects.filter(pk=live.pk).exists()
