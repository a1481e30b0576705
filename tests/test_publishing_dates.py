"""Publishing without a date: every way of publishing dates the article now, and says so."""

from datetime import timedelta
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone

from articles.models import Article
from tests.factories import make_article
from tests.formdata import article_form

pytestmark = pytest.mark.django_db

LIST = "/admin/articles/article/"


def _undated_draft(**fields) -> Article:
    return make_article(status=Article.Status.DRAFT, published_at=None, **fields)


def test_saving_a_published_article_without_a_date_dates_it_now():
    before = timezone.now()
    article = _undated_draft()
    article.status = Article.Status.PUBLISHED
    article.save(update_fields=["status"])
    article.refresh_from_db()
    assert article.published_at is not None and article.published_at >= before
    assert article.is_public


def test_a_chief_editor_publishing_an_undated_draft_in_the_form_makes_it_public(
    chief_client, client
):
    draft = _undated_draft(title="خبر بلا تاريخ")
    data = article_form(chief_client, draft)
    data["status"] = Article.Status.PUBLISHED
    response = chief_client.post(f"{LIST}{draft.pk}/change/", data, follow=True)
    assert response.status_code == 200
    draft.refresh_from_db()
    assert draft.published_at is not None and draft.is_public
    shown = [str(message) for message in response.context["messages"]]
    assert any("لم يكن للمقال تاريخ نشر" in message for message in shown), shown
    client.logout()
    assert client.get(draft.get_absolute_url()).status_code == 200


def test_the_bulk_action_dates_an_undated_draft_now(chief_client):
    draft = _undated_draft()
    chief_client.post(LIST, {"action": "publish_selected", "_selected_action": [draft.pk]})
    draft.refresh_from_db()
    assert draft.is_public


def test_a_jsonl_line_publishing_an_existing_undated_draft_dates_it_now(tmp_path: Path):
    draft = _undated_draft(title="خبر مستورد", source_url="https://example.org/undated")
    line = (
        '{"title": "خبر مستورد", "body": "نص.", "status": "published", '
        '"source_url": "https://example.org/undated"}\n'
    )
    (tmp_path / "a.jsonl").write_text(line, encoding="utf-8")
    call_command("import_articles", str(tmp_path / "a.jsonl"), stdout=None)
    draft.refresh_from_db()
    assert draft.status == Article.Status.PUBLISHED and draft.is_public


def test_a_draft_keeps_no_date_and_a_chosen_date_is_kept():
    draft = _undated_draft()
    draft.save()
    assert Article.objects.get(pk=draft.pk).published_at is None
    later = timezone.now() + timedelta(days=2)
    scheduled = make_article(published_at=later)
    assert Article.objects.get(pk=scheduled.pk).published_at == later
