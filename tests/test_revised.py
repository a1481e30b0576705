"""«حُدِّث في»: when readers last saw an article's words change after its publication.

Set by a change of the title, summary or body of a public article, and by a correction;
never by publishing it, unpublishing it or changing its metadata; kept by revisions and by
importers' updates.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from lxml import html as lxml_html

from articles import revisions, workflow
from articles.display import long_datetime
from articles.importing import import_article_file
from articles.models import Article, Correction
from tests.factories import make_article, make_source, make_tag
from tests.formdata import article_form

pytestmark = pytest.mark.django_db


def _revised(article: Article):
    return Article.objects.values_list("revised_at", flat=True).get(pk=article.pk)


def _recent(when) -> bool:
    return when is not None and timezone.now() - when < timedelta(minutes=1)


def test_a_new_article_and_its_first_publication_are_no_revision():
    draft = make_article(status=Article.Status.DRAFT, published_at=None)
    assert _revised(draft) is None
    draft = Article.objects.get(pk=draft.pk)
    draft.title = "عنوان جديد قبل النشر"
    draft.status = Article.Status.PUBLISHED
    draft.save()
    assert _revised(draft) is None
    workflow.publish([make_article(status=Article.Status.DRAFT, published_at=None)])
    assert not Article.objects.exclude(revised_at=None).exists()


@pytest.mark.parametrize("field", ["title", "summary", "body"])
def test_changing_the_words_of_a_public_article_revises_it(field):
    article = Article.objects.get(pk=make_article().pk)
    setattr(article, field, getattr(article, field) + " وأضيفت جملة.")
    article.save()
    assert _recent(_revised(article))


def test_saving_the_same_words_again_is_no_revision():
    article = Article.objects.get(pk=make_article().pk)
    article.body = article.body.replace("\n", "\r\n")  # as a browser posts it
    article.title = f"  {article.title} "
    article.save()
    assert _revised(article) is None


def test_state_and_metadata_changes_are_no_revision():
    article = Article.objects.get(pk=make_article().pk)
    article.source = make_source()
    article.published_at = timezone.now() - timedelta(hours=3)
    article.save()
    article.tags.set([make_tag()])
    workflow.unpublish([article])
    workflow.publish(Article.objects.filter(pk=article.pk))
    workflow.move_to_trash(Article.objects.filter(pk=article.pk))
    workflow.restore_from_trash(Article.objects.filter(pk=article.pk))
    assert _revised(article) is None


def test_editing_an_unpublished_or_scheduled_article_is_no_revision():
    draft = Article.objects.get(pk=make_article(status=Article.Status.DRAFT).pk)
    scheduled = Article.objects.get(
        pk=make_article(published_at=timezone.now() + timedelta(hours=2)).pk
    )
    for article in (draft, scheduled):
        article.body += " تعديل."
        article.save()
        assert _revised(article) is None


def test_a_correction_revises_a_public_article_but_not_a_draft():
    article = make_article()
    draft = make_article(status=Article.Status.DRAFT)
    Correction.objects.create(article=article, note="صُحّح اسم المتحدث.")
    Correction.objects.create(article=draft, note="تصحيح.")
    assert _recent(_revised(article))
    assert _revised(draft) is None


def test_an_editors_save_in_the_admin_revises_only_when_the_words_change(desk_client):
    article = make_article()
    data = article_form(desk_client, article)
    response = desk_client.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert response.status_code == 302
    assert _revised(article) is None
    data = article_form(desk_client, article)
    data["body"] += "\r\n\r\nفقرة أضيفت بعد النشر."
    response = desk_client.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert response.status_code == 302
    assert _recent(_revised(article))


def test_restoring_a_revision_revises_and_the_revision_keeps_the_time(editor):
    article = Article.objects.get(pk=make_article(body="النص الأول.").pk)
    with revisions.one_revision(article, user=editor):
        article.body = "النص الثاني."
        article.save()
    revised = _revised(article)
    assert _recent(revised)
    assert revisions.revisions_of(article.pk).first().revised_at == revised
    first = revisions.revisions_of(article.pk).last()
    revisions.restore(article, first, user=editor)
    restored = Article.objects.get(pk=article.pk)
    assert restored.body == "النص الأول."
    assert restored.revised_at > revised


def test_reimporting_changed_words_revises_and_the_same_words_do_not(tmp_path):
    line = '{"title": "خبر مستورد", "body": "%s", "source_url": "https://example.org/1"}\n'
    path = tmp_path / "a.jsonl"
    path.write_text(line % "النص كما نُشر.", encoding="utf-8")
    import_article_file(path)
    article = Article.objects.get(source_url="https://example.org/1")
    Article.objects.filter(pk=article.pk).update(published_at=timezone.now() - timedelta(hours=1))
    import_article_file(path)
    assert _revised(article) is None
    path.write_text(line % "النص بعد تحديثه.", encoding="utf-8")
    import_article_file(path)
    assert _recent(_revised(article))


# --- What readers see ---------------------------------------------------------------------


def _revision_shown(html: str) -> list[tuple[str, str | None]]:
    root = lxml_html.fromstring(html)
    return [
        (item.text_content().split()[0], item.cssselect("time")[0].get("datetime"))
        for item in root.cssselect("main .revised")
    ]


def test_readers_see_when_an_article_was_updated(client, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    plain = make_article(title="خبر لم يتغير")
    article = make_article(title="خبر صُحّح")
    for url in ("/", "/latest/", article.get_absolute_url()):
        assert _revision_shown(client.get(url).text) == []
    Correction.objects.create(article=article, note="صُحّح التاريخ.")
    revised = timezone.localtime(_revised(article)).replace(microsecond=0).isoformat()
    for url in ("/", "/latest/", article.get_absolute_url()):
        assert _revision_shown(client.get(url).text) == [("حُدِّث", revised)], url
    page = client.get(article.get_absolute_url()).text
    assert f'حُدِّث في <time datetime="{revised}">{long_datetime(_revised(article))}</time>' in page
    assert _revision_shown(client.get(plain.get_absolute_url()).text) == []
