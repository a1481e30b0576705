"""Imports store plain text: HTML leftovers are taken out, and a failed article leaves nothing."""

from __future__ import annotations

import html
import json
import time

import nh3
import pytest
from django.core.management import CommandError, call_command
from django.db import DatabaseError
from hypothesis import given, settings
from hypothesis import strategies as st

from articles.importing import markup as plaintext
from articles.importing.markup import strip_markup
from articles.models import Article, Author, Entity, Source, Tag


@pytest.mark.parametrize(
    ("raw", "plain"),
    [
        ("<p>الفقرة الأولى</p>\n<p>الفقرة الثانية</p>", "الفقرة الأولى\n\nالفقرة الثانية"),
        ("سطر<br>وسطر<br/>آخر", "سطر\nوسطر\nآخر"),
        ("قال <b>الوزير</b> <a href='https://x.example'>أمس</a>", "قال الوزير أمس"),
        ("خبر<script>alert(1)</script><style>p{}</style>", "خبر"),
        ("نص<!-- تعليق -->", "نص"),
        ("الأسهم &amp; السندات &quot;اليوم&quot;", 'الأسهم & السندات "اليوم"'),
        ("<img src=x onerror=alert(1)>صورة", "صورة"),
        ('<a href="javascript:alert(1)">رابط</a>', "رابط"),
        ("<svg onload=alert(1)><circle/></svg>بعد", "بعد"),
        ("&lt;script&gt; كتبت كنص", "<script> كتبت كنص"),  # text that was escaped stays text
    ],
)
def test_markup_left_by_a_source_becomes_plain_text(raw, plain):
    assert strip_markup(raw) == plain


@pytest.mark.parametrize("text", ["أ < ب و ج > د", "a<b", "3 > 2", "نص عادي\n\nبفقرتين", "R&D"])
def test_text_without_markup_is_left_exactly_as_written(text):
    assert strip_markup(text) == text


def nh3_as_it_was_called(text: str) -> str:
    """strip_markup before nh3 was kept from seeing «&» and U+0080-U+00BF (slow for it)."""
    if not text or not plaintext._MARKUP.search(text):
        return text
    text = plaintext._LINE_BREAK.sub("\n", text)
    text = plaintext._BLOCK_END.sub("\n\n", text)
    text = html.unescape(nh3.clean(text, tags=set(), strip_comments=True))
    text = plaintext._SPACES_AT_LINE_END.sub("\n", text)
    return plaintext._MANY_BLANK_LINES.sub("\n\n", text).strip()


_HTML_PIECES = st.sampled_from(
    [
        *("<p>", "</p>", "<b>", "</b>", "<br>", "<br/>", "</div>", "<li>", "<h1>", "</h1>"),
        *('<a href="x&amp;y&quot;z">', "<a title='&lt;b&gt;'>", "</a>", '<div class="a">'),
        *("<script>", "</script>", "<style>", "</style>", "<!--", "-->", "<?x?>", "<!"),
        *("<title>", "</title>", "<textarea>", "</textarea>", "<img src=x onerror=alert(1)>"),
        *("&amp;", "&lt;", "&gt;", "&nbsp;", "&laquo;", "&raquo;", "&quot;", "&LT;", "&lt"),
        *("&#160;", "&#x41;", "&#65", "&#0;", "&#128;", "&#x81;", "&#x110000;", "&#xD800;"),
        *("&#99999999999;", "&#1;", "&#13;", "&#xFFFE;", "&notin", "&notit;", "&ampx"),
        *("&xyz;", "&", "&#", "&#x", "&;", "&&", "&CounterClockwiseContourIntegral;"),
        *"«»\xa0\x80\x9f¿À\"'=/-! \n\r\t\x0c\x01\x00<>",
        *("\r\n", "كلمة", "ا", "x", "1", "\U000f0026", "\U000f0041"),
    ]
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_HTML_PIECES, max_size=30).map("".join))
def test_markup_is_taken_out_exactly_as_nh3_took_it_out(text):
    assert strip_markup(text) == nh3_as_it_was_called(text)


@pytest.mark.parametrize("unit", ["«»", "\u00a0", "&nbsp;", "& ", "&a"])
def test_two_megabytes_of_what_nh3_reads_slowly_are_cleaned_in_seconds(unit):
    text = "<b>عنوان</b>" + unit * (2_000_000 // len(unit))
    started = time.perf_counter()
    strip_markup(text)
    # About half a second; nh3 given the text itself needed about a minute for «» or U+00A0.
    assert time.perf_counter() - started < 5


def write_jsonl(path, records) -> str:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), "utf-8")
    return str(path)


@pytest.mark.django_db
def test_imported_articles_and_names_are_stored_without_markup(tmp_path):
    record = {
        "title": "<h1>الحكومة <i>تعلن</i> الموازنة</h1>",
        "body": "<p>أعلنت الحكومة&nbsp;الموازنة.</p><p>وقال الوزير <b>إنها</b> متوازنة.</p>",
        "summary": "ملخص <em>قصير</em>",
        "author": "<span>ليلى حسن</span>",
        "source": "وكالة <b>الأنباء</b>",
        "tags": ["<b>اقتصاد</b>"],
        "image_caption": "<figcaption>الوزير</figcaption>",
    }
    call_command("import_articles", write_jsonl(tmp_path / "a.jsonl", [record]))
    article = Article.objects.get()
    assert article.title == "الحكومة تعلن الموازنة"
    assert article.paragraphs == ["أعلنت الحكومة الموازنة.", "وقال الوزير إنها متوازنة."]
    assert article.summary == "ملخص قصير"
    assert article.image_caption == "الوزير"
    assert [a.name for a in Author.objects.all()] == ["ليلى حسن"]
    assert [s.name for s in Source.objects.all()] == ["وكالة الأنباء"]
    assert [t.name for t in Tag.objects.all()] == ["اقتصاد"]


@pytest.mark.django_db
def test_imported_entities_are_stored_without_markup(tmp_path):
    record = {
        "name": "<b>القاهرة</b>",
        "kind": "place",
        "aliases": ["<i>قاهرة المعز</i>"],
        "description": "<p>عاصمة مصر</p><script>alert(1)</script>",
    }
    call_command("import_entities", write_jsonl(tmp_path / "e.jsonl", [record]))
    entity = Entity.objects.get()
    assert (entity.name, entity.aliases, entity.description) == (
        "القاهرة",
        ["قاهرة المعز"],
        "عاصمة مصر",
    )


@pytest.mark.django_db
def test_a_page_scraped_as_html_is_read_like_its_text(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(
        "<h1>ارتفاع أسعار الذهب في الأسواق المحلية اليوم</h1>\n"
        "<p>ارتفعت أسعار الذهب في الأسواق المحلية اليوم مع زيادة الطلب.</p>\n"
        "<p>وقال تجار إن الإقبال على الشراء زاد خلال الأسبوع الماضي بصورة واضحة.</p>",
        "utf-8",
    )
    call_command("import_articles", str(page))
    article = Article.objects.get()
    assert "<" not in article.title + article.body
    assert article.title == "ارتفاع أسعار الذهب في الأسواق المحلية اليوم"


@pytest.mark.django_db
def test_a_database_error_midway_skips_that_article_whole_and_keeps_the_others(
    tmp_path, monkeypatch
):
    set_byline = Article.set_byline

    def fail_for_the_second(article, authors):
        if "الثاني" in article.title:
            raise DatabaseError("connection lost while writing the byline")
        return set_byline(article, authors)

    monkeypatch.setattr(Article, "set_byline", fail_for_the_second)
    records = [
        {
            "title": f"الخبر {n}",
            "body": "نص.",
            "author": f"كاتب {n}",
            "source": f"مصدر {n}",
            "tags": [f"وسم {n}"],
        }
        for n in ("الأول", "الثاني", "الثالث")
    ]
    with pytest.raises(CommandError):
        call_command("import_articles", write_jsonl(tmp_path / "a.jsonl", records))
    assert sorted(Article.objects.values_list("title", flat=True)) == [
        "الخبر الأول",
        "الخبر الثالث",
    ]
    # Nothing of the failed article was kept: no source, author or tag of its own.
    for model in (Source, Author, Tag):
        assert not model.objects.filter(name__endswith="الثاني").exists()
