import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command

from articles.models import Article
from tests.factories import make_article, make_author, make_entity, make_source, make_tag


@pytest.fixture
def editor(db):
    """A member of staff who edits articles in the admin (superuser for now)."""
    return get_user_model().objects.create_superuser(
        username="editor", email="editor@example.org", password="pass-word-123"
    )


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


EDITOR_GROUP = "محرر"
CHIEF_EDITOR_GROUP = "رئيس تحرير"


def staff_in_group(username: str, group: str):
    """A member of staff (not a superuser) whose rights come from one newsroom role."""
    user = get_user_model().objects.create_user(
        username=username, password="pass-word-123", is_staff=True
    )
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def desk_editor(db):
    """«محرر»: writes and corrects articles, cannot publish or delete."""
    return staff_in_group("desk", EDITOR_GROUP)


@pytest.fixture
def chief_editor(db):
    """«رئيس تحرير»: also publishes, deletes to the trash, restores and purges."""
    return staff_in_group("chief", CHIEF_EDITOR_GROUP)


@pytest.fixture
def desk_client(client, desk_editor):
    client.force_login(desk_editor)
    return client


@pytest.fixture
def chief_client(client, chief_editor):
    client.force_login(chief_editor)
    return client


@pytest.fixture
def seed_article(db):
    """The seed page imported through the project's own importer, as `make run` does."""
    call_command("load_demo", stdout=io.StringIO())
    return Article.objects.get(title__contains="مكالمة هاتفية تكسر الصمت")


__all__ = ["make_article", "make_author", "make_entity", "make_source", "make_tag"]


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with empty caches: the local-memory cache outlives tests, and the
    content-type cache would keep ids a transactional (browser) test's flush recreated."""
    from django.contrib.contenttypes.models import ContentType
    from django.core.cache import cache

    from articles.stored import freshness as renderer

    cache.clear()
    ContentType.objects.clear_cache()
    renderer._known.expire()  # the epoch this process read belonged to the last test's data
    yield
    cache.clear()
