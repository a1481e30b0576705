"""Uploaded images answer at their /media/ URL: under the test client with DEBUG on and off,
and under gunicorn as production runs it, with long cache lifetimes for variants, 404 for
what is missing or outside the media folder, and no route at all when S3 serves them."""

from __future__ import annotations

import os
import urllib.error
import urllib.request

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from newsreader import media
from tests.factories import make_article
from tests.pictures import jpeg, upload
from tests.servers import (
    Gunicorn,
    collected_static,
    manage,
    production_env,
    scratch_database,
)


@pytest.fixture
def article(db):
    return make_article(image=upload(jpeg(1000, 500)), image_alt="صورة")


@pytest.mark.parametrize("debug", [True, False])
def test_an_upload_and_its_variants_answer_200(client, settings, article, debug):
    settings.DEBUG = debug
    original = client.get(article.image.url)
    assert original.status_code == 200
    assert original["Content-Type"] == "image/jpeg"
    assert original["Cache-Control"] == "public, max-age=86400"
    with default_storage.open(article.image.name, "rb") as file:
        assert b"".join(original.streaming_content) == file.read()
    for size in article.image_variants["sizes"]:
        variant = client.get(default_storage.url(size["modern"]))
        assert variant.status_code == 200
        assert variant["Content-Type"] == "image/avif"
        assert variant["Cache-Control"] == "public, max-age=31536000, immutable"


def test_images_are_not_gzipped_and_keep_their_length(client, article):
    response = client.get(article.image.url, HTTP_ACCEPT_ENCODING="gzip")
    assert "Content-Encoding" not in response
    assert int(response["Content-Length"]) == article.image.size


def test_a_conditional_request_gets_304(client, article):
    first = client.get(article.image.url)
    again = client.get(article.image.url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert again.status_code == 304


def test_a_missing_file_is_404(client, db):
    assert client.get("/media/articles/2026/12/nothing-here.jpg").status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/media/../manage.py",
        "/media/../newsreader/settings.py",
        "/media/articles/../../manage.py",
        "/media/%2e%2e/manage.py",
        "/media/articles/..%2f..%2fmanage.py",
        "/media//etc/passwd",
        "/media/.secret.jpg",
        "/media/notes.txt",
        "/media/outside.jpg",
        "/media/articles",
    ],
)
def test_nothing_outside_the_media_images_is_served(client, db, settings, tmp_path, path):
    root = tmp_path / "media"
    root.mkdir()
    settings.MEDIA_ROOT = root
    (root / ".secret.jpg").write_bytes(jpeg(10, 10))
    (root / "notes.txt").write_text("private")
    (root / "articles").mkdir()
    (tmp_path / "outside.jpg").write_bytes(jpeg(10, 10))
    (root / "outside.jpg").symlink_to(tmp_path / "outside.jpg")
    assert client.get(path).status_code == 404


def test_readers_cannot_write_to_media(client, article):
    assert client.post(article.image.url).status_code == 405


def test_with_s3_the_storage_serves_media_itself(settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": {}},
    }
    assert media.urlpatterns() == []


def test_gunicorn_with_debug_off_serves_an_upload(tmp_path):
    root = tmp_path / "media"
    name = "articles/2026/12/lead.jpg"
    (root / "articles/2026/12").mkdir(parents=True)
    (root / name).write_bytes(data := jpeg(200, 100))
    static = collected_static(tmp_path / "static")  # the Arabic 404 page needs them
    with scratch_database(tmp_path) as database_url:
        env = production_env(
            DATABASE_URL=database_url, MEDIA_ROOT=str(root), STATIC_ROOT=str(static)
        )
        manage("migrate", "--noinput", env=env)
        server = Gunicorn(env)
        try:
            server.wait_until("/healthz", 200)
            with urllib.request.urlopen(f"{server.base}/media/{name}", timeout=10) as reply:
                assert reply.status == 200 and reply.read() == data
                assert reply.headers["Content-Type"] == "image/jpeg"
            with pytest.raises(urllib.error.HTTPError) as missing:
                urllib.request.urlopen(f"{server.base}/media/articles/none.jpg", timeout=10)
            assert missing.value.code == 404
        finally:
            server.stop()
    assert os.listdir(root / "articles/2026/12") == ["lead.jpg"]


def test_storage_writes_go_to_the_test_media_folder(db):
    name = default_storage.save("probe.jpg", ContentFile(jpeg(10, 10)))
    try:
        assert "newsreader-test-media-" in default_storage.path(name)
    finally:
        default_storage.delete(name)
