import json
import re
from datetime import datetime, timedelta
from urllib.parse import unquote
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from articles import changes
from articles.models import Article
from tests.factories import make_article, make_author, make_entity, make_source, make_tag
from tests.pictures import upload

pytestmark = pytest.mark.django_db


def test_it_shows_the_article_right_to_left_in_arabic(client):
    article = make_article(title="خبر عاجل من القاهرة")
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert b'<html lang="ar" dir="rtl">' in response.content
    assert response.content.count(b"<h1") == 1
    assert "خبر عاجل من القاهرة" in response.text


def test_it_shows_title_summary_byline_source_caption_and_paragraphs(client):
    source = make_source("القاهرة الإخبارية")
    first, second = make_author("أحمد أنور"), make_author("سارة حسن")
    article = make_article(
        title="عنوان",
        summary="ملخص الخبر",
        body="الفقرة الأولى.\n\nالفقرة الثانية.\n\n\nالفقرة الثالثة.",
        image=upload(),
        image_alt="علما البلدين",
        image_caption="علما أمريكا وروسيا",
        source=source,
        authors=[first, second],
    )
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    html = response.text
    assert "ملخص الخبر" in html
    # The caption of the lead image (none without one: tests/test_lead_images.py).
    assert '<figcaption><span class="caption">علما أمريكا وروسيا</span></figcaption>' in html
    assert html.count("<p>الفقرة") == 3
    assert f'<a href="{source.get_absolute_url()}">القاهرة الإخبارية</a>' in html
    assert html.index("أحمد أنور") < html.index("سارة حسن")
    assert f'href="{first.get_absolute_url()}"' in html


def test_it_writes_the_date_in_arabic_inside_a_time_element(client):
    published = datetime(2024, 6, 26, 12, 0, tzinfo=ZoneInfo("Africa/Cairo"))
    article = make_article(published_at=published)
    response = client.get(article.get_absolute_url())
    assert '<time datetime="2024-06-26T12:00:00+03:00">26 يونيو 2024</time>' in response.text


def test_it_links_tags_and_entities(client):
    tag = make_tag("الحرب الروسية الأوكرانية")
    entity = make_entity("موسكو")
    article = make_article(tags=[tag], entities=[entity])
    html = client.get(article.get_absolute_url()).text
    assert f'href="{tag.get_absolute_url()}"' in html
    assert f'href="{entity.get_absolute_url()}"' in html
    assert unquote(tag.get_absolute_url()).startswith("/tags/الحرب-الروسية")


def test_it_escapes_markup_in_the_body(client):
    article = make_article(body="<script>alert(1)</script> نص")
    html = client.get(article.get_absolute_url()).text
    assert "<script>alert(1)" not in html
    text = html.replace("<bdi>", "").replace("</bdi>", "")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; نص" in text


def test_a_wrong_or_missing_slug_redirects_permanently_to_the_canonical_url(client):
    article = make_article(title="مكالمة هاتفية")
    canonical = article.get_absolute_url()
    for path in (f"/articles/{article.pk}/", f"/articles/{article.pk}/old-slug/"):
        response = client.get(path)
        assert response.status_code == 301
        assert response["Location"] == canonical
    assert client.get(canonical).status_code == 200


def test_the_short_link_redirects_to_the_canonical_url(client):
    article = make_article()
    response = client.get(f"/a/{article.pk}")
    assert response.status_code == 301
    assert response["Location"] == article.get_absolute_url()


def test_unknown_ids_are_not_found(client):
    response = client.get("/articles/999999/x/")
    assert response.status_code == 404
    assert "الصفحة غير موجودة" in response.text
    assert client.get("/a/999999").status_code == 404


@pytest.mark.parametrize(
    "overrides",
    [
        {"status": Article.Status.DRAFT},
        {"published_at": None},
        {"published_at": timezone.now() + timedelta(hours=1)},
    ],
    ids=["draft", "undated", "scheduled"],
)
def test_it_hides_unpublished_articles_from_readers(client, overrides):
    article = make_article(**overrides)
    if "published_at" in overrides and overrides["published_at"] is None:
        # Saving dates a published article (Article.save); a row written around it is
        # still hidden.
        Article.objects.filter(pk=article.pk).update(published_at=None)
        changes.articles_changed([article.pk])
    assert client.get(article.get_absolute_url()).status_code == 404
    assert client.get(f"/a/{article.pk}").status_code == 404
    assert article.title not in client.get("/").text


def test_staff_preview_a_draft_without_it_being_indexed_or_cached(editor_client):
    article = make_article(status=Article.Status.DRAFT)
    response = editor_client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert '<meta name="robots" content="noindex, nofollow">' in response.text
    assert "no-store" in response["Cache-Control"]


def test_a_summary_that_repeats_the_first_paragraph_is_not_shown_twice(client):
    opening = "بعد صمت طويل بين وزارتي الدفاع، تبادل الوزيران الحديث."
    article = make_article(summary=opening, body=f"{opening}\n\nالفقرة الثانية.")
    html = client.get(article.get_absolute_url()).text
    assert 'class="article-summary"' not in html
    assert f"<p>{opening}</p>" in html


def test_latin_words_and_separated_numbers_are_isolated_in_arabic_text(client):
    article = make_article(
        title="صواريخ ATACMS في القرم",
        body="بحسب موقع n-tv الألماني، عند الساعة 10:30 يوم 2024/06/26.",
    )
    html = client.get(article.get_absolute_url()).text
    assert "صواريخ <bdi>ATACMS</bdi> في القرم" in html
    assert "موقع <bdi>n-tv</bdi> الألماني" in html
    assert "<bdi>10:30</bdi>" in html and "<bdi>2024/06/26</bdi>" in html


def _li_texts(html: str, selector: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    return [" ".join(li.get_text().split()) for li in soup.select(selector)]


def test_the_byline_joins_names_the_arabic_way_apart_from_the_source(client):
    authors = [make_author("أحمد أنور"), make_author("سارة حسن"), make_author("منى علي")]
    article = make_article(authors=authors, source=make_source("القاهرة الإخبارية"))
    html = client.get(article.get_absolute_url()).text
    items = _li_texts(html, ".article-header .meta li")
    assert items[0] == "بقلم أحمد أنور، سارة حسن ومنى علي"
    assert items[1] == "القاهرة الإخبارية"
    assert "أحمد أنور</a>، <a" in html and "سارة حسن</a> و<a" in html
    two = make_article(authors=authors[:2])
    assert "أحمد أنور</a> و<a" in client.get(two.get_absolute_url()).text
    latest = client.get("/latest/").text
    assert "أحمد أنور</a>، <a" in latest  # the cards too


def test_the_json_ld_keeps_the_authors_as_a_list(client):
    authors = [make_author("أحمد أنور"), make_author("سارة حسن")]
    article = make_article(authors=authors)
    html = client.get(article.get_absolute_url()).text
    data = json.loads(re.search(r'application/ld\+json">(.*?)</script>', html, re.S).group(1))
    graph = data.get("@graph", [data])
    news = next(item for item in graph if item.get("@type") == "NewsArticle")
    assert [person["name"] for person in news["author"]] == ["أحمد أنور", "سارة حسن"]
