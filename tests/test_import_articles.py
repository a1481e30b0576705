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
