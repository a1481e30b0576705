"""Reviewing an article's entities: confirm, pin as the subject, remove, add, suggest."""

import re
from datetime import timedelta
from html import unescape
from urllib.parse import parse_qs, urlparse

import pytest
from django.utils import timezone

from articles import changes
from articles.models import ArticleEntity, Entity
from tests.factories import make_article, make_entity
from tests.formdata import article_form, form_data

pytestmark = pytest.mark.django_db


def _row(data: dict, link: ArticleEntity) -> str:
    """The form prefix of `link`'s row in the review list."""
    for key, value in data.items():
        if key.startswith("entity_links-") and key.endswith("-id") and value == str(link.pk):
            return key.removesuffix("-id")
    raise AssertionError(f"no row for {link}")


def _post(client, article, data):
    response = client.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert response.status_code == 302, response.context and response.context["errors"]


def test_the_review_list_shows_found_entities_with_kind_mentions_and_origin(desk_client):
    make_entity("موسكو")
    article = make_article(body="زار الوفد موسكو أمس، ثم غادر موسكو.")
    changes.article_saved(article)
    page = desk_client.get(f"/admin/articles/article/{article.pk}/change/").text
    assert "الكيانات في المقال: راجعها" in page
    assert "موسكو" in page and "مكان" in page and "تلقائي" in page
    assert ArticleEntity.objects.get(article=article).mentions == 2


def test_an_editor_pins_confirms_and_removes_entities(desk_client):
    moscow, kyiv, cairo = make_entity("موسكو"), make_entity("كييف"), make_entity("القاهرة")
    article = make_article(body="من موسكو إلى كييف ثم القاهرة.")
    changes.article_saved(article)
    links = {link.entity: link for link in article.entity_links.all()}
    data = article_form(desk_client, article)
    data[f"{_row(data, links[moscow])}-is_about"] = "on"
    data[f"{_row(data, links[kyiv])}-confirmed"] = "on"
    data[f"{_row(data, links[cairo])}-removed"] = "on"
    _post(desk_client, article, data)
    state = {
        link.entity: (link.origin, link.is_about, link.removed)
        for link in article.entity_links.all()
    }
    assert state[moscow] == ("editor", True, False)
    assert state[kyiv] == ("editor", False, False)
    assert state[cairo] == ("editor", False, True)
    # A confirmed link outlives its mention; a removed one never comes back.
    article.body = "نص لا يذكر أحدًا."
    article.save()
    changes.article_saved(article)
    assert set(article.entity_links.values_list("entity__name", flat=True)) == {
        "موسكو",
        "كييف",
        "القاهرة",
    }
    assert not article.entity_links.get(entity=cairo).is_about


def test_unconfirming_hands_a_link_back_to_the_matcher(desk_client):
    moscow = make_entity("موسكو")
    article = make_article(body="لا ذكر هنا.", entities=[moscow])
    data = article_form(desk_client, article)
    link = article.entity_links.get()
    data.pop(f"{_row(data, link)}-confirmed")
    _post(desk_client, article, data)
    assert not article.entity_links.exists()  # the text never named it


def test_an_editor_adds_an_entity_with_autocomplete_and_pins_it(desk_client):
    putin = make_entity("فلاديمير بوتين", kind="person")
    article = make_article(body="قال الرئيس الروسي إن المحادثات مستمرة.")
    response = desk_client.get(
        "/admin/autocomplete/",
        {
            "term": "بوتين",
            "app_label": "articles",
            "model_name": "articleentity",
            "field_name": "entity",
        },
    )
    assert [r["text"] for r in response.json()["results"]] == ["فلاديمير بوتين"]
    data = article_form(desk_client, article)
    data.update({"entity_links-2-0-entity": str(putin.pk), "entity_links-2-0-is_about": "on"})
    _post(desk_client, article, data)
    link = article.entity_links.get(entity=putin)
    assert (link.origin, link.is_about, link.removed) == ("editor", True, False)


def test_adding_an_entity_already_removed_brings_it_back(desk_client):
    moscow = make_entity("موسكو")
    article = make_article(body="زار الوفد موسكو.")
    changes.article_saved(article)
    article.entity_links.update(removed=True, origin="editor")
    data = article_form(desk_client, article)
    data["entity_links-2-0-entity"] = str(moscow.pk)
    _post(desk_client, article, data)
    assert not article.entity_links.get(entity=moscow).removed


def test_entity_pages_list_the_articles_about_it_first(client, django_assert_max_num_queries):
    sisi = make_entity("السيسي", kind="person")
    now = timezone.now()
    mention = make_article(
        title="خبر يذكره", published_at=now - timedelta(hours=1), entities=[sisi]
    )
    about = make_article(title="خبر عنه", published_at=now - timedelta(days=5), entities=[sisi])
    about.entity_links.update(is_about=True)
    html = client.get(sisi.get_absolute_url()).text
    assert html.index("خبر عنه") < html.index("خبر يذكره")
    assert mention.title in html
    for n in range(5):
        make_article(entities=[sisi], published_at=now - timedelta(days=n))
    with django_assert_max_num_queries(_queries(client, sisi)):
        client.get(sisi.get_absolute_url())


def _queries(client, entity) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        client.get(entity.get_absolute_url())
    return len(captured)


def test_names_not_in_the_gazetteer_are_suggested_and_created_in_one_step(desk_client):
    make_entity("موسكو")
    article = make_article(
        body="وهددت موسكو بعد الهجوم على مدينة سيفاستوبول. "
        "وقال بات رايدر، المتحدث باسم البنتاجون، إن…"
    )
    changes.article_saved(article)
    page = desk_client.get(f"/admin/articles/article/{article.pk}/change/")
    suggestions = {s.suggestion.name: s for s in page.context["entity_suggestions"]}
    assert {"سيفاستوبول", "البنتاجون"} <= set(suggestions)
    assert "موسكو" not in suggestions  # already an entity
    create_url = suggestions["سيفاستوبول"].create_url
    assert f'action="{create_url}"' in page.text.replace("&amp;", "&")
    query = parse_qs(urlparse(create_url).query)
    assert query == {"name": ["سيفاستوبول"], "kind": ["place"], "article": [str(article.pk)]}

    add_form = desk_client.get(create_url)
    assert add_form.context["adminform"].form.initial["name"] == "سيفاستوبول"
    assert add_form.context["adminform"].form.initial["kind"] == "place"
    response = desk_client.post(
        create_url,
        {
            "name": "سيفاستوبول",
            "kind": "place",
            "aliases": "",
            "description": "",
            "wikidata": "",
            "slug": "",
        },
    )
    assert response["Location"] == f"/admin/articles/article/{article.pk}/change/"
    entity = Entity.objects.get(name="سيفاستوبول")
    assert article.entity_links.filter(entity=entity, removed=False).exists()
    after = desk_client.get(f"/admin/articles/article/{article.pk}/change/")
    assert "سيفاستوبول" not in {s.suggestion.name for s in after.context["entity_suggestions"]}


def test_the_article_form_costs_the_same_queries_with_more_entities(desk_client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries(article) -> int:
        with CaptureQueriesContext(connection) as captured:
            assert (
                desk_client.get(f"/admin/articles/article/{article.pk}/change/").status_code == 200
            )
        return len(captured)

    few = make_article(entities=[make_entity() for _ in range(2)])
    many = make_article(entities=[make_entity() for _ in range(12)])
    queries(few)  # warm the gazetteer
    assert queries(many) == queries(few)


def _suggestion_forms(html: str) -> dict[str, tuple[str, dict]]:
    """The one-click forms of the suggested names: name → (action, what the button posts)."""
    forms = {}
    for form_id, action in re.findall(
        r'<form id="(entity-suggestion-\d+)" method="post" action="([^"]+)"', html
    ):
        data = form_data(html, form_id)
        forms[str(data["name"])] = (unescape(action), data)
    return forms


def test_one_click_on_a_suggestion_creates_the_entity_and_links_it(desk_client):
    article = make_article(body="وقع الهجوم على مدينة سيفاستوبول ليلًا.")
    changes.article_saved(article)
    page = desk_client.get(f"/admin/articles/article/{article.pk}/change/").text
    forms = _suggestion_forms(page)
    action, data = forms["سيفاستوبول"]
    # The button sits in the notes, inside the article's form, and submits its own form.
    button = re.search(r'<button[^>]*form="([^"]+)"[^>]*>أنشئ الكيان</button>', page)
    assert button and f'id="{button.group(1)}"' in page
    response = desk_client.post(action, data)  # the one click
    assert response.status_code == 302
    assert response["Location"] == f"/admin/articles/article/{article.pk}/change/"
    entity = Entity.objects.get(name="سيفاستوبول")
    assert entity.kind == "place"
    assert article.entity_links.filter(entity=entity, removed=False).exists()


def test_a_name_suggested_twice_says_twice_in_arabic(desk_client):
    article = make_article(body="زار الرئيس ماكرون الجزائر. ثم عاد الرئيس ماكرون إلى باريس.")
    changes.article_saved(article)
    page = desk_client.get(f"/admin/articles/article/{article.pk}/change/").text
    assert "بعد «الرئيس»، مرتان" in page
    assert "2 مرات" not in page
