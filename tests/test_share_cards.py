"""Share cards: 1200x630 PNGs with the Arabic headline shaped by raqm, cached, never overflowing."""

import io
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.test import Client
from PIL import Image, ImageDraw, ImageFont, features

from articles import changes
from articles.checks import share_cards_can_be_drawn
from articles.models import Article
from articles.sharing import cards
from articles.sharing import drawing as cardimage
from articles.sharing.drawing import (
    HEIGHT,
    MARGIN,
    MAX_BYTES,
    TITLE_BOTTOM,
    TITLE_FONT,
    TITLE_SIZES,
    TITLE_TOP,
    WIDTH,
    CardText,
    draw_card,
    fit_title,
    wrap,
)
from tests.factories import make_article, make_source

LONG_TITLE = (
    "شركة Apple تطلق نظارة Vision Pro في الأسواق العربية بسعر يتجاوز ثلاثة آلاف دولار "
    "وسط توقعات بإقبال محدود من المستهلكين في المنطقة خلال العام الأول من طرحها رغم "
    "الحملة الإعلانية الضخمة التي رافقت الإطلاق في دبي والرياض والقاهرة والدار البيضاء "
    "وعمّان وبيروت والكويت والدوحة والمنامة ومسقط وتونس والجزائر والخرطوم وبغداد ودمشق"
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()


def _image(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def _ink_box(
    image: Image.Image, box: tuple[int, int, int, int]
) -> tuple[int, int, int, int] | None:
    """Bounding box (in card coordinates) of the dark pixels inside `box`."""
    region = image.convert("L").crop(box)
    ink = region.point(lambda value: 255 if value < 160 else 0)
    found = ink.getbbox()
    if found is None:
        return None
    left, top = box[:2]
    return (found[0] + left, found[1] + top, found[2] + left, found[3] + top)


def _dark_pixels(image: Image.Image, box) -> int:
    return sum(image.convert("L").crop(box).histogram()[:160])


TITLE_BAND = (0, 118, WIDTH, 528)  # between the two rules: only the headline is drawn here


def test_raqm_is_available_and_the_startup_check_passes():
    assert features.check("raqm")
    assert share_cards_can_be_drawn() == []


def test_the_startup_check_names_the_missing_library(monkeypatch):
    monkeypatch.setattr(cardimage.features, "check", lambda name: False)
    errors = share_cards_can_be_drawn()
    assert [error.id for error in errors] == ["articles.E001"]
    assert "raqm" in errors[0].msg
    assert "libfribidi0" in (errors[0].hint or "")
    with pytest.raises(SystemCheckError, match=r"articles\.E001"):
        # (Only the main database: the tests' mirror replica is not open to this test.)
        call_command("check", "--database", "default")


def test_the_card_refuses_to_draw_arabic_without_raqm(monkeypatch):
    monkeypatch.setattr(cardimage.features, "check", lambda name: False)
    cardimage._font.cache_clear()
    with pytest.raises(cardimage.RaqmUnavailable, match="libfribidi0"):
        draw_card(CardText("عنوان"))
    cardimage._font.cache_clear()


def test_a_card_is_a_1200x630_png_within_300_kb_showing_its_title():
    data = draw_card(
        CardText("مكالمة هاتفية تكسر الصمت", "القاهرة الإخبارية", "26 يونيو 2024", "قارئ")
    )
    image = _image(data)
    assert (image.format, image.size) == ("PNG", (WIDTH, HEIGHT))
    assert len(data) <= MAX_BYTES
    blank = _image(draw_card(CardText("")))
    assert _dark_pixels(blank, TITLE_BAND) == 0
    assert _dark_pixels(image, TITLE_BAND) > 5_000, "the headline is drawn, not a blank card"
    footer = (0, 532, WIDTH, HEIGHT)
    assert _dark_pixels(image, footer) > _dark_pixels(blank, footer), "source and date drawn"


def test_the_densest_card_stays_within_300_kb():
    data = draw_card(CardText(" ".join(["مستشفى"] * 300), "مصدر " * 30, "26 يونيو 2024", "قارئ"))
    assert len(data) <= MAX_BYTES


def _raqm(size: int = 60) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(TITLE_FONT), size, layout_engine=ImageFont.Layout.RAQM)


def test_arabic_is_shaped_letters_joined():
    basic = ImageFont.truetype(str(TITLE_FONT), 60, layout_engine=ImageFont.Layout.BASIC)
    word = "مكالمة هاتفية"
    # Joined forms are far narrower than the same letters drawn apart.
    assert _raqm().getlength(word, direction="rtl") < 0.8 * basic.getlength(word)


def test_the_title_reads_right_to_left():
    # Alef (a tall stroke) then beh (low, dot below): the alef must be on the right.
    image = _image(draw_card(CardText("ا ب")))
    box = _ink_box(image, TITLE_BAND)
    assert box is not None and box[2] > WIDTH - MARGIN - 10, "aligned to the right margin"
    gray = image.convert("L")
    tall = [
        x
        for x in range(box[0], box[2])
        if sum(gray.getpixel((x, y)) < 160 for y in range(box[1], box[3])) > 35  # type: ignore[operator]  # an "L" pixel is an int
    ]
    assert tall and min(tall) > (box[0] + box[2]) / 2, "the alef's stroke is in the right half"


def _draw(text: str, direction: str) -> bytes:
    image = Image.new("L", (700, 120))
    ImageDraw.Draw(image).text((10, 10), text, font=_raqm(), fill=255, direction=direction)
    return image.tobytes()


def test_latin_words_keep_their_order_in_a_right_to_left_line():
    assert _draw("Vision Pro", "rtl") == _draw("Vision Pro", "ltr")
    assert _draw("Vision Pro", "rtl") != _draw("orP noisiV", "ltr")
    lines = wrap(LONG_TITLE, _raqm(56), 1056)
    assert " ".join(lines) == LONG_TITLE, "lines hold the words in reading order"


def test_a_long_title_wraps_shrinks_and_is_cut_never_overflowing():
    font, lines = fit_title(LONG_TITLE, WIDTH - 2 * MARGIN, TITLE_BOTTOM - TITLE_TOP)
    assert font.size == min(TITLE_SIZES)
    assert len(lines) > 2 and lines[-1].endswith("…")
    for title in (LONG_TITLE, "https://example.org/" + "a" * 400, "كلمة" * 80):
        image = _image(draw_card(CardText(title, "مصدر", "26 يونيو 2024", "قارئ الأخبار")))
        ink = _ink_box(image, TITLE_BAND)
        assert ink is not None
        left, top, right, bottom = ink
        assert left >= MARGIN - 2 and right <= WIDTH - MARGIN + 2, title[:20]
        assert top >= 118 and bottom <= 528


def test_the_card_url_shows_the_articles_card_and_sends_cache_headers(client):
    article = make_article(
        title="مكالمة هاتفية تكسر الصمت",
        source=make_source("القاهرة الإخبارية"),
        published_at=datetime(2024, 6, 26, 12, tzinfo=ZoneInfo("Africa/Cairo")),
    )
    response = client.get(f"/articles/{article.pk}/card.png")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert "public" in response["Cache-Control"] and "max-age" in response["Cache-Control"]
    assert "Cookie" not in response.get("Vary", ""), "shared caches may keep a public card"
    expected = CardText(
        "مكالمة هاتفية تكسر الصمت", "القاهرة الإخبارية", "26 يونيو 2024", "قارئ الأخبار"
    )
    assert response.content == draw_card(expected)
    assert response["ETag"] == f'"{expected.key()}"'

    again = client.get(f"/articles/{article.pk}/card.png", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304
    assert again["ETag"] == response["ETag"]


def test_the_card_is_drawn_once_then_served_from_the_cache(client, monkeypatch):
    article = make_article()
    calls = []
    real_draw = cards.draw_card

    def draw(text):
        calls.append(text)
        return real_draw(text)

    monkeypatch.setattr(cards, "draw_card", draw)
    first = client.get(f"/articles/{article.pk}/card.png").content
    second = client.get(f"/articles/{article.pk}/card.png").content
    assert first == second
    assert len(calls) == 1


def test_a_changed_title_gives_a_new_card_and_a_new_image_url(client):
    article = make_article(title="العنوان الأول")
    first = client.get(f"/articles/{article.pk}/card.png")
    first_url = cards.article_card_url(article)
    article.title = "العنوان بعد التصحيح"
    article.save()
    changes.article_saved(article)  # what every editing path does after a save
    second = client.get(f"/articles/{article.pk}/card.png")
    assert second["ETag"] != first["ETag"]
    assert second.content != first.content
    assert cards.article_card_url(article) != first_url
    assert cards.article_card_url(article).split("?")[0] == first_url.split("?")[0]


def test_the_card_draws_the_title_without_tashkeel():
    article = Article(title="الحَرْبُ الروسية", published_at=None)
    assert cards.article_card_text(article).title == "الحرب الروسية"


def test_readers_get_no_card_for_a_draft_and_staff_get_a_private_one(editor_client):
    draft = make_article(status=Article.Status.DRAFT)
    reader = Client()
    assert reader.get(f"/articles/{draft.pk}/card.png").status_code == 404
    assert reader.get("/articles/999999/card.png").status_code == 404
    response = editor_client.get(f"/articles/{draft.pk}/card.png")
    assert response.status_code == 200
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


def test_the_site_card_serves_listing_pages(client):
    response = client.get("/card.png")
    assert response.status_code == 200
    image = _image(response.content)
    assert image.size == (WIDTH, HEIGHT)
    assert _dark_pixels(image, TITLE_BAND) > 2_000
