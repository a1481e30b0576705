"""Lead images as a news site serves them: variants made once, Arabic alt text required,
pictures with srcset and sizes on article pages and in listings, the 1200-wide JPEG in
link previews, stored cards that follow an image change."""

from __future__ import annotations

import io
import json
import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.template.loader import render_to_string
from lxml import html as lxml_html
from PIL import Image

from articles import changes
from articles.images import uploads, variants
from articles.models import Article, StoredCard
from tests.factories import make_article
from tests.formdata import article_form
from tests.pictures import jpeg, png_claiming, upload

SITE = "https://news.example.org"
ALT = "متظاهرون يرفعون الأعلام في ساحة التحرير"


def _opened(name: str) -> Image.Image:
    with default_storage.open(name, "rb") as file:
        image = Image.open(io.BytesIO(file.read()))
        image.load()
        return image


def _with_image(data: bytes | None = None, **fields) -> Article:
    return make_article(image=upload(data), image_alt=ALT, **fields)


# --- Variants ----------------------------------------------------------------------------


def test_variants_are_made_at_four_widths_in_avif_and_jpeg(db):
    article = _with_image(jpeg(2000, 1000))
    made = article.image_variants
    assert made["source"] == article.image.name
    assert (made["width"], made["height"]) == (2000, 1000)
    assert made["type"] == "image/avif"
    sizes = made["sizes"]
    assert [(s["width"], s["height"]) for s in sizes] == [
        (480, 240),
        (800, 400),
        (1200, 600),
        (1600, 800),
    ]
    for size in sizes:
        jpeg_file, modern = _opened(size["jpeg"]), _opened(size["modern"])
        assert (jpeg_file.format, modern.format) == ("JPEG", "AVIF")
        assert jpeg_file.size == modern.size == (size["width"], size["height"])
        assert "/variants/" in size["jpeg"]


@pytest.mark.parametrize(("width", "made"), [(600, [480]), (300, [300]), (1200, [480, 800, 1200])])
def test_an_original_is_never_enlarged(db, width, made):
    article = _with_image(jpeg(width, width // 2))
    assert [size["width"] for size in article.image_variants["sizes"]] == made


@pytest.mark.parametrize("width", [1000, 4000])  # 4000: decoded at half its size
def test_a_camera_held_sideways_gives_upright_variants(db, width):
    # Orientation 6: the camera was turned a quarter clockwise; the stored pixels lie on
    # their side, the left half (red) is the picture's top.
    article = _with_image(jpeg(width, width // 2, orientation=6))
    assert (article.image_variants["width"], article.image_variants["height"]) == (
        width // 2,
        width,
    )
    size = article.image_variants["sizes"][0]
    assert (size["width"], size["height"]) == (480, 960)
    widest = article.image_variants["sizes"][-1]
    assert widest["height"] == 2 * widest["width"] == (3200 if width == 4000 else 960)
    for kind in ("jpeg", "modern"):
        image = _opened(size[kind]).convert("RGB")
        top, bottom = image.getpixel((240, 100)), image.getpixel((240, 860))
        assert isinstance(top, tuple) and isinstance(bottom, tuple)
        assert top[0] > 200 and top[2] < 80, (kind, top)  # red
        assert bottom[2] > 80 and bottom[0] < 80, (kind, bottom)  # navy


def test_variants_carry_no_metadata(db):
    article = _with_image(jpeg(1000, 500, camera=True, profile=True))
    assert "exif" in Image.open(article.image.path).info  # the original had it
    for size in article.image_variants["sizes"]:
        for kind in ("jpeg", "modern"):
            image = _opened(size[kind])
            assert not image.getexif(), kind
            assert not {"exif", "icc_profile", "xmp"} & set(image.info), kind
            with default_storage.open(size[kind], "rb") as file:
                assert b"Camera Maker" not in file.read()


def test_a_save_that_keeps_the_image_makes_no_new_variants(db):
    article = _with_image()
    made = article.image_variants
    article.title = "عنوان جديد"
    article.save()
    article.refresh_from_db()
    assert article.image_variants == made


def test_a_new_image_replaces_the_variants_and_their_files(db, django_capture_on_commit_callbacks):
    article = _with_image(jpeg(1000, 500))
    old = variants.files_of(article.image_variants)
    with django_capture_on_commit_callbacks(execute=True):
        article.image = upload(jpeg(900, 600, colour="green"), name="second.jpg")
        article.save()
        assert all(default_storage.exists(name) for name in old)  # until the save commits
    new = variants.files_of(article.image_variants)
    assert article.image_variants["source"] == article.image.name
    assert [s["width"] for s in article.image_variants["sizes"]] == [480, 800]
    assert not set(old) & set(new)
    assert all(default_storage.exists(name) for name in new)
    assert not any(default_storage.exists(name) for name in old)
    with django_capture_on_commit_callbacks(execute=True):
        article.image = ""
        article.save()
    assert article.image_variants == {}
    assert not any(default_storage.exists(name) for name in new)


def test_an_unreadable_image_saved_outside_the_newsroom_leaves_no_picture(client, db):
    article = make_article(image=upload(b"not an image at all", name="broken.jpg"))
    assert article.image_variants == {}
    html = client.get(article.get_absolute_url()).text
    assert "<picture" not in html and "<figure" not in html


# --- What the newsroom may upload --------------------------------------------------------


def _post_article(client, *, image, alt: str = "", **fields):
    data = article_form(client)
    data.update(
        title="صورة من الميدان",
        body="نص الخبر.",
        status="published",
        published_at_0="2026-11-01",
        published_at_1="10:00:00",
        image=image,
        image_alt=alt,
        image_caption="المتظاهرون في الساحة صباح الجمعة",
        image_credit="رويترز",
        **fields,
    )
    return client.post("/admin/articles/article/add/", data)


def test_the_newsroom_requires_a_description_of_the_image(editor_client):
    response = _post_article(editor_client, image=upload())
    assert response.status_code == 200
    assert "اكتب وصفًا قصيرًا لما في الصورة" in response.text
    assert "image-preview" not in response.text  # the refused upload was never stored
    assert not Article.objects.exists()
    response = _post_article(editor_client, image=upload(), alt=ALT)
    assert response.status_code == 302
    article = Article.objects.get()
    assert (article.image_alt, article.image_credit) == (ALT, "رويترز")
    assert len(article.image_variants["sizes"]) == 4
    # The form shows the picture as readers get it, beside its description.
    html = editor_client.get(f"/admin/articles/article/{article.pk}/change/").text
    thumbnail = default_storage.url(article.image_variants["sizes"][0]["jpeg"])
    assert f'src="{thumbnail}"' in html and 'class="image-preview"' in html


def test_the_image_fields_stand_together_on_the_form(editor_client):
    html = editor_client.get("/admin/articles/article/add/").text
    order = [html.index(f'name="{name}"') for name in ("image", "image_alt", "image_caption")]
    assert order == sorted(order)
    assert 'name="image_credit"' in html and "وصف الصورة لمن لا يراها" in html


@pytest.mark.parametrize(
    ("data", "limits", "message"),
    [
        (b"plain text, not a picture", {}, "هذا الملف ليس صورة يمكن قراءتها"),
        (png_claiming(30_000, 30_000), {}, "أبعاد الصورة أكبر بكثير من 50 ميغابكسل"),
        (jpeg(2000, 1000), {"IMAGE_MAX_PIXELS": 1_000_000}, "أبعاد الصورة 2000×1000 بكسل"),
        (jpeg(2000, 1000), {"IMAGE_UPLOAD_MAX_BYTES": 1000}, "وأقصى ما يُقبل 1000"),
        (jpeg(2000, 1000)[:3000], {}, "الملف ناقص أو تالف"),
    ],
    ids=["not-an-image", "decompression-bomb", "too-many-pixels", "too-large", "truncated"],
)
def test_bad_images_are_refused_with_the_reason(editor_client, settings, data, limits, message):
    for name, value in limits.items():
        setattr(settings, name, value)
    response = _post_article(editor_client, image=upload(data), alt=ALT)
    assert response.status_code == 200
    assert message in response.text
    assert not Article.objects.exists()


def test_a_bomb_is_refused_before_it_is_decoded(settings):
    settings.IMAGE_MAX_PIXELS = 10_000
    with pytest.raises(ValidationError) as refused:
        uploads.open_image(io.BytesIO(png_claiming(200, 200)))  # 40,000 pixels claimed
    assert refused.value.code == "too_many_pixels"


# --- What readers get --------------------------------------------------------------------


def _page(client, path: str):
    response = client.get(path)
    assert response.status_code == 200
    return lxml_html.fromstring(response.text)


def _srcset_widths(srcset: str) -> list[int]:
    return [int(item.split()[-1].removesuffix("w")) for item in srcset.split(", ")]


def test_an_article_page_shows_its_lead_picture_with_every_width(client, db):
    article = _with_image(image_caption="المتظاهرون في الساحة", image_credit="رويترز")
    page = _page(client, article.get_absolute_url())
    (figure,) = page.cssselect("figure.article-figure")
    (source,) = figure.cssselect("picture source")
    (img,) = figure.cssselect("picture img")
    assert source.get("type") == "image/avif"
    assert _srcset_widths(source.get("srcset")) == [480, 800, 1200, 1600]
    assert _srcset_widths(img.get("srcset")) == [480, 800, 1200, 1600]
    assert all(".avif" in url for url in source.get("srcset").split(", "))
    assert source.get("sizes") == img.get("sizes") and "42rem" in img.get("sizes")
    assert (img.get("width"), img.get("height")) == ("1600", "800")
    assert img.get("alt") == ALT
    assert img.get("fetchpriority") == "high" and img.get("loading") == "eager"
    assert img.get("decoding") == "async"
    assert img.get("src").endswith("-800w.jpg")
    caption = figure.cssselect("figcaption")[0].text_content()
    assert "المتظاهرون في الساحة" in caption and "الصورة: رويترز" in caption
    for url in [img.get("src"), *(item.split()[0] for item in source.get("srcset").split(", "))]:
        assert client.get(url).status_code == 200, url


def test_no_figure_and_no_caption_without_an_image(client, db):
    article = make_article(image_caption="تعليق بلا صورة")
    html = client.get(article.get_absolute_url()).text
    assert "<figure" not in html and "<figcaption" not in html
    assert "تعليق بلا صورة" not in html


def test_a_caption_box_needs_a_caption_or_a_credit(client, db):
    article = _with_image()
    page = _page(client, article.get_absolute_url())
    assert page.cssselect("figure.article-figure picture")
    assert not page.cssselect("figcaption")


def test_listings_show_a_lazy_thumbnail_of_the_lead_image(client, db):
    pictured = _with_image(title="خبر بصورة")
    plain = make_article(title="خبر بلا صورة")
    page = _page(client, "/latest/")
    cards = {card.cssselect("h2 a")[0].text_content(): card for card in page.cssselect(".card")}
    assert not cards[plain.title].cssselect("picture")
    card = cards[pictured.title]
    assert "card-with-picture" in card.get("class", "")
    (img,) = card.cssselect("picture img")
    assert img.get("loading") == "lazy" and img.get("fetchpriority") is None
    assert (img.get("width"), img.get("height")) == ("1600", "800")
    assert img.get("src").endswith("-480w.jpg")
    assert _srcset_widths(img.get("srcset")) == [480, 800, 1200, 1600]
    assert "12rem" in img.get("sizes") and img.get("alt") == ALT
    assert card.cssselect('picture source[type="image/avif"]')


def test_the_story_picture_include_serves_a_front_page_lead(db):
    article = _with_image()
    html = render_to_string(
        "includes/story_picture.html", {"article": article, "picture_role": "lead"}
    )
    img = lxml_html.fromstring(html).cssselect("img")[0]
    assert img.get("fetchpriority") == "high" and img.get("loading") == "eager"
    assert "44rem" in img.get("sizes", "")
    assert (
        render_to_string(
            "includes/story_picture.html", {"article": make_article(), "picture_role": "lead"}
        ).strip()
        == ""
    )


def test_the_front_pages_lead_story_shows_its_picture_eagerly(client, db):
    make_article(title="خبر أقدم")
    pictured = _with_image(title="الخبر الرئيسي بصورة")
    page = _page(client, "/")
    (lead,) = page.cssselect(".lead-story")
    assert pictured.title in lead.text_content()
    (img,) = lead.cssselect("picture img")
    assert img.get("loading") == "eager" and img.get("fetchpriority") == "high"
    assert img.get("alt") == ALT and img.get("srcset")


def test_a_stored_card_follows_an_image_change(editor_client, client, db):
    article = make_article(title="خبر ستضاف إليه صورة")
    assert "<picture" not in client.get("/latest/").text
    assert StoredCard.objects.filter(article=article).exists()
    data = article_form(editor_client, article)
    data.update(image=upload(), image_alt=ALT)
    response = editor_client.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert response.status_code == 302, response.text[:2000]
    article.refresh_from_db()
    first = article.image_variants["sizes"][0]["jpeg"]
    html = client.get("/latest/").text
    assert default_storage.url(first) in html
    # Replaced: the card shows the new image only.
    data = article_form(editor_client, article)
    data.update(image=upload(jpeg(1000, 800, colour="green"), name="other.jpg"))
    editor_client.post(f"/admin/articles/article/{article.pk}/change/", data)
    article.refresh_from_db()
    html = client.get("/latest/").text
    assert default_storage.url(first) not in html
    assert default_storage.url(article.image_variants["sizes"][0]["jpeg"]) in html


# --- Link previews -----------------------------------------------------------------------


def _meta(html: str) -> dict[str, str]:
    head = lxml_html.fromstring(html).find("head")
    found: dict[str, str] = {}
    for meta in head.iter("meta"):
        key = meta.get("property") or meta.get("name")
        if key:
            found[key] = meta.get("content", "")
    return found


def test_previews_show_the_lead_image_1200_wide(client, db):
    article = _with_image(jpeg(2400, 1600))
    html = client.get(article.get_absolute_url()).text
    meta = _meta(html)
    (share,) = [s for s in article.image_variants["sizes"] if s["width"] == 1200]
    url = SITE + default_storage.url(share["jpeg"])
    assert meta["og:image"] == meta["twitter:image"] == url
    assert (meta["og:image:width"], meta["og:image:height"]) == ("1200", "800")
    assert meta["og:image:type"] == "image/jpeg"
    assert meta["og:image:alt"] == meta["twitter:image:alt"] == ALT
    (script,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert json.loads(script)["image"] == [url]


def test_without_an_image_previews_show_the_drawn_card(client, db):
    article = make_article()
    meta = _meta(client.get(article.get_absolute_url()).text)
    assert meta["og:image"].startswith(SITE + f"/articles/{article.pk}/card.png")
    assert (meta["og:image:width"], meta["og:image:type"]) == ("1200", "image/png")


# --- Images saved before variants existed ------------------------------------------------


def test_an_image_without_variants_shows_its_original(client, db):
    article = _with_image(jpeg(1000, 500))
    Article.objects.filter(pk=article.pk).update(image_variants={})
    changes.articles_changed([article.pk])
    page = _page(client, article.get_absolute_url())
    (img,) = page.cssselect("figure.article-figure img")
    assert img.get("src") == article.image.url and img.get("srcset") is None
    assert (img.get("width"), img.get("height")) == ("1000", "500")
    assert "/card.png" in _meta(client.get(article.get_absolute_url()).text)["og:image"]


def test_the_command_makes_the_variants_images_lack(db):
    article = _with_image(jpeg(1000, 500))
    plain = make_article()
    Article.objects.filter(pk=article.pk).update(image_variants={})
    out = io.StringIO()
    call_command("make_image_variants", stdout=out)
    article.refresh_from_db()
    assert [size["width"] for size in article.image_variants["sizes"]] == [480, 800]
    assert "1 article" in out.getvalue()
    assert Article.objects.get(pk=plain.pk).image_variants == {}
    assert article.history.count() == 1  # no revision: no editor changed anything
