import pytest
from django.contrib import admin

from articles.models import Article, ArticleEntity, Author, Entity, Source, Tag
from tests.factories import make_article, make_author, make_entity, make_source, make_tag
from tests.formdata import form_data

pytestmark = pytest.mark.django_db


def test_every_model_is_registered():
    for model in (Article, Author, Entity, Source, Tag):
        assert admin.site.is_registered(model)


def test_the_admin_is_arabic_and_right_to_left(editor_client):
    html = editor_client.get("/admin/").text
    assert 'lang="ar"' in html
    assert 'dir="rtl"' in html
    assert "غرفة الأخبار" in html
    assert "الأخبار" in html and "Articles" not in html
    make_article()
    listing = editor_client.get("/admin/articles/article/").text
    # Strings Django's own Arabic catalog leaves in English come from locale/ar.
    for english in ("Filter by", ">Run<", "Select an option"):
        assert english not in listing
    assert "تصفية حسب" in listing


def test_an_editor_adds_an_article_through_the_admin(editor_client, client):
    source = make_source("القاهرة الإخبارية")
    author = make_author("أحمد أنور")
    tag = make_tag("سياسة")
    moscow = make_entity("موسكو")
    add_form = editor_client.get("/admin/articles/article/add/")
    assert add_form.status_code == 200
    data = form_data(add_form.text, "article_form")
    data.update(
        {
            "title": "خبر جديد من موسكو",
            "summary": "ملخص",
            "body": "زار الوفد موسكو أمس.\n\nوعاد اليوم.",
            "status": "published",
            "published_at_0": "2024-06-26",
            "published_at_1": "12:00:00",
            "source": str(source.pk),
            "tags": [str(tag.pk)],
            "bylines-0-author": str(author.pk),
        }
    )
    response = editor_client.post("/admin/articles/article/add/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    article = Article.objects.get(title="خبر جديد من موسكو")
    assert article.slug == "خبر-جديد-من-موسكو"
    assert [a.name for a in article.byline] == ["أحمد أنور"]
    assert list(article.tags.all()) == [tag]
    # Linked on save, automatically.
    link = ArticleEntity.objects.get(article=article)
    assert link.entity == moscow and link.origin == ArticleEntity.Origin.AUTO
    html = client.get(article.get_absolute_url()).text
    assert f'<a class="entity-link" href="{moscow.get_absolute_url()}">موسكو</a>' in html


def test_admin_search_ignores_hamza_and_taa_marbuta(editor_client):
    make_article(title="أحمد يزور القاهرة")
    make_article(title="خبر آخر")
    html = editor_client.get("/admin/articles/article/", {"q": "احمد يزور القاهره"}).text
    assert "أحمد يزور القاهرة" in html
    assert "خبر آخر" not in html
    make_author("أحمد أنور")
    html = editor_client.get("/admin/articles/author/", {"q": "احمد"}).text
    assert "أحمد أنور" in html


def test_autocomplete_finds_entities_by_folded_name(editor_client):
    make_entity("إيطاليا")
    response = editor_client.get(
        "/admin/autocomplete/",
        {
            "term": "ايطاليا",
            "app_label": "articles",
            "model_name": "articleentity",
            "field_name": "entity",
        },
    )
    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == ["إيطاليا"]


def test_entity_aliases_are_edited_one_per_line(editor_client):
    response = editor_client.post(
        "/admin/articles/entity/add/",
        {
            "name": "أندريه بيلوسوف",
            "kind": "person",
            "aliases": "بيلوسوف\n\nAndrei Belousov\n",
            "description": "",
            "wikidata": "",
            "slug": "",
        },
    )
    assert response.status_code == 302
    assert Entity.objects.get().aliases == ["بيلوسوف", "Andrei Belousov"]


def test_a_link_the_editor_removes_stays_removed_after_relinking(editor_client):
    from articles import linking

    moscow = make_entity("موسكو")
    article = make_article(body="زار الوفد موسكو أمس.")
    linking.link_article(article)
    link = ArticleEntity.objects.get(article=article)
    admin_form = editor_client.get(f"/admin/articles/article/{article.pk}/change/")
    assert admin_form.status_code == 200
    data = form_data(admin_form.text, "article_form")
    assert data["entity_links-0-id"] == str(link.pk)
    data["entity_links-0-removed"] = "on"
    response = editor_client.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert response.status_code == 302
    link.refresh_from_db()
    assert link.removed and link.origin == ArticleEntity.Origin.EDITOR
    assert moscow.get_absolute_url() not in editor_client.get(article.get_absolute_url()).text
    linking.relink_articles()
    link.refresh_from_db()
    assert link.removed


def test_a_tag_typed_with_another_spelling_is_refused_with_a_pointer_to_the_existing_one(
    editor_client,
):
    make_tag("الحرب الروسية الأوكرانية")
    response = editor_client.post(
        "/admin/articles/tag/add/",
        {"name": "الحرب الروسيه الاوكرانيه", "slug": "", "description": ""},
    )
    assert response.status_code == 200
    assert "موجود بالفعل" in response.text
    assert Tag.objects.count() == 1


def test_changing_an_entitys_aliases_relinks_existing_articles(editor_client):
    from articles import changes

    entity = make_entity("أندريه بيلوسوف", kind="person")
    article = make_article(body="وحذر بيلوسوف من التصعيد.")
    changes.article_saved(article)
    assert not ArticleEntity.objects.filter(article=article).exists()
    response = editor_client.post(
        f"/admin/articles/entity/{entity.pk}/change/",
        {
            "name": entity.name,
            "kind": "person",
            "aliases": "بيلوسوف",
            "description": "",
            "wikidata": "",
            "slug": entity.slug,
        },
    )
    assert response.status_code == 302
    link = ArticleEntity.objects.get(article=article)
    assert link.entity == entity and link.mentions == 1


@pytest.mark.parametrize(
    "url",
    [
        "/admin/articles/article/add/",
        "/admin/articles/article/import/",
        "/admin/articles/entity/add/",
        "/admin/articles/tag/add/",
        "/admin/articles/source/add/",
        "/admin/articles/author/add/",
    ],
)
def test_every_text_field_reads_in_its_own_direction(editor_client, url):
    _assert_dir_auto(editor_client.get(url).text)


def test_every_text_field_of_a_published_article_reads_in_its_own_direction(editor_client):
    from articles.models import Correction

    article = make_article()
    Correction.objects.create(article=article, note="تصحيح.")
    _assert_dir_auto(editor_client.get(f"/admin/articles/article/{article.pk}/change/").text)


def _assert_dir_auto(html: str) -> None:
    from tests.formdata import form_widgets

    dates = ("vDateField", "vTimeField")  # digits and a picker, not prose
    text_like = {
        name: attrs
        for name, attrs in form_widgets(html).items()
        if attrs["_tag"] == "textarea"
        or (
            attrs["_tag"] == "input"
            and attrs.get("type", "text") in ("text", "url", "email")
            and attrs.get("class") not in dates
        )
    }
    assert text_like, "no text field found"
    for name, attrs in text_like.items():
        assert attrs.get("dir") == "auto", name


def test_saving_a_change_says_it_was_saved_not_added(editor_client):
    from tests.formdata import article_form

    article = make_article()
    response = editor_client.post(
        f"/admin/articles/article/{article.pk}/change/",
        article_form(editor_client, article),
        follow=True,
    )
    messages = " ".join(str(m) for m in response.context["messages"])
    assert "حُفظت التعديلات" in messages and "إضافة" not in messages
