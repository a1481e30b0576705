"""What the newsroom may upload as a lead image, checked before Pillow decodes a pixel.

A small file can claim billions of pixels (a decompression bomb): the size Pillow reads
from the header is checked against `IMAGE_MAX_PIXELS` before the image is decoded, and
Pillow's own bomb warning is an error here. Every refusal is an Arabic sentence an editor
can act on.
"""

from __future__ import annotations

import warnings
from typing import IO

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

# Photographs and graphics as newsrooms receive them (MPO: a camera's JPEG with a preview).
ACCEPTED_FORMATS = frozenset({"JPEG", "MPO", "PNG", "WEBP", "AVIF", "GIF"})


def open_image(file: IO[bytes]) -> Image.Image:
    """The image in `file`, opened but not decoded, once its pixel count is known to be
    within the limit. Raises ValidationError with the reason, in Arabic."""
    limit = settings.IMAGE_MAX_PIXELS
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(file)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise _too_many_pixels(limit) from None
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
            raise ValidationError(
                _("هذا الملف ليس صورة يمكن قراءتها. ارفع صورة بصيغة JPEG أو PNG أو WebP أو AVIF."),
                code="not_an_image",
            ) from None
    if image.format not in ACCEPTED_FORMATS:
        raise ValidationError(
            _("صيغة الصورة %(format)s غير مقبولة. ارفع صورة بصيغة JPEG أو PNG أو WebP أو AVIF.")
            % {"format": image.format},
            code="format",
        )
    width, height = image.size
    if width * height > limit:
        raise _too_many_pixels(limit, width, height)
    return image


def check_upload(file) -> None:
    """Refuse an uploaded file that is too large, not an image, too many pixels or broken."""
    limit = settings.IMAGE_UPLOAD_MAX_BYTES
    if file.size > limit:
        raise ValidationError(
            _("حجم الصورة %(size)s، وأقصى ما يُقبل %(limit)s. صغّر الصورة أو اضغطها ثم ارفعها.")
            % {"size": filesizeformat(file.size), "limit": filesizeformat(limit)},
            code="too_large",
        )
    file.seek(0)
    image = open_image(file)
    try:
        # Decoded for real, as the variants will be (a JPEG at a reduced scale, cheaply):
        # a truncated or corrupt file is refused here, not when the article is saved.
        image.draft("RGB", (800, 800))
        image.load()
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise ValidationError(
            _("تعذّرت قراءة الصورة: الملف ناقص أو تالف. صدّرها من جديد ثم ارفعها."),
            code="broken",
        ) from None
    finally:
        file.seek(0)


def _too_many_pixels(limit: int, width: int = 0, height: int = 0) -> ValidationError:
    megapixels = {"limit": limit // 1_000_000}
    if width:
        return ValidationError(
            _(
                "أبعاد الصورة %(width)s×%(height)s بكسل، أكثر من %(limit)s ميغابكسل. "
                "صغّر الصورة ثم ارفعها."
            )
            % {"width": width, "height": height, **megapixels},
            code="too_many_pixels",
        )
    return ValidationError(
        _("أبعاد الصورة أكبر بكثير من %(limit)s ميغابكسل. صغّر الصورة ثم ارفعها.") % megapixels,
        code="too_many_pixels",
    )
