"""Several app servers: reads from a replica, a shared cache, media on S3-compatible storage."""

import json
import os
import subprocess
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import connection, connections, transaction
from django.test.utils import CaptureQueriesContext

from articles.models import Article
from newsreader.db_router import ReplicaRouter
from newsreader.storage_url import media_storage

ROUTER = ["newsreader.db_router.ReplicaRouter"]
DERIVED = ["articles.routers.DerivedDataRouter"]  # always there (articles/routers.py)


def _settings_with(**environ) -> dict:
    """The project's settings as a fresh process builds them from `environ`."""
    code = (
        "import json, newsreader.settings as s; print(json.dumps({'databases': "
        "sorted(s.DATABASES), 'routers': getattr(s, 'DATABASE_ROUTERS', []), "
        "'media': s.STORAGES['default']}))"
    )
    env = {**os.environ, "DEBUG": "1", **environ}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)


def test_a_replica_url_adds_a_replica_and_the_router():
    plain = _settings_with()
    assert plain["databases"] == ["default"] and plain["routers"] == DERIVED
    scaled = _settings_with(DATABASE_REPLICA_URL="postgres://reader@replica.internal:5432/news")
    assert scaled["databases"] == ["default", "replica"]
    assert scaled["routers"] == [*DERIVED, *ROUTER]


@pytest.fixture
def replica(settings):
    settings.DATABASE_ROUTERS = ROUTER
    yield connections["replica"]
    connections["replica"].close()  # a second session would keep the test database open


@pytest.mark.django_db
def test_readers_read_from_the_replica_and_writes_go_to_the_primary(replica):
    assert Article.objects.all().db == "replica"
    assert ReplicaRouter().db_for_write(Article) == "default"


@pytest.mark.django_db(databases=["default", "replica"])
@pytest.mark.skipif(
    connection.vendor == "sqlite", reason="SQLite's shared in-memory test database is locked"
)
def test_a_readers_page_is_read_from_the_replica(client, replica):
    # The replica alias is a second session on the test database: it cannot see this
    # test's uncommitted rows, so the page is empty, but it is the replica that is asked.
    with CaptureQueriesContext(replica) as replica_queries:
        assert client.get("/").status_code == 200
    assert replica_queries.captured_queries


@pytest.mark.django_db(databases=["default", "replica"])
@pytest.mark.skipif(
    connection.vendor == "sqlite", reason="SQLite's shared in-memory test database is locked"
)
def test_an_article_page_is_read_from_the_replica(client, replica):
    # Its stored page is read in SQL written out (storedpages.public): it follows the router.
    with CaptureQueriesContext(replica) as replica_queries:
        client.get("/articles/1/")
    assert any("storedpage" in q["sql"] for q in replica_queries.captured_queries)


@pytest.mark.django_db(databases=["default", "replica"])
@pytest.mark.skipif(
    connection.vendor == "sqlite", reason="SQLite's shared in-memory test database is locked"
)
def test_the_page_cache_reads_its_epoch_where_readers_pages_are_read(replica):
    # A page rendered from a lagging replica is then never stored under a newer epoch.
    from articles.stored import freshness as renderer

    renderer._known.expire()
    with CaptureQueriesContext(replica) as on_replica:
        renderer.current_epoch()
    assert any("renderepoch" in query["sql"] for query in on_replica.captured_queries)


@pytest.mark.django_db
def test_inside_a_write_reads_stay_on_the_primary(replica):
    with transaction.atomic():
        assert Article.objects.all().db == "default"
    assert ReplicaRouter().allow_migrate("replica", "articles") is False


def test_media_goes_to_s3_compatible_storage_when_a_url_is_given():
    assert media_storage("")["BACKEND"].endswith("FileSystemStorage")
    storage = media_storage(
        "s3://news-media/uploads?endpoint_url=https://s3.example.org&region_name=eu-1"
        "&querystring_auth=false"
    )
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    assert storage["OPTIONS"] == {
        "bucket_name": "news-media",
        "location": "uploads",
        "endpoint_url": "https://s3.example.org",
        "region_name": "eu-1",
        "querystring_auth": False,
        "file_overwrite": False,
    }
    settings = _settings_with(MEDIA_STORAGE_URL="s3://news-media")
    assert settings["media"]["BACKEND"] == "storages.backends.s3.S3Storage"


def test_the_s3_backend_is_installed_and_builds_from_those_options():
    from storages.backends.s3 import S3Storage

    options = media_storage(
        "s3://news-media/uploads?endpoint_url=https://s3.example.org&querystring_auth=false"
    )
    storage = S3Storage(**options["OPTIONS"])
    assert storage.bucket_name == "news-media"
    assert storage.url("a.jpg").startswith("https://s3.example.org/news-media/uploads/a.jpg")


@pytest.mark.parametrize("url", ["ftp://bucket", "s3://", "s3://bucket?colour=blue"])
def test_a_bad_media_url_is_refused_clearly(url):
    with pytest.raises(ImproperlyConfigured):
        media_storage(url)
