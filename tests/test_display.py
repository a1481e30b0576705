from datetime import UTC, date, datetime, timedelta

import pytest

from articles import display


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (0, "لا مقالات"),
        (1, "مقال واحد"),
        (2, "مقالان"),
        (3, "3 مقالات"),
        (10, "10 مقالات"),
        (11, "11 مقالًا"),
        (99, "99 مقالًا"),
        (100, "100 مقال"),
        (103, "103 مقالات"),
    ],
)
def test_counts_use_the_six_arabic_plural_forms(n, text):
    assert display.count(n, "article") == text


def test_counts_can_use_arabic_indic_digits(settings):
    settings.DATE_DIGITS = "arabic"
    assert display.count(3, "article") == "٣ مقالات"
    assert display.count(11, "article") == "١١ مقالًا"


def test_dates_use_egyptian_month_names_by_default_and_levantine_as_a_setting(settings):
    day = date(2024, 6, 26)
    assert display.long_date(day) == "26 يونيو 2024"
    settings.DATE_MONTHS = "levantine"
    assert display.long_date(day) == "26 حزيران 2024"
    settings.DATE_DIGITS = "arabic"
    assert display.long_date(day) == "٢٦ حزيران ٢٠٢٤"


def test_aware_datetimes_are_shown_in_the_site_time_zone():
    # 23:30 UTC on the 25th is already the 26th in Cairo (UTC+3 in summer).
    assert display.long_date(datetime(2024, 6, 25, 23, 30, tzinfo=UTC)) == "26 يونيو 2024"


def test_the_hijri_date_is_given_beside_the_gregorian():
    assert display.hijri_date(date(2024, 6, 26)) == "20 ذو الحجة 1445 هـ"


@pytest.mark.parametrize(
    ("ago", "text"),
    [
        (timedelta(seconds=20), "الآن"),
        (timedelta(minutes=1), "منذ دقيقة"),
        (timedelta(minutes=2), "منذ دقيقتين"),
        (timedelta(minutes=5), "منذ 5 دقائق"),
        (timedelta(minutes=45), "منذ 45 دقيقة"),
        (timedelta(hours=3), "منذ 3 ساعات"),
        (timedelta(hours=2, minutes=10), "منذ ساعتين"),
        (timedelta(days=1, hours=2), "منذ يوم"),
        (timedelta(days=4), "منذ 4 أيام"),
    ],
)
def test_recent_times_read_relative(ago, text):
    now = datetime(2024, 6, 26, 12, 0, tzinfo=UTC)
    assert display.relative_time(now - ago, now) == text


def test_older_and_future_times_read_as_dates():
    now = datetime(2024, 6, 26, 12, 0, tzinfo=UTC)
    assert display.relative_time(now - timedelta(days=9), now) == "17 يونيو 2024"
    assert display.relative_time(now + timedelta(days=1), now) == "27 يونيو 2024"


def test_reading_time_counts_about_200_words_a_minute():
    assert display.reading_minutes("كلمة " * 50) == 1
    assert display.reading_minutes("كلمة " * 1000) == 5
    assert display.reading_time("كلمة " * 400) == "دقيقتان للقراءة"
    assert display.reading_time("كلمة " * 1000) == "5 دقائق للقراءة"


def test_index_items_escape_names_and_links_and_write_counts_in_the_site_digits(settings):
    settings.DATE_DIGITS = "arabic"
    html = display.index_items([('/tags/x"y/', "<b>أخبار & آراء</b>", 12)])
    assert html == (
        '<li><a href="/tags/x&quot;y/">&lt;b&gt;أخبار &amp; آراء&lt;/b&gt;</a>'
        '<span class="count">(١٢)</span></li>'
    )
