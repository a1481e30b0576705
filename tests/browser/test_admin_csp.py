"""The newsroom works under the strict content security policy: nothing it needs is blocked.

An editor logs in, writes an article with the date widgets, the autocompletes and an
inline row, saves it, and uses the change list's filters and actions; the browser reports
no policy violation and no script error at any step.
"""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from articles.models import Article
from tests.browser.guards import Guard, login
from tests.factories import make_author, make_source, make_tag

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "a-long-and-good-pass-phrase"


def pick(page, field: str, text: str) -> None:
    """Choose `text` in the select2 autocomplete of `field`."""
    page.locator(f".field-{field} .select2-selection").first.click()
    page.locator(".select2-search__field").last.fill(text)
    page.locator(".select2-results__option", has_text=text).first.click()


def test_an_editor_writes_and_saves_an_article_with_nothing_blocked(live_server, page, artifacts):
    guard = Guard()
    guard.attach(page)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    make_source("وكالة الأنباء")
    make_tag("اقتصاد")
    make_author("سارة علي")
    get_user_model().objects.create_superuser("chief", "c@example.org", PASSWORD)

    login(page, live_server.url, "chief", PASSWORD)
    page.goto(f"{live_server.url}/admin/articles/article/add/")
    page.fill("#id_title", "خبر كتبه محرر في غرفة الأخبار")
    page.fill("#id_body", "الفقرة الأولى.\n\nالفقرة الثانية.")
    page.select_option("#id_status", "published")
    # Date widgets: the "today" and "now" shortcuts, and the calendar pop-up.
    page.locator(".field-published_at .datetimeshortcuts a").first.click()
    page.locator(".field-published_at .datetimeshortcuts").nth(1).locator("a").first.click()
    page.locator(".field-published_at .date-icon").click()
    assert page.locator(".calendarbox").first.is_visible()
    page.keyboard.press("Escape")
    # Autocompletes (select2, loaded from the admin's JSON view).
    pick(page, "source", "وكالة")
    pick(page, "tags", "اقتصاد")
    # An inline row added by script, then filled through its autocomplete.
    page.locator(".inline-group").first.locator(".add-row a").click()
    pick(page, "author", "سارة")
    page.screenshot(path=artifacts / "admin-add-article.png", full_page=True)
    page.click("input[name=_save]")
    page.wait_for_url(f"{live_server.url}/admin/articles/article/")

    article = Article.objects.get()
    assert article.published_at is not None
    assert article.source.name == "وكالة الأنباء"
    assert [t.name for t in article.tags.all()] == ["اقتصاد"]
    assert [a.name for a in article.byline] == ["سارة علي"]

    # The change list: its filters, and selecting rows for an action.
    page.locator("#changelist-filter a", has_text="منشور").first.click()
    page.locator("#action-toggle").check()
    assert page.locator(".action-counter").inner_text().strip() != ""
    page.screenshot(path=artifacts / "admin-change-list.png", full_page=True)

    assert guard.violations(page) == []
    assert errors == []
    assert guard.dialogs == []
