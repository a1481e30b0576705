"""Images for tests: JPEGs as cameras write them (orientation, EXIF, a colour profile)."""

from __future__ import annotations

import io
import random
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
    """A JPEG that compresses about as a news photograph does: a sky, hills, a crowd of
    small shapes (detail costs bytes) and grain."""
    rng = random.Random(width * 7919 + height)
    sky = Image.linear_gradient("L").resize((width, height))
    image = Image.merge(
        "RGB",
        (
            sky.point(lambda v: 90 + v // 3),
            sky.point(lambda v: 140 + v // 4),
            sky.point(lambda v: 230 - v // 5),
        ),
    )
    draw = ImageDraw.Draw(image)
    sun = width * 0.15
    draw.ellipse((width * 0.65, height * 0.1, width * 0.65 + sun, height * 0.1 + sun), "#f6d36b")
    for i, colour in enumerate(("#5d7a3a", "#46602b", "#33471f")):
        top = height * (0.45 + 0.1 * i)
        step = max(8, width // 60)
        points = [
            (x, top + rng.uniform(-1, 1) * height * 0.04) for x in range(0, width + step, step)
        ]
        draw.polygon([(0, height), *points, (width, height)], fill=colour)
    unit = max(2, width // 200)
    for _ in range(width * height // (unit * unit * 12)):
        x, y = rng.uniform(0, width), rng.uniform(height * 0.55, height)
        w, h = unit * rng.uniform(0.5, 2.5), unit * rng.uniform(1, 4)
        tone = tuple(rng.randrange(20, 235) for _ in range(3))
        draw.rectangle((x, y, x + w, y + h), fill=tone)
    grain = Image.effect_noise((width, height), 40).convert("RGB")
    image = Image.blend(image, grain, 0.1).filter(ImageFilter.GaussianBlur(max(0.6, width / 4000)))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=88)
    return buffer.getvalue()
