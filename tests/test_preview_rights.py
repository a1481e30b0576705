"""Who may read on the site an article readers cannot: the newsroom's roles, not `is_staff`.

Drafts and scheduled articles are previewed by whoever may change articles («محرر» and up);
the trash by whoever may restore and purge it («رئيس تحرير»); a superuser sees everything.
A member of staff in no role gets what a reader gets: a 404, for the page and its card.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.utils import timezone

from articles.models import Article, TrashedArticle
from tests.factories import make_article

pytestmark = pytest.mark.django_db

LIST = "/admin/articles/article/"


def login(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


@pytest.fixture
def staff_in_no_group(db):
    return get_user_model().objects.create_user("staff", password="pass-word-123", is_staff=True)


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("root", "root@example.org", "pass-word-123")


@pytest.fixture
def users(desk_editor, chief_editor, staff_in_no_group, superuser):
    return {
        "reader": None,
        "staff in no group": staff_in_no_group,
        "editor": desk_editor,
        "chief editor": chief_editor,
        "superuser": superuser,
    }


@pytest.fixture
def unpublished() -> dict[str, Article]:
    trashed = make_article(title="خبر في السلة")
    trashed.deleted_at = timezone.now()
    trashed.save()
    return {
        "draft": make_article(title="مسودة لم تنشر", status=Article.Status.DRAFT),
        "scheduled": make_article(
            title="خبر مجدول", published_at=timezone.now() + timedelta(hours=3)
        ),
        "trashed": trashed,
    }


MAY_READ = {
    "reader": set(),
    "staff in no group": set(),
    "editor": {"draft", "scheduled"},
    "chief editor": {"draft", "scheduled", "trashed"},
    "superuser": {"draft", "scheduled", "trashed"},
}


@pytest.mark.parametrize("role", MAY_READ)
@pytest.mark.parametrize("state", ["draft", "scheduled", "trashed"])
def test_previews_follow_the_newsroom_roles(users, unpublished, role, state):
    article = unpublished[state]
    client = login(users[role])
    page = client.get(article.get_absolute_url())
    card = client.get(f"/articles/{article.pk}/card.png")
    if state not in MAY_READ[role]:
        assert (page.status_code, card.status_code) == (404, 404)
        assert article.title not in page.text
        return
    assert (page.status_code, card.status_code) == (200, 200)
    assert article.title in page.text
    assert "معاينة: هذا المقال غير منشور للقراء بعد." in page.text
    for response in (page, card):
        directives = {part.strip() for part in response["Cache-Control"].split(",")}
        assert {"private", "no-store"} <= directives
        assert not any(part.startswith(("public", "max-age", "s-maxage")) for part in directives)
        assert response["X-Robots-Tag"] == "noindex"


def test_the_queryset_and_the_single_article_apply_one_rule(users, unpublished):
    public = make_article(title="خبر منشور")
    everything = [public, *unpublished.values()]
    for role, user in users.items():
        user = user or login(None).get("/").wsgi_request.user  # AnonymousUser
        by_query = set(Article.objects.previewable_by(user))
        by_row = {article for article in everything if article.is_previewable_by(user)}
        assert by_query == by_row, role
        assert {a.pk for a in by_query} == {public.pk} | {
            unpublished[state].pk for state in MAY_READ[role]
        }, role


def test_the_article_list_links_a_preview_only_to_whoever_may_open_it(
    desk_editor, staff_in_no_group, unpublished
):
    draft = unpublished["draft"]
    preview = f'href="{draft.get_absolute_url()}" target="_blank" rel="noopener">معاينة</a>'
    assert preview in login(desk_editor).get(LIST).text
    # Someone allowed to look at the list without changing articles (a custom right).
    staff_in_no_group.user_permissions.add(Permission.objects.get(codename="view_article"))
    viewer = login(staff_in_no_group)
    listing = viewer.get(LIST)
    assert listing.status_code == 200 and draft.title in listing.text
    assert draft.get_absolute_url() not in listing.text
    form = viewer.get(f"{LIST}{draft.pk}/change/")
    assert form.status_code == 200
    assert draft.get_absolute_url() not in form.text
    assert "معاينة</a>" not in form.text and "عرض على الموقع" not in form.text


def test_the_article_form_links_the_preview_for_an_editor(desk_editor, unpublished):
    scheduled = unpublished["scheduled"]
    form = login(desk_editor).get(f"{LIST}{scheduled.pk}/change/").text
    assert f'href="{scheduled.get_absolute_url()}"' in form and "معاينة</a>" in form


def test_the_trash_is_the_chief_editors(desk_editor, chief_editor, unpublished):
    trash = "/admin/articles/trashedarticle/"
    assert login(desk_editor).get(trash).status_code == 403
    listing = login(chief_editor).get(trash)
    assert listing.status_code == 200 and unpublished["trashed"].title in listing.text


@pytest.mark.parametrize("role", MAY_READ)
@pytest.mark.parametrize("state", ["draft", "scheduled", "trashed"])
def test_view_on_site_gives_an_article_s_address_only_to_whoever_may_read_it(
    users, unpublished, role, state
):
    """The address holds the title (the slug): Django's redirect gave it to any staff."""
    article = unpublished[state]
    content_type = ContentType.objects.get_for_model(Article)
    response = login(users[role]).get(f"/admin/r/{content_type.pk}/{article.pk}/")
    if role == "reader":
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    elif state in MAY_READ[role]:
        assert response.status_code == 302
        assert response["Location"].endswith(article.get_absolute_url())
    else:
        assert response.status_code == 404
        assert "Location" not in response


def test_the_trash_s_view_on_site_is_the_chief_editors(desk_editor, chief_editor, unpublished):
    trashed = unpublished["trashed"]
    content_type = ContentType.objects.get_for_model(TrashedArticle, for_concrete_model=False)
    url = f"/admin/r/{content_type.pk}/{trashed.pk}/"
    assert login(desk_editor).get(url).status_code == 404
    response = login(chief_editor).get(url)
    assert response.status_code == 302
    assert response["Location"].endswith(trashed.get_absolute_url())


def test_view_on_site_refuses_what_does_not_exist(superuser):
    client = login(superuser)
    article_type = ContentType.objects.get_for_model(Article)
    for path in ["999999/1/", f"{article_type.pk}/999999/", f"{article_type.pk}/abc/", "x/1/"]:
        assert client.get(f"/admin/r/{path}").status_code == 404
