"""Images for tests: JPEGs as cameras write them (orientation, EXIF, a colour profile)."""

from __future__ import annotations

import io
import struct
import zlib

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageCms, ImageDraw, ImageFilter

ORIENTATION = 0x0112
MAKE = 0x010F
GPS_IFD = 0x8825


def jpeg(
    width: int = 2000,
    height: int = 1000,
    *,
    orientation: int | None = None,
    camera: bool = False,
    profile: bool = False,
    colour: str = "navy",
) -> bytes:
    """A JPEG whose left half is red and right half `colour`; `orientation` as a camera
    held sideways records it; `camera`: EXIF with a camera's make and a GPS position;
    `profile`: an embedded sRGB colour profile."""
    image = Image.new("RGB", (width, height), colour)
    image.paste("red", (0, 0, width // 2, height))
    exif = Image.Exif()
    if orientation:
        exif[ORIENTATION] = orientation
    if camera:
        exif[MAKE] = "Camera Maker"
        exif.get_ifd(GPS_IFD).update({1: "N", 2: (30.0, 2.0, 0.0)})
    options = {"exif": exif.tobytes()} if (orientation or camera) else {}
    if profile:
        options["icc_profile"] = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90, **options)
    return buffer.getvalue()


def upload(data: bytes | None = None, name: str = "lead.jpg") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, jpeg() if data is None else data, content_type="image/jpeg")


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims `width`×`height` pixels: a decompression bomb's shape."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * 64)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def photo(width: int = 2400, height: int = 1600) -> bytes:
    """A JPEG that compresses like a photograph: a sky, hills, a sun, and grain."""
    sky = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    image = Image.merge(
        "RGB",
        (
            sky.getchannel(0).point(lambda v: 90 + v // 3),
            sky.getchannel(0).point(lambda v: 140 + v // 4),
            sky.getchannel(0).point(lambda v: 230 - v // 5),
        ),
    )
    draw = ImageDraw.Draw(image)
    draw.ellipse(
        (width * 0.65, height * 0.12, width * 0.8, height * 0.12 + width * 0.15), fill="#f6d36b"
    )
    for i, colour in enumerate(("#5d7a3a", "#46602b", "#33471f")):
        top = height * (0.55 + 0.12 * i)
        points = [(x, top + 60 * ((x * (i + 3)) % 997) / 997) for x in range(0, width + 80, 80)]
        draw.polygon([(0, height), *points, (width, height)], fill=colour)
    grain = Image.effect_noise((width, height), 24).convert("RGB")
    image = Image.blend(image, grain, 0.08).filter(ImageFilter.SMOOTH)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=88)
    return buffer.getvalue()
