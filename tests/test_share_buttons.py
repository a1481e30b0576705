"""Share buttons: plain links to each app's share page, and the short link to copy."""

from urllib.parse import parse_qs, urlsplit

import pytest
from lxml import html as lxml_html

from tests.factories import make_article

pytestmark = pytest.mark.django_db

SITE = "https://news.example.org"


def _share_block(client, article):
    page = lxml_html.fromstring(client.get(article.get_absolute_url()).text)
    (block,) = page.xpath('//section[@class="share"]')
    return page, block


def test_each_app_gets_a_plain_link_with_the_article_url_and_title(client):
    article = make_article(title='خبرٌ "عاجل" & مهم')
    url = SITE + article.get_absolute_url()
    _, block = _share_block(client, article)
    links = {a.text_content(): a.get("href") for a in block.xpath(".//a")}
    assert set(links) == {"واتساب", "تيليغرام", "إكس", "فيسبوك"}

    def query(label: str) -> dict:
        href = urlsplit(links[label])
        assert href.scheme == "https"
        return {key: values[0] for key, values in parse_qs(href.query).items()}

    assert urlsplit(links["واتساب"]).netloc == "wa.me"
    assert query("واتساب") == {"text": f'خبر "عاجل" & مهم\n{url}'}
    assert query("تيليغرام") == {"url": url, "text": 'خبر "عاجل" & مهم'}
    assert query("إكس") == {"url": url, "text": 'خبر "عاجل" & مهم'}
    assert query("فيسبوك") == {"u": url}
    for anchor in block.xpath(".//a"):
        assert "noopener" in anchor.get("rel")


def test_the_short_link_is_shown_ready_to_copy_even_without_javascript(client):
    article = make_article()
    _, block = _share_block(client, article)
    (field,) = block.xpath(".//input[@data-short-link]")
    assert field.get("value") == f"{SITE}/a/{article.pk}"
    assert field.get("readonly") is not None
    assert block.xpath('.//label[@for="short-link"]')
    # The buttons that need JavaScript stay hidden until share.js reveals them.
    assert block.xpath(".//button[@data-copy-link]")[0].get("hidden") is not None
    assert block.xpath(".//li[@data-share-native]")[0].get("hidden") is not None


def test_the_article_page_loads_no_third_party_script_or_pixel(client):
    article = make_article()
    page, _ = _share_block(client, article)
    sources = page.xpath("//script/@src | //img/@src | //iframe/@src | //link/@href")
    for source in sources:
        assert source.startswith(("/", SITE)), source
    assert page.xpath("//script/@src") == ["/static/js/reader.js", "/static/js/share.js"]
    assert page.xpath('//link[@rel="shortlink"]/@href') == [f"{SITE}/a/{article.pk}"]
