"""An editor's day in one flow: paste a page, review the draft, publish, see it live."""

import io
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command

from articles.models import Article
from tests.browser.conftest import LIVE_DB

pytestmark = LIVE_DB

SEED = Path(__file__).resolve().parents[2] / "articles" / "demo" / "000_200f321cd9c4ca40.txt"


@pytest.fixture
def chief(django_user_model):
    user = django_user_model.objects.create_user(
        username="chief", password="pass-word-123", is_staff=True
    )
    group = Group.objects.filter(name="رئيس تحرير").first()
    if group is not None:
        user.groups.add(group)
    else:  # the roles' rows were flushed by an earlier transactional test
        user.user_permissions.add(*Permission.objects.filter(content_type__app_label="articles"))
    return user


def test_an_editor_pastes_reviews_and_publishes_the_seed(live_server, page, chief, artifacts):
    call_command("import_entities", str(SEED.parent / "entities.jsonl"), stdout=io.StringIO())
    page.set_viewport_size({"width": 1280, "height": 1000})
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "chief")
    page.fill("#id_password", "pass-word-123")
    page.click("input[type=submit]")

    page.goto(f"{live_server.url}/admin/articles/article/")
    page.click("text=استيراد من نص")
    page.fill("#id_text", SEED.read_text(encoding="utf-8"))
    page.screenshot(path=artifacts / "newsroom-paste.png")
    page.click("input[type=submit]")

    # The draft: fields the parser filled, its entities found, the missing date named.
    page.wait_for_selector("#article_form")
    assert "أُنشئت مسودة" in page.inner_text(".messagelist")
    assert "لم يُعثر على التاريخ" in page.inner_text(".messagelist")
    assert page.input_value("#id_title").startswith('"تحذير" موسكو')
    assert "أندريه بيلوسوف" in page.inner_text("#entity_links-group")
    page.screenshot(path=artifacts / "newsroom-draft.png", full_page=True)

    # Review: pin what the article is about, give the date the page lacks, publish.
    row = page.locator("#entity_links-group tr", has_text="أندريه بيلوسوف").first
    row.locator("input[name$='-is_about']").check()
    page.fill("#id_published_at_0", "2024-06-26")
    page.fill("#id_published_at_1", "12:00:00")
    page.select_option("#id_status", "published")
    page.click("input[name=_save]")
    page.wait_for_url("**/admin/articles/article/")
    assert "مكالمة هاتفية تكسر الصمت" in page.inner_text(".messagelist")

    article = Article.objects.get()
    assert article.is_public
    page.goto(live_server.url + "/")
    card = page.locator("main article", has_text="مكالمة هاتفية تكسر الصمت").first
    assert "أحمد أنور" in card.inner_text()
    assert "القاهرة الإخبارية" in card.inner_text()
    page.screenshot(path=artifacts / "newsroom-home.png", full_page=True)
    entity = article.entity_links.get(entity__name="أندريه بيلوسوف")
    assert entity.is_about
