"""Several gunicorn workers with the default settings: what one process changes, every
worker stops serving within a second.

The site runs as production does (`gunicorn.conf.py`, DEBUG off, collected static files)
with no `CACHE_URL`, so each worker has its own local-memory page cache. Changes are made
from another process, as an editor's save on another worker or a management command is.
"""

from __future__ import annotations

import json
import time

import pytest

from tests.servers import (
    Gunicorn,
    collected_static,
    manage,
    production_env,
    scratch_database,
)

pytestmark = pytest.mark.outage

WORKERS = 4
# Enough requests per page that each of the workers serves, and caches, every page.
TRIES = 6 * WORKERS
TITLE = "وزير الخارجية يزور موسكو"
CORRECTED = "وزير الخارجية يصل إلى موسكو"
ARTICLES = [
    {
        "title": TITLE,
        "body": "وصل وزير الخارجية إلى موسكو في زيارة رسمية.\n\nويلتقي نظيره الروسي غدا.",
        "author": "سارة علي",
        "source": "وكالة الأنباء",
        "tags": ["سياسة"],
        "source_url": "https://example.org/visit",
        "published_at": "2026-11-01T09:00:00+02:00",
    },
    {
        "title": "أسعار النفط ترتفع",
        "body": "ارتفعت أسعار النفط في موسكو ولندن.",
        "author": "سارة علي",
        "source": "وكالة الأنباء",
        "tags": ["سياسة"],
        "source_url": "https://example.org/oil",
        "published_at": "2026-11-02T09:00:00+02:00",
    },
]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("workers")
    static = collected_static(root / "static")
    with scratch_database(root) as database_url:
        env = production_env(DATABASE_URL=database_url, STATIC_ROOT=str(static))
        manage("migrate", "--noinput", env=env)
        lines = "\n".join(json.dumps(article, ensure_ascii=False) for article in ARTICLES)
        (root / "articles.jsonl").write_text(lines + "\n", encoding="utf-8")
        (root / "entities.jsonl").write_text(
            json.dumps({"name": "موسكو", "kind": "place"}, ensure_ascii=False) + "\n",
            encoding="utf-8",
        )
        manage("import_entities", str(root / "entities.jsonl"), env=env)
        manage("import_articles", str(root / "articles.jsonl"), env=env)
        server = Gunicorn(env, workers=WORKERS)
        try:
            server.wait_until("/", 200)
            yield server, env
        finally:
            server.stop()


def _shell(env: dict[str, str], code: str) -> str:
    return manage("shell", "--no-imports", "-c", code, env=env)


def _pages(env: dict[str, str]) -> list[str]:
    """Every kind of public page that shows the first article."""
    found = _shell(
        env,
        "from articles.models import *; a = Article.objects.get(source_url='https://example.org/visit');"
        "print(a.pk, a.slug, Tag.objects.get().slug, Entity.objects.get().slug,"
        " Author.objects.get().slug, Source.objects.get().slug, sep='|')",
    )
    pk, slug, tag, entity, author, source = found.strip().split("|")
    return [
        "/",
        f"/articles/{pk}/{slug}/",
        f"/tags/{tag}/",
        f"/tags/{tag}/feed/",
        f"/entities/{entity}/",
        f"/entities/{entity}/feed/",
        f"/authors/{author}/",
        f"/authors/{author}/feed/",
        f"/sources/{source}/",
        f"/sources/{source}/feed/",
        "/feed/",
        "/sitemap-articles.xml",
        "/news-sitemap.xml",
        "/search/?q=موسكو",
        "/search/?q=الخارجية",
    ]


def _warm(server: Gunicorn, pages: list[str]) -> None:
    for page in pages:
        hits = 0
        for _ in range(TRIES):
            response = server.get(page)
            assert response.status == 200, (page, response.status)
            hits += response.headers.get("X-Page-Cache") == "hit"
        assert hits >= TRIES - WORKERS, f"{page} was not cached by the workers"


def _stale(server: Gunicorn, pages: list[str], *, shows: str) -> list[str]:
    """The pages that still show `shows`, on any of TRIES requests each."""
    return [page for page in pages for _ in range(TRIES) if shows in server.get(page).body]


def test_a_correction_and_a_trashing_reach_every_worker_within_a_second(site):
    server, env = site
    pages = _pages(env)
    _warm(server, pages)
    _shell(
        env,
        "from articles.importing import ArticleData, save_article; "
        "from articles.models import Article; "
        "a = Article.objects.get(source_url='https://example.org/visit'); "
        f"a.title = '{CORRECTED}'; a.save(); "
        "from articles.changes import article_saved; article_saved(a)",
    )
    time.sleep(1.0)
    article_pages = [page for page in pages if page.startswith("/articles/")]
    assert _stale(server, pages, shows=TITLE) == []
    assert all(CORRECTED in server.get(page).body for page in article_pages)

    _warm(server, pages)
    _shell(
        env,
        "from articles import workflow; from articles.models import Article; "
        "workflow.move_to_trash(Article.objects.filter(source_url='https://example.org/visit'))",
    )
    time.sleep(1.0)
    assert _stale(server, pages, shows=CORRECTED) == []
    for page in article_pages:
        assert {server.get(page).status for _ in range(TRIES)} == {404}


def test_unpublishing_reaches_every_worker_within_a_second(site):
    server, env = site
    pages = [page for page in _pages(env) if "/articles/" not in page]
    _warm(server, pages)
    _shell(
        env,
        "from articles import workflow; from articles.models import Article; "
        "workflow.unpublish(Article.objects.filter(source_url='https://example.org/oil'))",
    )
    time.sleep(1.0)
    assert _stale(server, pages, shows="أسعار النفط ترتفع") == []
