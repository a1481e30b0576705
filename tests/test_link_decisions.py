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


def test_the_newsroom_lists_decisions_read_only_with_filters(client, desk_editor):
    person = make_entity("ياسر", kind="person")
    place = make_entity("صور", kind="place")
    article = make_article(title="خبر المزارع", body="قال المزارع ياسر إن المحصول جيد.")
    LinkDecision.objects.create(
        entity=person, article=article, form="ياسر", before="المزارع", decision="removed"
    )
    LinkDecision.objects.create(entity=place, form="صور", before="الى", decision="confirmed")
    client.force_login(desk_editor)
    url = "/admin/articles/linkdecision/"
    page = client.get(url)
    assert page.status_code == 200
    html = page.text
    assert "قرارات الربط" in html and "الصيغة" in html and "الكلمة السابقة" in html
    assert "أزيل</td>" in html and "أُكّد</td>" in html and "خبر المزارع" in html
    assert "تصفية حسب" in html and "شخص" in html  # the entity kinds, by their Arabic names
    removed = client.get(url, {"decision__exact": "removed"}).text
    assert "ياسر" in removed and "أُكّد</td>" not in removed
    places = client.get(url, {"entity__kind__exact": "place"}).text
    assert "صور" in places and "المزارع" not in places
    assert "المزارع" in client.get(url, {"q": "يَاسر"}).text  # searched as normalised
    # Read-only: decisions are made in the article form, never here.
    decision = LinkDecision.objects.get(entity=person)
    assert client.get(f"{url}add/").status_code == 403
    assert client.post(f"{url}{decision.pk}/delete/", {"post": "yes"}).status_code == 403
    change = client.get(f"{url}{decision.pk}/change/")
    assert change.status_code == 200 and 'name="form"' not in change.text
    assert LinkDecision.objects.count() == 2
