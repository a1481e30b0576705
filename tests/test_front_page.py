"""The front page: a lead story, the top stories beside it, then each section's latest
stories, none twice; stored, and never stale after a change.

Most tests run with the page cache off (`CACHE_URL=dummycache://`), so that what a reader
gets comes from the stored front page or a fresh rendering, nothing else.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from lxml import html as lxml_html

from articles import changes, frontpage, views, workflow
from articles.models import Article, FrontPageSection, LeadStory, StoredFrontPage
from articles.pagecache import store as pagecache
from articles.stored import front as storedfront
from tests.factories import make_article, make_author, make_tag

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def page_cache_off(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}


def _ago(minutes: int):
    return timezone.now() - timedelta(minutes=minutes)


def _front(client) -> lxml_html.HtmlElement:
    response = client.get("/")
    assert response.status_code == 200
    return lxml_html.fromstring(response.text)


def _titles(root, selector: str) -> list[str]:
    return [link.text_content() for link in root.cssselect(selector)]


def _lead(root) -> str:
    (title,) = _titles(root, ".lead-story .lead-title a")
    return title


def _sections(root) -> list[str]:
    return _titles(root, ".front-section .section-title a")


def _section_stories(root, name: str) -> list[str]:
    for section in root.cssselect(".front-section"):
        if section.cssselect(".section-title a")[0].text_content() == name:
            return _titles(section, ".story-title a")
    raise AssertionError(f"no section {name}")


def _nav(root) -> list[str]:
    return _titles(root, "nav.sections a")


def _stories_shown(root) -> list[str]:
    """The hrefs of every story's title on the page (lead, top stories, sections)."""
    return [link.get("href") for link in root.cssselect("main .lead-title a, main .story-title a")]


# --- What it shows ---------------------------------------------------------------------


def test_the_latest_article_leads_and_the_next_ones_are_the_top_stories(client, page_cache_off):
    for n in range(7):
        make_article(title=f"خبر رقم {n}", published_at=_ago(60 - n))
    root = _front(client)
    assert _lead(root) == "خبر رقم 6"
    assert _titles(root, ".top-stories .story-title a") == [f"خبر رقم {n}" for n in (5, 4, 3, 2)]
    assert len(root.cssselect("h1")) == 1


def test_the_lead_shows_its_summary_time_and_byline(client, page_cache_off):
    author = make_author("سلمى الحسيني")
    make_article(title="الخبر الأول", summary="ملخص الخبر الأول.", authors=[author])
    lead = _front(client).cssselect(".lead-story")[0]
    assert lead.cssselect(".lead-summary")[0].text_content() == "ملخص الخبر الأول."
    assert "سلمى الحسيني" in lead.cssselect(".byline")[0].text_content()
    time = lead.cssselect("time")[0]
    assert time.get("datetime") and time.text_content() == "منذ يوم"


def test_the_default_lead_prefers_a_recent_article_with_a_picture(client, page_cache_off):
    make_article(title="خبر بصورة", image="articles/2026/12/a.jpg", published_at=_ago(30))
    make_article(title="أحدث خبر بلا صورة", published_at=_ago(5))
    assert _lead(_front(client)) == "خبر بصورة"


def test_a_picture_never_makes_an_old_article_the_lead(client, page_cache_off):
    make_article(title="خبر قديم بصورة", image="articles/2026/12/a.jpg", published_at=_ago(600))
    for n in range(frontpage.LEAD_FROM):
        make_article(title=f"خبر بلا صورة {n}", published_at=_ago(60 - n))
    assert _lead(_front(client)) == f"خبر بلا صورة {frontpage.LEAD_FROM - 1}"


def test_the_lead_includes_the_picture_the_images_work_draws():
    source = (ROOT / "templates/includes/lead_story.html").read_text(encoding="utf-8")
    assert (
        '{% include "includes/story_picture.html" with article=article picture_role="lead" %}'
        in source
    )


def test_a_chief_editors_pin_leads_until_it_expires(client, page_cache_off, monkeypatch):
    pinned = make_article(title="الخبر المثبت", published_at=_ago(600))
    make_article(title="أحدث خبر", published_at=_ago(5))
    ends = timezone.now() + timedelta(hours=1)
    LeadStory.objects.create(article=pinned, expires_at=ends)
    root = _front(client)
    assert _lead(root) == "الخبر المثبت"
    assert _titles(root, ".top-stories .story-title a") == ["أحدث خبر"]
    later = ends + timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert _lead(_front(client)) == "أحدث خبر", "the stored page ends with the pin"


def test_a_pin_on_an_article_readers_cannot_see_is_not_the_lead(client, page_cache_off):
    pinned = make_article(title="الخبر المثبت")
    make_article(title="أحدث خبر", published_at=_ago(5))
    LeadStory.objects.create(article=pinned)
    workflow.unpublish([pinned])
    assert _lead(_front(client)) == "أحدث خبر"


def test_sections_default_to_the_tags_of_the_latest_articles(client, page_cache_off):
    politics, sports = make_tag("سياسة"), make_tag("رياضة")
    for n in range(3):
        make_article(title=f"سياسة {n}", tags=[politics], published_at=_ago(100 + n))
    make_article(title="رياضة 0", tags=[sports], published_at=_ago(200))
    for n in range(5):  # the lead and the top stories
        make_article(published_at=_ago(n))
    root = _front(client)
    assert _sections(root) == ["سياسة", "رياضة"]
    assert [a.get("href") for a in root.cssselect(".front-section .section-title a")] == [
        politics.get_absolute_url(),
        sports.get_absolute_url(),
    ]
    assert _nav(root)[2:4] == ["سياسة", "رياضة"]


def test_editors_choose_the_sections_and_their_order(client, page_cache_off):
    politics, sports, culture = make_tag("سياسة"), make_tag("رياضة"), make_tag("ثقافة")
    for tag in (politics, politics, sports, culture):
        make_article(tags=[tag], published_at=_ago(500))
    for n in range(5):  # the lead and the top stories
        make_article(published_at=_ago(n))
    FrontPageSection.objects.create(tag=culture, order=2)
    FrontPageSection.objects.create(tag=sports, order=1)
    FrontPageSection.objects.create(tag=politics, order=3, active=False)
    root = _front(client)
    assert _sections(root) == ["رياضة", "ثقافة"]
    assert _nav(root) == [
        "الرئيسية",
        "آخر الأخبار",
        "رياضة",
        "ثقافة",
        "كل الوسوم",
        "الأعلام والأماكن",
    ]
    section = FrontPageSection.objects.get(tag=sports)
    section.order = 5
    section.save()
    assert _sections(_front(client)) == ["ثقافة", "رياضة"]


def test_a_section_shows_its_latest_stories_up_to_its_number(client, page_cache_off):
    politics = make_tag("سياسة")
    for n in range(12):
        make_article(title=f"سياسة {n}", tags=[politics], published_at=_ago(600 - n))
    FrontPageSection.objects.create(tag=politics, stories=3)
    root = _front(client)
    # The five latest lead the page; the section shows the next three of its own.
    assert _section_stories(root, "سياسة") == ["سياسة 6", "سياسة 5", "سياسة 4"]
    more = root.cssselect(".front-section .more a")[0]
    assert more.get("href") == politics.get_absolute_url()
    assert more.text_content() == "المزيد من أخبار سياسة"


def test_no_story_is_shown_twice(client, page_cache_off):
    politics, economy = make_tag("سياسة"), make_tag("اقتصاد")
    for n in range(30):
        tags = [politics, economy] if n % 2 else [politics]
        make_article(tags=tags, published_at=_ago(300 - n))
    FrontPageSection.objects.create(tag=politics, order=1, stories=6)
    FrontPageSection.objects.create(tag=economy, order=2, stories=6)
    shown = _stories_shown(_front(client))
    assert len(shown) == 1 + frontpage.TOP_STORIES + 6 + 6
    assert len(set(shown)) == len(shown)


def test_an_empty_section_is_left_out(client, page_cache_off):
    politics = make_tag("سياسة")
    make_article(tags=[politics])
    FrontPageSection.objects.create(tag=politics)
    # Its one article leads the page: nothing is left for the section.
    assert _sections(_front(client)) == []


def test_an_empty_site_says_so(client, page_cache_off):
    root = _front(client)
    assert "لا توجد مقالات منشورة بعد." in root.text_content()


# --- Links: all the news, RSS, the former list pages ------------------------------------


def test_the_front_page_links_every_article_and_the_feed(client, page_cache_off):
    make_article()
    root = _front(client)
    assert root.cssselect(".all-news a")[0].get("href") == "/latest/"
    feed = root.cssselect("main .feed-link a")[0]
    assert feed.get("href") == "/feed/"
    assert feed.text_content() == "تابعنا عبر RSS"


def test_tag_pages_link_their_own_feed(client):
    tag = make_tag("سياسة")
    make_article(tags=[tag])
    root = lxml_html.fromstring(client.get(tag.get_absolute_url()).text)
    feed = root.cssselect("main .feed-link a")[0]
    assert feed.get("href") == tag.get_absolute_url() + "feed/"
    assert feed.text_content() == "تابع «سياسة» عبر RSS"
    assert client.get(feed.get("href")).status_code == 200


def test_the_latest_articles_page_lists_them_all_with_pages(client, monkeypatch):
    monkeypatch.setattr(views.LatestView, "paginate_by", 2)
    for n in range(3):
        make_article(title=f"خبر رقم {n}", published_at=_ago(60 - n))
    root = lxml_html.fromstring(client.get("/latest/").text)
    assert _titles(root, "main .card-title a") == ["خبر رقم 2", "خبر رقم 1"]
    assert root.cssselect("main .feed-link a")[0].get("href") == "/feed/"
    assert root.cssselect('nav.sections a[aria-current="page"]')[0].text_content() == "آخر الأخبار"
    second = lxml_html.fromstring(client.get("/latest/?page=2").text)
    assert _titles(second, "main .card-title a") == ["خبر رقم 0"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("/?page=1", "/latest/"),
        ("/?page=2", "/latest/?page=2"),
        ("/?page=last", "/latest/?page=last"),
    ],
)
def test_the_former_list_pages_lead_to_the_latest_articles(client, old, new):
    make_article()
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"] == new


@pytest.mark.parametrize("page", ["0", "-1", "abc", "1.5", "%00"])
def test_a_page_number_no_list_has_is_not_found(client, page):
    make_article()
    assert client.get(f"/?page={page}").status_code == 404


# --- Stored, and never stale ----------------------------------------------------------------


def test_the_next_reader_gets_the_stored_front_page_in_one_query(
    client, page_cache_off, django_assert_num_queries
):
    politics = make_tag("سياسة")
    for _ in range(10):
        make_article(tags=[politics])
    first = client.get("/").text
    assert StoredFrontPage.objects.exists()
    with django_assert_num_queries(1):
        again = client.get("/").text
    assert again == first


def test_building_the_front_page_runs_the_same_queries_however_much_it_shows(
    client, page_cache_off
):
    def first_reader() -> int:
        changes.content_changed()
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/").status_code == 200
        return len(queries)

    tags = [make_tag(f"قسم {n}") for n in range(3)]
    for tag in tags:
        FrontPageSection.objects.create(tag=tag, stories=2)
        make_article(tags=[tag], authors=[make_author()])
    small = first_reader()
    for tag in tags:
        for _ in range(10):
            make_article(tags=[tag, *tags], authors=[make_author(), make_author()])
    assert first_reader() == small
    assert small <= 25, small  # the header's sections stored too, savepoints included


def test_an_edit_anywhere_shows_on_the_front_page_at_once(client, page_cache_off):
    article = make_article(title="العنوان الأول")
    assert _lead(_front(client)) == "العنوان الأول"
    article.title = "العنوان بعد التعديل"
    article.save()  # a save in a shell: only the model signals run
    assert _lead(_front(client)) == "العنوان بعد التعديل"


def test_the_admins_edits_reach_the_front_page_through_the_page_cache(chief_client):
    client = Client()  # a reader, beside the chief editor: the page cache serves them
    politics, sports = make_tag("سياسة"), make_tag("رياضة")
    for tag in (politics, politics, sports):
        make_article(tags=[tag], published_at=_ago(500))
    for n in range(4):
        make_article(published_at=_ago(10 + n))
    make_article(title="أحدث خبر", published_at=_ago(1))
    section = FrontPageSection.objects.create(tag=politics, order=1)
    FrontPageSection.objects.create(tag=sports, order=2)
    assert _sections(_front(client)) == ["سياسة", "رياضة"]
    assert client.get("/")["X-Page-Cache"] == "hit"
    response = chief_client.post(
        "/admin/articles/frontpagesection/",
        {
            "form-TOTAL_FORMS": "2",
            "form-INITIAL_FORMS": "2",
            "form-0-id": str(section.pk),
            "form-0-order": "3",
            "form-0-stories": "4",
            "form-0-active": "on",
            "form-1-id": str(FrontPageSection.objects.get(tag=sports).pk),
            "form-1-order": "2",
            "form-1-stories": "4",
            "form-1-active": "on",
            "_save": "حفظ",
        },
    )
    assert response.status_code == 302
    assert _sections(_front(client)) == ["رياضة", "سياسة"]
    pinned = Article.objects.get(title="أحدث خبر")
    other = make_article(title="خبر للتثبيت", published_at=_ago(50))
    assert _lead(_front(client)) == pinned.title
    start = timezone.localtime() - timedelta(minutes=1)
    response = chief_client.post(
        "/admin/articles/leadstory/add/",
        {
            "article": str(other.pk),
            "pinned_at_0": start.strftime("%Y-%m-%d"),
            "pinned_at_1": start.strftime("%H:%M:%S"),
            "expires_at_0": "",
            "expires_at_1": "",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert LeadStory.objects.get().pinned_by.username == "chief"
    assert _lead(_front(client)) == "خبر للتثبيت"


def test_only_chief_editors_pin_the_lead_and_both_roles_arrange_sections(desk_client, chief_editor):
    assert desk_client.get("/admin/articles/frontpagesection/add/").status_code == 200
    assert desk_client.get("/admin/articles/leadstory/").status_code == 200
    assert desk_client.get("/admin/articles/leadstory/add/").status_code == 403
    assert chief_editor.has_perm("articles.add_leadstory")


def test_a_pin_must_be_a_published_article():
    draft = make_article(status=Article.Status.DRAFT, published_at=None)
    pin = LeadStory(article=draft)
    with pytest.raises(ValidationError, match="مقالًا منشورًا"):
        pin.full_clean()


def test_a_front_page_rendered_before_a_change_is_not_stored_after_it(
    client, page_cache_off, monkeypatch
):
    make_article()
    real_compose = frontpage.compose

    def compose_then_change():
        front = real_compose()
        make_tag().save()  # any change readers could see
        return front

    monkeypatch.setattr(frontpage, "compose", compose_then_change)
    client.get("/")
    assert storedfront.current() is None
    monkeypatch.setattr(frontpage, "compose", real_compose)
    client.get("/")
    assert storedfront.current() is not None


def test_the_stored_page_tells_the_time_since_publication_as_of_now(
    client, page_cache_off, monkeypatch
):
    make_article(published_at=_ago(90))
    assert "منذ ساعة" in _front(client).cssselect(".lead-story time")[0].text_content()
    later = timezone.now() + timedelta(hours=2)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert StoredFrontPage.objects.exists()
    time = _front(client).cssselect(".lead-story time")[0].text_content()
    assert time == "منذ 3 ساعات"


def test_a_scheduled_article_joins_the_front_page_when_its_time_comes(
    client, page_cache_off, monkeypatch
):
    make_article(title="خبر منشور")
    due = timezone.now() + timedelta(minutes=30)
    make_article(title="خبر مجدول", published_at=due)
    assert _lead(_front(client)) == "خبر منشور"
    later = due + timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert _lead(_front(client)) == "خبر مجدول"


def test_the_page_cache_keeps_the_front_page_no_longer_than_its_pin(client, monkeypatch):
    pinned = make_article(title="الخبر المثبت", published_at=_ago(600))
    make_article(title="أحدث خبر", published_at=_ago(5))
    ends = timezone.now() + timedelta(minutes=2)
    LeadStory.objects.create(article=pinned, expires_at=ends)
    assert _lead(_front(client)) == "الخبر المثبت"
    assert client.get("/")["X-Page-Cache"] == "hit"
    later = ends + timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    monkeypatch.setattr(pagecache, "_now", lambda: later.timestamp())
    response = client.get("/")
    assert response["X-Page-Cache"] == "miss"
    assert _lead(lxml_html.fromstring(response.text)) == "أحدث خبر"
