import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article, ArticleEntity, Author, Entity, Source, Tag

pytestmark = pytest.mark.django_db

SEED = Path(__file__).resolve().parent.parent / "articles" / "demo" / "000_200f321cd9c4ca40.txt"
SEED_TITLE = '"تحذير" موسكو و"توضيح" واشنطن.. مكالمة هاتفية تكسر الصمت بين أمريكا وروسيا'


def _write_jsonl(tmp_path, records, name="articles.jsonl"):
    path = tmp_path / name
    path.write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records),
        encoding="utf-8",
    )
    return path


def _record(**overrides):
    record = {
        "title": "الكويت تقر خطة لتنويع الإيرادات",
        "body": "الفقرة الأولى.\n\nالفقرة الثانية.",
        "summary": "ملخص.",
        "author": "بدر العنزي",
        "source": "بوابة الخليج اليوم",
        "source_url": "https://example.org/a/1",
        "published_at": "2025-03-11T10:00:00+03:00",
        "tags": ["اقتصاد", "مالية عامة"],
    }
    record.update(overrides)
    return record


def test_it_imports_the_seed_page_with_its_fields_and_without_furniture():
    call_command("import_articles", str(SEED), stdout=None)
    article = Article.objects.get()
    assert article.title == SEED_TITLE
    assert article.byline[0].name == "أحمد أنور"
    assert article.source.name == "القاهرة الإخبارية"
    assert article.image_caption == "علما أمريكا وروسيا"
    assert article.body.startswith("بعد صمت طويل بين وزارتي الدفاع")
    assert article.body.endswith("عامها الثالث.")
    for furniture in ("مشاركة :", "post-title", "الموقع الرسمي", "القاهرة الإخبارية - أحمد أنور"):
        assert furniture not in article.body
    assert article.status == Article.Status.PUBLISHED
    assert article.is_public


def test_importing_the_seed_twice_does_not_duplicate_anything():
    call_command("import_articles", str(SEED))
    call_command("import_articles", str(SEED))
    assert Article.objects.count() == 1
    assert Source.objects.count() == 1
    assert Author.objects.count() == 1


def test_spellings_of_one_source_are_one_source():
    Source.objects.create(name="القاهرة الاخبارية")
    call_command("import_articles", str(SEED))
    assert Source.objects.count() == 1


def test_it_imports_jsonl_with_authors_tags_and_dates(tmp_path):
    path = _write_jsonl(
        tmp_path, [_record(), _record(title="خبر ثان", source_url="", authors=["أ", "ب"])]
    )
    call_command("import_articles", str(path))
    first = Article.objects.get(source_url="https://example.org/a/1")
    assert first.published_at.isoformat() == "2025-03-11T07:00:00+00:00"
    assert sorted(t.name for t in first.tags.all()) == ["اقتصاد", "مالية عامة"]
    second = Article.objects.get(title="خبر ثان")
    assert [a.name for a in second.byline] == ["أ", "ب"]
    assert Tag.objects.count() == 2


def test_reimporting_updates_instead_of_duplicating(tmp_path):
    call_command("import_articles", str(_write_jsonl(tmp_path, [_record()])))
    changed = _record(title="الكويت تقر خطة معدلة", body="نص جديد.")
    call_command("import_articles", str(_write_jsonl(tmp_path, [changed], "b.jsonl")))
    article = Article.objects.get()
    assert article.title == "الكويت تقر خطة معدلة"
    assert article.body == "نص جديد."


def test_bad_lines_are_reported_with_their_number_and_skipped(tmp_path, capsys):
    path = _write_jsonl(
        tmp_path,
        [
            _record(),
            "{not json",
            _record(title="", source_url="https://example.org/2"),
            _record(published_at="yesterday", source_url="https://example.org/3"),
            _record(title="خبر سليم", source_url="https://example.org/4"),
        ],
    )
    with pytest.raises(CommandError) as error:
        call_command("import_articles", str(path))
    assert error.value.returncode == 1
    err = capsys.readouterr().err
    assert f"{path}:2:" in err
    assert f"{path}:3:" in err and "title" in err
    assert f"{path}:4:" in err
    assert Article.objects.count() == 2


def test_draft_option_and_status_field_keep_articles_private(tmp_path):
    path = _write_jsonl(
        tmp_path, [_record(), _record(title="مسودة", source_url="", status="draft")]
    )
    call_command("import_articles", str(path), "--draft")
    assert set(Article.objects.values_list("status", flat=True)) == {"draft"}


def test_a_failure_leaves_no_half_article(tmp_path, monkeypatch):
    from articles import search

    def explode(article):
        raise RuntimeError("disk full")

    # Indexing is the last step: everything before it must be rolled back too.
    monkeypatch.setattr(search, "index_article", explode)
    with pytest.raises(RuntimeError):
        call_command("import_articles", str(_write_jsonl(tmp_path, [_record()])))
    assert Article.objects.count() == 0
    assert Tag.objects.count() == 0
    assert Author.objects.count() == 0
    assert Source.objects.count() == 0


def test_asserted_entities_become_editor_links(tmp_path):
    entity = Entity.objects.create(name="الكويت", kind="place", aliases=["دولة الكويت"])
    path = _write_jsonl(tmp_path, [_record(body="نص لا يذكر الاسم.", entities=["دولة الكويت"])])
    call_command("import_articles", str(path))
    link = ArticleEntity.objects.get(entity=entity)
    assert link.origin == ArticleEntity.Origin.EDITOR


def test_unknown_file_types_are_skipped_with_a_message(tmp_path, capsys):
    path = tmp_path / "notes.csv"
    path.write_text("a,b", encoding="utf-8")
    with pytest.raises(CommandError):
        call_command("import_articles", str(path))
    assert "unknown file type" in capsys.readouterr().err


# --- Bad files: every bad line is reported by number and skipped, the rest imported -------

DEEP = "[" * 100_000 + "]" * 100_000


def _three_lines(tmp_path, bad: bytes, name="articles.jsonl"):
    """A good article, the bad line, another good article."""
    first = json.dumps(_record(), ensure_ascii=False).encode()
    third = json.dumps(_record(title="خبر سليم", source_url="https://example.org/4"))
    path = tmp_path / name
    path.write_bytes(first + b"\n" + bad + b"\n" + third.encode() + b"\n")
    return path


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        (DEEP.encode(), "nested too deeply"),
        (b'{"title": "\\ud800", "body": "x"}', "lone surrogate"),
        (b'{"title": "t", "body": "\\udfff"}', "lone surrogate"),
        (b'{"title": "t", "body": "b", "tags": ["\\ud83d"]}', "lone surrogate"),
        (b'{"title": "t", "body": "b", "n": ' + b"1" * 5000 + b"}", "invalid JSON"),
        ("{«title»: خبر}".encode(), "invalid JSON"),
        (b"[1, 2]", "JSON object"),
        ('{"title": "خبر", "body": "\xff"}'.encode() + b"\xff\xfe", "not UTF-8"),
        (b'{"title": "t", "body": "b", "published_at": "0001-01-01T00:00:00+14:00"}', "range"),
    ],
    ids=[
        "nested 100,000 deep",
        "a lone high surrogate",
        "a lone low surrogate",
        "half an emoji in a tag",
        "an integer of 5,000 digits",
        "not JSON",
        "not an object",
        "bad UTF-8 bytes",
        "a date before year 1 in UTC",
    ],
)
def test_a_bad_line_is_reported_by_number_and_the_lines_after_it_are_imported(
    tmp_path, capsys, bad, reason
):
    path = _three_lines(tmp_path, bad)
    with pytest.raises(CommandError) as error:
        call_command("import_articles", str(path))
    assert error.value.returncode == 1
    err = capsys.readouterr().err
    assert f"{path}:2: " in err and reason in err
    assert f"{path}:1:" not in err and f"{path}:3:" not in err
    assert sorted(Article.objects.values_list("title", flat=True)) == [
        "الكويت تقر خطة لتنويع الإيرادات",
        "خبر سليم",
    ]


def test_a_50_mb_line_is_skipped_by_number_without_being_held_in_memory(tmp_path, capsys):
    import tracemalloc

    path = _three_lines(tmp_path, b'{"title": "' + b"x" * 50_000_000 + b'"}')
    tracemalloc.start()
    try:
        with pytest.raises(CommandError):
            call_command("import_articles", str(path))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert f"{path}:2: longer than 2,000,000 characters" in capsys.readouterr().err
    assert Article.objects.count() == 2
    # Reading the file whole took more than the line itself (3.7 GB for a 50 MB line).
    assert peak < 40_000_000


def test_a_line_separator_inside_a_json_string_does_not_end_the_line(tmp_path):
    path = _write_jsonl(tmp_path, [_record(body="السطر الأول\u2028السطر الثاني\x85.")])
    call_command("import_articles", str(path))
    assert "السطر الأول\u2028السطر الثاني" in Article.objects.get().body


def test_a_page_with_a_bad_byte_is_imported_without_that_line_and_says_so(tmp_path, capsys):
    text = SEED.read_bytes().replace(b"\n", b"\n\xff\xfe stray bytes\n", 1)
    page = tmp_path / "page.txt"
    page.write_bytes(text)
    with pytest.raises(CommandError):
        call_command("import_articles", str(page))
    assert f"{page}:2: not UTF-8 text (byte 0xff at column 1); line left out" in (
        capsys.readouterr().err
    )
    article = Article.objects.get()
    assert article.title == SEED_TITLE and "stray bytes" not in article.body


def test_a_page_file_longer_than_any_page_is_refused_unread(tmp_path, capsys):
    page = tmp_path / "page.txt"
    page.write_text(SEED.read_text(encoding="utf-8") + ("سطر آخر\n" * 300_000), "utf-8")
    with pytest.raises(CommandError):
        call_command("import_articles", str(page))
    assert "longer than 2,000,000 characters" in capsys.readouterr().err
    assert not Article.objects.exists()


def _entities_file(tmp_path, *lines: bytes):
    path = tmp_path / "entities.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def _cairo(**fields) -> bytes:
    return json.dumps({"name": "القاهرة", "kind": "place", **fields}, ensure_ascii=False).encode()


def test_importing_entities_still_relinks_the_articles_after_bad_lines(tmp_path, capsys):
    call_command(
        "import_articles", str(_write_jsonl(tmp_path, [_record(body="زار الوزير القاهرة أمس.")]))
    )
    article = Article.objects.get()
    assert not ArticleEntity.objects.exists()
    path = _entities_file(
        tmp_path,
        DEEP.encode(),
        b'{"name": "\\ud800", "kind": "person"}',
        b'{"name": "\xff\xfe", "kind": "person"}',
        _cairo(),
    )
    with pytest.raises(CommandError) as error:
        call_command("import_entities", str(path))
    assert error.value.returncode == 1
    err = capsys.readouterr().err
    for number in (1, 2, 3):
        assert f"{path}:{number}: " in err
    assert f"{path}:4:" not in err
    assert ArticleEntity.objects.get(article=article).entity.name == "القاهرة"


def test_an_unexpected_failure_still_relinks_the_entities_saved_before_it(tmp_path, monkeypatch):
    from articles.importing import files as importing  # where the entity file is read

    call_command(
        "import_articles", str(_write_jsonl(tmp_path, [_record(body="زار الوزير القاهرة أمس.")]))
    )
    save_entity = importing.save_entity

    def fail_on_the_second(fields):
        if fields["name"] != "القاهرة":
            raise RuntimeError("disk full")
        return save_entity(fields)

    monkeypatch.setattr(importing, "save_entity", fail_on_the_second)
    path = _entities_file(tmp_path, _cairo(), _cairo(name="الجيزة"))
    with pytest.raises(RuntimeError):
        call_command("import_entities", str(path))
    assert ArticleEntity.objects.get().entity.name == "القاهرة"


def test_names_that_only_diacritics_tell_apart_are_two_entities(tmp_path):
    path = tmp_path / "entities.jsonl"
    lines = [
        {"name": "عُمان", "kind": "place", "description": "دولة عاصمتها مسقط."},
        {"name": "عمّان", "kind": "place", "description": "عاصمة الأردن."},
        {"name": "عُمان", "kind": "place", "aliases": ["سلطنة عمان"]},  # the same Oman again
    ]
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    call_command("import_entities", str(path))
    oman, amman = Entity.objects.get(name="عُمان"), Entity.objects.get(name="عمّان")
    assert Entity.objects.count() == 2
    assert (oman.description, oman.aliases) == ("دولة عاصمتها مسقط.", ["سلطنة عمان"])
    assert amman.description == "عاصمة الأردن."
    # a name without marks is still the same entity up to orthography
    assert Entity(name="عمان").twin() is not None
