"""The two newsroom roles, created by a migration, checked through the admin as their users."""

import pytest
from django.contrib.auth.models import Group

from articles.models import Article
from tests.factories import make_article, make_source
from tests.formdata import article_form

pytestmark = pytest.mark.django_db

LIST = "/admin/articles/article/"


def test_the_migration_creates_both_roles():
    editor = set(Group.objects.get(name="محرر").permissions.values_list("codename", flat=True))
    chief = set(Group.objects.get(name="رئيس تحرير").permissions.values_list("codename", flat=True))
    for model in ("article", "tag", "entity", "author", "source"):
        assert {f"add_{model}", f"change_{model}", f"view_{model}"} <= editor
    assert "publish_article" not in editor and "delete_article" not in editor
    assert not any(codename.endswith("_user") or codename.endswith("_group") for codename in editor)
    assert editor < chief
    assert {"publish_article", "delete_article"} <= chief


@pytest.mark.parametrize(
    "path",
    [
        "/admin/articles/tag/add/",
        "/admin/articles/entity/add/",
        "/admin/articles/author/add/",
        "/admin/articles/source/add/",
        "/admin/articles/article/add/",
        "/admin/articles/article/import/",
    ],
)
def test_an_editor_can_add_articles_tags_entities_authors_and_sources(desk_client, path):
    assert desk_client.get(path).status_code == 200


def test_an_editor_cannot_manage_users(desk_client):
    assert desk_client.get("/admin/auth/user/").status_code == 403
    assert desk_client.get("/admin/auth/group/").status_code == 403


def test_an_editor_adds_a_draft_but_cannot_publish_it(desk_client, client):
    data = article_form(desk_client)
    assert "status" not in data  # read-only for an editor
    data.update(
        {
            "title": "خبر المحرر",
            "body": "نص الخبر.",
            "status": "published",
            "published_at_0": "2024-06-26",
            "published_at_1": "12:00:00",
        }
    )
    response = desk_client.post("/admin/articles/article/add/", data)
    assert response.status_code == 302
    article = Article.objects.get(title="خبر المحرر")
    assert article.status == Article.Status.DRAFT
    client.logout()
    assert client.get(article.get_absolute_url()).status_code == 404


def test_an_editor_corrects_a_published_article_without_unpublishing_it(desk_client):
    article = make_article(title="خبر منشور")
    data = article_form(desk_client, article)
    assert "published_at_0" not in data  # moving a live article's date is publishing
    data["body"] = "نص مصحح."
    assert desk_client.post(f"{LIST}{article.pk}/change/", data).status_code == 302
    article.refresh_from_db()
    assert article.body == "نص مصحح." and article.status == Article.Status.PUBLISHED


def test_an_editor_cannot_publish_or_delete_through_actions(desk_client):
    draft = make_article(status=Article.Status.DRAFT, published_at=None)
    action_form = desk_client.get(LIST).context["action_form"]
    names = (
        {name for name, _label in action_form.fields["action"].choices} if action_form else set()
    )
    assert not names & {"publish_selected", "unpublish_selected", "trash_selected"}
    response = desk_client.post(
        LIST, {"action": "publish_selected", "_selected_action": [draft.pk]}
    )
    draft.refresh_from_db()
    assert draft.status == Article.Status.DRAFT
    assert response.status_code in (200, 302)


def test_an_editor_cannot_delete_an_article(desk_client):
    article = make_article()
    assert desk_client.get(f"{LIST}{article.pk}/delete/").status_code == 403
    assert desk_client.post(f"{LIST}{article.pk}/delete/", {"post": "yes"}).status_code == 403
    article.refresh_from_db()
    assert article.deleted_at is None


def test_an_editor_cannot_see_the_trash(desk_client):
    assert desk_client.get("/admin/articles/trashedarticle/").status_code == 403


def test_a_chief_editor_publishes_through_the_form(chief_client, client):
    source = make_source("القاهرة الإخبارية")
    draft = make_article(status=Article.Status.DRAFT, published_at=None, source=source)
    data = article_form(chief_client, draft)
    data.update(
        {"status": "published", "published_at_0": "2024-06-26", "published_at_1": "12:00:00"}
    )
    assert chief_client.post(f"{LIST}{draft.pk}/change/", data).status_code == 302
    draft.refresh_from_db()
    assert draft.status == Article.Status.PUBLISHED
    client.logout()
    assert client.get(draft.get_absolute_url()).status_code == 200


def test_a_chief_editor_publishes_deletes_and_restores(chief_client):
    article = make_article(status=Article.Status.DRAFT, published_at=None)
    chief_client.post(LIST, {"action": "publish_selected", "_selected_action": [article.pk]})
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED and article.published_at is not None
    chief_client.post(f"{LIST}{article.pk}/delete/", {"post": "yes"})
    article.refresh_from_db()
    assert article.deleted_at is not None
    trash = "/admin/articles/trashedarticle/"
    assert chief_client.get(trash).status_code == 200
    chief_client.post(trash, {"action": "restore_selected", "_selected_action": [article.pk]})
    article.refresh_from_db()
    assert article.deleted_at is None
