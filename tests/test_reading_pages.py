"""What readers see around an article: dates, reading time, entities by kind, exploring."""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import EntityKind
from tests.factories import make_article, make_entity, make_tag

pytestmark = pytest.mark.django_db


def test_the_article_shows_the_hijri_date_and_reading_time(client, seed_article):
    html = client.get(seed_article.get_absolute_url()).text
    assert '<time datetime="2024-06-26T12:00:00+03:00">26 يونيو 2024</time>' in html
    assert "(20 ذو الحجة 1445 هـ)" in html
    assert "دقيقتان للقراءة" in html


def test_the_articles_entities_are_grouped_by_kind_people_first(client):
    person = make_entity("فلاديمير بوتين", kind=EntityKind.PERSON)
    place = make_entity("موسكو", kind=EntityKind.PLACE)
    org = make_entity("الكرملين", kind=EntityKind.ORGANIZATION)
    article = make_article(entities=[org, place, person])
    html = client.get(article.get_absolute_url()).text
    html = html[html.index("في هذا المقال") :]
    assert html.index("أشخاص") < html.index("أماكن") < html.index("منظمات")
    assert html.index("فلاديمير بوتين") < html.index(">موسكو<") < html.index(">الكرملين<")


def test_related_articles_are_offered_outside_main(client):
    moscow = make_entity("موسكو")
    article = make_article(entities=[moscow])
    other = make_article(title="خبر آخر عن موسكو", entities=[moscow])
    html = client.get(article.get_absolute_url()).text
    main_end = html.index("</main>")
    assert html.index(f'<a href="{other.get_absolute_url()}">خبر آخر عن موسكو</a>') > main_end


def test_listings_show_relative_times_with_the_exact_date(client):
    article = make_article(published_at=timezone.now() - timedelta(hours=3))
    html = client.get("/").text
    exact = timezone.localtime(article.published_at).replace(microsecond=0)
    assert (
        f'<time datetime="{exact.isoformat()}" title="{exact.day} ' in html
        and "منذ 3 ساعات</time>" in html
    )


def test_the_entity_page_shows_its_story(client):
    moscow = make_entity("موسكو", description="عاصمة روسيا.", aliases=["Moscow"])
    kyiv = make_entity("كييف")
    tag = make_tag("حرب")
    make_article(entities=[moscow, kyiv], tags=[tag])
    make_article(entities=[moscow], published_at=timezone.now() - timedelta(days=70))
    html = client.get(moscow.get_absolute_url()).text
    assert "عاصمة روسيا." in html
    assert "<bdi>Moscow</bdi>" in html
    assert "مقالان" in html
    assert '<svg viewBox="0 0 640 158" role="img"' in html
    assert html.count('class="bar"') >= 3  # gaps between months are drawn as empty bars
    assert f'href="{kyiv.get_absolute_url()}"' in html
    assert f'href="{tag.get_absolute_url()}"' in html


def test_the_tag_page_shows_its_most_mentioned_entities(client):
    tag = make_tag("حرب")
    moscow = make_entity("موسكو")
    make_article(tags=[tag], entities=[moscow])
    html = client.get(tag.get_absolute_url()).text
    assert "الأكثر ذكرًا في هذا الوسم" in html
    assert f'href="{moscow.get_absolute_url()}"' in html


def test_the_header_lists_the_main_tags_as_sections(client):
    tag = make_tag("سياسة")
    make_article(tags=[tag])
    html = client.get("/").text
    nav = html[
        html.index('class="sections"') : html.index("</nav>", html.index('class="sections"'))
    ]
    assert f'<a href="{tag.get_absolute_url()}">سياسة</a>' in nav


def _sections_nav(html: str) -> str:
    start = html.index('class="sections"')
    return html[start : html.index("</nav>", start)]


@pytest.mark.parametrize(
    "page", ["home", "tag", "other tag", "tags", "entities", "entity", "search"]
)
def test_the_header_marks_the_section_of_its_page_only(client, page):
    politics, sport = make_tag("سياسة"), make_tag("رياضة")
    article = make_article(tags=[politics, sport], entities=[make_entity("القاهرة")])
    urls = {
        "home": "/",
        "tag": politics.get_absolute_url(),
        "other tag": make_tag("فن").get_absolute_url(),  # not a section
        "tags": "/tags/",
        "entities": "/entities/",
        "entity": article.entities.get().get_absolute_url(),
        "search": "/search/?q=" + "سياسة",
    }
    nav = _sections_nav(client.get(urls[page]).text)
    current = {
        "home": "الرئيسية",
        "tag": "سياسة",
        "tags": "كل الوسوم",
        "entities": "الأعلام والأماكن",
    }.get(page)
    assert nav.count('aria-current="page"') == (1 if current else 0)
    if current:
        assert f'aria-current="page">{current}</a>' in nav
    for tag in (politics, sport):
        assert f'href="{tag.get_absolute_url()}"' in nav


def test_index_pages_sort_names_alphabetically_ignoring_the_article(client):
    make_article(entities=[make_entity(n) for n in ("الولايات المتحدة", "إيطاليا", "البرازيل")])
    html = client.get("/entities/").text
    assert html.index(">إيطاليا<") < html.index(">البرازيل<") < html.index(">الولايات المتحدة<")
