"""What share previews and search engines read: canonical links, OpenGraph, X cards, JSON-LD.

Read with real parsers: extruct for OpenGraph and JSON-LD, lxml for the rest of the head.
"""

from urllib.parse import quote, unquote

import extruct
import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from lxml import html as lxml_html
from PIL import Image

from articles.models import ArticleEntity, EntityKind
from articles.sharing.previews import DESCRIPTION_LIMIT, TITLE_LIMIT, about_and_mentions
from tests.factories import make_article, make_author, make_entity, make_source, make_tag

pytestmark = pytest.mark.django_db

SITE = "https://news.example.org"


def _metadata(html: str) -> dict:
    """OpenGraph (each property with all its values, in order) and the JSON-LD object."""
    data = extruct.extract(html, base_url=SITE + "/", syntaxes=["opengraph", "json-ld"])
    (opengraph,) = data["opengraph"]
    properties: dict[str, list[str]] = {}
    for name, value in opengraph["properties"]:
        properties.setdefault(name, []).append(value)
    return {"og": properties, "ld": data["json-ld"][0] if data["json-ld"] else None}


def _head(html: str):
    return lxml_html.fromstring(html).find("head")


def _meta_names(html: str) -> dict[str, str]:
    return {m.get("name"): m.get("content") for m in _head(html).iter("meta") if m.get("name")}


def _canonical(html: str) -> str:
    (link,) = _head(html).xpath('link[@rel="canonical"]')
    return link.get("href")


def test_the_seed_article_carries_every_opengraph_property(client, seed_article):
    html = client.get(seed_article.get_absolute_url()).text
    og = _metadata(html)["og"]
    url = SITE + seed_article.get_absolute_url()
    single = {name: values[0] for name, values in og.items()}
    assert single["og:type"] == "article"
    assert single["og:site_name"] == "قارئ الأخبار"
    assert single["og:locale"] == "ar_AR"
    assert single["og:url"] == url
    assert single["og:title"].startswith('"تحذير" موسكو و"توضيح" واشنطن.. مكالمة هاتفية')
    assert len(single["og:title"]) <= TITLE_LIMIT
    assert single["og:description"].startswith("بعد صمت طويل بين وزارتي الدفاع")
    assert len(single["og:description"]) <= DESCRIPTION_LIMIT
    assert single["og:image"].startswith(f"{SITE}/articles/{seed_article.pk}/card.png?v=")
    assert (single["og:image:width"], single["og:image:height"]) == ("1200", "630")
    assert single["og:image:type"] == "image/png"
    assert "مكالمة هاتفية تكسر الصمت" in single["og:image:alt"]
    assert single["article:published_time"] == "2024-06-26T12:00:00+03:00"
    # In the site's time zone, to the second (the year in UTC may not be the local one).
    modified = timezone.localtime(seed_article.updated_at).replace(microsecond=0)
    assert single["article:modified_time"] == modified.isoformat()
    assert [unquote(a) for a in og["article:author"]] == [f"{SITE}/authors/أحمد-أنور/"]
    assert og["article:tag"] == [
        # Arabic alphabetical order, the article ال ignored: حرب، سياسة، علاقات.
        "الحرب الروسية الأوكرانية",
        "سياسة دولية",
        "العلاقات الأمريكية الروسية",
    ]
    assert single["article:section"] == "الحرب الروسية الأوكرانية"


def test_the_seed_article_carries_a_news_article_for_search_engines(client, seed_article):
    ld = _metadata(client.get(seed_article.get_absolute_url()).text)["ld"]
    url = SITE + seed_article.get_absolute_url()
    assert ld["@context"] == "https://schema.org"
    assert ld["@type"] == "NewsArticle"
    assert ld["headline"] == seed_article.title
    assert ld["datePublished"].startswith("2024-06-26")
    assert ld["dateModified"]
    assert ld["inLanguage"] == "ar"
    assert ld["mainEntityOfPage"] == {"@type": "WebPage", "@id": url}
    assert ld["image"] == [_metadata(client.get(url).text)["og"]["og:image"][0]]
    (author,) = ld["author"]
    assert author["@type"] == "Person"
    assert author["name"] == "أحمد أنور"
    assert unquote(author["url"]) == f"{SITE}/authors/أحمد-أنور/"
    assert ld["publisher"]["name"] == "القاهرة الإخبارية"
    assert ld["publisher"]["@type"] in ("Organization", "NewsMediaOrganization")
    mentioned = {thing["name"]: thing for thing in ld["mentions"]}
    assert mentioned["موسكو"]["@type"] == "Place"
    assert mentioned["موسكو"]["sameAs"] == "https://www.wikidata.org/wiki/Q649"
    assert mentioned["أندريه بيلوسوف"]["@type"] == "Person"
    assert ld["keywords"] == [
        # Arabic alphabetical order, the article ال ignored: حرب، سياسة، علاقات.
        "الحرب الروسية الأوكرانية",
        "سياسة دولية",
        "العلاقات الأمريكية الروسية",
    ]


def test_the_seed_article_carries_an_x_large_image_card(client, seed_article):
    names = _meta_names(client.get(seed_article.get_absolute_url()).text)
    assert names["twitter:card"] == "summary_large_image"
    assert names["twitter:title"].startswith('"تحذير" موسكو')
    assert names["twitter:image"].startswith(f"{SITE}/articles/{seed_article.pk}/card.png")
    assert names["twitter:image:alt"]
    assert names["author"] == "أحمد أنور"


def test_a_headline_cannot_break_out_of_the_json_ld_script(client):
    article = make_article(title='</script><script>alert("x")</script> & عنوان')
    html = client.get(article.get_absolute_url()).text
    head = _head(html)
    (ld_script,) = head.xpath('script[@type="application/ld+json"]')
    assert "</script" not in ld_script.text
    assert html.count("<script>alert") == 0
    assert _metadata(html)["ld"]["headline"] == '</script><script>alert("x")</script> & عنوان'
    # The only scripts are that inert JSON-LD and the site's own file: no inline code.
    scripts = lxml_html.fromstring(html).iter("script")
    for script in scripts:
        assert script.get("type") == "application/ld+json" or (
            script.get("src", "").startswith("/static/") and not (script.text or "").strip()
        )


def test_descriptions_are_cut_at_a_word_and_keep_their_tashkeel(client):
    summary = "قالَ الوزيرُ " + " ".join(["إن المحادثات مستمرة"] * 30)
    article = make_article(title="عنوانٌ " + "طويل جدا " * 20, summary=summary)
    html = client.get(article.get_absolute_url()).text
    og = _metadata(html)["og"]
    title, description = og["og:title"][0], og["og:description"][0]
    assert len(title) <= 110 and len(description) <= 200
    assert title.endswith("…") and description.endswith("…")
    assert title.startswith("عنوانٌ طويل")
    assert description.startswith("قالَ الوزيرُ إن المحادثات")
    words = summary.split()
    assert description[:-1].split() == words[: len(description[:-1].split())]
    assert _meta_names(html)["description"] == description


def test_a_title_that_fits_a_preview_is_not_cut(client):
    title = "وزراء الخارجية العرب يبحثون في القاهرة خطة لإعادة إعمار غزة ووقف إطلاق النار الدائم"
    assert 80 < len(title) <= 110
    article = make_article(title=title)
    og = _metadata(client.get(article.get_absolute_url()).text)["og"]
    assert og["og:title"] == [title]


def test_a_long_title_is_cut_after_a_whole_word(client):
    title = (
        "وزراء الخارجية العرب يبحثون في القاهرة خطة لإعادة إعمار غزة ووقف إطلاق النار "
        "الدائم وتبادل الأسرى وفتح المعابر أمام المساعدات الإنسانية العاجلة"
    )
    words = title.split()
    article = make_article(title=title)
    og = _metadata(client.get(article.get_absolute_url()).text)["og"]
    cut = og["og:title"][0]
    assert len(cut) <= 110 and cut.endswith("…")
    kept = cut.removesuffix("…").split()
    assert kept == words[: len(kept)]  # whole words only
    assert len(" ".join(words[: len(kept) + 1])) + len("…") > 110  # and as many as fit


def test_the_lead_image_is_the_share_image_when_there_is_one(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    buffer = tmp_path / "lead.jpg"
    Image.new("RGB", (800, 450), "navy").save(buffer, "JPEG")
    article = make_article(
        image=SimpleUploadedFile("lead.jpg", buffer.read_bytes(), content_type="image/jpeg"),
        image_caption="علما أمريكا وروسيا",
    )
    og = _metadata(client.get(article.get_absolute_url()).text)["og"]
    # Narrower than 1200: the widest JPEG made from it (tests/test_lead_images.py for more).
    (widest,) = [size for size in article.image_variants["sizes"] if size["width"] == 800]
    assert og["og:image"] == [SITE + default_storage.url(widest["jpeg"])]
    assert og["og:image:width"] == ["800"] and og["og:image:height"] == ["450"]
    assert og["og:image:type"] == ["image/jpeg"]
    assert og["og:image:alt"] == ["علما أمريكا وروسيا"]


def test_about_and_mentions_come_from_the_linked_entities(client):
    city, person = make_entity("موسكو"), make_entity("لويد أوستن", kind=EntityKind.PERSON)
    article = make_article(entities=[city, person])
    links = list(ArticleEntity.objects.filter(article=article).select_related("entity"))
    about, mentions = about_and_mentions(links)
    assert about == [] and {e.name for e in mentions} == {"موسكو", "لويد أوستن"}
    # A link marked as the article's subject is `about`, not a mere mention.
    links[0].is_about = True
    about, mentions = about_and_mentions(links)
    assert about == [links[0].entity] and mentions == [links[1].entity]


def test_canonical_links_use_the_site_url_not_the_request_host(client):
    article = make_article()
    html = client.get(article.get_absolute_url(), HTTP_HOST="127.0.0.1").text
    assert _canonical(html) == SITE + article.get_absolute_url()
    assert "127.0.0.1" not in html


def test_every_page_has_a_canonical_link(client):
    tag, entity, author, source = make_tag(), make_entity(), make_author(), make_source()
    article = make_article(tags=[tag], entities=[entity], authors=[author], source=source)
    for path in (
        "/",
        article.get_absolute_url(),
        "/tags/",
        tag.get_absolute_url(),
        "/entities/",
        entity.get_absolute_url(),
        author.get_absolute_url(),
        source.get_absolute_url(),
        "/search/?q=خبر",
    ):
        assert _canonical(client.get(path).text).startswith(SITE + "/"), path


def test_a_listing_canonical_keeps_its_page_number_and_drops_noise(client):
    tag = make_tag("اقتصاد")
    for _ in range(25):
        make_article(tags=[tag])
    base = SITE + tag.get_absolute_url()
    assert _canonical(client.get(tag.get_absolute_url() + "?utm_source=x").text) == base
    assert _canonical(client.get(tag.get_absolute_url() + "?page=1").text) == base
    assert _canonical(client.get(tag.get_absolute_url() + "?page=2&fbclid=y").text) == (
        base + "?page=2"
    )
    assert _canonical(client.get("/latest/?page=last").text) == SITE + "/latest/?page=2"
    assert _canonical(client.get("/entities/?kind=person&x=1").text) == (
        SITE + "/entities/?kind=person"
    )
    assert _canonical(client.get("/search/?q=خبر&page=1").text) == SITE + "/search/?q=" + quote(
        "خبر"
    )


def test_listing_pages_carry_opengraph_with_the_site_card(client):
    tag = make_tag("اقتصاد", description="أخبار الأسواق والشركات.")
    make_article(tags=[tag])
    for path, title in (
        ("/", "قارئ الأخبار"),
        ("/latest/", "آخر الأخبار"),
        (tag.get_absolute_url(), "اقتصاد"),
        ("/tags/", "الوسوم"),
        ("/entities/", "الأعلام والأماكن"),
    ):
        html = client.get(path).text
        metadata = _metadata(html)
        assert metadata["ld"] is None, "no NewsArticle on a listing"
        og = {name: values[0] for name, values in metadata["og"].items()}
        assert og["og:type"] == "website", path
        assert og["og:title"] == title, path
        assert og["og:url"] == _canonical(html)
        assert og["og:site_name"] == "قارئ الأخبار"
        assert og["og:locale"] == "ar_AR"
        assert og["og:description"]
        assert og["og:image"].startswith(SITE + "/card.png?v=")
    tag_og = _metadata(client.get(tag.get_absolute_url()).text)["og"]
    assert tag_og["og:description"] == ["أخبار الأسواق والشركات."]
    author = make_author("أحمد أنور")
    make_article(authors=[author])
    author_og = _metadata(client.get(author.get_absolute_url()).text)["og"]
    assert author_og["og:title"] == ["أحمد أنور"]
    assert author_og["og:description"] == ["آخر ما نُشر عن «أحمد أنور» على قارئ الأخبار."]


def test_the_not_found_page_claims_no_canonical_url(client):
    html = client.get("/tags/لا-يوجد/").text
    assert not _head(html).xpath('link[@rel="canonical"]')
    assert not _head(html).xpath('meta[@property="og:url"]')
