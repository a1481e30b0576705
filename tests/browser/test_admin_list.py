"""The newsroom's article list at a desktop width: the table fits its box, no sideways scroll."""

from datetime import timedelta

from django.utils import timezone

from articles.models import Article
from tests.factories import make_article, make_source


def test_the_article_table_fits_beside_the_filters_at_1280_px(
    live_server, page, admin_user, artifacts
):
    long_source = make_source("وكالة الأنباء العربية التجريبية للأخبار العاجلة")
    for n in range(8):
        make_article(
            title=f"عنوان طويل لخبر رقم {n} عن اجتماع وزراء الخارجية العرب في القاهرة أمس",
            source=long_source,
            published_at=timezone.now() - timedelta(days=n),
        )
    make_article(title="مسودة بلا تاريخ", status=Article.Status.DRAFT, published_at=None)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", "password")
    page.click("input[type=submit]")
    page.goto(f"{live_server.url}/admin/articles/article/")
    sizes = page.evaluate(
        """() => { const table = document.querySelector('#result_list');
        return {table: table.scrollWidth, box: table.parentElement.clientWidth,
                page: document.documentElement.scrollWidth}; }"""
    )
    page.screenshot(path=artifacts / "newsroom-article-list-1280.png", full_page=True)
    assert sizes["table"] <= sizes["box"], sizes
    assert sizes["page"] <= 1280, sizes
