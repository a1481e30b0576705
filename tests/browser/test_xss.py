"""No markup an editor or an importer brings can run script, on any page, in a real browser.

Payloads go into every field a page shows — titles, summaries, bodies, captions, tag,
entity, author and source names, entity aliases and descriptions, tag descriptions — and
into search queries; then every public page, the staff preview and the admin are loaded
in Chromium and checked: no dialog opened, no injected element exists, no inline or
foreign script, no `javascript:` link, and the policy reported nothing.
"""

from __future__ import annotations

from urllib.parse import quote

import feedparser
import pytest
from django.contrib.auth import get_user_model
from lxml import etree

from articles import changes
from articles.models import Article, Entity, EntityKind, Source
from tests.browser.guards import Guard, login
from tests.factories import make_article, make_author, make_entity, make_source, make_tag
from tests.public_urls import every_public_page
from tests.xss_payloads import CLEAN, INJECTION_REPORT, PAYLOADS, payload_groups

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "a-long-and-good-pass-phrase"


def hostile_content() -> Article:
    """Articles with hostile text in every field, each with its own hostile source, author,
    tag and entity; the payloads are grouped so that a handful of pages carry them all.

    Returns a draft carrying payloads too, for the staff preview.
    """
    for n, payload in enumerate(payload_groups(), 1):
        source = make_source(f"{payload} مصدر {n}", url=f'https://example.org/?q="><b data-xss>{n}')
        author = make_author(f"{payload} كاتب {n}", source=source)
        tag = make_tag(f"{payload} وسم {n}", description=payload)
        entity = make_entity(
            f"{payload} كيان {n}",
            kind=EntityKind.PERSON,
            aliases=[f"{payload} لقب {n}"],
            description=payload,
        )
        article = make_article(
            title=f"{payload} خبر اختبار {n}",
            summary=payload,
            body=f"{payload}\n\nذكر {entity.name} في اختبار.\n\n{payload}",
            image_caption=payload,
            source=source,
            authors=[author],
            tags=[tag],
            entities=[entity],
        )
        changes.article_saved(article)  # entity links with their offsets, search index
    return make_article(title=f"{PAYLOADS[0]} مسودة", body=PAYLOADS[2], status=Article.Status.DRAFT)


def visit_all(page, guard: Guard, base_url: str, urls: list[str]) -> None:
    for url in urls:
        response = page.goto(base_url + url)
        assert response.status < 400, f"{url}: {response.status}"
        report = page.evaluate(INJECTION_REPORT)
        assert report == CLEAN, f"{url}: {report}"
    assert guard.dialogs == [], guard.dialogs
    assert guard.violations(page) == []


@pytest.fixture
def guard(page) -> Guard:
    guard = Guard()
    guard.attach(page)
    return guard


def test_no_payload_runs_or_injects_anything_on_public_pages(live_server, page, guard):
    hostile_content()
    searches = ["/search/?q=اختبار"] + [f"/search/?q={quote(p)}" for p in PAYLOADS]
    # Feeds and sitemaps are XML for machines (Chromium shows them in its own styled viewer);
    # the test after this one reads them with a feed parser instead.
    visit_all(page, guard, live_server.url, [*every_public_page(html_only=True), *searches])


def test_payloads_in_feeds_stay_text_for_feed_readers(client):
    hostile_content()
    titles = set(Article.objects.published().values_list("title", flat=True))
    feeds = [url for url in every_public_page() if url.endswith("feed/")]
    assert feeds
    seen = set()
    for url in feeds:
        content = client.get(url).content
        parsed = feedparser.parse(content)
        assert not parsed.bozo, (url, parsed.get("bozo_exception"))
        # The XML carries each headline as the exact text it is, markup and all.
        found = {item.findtext("title") for item in etree.fromstring(content).iter("item")}
        assert found <= titles, url
        seen |= found
    assert seen == titles  # every hostile headline went through a feed


def test_payloads_are_shown_as_the_text_they_are(live_server, page, guard):
    hostile_content()
    for article in Article.objects.published():
        page.goto(live_server.url + article.get_absolute_url())
        assert page.locator("h1").inner_text().strip() == article.title
        assert page.locator(".article-body p").first.inner_text() == article.paragraphs[0]
    entity = Entity.objects.get(name__contains="{{ 7|add:7 }}")
    page.goto(live_server.url + entity.get_absolute_url())
    assert "{{ 7|add:7 }} {% debug %}" in page.locator("main").inner_text()
    assert guard.dialogs == []


def test_no_payload_runs_in_the_admin_or_the_staff_preview(live_server, page, guard):
    draft = hostile_content()
    get_user_model().objects.create_superuser("chief", "c@example.org", PASSWORD)
    login(page, live_server.url, "chief", PASSWORD)
    article = Article.objects.published().first()
    urls = [
        draft.get_absolute_url(),  # the staff preview
        "/admin/articles/article/",
        f"/admin/articles/article/?q={quote(PAYLOADS[1])}",
        f"/admin/articles/article/{draft.pk}/change/",
        f"/admin/articles/article/{article.pk}/change/",
        "/admin/articles/entity/",
        f"/admin/articles/entity/{Entity.objects.first().pk}/change/",
        "/admin/articles/tag/",
        "/admin/articles/author/",
        "/admin/articles/source/",
        f"/admin/articles/source/{Source.objects.first().pk}/change/",
    ]
    visit_all(page, guard, live_server.url, urls)
    # The autocomplete lists hostile tag names as options, never as markup.
    page.goto(f"{live_server.url}/admin/articles/article/{article.pk}/change/")
    page.locator(".field-tags .select2-selection").click()
    page.locator(".select2-search__field").fill("وسم")
    page.locator(".select2-results__option").nth(3).wait_for()
    assert page.evaluate(INJECTION_REPORT) == CLEAN
    assert guard.dialogs == []
    assert guard.violations(page) == []
