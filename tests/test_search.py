import json
from datetime import timedelta
from urllib.parse import quote

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles import search
from articles.models import Article
from articles.pagecache.keys import page_query
from articles.search import Highlighter, ParsedQuery
from tests.factories import make_article, make_entity, make_source, make_tag

pytestmark = pytest.mark.django_db


def indexed(**fields) -> Article:
    article = make_article(**fields)
    search.index_article(article)
    return article


def titles(q: str, queryset=None) -> list[str]:
    return list(search.search(ParsedQuery.parse(q), queryset).values_list("title", flat=True))


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("وقع الاتفاق بالشراكة مع القطاع الخاص", "الشراكة"),
        ("مربو الأبقار في الأردن", "الاردن"),
        ("ضبط إضاءة الشاشه", "الشاشة"),
        ("قدموا مستوي مميزا", "مستوى"),
        ("حضور لافت لـ الرِّواية", "الرواية"),
        ("زيت الزيتون", "الزَّيْتُون"),
        ("جريان الأوديـة", "الأودية"),
        ("تحمل المسئولية كاملة", "المسؤولية"),
        ("أصدرته شركة CrowdStrike", "crowdstrike"),
        ("حتى عام ٢٠٣٥", "2035"),
        ("وقال المتحدث باسم الكرملين", "الكرملين"),
        ("وللكرملين موقف آخر", "الكرملين"),
    ],
)
def test_it_finds_words_whatever_their_spelling_and_clitics(text, query):
    indexed(title="خبر", body=text)
    assert titles(query) == ["خبر"]


@pytest.mark.parametrize("word", ["مصرف", "مصرع", "المصارف", "مصرفيون"])
def test_a_short_word_never_matches_inside_a_longer_one(word):
    indexed(title="خبر", body=f"تحدث {word} عن الأسواق")
    assert titles("مصر") == []


def test_every_word_of_a_query_must_match():
    indexed(title="الأول", body="الولايات المتحدة والصين")
    indexed(title="الثاني", body="الولايات المتحدة وحدها")
    assert titles("الولايات المتحدة الصين") == ["الأول"]


def test_a_quoted_query_is_a_phrase():
    indexed(title="متجاور", body="خطة وطنية لتعزيز الأمن المائي في البلاد")
    indexed(title="متفرق", body="الأمن في المدن والأمن الغذائي والمائي")
    assert titles('"الأمن المائي"') == ["متجاور"]
    assert sorted(titles("الأمن المائي")) == ["متجاور", "متفرق"]


def test_ranking_puts_title_above_summary_above_body_then_newest_first_when_alike():
    now = timezone.now()
    indexed(title="في النص", body="زلزال قوي", published_at=now - timedelta(hours=1))
    indexed(title="في الملخص", summary="زلزال", published_at=now - timedelta(hours=3))
    indexed(title="زلزال في العنوان", published_at=now - timedelta(hours=5))
    indexed(title="في المتن", body="زلزال قوي", published_at=now - timedelta(minutes=5))
    assert titles("زلزال") == ["زلزال في العنوان", "في الملخص", "في المتن", "في النص"]


def test_every_slice_of_the_results_follows_the_ranking():
    """Results are read a page at a time, and a page may straddle the tiers of the ranking
    (words in the title and summary, title, summary, elsewhere): every slice is the same
    stretch of one ranking, and carries the number of all the matches."""
    now = timezone.now()
    expected = []
    places = [
        {"title": "عاصفة رملية {}", "summary": "عاصفة في الصحراء"},
        {"title": "عاصفة رملية {}", "summary": "طقس حار"},
        {"title": "طقس {}", "summary": "عاصفة في الصحراء"},
        {"title": "طقس {}", "summary": "طقس حار", "body": "هبت عاصفة قوية."},
    ]
    for tier, fields in enumerate(places):
        for n in range(3):  # newest first within a tier
            title = fields["title"].format(f"{tier}-{n}")
            indexed(**{**fields, "title": title}, published_at=now - timedelta(hours=n + 1))
            expected.append(title)
    indexed(title="خبر آخر", body="لا شيء هنا")
    titles_of = dict(Article.objects.values_list("pk", "title"))
    ranked = search.ranked_ids(ParsedQuery.parse("عاصفة"))
    for start, stop in [(0, 5), (5, 10), (10, 15), (2, 9), (11, 12), (0, 12)]:
        rows = list(ranked[start:stop])
        assert [titles_of[pk] for pk, _total in rows] == expected[start:stop]
        assert {total for _pk, total in rows} == {12}
    assert list(ranked[12:20]) == []


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's ranking tiers")
def test_a_first_page_within_the_top_tier_reads_no_other_tier():
    """The ranking's lower tiers are never scanned while the top one fills the page: only
    the top tier and the count of all the matches read the search table."""
    for n in range(25):
        indexed(title=f"عاصفة رملية {n}", summary="عاصفة في الصحراء")
    for n in range(5):
        indexed(title=f"طقس {n}", body="هبت عاصفة.")
    ranked = search.ranked_ids(ParsedQuery.parse("عاصفة"))
    with CaptureQueriesContext(connection) as queries:
        assert len(ranked[0:21]) == 21
    (statement,) = [q["sql"].removeprefix(search.ranking.PLANNER_SETTINGS) for q in queries]
    with connection.cursor() as cursor:
        cursor.execute(
            search.ranking.PLANNER_SETTINGS + "EXPLAIN (ANALYZE, FORMAT JSON) " + statement
        )
        cursor.nextset()
        plan = cursor.fetchone()[0]
        plan = json.loads(plan) if isinstance(plan, str) else plan

    def scans(node: dict):
        if node.get("Relation Name") == search.PG_TABLE:
            yield node
        for child in node.get("Plans", []):
            yield from scans(child)

    read = [node for node in scans(plan[0]["Plan"]) if node["Actual Loops"] > 0]
    assert len(list(scans(plan[0]["Plan"]))) == 5  # four tiers and the count
    assert len(read) == 2


def test_drafts_and_scheduled_articles_are_not_found(client):
    indexed(title="مسودة زلزال", status=Article.Status.DRAFT)
    indexed(title="زلزال مجدول", published_at=timezone.now() + timedelta(days=1))
    assert titles("زلزال", Article.objects.published()) == []
    assert "مسودة" not in client.get("/search/?q=زلزال").text


def test_the_search_page_lists_results_with_highlighted_snippets(client):
    article = indexed(title="عنوان", body="هطلت أمطار غزيرة على العاصمة <b>اليوم</b>")
    html = client.get("/search/", {"q": "امطار"}).text
    assert f'<a href="{article.get_absolute_url()}">عنوان</a>' in html
    assert "<mark>أمطار</mark>" in html
    assert "&lt;b&gt;اليوم" in html
    assert "<b>" not in html
    assert '<html lang="ar" dir="rtl">' in html


def test_the_search_page_filters_by_tag_entity_source_and_dates(client):
    tag, entity, source = make_tag("طقس"), make_entity("القاهرة"), make_source("الوادي")
    now = timezone.now()
    indexed(title="مطابق", body="أمطار", tags=[tag], entities=[entity], source=source)
    indexed(title="وسم آخر", body="أمطار", source=source)
    indexed(title="قديم", body="أمطار", tags=[tag], published_at=now - timedelta(days=400))
    assert "وسم آخر" in client.get("/search/", {"q": "أمطار"}).text
    for params in (
        {"tag": tag.slug},
        {"entity": entity.slug},
        {"date_from": (now - timedelta(days=30)).date().isoformat(), "tag": tag.slug},
    ):
        html = client.get("/search/", {"q": "أمطار", **params}).text
        assert "مطابق" in html
        assert "وسم آخر" not in html
        assert "قديم" not in html or "date_from" not in params
    html = client.get("/search/", {"q": "أمطار", "source": source.slug}).text
    assert "مطابق" in html and "قديم" not in html


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        "*",
        "زلزال*",
        "NEAR(زلزال أمطار, 2)",
        "-زلزال",
        "زلزال OR 1=1",
        "'; DROP TABLE articles_article; --",
        "{title}: x",
        "a & b | !c <-> d",
        "\x00زلزال",
        "\ud800",
        "%",
        "ز" * 10_000,
        "كلمة " * 2_000,
        "«»“”",
    ],
)
def test_hostile_queries_give_a_page_never_an_error(client, query):
    indexed(title="زلزال", body="زلزال قوي")
    response = client.get("/search/?q=" + quote(query, safe="", errors="surrogatepass"))
    assert response.status_code == 200


@pytest.mark.parametrize("page", ["0", "x", "999"])
def test_bad_result_pages_are_not_found(client, page):
    indexed(title="زلزال")
    assert client.get("/search/", {"q": "زلزال", "page": page}).status_code == 404


def test_unknown_filters_are_not_found_and_bad_dates_are_ignored(client):
    indexed(title="زلزال")
    assert client.get("/search/", {"q": "زلزال", "tag": "لا-يوجد"}).status_code == 404
    response = client.get("/search/", {"q": "زلزال", "date_from": "not-a-date"})
    assert response.status_code == 200
    assert "زلزال" in response.text


def test_highlighting_escapes_and_marks_only_whole_words():
    marked = Highlighter(ParsedQuery.parse("مصر")).mark("<i>مصر</i> ومصرف وبمصر")
    assert marked == "&lt;i&gt;<mark>مصر</mark>&lt;/i&gt; ومصرف <mark>وبمصر</mark>"


def test_deleting_an_article_removes_it_from_the_index():
    article = indexed(title="زلزال")
    article.delete()
    assert titles("زلزال") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصير عن النفط فقط", "قصير عن <mark>النفط</mark> فقط"),
        (
            " ".join(["كلمة"] * 40 + ["النفط"] + ["بعد"] * 40),
            "… " + " ".join(["كلمة"] * 10 + ["<mark>النفط</mark>"] + ["بعد"] * 19) + " …",
        ),
        (
            " ".join(["كلمة"] * 40 + ["النفط"] + ["بعد"] * 5),
            "… " + " ".join(["كلمة"] * 10 + ["<mark>النفط</mark>"] + ["بعد"] * 5),
        ),
        (" ".join(["كلمة"] * 40), " ".join(["كلمة"] * 30) + " …"),
        ("", ""),
    ],
    ids=["whole text", "match in the middle", "match near the end", "no match", "empty"],
)
def test_a_snippet_is_thirty_words_around_the_first_match(text, expected):
    assert Highlighter(ParsedQuery.parse("نفط")).snippet(text) == expected


def test_the_search_form_keeps_the_chosen_source(client):
    chosen, other = make_source("الوادي"), make_source("الشروق")
    indexed(title="خبر", body="أمطار", source=chosen)
    indexed(title="خبر آخر", body="رياح", source=other)
    make_source("مصدر بلا مقالات")  # not offered: readers would find nothing from it
    html = client.get("/search/", {"q": "أمطار", "source": chosen.slug}).text
    assert f'<option value="{chosen.slug}" selected>الوادي</option>' in html
    assert f'<option value="{other.slug}">الشروق</option>' in html
    assert '<option value="">كل المصادر</option>' in html
    assert "مصدر بلا مقالات" not in html


def test_search_results_follow_every_change_of_an_articles_state(client, settings):
    """However the state changes (here a bare UPDATE), the results follow: on PostgreSQL
    a trigger keeps the search table's `public_at` in step with the article. (The page
    cache is off: a bare UPDATE does not tell it, the services do.)"""
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    article = indexed(title="زلزال قوي")
    url = "/search/?q=" + quote("زلزال")
    assert "زلزال قوي" in client.get(url).text
    rows = Article.objects.filter(pk=article.pk)
    rows.update(status=Article.Status.DRAFT)
    assert "زلزال قوي" not in client.get(url).text
    rows.update(status=Article.Status.PUBLISHED, deleted_at=timezone.now())
    assert "زلزال قوي" not in client.get(url).text
    rows.update(deleted_at=None, published_at=timezone.now() + timedelta(hours=1))
    assert "زلزال قوي" not in client.get(url).text
    rows.update(published_at=timezone.now() - timedelta(hours=1))
    assert "زلزال قوي" in client.get(url).text


def test_search_results_are_counted_and_paged_by_the_ranking_query(client, settings):
    settings.ARTICLES_PER_PAGE = 20
    for n in range(23):
        indexed(title=f"خبر رقم {n}", body="هبت عاصفة رملية على المدينة.")
    first = client.get("/search/", {"q": "عاصفة"}).text
    assert "23 نتيجة" in first
    assert first.count('class="card"') == 20 and 'rel="next"' in first
    second = client.get("/search/", {"q": "عاصفة", "page": 2}).text
    assert second.count('class="card"') == 3 and 'rel="next"' not in second
    assert client.get("/search/", {"q": "عاصفة", "page": 3}).status_code == 404
    assert "نتيجة واحدة" in client.get("/search/", {"q": "رقم 7"}).text


def test_the_search_form_keeps_the_chosen_dates_and_filters(client):
    tag = make_tag("طقس")
    html = client.get("/search/", {"q": "أمطار", "date_from": "2024-01-02", "tag": tag.slug}).text
    assert '<input type="date" name="date_from" value="2024-01-02" id="id_date_from">' in html
    assert '<input type="date" name="date_to" id="id_date_to">' in html
    assert f'<input type="hidden" name="tag" value="{tag.slug}" id="id_tag">' in html


def test_the_number_of_results_reads_as_arabic(client):
    for n in range(2):
        indexed(title=f"خبر {n}", body="هبت عاصفة رملية.")
    assert "نتيجتان" in client.get("/search/", {"q": "عاصفة"}).text


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("وقال المتحدث باسم الكرملين", "والكرملين"),
        ("زار الوفد موسكو أمس", "بموسكو"),
        ("وصل الوزير إلى موسكو", "لموسكو"),
        ("قال وزير الدفاع بيلوسوف", "وبيلوسوف"),
        ("اجتمعت اللجنة أمس", "للجنة"),
        ("افتتح المؤتمر أعماله", "موتمر"),
        ("افتتح الموتمر أعماله", "مؤتمر"),
        ("ارتفعت الأسماء في القائمة", "الاسما"),
    ],
)
def test_a_proclitic_or_a_hamza_typed_or_left_out_finds_the_text(text, query):
    indexed(title="خبر", body=text)
    assert titles(query) == ["خبر"]


def test_a_typed_proclitic_never_reaches_inside_a_longer_word():
    indexed(title="خبر", body="ارتفعت أسهم مصرف كبير")
    assert titles("بمصر") == []
    assert titles("ومصر") == []


def test_a_latin_alias_finds_the_articles_naming_its_entity_in_arabic():
    make_entity("لويد أوستن", kind="person", aliases=["أوستن", "Lloyd Austin", "Austin"])
    indexed(title="زيارة", body="وصل وزير الدفاع لويد أوستن إلى المنطقة")
    indexed(title="أخرى", body="وقال أوستن إن المحادثات مستمرة")
    indexed(title="لا", body="لا علاقة لهذا الخبر بالوزير")
    query = search.parse_query("Austin")
    found = [pk for pk, _total in search.ranked_ids(query)[0:10]]
    assert set(Article.objects.filter(pk__in=found).values_list("title", flat=True)) == {
        "زيارة",
        "أخرى",
    }
    assert len(search.parse_query("lloyd austin").clauses) == 1


def test_the_article_holding_the_words_together_ranks_above_newer_ones_holding_them_apart():
    now = timezone.now()
    for n in range(15):
        indexed(
            title=f"خبر {n}",
            body="ارتفعت أسعار الوقود في المدينة. وقال التجار إن المحطات الجديدة تعمل",
            published_at=now - timedelta(hours=n + 1),
        )
    indexed(
        title="المطلوب",
        body="قال التجار إن أسعار الوقود في المحطات الجديدة ارتفعت",
        published_at=now - timedelta(days=30),
    )
    ranked = search.ranked_ids(search.parse_query("الوقود في المحطات الجديدة"))
    first = [pk for pk, _total in ranked[0:10]]
    assert Article.objects.get(pk=first[0]).title == "المطلوب"
    newest = search.ranked_ids(search.parse_query("الوقود في المحطات الجديدة"), newest=True)
    ((pk, _total),) = newest[0:1]
    assert Article.objects.get(pk=pk).title == "خبر 0"


def test_the_search_page_offers_newest_first_and_labels_its_pages_to_match(client, settings):
    settings.ARTICLES_PER_PAGE = 2
    now = timezone.now()
    for n in range(5):
        indexed(title=f"زلزال {n}", body="زلزال", published_at=now - timedelta(hours=n + 1))
    relevance = client.get("/search/", {"q": "زلزال"}).content.decode()
    assert '<option value="newest">الأحدث</option>' in relevance
    assert "الصفحة التالية" in relevance and "الأقدم" not in relevance
    newest = client.get("/search/", {"q": "زلزال", "sort": "newest"}).content.decode()
    assert '<option value="newest" selected>الأحدث</option>' in newest
    assert "الأقدم" in newest and "sort=newest" in newest  # the next page keeps the order
    assert newest.index("زلزال 0") < newest.index("زلزال 1")


def test_the_page_cache_keeps_the_two_orders_apart():
    queries = ["q=%D8%B2&sort=newest", "q=%D8%B2", "q=%D8%B2&utm_source=x"]
    assert len({page_query(q) for q in queries}) == 2
