"""Arabic dates as news pages print them. Pure: ``pytest -p no:django tests/test_dates.py``."""

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articles.text.dates import (
    EGYPTIAN_MONTHS,
    LEVANTINE_MONTHS,
    MAGHREBI_MONTHS,
    format_arabic_date,
    has_hijri_date,
    parse_arabic_datetime,
    parse_arabic_time,
    solar_hijri_to_gregorian,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("الأربعاء، 26 يونيو 2024 10:30 ص", datetime(2024, 6, 26, 10, 30)),
        ("نشر بتاريخ: الأحد 16 فبراير 2025 - 10:05 ص", datetime(2025, 2, 16, 10, 5)),
        ("الثلاثاء، 12 نوفمبر 2024 11:20 ص", datetime(2024, 11, 12, 11, 20)),
        ("الخميس 27 يونيو 2024 06:45 م", datetime(2024, 6, 27, 18, 45)),
        ("السبت 13 يوليو 2024 | 11:45 صباحًا", datetime(2024, 7, 13, 11, 45)),
        ("الجمعة 28 يونيو 2024 08:00 مساءً", datetime(2024, 6, 28, 20, 0)),
        ("الإثنين 3 جوان 2024 - 14:30", datetime(2024, 6, 3, 14, 30)),
        ("٢٦ يونيو ٢٠٢٤ الساعة ١٠:٣٠ ص", datetime(2024, 6, 26, 10, 30)),
        ("2024-06-26T10:30:00+03:00", datetime(2024, 6, 26, 10, 30)),
        ("June 26, 2024 3:15 pm", datetime(2024, 6, 26, 15, 15)),
        ("10:30 ص | الأربعاء 26 يونيو 2024", datetime(2024, 6, 26, 10, 30)),
        ("نُشر: 2024-11-05 | 09.30", datetime(2024, 11, 5, 9, 30)),
        ("12.03.2025 | 17.45", datetime(2025, 3, 12, 17, 45)),
    ],
)
def test_it_reads_a_date_with_its_time_as_a_naive_datetime(text, expected):
    assert parse_arabic_datetime(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("٢٦/٠٦/٢٠٢٤", date(2024, 6, 26)),
        ("26/06/2024", date(2024, 6, 26)),
        ("26-06-2024", date(2024, 6, 26)),
        ("26.6.2024", date(2024, 6, 26)),
        ("2024-06-26", date(2024, 6, 26)),
        ("2024/6/26", date(2024, 6, 26)),
        ("الأربعاء 26 يونيو 2024", date(2024, 6, 26)),
        ("26 حزيران 2024", date(2024, 6, 26)),
        ("الخميس 27 حزيران 2024", date(2024, 6, 27)),
        ("السبت 26 تشرين الأول 2024", date(2024, 10, 26)),
        ("٢٦ كانون الثاني ٢٠٢٤", date(2024, 1, 26)),
        ("5 تشرين ثاني 2024", date(2024, 11, 5)),
        ("26 يونيه 2024", date(2024, 6, 26)),
        ("26 إبريل 2024", date(2024, 4, 26)),
        ("26 ابريل 2024", date(2024, 4, 26)),
        ("3 جوان 2024", date(2024, 6, 3)),
        ("14 جويلية 2024", date(2024, 7, 14)),
        ("15 أوت 2024", date(2024, 8, 15)),
        ("1 أفريل 2024", date(2024, 4, 1)),
        ("8 ماي 2024", date(2024, 5, 8)),
        ("26 يونيو/حزيران 2024", date(2024, 6, 26)),
        ("26 حزيران (يونيو) 2024", date(2024, 6, 26)),
        ("26 من شهر مايو 2024", date(2024, 5, 26)),
        ("20 ذو الحجة 1445 هـ - 26 يونيو 2024 م", date(2024, 6, 26)),
        ("آخر تحديث: 27 أغسطس 2024", date(2024, 8, 27)),
        ("الأحد، 1 ديسمبر، 2024", date(2024, 12, 1)),
        # a figure with a dot after a date is no time
        ("5 مايو 2025 10.25 مليار دولار", date(2025, 5, 5)),
    ],
)
def test_it_reads_a_date_without_a_time_as_a_date(text, expected):
    value = parse_arabic_datetime(text)
    assert value == expected
    assert type(value) is date


@pytest.mark.parametrize(
    "text",
    [
        "",
        "12:30 م",  # a time is not a date
        "31/02/2024",  # impossible
        "30 فبراير 2024",
        "13/13/2024",
        "يونيو 2024",  # no day
        "منذ 3 ساعات",
        "20/12/1445",  # a Hijri year
        "ارتفع المؤشر 2.5 بالمئة",
        "5 أشخاص 2024",
    ],
)
def test_it_returns_none_when_no_complete_possible_date_is_shown(text):
    assert parse_arabic_datetime(text) is None


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [
        ("26 يونيو 2024 12:15 ص", 0, 15),  # just after midnight
        ("26 يونيو 2024 12:15 م", 12, 15),  # just after noon
        ("26 يونيو 2024 1:05 م", 13, 5),
        ("26 يونيو 2024 11:59 ص", 11, 59),
        ("26 يونيو 2024 00:30", 0, 30),
        ("26 يونيو 2024 23:10", 23, 10),
        ("26 يونيو 2024 الساعة 9 مساءً", 21, 0),
        ("26 يونيو 2024 12:00 ظهرًا", 12, 0),
        ("12 تشرين الثاني 2025 - الساعة 4:05 بعد الظهر", 16, 5),
        ("12 تشرين الثاني 2025 - الساعة 11:40 قبل الظهر", 11, 40),
        ("الخميس 13 شباط 2025 | 4:30 ب.ظ", 16, 30),  # Lebanese abbreviations
        ("الخميس 13 شباط 2025 | 9:15 ق.ظ", 9, 15),
    ],
)
def test_it_handles_twelve_oclock_and_the_afternoon_correctly(text, hour, minute):
    value = parse_arabic_datetime(text)
    assert isinstance(value, datetime)
    assert (value.hour, value.minute) == (hour, minute)


def test_the_time_of_the_update_is_not_given_to_the_publication_date():
    text = "نشر: 26 يونيو 2024 - تحديث: 27 يونيو 2024 11:00 م"
    assert parse_arabic_datetime(text) == date(2024, 6, 26)


def test_it_reads_a_bare_clock_time():
    assert parse_arabic_time("١٠:٣٠ ص").hour == 10
    assert parse_arabic_time("09:40 م").hour == 21
    assert parse_arabic_time("لا وقت هنا") is None


@pytest.mark.parametrize(
    ("months", "digits", "expected"),
    [
        ("egyptian", "western", "26 يونيو 2024"),
        ("levantine", "western", "26 حزيران 2024"),
        ("maghrebi", "western", "26 جوان 2024"),
        ("egyptian", "arabic", "٢٦ يونيو ٢٠٢٤"),
        ("levantine", "arabic", "٢٦ حزيران ٢٠٢٤"),
    ],
)
def test_it_formats_a_date_in_each_regional_style(months, digits, expected):
    assert format_arabic_date(date(2024, 6, 26), months=months, digits=digits) == expected


def test_it_formats_the_date_part_of_a_datetime():
    assert format_arabic_date(datetime(2024, 10, 26, 22, 5)) == "26 أكتوبر 2024"
    assert format_arabic_date(date(2024, 10, 26), months="levantine") == "26 تشرين الأول 2024"


def test_it_rejects_unknown_formatting_options():
    with pytest.raises(ValueError, match="month names"):
        format_arabic_date(date(2024, 6, 26), months="klingon")
    with pytest.raises(ValueError, match="digits"):
        format_arabic_date(date(2024, 6, 26), digits="roman")


def test_the_three_month_tables_have_twelve_months():
    assert len(EGYPTIAN_MONTHS) == len(LEVANTINE_MONTHS) == len(MAGHREBI_MONTHS) == 12


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    st.sampled_from(["egyptian", "levantine", "maghrebi"]),
    st.sampled_from(["western", "arabic"]),
)
def test_every_formatted_date_parses_back(value, months, digits):
    assert parse_arabic_datetime(format_arabic_date(value, months=months, digits=digits)) == value


@given(st.text(max_size=300))
def test_it_never_raises_on_arbitrary_text(text):
    value = parse_arabic_datetime(text)
    assert value is None or isinstance(value, date)


MOROCCAN = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر",
            "أكتوبر", "نونبر", "دجنبر"]  # fmt: skip
EGYPTIAN = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
            "أكتوبر", "نوفمبر", "ديسمبر"]  # fmt: skip
LEVANTINE = [
    "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
    "تشرين الأول", "تشرين الثاني", "كانون الأول",
]  # fmt: skip


@pytest.mark.parametrize(
    "names", [MOROCCAN, EGYPTIAN, LEVANTINE], ids=["maghrebi", "egyptian", "levantine"]
)
@pytest.mark.parametrize("month", range(1, 13))
def test_it_reads_every_month_of_the_three_families_as_sites_print_them(names, month):
    assert parse_arabic_datetime(f"الأربعاء 03 {names[month - 1]} 2024 - 10:30") == datetime(
        2024, month, 3, 10, 30
    )
    assert parse_arabic_datetime(f"3 {names[month - 1]} 2024 على الساعة 18:45") == datetime(
        2024, month, 3, 18, 45
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("الأحد 17 شعبان 1446 هـ", date(2025, 2, 16)),
        ("17 شعبان 1446هـ", date(2025, 2, 16)),
        ("١٤ رمضان ١٤٤٦ هـ", date(2025, 3, 14)),
        ("1446/08/17 هـ", date(2025, 2, 16)),
        ("17/08/1446 هـ", date(2025, 2, 16)),
        ("5 ذي القعدة 1445 هجرية", date(2024, 5, 13)),
        ("الجمعة 3 ربيع الأول 1446 هـ 10:30 ص", datetime(2024, 9, 6, 10, 30)),
        ("الخميس 2 رجب 1446هـ - 10:45 ص", datetime(2025, 1, 2, 10, 45)),
        # (no such day: Rajab has 29 or 30; no year beyond the Umm al-Qura table)
        ("31 رجب 1446 هـ", None),
        ("2 رجب 1700 هـ", None),
    ],
)
def test_a_hijri_date_alone_is_its_umm_al_qura_day(text, expected):
    assert has_hijri_date(text)
    assert parse_arabic_datetime(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("الأحد 17 شعبان 1446 هـ - 16 فبراير 2025 م", date(2025, 2, 16)),
        ("1446/08/17 هـ الموافق 16/02/2025", date(2025, 2, 16)),
        ("16 فبراير 2025 م الموافق 17 شعبان 1446 هـ", date(2025, 2, 16)),
        # A Hijri day next to a Gregorian month and year is not read as a Gregorian day.
        ("17 شعبان 1446 هـ | فبراير 2025", date(2025, 2, 16)),
        ("الجمعة 3 ربيع الأول 1446 هـ 10:30 ص الموافق 6 سبتمبر 2024", datetime(2024, 9, 6, 10, 30)),
    ],
)
def test_beside_a_hijri_date_only_the_gregorian_one_is_read(text, expected):
    assert parse_arabic_datetime(text) == expected


def test_a_gregorian_date_is_not_a_hijri_one():
    assert not has_hijri_date("الأربعاء 3 يوليوز 2024 - 10:30")
    assert not has_hijri_date("26/06/2024 هذا العام")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("03/08/2024 على الساعة 12h09", datetime(2024, 8, 3, 12, 9)),
        ("الأحد 4 غشت 2024 - 18H23", datetime(2024, 8, 4, 18, 23)),
        # hours and minutes in Arabic letters, as Tunisian sites print them
        ("الإثنين 05 أوت 2024 – 17س20د", datetime(2024, 8, 5, 17, 20)),
        # (not a figure in seconds: «17س20» alone is no time)
        ("05 أوت 2024 17س20", date(2024, 8, 5)),
    ],
)
def test_it_reads_a_time_written_with_an_h_as_maghrebi_sites_do(text, expected):
    assert parse_arabic_datetime(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Libya's months of 1986-2011, still printed by some Libyan sites
        ("نُشر في: الأحد 17 الحرث 2024 - 10:40 ص", datetime(2024, 11, 17, 10, 40)),
        ("الخميس 11 ناصر 2024 | 04:25 م", datetime(2024, 7, 11, 16, 25)),
        ("15 أي النار 2025", date(2025, 1, 15)),
        ("الثلاثاء 03 الكانون 2024", date(2024, 12, 3)),
        # a Maghrebi site's French stamp
        ("Publié le 3 août 2024 à 11h45", datetime(2024, 8, 3, 11, 45)),
        ("17 décembre 2024", date(2024, 12, 17)),
        # a Mauritanian site's December
        ("17 دجمبر 2024 - 11:05", datetime(2024, 12, 17, 11, 5)),
    ],
)
def test_it_reads_libyan_and_french_month_names(text, expected):
    assert parse_arabic_datetime(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Veröffentlicht am 12. März 2025 um 14:30 Uhr", datetime(2025, 3, 12, 14, 30)),
        ("Publicado em 22 de agosto de 2024 às 19h10", datetime(2024, 8, 22, 19, 10)),
        ("Publicado em 22/08/2024 às 19h10", datetime(2024, 8, 22, 19, 10)),
        ("Publié le 14 mars 2025 à 18 h 20", datetime(2025, 3, 14, 18, 20)),
        ("Aggiornato il 5 maggio 2025 alle 10:15", datetime(2025, 5, 5, 10, 15)),
        ("14 ekim 2024", date(2024, 10, 14)),
        # an East African, an Indonesian, a Malaysian, a Pakistani and an Iranian outlet's
        ("Jumanne, 19 Novemba 2024 | 08:30", datetime(2024, 11, 19, 8, 30)),
        ("Senin, 12 Agustus 2024 14:05 WIB", datetime(2024, 8, 12, 14, 5)),
        ("Khamis, 5 Disember 2024", date(2024, 12, 5)),
        ("12 اکتوبر 2024", date(2024, 10, 12)),
        ("3 ژانویه 2025", date(2025, 1, 3)),
        # a Kazakh, an Azerbaijani and a Tatar outlet's
        ("Астана, среда, 12 марта 2025, 14:30", datetime(2025, 3, 12, 14, 30)),
        ("Çərşənbə, 16 iyul 2025, 11:20", datetime(2025, 7, 16, 11, 20)),
        ("чәршәмбе, 22 гыйнвар 2025, 09:10", datetime(2025, 1, 22, 9, 10)),
        # a Somali outlet's
        ("Arbaco, 5 Juun 2024", date(2024, 6, 5)),
        ("Khamiis, 14 Nofembar 2024 - 10:20", datetime(2024, 11, 14, 10, 20)),
        # an American site's month first, when the day cannot be a month
        ("الجمعة 3/14/2025 - 10:42 AM", datetime(2025, 3, 14, 10, 42)),
        ("06/26/2024", date(2024, 6, 26)),
        ("3/4/2025", date(2025, 4, 3)),  # either way round: day first, the Arab convention
    ],
)
def test_it_reads_the_stamps_of_diaspora_sites_in_their_languages(text, expected):
    assert parse_arabic_datetime(text) == expected


def test_a_libyan_month_that_is_a_word_needs_its_day_and_year():
    assert parse_arabic_datetime("في فصل الصيف 2024 ارتفعت الحرارة") is None


def test_a_time_before_the_date_is_the_one_printed_with_it():
    text = "آخر تحديث: 21:58 | نُشر: 19:30 – 8 مارس 2025"
    assert parse_arabic_datetime(text) == datetime(2025, 3, 8, 19, 30)
    assert parse_arabic_datetime("10:30 ص الأحد 16 فبراير 2025") == datetime(2025, 2, 16, 10, 30)


@pytest.mark.parametrize(
    ("solar", "gregorian"),
    [
        ((1404, 1, 1), date(2025, 3, 21)),  # Nowruz
        ((1403, 1, 1), date(2024, 3, 20)),
        ((1404, 2, 17), date(2025, 5, 7)),
        ((1403, 6, 31), date(2024, 9, 21)),
        ((1403, 7, 1), date(2024, 9, 22)),
        ((1403, 12, 30), date(2025, 3, 20)),  # a leap year's last day
        ((1399, 12, 30), date(2021, 3, 20)),
    ],
)
def test_a_solar_hijri_date_is_its_gregorian_day(solar, gregorian):
    assert solar_hijri_to_gregorian(*solar) == gregorian


def test_an_iranian_sites_stamp_is_read_and_impossible_solar_days_are_not():
    assert parse_arabic_datetime("تاريخ النشر: ۱۷ اردیبهشت ۱۴۰۴ - ۱۱:۳۵") == datetime(
        2025, 5, 7, 11, 35
    )
    assert parse_arabic_datetime("30 اسفند 1402") is None  # 1402 is no leap year
    assert parse_arabic_datetime("31 مهر 1403") is None  # the seventh month has 30 days
    # «آذار» is the Levantine March, «آذر» the ninth solar month
    assert parse_arabic_datetime("12 آذار 2025") == date(2025, 3, 12)
    assert parse_arabic_datetime("12 آذر 1403") == date(2024, 12, 2)


def test_a_solar_hijri_date_in_digits_alone_is_read_by_its_year():
    assert parse_arabic_datetime("۱۴۰۴/۰۲/۱۵ - ۱۰:۲۰") == datetime(2025, 5, 5, 10, 20)
    assert parse_arabic_datetime("1403/12/30") == date(2025, 3, 20)
    assert parse_arabic_datetime("1402/12/30") is None  # no leap year
    # (a year of the lunar calendar's current numbers is no Solar Hijri one)
    assert parse_arabic_datetime("1446/08/17 هـ") == date(2025, 2, 16)


def test_a_time_after_the_same_day_in_another_calendar_is_the_dates():
    stamp = "الأربعاء ۱۶ آبان ۱۴۰۳ (6 نوفمبر 2024) - ۱۰:۲۰"
    assert parse_arabic_datetime(stamp) == datetime(2024, 11, 6, 10, 20)
    # an update's label between the same day twice: its time is the update's
    both = "تاريخ النشر: 19 يناير 2025 | آخر تحديث: 19 يناير 2025 — 22:14"
    assert parse_arabic_datetime(both) == date(2025, 1, 19)


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)))
def test_every_solar_hijri_year_opens_at_the_march_equinox(day):
    year = day.year - 621
    start = solar_hijri_to_gregorian(year, 1, 1)
    assert date(day.year, 3, 19) <= start <= date(day.year, 3, 22)
    # and its last day is the eve of the next one's first
    last = 30 if solar_hijri_to_gregorian(year + 1, 1, 1) - start == timedelta(days=366) else 29
    assert solar_hijri_to_gregorian(year, 12, last) + timedelta(days=1) == solar_hijri_to_gregorian(
        year + 1, 1, 1
    )


@pytest.mark.parametrize(
    "stamp, expected",
    [
        ("سێشەممە ١٤ی کانوونی دووەم ٢٠٢٥ - ١٠:٣٠", datetime(2025, 1, 14, 10, 30)),
        ("پێنجشەممە ١٥ی ئایاری ٢٠٢٥ | ٤:٢٠ د.ن", datetime(2025, 5, 15, 16, 20)),
        ("٣ی تشرینی یەکەم ٢٠٢٤ - ٩:٠٥ پ.ن", datetime(2024, 10, 3, 9, 5)),
        ("٢٢ی ئەیلوول ٢٠٢٤", date(2024, 9, 22)),
        ("٧ی تەمموزی ٢٠٢٥", date(2025, 7, 7)),
    ],
)
def test_a_sorani_stamp_is_read_with_its_months_izafe_and_meridiem(stamp, expected):
    # The Syriac months as Kurdish spells them, the izafe «ی» after the day and the month,
    # and «پ.ن»/«د.ن» (before/after noon).
    assert parse_arabic_datetime(stamp) == expected
