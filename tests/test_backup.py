"""Nothing lost: a backup restored into an empty database gives back every page, byte for byte."""

from __future__ import annotations

import difflib
import gzip
import io
import json
import re
import stat

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth import authenticate, get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client, RequestFactory

from articles import search
from articles.backup import FORMAT, VERSION, read_backup
from articles.models import Article, ArticleEntity, Entity
from tests.factories import make_article, make_author, make_tag
from tests.public_urls import every_public_page, make_site

PASSWORD = "a-long-and-good-pass-phrase"
SEARCHES = ["/search/?q=موسكو", "/search/?q=القاهرة", '/search/?q="مؤتمر اقتصادي"']


def build_newsroom() -> None:
    """Articles of every shape, editors in groups, and the admin's change log."""
    call_command("load_demo", stdout=io.StringIO())
    site = make_site()
    second = make_author("خالد عمر")
    make_article(title="خبر بقلمين", authors=[site.author, second], tags=[site.tag])
    make_article(title="مسودة لم تنشر", status=Article.Status.DRAFT, image_caption="صورة")
    removed = make_article(title="خبر أزال المحرر كيانه", entities=[site.entity])
    ArticleEntity.objects.filter(article=removed).update(removed=True)
    make_tag("وسم بلا مقالات", description="وصف الوسم")
    editors = Group.objects.create(name="محررون")
    editors.permissions.set(Permission.objects.filter(codename__endswith="_article"))
    editor = get_user_model().objects.create_user("layla", "l@example.org", PASSWORD)
    editor.groups.add(editors)
    chief = get_user_model().objects.create_superuser("chief", "c@example.org", PASSWORD)
    LogEntry.objects.create(
        user=chief,
        content_type=ContentType.objects.get_for_model(Article),
        object_id=str(site.article.pk),
        object_repr=site.article.title,
        action_flag=CHANGE,
        change_message="عدّل العنوان",
    )
    search.reindex_all()  # the factories skip the index the admin and importers keep


BUILD_DATE = re.compile(r"<lastBuildDate>[^<]*</lastBuildDate>")


def snapshot() -> dict[str, tuple[int, str]]:
    cache.clear()  # a page cache must not answer for the database
    client = Client()
    pages = {}
    for url in [*every_public_page(), *SEARCHES]:
        response = client.get(url)
        # A feed without items is "built" at request time; everything else must match.
        content = BUILD_DATE.sub("<lastBuildDate/>", response.content.decode())
        pages[url] = (response.status_code, content)
    return pages


def difference(url: str, before: tuple[int, str], after: tuple[int, str]) -> str:
    lines = difflib.unified_diff(
        before[1].splitlines(), after[1].splitlines(), "before", "after", lineterm="", n=1
    )
    return f"{url}: {before[0]} → {after[0]}\n" + "\n".join(lines)


def empty_the_database() -> None:
    call_command("flush", interactive=False, verbosity=0)
    cache.clear()  # a flush is no editor's change: nothing tells the page cache
    table = search.PG_TABLE if connection.vendor == "postgresql" else search.FTS_TABLE
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table}")  # not a model table: flush leaves it


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("name", ["backup.json.gz", "backup.json"])
def test_a_restored_backup_serves_every_page_exactly_as_before(tmp_path, name):
    build_newsroom()
    before = snapshot()
    assert len(before) > 15
    assert all(status == 200 for status, _ in before.values())
    assert "مكالمة هاتفية تكسر الصمت" in before["/search/?q=موسكو"][1]
    backup = tmp_path / name
    call_command("backup", "--output", str(backup), stdout=io.StringIO())

    empty_the_database()
    assert not Article.objects.exists()
    assert "مكالمة هاتفية" not in Client().get("/search/?q=موسكو").content.decode()
    # The new site's data migrations may already have made a group of that name (under
    # another id): it is the same group.
    Group.objects.create(name="مؤقت").delete()
    Group.objects.create(name="محررون")
    call_command("restore", str(backup), stdout=io.StringIO())

    after = snapshot()
    assert after.keys() == before.keys()
    for url in before:
        assert after[url] == before[url], difference(url, before[url], after[url])
    # What no public page shows came back too: drafts, removed links, people and rights.
    assert Article.objects.get(title="مسودة لم تنشر").image_caption == "صورة"
    assert ArticleEntity.objects.filter(removed=True).count() == 1
    layla = authenticate(RequestFactory().get("/"), username="layla", password=PASSWORD)
    assert [g.name for g in layla.groups.all()] == ["محررون"]
    assert layla.has_perm("articles.change_article")
    entry = LogEntry.objects.get()
    assert (entry.content_type.model, entry.change_message) == ("article", "عدّل العنوان")


@pytest.mark.django_db
def test_the_backup_names_its_format_version_schema_and_counts(tmp_path):
    build_newsroom()
    backup = tmp_path / "b.json.gz"
    call_command("backup", "--output", str(backup), stdout=io.StringIO())
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600  # it holds password hashes
    data = json.loads(gzip.decompress(backup.read_bytes()))
    assert (data["format"], data["version"]) == (FORMAT, VERSION)
    assert data["schema"]["articles"].startswith("00")
    counts = data["counts"]
    assert counts["articles.article"] == Article.objects.count()
    assert counts["articles.entity"] == Entity.objects.count()
    # The newsroom's two roles (made by a migration) and the test's own group.
    assert counts["auth.group"] == Group.objects.count() == 3 and counts["auth.user"] == 2
    assert counts["admin.logentry"] == 1
    assert not {"sessions.session", "contenttypes.contenttype", "auth.permission"} & set(counts)
    assert not any(label.startswith("axes.") for label in counts)
    labels = [row["model"] for row in data["objects"]]
    assert {label: labels.count(label) for label in counts if counts[label]} == {
        label: n for label, n in counts.items() if n
    }


@pytest.mark.django_db
def test_a_backup_is_never_overwritten(tmp_path):
    backup = tmp_path / "b.json"
    backup.write_text("keep me")
    with pytest.raises(CommandError, match="already exists"):
        call_command("backup", "--output", str(backup), stdout=io.StringIO())
    assert backup.read_text() == "keep me"


@pytest.mark.django_db
def test_restore_refuses_a_database_that_is_not_empty(tmp_path):
    build_newsroom()
    backup = tmp_path / "b.json"
    call_command("backup", "--output", str(backup), stdout=io.StringIO())
    with pytest.raises(CommandError, match="restore needs it empty"):
        call_command("restore", str(backup), stdout=io.StringIO())


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "cannot be read"),
        ('{"format": "something-else"}', "is not a newsreader-backup"),
        ('{"format": "newsreader-backup", "version": 99, "objects": []}', "version 99"),
        (
            '{"format": "newsreader-backup", "version": 1, "schema": {"articles": "9999_x"},'
            ' "counts": {}, "objects": []}',
            "newer version of the site",
        ),
    ],
)
@pytest.mark.django_db
def test_restore_refuses_what_it_cannot_read_and_says_why(tmp_path, content, message):
    path = tmp_path / "b.json"
    path.write_text(content)
    with pytest.raises(CommandError, match=message):
        call_command("restore", str(path), stdout=io.StringIO())


@pytest.mark.django_db(transaction=True)
def test_a_restore_that_fails_half_way_leaves_the_database_empty(tmp_path):
    build_newsroom()
    backup = tmp_path / "b.json"
    call_command("backup", "--output", str(backup), stdout=io.StringIO())
    data = read_backup(backup)
    data["counts"]["articles.tag"] += 1  # the file says one more tag than it holds
    backup.write_text(json.dumps(data))
    empty_the_database()
    with pytest.raises(CommandError, match="do not match"):
        call_command("restore", str(backup), stdout=io.StringIO())
    assert not Article.objects.exists()
    assert not get_user_model().objects.exists()
