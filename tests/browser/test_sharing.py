import pytest

pytestmark = pytest.mark.django_db(transaction=True)

SITE = "https://news.example.org"


@pytest.fixture
def open_article(live_server, browser, seed_article):
    """Open the seed article in a fresh browser context made with `options`."""
    contexts = []

    def open_(width: int = 390, **options):
        context = browser.new_context(
            locale="ar-EG", viewport={"width": width, "height": 900}, **options
        )
        contexts.append(context)
        page = context.new_page()
        page.goto(live_server.url + seed_article.get_absolute_url())
        return context, page

    yield open_
    for context in contexts:
        context.close()


def test_the_copy_button_copies_the_short_link(open_article, live_server, seed_article, artifacts):
    context, page = open_article()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    button = page.locator("[data-copy-link]")
    assert button.is_visible()
    button.click()
    page.locator("[data-share-status]").filter(has_text="نُسخ الرابط").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == f"{SITE}/a/{seed_article.pk}"
    page.locator(".share").scroll_into_view_if_needed()
    page.screenshot(path=artifacts / "share-390.png")


def test_the_system_share_sheet_is_offered_where_the_browser_has_one(open_article, seed_article):
    # Headless Chromium on Linux has no share sheet: stand one in, as a phone would have.
    context, page = open_article()
    context.add_init_script(
        "navigator.share = (data) => { window.shared = data; return Promise.resolve(); };"
    )
    page.reload()
    button = page.locator("[data-share-native] button")
    assert button.is_visible()
    button.click()
    shared = page.evaluate("window.shared")
    assert shared["url"] == SITE + seed_article.get_absolute_url()
    assert "مكالمة هاتفية تكسر الصمت" in shared["title"]


def test_without_javascript_the_share_links_work_and_no_dead_button_shows(
    open_article, seed_article, artifacts
):
    _, page = open_article(width=1280, java_script_enabled=False)
    links = page.locator(".share-links a")
    assert links.count() == 4
    assert all(link.is_visible() for link in links.all())
    assert not page.locator("[data-copy-link]").is_visible()
    assert not page.locator("[data-share-native]").is_visible()
    assert page.locator("#short-link").input_value() == f"{SITE}/a/{seed_article.pk}"
    page.locator(".share").scroll_into_view_if_needed()
    page.screenshot(path=artifacts / "share-1280-nojs.png")


def test_the_seed_articles_card_is_drawn_for_people_to_look_at(open_article, artifacts):
    _, page = open_article()
    card_url = page.locator('meta[property="og:image"]').get_attribute("content")
    path = card_url.removeprefix(SITE)
    response = page.request.get(page.url.split("/articles/")[0] + path)
    assert response.status == 200
    assert response.headers["content-type"] == "image/png"
    (artifacts / "share-card-seed.png").write_bytes(response.body())
    # The browser decodes it at the size previews expect.
    page.goto(page.url.split("/articles/")[0] + path)
    size = page.evaluate("[document.images[0].naturalWidth, document.images[0].naturalHeight]")
    assert size == [1200, 630]
