"""Paste import: page text in, a draft to review out, through the same parser as .txt."""

import io
from pathlib import Path

import pytest

from articles.models import Article, ArticleEntity
from tests.factories import make_article, make_source

pytestmark = pytest.mark.django_db

SEED = Path(__file__).resolve().parents[1] / "articles" / "demo" / "000_200f321cd9c4ca40.txt"
URL = "/admin/articles/article/import/"


def test_the_article_list_links_to_the_paste_import(desk_client):
    assert f'href="{URL}"' in desk_client.get("/admin/articles/article/").text
    page = desk_client.get(URL)
    assert page.status_code == 200
    assert 'dir="auto"' in page.text and "<textarea" in page.text


def test_pasting_the_seed_makes_a_draft_with_every_field_the_page_has(desk_client, desk_editor):
    from django.core.management import call_command

    call_command("import_entities", str(SEED.parent / "entities.jsonl"), stdout=io.StringIO())
    response = desk_client.post(URL, {"text": SEED.read_text(encoding="utf-8")}, follow=True)
    article = Article.objects.get()
    assert response.redirect_chain[-1][0] == f"/admin/articles/article/{article.pk}/change/"
    assert article.status == Article.Status.DRAFT
    assert article.title.startswith('"تحذير" موسكو')
    assert [a.name for a in article.byline] == ["أحمد أنور"]
    assert article.source.name == "القاهرة الإخبارية"
    assert article.image_caption == "علما أمريكا وروسيا"
    # The page prints no standfirst: the summary is left to the editor, not copied from
    # the body's opening.
    assert article.summary == ""
    assert "مشاركة :" not in article.body and "post-title" not in article.body
    assert ArticleEntity.objects.filter(article=article, entity__name="أندريه بيلوسوف").exists()
    # What the page does not print is left empty, and the editor is told.
    assert article.published_at is None
    messages = [str(m) for m in response.context["messages"]]
    assert any("لم يُعثر على التاريخ" in m for m in messages)
    assert any("لم يُعثر على الملخص" in m for m in messages)
    assert article.history.first().history_user == desk_editor


def test_text_without_an_article_is_refused_with_a_reason(desk_client):
    response = desk_client.post(URL, {"text": "مشاركة\nتابعونا على فيسبوك"})
    assert response.status_code == 200
    assert "لم يُعثر" in response.text
    assert not Article.objects.exists()


def test_an_empty_paste_is_refused(desk_client):
    response = desk_client.post(URL, {"text": "   "})
    assert response.status_code == 200 and not Article.objects.exists()


def test_pasting_a_page_already_imported_warns_and_links_to_it(desk_client):
    text = SEED.read_text(encoding="utf-8")
    desk_client.post(URL, {"text": text})
    first = Article.objects.get()
    response = desk_client.post(URL, {"text": text}, follow=True)
    assert Article.objects.count() == 2  # the existing article is never overwritten
    messages = " ".join(str(m) for m in response.context["messages"])
    assert "موجود من قبل" in messages
    assert f"/admin/articles/article/{first.pk}/change/" in messages
    assert f"/admin/articles/article/{first.pk}/change/" in response.text  # on the form too


def test_a_source_url_already_imported_is_refused_with_a_link(desk_client):
    existing = make_article(source_url="https://example.org/news/1", source=make_source())
    response = desk_client.post(
        URL,
        {"text": SEED.read_text(encoding="utf-8"), "source_url": "https://example.org/news/1"},
    )
    assert response.status_code == 200
    assert f"/admin/articles/article/{existing.pk}/change/" in response.text
    assert Article.objects.count() == 1


@pytest.mark.parametrize(
    "raw", sorted((Path(__file__).parent / "data" / "dev-corpus" / "raw").glob("*.txt"))
)
def test_every_dev_corpus_page_pastes_into_a_draft(desk_client, raw):
    import json

    expected = json.loads(raw.with_suffix(".expected.json").read_text(encoding="utf-8"))
    desk_client.post(URL, {"text": raw.read_text(encoding="utf-8")})
    article = Article.objects.get()
    assert article.title == expected["title"]
    assert (article.source.name if article.source else None) == expected.get("source")


def test_a_paste_over_the_limit_is_refused_with_a_form_error_and_never_parsed(
    desk_client, monkeypatch
):
    from articles.newsroom import paste
    from articles.newsroom.forms import MAX_PASTE_CHARS

    def never(text):
        raise AssertionError("a paste over the limit was parsed")

    monkeypatch.setattr(paste, "read_page", never)
    response = desk_client.post(URL, {"text": "خبر " + " " * MAX_PASTE_CHARS})
    assert response.status_code == 200
    error = str(response.context["form"].errors["text"])
    assert f"{MAX_PASTE_CHARS}" in error and "على الأكثر" in error
    assert not Article.objects.exists()
