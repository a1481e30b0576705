"""The front page in a real browser: a lead story with the top stories beside it and the
sections in a grid on a wide screen, one column on a phone; light and dark, accessible,
never scrolling sideways. Screenshots are left in `test-artifacts/`."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone

from articles.models import Correction, FrontPageSection
from tests.browser.test_quality import AXE_OPTIONS
from tests.factories import make_article, make_author, make_tag

LONG_TITLES = [
    "مجلس الأمن يعقد جلسة طارئة لبحث تطورات الأوضاع الإنسانية في المنطقة",
    "البنك المركزي يبقي أسعار الفائدة دون تغيير للمرة الثالثة على التوالي",
    "انطلاق فعاليات معرض الكتاب الدولي بمشاركة أكثر من ألف دار نشر عربية وأجنبية",
    "المنتخب الوطني يتأهل إلى نصف النهائي بعد فوز مثير بركلات الترجيح",
]


@pytest.fixture
def front(db) -> None:
    sections = [make_tag(name) for name in ("سياسة", "اقتصاد", "رياضة", "ثقافة")]
    for order, tag in enumerate(sections):
        FrontPageSection.objects.create(tag=tag, order=order, stories=4)
    author = make_author("ليلى حسن")
    now = timezone.now()
    for n in range(32):
        article = make_article(
            title=f"{LONG_TITLES[n % 4]} ({n})",
            summary="ملخص يشرح الخبر في جملة أو جملتين كما تكتبه غرفة الأخبار.",
            tags=[sections[n % 4]],
            authors=[author],
            published_at=now - timedelta(hours=n + 1),
        )
        if n % 5 == 1:
            Correction.objects.create(article=article, note="صُحّح رقم في الفقرة الثانية.")


def _box(page, selector: str) -> dict:
    box = page.locator(selector).first.bounding_box()
    assert box is not None, selector
    return box


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [390, 1280])
def test_the_front_page_reads_as_a_news_front_page(
    live_server, page, front, artifacts, width, scheme
):
    page.emulate_media(color_scheme=scheme)
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(live_server.url + "/")
    page.evaluate("document.fonts.ready")
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    lead, top = _box(page, ".lead-story"), _box(page, ".top-stories")
    sections = [
        page.locator(".front-section").nth(n).bounding_box()
        for n in range(page.locator(".front-section").count())
    ]
    assert len(sections) == 4
    if width >= 1280:
        # Right to left: the lead on the right, the top stories beside it on the left.
        assert top["x"] + top["width"] <= lead["x"] + 1
        assert abs(top["y"] - lead["y"]) < 40
        assert lead["width"] > top["width"]
        # Sections in a grid: three to a row, the first on the right.
        assert abs(sections[0]["y"] - sections[1]["y"]) < 1
        assert sections[1]["x"] < sections[0]["x"]
    else:
        # One column: the top stories under the lead, each section under the last.
        assert top["y"] >= lead["y"] + lead["height"]
        for upper, lower in itertools.pairwise(sections):
            assert lower["y"] >= upper["y"] + upper["height"]
    assert page.locator("main .revised time").count() >= 1
    assert page.get_by_role("link", name="تابعنا عبر RSS").is_visible()
    results = Axe().run(page, options=AXE_OPTIONS)
    assert not results.violations_count, results.generate_report()
    page.screenshot(path=artifacts / f"front-{width}-{scheme}.png", full_page=True)
