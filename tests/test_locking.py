"""Two editors saving the same article: the second save is refused, its text kept."""

import pytest
from django.utils import timezone

from articles.revisions import revisions_of
from tests.factories import make_article
from tests.formdata import article_form

pytestmark = pytest.mark.django_db


def test_a_stale_save_is_refused_and_the_editors_text_stays_in_the_form(
    client, desk_editor, chief_editor
):
    article = make_article(body="النص الأصلي.")
    url = f"/admin/articles/article/{article.pk}/change/"
    client.force_login(desk_editor)
    first = article_form(client, article)
    client.force_login(chief_editor)
    second = article_form(client, article)

    first["body"] = "تعديل المحرر الأول."
    client.force_login(desk_editor)
    assert client.post(url, first).status_code == 302

    second["body"] = "تعديل المحرر الثاني الذي لا يجوز أن يضيع."
    client.force_login(chief_editor)
    response = client.post(url, second)
    assert response.status_code == 200
    assert "لم يُحفظ تعديلك" in response.text
    assert "desk" in response.text  # who saved in between
    assert "تعديل المحرر الثاني الذي لا يجوز أن يضيع." in response.text
    article.refresh_from_db()
    assert article.body == "تعديل المحرر الأول."


def test_a_save_from_a_fresh_form_goes_through(chief_client):
    article = make_article()
    data = article_form(chief_client, article)
    data["title"] = "عنوان أول"
    assert (
        chief_client.post(f"/admin/articles/article/{article.pk}/change/", data).status_code == 302
    )
    data = article_form(chief_client, article)
    data["title"] = "عنوان ثانٍ"
    assert (
        chief_client.post(f"/admin/articles/article/{article.pk}/change/", data).status_code == 302
    )
    article.refresh_from_db()
    assert article.title == "عنوان ثانٍ"


def test_a_change_made_outside_the_admin_also_makes_an_open_form_stale(chief_client):
    article = make_article()
    data = article_form(chief_client, article)
    article.summary = "تغيير من استيراد."
    article.save()
    data["title"] = "محاولة"
    response = chief_client.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert response.status_code == 200 and "لم يُحفظ تعديلك" in response.text


def test_the_refusal_says_when_in_the_site_time_zone(client, desk_editor, chief_editor, settings):
    settings.TIME_ZONE = "Africa/Cairo"
    article = make_article()
    url = f"/admin/articles/article/{article.pk}/change/"
    client.force_login(chief_editor)
    stale = article_form(client, article)
    client.force_login(desk_editor)
    fresh = article_form(client, article)
    fresh["title"] = "عنوان جديد"
    assert client.post(url, fresh).status_code == 302
    saved = revisions_of(article.pk).first().history_date
    client.force_login(chief_editor)
    text = client.post(url, stale).text
    local = timezone.localtime(saved)
    hour = local.hour % 12 or 12
    assert f"{hour}:{local.minute:02d} {'ص' if local.hour < 12 else 'م'}" in text
    assert f" {saved.strftime('%H:%M')})" not in text  # the UTC time is gone
