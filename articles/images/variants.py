"""The sizes and formats of a lead image that readers are served, made once when it is saved.

From the uploaded original: its EXIF orientation applied, its colours converted to sRGB,
every metadata block left out (EXIF with a camera's GPS position, XMP, the ICC profile),
then at each width of `WIDTHS` the original reaches (never enlarged) one AVIF (WebP where
Pillow lacks AVIF) and one JPEG for browsers without it. They are written through Django's
default storage (MEDIA_ROOT or S3) under names carrying a digest of the original, so a URL
never changes what it serves and can be cached for a year.

`Article.image_variants` records them (storage names, not URLs: a storage's address may
change), with the image they were made from, so a save makes them again only when the image
changed. `articles.changes` calls `refresh` before every save of an article.
"""

from __future__ import annotations

import hashlib
import io
import logging
import posixpath
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import Storage, default_storage
from django.db import transaction
from PIL import Image, ImageCms, ImageOps, features

from .uploads import open_image

log = logging.getLogger(__name__)

WIDTHS = (480, 800, 1200, 1600)
# What link previews show (og:image): Facebook's and X's recommended width.
SHARE_WIDTH = 1200
JPEG_OPTIONS: dict[str, Any] = {"quality": 80, "optimize": True, "progressive": True}
if features.check("avif"):
    MODERN_FORMAT, MODERN_TYPE, MODERN_EXTENSION = "AVIF", "image/avif", "avif"
    # Speed 8 encodes in a quarter of speed 7's time for about the same bytes.
    MODERN_OPTIONS: dict[str, Any] = {"quality": 50, "speed": 8}
else:  # pragma: no cover - Pillow's wheels carry libavif since 11.3
    MODERN_FORMAT, MODERN_TYPE, MODERN_EXTENSION = "WEBP", "image/webp", "webp"
    MODERN_OPTIONS = {"quality": 75, "method": 4}
_SRGB = ImageCms.createProfile("sRGB")
ORIENTATION = 0x0112  # EXIF: how the camera was held
SIDEWAYS = {5, 6, 7, 8}  # orientations that swap width and height


def make(name: str, storage: Storage | None = None) -> dict[str, Any]:
    """Make and store the variants of the stored image `name`; what `image_variants` holds.

    Raises ValidationError for a file that is not an acceptable image (uploads.open_image).
    """
    storage = storage or default_storage
    with storage.open(name, "rb") as file:
        data = file.read()
    opened = open_image(io.BytesIO(data))
    width, height = opened.size
    if opened.getexif().get(ORIENTATION, 1) in SIDEWAYS:
        width, height = height, width
    # A JPEG decodes at a half, a quarter or an eighth of its size for a fraction of the
    # cost: the smallest scale still at least the widest variant, either way up.
    opened.draft("RGB", (WIDTHS[-1], WIDTHS[-1]))
    image = _prepared(opened)
    stem = posixpath.splitext(posixpath.basename(name))[0][:40] or "image"
    folder = posixpath.join(posixpath.dirname(name), "variants")
    digest = hashlib.sha256(data).hexdigest()[:12]
    sizes = []
    # Widest first, each from the one before: resampling 24 megapixels once, not four times.
    for target in reversed(widths_for(width)):
        if target != image.width:
            image = _resized(image, target)
        base = f"{folder}/{stem}-{digest}-{target}w"
        sizes.append(
            {
                "width": image.width,
                "height": image.height,
                "jpeg": _save(storage, f"{base}.jpg", image, "JPEG", JPEG_OPTIONS),
                "modern": _save(
                    storage, f"{base}.{MODERN_EXTENSION}", image, MODERN_FORMAT, MODERN_OPTIONS
                ),
            }
        )
    sizes.reverse()
    return {"source": name, "width": width, "height": height, "type": MODERN_TYPE, "sizes": sizes}


def widths_for(width: int) -> list[int]:
    """The widths made from an original `width` pixels wide: those it reaches, or itself."""
    return [w for w in WIDTHS if w <= width] or [width]


def refresh(article, update_fields: Iterable[str] | None = None) -> None:
    """Before `article` is saved: make its image's variants if the image changed since they
    were made (the replaced ones' files are deleted by `delete_replaced`, after the save).

    An image that cannot be read leaves no variants (pages then show the original); the
    newsroom's form refuses such a file before it gets here.
    """
    if update_fields is not None and "image" not in update_fields:
        return  # a save of other fields (publishing, say) leaves the image as it is
    before = article.image_variants or {}
    field = article.image
    if field and not field._committed:
        # What the field's own pre_save would do next: store the upload, under its final name.
        field.save(field.name, field.file, save=False)
    name = field.name if field else ""
    if before.get("source", "") == name:
        return
    made: dict[str, Any] = {}
    if name:
        try:
            made = make(name)
        except (ValidationError, OSError):
            log.warning("No variants for %s: the image could not be read", name, exc_info=True)
    article.image_variants = made
    article._replaced_variants = set(files_of(before)) - set(files_of(made))


def delete_replaced(article) -> None:
    """After `article` was saved: delete the files of the variants its new image replaced,
    once the save commits (a save rolled back still has them)."""
    replaced = getattr(article, "_replaced_variants", None)
    if replaced:
        article._replaced_variants = set()
        transaction.on_commit(lambda: delete(replaced))


def files_of(variants: dict[str, Any]) -> list[str]:
    return [size[kind] for size in variants.get("sizes", ()) for kind in ("jpeg", "modern")]


def delete(names: Iterable[str], storage: Storage | None = None) -> None:
    storage = storage or default_storage
    for name in names:
        try:
            storage.delete(name)
        except OSError:
            log.warning("Could not delete the image variant %s", name, exc_info=True)


def _prepared(image: Image.Image) -> Image.Image:
    """Upright, in sRGB, three channels (transparency on white), no metadata."""
    if getattr(image, "n_frames", 1) > 1:
        image.seek(0)  # an animation's first frame
    image = ImageOps.exif_transpose(image)
    profile = image.info.get("icc_profile")
    if profile and image.mode in ("RGB", "RGBA", "CMYK", "L"):
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
            mode = "RGBA" if image.mode == "RGBA" else "RGB"
            image = ImageCms.profileToProfile(image, source, _SRGB, outputMode=mode) or image
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass  # an unreadable profile: the pixels as they are
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, "white")
        flat.paste(rgba, mask=rgba.getchannel("A"))
        image = flat
    elif image.mode != "RGB":
        image = image.convert("RGB")
    image.info = {}  # nothing of the original's metadata travels into a variant
    return image


def _resized(image: Image.Image, width: int) -> Image.Image:
    height = max(1, round(image.height * width / image.width))
    resized = image.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=3.0)
    resized.info = {}
    return resized


def _save(storage: Storage, name: str, image: Image.Image, format: str, options: dict) -> str:
    buffer = io.BytesIO()
    image.save(buffer, format, **options)
    return storage.save(name, ContentFile(buffer.getvalue()))
