"""The newsroom in a browser: the article list fits its box at a desktop width, and a
suggested entity is created in one click."""

from datetime import timedelta

from django.utils import timezone

from articles import changes
from articles.models import Article, Entity
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


def test_one_click_on_a_suggested_name_creates_the_entity(live_server, page, admin_user):
    article = make_article(body="وقع الهجوم على مدينة سيفاستوبول ليلًا.")
    changes.article_saved(article)
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", "password")
    page.click("input[type=submit]")
    change_url = f"{live_server.url}/admin/articles/article/{article.pk}/change/"
    page.goto(change_url)
    item = page.locator(".suggestions li", has_text="سيفاستوبول")
    item.get_by_role("button", name="أنشئ الكيان").click()
    page.wait_for_url(change_url)
    assert "أُنشئ الكيان «سيفاستوبول» ورُبط بالمقال" in page.inner_text(".messagelist")
    entity = Entity.objects.get(name="سيفاستوبول")
    assert article.entity_links.filter(entity=entity, removed=False).exists()
