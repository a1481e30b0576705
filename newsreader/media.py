"""Uploaded images from the local MEDIA_ROOT, in development and in production alike.

With `MEDIA_STORAGE_URL` unset, uploads live on this server's disk and this view serves
them (`make run` and gunicorn with DEBUG off); with S3 the storage serves them itself and
this view is not routed. Only image files are served, only from inside MEDIA_ROOT: a path
with `..`, a hidden segment, a link out of the folder or another kind of file is a 404,
like a missing file. An image variant's name carries a digest of its original
(articles/images/variants.py), so it is cached for a year; an original for a day.
"""

from __future__ import annotations

import posixpath
from pathlib import Path

from django.conf import settings
from django.http import (
    FileResponse,
    Http404,
    HttpRequest,
    HttpResponseBase,
    HttpResponseNotModified,
)
from django.urls import URLPattern, re_path
from django.utils.http import http_date
from django.views.decorators.http import require_safe
from django.views.static import was_modified_since

IMAGE_TYPES = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".avif": "image/avif",
}
VARIANT_CACHE = "public, max-age=31536000, immutable"
ORIGINAL_CACHE = "public, max-age=86400"


def media_file(path: str) -> Path | None:
    """The file under MEDIA_ROOT that `path` names, if it is one this view may serve."""
    parts = path.split("/")
    if any(part in ("", ".", "..") or part.startswith(".") for part in parts):
        return None
    if "\\" in path or "\x00" in path:
        return None
    if posixpath.splitext(path)[1].lower() not in IMAGE_TYPES:
        return None
    root = Path(settings.MEDIA_ROOT).resolve()
    try:
        full = root.joinpath(*parts).resolve(strict=True)
    except (OSError, RuntimeError, ValueError):
        return None
    if not full.is_relative_to(root) or not full.is_file():
        return None
    return full


@require_safe
def serve(request: HttpRequest, path: str) -> HttpResponseBase:
    full = media_file(path)
    if full is None:
        raise Http404(path)
    stat = full.stat()
    if not was_modified_since(request.META.get("HTTP_IF_MODIFIED_SINCE"), stat.st_mtime):
        return HttpResponseNotModified()
    response = FileResponse(full.open("rb"), content_type=IMAGE_TYPES[full.suffix.lower()])
    response["Last-Modified"] = http_date(stat.st_mtime)
    response["Cache-Control"] = VARIANT_CACHE if "/variants/" in f"/{path}" else ORIGINAL_CACHE
    return response


def urlpatterns() -> list[URLPattern]:
    """The route to this view while uploads are on local disk (none with S3)."""
    if not settings.STORAGES["default"]["BACKEND"].endswith("FileSystemStorage"):
        return []
    prefix = settings.MEDIA_URL.strip("/")
    return [re_path(rf"^{prefix}/(?P<path>.+)$", serve, name="media")]
