"""The reading experience in a real browser: accessibility (axe-core), valid HTML (the W3C
Nu checker), right-to-left geometry, phones to wide screens, light and dark, without JS."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.test import Client

from tests.factories import make_article

pytestmark = pytest.mark.django_db(transaction=True)

VNU = (
    Path(__file__).resolve().parents[2] / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
)


@pytest.fixture
def pages(seed_article) -> dict[str, str]:
    """The pages a reader meets, with enough content to show every part of them."""
    tag = seed_article.tags.first()
    entity = seed_article.entity_links.select_related("entity").first().entity
    for n in range(3):
        make_article(title=f"خبر آخر رقم {n} عن موسكو", tags=[tag], entities=[entity])
    return {
        "home": "/",
        "latest": "/latest/",
        "article": seed_article.get_absolute_url(),
        "tag": tag.get_absolute_url(),
        "entity": entity.get_absolute_url(),
        "entities": "/entities/",
        "search": "/search/?q=موسكو",
        "404": "/لا-توجد-صفحة/",
        "tags": "/tags/",
        "source": seed_article.source.get_absolute_url(),
    }


# axe-core runs its experimental rules only when asked: "label in name" (WCAG 2.5.3, voice
# control users say the label they see) is one of them.
AXE_OPTIONS = {
    "resultTypes": ["violations"],
    "rules": {"label-content-name-mismatch": {"enabled": True}},
}


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_accessibility_violations(live_server, page, pages, scheme):
    page.emulate_media(color_scheme=scheme)
    axe = Axe()
    problems = {}
    for name, path in pages.items():
        page.goto(live_server.url + path)
        results = axe.run(page, options=AXE_OPTIONS)
        if results.violations_count:
            problems[name] = results.generate_report()
    assert not problems, "\n\n".join(f"{k}:\n{v}" for k, v in problems.items())


def test_pages_are_valid_html(pages, tmp_path):
    java = shutil.which("java")
    if not java or not VNU.exists():
        pytest.skip("needs java and node_modules/vnu-jar (make browser-deps)")
    client = Client()
    files = []
    for name, path in pages.items():
        response = client.get(path)
        file = tmp_path / f"{name}.html"
        file.write_bytes(response.content)
        files.append(str(file))
    result = subprocess.run(
        [java, "-jar", str(VNU), "--format", "json", "--stdout", *files],
        capture_output=True,
        text=True,
        timeout=120,
    )
    messages = json.loads(result.stdout)["messages"]
    errors = [m for m in messages if m["type"] == "error"]
    assert errors == [], json.dumps(errors, ensure_ascii=False, indent=1)


@pytest.mark.parametrize("width", [320, 390, 768, 1280, 1920])
def test_no_page_scrolls_sideways(live_server, page, pages, width):
    page.set_viewport_size({"width": width, "height": 800})
    for name, path in pages.items():
        page.goto(live_server.url + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{name} at {width}px scrolls sideways by {overflow}px"


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [390, 1280])
def test_screenshots_of_the_article(live_server, page, pages, artifacts, scheme, width):
    page.emulate_media(color_scheme=scheme)
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(live_server.url + pages["article"])
    page.evaluate("document.fonts.ready")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert (background == "rgb(21, 23, 26)") == (scheme == "dark")
    path = artifacts / f"article-{width}-{scheme}.png"
    page.screenshot(path=path, full_page=True)
    assert path.stat().st_size > 10_000


def test_the_self_hosted_arabic_font_is_used(live_server, page, pages):
    page.goto(live_server.url + pages["article"])
    page.evaluate("document.fonts.ready")
    assert page.evaluate("document.fonts.check('16px \"Noto Naskh Arabic\"', 'موسكو')")
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.reload()
    assert all(url.startswith(live_server.url) for url in requests), requests


def test_the_reader_controls_change_and_remember_size_and_theme(live_server, page, pages):
    page.goto(live_server.url + pages["article"])
    controls = page.locator(".reader-controls")
    assert controls.is_visible()
    size = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    page.get_by_role("button", name="تكبير الخط").click()
    page.get_by_role("button", name="الوضع الليلي").click()
    page.reload()
    bigger = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    assert bigger > size
    assert page.locator("html").get_attribute("data-theme") == "dark"


def test_the_article_reads_fully_without_javascript(live_server, browser, pages):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + pages["article"])
    assert page.locator(".article-body p").count() == 13
    assert not page.locator(".reader-controls").is_visible()
    context.close()
