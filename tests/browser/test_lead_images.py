"""An editor uploads a lead image in the newsroom; readers see it load on the article page
(the AVIF variant at the column's width) and as a thumbnail in the listing, at 390 and
1280 px, light and dark. Screenshots are left in test-artifacts/."""

import pytest

from articles.models import Article
from tests.browser.conftest import LIVE_DB
from tests.pictures import photo

pytestmark = LIVE_DB

ALT = "تلال خضراء تحت سماء صافية عند الغروب"

LOADED = """img => img.complete && img.naturalWidth > 0
  ? {width: img.naturalWidth, src: img.currentSrc} : null"""


@pytest.fixture
def lead_image(tmp_path):
    path = tmp_path / "lead-photo.jpg"
    path.write_bytes(photo())
    return path


def test_an_uploaded_lead_image_shows_on_the_page_and_in_listings(
    live_server, page, seed_article, django_user_model, lead_image, artifacts
):
    django_user_model.objects.create_superuser("boss", "boss@example.org", "pass-word-123")
    page.set_viewport_size({"width": 1280, "height": 1000})
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "boss")
    page.fill("#id_password", "pass-word-123")
    page.click("input[type=submit]")

    page.goto(f"{live_server.url}/admin/articles/article/{seed_article.pk}/change/")
    page.set_input_files("#id_image", str(lead_image))
    page.click("input[name=_continue]")
    # No description: refused with the reason, the rest of the form kept.
    assert "اكتب وصفًا قصيرًا لما في الصورة" in page.inner_text("#article_form")
    page.set_input_files("#id_image", str(lead_image))
    page.fill("#id_image_alt", ALT)
    page.fill("#id_image_credit", "وكالة الأنباء")
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist .success")
    article = Article.objects.get(pk=seed_article.pk)
    assert len(article.image_variants["sizes"]) == 4
    page.context.clear_cookies()  # from here on, a reader

    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        for width in (390, 1280):
            page.set_viewport_size({"width": width, "height": 900})
            page.goto(live_server.url + article.get_absolute_url())
            lead = page.locator("figure.article-figure img")
            loaded = lead.evaluate(LOADED)
            assert loaded and loaded["src"].endswith(".avif"), loaded
            assert lead.get_attribute("alt") == ALT
            box = lead.bounding_box()
            column = page.locator("article.article").bounding_box()
            assert abs(box["width"] - column["width"]) <= 2  # the column's width
            assert abs(box["height"] - box["width"] * 1600 / 2400) <= 2  # not distorted
            assert page.evaluate("document.documentElement.scrollWidth") <= width
            page.screenshot(path=artifacts / f"lead-image-article-{width}-{scheme}.png")

            page.goto(live_server.url + "/latest/")
            thumb = page.locator("main .card-with-picture img").first
            thumb.scroll_into_view_if_needed()
            page.wait_for_function(
                "() => { const i = document.querySelector('main .card-with-picture img');"
                " return i.complete && i.naturalWidth > 0; }"
            )
            loaded = thumb.evaluate(LOADED)
            # The narrowest fits; Chromium takes a wider one it already holds.
            assert "/variants/" in loaded["src"] and loaded["src"].endswith(".avif"), loaded
            box, card = thumb.bounding_box(), page.locator("main .card").first.bounding_box()
            # Right to left: the thumbnail stands at the card's start, its right edge.
            assert abs(box["x"] + box["width"] - (card["x"] + card["width"])) <= 2
            assert box["width"] <= 12 * 16 + 1
            assert page.evaluate("document.documentElement.scrollWidth") <= width
            page.screenshot(path=artifacts / f"lead-image-home-{width}-{scheme}.png")
