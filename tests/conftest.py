import io

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command

from articles.models import Article
from tests.factories import make_article, make_author, make_entity, make_source, make_tag


@pytest.fixture(autouse=True)
def _empty_cache():
    """Every test starts with an empty cache: pages cached by one test never leak into the next."""
    cache.clear()
    yield
    cache.clear()


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


@pytest.fixture
def seed_article(db):
    """The seed page imported through the project's own importer, as `make run` does."""
    call_command("load_demo", stdout=io.StringIO())
    return Article.objects.get(title__contains="مكالمة هاتفية تكسر الصمت")


__all__ = ["make_article", "make_author", "make_entity", "make_source", "make_tag"]
