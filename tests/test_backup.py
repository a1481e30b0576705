"""Nothing lost: a backup restored into an empty database gives back every page, byte for byte."""

from __future__ import annotations

import difflib
import gzip
import io
import json
import re
import stat

import pytest
from django.apps import apps
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
from articles.models import Article, ArticleEntity, Entity, Tag
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


# --- Malformed backups: each refused in one clear line before anything is written ---------


def _db_state() -> dict:
    """Every model's rows, counted, and the tags' names: what a refused restore must keep."""
    state: dict[str, object] = {
        m._meta.label_lower: m._base_manager.count()
        for m in apps.get_models(include_auto_created=True)
        if m._meta.managed and not m._meta.proxy
    }
    state["tag names"] = sorted(Tag.objects.values_list("name", flat=True))
    return state


@pytest.fixture
def small_backup(tmp_path) -> dict:
    """A real backup (of a database holding a tag, no article or user), as parsed JSON."""
    make_tag("وسم قائم", description="وصف")
    path = tmp_path / "valid.json"
    call_command("backup", "--output", str(path), stdout=io.StringIO())
    return json.loads(path.read_text(encoding="utf-8"))


def _tag_row(data: dict) -> dict:
    return next(row for row in data["objects"] if row["model"] == "articles.tag")


def _text(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False)


def _edited(edit):
    def make(data: dict) -> bytes:
        edit(data)
        return _text(data).encode()

    return make


def _with_row(row: dict, *, counted: bool):
    def edit(data: dict) -> None:
        data["objects"].append(row)
        if counted:
            data["counts"][row["model"]] = data["counts"].get(row["model"], 0) + 1

    return _edited(edit)


def _tag_field(name: str, value):
    return _edited(lambda data: _tag_row(data)["fields"].__setitem__(name, value))


def _without(*keys: str):
    return _edited(lambda data: [data.pop(key) for key in keys])


def _escaped_surrogate(data: dict) -> bytes:
    _tag_row(data)["fields"]["description"] = "\ud800"
    return json.dumps(data).encode()  # ASCII: the surrogate is written «\ud800»


def _gzip_bomb(data: dict) -> bytes:
    """A small gzip file holding 200 MB of spaces among the rows."""
    head = _text(data).encode().replace(b'"objects": [', b'"objects": [' + b" " * 1_000_000)
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9) as bomb:
        start, rest = head.split(b" " * 1_000_000, 1)
        bomb.write(start)
        for _ in range(200):
            bomb.write(b" " * 1_000_000)
        bomb.write(rest)
    return out.getvalue()


def _truncated_gzip(data: dict) -> bytes:
    compressed = gzip.compress(_text(data).encode())
    return compressed[: len(compressed) // 2]


def _damaged_gzip(data: dict) -> bytes:
    compressed = bytearray(gzip.compress(_text(data).encode()))
    compressed[-6] ^= 0xFF  # in the CRC-32 of the trailer
    return bytes(compressed)


STORED_PAGE = {
    "model": "articles.storedpage",
    "pk": 1,
    "fields": {"html": "<script>alert(1)</script>"},
}
DEEP = "[" * 100_000 + "]" * 100_000

# (name of the file, how it is made from a real backup's JSON, what the refusal says)
MALFORMED = {
    "truncated gzip": ("b.json.gz", _truncated_gzip, "not a valid, complete gzip file"),
    "gzip with a wrong checksum": ("b.json.gz", _damaged_gzip, "CRC check failed"),
    "not gzip": ("b.json.gz", lambda data: _text(data).encode(), "Not a gzipped file"),
    "not JSON": ("b.json", lambda data: b"not json", "cannot be read as a backup"),
    "a JSON array": ("b.json", lambda data: b"[1, 2]", "not a JSON object"),
    "cut short": ("b.json", lambda data: _text(data).encode()[:-40], "not valid JSON"),
    "not UTF-8": (
        "b.json",
        lambda data: _text(data).encode().replace("وسم".encode(), b"\xff\xfe", 1),
        "not UTF-8 text",
    ),
    "wrong format name": (
        "b.json",
        _edited(lambda data: data.update(format="something-else")),
        "is not a newsreader-backup file: its format is 'something-else'",
    ),
    "future version": (
        "b.json",
        _edited(lambda data: data.update(version=VERSION + 1)),
        f"has format version {VERSION + 1}; this site reads up to {VERSION}",
    ),
    "version as text": (
        "b.json",
        _edited(lambda data: data.update(version="1")),
        "has format version '1'",
    ),
    "schema of a newer site": (
        "b.json",
        _edited(lambda data: data["schema"].update(articles="9999_later")),
        "comes from a newer version of the site",
    ),
    "missing envelope keys": (
        "b.json",
        _without("schema", "counts"),
        "its envelope has no schema, counts before its objects",
    ),
    "no objects": ("b.json", _without("objects"), "it has no objects"),
    "the format not first": (
        "b.json",
        _edited(lambda data: data.update(format=data.pop("format"))),
        "does not open with its format",
    ),
    "an unknown envelope key": (
        "b.json",
        _edited(lambda data: data.update(extra=1)),
        "its envelope holds an unknown key 'extra'",
    ),
    "a key named twice": (
        "b.json",
        lambda data: _text(data).replace('"version": 1,', '"version": 1, "version": 1,').encode(),
        "it names 'version' twice",
    ),
    "an unknown model": (
        "b.json",
        _with_row({"model": "articles.nosuch", "pk": 1, "fields": {}}, counted=True),
        "holds rows of articles.nosuch, which a backup never holds",
    ),
    "a stored page with raw HTML": (
        "b.json",
        _with_row(STORED_PAGE, counted=False),
        "holds rows of articles.storedpage, which a backup never holds",
    ),
    "a stored page, counted too": (
        "b.json",
        _with_row(STORED_PAGE, counted=True),
        "holds rows of articles.storedpage, which a backup never holds",
    ),
    "one more row counted than held": (
        "b.json",
        _edited(lambda data: data["counts"].update({"articles.tag": 2})),
        r"do not match its counts: \{'articles.tag': '2 counted, 1 held'\}",
    ),
    "one more row held than counted": (
        "b.json",
        lambda data: _with_row({**_tag_row(data), "pk": 999}, counted=False)(data),
        "do not match its counts: more rows of articles.tag than the 1 it counts",
    ),
    "a row that is not a row": (
        "b.json",
        _edited(lambda data: data["objects"].append([1, 2])),
        r"row \d+ is not a serialized row",
    ),
    "a field of the wrong type": (
        "b.json",
        _tag_field("listed_articles", "many"),
        r"field 'listed_articles' is of the wrong type: 'many'",
    ),
    "a number for a name": ("b.json", _tag_field("name", 123), "field 'name' is not text"),
    "a field the model lacks": (
        "b.json",
        _tag_field("colour", "أحمر"),
        "has a field 'colour' that articles.tag does not have",
    ),
    "a primary key of the wrong type": (
        "b.json",
        _edited(lambda data: _tag_row(data).update(pk="first")),
        "has a primary key of the wrong type: 'first'",
    ),
    "an escaped lone surrogate": (
        "b.json",
        _escaped_surrogate,
        "field 'description' holds an escaped lone surrogate",
    ),
    "gzip bomb": ("b.json.gz", _gzip_bomb, "more than 16,777,216 characters"),
    "deeply nested rows": (
        "b.json",
        lambda data: _text(data).replace('"objects": [', f'"objects": [{DEEP}, ').encode(),
        "JSON nested too deeply",
    ),
    "deeply nested envelope": (
        "b.json",
        lambda data: _text(data).replace('"counts": ', f'"x": {DEEP}, "counts": ').encode(),
        "JSON nested too deeply",
    ),
    "a 5,000-digit count": (
        "b.json",
        lambda data: (
            _text(data).replace('"articles.tag": 1', '"articles.tag": ' + "1" * 5000).encode()
        ),
        "Exceeds the limit",
    ),
    "something after its end": ("b.json", lambda data: (_text(data) + " {}").encode(), "follows"),
}


@pytest.mark.parametrize("case", MALFORMED)
@pytest.mark.django_db
def test_a_malformed_backup_is_refused_in_one_clear_line_and_nothing_is_written(
    tmp_path, small_backup, case
):
    name, make, message = MALFORMED[case]
    path = tmp_path / name
    path.write_bytes(make(small_backup))
    before = _db_state()
    with pytest.raises(CommandError) as error:
        call_command("restore", str(path), stdout=io.StringIO())
    refusal = str(error.value)
    assert re.search(message, refusal), refusal
    assert "\n" not in refusal and "Traceback" not in refusal
    assert error.value.returncode == 1
    assert _db_state() == before


@pytest.mark.django_db
def test_the_small_backup_the_malformed_ones_are_made_from_restores(tmp_path, small_backup):
    path = tmp_path / "b.json"
    path.write_text(_text(small_backup), encoding="utf-8")
    call_command("restore", str(path), stdout=io.StringIO())
    assert list(Tag.objects.values_list("name", "description")) == [("وسم قائم", "وصف")]


@pytest.mark.django_db
def test_a_backup_larger_than_the_limit_is_refused_naming_the_limit(tmp_path, small_backup):
    path = tmp_path / "b.json"
    path.write_text(_text(small_backup), encoding="utf-8")
    with pytest.raises(CommandError, match=r"more than 1,000 bytes once decompressed, the limit"):
        call_command("restore", str(path), "--max-bytes", "1000", stdout=io.StringIO())
    assert Tag.objects.count() == 1


@pytest.mark.django_db
def test_a_gzip_bomb_is_refused_without_being_held_in_memory(tmp_path, small_backup):
    import tracemalloc

    text = _text(small_backup).encode()
    path = tmp_path / "bomb.json.gz"
    with gzip.open(path, "wb") as bomb:  # one row whose name is 300 MB long
        bomb.write(text.split('"name": "وسم قائم"'.encode())[0] + b'"name": "')
        for _ in range(300):
            bomb.write(b"x" * 1_000_000)
    assert path.stat().st_size < 1_000_000
    tracemalloc.start()
    try:
        with pytest.raises(CommandError, match="more than 16,777,216 characters"):
            call_command("restore", str(path), stdout=io.StringIO())
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 150_000_000  # loading the file whole took 1.3 GB for a 600 KB bomb
