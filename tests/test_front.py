"""Through the real front: Varnish (deploy/varnish/default.vcl) in front of gunicorn, as
`make serve` runs them, on free ports.

Readers' pages are served from the front's cache; an editor's unpublishing or trashing,
made in another process through the workflow, reaches every page that showed the story
within a second; the admin, previews and logged-in readers are never served from the
front's cache; anonymous readers' cookies do not keep pages from being shared; slow
clients hold no gunicorn worker. `make test` installs Varnish (`make front-deps`): without
it these tests fail, never skip.
"""

from __future__ import annotations

import http.client
import json
import re
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from urllib.parse import quote

import pytest

from deploy.serve import Front, backend_env
from tests.servers import (
    ROOT,
    Gunicorn,
    collected_static,
    free_port,
    manage,
    production_env,
    scratch_database,
)

pytestmark = pytest.mark.front

WORKERS = 2
TAG = "سياسة"
ARTICLES = [
    {
        "title": "وزير الخارجية يزور موسكو",
        "body": "وصل وزير الخارجية إلى موسكو في زيارة رسمية.\n\nويلتقي نظيره الروسي غدا.",
        "author": "سارة علي",
        "source": "وكالة الأنباء",
        "tags": [TAG],
        "source_url": "https://example.org/visit",
        "published_at": "2026-11-01T09:00:00+02:00",
    },
    {
        "title": "أسعار النفط ترتفع في الأسواق",
        "body": "ارتفعت أسعار النفط في موسكو ولندن.",
        "author": "سارة علي",
        "source": "وكالة الأنباء",
        "tags": [TAG],
        "source_url": "https://example.org/oil",
        "published_at": "2026-11-02T09:00:00+02:00",
    },
    {
        "title": "مسودة لم تنشر بعد",
        "body": "نص لم يراجعه رئيس التحرير.",
        "source": "وكالة الأنباء",
        "tags": [TAG],
        "source_url": "https://example.org/draft",
        "status": "draft",
    },
]

SESSION_CODE = """
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.contrib.sessions.backends.db import SessionStore
user = get_user_model().objects.create_superuser("editor", "e@example.org", "pass-word-123")
session = SessionStore()
session[SESSION_KEY] = str(user.pk)
session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
session[HASH_SESSION_KEY] = user.get_session_auth_hash()
session.create()
print(session.session_key)
"""

IDS_CODE = """
import json
from articles.models import Article
print(json.dumps({a.source_url: [a.pk, a.get_absolute_url()] for a in Article.objects.all()}))
"""


@dataclass
class Reply:
    status: int
    headers: http.client.HTTPMessage
    body: str

    @property
    def hit(self) -> bool:
        return self.headers.get("X-Cache") == "HIT"


def get(port: int, path: str, headers: dict[str, str] | None = None) -> Reply:
    """One GET, redirects not followed (a short link's 301 is a page of its own)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", quote(path, safe="/?=&%;"), headers=headers or {})
        response = connection.getresponse()
        return Reply(response.status, response.headers, response.read().decode(errors="replace"))
    finally:
        connection.close()


@dataclass
class Site:
    front: Front
    backend: Gunicorn
    env: dict[str, str]
    session: str
    articles: dict[str, tuple[int, str]]

    def get(self, path: str, headers: dict[str, str] | None = None) -> Reply:
        return get(self.front.port, path, headers)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    if not shutil.which("varnishd"):
        pytest.fail("varnishd is missing: `make front-deps` installs Varnish and varnish-modules")
    root = tmp_path_factory.mktemp("front")
    static = collected_static(root / "static")
    port, purge_port = free_port(), free_port()
    with scratch_database(root) as database_url:
        env = production_env(DATABASE_URL=database_url, STATIC_ROOT=str(static))
        env = backend_env(f"http://127.0.0.1:{purge_port}/", env)
        manage("migrate", "--noinput", env=env)
        lines = "\n".join(json.dumps(article, ensure_ascii=False) for article in ARTICLES)
        (root / "articles.jsonl").write_text(lines + "\n", encoding="utf-8")
        manage("import_articles", str(root / "articles.jsonl"), env=env)
        session = manage("shell", "--no-imports", "-c", SESSION_CODE, env=env).strip()
        articles = json.loads(manage("shell", "--no-imports", "-c", IDS_CODE, env=env))
        backend = Gunicorn(env, workers=WORKERS)
        front = Front(port, purge_port, backend.port, memory="64m", quiet=True)
        try:
            backend.wait_until("/", 200)
            front.wait()
            yield Site(front, backend, env, session, {k: tuple(v) for k, v in articles.items()})
        finally:
            front.stop()
            backend.stop()


def _warm(site: Site, path: str) -> Reply:
    """Ask twice: the second answer comes from the front's cache."""
    site.get(path)
    return site.get(path)


def test_a_readers_pages_are_served_from_the_front(site):
    pk, url = site.articles["https://example.org/oil"]
    for path in (url, f"/a/{pk}", f"/articles/{pk}/card.png", "/", "/feed/"):
        reply = _warm(site, path)
        assert reply.status in (200, 301), path
        assert reply.hit, (path, reply.headers)
        assert "Age" in reply.headers
        assert "xkey" not in reply.headers  # the site's business


def _pages(pk: int, url: str) -> dict[str, str]:
    return {
        "article": url,
        "short link": f"/a/{pk}",
        "card": f"/articles/{pk}/card.png",
        "home": "/",
        "tag": f"/tags/{TAG}/",
        "feed": "/feed/",
        "tag feed": f"/tags/{TAG}/feed/",
    }


def _shows(reply: Reply, title: str, pk: int) -> bool:
    if reply.status == 404:
        return False
    if reply.status == 301:
        return True  # the short link to a public article
    return title in reply.body or reply.headers.get("Content-Type") == "image/png"


@pytest.mark.parametrize(
    ("source_url", "action"),
    [("https://example.org/visit", "unpublish"), ("https://example.org/oil", "move_to_trash")],
)
def test_an_editors_change_reaches_every_page_at_the_front_within_a_second(
    site, source_url, action
):
    pk, url = site.articles[source_url]
    title = str(next(a["title"] for a in ARTICLES if a["source_url"] == source_url))
    pages = _pages(pk, url)
    for name, path in pages.items():
        reply = _warm(site, path)
        assert reply.hit and _shows(reply, title, pk), name
    code = (
        "import time\nfrom articles import workflow\nfrom articles.models import Article\n"
        f"workflow.{action}(Article.objects.filter(pk={pk}))\nprint(time.time(), flush=True)\n"
    )
    editor = subprocess.Popen(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=ROOT,
        env=site.env,
        stdout=subprocess.PIPE,
        text=True,
    )
    seen: list[tuple[float, str, bool]] = []
    finished_at = None
    while finished_at is None or time.time() < finished_at + 1.5:
        for name, path in pages.items():
            reply = site.get(path)
            seen.append((time.time(), name, _shows(reply, title, pk)))
        if finished_at is None and editor.poll() is not None:
            finished_at = time.time()
        time.sleep(0.01)
    assert editor.returncode == 0
    committed = float(editor.stdout.read().split()[-1])
    for name in pages:
        shown = [(at, shows) for at, page, shows in seen if page == name]
        gone_at = next((at for at, shows in shown if not shows), None)
        assert gone_at is not None, f"{name} still showed it {shown[-1][0] - committed:.1f} s on"
        assert gone_at - committed < 1.0, f"{name} still showed it {gone_at - committed:.2f} s on"
        assert not any(shows for at, shows in shown if at > gone_at), f"{name} came back"
    assert site.get(url).status == 404


def test_the_admin_previews_and_logged_in_readers_never_get_the_fronts_copy(site):
    pk, url = site.articles["https://example.org/draft"]
    editor = {"Cookie": f"sessionid={site.session}; csrftoken=abc"}
    assert _warm(site, "/").hit  # what anonymous readers share
    for path in ("/admin/", "/admin/articles/article/", url, "/", f"/articles/{pk}/card.png"):
        replies = [site.get(path, editor) for _ in range(3)]
        assert all(reply.status == 200 for reply in replies), path
        assert not any(reply.hit for reply in replies), path
        assert all("private" in reply.headers["Cache-Control"] for reply in replies), path
    # The preview was never kept: an anonymous reader gets the draft's 404.
    assert site.get(url).status == 404
    assert "مسودة" not in site.get("/").body
    login = [site.get("/admin/login/") for _ in range(2)]
    assert not any(reply.hit for reply in login)
    assert all("csrftoken" in (reply.headers.get("Set-Cookie") or "") for reply in login)


def test_anonymous_readers_cookies_are_stripped_so_pages_are_shared(site):
    _warm(site, "/tags/")
    reply = site.get("/tags/", {"Cookie": "_ga=GA1.2.345; csrftoken=abc; theme=dark"})
    assert reply.hit and reply.status == 200
    assert "Set-Cookie" not in reply.headers


def test_static_files_compression_and_purges(site):
    css = re.search(r'href="(/static/[^"]+\.css)"', site.get("/").body).group(1)
    reply = _warm(site, css)
    assert reply.hit and "max-age=315360000" in reply.headers["Cache-Control"]
    assert _warm(site, "/feed/").headers.get("Content-Encoding") is None
    gzipped = get(site.front.port, "/feed/", {"Accept-Encoding": "gzip"})
    assert gzipped.headers.get("Content-Encoding") == "gzip"
    # Purges are taken from the purge listener only.
    for port, expected in ((site.front.port, 403), (site.front.purge_port, 200)):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        connection.request("PURGE", "/", headers={"xkey-purge": "home"})
        assert connection.getresponse().status == expected
        connection.close()


def _slow_client(port: int) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port))
    sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # and never the rest
    return sock


def test_slow_clients_hold_no_gunicorn_worker(site):
    # Straight at gunicorn, as many slow clients as workers stop it answering anyone...
    direct = [_slow_client(site.backend.port) for _ in range(WORKERS)]
    try:
        with pytest.raises(OSError):  # a timeout
            connection = http.client.HTTPConnection("127.0.0.1", site.backend.port, timeout=1)
            connection.request("GET", "/healthz")
            connection.getresponse()
    finally:
        for sock in direct:
            sock.close()
    # ...while through the front, ten times as many change nothing for a reader whose
    # page is not in the front's cache.
    slow = [_slow_client(site.front.port) for _ in range(10 * WORKERS)]
    try:
        started = time.monotonic()
        reply = site.get(f"/search/?q=موسكو&page=1&n={time.monotonic_ns()}")
        assert reply.status == 200 and not reply.hit
        assert time.monotonic() - started < 1.0
    finally:
        for sock in slow:
            sock.close()
