"""Editors' decisions about links are recorded in the admin and later articles learn from them."""

import pytest

from articles import linking
from articles.models import ArticleEntity, LinkDecision
from tests.factories import make_article, make_entity
from tests.formdata import form_data

pytestmark = pytest.mark.django_db


def _remove_link(client, article, link) -> None:
    page = client.get(f"/admin/articles/article/{article.pk}/change/")
    data = form_data(page.text, "article_form")
    row = next(k for k, v in data.items() if k.endswith("-id") and v == str(link.pk))
    data[row.removesuffix("-id") + "-removed"] = "on"
    assert client.post(f"/admin/articles/article/{article.pk}/change/", data).status_code == 302


def test_removing_a_link_in_the_admin_teaches_later_articles(editor_client):
    person = make_entity("ياسر", kind="person")
    first = make_article(body="قال المزارع ياسر إن المحصول جيد هذا العام.")
    linking.link_article(first)
    link = ArticleEntity.objects.get(article=first, entity=person)

    _remove_link(editor_client, first, link)

    decision = LinkDecision.objects.get()
    assert (decision.entity, decision.form, decision.before) == (person, "ياسر", "المزارع")
    assert decision.decision == LinkDecision.Decision.REMOVED
    later = make_article(title="موسم", body="وقال المزارع ياسر إن الأمطار تأخرت.")
    linking.link_article(later)
    assert not ArticleEntity.objects.filter(article=later, entity=person).exists()
    # A licensed mention still links: the removal taught a context, not a ban.
    licensed = make_article(title="مؤتمر", body="أكد ياسر في المؤتمر أن الموسم جيد.")
    linking.link_article(licensed)
    assert ArticleEntity.objects.filter(article=licensed, entity=person).exists()


def test_confirming_a_link_is_recorded_and_trusts_the_form(editor_client):
    club = make_entity("الهلال", kind="organization")
    article = make_article(body="فاز الهلال بالمباراة الأخيرة.")
    linking.link_article(article)
    assert not ArticleEntity.objects.filter(article=article, entity=club).exists()
    ArticleEntity.objects.create(article=article, entity=club, origin="auto")
    link = ArticleEntity.objects.get(article=article, entity=club)
    page = editor_client.get(f"/admin/articles/article/{article.pk}/change/")
    data = form_data(page.text, "article_form")
    row = next(k for k, v in data.items() if k.endswith("-id") and v == str(link.pk))
    data[row.removesuffix("-id") + "-confirmed"] = "on"
    assert editor_client.post(f"/admin/articles/article/{article.pk}/change/", data).status_code
    assert LinkDecision.objects.filter(decision="confirmed", entity=club, form="الهلال").exists()
    later = make_article(title="الدوري", body="خسر الهلال أمام منافسه.")
    linking.link_article(later)
    assert ArticleEntity.objects.filter(article=later, entity=club).exists()
