from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.utils import timezone

from articles import changes, exploring
from articles.models import ArticleEntity, EntityKind, Tag
from tests.factories import make_article, make_entity, make_tag

pytestmark = pytest.mark.django_db


def test_related_articles_share_the_most_entities_then_tags():
    moscow, kyiv, paris = make_entity("موسكو"), make_entity("كييف"), make_entity("باريس")
    war = make_tag("حرب")
    article = make_article(title="الأصل", entities=[moscow, kyiv], tags=[war])
    both = make_article(title="يشارك كيانين", entities=[moscow, kyiv])
    one = make_article(title="يشارك كيانا", entities=[moscow])
    tagged = make_article(title="يشارك وسما", tags=[war])
    make_article(title="لا يشارك شيئا", entities=[paris])
    draft = make_article(title="مسودة", entities=[moscow, kyiv], status="draft")
    titles = [a.title for a in exploring.related_articles(article)]
    assert titles == [both.title, one.title, tagged.title]
    assert draft.title not in titles


# Early in a month, "the 15th of this month" is still to come: the clock is fixed mid-month.
@time_machine.travel(datetime(2026, 6, 20, 9, 0, tzinfo=UTC), tick=False)
def test_mentions_by_month_fills_empty_months():
    entity = make_entity("موسكو")
    now = timezone.now().replace(day=15)
    make_article(entities=[entity], published_at=now - timedelta(days=62))
    make_article(entities=[entity], published_at=now)
    make_article(entities=[entity], published_at=now - timedelta(hours=1))
    series = exploring.mentions_by_month(entity)
    assert [n for _, n in series] == [1, 0, 2]


def test_removed_links_do_not_count_anywhere():
    entity, other = make_entity("موسكو"), make_entity("كييف")
    article = make_article(entities=[entity, other])
    ArticleEntity.objects.filter(article=article, entity=other).update(removed=True)
    changes.articles_changed([article.pk])  # what the admin and the linker do after such a change
    assert exploring.co_mentioned(entity) == []
    assert exploring.mentions_by_month(other) == []


def test_co_mentioned_entities_are_ranked_by_shared_articles():
    moscow, kyiv, paris = make_entity("موسكو"), make_entity("كييف"), make_entity("باريس")
    make_article(entities=[moscow, kyiv])
    make_article(entities=[moscow, kyiv, paris])
    ranked = exploring.co_mentioned(moscow)
    # `.n`: the count _with_counts sets on each row, which the Entity type does not know.
    assert [(e.name, e.n) for e in ranked] == [("كييف", 2), ("باريس", 1)]  # type: ignore[attr-defined]


def test_a_tags_most_mentioned_entities():
    tag = make_tag("حرب")
    moscow, kyiv = make_entity("موسكو"), make_entity("كييف")
    make_article(tags=[tag], entities=[moscow, kyiv])
    make_article(tags=[tag], entities=[kyiv])
    make_article(entities=[moscow])
    entities = exploring.entities_of_tag(tag)
    assert [(e.name, e.n) for e in entities] == [("كييف", 2), ("موسكو", 1)]  # type: ignore[attr-defined]


def test_sections_are_the_tags_with_most_public_articles():
    big, small, empty = make_tag("سياسة"), make_tag("رياضة"), make_tag("فن")
    make_article(tags=[big, small])
    make_article(tags=[big])
    make_article(tags=[empty], status="draft")
    assert [t.name for t in exploring.sections()] == ["سياسة", "رياضة"]


def test_names_sort_in_arabic_alphabetical_order_ignoring_the_article_and_hamza():
    for name in ("الولايات المتحدة", "إيطاليا", "البرازيل", "أوكرانيا", "تونس", "آسيا"):
        make_entity(name, kind=EntityKind.PLACE)
    from articles.models import Entity

    assert [e.name for e in Entity.objects.all()] == [
        "آسيا",
        "أوكرانيا",
        "إيطاليا",
        "البرازيل",
        "تونس",
        "الولايات المتحدة",
    ]
    Tag.objects.create(name="الاقتصاد")
    Tag.objects.create(name="بيئة")
    assert [t.name for t in Tag.objects.all()] == ["الاقتصاد", "بيئة"]
