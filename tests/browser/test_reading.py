from tests.browser.conftest import LIVE_DB

pytestmark = LIVE_DB


def test_the_seed_article_reads_right_to_left(live_server, page, seed_article, artifacts):
    for width in (390, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(live_server.url + seed_article.get_absolute_url())
        assert page.locator("html").get_attribute("dir") == "rtl"
        title = page.locator("h1")
        assert "مكالمة هاتفية تكسر الصمت" in title.inner_text()
        # Right-to-left: the title and each paragraph start at their container's right edge.
        container = page.locator("article.article").bounding_box()
        for element in (title, page.locator(".article-body p").first):
            box = element.bounding_box()
            assert abs(box["x"] + box["width"] - (container["x"] + container["width"])) <= 2
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        page.screenshot(path=artifacts / f"article-{width}.png", full_page=True)
