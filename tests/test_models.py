from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st

from articles.models import Article, Entity, Source, Tag
from tests.factories import make_article, make_author, make_source

pytestmark = pytest.mark.django_db


def test_there_are_no_pending_migrations(settings):
    # What is pending does not depend on routers; with any router set, makemigrations also
    # reads the history of every alias, and the tests' replica shares SQLite's test database.
    settings.DATABASE_ROUTERS = []
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_slugs_keep_arabic_letters_and_drop_tashkeel():
    tag = Tag.objects.create(name="الحربُ الروسيّة الأوكرانية")
    assert tag.slug == "الحرب-الروسية-الأوكرانية"


def test_slugs_are_unique_and_stable():
    first = make_article(title="مكالمة هاتفية")
    second = make_article(title="مكالمة هاتفية!")
    assert first.slug == "مكالمة-هاتفية"
    assert second.slug == "مكالمة-هاتفية-2"
    first.title = "عنوان جديد تماما"
    first.save()
    first.refresh_from_db()
    assert first.slug == "مكالمة-هاتفية"


def test_names_that_differ_only_in_orthography_share_one_key():
    source = Source.objects.create(name="القاهرة الإخبارية")
    assert list(Source.objects.by_name("القاهرة الاخبارية")) == [source]
    assert list(Source.objects.by_name("القاهره الإخباريـة")) == [source]


def test_entity_aliases_are_cleaned():
    entity = Entity.objects.create(
        name="أندريه بيلوسوف", aliases=[" بيلوسوف ", "", "بيلوسوف", "اندريه بيلوسوف"]
    )
    assert entity.aliases == ["بيلوسوف"]


def test_published_means_published_and_due():
    now = timezone.now()
    public = make_article(published_at=now - timedelta(minutes=1))
    make_article(published_at=now + timedelta(minutes=1))
    make_article(status=Article.Status.DRAFT)
    undated = make_article(published_at=None)  # published without a date: dated now
    assert list(Article.objects.published()) == [undated, public]


def test_byline_keeps_author_order():
    a, b, c = make_author("ج"), make_author("أ"), make_author("ب")
    article = make_article(authors=[a, b, c])
    fetched = Article.objects.with_bylines().get(pk=article.pk)
    assert [x.name for x in fetched.byline] == ["ج", "أ", "ب"]


def test_source_names_are_unique_up_to_orthography():
    make_source("وكالة الأنباء")
    with pytest.raises(IntegrityError), transaction.atomic():
        Source.objects.create(name="وكالة الانباء")


@given(
    pk=st.integers(min_value=1, max_value=2**62),
    slug=st.text(alphabet=st.characters(blacklist_characters="/", blacklist_categories=["Cs"])),
    route=st.sampled_from(
        ["articles:tag", "articles:entity", "articles:author", "articles:source"]
    ),
)
def test_a_path_is_what_reverse_gives(pk, slug, route):
    from django.urls import NoReverseMatch, reverse

    from articles.models import paths

    assert paths.path("articles:short", pk=pk) == reverse("articles:short", kwargs={"pk": pk})
    for name, kwargs in (("articles:detail", {"pk": pk, "slug": slug}), (route, {"slug": slug})):
        try:
            expected = reverse(name, kwargs=kwargs)
        except NoReverseMatch:
            continue  # not a value the route takes: no row holds one
        assert paths.path(name, **kwargs) == expected
        # The sitemaps' and feeds' way: the route looked up once, arguments in order.
        kinds = {key: type(value) for key, value in kwargs.items()}
        assert paths.maker(name, **kinds)(*kwargs.values()) == expected
