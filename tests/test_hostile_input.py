"""Hostile input never breaks a page: a clear 4xx or a normal page, never a 500.

Every public page (listed once, in `tests/public_urls.py`) is requested with bad page
numbers, huge and binary query strings, NUL bytes, lone surrogates, broken
percent-encoding, SQL and full-text syntax, path traversal, overlong slugs and unexpected
methods. The test client re-raises any exception a view lets escape, so a 500 fails the
test with its traceback.
"""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from django.test import Client

from tests.public_urls import make_site, page_urls, slug_urls

pytestmark = pytest.mark.django_db

ARABIC = re.compile("[\u0600-\u06ff]")
REDIRECTS = (301, 302, 303, 307, 308)

QUERY_STRINGS = {
    "page zero": "page=0",
    "negative page": "page=-1",
    "page word": "page=abc",
    "fractional page": "page=1.5",
    "exponent page": "page=1e9",
    "huge page": "page=99999999999999999999999999",
    "page list": "page[]=1&page=2&page=3",
    "page NUL": "page=%00",
    "page SQL": "page=1%20OR%201=1",
    "NUL everywhere": "q=%00&kind=%00&source=%00&tag=%00&entity=%00&date_from=%00",
    "NUL inside words": "q=%D8%A7%00%D9%84&tag=a%00b",
    "lone surrogate": "q=%ED%A0%80&page=%ED%A0%80&kind=%ED%A0%80",
    "invalid percent-encoding": "q=%ZZ&page=%&%=%",
    "truncated UTF-8": "q=%E0%A4&tag=%E0%A4",
    "binary": "q=" + "".join(f"%{b:02X}" for b in range(256)),
    "huge value": "q=" + "ا" * 50_000,
    "huge ASCII": "x=" + "a" * 100_000,
    "too many fields": "&".join(f"f{i}=1" for i in range(2_000)),
    "SQL quote": "q=" + quote("' OR '1'='1' --") + "&kind=" + quote("person' OR '1'='1"),
    "SQL statement": "q=" + quote("1; DROP TABLE articles_article; --"),
    "SQL union": "q=" + quote("x' UNION SELECT password FROM auth_user --"),
    "tsquery syntax": "q=" + quote("a & b | !c <-> d :* ' \\ ("),
    "FTS5 syntax": "q=" + quote('"unterminated NEAR(a b) title:x * ^a OR AND NOT'),
    "lone quotes": "q=" + quote('" « “ \' ""'),
    "quoted phrases": "q=" + quote('"القاهرة تستضيف" «مؤتمر اقتصادي» "<p title=\'x\'>"'),
    "template syntax": "q=" + quote("{{ 7|add:7 }} {% debug %}"),
    "bad dates": "date_from=9999-99-99&date_to=0000-00-00",
    "far dates": "date_from=99999-01-01&date_to=0001-01-01",
    "unknown filters": "source=" + quote("لا-يوجد") + "&tag=" + quote("../x") + "&entity=%2e%2e",
}

SLUGS = {
    "dot segments": "..",
    "encoded traversal": "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "mixed traversal": "..%2F..%2F..%2Fnewsreader%2Fsettings.py",
    "backslash traversal": "..%5C..%5Cwindows",
    "NUL": "a%00b",
    "lone surrogate": "%ED%A0%80",
    "truncated UTF-8": "%E0%A4",
    "invalid percent-encoding": "%ZZ",
    "overlong ASCII": "a" * 5_000,
    "overlong Arabic": quote("ب" * 2_000),
    "huge id": "99999999999999999999999999",
    "negative id": "-1",
    "markup": quote("<script>alert(1)</script>"),
    "SQL": quote("x' OR '1'='1"),
}


@pytest.fixture
def site():
    return make_site()


def assert_handled(response, what: str, *, method: str = "GET") -> None:
    """A 2xx page, a redirect or a 4xx with an Arabic page; never a 500, never a traceback."""
    status = response.status_code
    assert status < 500, f"{what}: {status}"
    if status in REDIRECTS or method == "HEAD":
        return
    html = response["Content-Type"].startswith("text/html")
    if status < 400 and not html:
        return  # a share card, a feed, a sitemap or robots.txt served normally
    body = response.content.decode("utf-8")
    assert "Traceback" not in body, what
    if response["Content-Type"].startswith("application/json"):
        return
    if status >= 400 or method == "GET":
        assert '<html lang="ar" dir="rtl">' in body, f"{what}: {status} without the Arabic page"
        heading = re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S)
        assert heading and ARABIC.search(heading.group(1)), f"{what}: no Arabic heading"


@pytest.mark.parametrize("query", QUERY_STRINGS.values(), ids=QUERY_STRINGS.keys())
def test_hostile_query_strings_get_a_page_or_a_clear_4xx(client, site, query):
    for url in page_urls(site):
        joined = f"{url}{'&' if '?' in url else '?'}{query}"
        assert_handled(client.get(joined), joined[:200])


def test_raw_undecodable_bytes_in_the_query_string_are_handled(client, site):
    raw = bytes(range(1, 256)).decode("latin-1")  # what a WSGI server hands over
    for url in page_urls(site):
        assert_handled(client.generic("GET", url, QUERY_STRING=raw), url)


@pytest.mark.parametrize("slug", SLUGS.values(), ids=SLUGS.keys())
def test_hostile_slugs_and_ids_are_not_found_or_redirected(client, site, slug):
    for url in slug_urls(site, slug):
        response = client.get(url)
        assert_handled(response, url[:200])
        assert response.status_code in (404, *REDIRECTS), url[:200]


def test_path_traversal_never_serves_a_file_from_outside_static(client, site):
    for url in ("/static/../newsreader/settings.py", "/static/%2e%2e/manage.py", "/../etc/passwd"):
        response = client.get(url)
        assert response.status_code == 404, url
        assert b"SECRET_KEY" not in response.content and b"root:" not in response.content


def test_a_valid_but_unknown_article_id_is_not_found(client, site):
    assert client.get(f"/articles/{site.article.pk + 1000}/x/").status_code == 404
    assert client.get(f"/a/{site.article.pk + 1000}").status_code == 404


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE", "TRACE", "PROPFIND"])
def test_other_methods_on_read_only_pages_get_405_naming_the_allowed_ones(client, site, method):
    for url in page_urls(site):
        response = client.generic(method, url, data="title=x")
        if response.status_code == 404:
            continue  # the unknown page stays unknown whatever the method
        assert response.status_code == 405, f"{method} {url}: {response.status_code}"
        assert response["Allow"] == "GET, HEAD, OPTIONS"
        assert_handled(response, f"{method} {url}", method=method)
        assert "للقراءة فقط" in response.content.decode()


@pytest.mark.parametrize("method", ["HEAD", "OPTIONS"])
def test_head_and_options_answer_like_a_read(client, site, method):
    for url in page_urls(site):
        response = client.generic(method, url)
        assert_handled(response, f"{method} {url}", method=method)
        assert response.status_code in (200, 404, *REDIRECTS), f"{method} {url}"


def test_a_forged_host_header_gets_an_arabic_400(client, site):
    response = client.get("/", headers={"host": "evil.example"})
    assert response.status_code == 400
    assert_handled(response, "forged host")


def test_the_admin_still_takes_posts_and_refuses_a_forged_one_in_arabic(site):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/admin/login/", {"username": "x", "password": "y"})
    assert response.status_code == 403  # a CSRF refusal, not "method not allowed"
    assert_handled(response, "admin login without a token")
    assert "أعد تحميل الصفحة" in response.content.decode()
