"""Never lose a word: every save is a revision with who and when, a diff, and a restore."""

import io
import json

import pytest
from django.contrib.admin.models import LogEntry
from django.core.management import call_command

from articles import changes, revisions
from articles.models import Article, ArticleEntity
from articles.search import ParsedQuery, search
from tests.factories import make_article, make_author, make_entity, make_tag
from tests.formdata import article_form

pytestmark = pytest.mark.django_db


def _edit(client, article, **changes):
    data = article_form(client, article)
    data.update(changes)
    response = client.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    article.refresh_from_db()
    return article


def test_one_save_in_the_admin_is_one_revision_with_who_and_what(chief_client, chief_editor):
    tag = make_tag("سياسة")
    article = make_article(title="العنوان الأول")
    before = revisions.revisions_of(article.pk).count()
    _edit(chief_client, article, title="العنوان الثاني", tags=[str(tag.pk)])
    history = list(revisions.revisions_of(article.pk))
    assert len(history) == before + 1
    latest = history[0]
    assert latest.history_user == chief_editor
    assert latest.title == "العنوان الثاني"
    snapshot = revisions.snapshots([latest])[latest.history_id]
    assert snapshot.tags == {tag.pk}  # the tags as saved, not as they were before


def test_an_article_imported_before_revisions_keeps_its_first_wording(chief_client):
    article = make_article(title="النص الأصلي")
    Article.history.filter(id=article.pk).delete()  # as if imported before revisions
    _edit(chief_client, article, title="نص جديد")
    titles = [r.title for r in revisions.revisions_of(article.pk)]
    assert titles == ["نص جديد", "النص الأصلي"]


def test_the_history_page_lists_revisions_and_the_revision_page_shows_a_word_diff(chief_client):
    article = make_article(body="زار الوفد موسكو أمس وعاد.")
    _edit(chief_client, article, body="زار الوفد القاهرة أمس وعاد.")
    page = chief_client.get(f"/admin/articles/article/{article.pk}/history/")
    assert page.status_code == 200
    assert "chief" in page.text and "النص" in page.text
    latest = revisions.revisions_of(article.pk).first()
    diff = chief_client.get(f"/admin/articles/article/{article.pk}/history/{latest.history_id}/")
    assert diff.status_code == 200
    assert "<del>موسكو</del>" in diff.text and "<ins>القاهرة</ins>" in diff.text


def test_restoring_a_revision_brings_back_text_byline_tags_and_entity_decisions(chief_client):
    moscow, cairo = make_entity("موسكو"), make_entity("القاهرة")
    first_author, second_author = make_author("أحمد أنور"), make_author("سارة حسن")
    old_tag, new_tag = make_tag("قديم"), make_tag("جديد")
    article = make_article(
        title="قبل", body="زار الوفد موسكو.", authors=[first_author], tags=[old_tag]
    )
    changes.article_saved(article)
    ArticleEntity.objects.filter(article=article, entity=moscow).update(
        is_about=True, origin="editor"
    )
    _edit(chief_client, article, title="وسيط")  # the revision to come back to
    wanted = revisions.revisions_of(article.pk).first()
    data = article_form(chief_client, article)
    data.update(
        {
            "title": "بعد",
            "body": "زار الوفد القاهرة.",
            "tags": [str(new_tag.pk)],
            "bylines-0-author": str(second_author.pk),
        }
    )
    assert (
        chief_client.post(f"/admin/articles/article/{article.pk}/change/", data).status_code == 302
    )

    response = chief_client.post(
        f"/admin/articles/article/{article.pk}/history/{wanted.history_id}/"
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert (article.title, article.body) == ("وسيط", "زار الوفد موسكو.")
    assert [a.name for a in article.byline] == ["أحمد أنور"]
    assert list(article.tags.all()) == [old_tag]
    links = {link.entity: link for link in article.entity_links.all()}
    assert links[moscow].is_about and cairo not in links  # re-linked from the restored text
    assert [a.pk for a in search(ParsedQuery.parse("موسكو"), Article.objects.all())] == [article.pk]
    assert revisions.revisions_of(article.pk).first().history_change_reason.startswith("استعادة")


def test_every_revision_can_be_restored(chief_client):
    article = make_article(title="نسخة 0")
    for n in range(1, 4):
        _edit(chief_client, article, title=f"نسخة {n}")
    for revision in list(revisions.revisions_of(article.pk)):
        url = f"/admin/articles/article/{article.pk}/history/{revision.history_id}/"
        assert chief_client.post(url).status_code == 302
        article.refresh_from_db()
        assert article.title == revision.title


def test_restoring_does_not_change_the_publication_state(chief_client):
    article = make_article(title="منشور")
    first = revisions.revisions_of(article.pk).last()
    chief_client.post(
        "/admin/articles/article/",
        {"action": "unpublish_selected", "_selected_action": [article.pk]},
    )
    chief_client.post(f"/admin/articles/article/{article.pk}/history/{first.history_id}/")
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT


def test_an_editor_without_the_right_to_change_cannot_restore(client, django_user_model):
    from django.contrib.auth.models import Permission

    viewer = django_user_model.objects.create_user("viewer", password="x", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_article"))
    client.force_login(viewer)
    article = make_article(title="أصل")
    revision = revisions.revisions_of(article.pk).first()
    url = f"/admin/articles/article/{article.pk}/history/{revision.history_id}/"
    assert client.get(url).status_code == 200
    assert client.post(url).status_code == 403


def test_saving_an_imported_article_unchanged_from_a_browser_records_no_change(
    chief_client, tmp_path
):
    line = json.dumps(
        {
            "title": "خبر مستورد للتجربة",
            "summary": "سطر أول.\nسطر ثانٍ.",
            "body": "الفقرة الأولى.\n\nالفقرة الثانية،\nوسطرها الثاني.",
            "source": "وكالة",
        },
        ensure_ascii=False,
    )
    (tmp_path / "a.jsonl").write_text(line + "\n", encoding="utf-8")
    call_command("import_articles", str(tmp_path / "a.jsonl"), stdout=io.StringIO())
    article = Article.objects.get(title="خبر مستورد للتجربة")
    data = article_form(chief_client, article)
    # A browser submits a textarea's line ends as CRLF, whatever the page held.
    data = {k: v.replace("\n", "\r\n") if isinstance(v, str) else v for k, v in data.items()}
    response = chief_client.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert response.status_code == 302
    latest, imported = list(revisions.revisions_of(article.pk)[:2])
    states = revisions.snapshots([latest, imported])
    names = revisions.Names.for_snapshots(states.values())
    found = revisions.describe_changes(
        states[imported.history_id], states[latest.history_id], names
    )
    assert [change.label for change in found] == []
    log = LogEntry.objects.filter(object_id=str(article.pk)).latest("action_time")
    assert "body" not in log.change_message and "summary" not in log.change_message
