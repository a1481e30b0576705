"""Reading article fields out of the text of a scraped or pasted Arabic news page.

Pure: ``pytest -p no:django tests/test_pageparse.py``. The layouts below the dev-corpus
and seed checks are written for these tests, one per way Arabic sites lay a page out.
"""

import json
import re
import time
from datetime import date, datetime
from pathlib import Path
from textwrap import dedent

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articles.importing.pagereader.datelines import dateline
from articles.importing.pagereader.lines import Byline, Kind
from articles.importing.pagereader.lines import classify as classify_line
from articles.importing.pagereader.reader import (
    MISSING_LABELS,
    ParsedPage,
    first_sentence,
    parse_page,
)
from articles.importing.pagereader.text import page_lines, person_like

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "tests" / "data" / "dev-corpus" / "raw"
SEED = ROOT / "articles" / "demo" / "000_200f321cd9c4ca40.txt"
CORPUS = sorted(RAW.glob("*.txt"))


def collapse(text: str) -> str:
    return " ".join(text.split())


def page(text: str) -> ParsedPage:
    return parse_page(dedent(text).strip("\n"))


def paragraphs(parsed: ParsedPage) -> list[str]:
    return parsed.body.split("\n\n") if parsed.body else []


# --- The dev corpus and the seed --------------------------------------------------------


def test_the_dev_corpus_pages_are_there():
    assert len(CORPUS) >= 4


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_it_extracts_every_dev_corpus_page_as_its_expected_json_says(path):
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    parsed = parse_page(path.read_text(encoding="utf-8"))

    assert parsed.title == expected["title"]
    assert parsed.source == expected["source"]
    assert parsed.author == expected["author"]
    published = parsed.published_at.isoformat() if parsed.published_at else None
    assert published == expected["published_at"]
    assert parsed.caption == expected["caption"]
    body = collapse(parsed.body)
    assert body.startswith(collapse(expected["body_starts"]))
    assert body.endswith(collapse(expected["body_ends"]))
    for boilerplate in expected["must_not_contain"]:
        assert boilerplate not in parsed.body


def test_it_reads_the_seed_page():
    text = SEED.read_text(encoding="utf-8")
    parsed = parse_page(text)

    assert parsed.title == (
        '"تحذير" موسكو و"توضيح" واشنطن.. مكالمة هاتفية تكسر الصمت بين أمريكا وروسيا'
    )
    assert parsed.author == "أحمد أنور"
    assert parsed.authors == ["أحمد أنور"]
    # The byline's spelling wins over the site-name line's «القاهرة الاخبارية».
    assert parsed.source == "القاهرة الإخبارية"
    assert parsed.site_name == "القاهرة الاخبارية"
    assert parsed.caption == "علما أمريكا وروسيا"
    assert parsed.published_at is None
    assert "published_at" in parsed.missing
    for furniture in ("مشاركة :", "post-title", "الموقع الرسمي", "القاهرة الاخبارية", "أحمد أنور"):
        assert furniture not in parsed.body
    body = paragraphs(parsed)
    assert len(body) == 13
    assert body[0].startswith("بعد صمت طويل بين وزارتي الدفاع")
    assert body[-1] == "ودخلت الحرب الروسية الأوكرانية، التي بدأت 24 فبراير 2022، عامها الثالث."
    # Paragraphs are the page's own lines, untouched.
    assert all(p in text for p in body)
    # No standfirst on the page: no summary, rather than the first paragraph twice.
    assert parsed.summary == ""
    assert "summary" in parsed.missing


# --- Bylines, sources and datelines -------------------------------------------------------


def test_it_takes_the_source_from_the_byline_and_the_author_after_the_dash():
    parsed = page("""
        شبكة الخليج الإخبارية

        وزراء الطاقة العرب يبحثون خطة للربط الكهربائي الإقليمي

        الأهرام أونلاين - منى عادل
        الاثنين، 1 يوليو 2024 02:10 م

        بحث وزراء الطاقة العرب في اجتماعهم الدوري خطة للربط الكهربائي بين دول المنطقة.

        وأكد الوزراء أهمية تسريع تنفيذ المشروعات المشتركة.
    """)
    assert parsed.source == "الأهرام أونلاين"
    assert parsed.author == "منى عادل"
    assert parsed.site_name == "شبكة الخليج الإخبارية"
    assert parsed.published_at == datetime(2024, 7, 1, 14, 10)
    assert "منى عادل" not in parsed.body


def test_a_cairo_mena_dateline_opening_the_first_paragraph_credits_the_agency():
    parsed = page("""
        بوابة النيل
        الرئيسية » اقتصاد » بنوك

        البنك المركزي يبقي على أسعار الفائدة دون تغيير للمرة الثالثة

        الأربعاء، 26 يونيو 2024 10:30 ص

        القاهرة - أ ش أ - قررت لجنة السياسة النقدية بالبنك المركزي الإبقاء على أسعار الفائدة الأساسية دون تغيير، في ضوء استمرار تراجع معدلات التضخم.

        وأوضح البنك في بيان أن القرار يعكس تقييم اللجنة لتطورات الأسعار محلياً وعالمياً.

        اقرأ أيضًا:
        أسعار الذهب اليوم في محلات الصاغة

        ويأتي القرار بعد اجتماع استمر عدة ساعات ناقشت فيه اللجنة مؤشرات النمو والبطالة.
    """)  # noqa: E501 - a page line is as long as the page makes it
    assert parsed.source == "أ ش أ"  # as printed; the city is never the source
    assert parsed.author is None
    assert parsed.authors == []
    assert parsed.section == "اقتصاد"
    # as printed: the dateline says where the story was filed
    assert parsed.body.startswith("القاهرة - أ ش أ - قررت لجنة السياسة النقدية")
    assert "أسعار الذهب اليوم" not in parsed.body
    assert "اقرأ أيضًا" not in parsed.body
    assert parsed.body.endswith("مؤشرات النمو والبطالة.")
    assert parsed.summary == ""  # no standfirst: the body's opening is not copied


def test_a_city_before_an_agency_is_never_the_source():
    # One paragraph per line, no blank lines, a Levantine month and a related-links box.
    parsed = page("""
        شبكة المشرق
        لبنان: خطة حكومية لإعادة تأهيل مرفأ بيروت خلال عامين
        بيروت - رويترز
        الخميس 27 حزيران 2024
        أقرت الحكومة اللبنانية خطة لإعادة تأهيل مرفأ بيروت على مراحل، بتمويل من مانحين.
        وقال وزير الأشغال العامة إن المرحلة الأولى تشمل إزالة الأنقاض وترميم الأرصفة.
        وتأمل الحكومة أن يستعيد المرفأ دوره التجاري في المنطقة.
        مواضيع ذات صلة
        لبنان يتسلم دفعة جديدة من القمح
        المرفأ يستقبل أول سفينة حاويات منذ أشهر
    """)
    assert parsed.title == "لبنان: خطة حكومية لإعادة تأهيل مرفأ بيروت خلال عامين"
    assert parsed.source == "رويترز"
    assert parsed.author is None
    assert parsed.published_at == date(2024, 6, 27)
    assert len(paragraphs(parsed)) == 3
    assert "القمح" not in parsed.body
    assert "بيروت - رويترز" not in parsed.body


def test_a_bracketed_agency_dateline_credits_the_agency():
    parsed = page("""
        الأردن اليوم
        وزارة السياحة: ارتفاع عدد زوار البترا بنسبة 20 بالمئة
        ٢٦/٠٦/٢٠٢٤
        عمان (بترا) - أعلنت وزارة السياحة والآثار ارتفاع عدد زوار مدينة البترا الأثرية بنسبة 20 بالمئة خلال النصف الأول من العام.
        وأرجعت الوزارة الارتفاع إلى حملات الترويج في الأسواق الأوروبية والآسيوية.
    """)  # noqa: E501
    assert parsed.source == "بترا"
    assert parsed.author is None
    assert parsed.published_at == date(2024, 6, 26)
    assert parsed.body.startswith("عمان (بترا) - أعلنت وزارة السياحة والآثار")


def test_an_agency_in_brackets_at_the_start_of_the_body_is_the_source():
    parsed = page("""
        عرب تايمز
        أسعار النفط ترتفع بعد تراجع المخزونات الأمريكية
        (رويترز) - ارتفعت أسعار النفط اليوم الخميس بعد تراجع مخزونات الخام في الولايات المتحدة.
        📌 اقرأ أيضًا: الذهب يتراجع مع صعود الدولار
        وقال محللون إن الطلب الصيفي على الوقود يدعم الأسعار.
    """)
    assert parsed.source == "رويترز"
    assert parsed.body.startswith("(رويترز) - ارتفعت أسعار النفط")
    assert "الذهب يتراجع" not in parsed.body


@pytest.mark.parametrize(
    ("attribution", "source", "author"),
    [
        ("دبي - العربية.نت", "العربية.نت", None),  # city - outlet
        ("عمّان - رؤيا", "رؤيا", None),  # one word after a city is an outlet
        ("عنب بلدي – دمشق", "عنب بلدي", None),  # outlet - city
        ("محمود حسن - القاهرة", None, "محمود حسن"),  # reporter - city
        ("القاهرة: «الشرق الأوسط»", "الشرق الأوسط", None),  # city: «outlet»
        ("القاهرة - محمد نبيل", None, "محمد نبيل"),  # city - reporter
        ("وكالة الأنباء السعودية", "وكالة الأنباء السعودية", None),
        ("كتب - وكالات", "وكالات", None),
        ("الأهرام أونلاين - منى عادل - القاهرة", "الأهرام أونلاين", "منى عادل"),
        # the outlet in quotes between the city and its reporter
        ("صور – «الجنوب نيوز» – علي شعيتو", "الجنوب نيوز", "علي شعيتو"),
    ],
)
def test_it_tells_cities_outlets_and_people_apart_in_a_byline(attribution, source, author):
    parsed = page(f"""
        الصفحة الأولى
        الحكومة تعلن خطة لتطوير شبكة الطرق في المحافظات
        {attribution}
        أعلنت الحكومة خطة لتطوير شبكة الطرق في المحافظات خلال العامين المقبلين.
    """)
    assert parsed.source == (source or "الصفحة الأولى")
    assert parsed.author == author
    assert parsed.body == "أعلنت الحكومة خطة لتطوير شبكة الطرق في المحافظات خلال العامين المقبلين."


def test_a_quoted_outlet_dateline_credits_the_outlet_like_an_agency_one():
    parsed = page("""
        القدس العربي
        الأمم المتحدة: مليون طفل بحاجة إلى مساعدات عاجلة في السودان
        لندن- «القدس العربي»: قالت منظمة الأمم المتحدة للطفولة إن أكثر من مليون طفل بحاجة إلى مساعدات.
        وأضافت المنظمة أن النزاع المستمر أدى إلى نزوح ملايين الأسر.
    """)  # noqa: E501
    assert parsed.source == "القدس العربي"
    assert parsed.body.startswith("لندن- «القدس العربي»: قالت منظمة الأمم المتحدة للطفولة")


def test_a_youm7_style_page_with_a_bare_kataba_byline_and_a_repeated_caption():
    parsed = page("""
        اليوم السابع
        الرئيسية
        أخبار مصر
        وزير التعليم: امتحانات الثانوية العامة في موعدها دون تأجيل
        الأربعاء، 26 يونيو 2024 10:30 ص
        كتب محمد أحمد
        وزير التعليم
        وزير التعليم
        أكد وزير التربية والتعليم أن امتحانات الثانوية العامة ستعقد في موعدها المحدد دون تأجيل.
        وأضاف الوزير أن غرف العمليات ستعمل على مدار الساعة.
    """)
    assert parsed.title == "وزير التعليم: امتحانات الثانوية العامة في موعدها دون تأجيل"
    assert parsed.author == "محمد أحمد"
    assert parsed.caption == "وزير التعليم"
    assert parsed.section == "أخبار مصر"
    assert parsed.source == "اليوم السابع"
    assert len(paragraphs(parsed)) == 2


def test_a_long_unpunctuated_line_under_the_headline_is_the_standfirst():
    parsed = page("""
        الشرق الأوسط
        مصر تطلق مبادرة لتوطين صناعة السيارات الكهربائية
        الحكومة تعتزم تقديم حوافز ضريبية للمصنعين المحليين خلال السنوات الخمس المقبلة
        الأربعاء - 20 ذو الحجة 1445 هـ - 26 يونيو 2024 مـ
        القاهرة: «الشرق الأوسط»
        أعلنت الحكومة المصرية إطلاق مبادرة لتوطين صناعة السيارات الكهربائية.
    """)
    assert parsed.summary == (
        "الحكومة تعتزم تقديم حوافز ضريبية للمصنعين المحليين خلال السنوات الخمس المقبلة"
    )
    assert parsed.caption is None
    assert parsed.published_at == date(2024, 6, 26)
    assert parsed.body == "أعلنت الحكومة المصرية إطلاق مبادرة لتوطين صناعة السيارات الكهربائية."


def test_a_site_motto_line_is_not_a_byline():
    parsed = page("""
        المصري اليوم - أخبار مصر والعالم
        ارتفاع أسعار الذهب في الأسواق المحلية اليوم
        كتب: محمد علي
        ارتفعت أسعار الذهب في الأسواق المحلية اليوم بنسبة طفيفة.
    """)
    assert parsed.site_name == "المصري اليوم"
    assert parsed.authors == ["محمد علي"]


def test_it_keeps_the_writer_and_leaves_the_editor_out_of_the_authors():
    parsed = page("""
        الشروق الجزائرية
        رياضة

        المنتخب الوطني يستعد لمواجهة حاسمة في تصفيات كأس العالم

        كتب: يوسف بن علي
        تحرير: كريم مراد
        الإثنين 3 جوان 2024 - 14:30

        يخوض المنتخب الوطني معسكراً مغلقاً استعداداً لمواجهته الحاسمة في تصفيات كأس العالم.

        وأكد المدرب أن اللاعبين في حالة معنوية جيدة.
    """)
    assert parsed.author == "يوسف بن علي"
    assert parsed.authors == ["يوسف بن علي"]
    assert parsed.published_at == datetime(2024, 6, 3, 14, 30)  # Maghrebi «جوان»
    assert parsed.section == "رياضة"
    assert "كريم مراد" not in parsed.body
    assert any("كريم مراد" in warning for warning in parsed.warnings)


@pytest.mark.parametrize(
    "byline",
    ["كتب - محمد علي وسارة حسن", "كتب: محمد علي، سارة حسن", "كتب: محمد علي و سارة حسن"],
)
def test_it_lists_every_author_of_a_shared_byline(byline):
    parsed = page(f"""
        المشهد اليوم
        الرئيسية / ثقافة

        معرض الكتاب يسجل رقماً قياسياً في عدد الزوار خلال دورته الحالية

        {byline}
        السبت 26 تشرين الأول 2024

        سجل معرض الكتاب رقماً قياسياً في عدد الزوار خلال دورته الحالية.

        وشهد المعرض مشاركة أكثر من ألف دار نشر من ثلاثين دولة.
    """)
    assert parsed.authors == ["محمد علي", "سارة حسن"]
    assert parsed.author == "محمد علي"
    assert parsed.source == "المشهد اليوم"
    assert parsed.section == "ثقافة"
    assert parsed.published_at == date(2024, 10, 26)
    assert "سارة حسن" not in parsed.body


def test_a_name_with_a_waw_is_one_author_not_two():
    parsed = page("""
        بوابة الوادي
        افتتاح مدرسة جديدة للتعليم الفني في المحافظة
        كتب - محمد وليد
        افتتح محافظ المدينة مدرسة جديدة للتعليم الفني بطاقة ألف طالب.
    """)
    assert parsed.authors == ["محمد وليد"]


def test_it_reads_an_opinion_byline_with_an_academic_title():
    parsed = page("""
        صحيفة الرأي الحر
        مقالات

        هل ينجح الاقتصاد الأخضر في توفير فرص عمل للشباب؟

        بقلم: د. محمد علي

        يطرح التحول نحو الاقتصاد الأخضر أسئلة كثيرة حول قدرته على خلق وظائف جديدة.

        والحقيقة أن التجارب الدولية تشير إلى أن الاستثمار في الطاقة المتجددة يخلق وظائف.
    """)
    assert parsed.title == "هل ينجح الاقتصاد الأخضر في توفير فرص عمل للشباب؟"
    assert parsed.author == "د. محمد علي"
    assert parsed.section == "مقالات"
    assert parsed.body.startswith("يطرح التحول")
    assert "بقلم" not in parsed.body


def test_it_takes_an_unlabelled_name_under_the_headline_as_the_author():
    parsed = page("""
        الجزيرة اليوم

        الأمم المتحدة تحذر من موجة حر غير مسبوقة في شمال أفريقيا

        نور الهدى سالم
        10/7/2024

        حذرت المنظمة العالمية للأرصاد الجوية من موجة حر غير مسبوقة تضرب دول شمال أفريقيا.

        ودعت المنظمة السلطات إلى اتخاذ تدابير لحماية الفئات الأكثر عرضة للخطر.
    """)
    assert parsed.author == "نور الهدى سالم"
    assert parsed.caption is None
    assert parsed.published_at == date(2024, 7, 10)


def test_an_explicit_source_line_beats_the_site_name_and_a_trailing_credit():
    parsed = page("""
        نبض الشارع
        كتب - أحمد سمير
        المصدر: الأهرام
        ارتفاع معدلات الإقبال على التعليم الفني
        شهدت مدارس التعليم الفني إقبالاً متزايداً هذا العام، بعد إطلاق برامج جديدة.
        وقال مسؤولون إن نسبة التشغيل بين الخريجين ارتفعت بشكل ملحوظ.
        (د ب أ)
    """)
    assert parsed.title == "ارتفاع معدلات الإقبال على التعليم الفني"
    assert parsed.source == "الأهرام"
    assert parsed.author == "أحمد سمير"
    assert "(د ب أ)" not in parsed.body


def test_it_falls_back_to_the_site_name_and_reports_what_is_missing():
    parsed = page("""
        موقع الحدث الآن

        ارتفاع أسعار الخضروات في الأسواق مع بداية موسم الصيف

        شهدت أسواق الخضروات ارتفاعاً ملحوظاً في الأسعار مع بداية موسم الصيف، وسط شكاوى من المستهلكين. وأرجع التجار ذلك إلى النقل.

        وطالب مواطنون الجهات الرقابية بتشديد الرقابة على الأسواق.
    """)  # noqa: E501
    assert parsed.source == "موقع الحدث الآن"
    assert any("اسم الموقع" in warning for warning in parsed.warnings)
    assert parsed.author is None
    assert parsed.published_at is None
    assert parsed.caption is None
    assert parsed.tags == []
    assert parsed.missing == ["summary", "author", "published_at", "caption", "tags"]
    assert MISSING_LABELS["published_at"] == "لم يُعثر على التاريخ"
    assert parsed.summary == ""


def test_without_a_site_name_or_attribution_the_source_stays_empty():
    parsed = page("""
        وزير الخارجية يبحث مع نظيره الفرنسي تطورات الأوضاع في المنطقة
        كتب: سامح فؤاد
        السبت 13 يوليو 2024 | 11:45 ص
        بحث وزير الخارجية في اتصال هاتفي مع نظيره الفرنسي تطورات الأوضاع في المنطقة.
        وأكد الوزيران أهمية مواصلة التنسيق بين البلدين.
    """)
    assert parsed.title.startswith("وزير الخارجية يبحث")
    assert parsed.source is None
    assert "source" in parsed.missing
    assert parsed.author == "سامح فؤاد"
    assert parsed.published_at == datetime(2024, 7, 13, 11, 45)


# --- Header: standfirst, caption, dates ---------------------------------------------------


def test_it_reads_a_standfirst_and_a_caption_between_the_headline_and_the_body():
    parsed = page("""
        جريدة الخليج اليوم
        محليات

        افتتاح أكبر محطة لتحلية المياه بالطاقة الشمسية في المنطقة

        المحطة تنتج 200 ألف متر مكعب يومياً وتخفض الانبعاثات بنسبة 40 في المئة.

        كتب - خالد عبد الرحمن
        الثلاثاء، 5 نوفمبر 2024 09:15 ص

        جانب من حفل افتتاح المحطة (صورة أرشيفية)

        افتتح وزير الطاقة والمياه اليوم أكبر محطة لتحلية مياه البحر تعمل بالطاقة الشمسية.

        وتغطي المحطة احتياجات نحو نصف مليون نسمة من مياه الشرب.

        شارك
        فيسبوك
        تويتر
        واتساب
    """)
    assert parsed.summary == (
        "المحطة تنتج 200 ألف متر مكعب يومياً وتخفض الانبعاثات بنسبة 40 في المئة."
    )
    assert parsed.caption == "جانب من حفل افتتاح المحطة (صورة أرشيفية)"
    assert parsed.author == "خالد عبد الرحمن"
    assert parsed.source == "جريدة الخليج اليوم"
    assert parsed.body.startswith("افتتح وزير الطاقة")
    assert parsed.body.endswith("من مياه الشرب.")
    assert "المحطة تنتج" not in parsed.body


def test_a_short_line_under_the_byline_is_the_caption_not_the_first_paragraph():
    parsed = page("""
        موقع الميدان
        الرئيسية > رياضة

        الأهلي يتعاقد مع مهاجم دولي لتعزيز خط الهجوم

        كتب - عمرو سعيد
        الاثنين، 8 يوليو 2024 05:00 م
        لاعب الأهلي الجديد خلال توقيع العقد

        أعلن النادي الأهلي تعاقده مع مهاجم دولي لمدة ثلاثة مواسم.

        تدعيم الهجوم

        ويأمل الجهاز الفني أن يحل اللاعب أزمة التهديف.
    """)
    assert parsed.caption == "لاعب الأهلي الجديد خلال توقيع العقد"
    assert parsed.published_at == datetime(2024, 7, 8, 17, 0)
    # A crosshead inside the body stays.
    assert paragraphs(parsed) == [
        "أعلن النادي الأهلي تعاقده مع مهاجم دولي لمدة ثلاثة مواسم.",
        "تدعيم الهجوم",
        "ويأمل الجهاز الفني أن يحل اللاعب أزمة التهديف.",
    ]


def test_a_photo_label_line_is_the_caption():
    parsed = page("""
        صحيفة الحرمين
        الأربعاء 20 ذو الحجة 1445 هـ - الموافق 26 يونيو 2024 م
        اختتام موسم الحج وسط إشادة بالخدمات المقدمة لضيوف الرحمن
        صورة: حجاج يؤدون طواف الوداع في المسجد الحرام
        مكة المكرمة - واس
        اختتم حجاج بيت الله الحرام مناسكهم وسط منظومة متكاملة من الخدمات.
    """)
    assert parsed.caption == "صورة: حجاج يؤدون طواف الوداع في المسجد الحرام"
    assert parsed.source == "واس"
    assert parsed.published_at == date(2024, 6, 26)  # the Gregorian date, not the Hijri one


def test_the_publication_date_wins_over_the_update_date():
    parsed = page("""
        الوطن العربي
        آخر تحديث: الجمعة 28 يونيو 2024 08:00 م
        نشر في: الخميس 27 يونيو 2024 06:45 م

        مجلس الأمن يعقد جلسة طارئة لبحث الأوضاع الإنسانية في السودان

        عواصم - وكالات

        عقد مجلس الأمن الدولي جلسة طارئة لبحث تدهور الأوضاع الإنسانية في السودان.

        وحذر مسؤولون أمميون من خطر المجاعة في عدة ولايات.

        الوسوم: السودان, مجلس الأمن؛ الأمم المتحدة، المجاعة ، الإغاثة
    """)
    assert parsed.published_at == datetime(2024, 6, 27, 18, 45)
    assert parsed.source == "وكالات"
    assert parsed.tags == ["السودان", "مجلس الأمن", "الأمم المتحدة", "المجاعة", "الإغاثة"]
    assert "الوسوم" not in parsed.body


def test_an_update_date_is_used_only_when_no_publication_date_is_shown():
    parsed = page("""
        الوطن العربي
        مجلس الأمن يعقد جلسة طارئة لبحث الأوضاع الإنسانية في السودان
        آخر تحديث: الجمعة 28 يونيو 2024 08:00 م
        عقد مجلس الأمن الدولي جلسة طارئة لبحث تدهور الأوضاع الإنسانية في السودان.
    """)
    assert parsed.published_at == datetime(2024, 6, 28, 20, 0)
    assert any("آخر تحديث" in warning for warning in parsed.warnings)


def test_it_joins_a_date_and_a_time_printed_on_separate_lines():
    parsed = page("""
        البيان الإخباري
        الرئيسية » تحقيقات

        كيف تغيرت عادات التسوق بعد انتشار التطبيقات الذكية؟

        كتب: منى عادل
        التاريخ: 26/06/2024
        الساعة: 10:30 صباحًا

        تغيرت عادات التسوق لدى شريحة واسعة من المستهلكين مع انتشار التطبيقات الذكية.
    """)
    assert parsed.published_at == datetime(2024, 6, 26, 10, 30)
    assert parsed.section == "تحقيقات"


def test_a_relative_date_is_dropped_and_reported_not_guessed():
    parsed = page("""
        الموجز
        منذ 3 ساعات
        انطلاق فعاليات مهرجان الفيلم العربي بمشاركة 40 دولة
        متابعة: رنا خليل
        5 دقائق قراءة
        انطلقت مساء اليوم فعاليات مهرجان الفيلم العربي بمشاركة أفلام من 40 دولة.
        تابعونا على فيسبوك وتويتر
    """)
    assert parsed.published_at is None
    assert any("منذ 3 ساعات" in warning for warning in parsed.warnings)
    assert parsed.author == "رنا خليل"
    assert paragraphs(parsed) == [
        "انطلقت مساء اليوم فعاليات مهرجان الفيلم العربي بمشاركة أفلام من 40 دولة."
    ]


# --- Furniture ----------------------------------------------------------------------------


def test_it_drops_english_share_widgets_and_ads():
    parsed = page("""
        Gulf Daily Arabic
        Share
        Tweet
        Advertisement
        الإمارات تطلق قمراً صناعياً جديداً لرصد التغيرات المناخية
        أبوظبي - وام
        أطلقت الإمارات قمراً صناعياً جديداً لرصد التغيرات المناخية ومراقبة جودة الهواء.
        ويحمل القمر أجهزة استشعار متطورة قادرة على قياس انبعاثات الغازات بدقة عالية.
        Read more
        Share on Facebook
        ADVERTISEMENT
        ومن المتوقع أن تبدأ البيانات بالوصول إلى مراكز البحث خلال أسابيع.
        Copyright © 2024 Gulf Daily Arabic. All rights reserved.
    """)
    assert parsed.title == "الإمارات تطلق قمراً صناعياً جديداً لرصد التغيرات المناخية"
    assert parsed.source == "وام"
    assert len(paragraphs(parsed)) == 3
    for furniture in ("Share", "Tweet", "Advertisement", "ADVERTISEMENT", "Read more", "©"):
        assert furniture not in parsed.body


def test_it_keeps_crossheads_and_drops_ads_and_font_widgets_inside_the_body():
    parsed = page("""
        المرصد
        اقتصاد

        الحكومة تعلن حزمة حوافز جديدة للمستثمرين في المناطق الصناعية

        الأحد 7 يوليو 2024 - 01:15 م

        أعلنت الحكومة حزمة حوافز جديدة للمستثمرين في المناطق الصناعية.

        إعلان

        إعفاءات ضريبية

        وتشمل الحوافز إعفاء المشروعات الجديدة من الضريبة لمدة خمس سنوات.

        حجم الخط
        A A A
    """)
    assert paragraphs(parsed) == [
        "أعلنت الحكومة حزمة حوافز جديدة للمستثمرين في المناطق الصناعية.",
        "إعفاءات ضريبية",
        "وتشمل الحوافز إعفاء المشروعات الجديدة من الضريبة لمدة خمس سنوات.",
    ]
    assert parsed.published_at == datetime(2024, 7, 7, 13, 15)


def test_it_reads_crlf_html_leftovers_and_a_byline_sharing_a_line_with_the_date():
    text = (
        '<div class="site">صوت الوادي</div>\r\n'
        "<h1>افتتاح مستشفى جديد للأطفال في المدينة بسعة 300 سرير</h1>\r\n"
        "<p>كتب: أحمد سمير | الأحد 16 فبراير 2025 - 10:05 ص</p>\r\n"
        "<p>افتتح محافظ المدينة مستشفى جديداً للأطفال بسعة 300 سرير.&nbsp;</p>\r\n"
        "<script>var ad = 1;</script>\r\n"
        "<p>وأكد المحافظ أن المستشفى سيخدم أكثر من مليون نسمة.</p>\r\n"
        "<p>اشترك في النشرة البريدية</p>\r\n"
    )
    parsed = parse_page(text)
    assert parsed.title == "افتتاح مستشفى جديد للأطفال في المدينة بسعة 300 سرير"
    assert parsed.author == "أحمد سمير"
    assert parsed.published_at == datetime(2025, 2, 16, 10, 5)
    assert parsed.source == "صوت الوادي"
    assert paragraphs(parsed) == [
        "افتتح محافظ المدينة مستشفى جديداً للأطفال بسعة 300 سرير.",
        "وأكد المحافظ أن المستشفى سيخدم أكثر من مليون نسمة.",
    ]


def test_the_browser_tab_title_above_the_page_is_not_the_headline():
    parsed = page("""
        الحكومة تطلق منصة رقمية لتلقي الشكاوى | بوابة المدينة
        بوابة المدينة
        الرئيسية > محليات
        الحكومة تطلق منصة رقمية لتلقي الشكاوى
        كتب - هشام كمال
        أطلقت الحكومة منصة رقمية جديدة لتلقي شكاوى المواطنين ومتابعتها حتى حلها.
    """)
    assert parsed.title == "الحكومة تطلق منصة رقمية لتلقي الشكاوى"
    assert parsed.site_name == "بوابة المدينة"
    assert parsed.body.startswith("أطلقت الحكومة")


def test_hashtag_and_keyword_lines_become_tags():
    parsed = page("""
        صحيفة الساحل
        البلدية تطلق حملة لتشجير الشوارع الرئيسية بعشرة آلاف شجرة
        أطلقت البلدية حملة واسعة لتشجير الشوارع الرئيسية والحدائق العامة.
        كلمات دالة: تشجير، بيئة
        #الذكاء_الاصطناعي #بلديات
    """)
    assert parsed.tags == ["تشجير", "بيئة", "الذكاء الاصطناعي", "بلديات"]
    assert paragraphs(parsed) == [
        "أطلقت البلدية حملة واسعة لتشجير الشوارع الرئيسية والحدائق العامة."
    ]


# --- Summary ------------------------------------------------------------------------------


def test_the_summary_is_the_first_sentence_cut_at_a_word_when_there_is_none():
    assert first_sentence("قال د. محمد إن النمو بلغ 3.5 بالمئة. وأضاف أن...") == (
        "قال د. محمد إن النمو بلغ 3.5 بالمئة."
    )
    assert first_sentence('وقال: "لن نتراجع". ثم غادر.') == 'وقال: "لن نتراجع".'
    long = "كلمة " * 200
    cut = first_sentence(long, 300)
    assert len(cut) <= 300
    assert long.startswith(cut)
    assert not cut.endswith(" ")


# --- Robustness ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["", "\x00", "\n\n\n", "\t \t", "post-title", "  • مشاركة :\npost-title\nواتساب | إكس"],
)
def test_a_page_without_article_text_gives_empty_fields_and_says_so(text):
    parsed = parse_page(text)
    assert parsed.title == ""
    assert parsed.body == ""
    assert parsed.missing == list(MISSING_LABELS)


def test_a_single_line_is_the_headline():
    parsed = parse_page("ارتفاع أسعار الذهب في الأسواق المحلية")
    assert parsed.title == "ارتفاع أسعار الذهب في الأسواق المحلية"
    assert parsed.body == ""
    assert "body" in parsed.missing


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n", "\u2028"])
def test_line_endings_nuls_and_tabs_do_not_change_the_result(newline):
    lines = [
        "بوابة الوادي",
        "\tالتعليم العالي تفتح باب التقدم لمنح الدراسات العليا في الخارج\t",
        "كتب - محمود\x00 حسن",
        "",
        "أعلنت الوزارة فتح باب التقدم لمنح الدراسات العليا في الخارج.",
    ]
    parsed = parse_page(newline.join(lines))
    assert parsed.title == "التعليم العالي تفتح باب التقدم لمنح الدراسات العليا في الخارج"
    assert parsed.author == "محمود حسن"
    assert parsed.body == "أعلنت الوزارة فتح باب التقدم لمنح الدراسات العليا في الخارج."


def test_a_megabyte_page_parses_in_linear_time():
    seed = SEED.read_text(encoding="utf-8")
    paragraph = paragraphs(parse_page(seed))[1]
    text = seed + "\n\n" + "\n\n".join(f"{paragraph} ({i})" for i in range(3500))
    assert len(text.encode()) > 1_000_000
    started = time.perf_counter()
    parsed = parse_page(text)
    assert time.perf_counter() - started < 10  # a quadratic step would take minutes
    assert parsed.title.startswith('"تحذير" موسكو')
    assert len(paragraphs(parsed)) == 13 + 3500


def test_one_megabyte_line_and_long_runs_of_spaces_are_fine():
    started = time.perf_counter()
    parse_page("كلمة " * 200_000)
    parse_page("أ" + " " * 1_000_000 + "ب\n" + "- " * 300_000)
    parse_page("<p" * 300_000 + "&amp;" * 100_000)
    assert time.perf_counter() - started < 10


_PAGE_PIECES = st.sampled_from(
    [
        "بوابة الوادي",
        "الرئيسية > سياسة",
        "كتب - محمد علي",
        "القاهرة - أ ش أ",
        "الأربعاء، 26 يونيو 2024 10:30 ص",
        "• مشاركة :",
        "post-title",
        "اقرأ أيضًا:",
        "الكلمات المفتاحية: مصر، سياسة",
        "المصدر: وكالات",
        "جميع الحقوق محفوظة © 2024",
        "صورة أرشيفية",
        "وقال الوزير إن الحكومة ماضية في خطتها.",
        "ارتفاع أسعار الذهب في الأسواق",
        "",
        "-",
        "|",
        "(",
        "ـ",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PAGE_PIECES, st.text(max_size=40)), max_size=25))
def test_it_never_raises_and_never_invents_a_field(pieces):
    text = "\n".join(pieces)
    parsed = parse_page(text)
    assert isinstance(parsed, ParsedPage)
    assert set(parsed.missing) <= set(MISSING_LABELS)
    for name in MISSING_LABELS:
        assert (name in parsed.missing) == (not getattr(parsed, name))
    assert parsed.author == (parsed.authors[0] if parsed.authors else None)
    if "<" not in text and "&" not in text:
        # Every string found is printed on the page, once control characters are gone.
        printed = re.sub("[\x00-\x08\x0e-\x1f\x7f]", "", text)
        for found in [parsed.title, parsed.caption, *parsed.authors, parsed.source]:
            assert found is None or found in printed


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_it_never_raises_on_arbitrary_text(text):
    parse_page(text)


def test_a_navigation_line_with_bars_above_the_headline_is_the_section_not_the_title():
    page = parse_page(
        dedent(
            """\
            جريدة المساء العربي
            أخبار عربية | اقتصاد

            ارتفاع أسعار الذهب في السوق المحلية مع تراجع الدولار

            الخميس 27 حزيران 2024 - 09:15

            بيروت - رويترز
            ارتفعت أسعار الذهب في السوق المحلية خلال تعاملات اليوم، مدعومة بتراجع الدولار.

            ويتوقع محللون استمرار الاتجاه الصاعد حتى نهاية الشهر.
            """
        )
    )
    assert page.title == "ارتفاع أسعار الذهب في السوق المحلية مع تراجع الدولار"
    assert page.section == "اقتصاد"
    assert page.site_name == "جريدة المساء العربي"
    assert page.caption is None
    assert page.source == "رويترز"
    assert page.published_at == datetime(2024, 6, 27, 9, 15)


# --- Section labels, mastheads and datelines ----------------------------------------------


@pytest.mark.parametrize("label", ["سياسة", "عربي ودولي", "أخبار مصر", "ثقافة وفن", "رياضة"])
def test_a_section_label_over_the_headline_is_neither_the_title_nor_the_site(label):
    parsed = page(f"""
        {label}
        الحكومة تقر خطة لدعم المشروعات الصغيرة في المحافظات
        كتب: سامح فؤاد
        أقرت الحكومة خطة لدعم المشروعات الصغيرة والمتوسطة في المحافظات.
        © 2024 بوابة المساء. جميع الحقوق محفوظة
    """)
    assert parsed.title == "الحكومة تقر خطة لدعم المشروعات الصغيرة في المحافظات"
    assert parsed.section == label
    assert parsed.site_name == "بوابة المساء"  # from the copyright line
    assert parsed.source == "بوابة المساء"


def test_a_label_the_breadcrumb_names_is_a_section_whatever_its_words():
    parsed = page("""
        الرئيسية > ميركاتو
        ميركاتو
        النادي يقترب من ضم مهاجم جديد قبل نهاية فترة الانتقالات
        اقترب النادي من التعاقد مع مهاجم جديد قبل نهاية فترة الانتقالات الصيفية.
    """)
    assert parsed.title == "النادي يقترب من ضم مهاجم جديد قبل نهاية فترة الانتقالات"
    assert parsed.section == "ميركاتو"
    assert parsed.site_name is None
    assert parsed.source is None


def test_a_label_the_menu_names_is_a_section():
    parsed = page("""
        سياسة | شؤون إسرائيلية | رياضة | منوعات
        شؤون إسرائيلية
        الكنيست يصوت على حل نفسه والدعوة إلى انتخابات مبكرة
        صوت الكنيست بالقراءة الأولى على مشروع قانون لحل نفسه.
    """)
    assert parsed.title == "الكنيست يصوت على حل نفسه والدعوة إلى انتخابات مبكرة"
    assert parsed.section == "شؤون إسرائيلية"
    assert parsed.source is None


@pytest.mark.parametrize(
    "masthead", ["الشام اليوم | سياسة", "سياسة - الشام اليوم", "سياسة | الشام اليوم"]
)
def test_a_site_and_section_masthead_gives_the_site_not_a_byline(masthead):
    parsed = page(f"""
        {masthead}
        البرلمان يناقش مشروع قانون الانتخابات الجديد
        الخميس 27 حزيران 2024 - 09:15
        بدأ البرلمان مناقشة مشروع قانون الانتخابات الجديد وسط خلافات بين الكتل.
    """)
    assert parsed.title == "البرلمان يناقش مشروع قانون الانتخابات الجديد"
    assert parsed.site_name == "الشام اليوم"
    assert parsed.source == "الشام اليوم"
    assert parsed.section == "سياسة"
    assert parsed.authors == []


@pytest.mark.parametrize(
    "dateline",
    [
        "بيروت - خاص",
        "القاهرة – خاص",
        "عمّان ـ خاص",
        "خاص - دمشق",
        "بغداد - مراسلنا",
        "كربلاء - متابعات",
    ],
)
def test_a_city_and_exclusive_dateline_credits_no_source(dateline):
    parsed = page(f"""
        النهار الجديد
        مصرف لبنان يعلن إجراءات جديدة لضبط سعر الصرف
        {dateline}
        الخميس 27 حزيران 2024
        أعلن مصرف لبنان حزمة إجراءات جديدة لضبط سعر صرف الليرة في السوق الموازية.
    """)
    assert parsed.source == "النهار الجديد"  # the site's own: no «خاص»
    assert parsed.authors == []
    assert parsed.caption is None
    assert parsed.summary == ""
    assert parsed.body.startswith("أعلن مصرف لبنان")


def test_an_exclusive_dateline_opening_the_first_paragraph_credits_no_one():
    parsed = page("""
        بيروت - خاص - أعلن مصرف لبنان حزمة إجراءات جديدة لضبط سعر صرف الليرة في السوق.
    """)
    assert parsed.source is None
    assert parsed.body.startswith("بيروت - خاص - أعلن مصرف لبنان")


def test_an_outlet_with_a_number_in_its_name_is_the_byline_source():
    parsed = page("""
        الأطلس 24
        البرلمان يصادق على مشروع قانون المالية
        الأطلس 24 - نزار الفراوي
        صادق مجلس النواب على مشروع قانون المالية بأغلبية أعضائه الحاضرين.
    """)
    assert parsed.source == "الأطلس 24"
    assert parsed.authors == ["نزار الفراوي"]


def test_a_name_right_over_the_date_is_the_byline_whatever_the_first_name():
    parsed = page("""
        منبر العرب
        مقالات
        عن الثقافة في زمن المنصات
        إيلي حداد
        الخميس 4 تموز 2024
        لم تعد الثقافة حكرًا على النخب، فقد فتحت المنصات أبوابها أمام الجميع.
    """)
    assert parsed.authors == ["إيلي حداد"]
    assert parsed.caption is None
    assert parsed.section == "مقالات"


# --- Widgets: counters, read-also lists, fixtures ------------------------------------------


@pytest.mark.parametrize(
    "counter", ["1,234 مشاهدة", "عدد القراءات: 532", "المشاهدات: 12,430", "👁 2,045", "قرئ 87 مرة"]
)
def test_a_view_counter_is_neither_the_caption_nor_the_body(counter):
    parsed = page(f"""
        صدى الرياض
        افتتاح أكبر مكتبة عامة في المدينة
        كتب: ريم الحربي
        الأحد 16 فبراير 2025
        {counter}
        افتتح أمير المنطقة أكبر مكتبة عامة في المدينة بحضور عدد من المسؤولين.
        {counter}
    """)
    assert parsed.caption is None
    assert paragraphs(parsed) == [
        "افتتح أمير المنطقة أكبر مكتبة عامة في المدينة بحضور عدد من المسؤولين."
    ]


def test_a_hijri_date_line_is_neither_the_date_nor_the_caption():
    parsed = page("""
        صحيفة الحرمين
        هطول أمطار غزيرة على مكة المكرمة
        14 رمضان 1447 هـ
        الموافق 4 مارس 2026 م
        شهدت مكة المكرمة هطول أمطار غزيرة مساء أمس.
    """)
    assert parsed.published_at == date(2026, 3, 4)
    assert parsed.caption is None


@pytest.mark.parametrize("label", ["شاهد أيضاً", "اقرأ أيضاً:", "اقرأ أيضا: الذهب يتراجع"])
def test_every_link_listed_after_read_also_is_left_out_up_to_the_next_paragraph(label):
    parsed = page(f"""
        بوابة النيل
        الحكومة تعلن خطة لتطوير النقل العام
        كتب - عمرو سعيد
        أعلنت الحكومة خطة لتطوير شبكة النقل العام في العاصمة خلال عامين.
        {label}
        • أمطار غزيرة متوقعة نهاية الأسبوع
        • وزير الصحة يتفقد مستشفيات المحافظة
        انطلاق الموسم السياحي وسط توقعات بإقبال كبير
        وتشمل الخطة شراء حافلات كهربائية وتحديث محطات المترو القائمة.
    """)
    assert paragraphs(parsed) == [
        "أعلنت الحكومة خطة لتطوير شبكة النقل العام في العاصمة خلال عامين.",
        "وتشمل الخطة شراء حافلات كهربائية وتحديث محطات المترو القائمة.",
    ]


def test_a_related_box_inside_the_body_leaves_the_rest_of_the_article():
    parsed = page("""
        بوابة النيل
        الحكومة تعلن خطة لتطوير النقل العام
        أعلنت الحكومة خطة لتطوير شبكة النقل العام في العاصمة خلال عامين.
        مواضيع ذات صلة
        أمطار غزيرة متوقعة نهاية الأسبوع
        وزير الصحة يتفقد مستشفيات المحافظة
        وتشمل الخطة شراء حافلات كهربائية وتحديث محطات المترو القائمة.
    """)
    assert len(paragraphs(parsed)) == 2
    assert "أمطار" not in parsed.body


@pytest.mark.parametrize(
    ("heading", "fixture"),
    [
        ("المباراة القادمة", "الوداد × الرجاء"),
        ("المباراة السابقة", "الهلال 2 - 1 النصر"),
        ("جدول المباريات", "الأهلي ضد الزمالك"),
    ],
)
def test_a_sports_page_fixture_widget_is_not_the_body(heading, fixture):
    parsed = page(f"""
        ملاعب 24
        رياضة
        الوداد يواصل استعداداته للديربي
        كتب: يوسف بلحاج
        الأربعاء 3 يوليوز 2024 - 10:30
        يواصل فريق الوداد استعداداته لمواجهة الديربي المرتقب نهاية الأسبوع.
        {heading}
        {fixture}
        السبت 6 يوليوز 2024 - 20:00
    """)
    assert paragraphs(parsed) == [
        "يواصل فريق الوداد استعداداته لمواجهة الديربي المرتقب نهاية الأسبوع."
    ]
    assert parsed.published_at == datetime(2024, 7, 3, 10, 30)


def test_a_wire_desk_credit_and_an_opinion_disclaimer_are_not_the_body():
    parsed = page("""
        نبض العالم
        أسعار النفط تتراجع مع ارتفاع المخزونات
        لندن (رويترز) - تراجعت أسعار النفط اليوم مع ارتفاع مخزونات الخام الأمريكية.
        (إعداد منى عادل للنشرة العربية - تحرير أحمد سمير)
        * الآراء الواردة في المقال تعبر عن رأي كاتبها
    """)
    assert parsed.source == "رويترز"
    assert parsed.authors == []
    assert paragraphs(parsed) == [
        "لندن (رويترز) - تراجعت أسعار النفط اليوم مع ارتفاع مخزونات الخام الأمريكية."
    ]
    assert any("منى عادل" in warning for warning in parsed.warnings)


# --- The summary --------------------------------------------------------------------------


def test_the_standfirst_is_the_summary_and_not_a_paragraph():
    parsed = page("""
        صحيفة الوطن الخليجية
        الرئيسية > اقتصاد
        الكويت تقر خطة لتنويع الإيرادات غير النفطية
        تتضمن الخطة حزمة من المشروعات في قطاعات اللوجستيات والسياحة والخدمات المالية لتقليص الاعتماد على النفط.
        الكويت - كونا
        الأحد 16 فبراير 2025
        أقر مجلس الوزراء في الكويت خطة متوسطة المدى لتنويع مصادر الإيرادات غير النفطية، تمتد حتى عام 2035.
        وتتضمن الخطة تطوير مشروعات في قطاعات النقل البحري والخدمات اللوجستية.
    """)  # noqa: E501
    assert parsed.summary.startswith("تتضمن الخطة حزمة")
    assert parsed.body.startswith("أقر مجلس الوزراء")
    assert "تتضمن الخطة حزمة" not in parsed.body


def test_without_a_standfirst_the_summary_is_empty_and_named_missing():
    parsed = page("""
        بوابة الوادي
        افتتاح مدرسة جديدة للتعليم الفني في المحافظة
        كتب - محمد وليد
        افتتح محافظ المدينة مدرسة جديدة للتعليم الفني بطاقة ألف طالب.
        وتضم المدرسة ورشًا حديثة في الكهرباء والميكانيكا.
    """)
    assert parsed.summary == ""
    assert "summary" in parsed.missing
    assert paragraphs(parsed)[0].startswith("افتتح محافظ المدينة")


def test_a_labelled_summary_line_is_the_summary_wherever_it_sits():
    parsed = page("""
        بوابة الوادي
        افتتاح مدرسة جديدة للتعليم الفني في المحافظة
        كتب - محمد وليد
        الثلاثاء، 12 نوفمبر 2024 11:20 ص
        باختصار: مدرسة فنية جديدة بطاقة ألف طالب تفتح أبوابها في المحافظة.
        افتتح محافظ المدينة مدرسة جديدة للتعليم الفني بطاقة ألف طالب.
        وتضم المدرسة ورشًا حديثة في الكهرباء والميكانيكا.
    """)
    assert parsed.summary == "مدرسة فنية جديدة بطاقة ألف طالب تفتح أبوابها في المحافظة."
    assert paragraphs(parsed)[0].startswith("افتتح محافظ المدينة")
    assert "باختصار" not in parsed.body


def test_a_rubric_over_the_headline_is_not_the_site_when_the_footer_names_it():
    parsed = page("""
        أزمة الطاقة
        الحكومة ترفع أسعار الوقود للمرة الثانية هذا العام
        كتب: سامح فؤاد
        رفعت الحكومة أسعار الوقود للمرة الثانية هذا العام.
        جميع الحقوق محفوظة © صوت الوادي 2024
    """)
    assert parsed.title == "الحكومة ترفع أسعار الوقود للمرة الثانية هذا العام"
    assert parsed.section == "أزمة الطاقة"
    assert parsed.source == "صوت الوادي"


def test_a_site_filing_from_a_city_is_the_byline_not_the_caption():
    parsed = page("""
        هسبريس
        سياسة
        الأربعاء 3 يوليوز 2024 - 18:23
        البرلمان يصادق على مشروع قانون المسطرة الجنائية
        هسبريس من الرباط
        صادق مجلس النواب، في جلسة تشريعية عقدها مساء الثلاثاء، على مشروع القانون.
    """)
    assert parsed.caption is None
    assert parsed.source == "هسبريس"
    assert parsed.authors == []
    assert parsed.published_at == datetime(2024, 7, 3, 18, 23)


def test_a_city_and_a_name_after_a_colon_is_the_byline():
    parsed = page("""
        صدى الرياض
        افتتاح محطة لمعالجة المياه بطاقة كبيرة
        الكويت: إيلي حداد
        الأربعاء 4 يونيو 2025
        افتتح وزير المياه اليوم محطة جديدة لمعالجة مياه الصرف الصحي.
    """)
    assert parsed.authors == ["إيلي حداد"]


def test_a_phrase_straight_under_the_headline_is_the_standfirst_not_the_caption():
    parsed = page("""
        الرئيسية / أخبار الخليج / السعودية
        السعودية تطلق برنامجا لتأهيل الكوادر الوطنية في قطاع السياحة
        يستهدف البرنامج تدريب 100 ألف شاب وشابة خلال ثلاث سنوات
        الرياض - «الخليج اليوم»
        14 محرم 1446 هـ - 20 يوليو 2024 م
        أطلقت وزارة السياحة السعودية برنامجا وطنيا لتأهيل الكوادر الوطنية في قطاع السياحة.
        © الخليج اليوم 2024
    """)
    assert parsed.summary == "يستهدف البرنامج تدريب 100 ألف شاب وشابة خلال ثلاث سنوات"
    assert parsed.caption is None
    assert parsed.source == "الخليج اليوم"
    assert parsed.published_at == date(2024, 7, 20)


def test_short_lines_after_the_last_paragraph_are_tags_not_body():
    parsed = page("""
        مرايا بريس
        البرلمان يصادق على مشروع قانون المسطرة الجنائية
        صادق مجلس النواب على مشروع قانون المسطرة الجنائية بأغلبية أعضائه الحاضرين.
        تدعيم الضمانات
        وقال وزير العدل إن المشروع يعزز ضمانات المحاكمة العادلة.
        البرلمان
        المسطرة الجنائية
        وزارة العدل
    """)
    assert paragraphs(parsed) == [
        "صادق مجلس النواب على مشروع قانون المسطرة الجنائية بأغلبية أعضائه الحاضرين.",
        "تدعيم الضمانات",  # a crosshead: a paragraph follows it
        "وقال وزير العدل إن المشروع يعزز ضمانات المحاكمة العادلة.",
    ]
    assert parsed.tags == ["البرلمان", "المسطرة الجنائية", "وزارة العدل"]


def test_the_writers_note_under_an_opinion_piece_is_not_the_body():
    parsed = page("""
        الرأي الحر
        آراء
        متى نتعلم من دروس الماضي؟
        د. سامي الخطيب
        في كل مرة تمر فيها المنطقة بأزمة، نكتشف أننا لم نتعلم شيئا من الأزمات السابقة.
        * كاتب وأكاديمي أردني
    """)
    assert paragraphs(parsed) == [
        "في كل مرة تمر فيها المنطقة بأزمة، نكتشف أننا لم نتعلم شيئا من الأزمات السابقة."
    ]


def test_a_section_and_site_masthead_under_a_badge_still_names_the_site():
    parsed = page("""
        عاجل
        أخبار العالم - نبض العالم
        زلزال بقوة 6.2 درجة يضرب جنوب تركيا
        ضرب زلزال بقوة 6.2 درجة على مقياس ريختر جنوب تركيا فجر اليوم الثلاثاء.
    """)
    assert parsed.site_name == "نبض العالم"
    assert parsed.section == "أخبار العالم"
    assert parsed.source == "نبض العالم"


LONG_PARAGRAPH = (
    "أقر مجلس الوزراء في الكويت خطة متوسطة المدى لتنويع مصادر الإيرادات غير النفطية، تمتد "
    "حتى عام 2035، وتستهدف رفع مساهمة القطاع الخاص في الناتج المحلي الإجمالي وخلق فرص عمل "
    "جديدة للمواطنين."
)


@pytest.mark.parametrize("caption", [[], ["جانب من الاجتماع"], ["جانب من الاجتماع"] * 2])
def test_one_short_sentence_over_a_far_longer_paragraph_is_the_standfirst(caption):
    lead = "تتضمن الخطة حزمة من المشروعات في قطاعات اللوجستيات والسياحة والخدمات المالية."
    parsed = parse_page(
        "\n".join(
            [
                "بوابة النيل",
                "الكويت تقر خطة لتنويع الإيرادات غير النفطية",
                "الخميس 23 مارس 2023، 07:30 ص",
                "كتبت: منى عادل",
                *caption,
                lead,
                LONG_PARAGRAPH,
                "وقال وزير المالية إن الحكومة ستعمل على ضمان الاستقرار المالي.",
            ]
        )
    )
    assert parsed.summary == lead
    assert paragraphs(parsed)[0] == LONG_PARAGRAPH
    assert parsed.caption == (caption[0] if caption else None)


@pytest.mark.parametrize(
    "opening",
    [
        "أعلنت الحكومة استقالتها اليوم.",  # too short to be a standfirst: a one-line lede
        "أعلنت الحكومة الكويتية اليوم خطة لتنويع الإيرادات. وقال الوزير إنها طموحة.",
    ],
)
def test_a_short_opening_paragraph_stays_in_the_body(opening):
    parsed = parse_page(
        f"بوابة النيل\nالكويت تقر خطة لتنويع الإيرادات\n{opening}\n{LONG_PARAGRAPH}"
    )
    assert parsed.summary == ""
    assert paragraphs(parsed) == [opening, LONG_PARAGRAPH]


@pytest.mark.parametrize("masthead", ["هسبريس | سياسة", "سياسة - هسبريس"])
def test_a_site_and_section_line_under_the_headline_is_neither_caption_nor_byline(masthead):
    parsed = page(f"""
        البرلمان يصادق على مشروع قانون المالية للسنة المقبلة
        {masthead}
        الأربعاء 3 يوليوز 2024 - 18:23
        صادق مجلس النواب على مشروع قانون المالية بأغلبية أعضائه الحاضرين في جلسة عامة.
    """)
    assert parsed.source == "هسبريس"
    assert parsed.section == "سياسة"
    assert parsed.authors == []
    assert parsed.caption is None


@pytest.mark.parametrize(("dateline", "source"), [("مصر - أ ش أ", "أ ش أ"), ("لبنان - خاص", None)])
def test_a_country_dateline_under_the_headline_is_no_masthead(dateline, source):
    parsed = page(f"""
        الحكومة تقر خطة لدعم المشروعات الصغيرة في المحافظات
        {dateline}
        أقرت الحكومة خطة لدعم المشروعات الصغيرة والمتوسطة في المحافظات.
    """)
    assert parsed.source == source
    assert parsed.site_name is None


@pytest.mark.parametrize("date_first", [True, False])
def test_a_standfirst_a_name_and_a_caption_under_the_headline_are_told_apart(date_first):
    dated = ["الأحد 4 جوان 2023 على الساعة 12h30"]
    parsed = parse_page(
        "\n".join(
            [
                "اقتصاد",
                *(dated if date_first else []),
                "الكويت تقر خطة لتنويع الإيرادات غير النفطية",
                "تتضمن الخطة حزمة من المشروعات في قطاعات اللوجستيات والسياحة والخدمات المالية.",
                "إيلي حداد",
                *([] if date_first else dated),
                "جانب من الاجتماع",
                LONG_PARAGRAPH,
            ]
        )
    )
    assert parsed.summary.startswith("تتضمن الخطة")
    assert parsed.authors == ["إيلي حداد"]
    assert parsed.caption == "جانب من الاجتماع"
    assert parsed.published_at == datetime(2023, 6, 4, 12, 30)
    assert paragraphs(parsed) == [LONG_PARAGRAPH]


@pytest.mark.parametrize("site", ["العربية", "الأخبار", "الوطن", "العرب"])
def test_a_newspaper_named_by_one_word_over_the_headline_is_the_site(site):
    parsed = page(f"""
        {site}
        الحكومة تقر خطة لدعم المشروعات الصغيرة في المحافظات
        أقرت الحكومة خطة لدعم المشروعات الصغيرة والمتوسطة في المحافظات.
    """)
    assert parsed.site_name == site
    assert parsed.section is None


def test_a_score_under_the_headline_is_neither_caption_nor_standfirst():
    parsed = page("""
        ملاعب 24
        الهلال يكتسح النصر برباعية في ديربي الرياض
        الهلال 4 - 0 النصر
        الرياض - فيصل العتيبي
        اكتسح الهلال ضيفه النصر بأربعة أهداف دون رد في ديربي الرياض.
    """)
    assert parsed.caption is None
    assert parsed.summary == ""
    assert parsed.authors == ["فيصل العتيبي"]


def test_a_linked_title_that_asks_is_still_a_link_under_read_also():
    parsed = page("""
        بوابة النيل
        الحكومة تعلن خطة لتطوير النقل العام
        أعلنت الحكومة خطة لتطوير شبكة النقل العام في العاصمة خلال عامين.
        اقرأ أيضاً
        ما الذي ينتظر أسعار تذاكر المترو؟
        عاجل: افتتاح محطة جديدة!
        وتشمل الخطة شراء حافلات كهربائية وتحديث محطات المترو القائمة.
    """)
    assert paragraphs(parsed) == [
        "أعلنت الحكومة خطة لتطوير شبكة النقل العام في العاصمة خلال عامين.",
        "وتشمل الخطة شراء حافلات كهربائية وتحديث محطات المترو القائمة.",
    ]


def test_the_headline_is_the_line_that_says_what_the_lead_says_under_a_long_masthead():
    parsed = page("""
        صحيفة النخيل
        الأحد 17 ذو الحجة 1445هـ - 23 يونيو 2024م
        العدد 18532
        الدولار 3.75 | اليورو 4.02 | الذهب 2,905
        عاجل: تعليق الدراسة في عدد من المحافظات بسبب الأمطار
        محليات
        أمانة الرياض تبدأ تنفيذ مسارات جديدة للمشاة في عشرة أحياء
        الرياض - واس
        بدأت أمانة منطقة الرياض تنفيذ مشروع لإنشاء مسارات جديدة للمشاة في عشرة أحياء سكنية.

        وتمتد المسارات لأكثر من خمسين كيلومترا وتشمل أرصفة مظللة ومناطق جلوس.
    """)
    assert parsed.title == "أمانة الرياض تبدأ تنفيذ مسارات جديدة للمشاة في عشرة أحياء"
    assert parsed.section == "محليات"
    assert parsed.site_name == "صحيفة النخيل"
    assert parsed.caption is None
    assert parsed.source == "واس"


def test_the_edition_date_over_the_masthead_yields_to_the_storys_date_and_time():
    parsed = page("""
        النجمة الجزائرية
        الأحد 06 أفريل 2025 | العدد 7321
        الجزائر تطلق مشاريع لتحلية مياه البحر في ولايات الغرب
        نشر في: 06 أفريل 2025 - 09:45
        أعلنت وزارة الري عن إطلاق مشاريع جديدة لإنجاز محطات لتحلية مياه البحر في الغرب.

        وتهدف المشاريع إلى تأمين التزويد بالماء الشروب خلال فصل الصيف.
    """)
    assert parsed.published_at == datetime(2025, 4, 6, 9, 45)


def test_a_labelled_list_after_the_last_paragraph_is_no_body():
    parsed = page("""
        ملاعب 24
        الأهلي يحسم قمة الدوري أمام الزمالك بهدف قاتل
        القاهرة - أحمد سمير
        حسم الأهلي قمة الدوري المصري أمام غريمه الزمالك بالفوز بهدفين مقابل هدف.

        وعزز الفريق صدارته قبل الاستحقاقات القارية المقبلة.

        تشكيل الأهلي:
        حراسة المرمى: محمد الشناوي
        الدفاع: محمد هاني - ياسر إبراهيم - علي معلول
        المباراة القادمة: الأهلي × بيراميدز - السبت 19:30
        التعليقات مغلقة
    """)
    assert paragraphs(parsed) == [
        "حسم الأهلي قمة الدوري المصري أمام غريمه الزمالك بالفوز بهدفين مقابل هدف.",
        "وعزز الفريق صدارته قبل الاستحقاقات القارية المقبلة.",
    ]


def test_tunis_afrique_presse_is_an_agency():
    parsed = page("""
        بوابة قرطاج
        انطلاق موسم جني الزيتون بولاية صفاقس
        صفاقس (وات) - انطلق موسم جني الزيتون بولاية صفاقس وسط توقعات بصابة قياسية هذا العام.

        ويتوقع المهنيون ارتفاع الصادرات نحو الأسواق الأوروبية.
    """)
    assert parsed.source == "وات"


def test_under_a_menu_the_headline_comes_before_a_standfirst_that_says_more():
    parsed = page("""
        صوت الأطلس
        القائمة
        سياسة | مجتمع | جهات | رياضة | ثقافة

        ثقافة

        مهرجان مراكش للفنون الشعبية يحتفي بفرق الدقة والعيطة

        يستضيف المهرجان هذه السنة فرقا من عشر جهات وعروضا مفتوحة في ساحة جامع الفنا

        الاثنين 09 دجنبر 2024 - 08:30

        تحتضن مراكش مهرجان الفنون الشعبية الذي يجمع فرقا من عشر جهات، منها فرق الدقة والعيطة.

        وتتوزع العروض المفتوحة بين قصر البديع وساحة جامع الفنا طيلة أيام المهرجان.
    """)
    assert parsed.title == "مهرجان مراكش للفنون الشعبية يحتفي بفرق الدقة والعيطة"
    assert parsed.summary == (
        "يستضيف المهرجان هذه السنة فرقا من عشر جهات وعروضا مفتوحة في ساحة جامع الفنا"
    )


def test_a_cookie_notice_over_the_menu_is_not_the_first_paragraph():
    parsed = page("""
        نستخدم ملفات تعريف الارتباط لتحسين تجربتك. باستمرارك في التصفح فإنك توافق على ذلك.
        موافق
        إدارة التفضيلات
        القائمة
        الخبر العاجل
        سياسة
        اقتصاد

        الأردن يطلق منصة وطنية لتوظيف الشباب في القطاع الخاص

        عمان - بترا

        أطلقت وزارة العمل الأردنية منصة وطنية لتوظيف الشباب في شركات القطاع الخاص.

        وقالت الوزارة إن المنصة تتيح للشركات نشر الوظائف الشاغرة واستقبال الطلبات.
    """)
    assert parsed.title == "الأردن يطلق منصة وطنية لتوظيف الشباب في القطاع الخاص"
    assert parsed.source == "بترا"
    assert not parsed.body.startswith("نستخدم")


@pytest.mark.parametrize(
    ("byline", "source", "authors"),
    [("لندن - (رويترز)", "رويترز", []), ("عمر فاروق - الأناضول", "الأناضول", ["عمر فاروق"])],
)
def test_a_reporter_or_a_city_before_an_agency(byline, source, authors):
    parsed = page(f"""
        ميريديان عربي
        إسطنبول تستضيف مؤتمرا دوليا حول الأمن الغذائي بمشاركة أربعين دولة
        {byline}
        انطلقت في مدينة إسطنبول أعمال مؤتمر دولي حول الأمن الغذائي بمشاركة أربعين دولة.

        ويناقش المؤتمر سبل مواجهة ارتفاع أسعار الغذاء.
    """)
    assert parsed.source == source
    assert parsed.authors == authors


def test_related_stories_under_any_related_heading_and_comment_widgets_are_no_body():
    parsed = page("""
        الأفق الدولي
        موجة حر تضرب جنوب أوروبا وتحذيرات من حرائق الغابات في اليونان
        أصدرت السلطات في اليونان تحذيرات من ارتفاع خطر اندلاع حرائق الغابات مع موجة حر شديدة.

        ويربط علماء المناخ ذلك بارتفاع متوسط درجات الحرارة على مستوى العالم.

        قصص ذات صلة
        كيف تحمي نفسك من ضربات الشمس؟
        الأمم المتحدة: العام الماضي كان الأشد حرارة على الإطلاق
        التعليقات مغلقة.
    """)
    assert paragraphs(parsed) == [
        "أصدرت السلطات في اليونان تحذيرات من ارتفاع خطر اندلاع حرائق الغابات مع موجة حر شديدة.",
        "ويربط علماء المناخ ذلك بارتفاع متوسط درجات الحرارة على مستوى العالم.",
    ]


def test_a_score_and_a_venue_over_the_headline_are_no_headline():
    parsed = page("""
        ستاد العرب
        الدوري المصري | الدوري السعودي | منتخبات
        الأهلي 2 - 1 الزمالك
        انتهت المباراة
        استاد القاهرة الدولي

        الأهلي يحسم قمة الدوري أمام الزمالك بهدف قاتل ويعزز صدارته

        كتب: كريم عادل

        حسم الأهلي قمة الدوري أمام الزمالك بهدفين مقابل هدف على استاد القاهرة الدولي.

        وعزز الأهلي صدارته بهدف قاتل في الوقت بدل الضائع.
    """)
    assert parsed.title == "الأهلي يحسم قمة الدوري أمام الزمالك بهدف قاتل ويعزز صدارته"


def test_a_live_pages_key_points_under_the_headline_are_no_headline():
    parsed = page("""
        الكوكب 24
        البث المباشر

        تغطية مباشرة: اليوم الثاني من مؤتمر المناخ في باكو

        نشرت في: 12/11/2024 - 09:00

        أبرز التطورات:
        • قادة دول يلقون كلماتهم في الجلسة العامة لمؤتمر المناخ
        • خلافات حول هدف التمويل المناخي الجديد

        اختتمت الجلسة العامة لمؤتمر المناخ بكلمات لقادة دول طالبوا بهدف جديد للتمويل المناخي.

        وتتواصل الخلافات حول التمويل في الجلسة العامة.
    """)
    assert parsed.title == "تغطية مباشرة: اليوم الثاني من مؤتمر المناخ في باكو"


@pytest.mark.parametrize("over", [True, False])
def test_a_columnists_name_and_role_are_the_author_and_no_caption(over):
    who = "سامر العبيدي\nكاتب صحفي ومحلل سياسي\n"
    title = "الماء قبل النفط.. معركة العقد المقبل في المنطقة العربية\n"
    parsed = page(
        "منبر الرأي\nمقالات الرأي\n\n"
        + (who + "\n" + title if over else title + "\n" + who)
        + "\nالأربعاء 25 سبتمبر 2024\n\n"
        + "لم يعد الحديث عن ندرة المياه في المنطقة العربية ترفا أكاديميا تتداوله مراكز الأبحاث.\n\n"
        + "والمفارقة أن كثيرا من الحكومات ما زالت تتعامل مع الملف بعقلية إدارة الأزمات.\n"
    )
    assert parsed.title == title.strip()
    assert parsed.authors == ["سامر العبيدي"]
    assert parsed.caption is None


def test_a_short_first_line_over_a_menu_a_section_and_the_headline_is_the_site():
    parsed = page("""
        مصر الآن 24
        الرئيسية | سياسة | اقتصاد | محافظات | رياضة

        تكنولوجيا

        إطلاق منصة رقمية لتدريب الشباب على البرمجة مجانا

        إعداد: سلمى ناصر

        أطلقت وزارة الاتصالات منصة رقمية لتدريب الشباب على البرمجة مجانا بالتعاون مع شركات.

        وتتيح المنصة دورات في البرمجة وتحليل البيانات.
    """)
    assert parsed.site_name == "مصر الآن 24"
    assert parsed.source == "مصر الآن 24"
    assert parsed.section == "تكنولوجيا"


def test_a_live_pages_team_credit_update_time_and_refresh_badge_are_no_author_caption_or_body():
    parsed = page("""
        الأفق الدولي
        مباشر | حفل افتتاح أولمبياد باريس 2024 على ضفاف نهر السين
        تغطية: فريق الأفق الرياضي
        بدأت التغطية: الجمعة 26 يوليو 2024 - 19:00
        تحديث: منذ 3 دقائق
        تحديث تلقائي ●
        نتابع معكم لحظة بلحظة وقائع حفل افتتاح الألعاب الأولمبية الصيفية في باريس.

        23:40 — أعلن الرئيس الفرنسي رسميا افتتاح دورة الألعاب الأولمبية.
    """)
    assert parsed.authors == []
    assert parsed.caption is None
    assert parsed.body.startswith("نتابع معكم لحظة بلحظة")


def test_a_paragraph_a_mobile_copy_wrapped_over_short_lines_is_one_paragraph():
    parsed = parse_page(
        "بوابة النيل\n\nمكتبة الإسكندرية تطلق مشروعا لرقمنة المخطوطات النادرة\n\n"
        "كتب:\nرنا محفوظ\n\n٠٤/٠٣/٢٠٢٥\n\n"
        "أعلنت مكتبة الإسكندرية إطلاق مشروع\nجديد لرقمنة آلاف المخطوطات النادرة\n"
        "المحفوظة في خزائنها، وإتاحتها\nللباحثين عبر منصة إلكترونية مفتوحة.\n\n"
        "ويشمل المشروع مخطوطات في الطب والفلك\nوالرياضيات والأدب، يعود بعضها إلى\n"
        "قرون عديدة من تاريخ المدينة.\n"
    )
    assert paragraphs(parsed) == [
        "أعلنت مكتبة الإسكندرية إطلاق مشروع جديد لرقمنة آلاف المخطوطات النادرة المحفوظة في"
        " خزائنها، وإتاحتها للباحثين عبر منصة إلكترونية مفتوحة.",
        "ويشمل المشروع مخطوطات في الطب والفلك والرياضيات والأدب، يعود بعضها إلى قرون عديدة"
        " من تاريخ المدينة.",
    ]
    assert parsed.caption is None


def test_widgets_labels_and_a_desk_are_no_caption_and_an_interviewer_is_the_author():
    parsed = page("""
        يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. بمتابعة التصفح فإنك توافق على ذلك.
        موافق   المزيد
        الساحل الشرقي نت
        وزير الصحة: افتتاح مركز لغسيل الكلى بطاقة ثلاثين جهازا
        أجرت الحوار: نادية السيد
        قراءة: 4 دقائق
        المركز الإعلامي
        مشاركة   حفظ   طباعة
        افتتح وزير الصحة مركزا جديدا لغسيل الكلى يضم ثلاثين جهازا حديثا في المكلا.

        شاهد الفيديو
        مدة الفيديو 02:15
        ويخدم المركز مئات المرضى الذين كانوا يسافرون لتلقي العلاج.
    """)
    assert parsed.title == "وزير الصحة: افتتاح مركز لغسيل الكلى بطاقة ثلاثين جهازا"
    assert parsed.authors == ["نادية السيد"]
    assert parsed.caption is None
    assert paragraphs(parsed) == [
        "افتتح وزير الصحة مركزا جديدا لغسيل الكلى يضم ثلاثين جهازا حديثا في المكلا.",
        "ويخدم المركز مئات المرضى الذين كانوا يسافرون لتلقي العلاج.",
    ]


def test_an_iraqi_slash_dateline_credits_the_agency():
    parsed = page("""
        منصة الكرخ
        الحكومة تطلق مشروعا لتأهيل شبكات المياه في بغداد
        بغداد/ واع
        أطلقت الحكومة مشروعا لتأهيل شبكات المياه في عدد من أحياء العاصمة بغداد.

        ويستمر المشروع عامين بكلفة تتجاوز مئة مليار دينار.
    """)
    assert parsed.source == "واع"
    assert parsed.caption is None


def test_a_box_of_facts_is_no_body_but_a_list_the_story_announces_is():
    parsed = page("""
        ملاعب 24
        الرجاء والوداد يتعادلان في الديربي البيضاوي
        انتهت مباراة الديربي البيضاوي بين الرجاء والوداد بالتعادل بهدف لمثله في ملعب مكتظ.

        النتيجة النهائية: الرجاء 1 - 1 الوداد
        الهدف الأول: حمزة البوزيدي (34')
        الهدف الثاني: أيوب الخياطي (67')
        البطاقة الحمراء
        وجاءت أبرز أرقام المباراة على النحو التالي:
        الاستحواذ: 54% للرجاء
        التسديدات: 12 مقابل 9
        وأبقى التعادل الفريقين في سباق التأهل إلى المسابقات القارية.

        شاهد الفيديو: أهداف الديربي
        -انتهى-
        نبذة عن الموقع
    """)
    assert paragraphs(parsed) == [
        "انتهت مباراة الديربي البيضاوي بين الرجاء والوداد بالتعادل بهدف لمثله في ملعب مكتظ.",
        "وجاءت أبرز أرقام المباراة على النحو التالي:",
        "الاستحواذ: 54% للرجاء",
        "التسديدات: 12 مقابل 9",
        "وأبقى التعادل الفريقين في سباق التأهل إلى المسابقات القارية.",
    ]


def test_a_key_points_box_over_the_headline_is_neither_headline_nor_body():
    parsed = page("""
        تقني نت
        أخبار التقنية | شروحات | برامج
        باختصار:
        تتوقف التحديثات الأمنية المجانية لويندوز 10 في أكتوبر، ويمكن الترقية إلى ويندوز 11.
        مايكروسوفت تنهي دعم ويندوز 10 في أكتوبر: ما الذي يعنيه ذلك للمستخدمين؟
        ١٨ يونيو ٢٠٢٥
        تستعد مايكروسوفت لإنهاء الدعم الرسمي لنظام التشغيل ويندوز 10 في أكتوبر المقبل.

        ولن تتوقف الأجهزة عن العمل بعد هذا الموعد، لكنها ستصبح أكثر عرضة للثغرات.
    """)
    assert parsed.title == "مايكروسوفت تنهي دعم ويندوز 10 في أكتوبر: ما الذي يعنيه ذلك للمستخدمين؟"
    assert parsed.body.startswith("تستعد مايكروسوفت")


def test_notes_and_comment_widgets_after_the_story_are_no_body():
    parsed = page("""
        صحتك اليوم
        خمس عادات يومية تحمي القلب من الأمراض المزمنة
        كتبت: ريم الحسيني
        12 مارس 2025
        ينصح أطباء القلب بالمشي نصف ساعة يوميا وتقليل الملح والسكر في الطعام.

        كما يساعد النوم الكافي على خفض ضغط الدم وتحسين عمل القلب.

        تنويه: هذا المقال لأغراض التوعية ولا يغني عن استشارة الطبيب المختص.
        إخلاء مسؤولية: المعلومات الواردة هنا لا تمثل نصيحة طبية.
        لا توجد تعليقات بعد. كن أول من يعلق!
    """)
    assert paragraphs(parsed) == [
        "ينصح أطباء القلب بالمشي نصف ساعة يوميا وتقليل الملح والسكر في الطعام.",
        "كما يساعد النوم الكافي على خفض ضغط الدم وتحسين عمل القلب.",
    ]


def test_a_warning_the_story_gives_stays_in_the_body():
    parsed = page("""
        الطقس اليوم
        أمطار غزيرة على السواحل الشمالية مساء الخميس
        12 مارس 2025
        توقعت الأرصاد هطول أمطار غزيرة على السواحل الشمالية مساء الخميس.

        تنبيه: يرجى من السائقين تجنب الطرق الساحلية خلال ساعات المساء.
    """)
    warning = "تنبيه: يرجى من السائقين تجنب الطرق الساحلية خلال ساعات المساء."
    assert paragraphs(parsed)[-1] == warning


def test_a_caption_with_its_photographer_between_paragraphs_is_the_caption():
    parsed = page("""
        الزيتونة نت
        بلدية نابلس تطلق مشروعا لتركيب ألواح شمسية على المدارس
        كتب: سامر خليل
        5 نوفمبر 2024
        أطلقت بلدية نابلس مشروعا لتركيب أنظمة طاقة شمسية على أسطح عشر مدارس حكومية.

        ألواح شمسية على سطح إحدى مدارس المدينة - تصوير: بلدية نابلس

        ويهدف المشروع إلى خفض فاتورة الكهرباء وتشجيع التوجه نحو الطاقة النظيفة.
    """)
    assert parsed.caption == "ألواح شمسية على سطح إحدى مدارس المدينة - تصوير: بلدية نابلس"
    assert "تصوير" not in parsed.body


def test_a_lead_over_a_list_it_announces_is_the_first_paragraph_not_the_headline():
    parsed = page("""
        تقني نت
        ذكاء اصطناعي
        معهد الابتكار في أبوظبي يطلق نماذج «فالكون» جديدة مفتوحة المصدر
        كتب - هاني رزق
        الثلاثاء 17 ديسمبر 2024 الساعة 12:40 م
        مشاهدات: 5,870
        أبرز النقاط
        - نماذج بأحجام صغيرة تعمل على الحواسيب الشخصية
        - ترخيص مفتوح يسمح بالاستخدام التجاري
        أعلن معهد الابتكار التكنولوجي في أبوظبي إطلاق جيل جديد من نماذج «فالكون» مفتوحة المصدر بأحجام صغيرة ومتوسطة مصممة للعمل على أجهزة محدودة الموارد.

        وأوضح المعهد أن النماذج الجديدة متاحة بعدة أحجام:
        1 مليار معامل
        3 مليارات معامل
        7 مليارات معامل
        10 مليارات معامل
        وأضاف أن النماذج متاحة للمطورين والشركات الناشئة دون رسوم ترخيص.
    """)  # noqa: E501
    assert parsed.title == "معهد الابتكار في أبوظبي يطلق نماذج «فالكون» جديدة مفتوحة المصدر"
    assert parsed.caption is None
    assert parsed.body.startswith("أعلن معهد الابتكار")
    assert "أبرز النقاط" not in parsed.body and "ترخيص مفتوح" not in parsed.body
    assert "7 مليارات معامل" in parsed.body


def test_the_headline_is_over_the_byline_not_the_caption_under_it():
    parsed = page("""
        الياسمينة
        مجلة المرأة العربية
        مطبخ › أطباق رئيسية
        طريقة تحضير المقلوبة بالدجاج خطوة بخطوة
        إعداد: منى الصالح
        نشر في 20/06/2024 - 5:10 م
        طبق المقلوبة بالدجاج بعد قلبه في صحن التقديم ومزين بالمكسرات
        تعد المقلوبة بالدجاج من أشهر الأطباق في بلاد الشام، وتقدم في صحن التقديم مقلوبة ومزينة بالمكسرات المحمصة.

        وتحضر عادة في المناسبات العائلية وأيام الجمعة.
    """)  # noqa: E501
    assert parsed.title == "طريقة تحضير المقلوبة بالدجاج خطوة بخطوة"
    assert parsed.caption == "طبق المقلوبة بالدجاج بعد قلبه في صحن التقديم ومزين بالمكسرات"


def test_goal_lines_over_a_match_report_are_no_headline_but_a_quote_headline_is():
    parsed = page("""
        هدف عربي
        دوري نجوم قطر
        السد 2 - 1 الدحيل
        الهدف الأول: أكرم عفيف (15')
        الهدف الثاني: المعز علي (52')
        الهدف الثالث: حسن الهيدوس (90+3')
        السد يخطف فوزا قاتلا من الدحيل في قمة دوري النجوم
        ١ فبراير ٢٠٢٥ - ٩:٣٠ م
        الدوحة - قنا - خطف فريق السد فوزا ثمينا من ضيفه الدحيل بهدفين مقابل هدف، وسجل أكرم عفيف الهدف الأول والمعز علي هدف التعادل قبل أن يسجل حسن الهيدوس الهدف الثالث.

        وبهذا الفوز يواصل السد مطاردة المتصدر.
    """)  # noqa: E501
    assert parsed.title == "السد يخطف فوزا قاتلا من الدحيل في قمة دوري النجوم"
    quoted = page("""
        الهضاب الرقمي
        الجهوي
        وهران: ربط 1200 مسكن جديد بشبكة الغاز الطبيعي بالأحياء الشرقية
        وهران: كريمة بن عودة
        2024/08/27 - 18:40
        استفادت 1200 عائلة بالأحياء الشرقية لمدينة وهران من الربط بشبكة الغاز الطبيعي.

        ويشمل البرنامج أحياء أخرى خلال الأشهر المقبلة.
    """)
    assert quoted.title == "وهران: ربط 1200 مسكن جديد بشبكة الغاز الطبيعي بالأحياء الشرقية"


@pytest.mark.parametrize(
    ("opening", "source"),
    [
        ("الدقم في 12 نوفمبر /العمانية/", "العمانية"),
        ("المنامة في 3 مارس / بنا /", "بنا"),
        ("الكويت - 22 - 1 (كونا) --", "كونا"),
        ("برلين - (د ب أ) -", "د ب أ"),
        ("طرابلس - وال -", "وال"),
        ("كيفه - ومأ -", "ومأ"),
        ("القاهرة - ق.و -", "الوادي الجديد"),  # a desk's initials, no agency
        # an agency the lists do not know, between slashes after the day, or its initials
        ("الدوحة في 07 نوفمبر /لنا/", "لنا"),
        ("القاهرة في 3 فبراير / أ ن د /", "أ ن د"),
    ],
)
def test_a_wire_dateline_with_its_date_or_marks_credits_the_agency(opening, source):
    parsed = page(f"""
        الوادي الجديد
        افتتاح مصنع جديد لتعبئة الأسماك بطاقة إنتاجية كبيرة
        12 نوفمبر 2024
        {opening} افتتح اليوم مصنع جديد لتعبئة الأسماك بطاقة إنتاجية تبلغ ثلاثين ألف طن سنويا.

        ويضم المصنع خطوط إنتاج للتجميد السريع والتعليب.
    """)
    assert parsed.source == source
    assert parsed.body.startswith(opening)


def test_a_wire_dateline_on_its_own_line_credits_the_agency_and_is_no_body():
    parsed = page("""
        صحيفة الوادي الأخضر
        نزوى تحتضن الموسم الشتوي لمهرجانها التراثي
        السبت، 21 ديسمبر 2024 - 2:30 م
        نزوى في 21 ديسمبر /العمانية/
        تستضيف ولاية نزوى ابتداء من اليوم الموسم الشتوي للمهرجان التراثي بمشاركة الحرفيين.

        ويتضمن المهرجان أركانا لصناعة الفخار والنسيج.
    """)
    assert parsed.source == "العمانية"
    assert parsed.body.startswith("تستضيف ولاية نزوى")
    assert parsed.published_at == datetime(2024, 12, 21, 14, 30)


def test_readers_comments_end_the_story_and_credit_no_one():
    parsed = page("""
        صحيفة المدار
        الحكومة تطلق المرحلة الثانية من برنامج دعم تشغيل الشباب
        15 تشرين الأول 2024، 10:30 ص
        عمّان - بترا - أطلقت وزارة العمل، اليوم الثلاثاء، المرحلة الثانية من برنامج دعم تشغيل الشباب في المحافظات.

        ويمكن للراغبين التسجيل عبر المنصة الإلكترونية للوزارة حتى نهاية الشهر المقبل.

        التعليقات (2)
        أبو يزن - 16 تشرين الأول 2024، 11:02 ص
        خطوة جيدة، بس المهم المتابعة وأن ما يتم الاستغناء عن الشباب بعد انتهاء الدعم.
        رد
        سلمى - 16 تشرين الأول 2024، 12:40 م
        هل يشمل البرنامج خريجي الجامعات؟
        أضف تعليقك
    """)  # noqa: E501
    assert parsed.body.endswith("حتى نهاية الشهر المقبل.")
    assert parsed.author is None
    assert parsed.source == "بترا"
    assert parsed.published_at == datetime(2024, 10, 15, 10, 30)


def test_references_notes_and_the_writers_box_after_the_story_are_no_body():
    tail = "ويبقى النشاط البدني والغذاء المتوازن خير وقاية من نقص الفيتامين لدى الكبار والصغار."
    for back_matter in (
        ["المراجع:", "1. منظمة الصحة العالمية، صحيفة وقائع حول المغذيات الدقيقة."],
        ["المصادر", "- إرشادات الجمعية الأوروبية لأمراض القلب بشأن ضغط الدم."],
        ["* ملاحظة المترجم: آثرنا إبقاء أسماء المحطات بصيغتها المحلية كما وردت في الأصل."],
        ["التصنيفات: صحة، تغذية", "عن الكاتبة", "منى الشريف", "اختصاصية تغذية تكتب عن الصحة."],
        ["كاتب المقال", "منى الشريف", "اختصاصية تغذية تكتب عن الصحة والعادات الغذائية منذ سنوات."],
        ["عن الكاتبة: منى الشريف اختصاصية تغذية تكتب عن الصحة والعادات الغذائية منذ سنوات."],
        ["ملاحظة: نُقل النص كما ورد في النسخة الورقية دون تعديل."],
        [
            "التصنيفات: زراعة منزلية، شرفات، خضار، صحة عامة، تغذية الأطفال",
            "جميع الصور من أرشيف الكاتبة الخاص وتنشر بإذنها، ولا يجوز نقلها دون موافقة.",
        ],
    ):
        lines = "\n".join(back_matter)
        parsed = parse_page(
            "صحتك اليوم\nنقص فيتامين د في المنطقة العربية\n12 مارس 2025\n"
            "يعاني عدد كبير من سكان المنطقة العربية من نقص فيتامين د رغم وفرة الشمس.\n\n"
            f"{tail}\n\n{lines}"
        )
        assert parsed.body.endswith(tail), back_matter


def test_a_note_in_the_story_is_the_storys():
    parsed = parse_page(
        "صحتك اليوم\nأسعار الأدوية الجديدة\n12 مارس 2025\n"
        "أعلنت الوزارة قائمة أسعار جديدة لأكثر من مئتي صنف من الأدوية المستوردة.\n\n"
        "ملاحظة: الأسعار تشمل الضريبة المضافة وتسري من أول الشهر المقبل.\n\n"
        "وقالت الوزارة إن القائمة ستراجع كل ستة أشهر بحسب سعر الصرف."
    )
    assert parsed.body.endswith("بحسب سعر الصرف.")


def test_a_translation_credits_its_source_and_its_translator_when_the_writer_is_unnamed():
    parsed = page("""
        موقع الجسر الثقافي
        سباق الرقائق: لماذا تنفق الدول المليارات على مصانع أشباه الموصلات
        ترجمة وإعداد: هالة منصور
        نقلاً عن غلوبال ليدجر
        الثلاثاء 10 حزيران 2025 - 14:20
        خلال السنوات الخمس الماضية تحولت صناعة أشباه الموصلات من ملف تقني إلى قضية أمن قومي.

        وتستهدف حزم الدعم الحكومي إقامة مصانع جديدة قرب الأسواق الكبرى.
    """)
    assert parsed.author == "هالة منصور"
    assert parsed.source == "غلوبال ليدجر"
    written = page("""
        منصة ترجمات الفجر
        الصيف الأوروبي يتغير: السياح يهربون من الحر إلى الشمال
        بقلم: جوناثان ريد
        ترجمة: سامر الحلبي
        عن ذا نورثرن كرونيكل
        نُشر في 13 أغسطس 2024
        لم تعد أشهر الصيف في جنوب أوروبا كما كانت قبل عقد من الزمن بسبب موجات الحر المتكررة.

        وتشير بيانات شركات السفر إلى ارتفاع الحجوزات في أشهر الربيع.
    """)
    assert written.author == "جوناثان ريد"
    assert written.source == "ذا نورثرن كرونيكل"
    rewritten = page("""
        نافذة العالم
        جودة مياه نهر السين تثير القلق قبيل سباقات الترايثلون
        عن أ ف ب (بتصرف)
        2024-07-29 | 10:00
        أعلن منظمو دورة الألعاب الأولمبية في باريس أنهم سيتخذون قرارهم صباح يوم السباق.

        وكانت السلطات قد أنفقت أكثر من مليار يورو على تنظيف النهر.
    """)
    assert rewritten.source == "أ ف ب"
    assert rewritten.author is None


def test_a_galleries_counters_and_a_live_badge_are_no_caption():
    parsed = page("""
        شرفات بيروت
        بالصور: متطوعون ينظفون شاطئ الرملة البيضاء
        تحديث مستمر
        الأحد 7 تموز 2024
        الصورة 1 من 6
        متطوعون يجمعون النفايات على الشاطئ الرملي جنوب المدينة (خاص شرفات بيروت)
        شارك مئات المتطوعين، صباح اليوم الأحد، في حملة لتنظيف شاطئ الرملة البيضاء في بيروت.

        الصورة 2 من 6
        ودعا المنظمون السكان إلى عدم ترك مخلفاتهم على الرمال.
    """)
    assert parsed.caption == (
        "متطوعون يجمعون النفايات على الشاطئ الرملي جنوب المدينة (خاص شرفات بيروت)"
    )
    assert parsed.body.startswith("شارك مئات المتطوعين")
    assert "الصورة 2 من 6" not in parsed.body


def test_a_galleries_buttons_are_no_body():
    parsed = page("""
        مجلة السيارة
        «راكان» الجديدة.. مساحة أكبر ومقصورة أهدأ بسعر منافس
        كتب: ماجد القحطاني
        03/01/2025
        1 / 24
        المقصورة الأمامية للسيارة بعد التحديث
        الصورة التالية ›
        تعود «راكان» إلى السوق بجيل جديد أطول بعشرة سنتيمترات من سابقه.

        وخلال تجربتنا على الطرق الصحراوية أثبت نظام الدفع الرباعي كفاءته.
    """)
    assert parsed.caption == "المقصورة الأمامية للسيارة بعد التحديث"
    assert parsed.body.startswith("تعود «راكان» إلى السوق")


@pytest.mark.parametrize(
    ("meta", "author", "published"),
    [
        ("Jan 18, 2025 at 8:30 am · د. سامي القرشي · 2 Comments", "د. سامي القرشي",
         datetime(2025, 1, 18, 8, 30)),
        ("نُشر في Dec 5, 2024 بواسطة ليلى الحسن — 7 تعليقات", "ليلى الحسن", date(2024, 12, 5)),
        ("إعداد: منى الشريف | مراجعة طبية: د. خالد الزعبي", "منى الشريف", None),
        ("ألبوم صور | تصوير وإعداد: فيصل الثبيتي", "فيصل الثبيتي", None),
    ],
)  # fmt: skip
def test_a_blogs_meta_line_of_items_names_the_writer_and_the_date(meta, author, published):
    parsed = page(f"""
        مدونة حبر رقمي
        خمسة دروس تعلمتها من إطلاق تطبيق ناشئ في سوق عربية صغيرة
        {meta}
        قبل عامين أطلقت مع شريكين تطبيقا لحجز مواعيد الصالونات والعيادات في مدينة صغيرة.

        الدرس الأول أن المستخدم لا يقرأ الشروح الطويلة مهما كانت واضحة.
    """)
    assert parsed.author == author
    assert parsed.published_at == published


@pytest.mark.parametrize(
    "caption",
    [
        "شارع المتنبي صباح الجمعة (تصوير الكاتب)",
        "مقر محكمة الاستئناف بالدار البيضاء - أرشيف المنار الأطلسي",
    ],
)
def test_a_caption_credited_to_its_photographer_or_an_archive_is_the_caption(caption):
    parsed = page(f"""
        مدونات الزقاق
        شارع المتنبي في الجمعة الأولى بعد الترميم
        نُشر في 14/03/2025 - 21:05
        {caption}
        وصلت إلى الشارع قبل التاسعة صباحا، والباعة يفرشون الكتب على الأرصفة كعادتهم.

        الواجهات التراثية استعادت شناشيلها الخشبية.
    """)
    assert parsed.caption == caption
    assert parsed.body.startswith("وصلت إلى الشارع")


def test_a_writers_role_under_the_byline_is_no_caption():
    parsed = page("""
        صحيفة الرابية اليومية
        القراءة في زمن الشاشات
        بقلم: د. هيفاء المومني
        أستاذة اللسانيات في إحدى الجامعات الأردنية
        الاثنين ٢٤ حزيران ٢٠٢٤
        لم يعد السؤال اليوم هل يقرأ أبناؤنا، بل ماذا يقرؤون وكيف يقرؤون في زمن الشاشات.

        ويبقى البيت المدرسة الأولى.
    """)
    assert parsed.author == "د. هيفاء المومني"
    assert parsed.caption is None
    # under the date, a longer role that says it is the writer's
    parsed = page("""
        الجسر الثقافي
        في رثاء المعلمة الأولى
        بقلم: د. نزار حداد
        15/04/2025

        الكاتب أستاذ الأدب العربي في إحدى الجامعات

        لم أكن أعرف، حين دخلت صفها للمرة الأولى قبل أربعين عاماً، أن تلك المعلمة ستبقى معي.

        كانت تدخل الصف قبل الجرس بدقائق، تكتب على اللوح بيتاً من الشعر.
    """)
    assert parsed.caption is None
    # ...but a role and a name at an event under the byline is the photo's caption
    parsed = page("""
        الجزائر الثقافية
        فيلم جزائري فرنسي مشترك يصور مشاهده في قصور الجنوب
        الأربعاء 10 سبتمبر 2025
        بقلم: نسيمة بوعلام
        المخرج Karim Benali خلال الندوة الصحفية في غرداية
        أعلن المخرج كريم بن علي عن بدء تصوير فيلمه الروائي الجديد في قصور الجنوب الجزائري.

        وقال المخرج خلال ندوة صحفية إن اختيار المكان لم يكن صدفة.
    """)
    assert parsed.caption == "المخرج Karim Benali خلال الندوة الصحفية في غرداية"


def test_an_embedded_posts_text_and_counters_are_neither_caption_nor_body():
    parsed = page("""
        بوابة المستطيل الأخضر
        الأهلي يعلن تجديد عقد قائد الفريق حتى صيف 2027 عبر منصة إكس
        كتب - سمر عادل
        الخميس 14 نوفمبر 2024 - 04:02 م
        🦅 النادي الأهلي · حساب موثق
        مستمر مع الأحمر ✍️🔴 قائدنا باقٍ حتى صيف 2027
        ٣:١٥ م · 👁 ١٢٫٤ ألف مشاهدة
        أعلن النادي الأهلي، عصر اليوم الخميس، تجديد عقد قائد الفريق الأول لمدة موسمين إضافيين.

        وتفاعل آلاف المشجعين مع المنشور خلال دقائق من نشره.
    """)
    assert parsed.caption is None
    assert parsed.body.startswith("أعلن النادي الأهلي")
    assert "مشاهدة" not in parsed.body


def test_a_mauritanian_name_with_son_of_is_one_writer():
    parsed = page("""
        موقع الركيز نت
        مهرجان مدائن التراث ينطلق في ودان بمشاركة فرق من مختلف الولايات
        كتب: محمد الأمين ولد سيدي
        19 شتنبر 2024 على الساعة 17:30
        انطلقت مساء اليوم الخميس في مدينة ودان التاريخية فعاليات النسخة الجديدة من المهرجان.

        ويستمر المهرجان أسبوعا كاملا.
    """)
    assert parsed.authors == ["محمد الأمين ولد سيدي"]
    two = page("""
        موقع الركيز نت
        مهرجان مدائن التراث ينطلق في ودان بمشاركة فرق من مختلف الولايات
        كتب: محمد الأمين وسارة ولد سيدي
        19 شتنبر 2024
        انطلقت مساء اليوم الخميس في مدينة ودان التاريخية فعاليات النسخة الجديدة من المهرجان.
    """)
    assert two.authors == ["محمد الأمين", "سارة ولد سيدي"]


def test_a_tight_dateline_credits_its_agency():
    parsed = page("""
        بردى اليوم
        وزارة الصحة تطلق حملة وطنية للتلقيح ضد شلل الأطفال في جميع المحافظات
        2024-11-03 | 14:20
        دمشق-سانا أطلقت وزارة الصحة اليوم حملة وطنية للتلقيح ضد شلل الأطفال تستمر خمسة أيام.

        وأوضح مدير الرعاية الصحية الأولية أن الحملة تشمل جميع المحافظات.
    """)
    assert parsed.source == "سانا"
    assert parsed.body.startswith("دمشق-سانا أطلقت")


def test_the_editions_date_beside_its_hijri_day_yields_to_the_storys():
    parsed = page("""
        نافذة آزال اليوم
        الاثنين 9 جمادى الأولى 1446هـ - الموافق 11 نوفمبر 2024م
        الرئيسية | محلية | اقتصاد | رياضة
        [10/نوفمبر/2024]
        وزارة الزراعة تدشن توزيع بذور القمح المحسنة على مزارعي المحافظات
        صنعاء - سبأ : دشنت وزارة الزراعة والري اليوم توزيع بذور القمح المحسنة على المزارعين.

        وأوضح وكيل الوزارة أن الدفعة الأولى تشمل ثلاث محافظات.
        الوقت المقدر للقراءة: 4 دقائق
    """)
    assert parsed.published_at == date(2024, 11, 10)
    assert parsed.source == "سبأ"
    assert "دقائق" not in parsed.body


@pytest.mark.parametrize(
    "line",
    ["عرض هذه الرسالة في المتصفح", "إلغاء الاشتراك", "الوقت المقدر للقراءة: 4 دقائق"],
)
def test_a_newsletters_links_and_a_reading_time_are_dropped(line):
    assert [fact.kind for fact in classify_line(line)] == [Kind.DROP]


def test_a_fatwa_page_names_its_mufti_and_keeps_its_closing_formula():
    parsed = page("""
        منار الفتوى
        حكم إخراج زكاة الفطر نقدا بدلا من الطعام
        رقم الفتوى: 48213
        المفتي: د. عبد الرحمن الصالح
        تاريخ النشر: 28/03/2024
        السؤال: أقيم في مدينة أوروبية لا يتوفر فيها القمح أو التمر بسهولة، فهل يجوز إخراج زكاة الفطر نقدا؟

        الجواب: الحمد لله، فلا حرج عليك في إخراجها نقدا في الحالة التي ذكرتها.

        والله تعالى أعلم.
        فتاوى ذات صلة
        - حكم تعجيل زكاة الفطر
    """)  # noqa: E501
    assert parsed.author == "د. عبد الرحمن الصالح"
    assert parsed.body.endswith("والله تعالى أعلم.")
    committee = page("""
        منار الفتوى
        حكم بيع الذهب بالتقسيط
        المفتي: لجنة الفتوى
        تاريخ النشر: 28/03/2024
        السؤال: أعمل في محل لبيع المجوهرات، ويطلب بعض الزبائن الشراء بالتقسيط، فما الحكم؟
    """)
    assert committee.author is None


def test_a_programmes_presenter_is_the_author_and_its_transcript_the_body():
    parsed = page("""
        إذاعة مدى الشمال
        بودكاست «على الطاولة»
        كيف تغير الطاقة الشمسية حياة القرى النائية؟
        المدة: 24:10
        تقديم: ريم الخطيب
        الضيف: د. ماجد العلي، خبير الطاقة المتجددة
        تاريخ البث: 14 أكتوبر 2024
        نص الحلقة
        ريم: مرحبا بكم في حلقة جديدة من «على الطاولة». نتحدث اليوم عن الطاقة الشمسية في القرى.

        ماجد: شكرا على الدعوة، الطاقة الشمسية غيرت حياة آلاف الأسر في السنوات الأخيرة.
    """)
    assert parsed.author == "ريم الخطيب"
    assert parsed.published_at == date(2024, 10, 14)
    assert parsed.body.startswith("ريم: مرحبا بكم")
    assert "24:10" not in parsed.body


def test_a_markets_strip_over_the_masthead_is_no_site_name_nor_a_notice_the_holder():
    parsed = page("""
        تاسي 11,982.45 ▲ 0.38% | نمو 26,410.10 ▼ 0.21% | برنت 74.12 دولار
        المؤشر الاقتصادية
        ارتفاع قيمة الصفقات العقارية السكنية 14% في الربع الثالث
        الرياض - فهد العتيبي
        الأحد 3 نوفمبر 2024 - 09:10 م
        ارتفعت القيمة الإجمالية للصفقات العقارية السكنية في المملكة خلال الربع الثالث.

        وتصدرت منطقة الرياض قائمة المناطق من حيث قيمة الصفقات.
        أسعار الأسهم متأخرة 15 دقيقة. جميع الحقوق محفوظة © المؤشر الاقتصادية
    """)
    assert parsed.site_name == "المؤشر الاقتصادية"
    assert parsed.source == "المؤشر الاقتصادية"
    assert parsed.author == "فهد العتيبي"
    assert parsed.published_at == datetime(2024, 11, 3, 21, 10)


def test_a_word_no_outlets_before_a_reporters_name_is_the_city_filed_from():
    parsed = page("""
        كاروان نيوز
        حلبجة تستضيف مهرجان الرمان السنوي بمشاركة 300 مزارع
        حلبجة - شيلان عمر
        23/11/2024 | 18:40
        انطلقت في مدينة حلبجة فعاليات مهرجان الرمان السنوي بمشاركة ثلاثمئة مزارع من المنطقة.

        ويعرض المزارعون خلال المهرجان أصنافا مختلفة من الرمان.
    """)
    assert parsed.author == "شيلان عمر"
    assert parsed.source == "كاروان نيوز"


@pytest.mark.parametrize(
    "caption",
    [
        "صيادون يفرغون حمولة قواربهم في ميناء الصليف - سبأ",
        "مشاركون في إحدى ورش التدريب على الأمن السيبراني - (بنا)",
    ],
)
def test_a_long_description_credited_to_an_agency_is_the_caption(caption):
    parsed = page(f"""
        نافذة آزال اليوم
        انطلاق موسم صيد الجمبري في سواحل الحديدة وسط توقعات بإنتاج وفير
        الأحد 5 يناير 2025 - 04:05 م
        {caption}
        الحديدة - سبأ
        انطلق اليوم موسم صيد الجمبري في سواحل محافظة الحديدة وسط توقعات بإنتاج وفير هذا العام.

        وأوضح مدير الهيئة أن الموسم يستمر أربعة أشهر.
    """)
    assert parsed.caption == caption
    assert parsed.source == "سبأ"
    assert parsed.body.startswith("انطلق اليوم")
    assert [fact.kind for fact in classify_line(caption)] == [Kind.CAPTION]


def test_a_province_then_a_byline_names_the_writer_not_a_source():
    parsed = page("""
        بوابة أخبار الأقاليم
        افتتاح محطة مياه جديدة في قرى مركز ديروط
        محافظة أسيوط - كتب أحمد عبد التواب
        الأحد 9 فبراير 2025 - 07:30 م
        افتتح محافظ أسيوط محطة مياه جديدة تخدم خمس قرى في مركز ديروط بتكلفة كبيرة.

        وتعمل المحطة بطاقة ألف متر مكعب يوميا.
    """)
    assert parsed.author == "أحمد عبد التواب"
    assert parsed.source == "بوابة أخبار الأقاليم"


def test_an_agency_spelled_out_in_the_source_line_is_named_as_it_signs():
    parsed = page("""
        بوابة الشرقية
        مجلس المنطقة الشرقية يعقد جلسته الأولى من دورته الحالية
        الأحد 9 فبراير 2025 - 07:30 م
        عقد مجلس المنطقة الشرقية جلسته الأولى من دورته الحالية مساء اليوم في مقر الإمارة.

        وناقش المجلس عددا من المشروعات التنموية.
        المصدر: وكالة الأنباء السعودية (واس)
    """)
    assert parsed.source == "واس"


@pytest.mark.parametrize("line", ["📌 مثبت", "🔄 تحديث", "🔊 استمع للتقرير الصوتي"])
def test_a_live_pages_pins_and_a_players_prompt_are_dropped(line):
    assert [fact.kind for fact in classify_line(line)] == [Kind.DROP]


def test_a_desk_named_by_its_beat_is_no_author():
    parsed = page("""
        الديوانية الإلكترونية
        مجلس الأمة يقر قانون الإقامة في مداولته الثانية
        كتب المحرر البرلماني
        الثلاثاء 21 نوفمبر 2023
        أقر مجلس الأمة في جلسته العادية اليوم قانون الإقامة في مداولته الثانية بموافقة الأغلبية.
    """)
    assert parsed.author is None


def test_a_writers_role_after_a_comma_in_the_byline_is_dropped():
    parsed = page("""
        منبر الضاد
        الدبلوماسية الثقافية.. القوة التي نهملها
        بقلم: سلوى الأيوبي، أستاذة العلوم السياسية في الجامعة اللبنانية
        15 نيسان 2025 - 08:00
        حين نتحدث عن نفوذ الدول، يتجه التفكير عادة إلى الاقتصاد والجيوش قبل الثقافة والفنون.

        وتمتلك المنطقة العربية رصيدا هائلا من هذه القوة الناعمة.
    """)
    assert parsed.title == "الدبلوماسية الثقافية.. القوة التي نهملها"
    assert parsed.author == "سلوى الأيوبي"


def test_the_note_on_the_writer_closing_an_opinion_piece_is_no_body():
    parsed = page("""
        منبر الضاد
        الدبلوماسية الثقافية.. القوة التي نهملها
        بقلم: سلوى الأيوبي
        15 نيسان 2025 - 08:00
        حين نتحدث عن نفوذ الدول، يتجه التفكير عادة إلى الاقتصاد والجيوش قبل الثقافة والفنون.

        المطلوب سياسة ثقافية طويلة النفس تمنح المبدعين المنابر ليحكوا قصصهم بأصواتهم.

        سلوى الأيوبي أستاذة جامعية وباحثة في العلاقات الدولية.
    """)
    assert parsed.body.endswith("ليحكوا قصصهم بأصواتهم.")
    other = page("""
        منبر الضاد
        الدبلوماسية الثقافية.. القوة التي نهملها
        بقلم: سلوى الأيوبي
        15 نيسان 2025 - 08:00
        حين نتحدث عن نفوذ الدول، يتجه التفكير عادة إلى الاقتصاد والجيوش قبل الثقافة والفنون.

        سلوى الأيوبي زارت بيروت الشهر الماضي والتقت عددا من الفنانين الشباب في المدينة.
    """)
    assert other.body.endswith("في المدينة.")  # her name opening a sentence of the story


def test_the_writers_note_with_a_copula_or_under_their_name_again_is_no_body():
    with_copula = page("""
        منبر الضاد
        حين يعود الفصل الدراسي تعود الحياة
        بقلم: د. ريم الخطيب
        15 نيسان 2025 - 08:00
        حين نتحدث عن التعليم في الأزمات، يتجه التفكير عادة إلى الخيام والكتب قبل المعلمين.

        ومسؤوليتنا جميعًا أن نضمن ألا يُغلق أي فصل مرة أخرى.

        د. ريم الخطيب هي ممثلة مكتب الأمم المتحدة للتعليم في الطوارئ في البلاد.
    """)
    assert with_copula.body.endswith("ألا يُغلق أي فصل مرة أخرى.")
    under_name = page("""
        شرفات
        المدرسة الريفية أولاً
        بقلم: أ. يوسف الدباغ
        15 نيسان 2025 - 08:00
        إن إصلاح التعليم لا يبدأ من المدن الكبرى ثم يتسرب إلى الأطراف، بل يبدأ من الأطراف.

        فإذا نجحنا هناك نجحنا في كل مكان.

        أ. يوسف الدباغ
        كاتب ومحلل سياسي، يكتب في الشأن الاجتماعي والسياسات العامة.
    """)
    assert under_name.body.endswith("فإذا نجحنا هناك نجحنا في كل مكان.")
    story = page("""
        شرفات
        المدرسة الريفية أولاً
        بقلم: أ. يوسف الدباغ
        15 نيسان 2025 - 08:00
        إن إصلاح التعليم لا يبدأ من المدن الكبرى ثم يتسرب إلى الأطراف، بل يبدأ من الأطراف.

        كاتب القصة الفائزة بالجائزة معلم في قرية نائية، كتبها بين حصتين.
    """)
    assert story.body.endswith("كتبها بين حصتين.")  # no name over it: the story's own line


def test_a_result_box_between_the_headline_and_the_byline_is_neither():
    parsed = page("""
        ملاعب الخليج
        العربي يقلب الطاولة على أم صلال ويتقدم إلى المركز الثالث
        النتيجة النهائية
        العربي 3 - 2 أم صلال
        الأهداف: أم صلال (12، 38) - العربي (55، 71، 88)
        الملعب: استاد حمد الكبير | انطلاق المباراة: 19:30
        الدوحة - خالد المري
        نشر في: 12/12/2024 - 23:05
        قلب العربي تأخره بهدفين إلى فوز مثير على ضيفه أم صلال بثلاثة أهداف مقابل هدفين في الدوري.

        وبهذا الفوز رفع العربي رصيده إلى 24 نقطة في المركز الثالث من جدول الترتيب.
    """)
    assert parsed.title == "العربي يقلب الطاولة على أم صلال ويتقدم إلى المركز الثالث"
    assert parsed.author == "خالد المري"
    assert parsed.body.startswith("قلب العربي تأخره")
    assert "الملعب" not in parsed.body


def test_a_city_and_a_desk_credit_no_one_and_a_schedule_is_no_caption():
    parsed = page("""
        منصة الخليج
        الصحة تمدد ساعات عمل المراكز الصحية خلال رمضان وتطلق عيادات مسائية
        الرياض - المركز الإعلامي
        2025/02/11 - 08:30 ص
        موعد المؤتمر الصحفي المقبل: الأحد - الساعة 9:00 صباحاً
        أعلنت وزارة الصحة عن خطتها التشغيلية للمرافق الصحية خلال شهر رمضان المبارك في جميع المناطق.

        وحثت الوزارة المصابين بالأمراض المزمنة على استشارة الطبيب قبل بدء الصيام.

        المصدر: وزارة الصحة
    """)
    assert parsed.caption is None
    assert parsed.author is None
    assert parsed.source == "وزارة الصحة"


@pytest.mark.parametrize(
    ("opening", "author"),
    [
        ("بيروت - جاد نصر الله: أعلنت وزارة التربية", "جاد نصر الله"),
        ("الدوحة - ياسر عبد الرحمن وسالم الهاجري: تأهل الدحيل", "ياسر عبد الرحمن"),
        ("القاهرة - مصدر مسؤول: أعلنت وزارة التربية", None),
        ("بيروت - الوكالة الوطنية: أعلنت وزارة التربية", None),
        # our correspondent by name, between dashes, in a town no list knows
        ("قسنطينة – من مراسلنا نسيم بوشلاغم – أعلنت وزارة التربية", "نسيم بوشلاغم"),
    ],
)
def test_the_reporter_the_bodys_dateline_names_is_the_author(opening, author):
    parsed = page(f"""
        قناة الشرفة
        وزارة التربية تعلن جدولاً جديداً للامتحانات الرسمية
        نشر في: 26 شباط 2025 - 09:15
        {opening} جدولاً جديداً لمواعيد الامتحانات الرسمية للشهادة الثانوية العامة هذا العام.

        وأوضحت الوزارة في مؤتمر صحافي أن القرار جاء بعد التشاور مع لجان الأهل والمدارس.
    """)
    assert parsed.author == author
    assert parsed.body.startswith(opening)


def test_a_byline_after_where_it_was_filed_drops_the_writers_role():
    parsed = page("""
        بوابة الأقاليم
        افتتاح معرض دمياط للأثاث بمشاركة 120 ورشة ومصنعا
        محافظة دمياط - كتب وائل الدمياطي، مدير مكتب البوابة بدمياط
        الأحد 20 أكتوبر 2024 - 12:15 ص
        افتتحت محافظة دمياط معرض الأثاث السنوي بمشاركة 120 ورشة ومصنعا من مدينة دمياط.

        ويستمر المعرض لمدة عشرة أيام، ويفتح أبوابه يوميا من العاشرة صباحا حتى المساء.
    """)
    assert parsed.author == "وائل الدمياطي"
    assert parsed.body.startswith("افتتحت محافظة دمياط")


_DIGEST_STORY_ONE = (
    "أطلقت وزارة الاقتصاد منصة رقمية موحدة تتيح للمستثمرين ورواد الأعمال استخراج تراخيص"
    " الأنشطة التجارية عبر طلب واحد بدلا من التقدم إلى الدوائر المحلية كل على حدة.\n\n"
    "        وتربط المنصة بين الجهات الاتحادية والمحلية المعنية بالترخيص، وتتيح تتبع الطلبات"
    " إلكترونيا."
)
_DIGEST_STORY_TWO = (
    "بدأت المؤسسة العامة للرعاية السكنية استقبال طلبات الشباب المتزوجين حديثا للاستفادة من"
    " برنامج للإسكان الميسر يتيح تملك شقق في مشاريع جديدة بأقساط ميسرة على عشرين عاما."
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("━━━━━━━━━━━━\n        {}", "━━━━━━━━━━━━\n        {}"),
        ("1) {}", "2) {}"),
        ("■ {}", "■ {}"),
        ("— القصة الأولى —\n        {}", "— القصة الثانية —\n        {}"),
    ],
)
def test_a_digest_gives_its_first_story(first, second):
    one = "الوزارة تطلق منصة موحدة لتراخيص الأعمال"
    two = "فتح باب التسجيل في برنامج الإسكان الميسر للشباب"
    parsed = page(f"""
        عرض في المتصفح
        مرآة الخليج
        النشرة الصباحية | العدد 214
        الخميس 7 نوفمبر 2024
        صباح الخير،
        إليكم أبرز ما نتابعه اليوم في خمس دقائق من القراءة.
        {first.format(one)}
        {_DIGEST_STORY_ONE}
        اقرأ القصة كاملة على موقعنا ←
        {second.format(two)}
        {_DIGEST_STORY_TWO}
        إلغاء الاشتراك | تحديث التفضيلات
    """)
    assert parsed.title == one
    assert parsed.source == "مرآة الخليج"
    assert parsed.published_at == date(2024, 11, 7)
    assert parsed.body.startswith("أطلقت وزارة الاقتصاد")
    assert parsed.body.endswith("وتتيح تتبع الطلبات إلكترونيا.")


@pytest.mark.parametrize(
    ("contents", "headline"),
    [
        ("في هذا العدد: منصة التراخيص • الإسكان الميسر • طقس معتدل", "تطلق منصة التراخيص"),
        (
            "في هذا العدد:\n        1. الوزارة تطلق منصة التراخيص\n        2. الإسكان الميسر",
            "الوزارة تطلق منصة التراخيص",
        ),
    ],
)
def test_the_stories_a_newsletters_contents_names_end_its_lead_story(contents, headline):
    parsed = page(f"""
        عرض في المتصفح
        مرآة الخليج
        النشرة الصباحية | العدد 214
        الخميس 7 نوفمبر 2024
        {contents}
        قصة اليوم
        {headline}
        {_DIGEST_STORY_ONE}
        الإسكان الميسر للشباب
        {_DIGEST_STORY_TWO}
        إلغاء الاشتراك | تحديث التفضيلات
    """)
    assert parsed.title == headline
    assert parsed.body.startswith("أطلقت وزارة الاقتصاد")
    assert parsed.body.endswith("وتتيح تتبع الطلبات إلكترونيا.")


@pytest.mark.parametrize("heading", ["في سطور", "أرقام الأسبوع", "أخبار سريعة"])
def test_a_newsletters_briefs_after_its_lead_story_are_not_the_story(heading):
    parsed = page(f"""
        مرآة الخليج
        الوزارة تطلق منصة موحدة لتراخيص الأعمال
        الخميس 7 نوفمبر 2024
        {_DIGEST_STORY_ONE}
        {heading}
        {_DIGEST_STORY_TWO}
    """)
    assert parsed.body.endswith("وتتيح تتبع الطلبات إلكترونيا.")


def test_a_sections_trail_over_a_headline_that_shares_little_with_the_lead_is_no_headline():
    parsed = page("""
        الرقيب
        صحافة المساءلة
        تحقيقات | صحة
        أدوية على الماسنجر: رحلة حبوب مغشوشة إلى بيوت المرضى
        تحقيق: نادين فكري
        لم تحتج منى، الموظفة المصابة بالسكري، إلا إلى رسالة واحدة لتصلها علبة بنصف ثمنها.

        وتعمل معظم الصفحات التي رصدناها دون عنوان فعلي أو ترخيص، وتكتفي بأرقام هواتف.
    """)
    assert parsed.title == "أدوية على الماسنجر: رحلة حبوب مغشوشة إلى بيوت المرضى"
    assert parsed.author == "نادين فكري"


@pytest.mark.parametrize("site", ["تورونتو اليوم", "صدى المهجر"])
def test_a_name_and_a_town_no_list_knows_between_a_bar_are_the_byline(site):
    parsed = page(f"""
        {site}
        برنامج جديد لمعادلة شهادات الممرضين القادمين الجدد في أونتاريو
        سلمى الحايك | تورونتو
        نُشر في 19 أيار/مايو 2025 - 10:10 صباحاً
        أعلنت هيئة تنظيم مهنة التمريض في أونتاريو برنامجاً جديداً لمعادلة شهادات الممرضين.

        ويستمر التسجيل في البرنامج حتى نهاية الصيف، بحسب الهيئة.
    """)
    assert parsed.author == "سلمى الحايك"


_LISTICLE_ITEM = (
    "مصدر جيد للبروتين والزنك والحديد، وشوربة العدس من أكثر الأطباق الشتوية فائدة وتوفيراً،"
    " ويمكن تحضيرها بسهولة في البيت."
)


def test_a_masthead_of_a_common_word_that_the_page_names_after_an_outlets_kind_is_the_site():
    parsed = page(f"""
        الملاعب
        نشرة الملاعب الأسبوعية | العدد 130
        الأحد، 2 آذار 2025 – 07:00
        الشعلة ينفرد بالصدارة بعد فوز صعب على الرابطة
        {_DIGEST_STORY_ONE}
    """)
    assert parsed.source == "الملاعب"


def test_a_box_defining_the_storys_subject_under_it_is_not_the_story():
    parsed = page(f"""
        صحة اليوم
        الصحة العالمية تحذر من عودة الحصبة
        الخميس 7 نوفمبر 2024
        {_DIGEST_STORY_ONE}

        {_LISTICLE_ITEM}

        ما هي الحصبة؟
        مرض فيروسي شديد العدوى ينتقل عبر الرذاذ، من أعراضه الحمى والطفح الجلدي.
    """)
    assert parsed.body.endswith("ويمكن تحضيرها بسهولة في البيت.")


def test_of_a_photos_line_in_another_language_and_its_arabic_one_the_arabic_is_the_caption():
    parsed = page(f"""
        البرازيل بالعربي
        صادرات اللحوم الحلال إلى الدول العربية تسجل رقماً قياسياً
        Publicado em 11/05/2025 às 14h20
        Frigorífico em Santa Catarina – foto: divulgação
        خط إنتاج في أحد مصانع اللحوم الحلال بولاية سانتا كاتارينا – الصورة: من المصدر
        {_DIGEST_STORY_ONE}
    """)
    assert parsed.caption.startswith("خط إنتاج في أحد مصانع اللحوم الحلال")


def test_a_mastheads_arabic_half_beside_a_kurdish_one_is_the_site():
    parsed = page(f"""
        هەولێر نیوز | أربيل نيوز
        الأحد، 17 تشرين الثاني 2024
        محافظة أربيل تبدأ توزيع حصة الشتاء من النفط الأبيض
        {_DIGEST_STORY_ONE}
    """)
    assert parsed.source == "أربيل نيوز"


def test_a_listicles_last_numbered_item_under_the_story_is_the_storys():
    parsed = page(f"""
        مجلة العافية
        خمسة أطعمة شتوية تقوي المناعة
        الثلاثاء 23 يناير 2024
        {_DIGEST_STORY_ONE}

        4. العدس والبقوليات
        {_LISTICLE_ITEM}

        5. الخضروات الورقية
        السبانخ والبروكلي تمد الجسم بمضادات الأكسدة.
    """)
    assert parsed.body.endswith("تمد الجسم بمضادات الأكسدة.")


def test_an_article_with_marked_crossheads_after_its_lead_is_no_digest():
    parsed = page(f"""
        مرآة الخليج
        الوزارة تطلق منصة موحدة لتراخيص الأعمال
        الخميس 7 نوفمبر 2024
        {_DIGEST_STORY_ONE}
        ■ ما الذي تغير للمستثمرين
        {_DIGEST_STORY_TWO}
        ■ الخطوة المقبلة
        {_DIGEST_STORY_ONE}
    """)
    assert parsed.title == "الوزارة تطلق منصة موحدة لتراخيص الأعمال"
    assert "■ الخطوة المقبلة" in parsed.body
    assert parsed.body.endswith("وتتيح تتبع الطلبات إلكترونيا.")


def test_a_papers_numbered_sections_under_its_summary_are_no_digest():
    parsed = page(f"""
        منتدى الخليج للسياسات
        الهيدروجين الأخضر في الخليج: من الإعلانات الطموحة إلى أسواق التصدير
        نُشر في 4 ديسمبر 2024
        • تمتلك دول الخليج مزايا تنافسية في إنتاج الهيدروجين الأخضر.
        1. مقدمة
        {_DIGEST_STORY_ONE}
        2. التحديات
        {_DIGEST_STORY_TWO}
    """)
    assert parsed.title.startswith("الهيدروجين الأخضر في الخليج")
    assert "2. التحديات" in parsed.body


def test_a_dateline_crediting_the_sites_short_name_gives_the_site_in_full():
    parsed = page("""
        قناة السنديان
        معرض «صنع في لبنان» يفتح أبوابه بمشاركة 180 مؤسسة صناعية
        بيروت - السنديان
        السبت 22 آذار 2025 - 10:15
        افتتح وزير الصناعة صباح اليوم معرض «صنع في لبنان» في دورته الجديدة بمشاركة واسعة.

        ويستمر المعرض حتى مساء الثلاثاء المقبل، ويفتح أبوابه يومياً من العاشرة صباحاً.
    """)
    assert parsed.source == "قناة السنديان"
    assert parsed.author is None


@pytest.mark.parametrize(
    ("opening", "agency"),
    [
        ("عمان 5 كانون الأول (بترا) - قرر مجلس الوزراء", "بترا"),
        ("بيروت 3 تشرين الثاني 2024 (الوكالة الوطنية) - أعلن وزير الطاقة", "الوكالة الوطنية"),
    ],
)
def test_a_wire_dateline_with_a_two_word_month_credits_its_agency(opening, agency):
    parsed = page(f"""
        راديو سنبلة
        مجلس الوزراء يمدد إعفاء المركبات من غرامات التأخير
        5 كانون الأول 2024
        {opening} تمديد العمل بقرار إعفاء المركبات من غرامات التأخير حتى نهاية العام.

        ويأتي القرار في إطار تخفيف الأعباء عن المواطنين وتحفيز ترخيص المركبات.
    """)
    assert parsed.source == agency
    assert parsed.body.startswith(opening)


def test_an_agency_signing_in_latin_letters_after_a_latin_city_is_the_source():
    parsed = page("""
        Gulf Ledger
        البحرين تستقطب استثمارات مباشرة جديدة في قطاع الخدمات المالية
        11 March 2025 - 14:20
        Manama – BNA
        أعلن مجلس التنمية الاقتصادية في البحرين أن المملكة استقطبت استثمارات جديدة خلال العام.

        وأوضح المجلس أن نحو ثلث المشروعات الجديدة جاء من شركات إقليمية.
    """)
    assert parsed.source == "BNA"
    assert parsed.author is None


def test_a_venue_line_between_bars_over_the_headline_is_no_headline():
    parsed = page("""
        هدف عربي
        الدوري المصري الممتاز
        انتهت
        الأهلي 3 - 0 سموحة
        استاد القاهرة الدولي | الجولة 7
        الهدف الأول: وسام أبو علي (12')
        الهدف الثاني: إمام عاشور (44')
        الأهلي يكتسح سموحة بثلاثية نظيفة ويعزز صدارته للدوري الممتاز
        القاهرة - أحمد فتحي
        الأحد، 15 ديسمبر 2024 - 9:50 م
        فاز الأهلي على ضيفه سموحة بثلاثة أهداف دون رد، في المباراة التي أقيمت على استاد القاهرة الدولي ضمن الجولة السابعة من الدوري الممتاز.

        وبادر الأهلي بالتسجيل في الدقيقة 12، ليعزز صدارته للدوري الممتاز برصيد 19 نقطة.
    """)  # noqa: E501
    assert parsed.title == "الأهلي يكتسح سموحة بثلاثية نظيفة ويعزز صدارته للدوري الممتاز"
    assert parsed.author == "أحمد فتحي"


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("فهد العتيبي - كونا", "فهد العتيبي"),
        ("شرم الشيخ - أ ش أ", None),
        ("مصدر مسؤول - كونا", None),
        ("لوس أنجليس - أ ف ب", None),
    ],
)
def test_a_reporter_beside_an_agency_is_the_author_whatever_his_first_name(credit, author):
    parsed = page(f"""
        جريدة الجهراء
        الأرصاد: أمطار رعدية متفرقة على البلاد بدءاً من مساء الجمعة
        {credit}
        05/12/2024 - 10:12 ص
        توقعت إدارة الأرصاد الجوية أن تتأثر البلاد بدءاً من مساء يوم الجمعة بمنخفض جوي.

        ودعت الإدارة المواطنين والمقيمين إلى متابعة النشرات الجوية الصادرة عنها.
    """)
    assert parsed.author == author


_TRANSFER_LEAD = (
    "أعلن نادي الصقور، مساء اليوم الأربعاء، تعاقده رسمياً مع المهاجم البرازيلي رافائيل"
    " دونيزيتي قادماً من أحد أندية الدوري البرتغالي، بعقد يمتد لثلاثة مواسم."
)
_TRANSFER_END = (
    "وقال المدير الرياضي للنادي إن اللاعب كان الخيار الأول للجهاز الفني منذ نهاية الموسم"
    " الماضي، وإن المفاوضات استغرقت أكثر من شهر."
)


@pytest.mark.parametrize(
    "post",
    [
        "عرض هذا المنشور على Instagram\n"
        "تمت مشاركة منشور بواسطة نادي الصقور (@alsuqour_fc)\n"
        "الصقر الجديد وصل 🦅 أهلاً رافائيل\n"
        "٤٨ ألف تسجيل إعجاب",
        "Marco Rettelli @MRettelliMercato\n"
        "Donizete to Al Suqour, here we go! Medicals planned next week.\n"
        "8:14 PM · Jul 21, 2025",
        "Instagram\nrafael.donizete9\nDream come true 🙏 New chapter\nعرض كل التعليقات (2,304)",
    ],
)
def test_a_social_post_embedded_among_the_paragraphs_is_no_body(post):
    parsed = parse_page(
        "هدف 360\nالصقور يتعاقد مع المهاجم البرازيلي دونيزيتي\nمنذ 6 ساعات\n"
        f"{_TRANSFER_LEAD}\n\n{post}\n\n{_TRANSFER_END}\n\nالوسوم: انتقالات، الميركاتو"
    )
    assert parsed.body == f"{_TRANSFER_LEAD}\n\n{_TRANSFER_END}"
    assert parsed.published_at is None  # not the post's stamp


@pytest.mark.parametrize(
    "box",
    [
        "النتيجة: مُفبرك ❌\nالصورة مولدة بالذكاء الاصطناعي ولا تتعلق بأي حالة جوية حقيقية",
        "تقييمنا: ★★★★☆",
        "• الحكم: مضلل",
    ],
)
def test_a_verdict_or_a_rating_among_the_paragraphs_is_no_body(box):
    first = "تداول مستخدمون على منصات التواصل الاجتماعي صورة تظهر إعصاراً ضخماً يقترب من الساحل."
    second = "وبعد إخضاع الصورة لأدوات البحث العكسي، تبين أنها نُشرت للمرة الأولى قبل أسبوع."
    parsed = parse_page(
        f"نافذة الشرق\nصورة الإعصار المتداولة مولدة بالذكاء الاصطناعي\n٢٠٢٥/٠١/٢٢\n"
        f"{first}\n\n{box}\n\n{second}"
    )
    assert parsed.body == f"{first}\n\n{second}"


def test_a_boxs_heading_over_items_dropped_as_widgets_is_no_body():
    first = "يصل المسافر إلى وادي رم عصراً، حين تبدأ الصخور الرملية بتغيير ألوانها مع الغروب."
    second = "وفي المخيم يُقدَّم طبق الزرب الذي يطهى تحت الرمل ساعات طويلة قبل العشاء."
    parsed = parse_page(
        "السياحة اليوم\nوادي رم.. ليلة تحت النجوم\n12 مارس 2025\n"
        f"{first}\n\nمعلومات سريعة\n📍 المسافة من العقبة: نحو 60 كم\n"
        f"🎟 رسوم الدخول: تُدفع عند مركز الزوار\n🌡 أفضل موسم: من أكتوبر إلى أبريل\n\n{second}"
        "\n\nℹ️ الأسعار قابلة للتغيير."
    )
    assert parsed.body == f"{first}\n\n{second}"


def test_a_masthead_of_section_words_is_the_site_its_copyright_notice_names():
    parsed = page("""
        مال وبورصة
        البورصة المصرية | بنوك | عقارات | ذهب
        البورصة المصرية تربح 21 مليار جنيه في ختام تعاملات الأسبوع
        كتب: شريف عبد الغني
        الخميس، 20 فبراير 2025 04:05 م
        ربح رأس المال السوقي لأسهم الشركات المقيدة بالبورصة المصرية نحو 21 مليار جنيه.

        وارتفع المؤشر الرئيسي للبورصة بنسبة 1.1 في المئة في ختام تعاملات الأسبوع.

        جميع الحقوق محفوظة لموقع مال وبورصة © 2025
    """)
    assert parsed.site_name == "مال وبورصة"
    assert parsed.section is None
    assert parsed.title == "البورصة المصرية تربح 21 مليار جنيه في ختام تعاملات الأسبوع"


def test_a_programmes_credits_blurb_and_transcript_label_are_no_body():
    parsed = page("""
        منصة صدى الصوت
        بودكاست «فصول»
        الذكاء الاصطناعي في الفصول الدراسية.. صديق أم منافس؟
        تقديم: فيصل الرميحي | إخراج: نايف العمري | الضيفة: د. هند السبيعي
        2025/01/19 - 09:30 م
        عن الحلقة: حوار حول أدوات الذكاء الاصطناعي في المدارس وحدود استعمالها.
        التفريغ النصي
        فيصل: مساء الخير ومرحباً بكم في حلقة جديدة من «فصول». حديثنا الليلة عن الذكاء الاصطناعي.

        هند: شكراً على الاستضافة، وهو موضوع يشغل المعلمين والأهالي معاً هذه الأيام.
    """)
    assert parsed.author == "فيصل الرميحي"
    assert parsed.summary == "حوار حول أدوات الذكاء الاصطناعي في المدارس وحدود استعمالها."
    assert parsed.body.startswith("فيصل: مساء الخير")


def test_a_bilingual_pages_english_text_is_not_the_arabic_story():
    parsed = page("""
        Ministry of Water Resources | وزارة الموارد المائية
        Home | About | Media Center | Contact
        الوزير يفتتح محطة لمعالجة المياه بطاقة 50 ألف متر مكعب يومياً
        الأحد 12 يناير 2025 - 11:00
        افتتح وزير الموارد المائية محطة جديدة لمعالجة مياه الصرف تخدم نحو 300 ألف نسمة.

        وستستخدم المياه المعالجة في ري المساحات الخضراء والأحزمة الشجرية حول العاصمة.

        English Version
        Minister Inaugurates Water Treatment Plant with 50,000 Cubic Metres a Day
        The Minister of Water Resources inaugurated a new wastewater treatment plant today.

        Treated water will be used to irrigate green spaces around the capital.

        © 2025 Ministry of Water Resources. All rights reserved. | جميع الحقوق محفوظة لوزارة الموارد المائية
    """)  # noqa: E501
    assert parsed.title == "الوزير يفتتح محطة لمعالجة المياه بطاقة 50 ألف متر مكعب يومياً"
    assert parsed.source == "وزارة الموارد المائية"
    assert parsed.body.endswith("حول العاصمة.")
    assert "Minister" not in parsed.body


def test_a_page_in_latin_letters_keeps_its_text():
    parsed = page("""
        Sada Dearborn
        Arab American voters weigh their options ahead of the primary
        April 3, 2025 at 6:45 PM
        Arab American voters in Dearborn say the economy and the war in Gaza will decide their vote this year.

        Community leaders expect a record turnout at the polls on Tuesday.
    """)  # noqa: E501
    assert parsed.body.startswith("Arab American voters in Dearborn")


@pytest.mark.parametrize(
    "heading", ["أبرز النتائج", "في أرقام", "محطات", "بطاقة تعريف", "الدراسة في سطور"]
)
def test_a_box_of_facts_under_its_heading_among_the_paragraphs_is_no_body(heading):
    first = "أطلقت الجمعية تقريرها السنوي عن أثر موجات الحر على العمال في المدن الكبرى."
    second = "وأوصى التقرير بتعديل ساعات العمل في الصيف وتوفير أماكن ظليلة للاستراحة."
    parsed = parse_page(
        "جسور الخضراء\nتقرير: موجات الحر تكلف العمال ساعات عمل طويلة\nكتب: طارق منصور\n"
        f"12 ديسمبر 2024\n{first}\n\n{heading}\n• ارتفاع عدد الأيام شديدة الحرارة بنحو الثلث\n"
        f"• عمال البناء والزراعة الأكثر تضرراً\n\n{second}"
    )
    assert parsed.body == f"{first}\n\n{second}"
    assert parsed.author == "طارق منصور"


def test_an_institutions_desk_credits_the_institution_and_a_citys_desk_no_one():
    parsed = page("""
        البوابة الرسمية لمجلس النواب
        المجلس يناقش تأخر مشاريع الطرق القروية
        مجلس النواب – خدمة الإعلام
        الثلاثاء 4 مارس 2025
        خصص مجلس النواب جزءاً من جلسة الأسئلة الشفهية الأسبوعية لمناقشة مشاريع الطرق القروية.

        وأجاب وزير التجهيز عن سبعة أسئلة تقدمت بها فرق الأغلبية والمعارضة.

        كافة الحقوق محفوظة - مجلس النواب
    """)
    assert parsed.source == "مجلس النواب"
    assert parsed.author is None


@pytest.mark.parametrize(
    "widget",
    [
        "قيّم الفيلم: ★★★★☆ (4.1 من 5 - 926 تقييماً)",
        "صوّت: ما أفضل فيلم عربي شاهدته هذا الموسم؟",
        "— محتوى إعلاني —\nمكتب الشامي للمحاماة: قضايا الهجرة والإقامة الدائمة ولمّ الشمل."
        " استشارة أولى مجانية.\n— نهاية المحتوى الإعلاني —",
    ],
)
def test_a_rating_a_poll_or_an_advertisement_among_the_paragraphs_is_no_body(widget):
    first = "تصدر فيلم الخيال العلمي «المدار الأخير» إيرادات شباك التذاكر خلال عطلة نهاية الأسبوع."
    second = "وأشاد نقاد بالمؤثرات البصرية للفيلم وأداء بطلته في الدور الرئيسي."
    parsed = parse_page(
        "سينما الخليج\nالمدار الأخير يتصدر شباك التذاكر\n5 مايو 2025\n"
        f"{first}\n\n{widget}\n\n{second}"
    )
    assert parsed.body == f"{first}\n\n{second}"


def test_a_source_line_between_two_paragraphs_credits_data_not_the_story():
    parsed = page("""
        الرصيف
        إيجارات المدن الكبرى ترتفع للعام الخامس
        كتب: نادر السالم
        3 آذار 2025
        ارتفع متوسط الإيجار الشهري في المدن الكبرى للعام الخامس على التوالي بحسب بيانات رسمية.

        رسم بياني:
        2019 ▇▇▇▇▇▇▇ 38
        2020 ▇▇▇▇▇▇▇▇ 41
        المصدر: جهاز الإحصاء الوطني

        ويتوقع خبراء أن يستمر الارتفاع ما لم تطرح الحكومة مشاريع إسكان جديدة في الأطراف.
    """)
    assert parsed.source == "الرصيف"
    assert parsed.body.endswith("في الأطراف.")
    assert "▇" not in parsed.body and "رسم بياني" not in parsed.body


def test_a_charts_title_over_its_bars_goes_with_them():
    first = "ارتفعت نسبة الخريجين العاملين خارج مجال تخصصهم خلال السنوات الخمس الماضية."
    second = "ويرى خبراء أن الفجوة بين التعليم وسوق العمل تتسع عاماً بعد عام."
    parsed = parse_page(
        "الرصيف\nالخريجون خارج تخصصاتهم\n3 آذار 2025\n"
        f"{first}\n\nرسم بياني: نسبة الخريجين العاملين خارج مجال تخصصهم (%)\n"
        f"2019 ▇▇▇▇▇▇▇ 38\n2020 ▇▇▇▇▇▇▇▇ 41\n2021 ▇▇▇▇▇▇▇▇▇ 45\n\n{second}"
    )
    assert parsed.body == f"{first}\n\n{second}"


@pytest.mark.parametrize(
    "button", ["وقّع العريضة", "اطلب عرض سعر من الوكيل", "اعرف موعد الكسوف في مدينتك"]
)
def test_a_short_line_bidding_the_reader_act_among_the_paragraphs_is_a_widgets(button):
    first = "أطلقت الجمعية حملة لحماية غابة البلوط المعمرة من مشروع طريق سريع يقطعها من الوسط."
    second = "وقالت الجمعية إن الغابة تؤوي أنواعاً نادرة من الطيور والثدييات الصغيرة."
    parsed = parse_page(
        f"الواحة الخضراء\nحملة لحماية غابة البلوط\n12 مارس 2025\n{first}\n\n{button}\n\n{second}"
    )
    assert parsed.body == f"{first}\n\n{second}"


def test_a_headline_bidding_the_reader_act_is_still_the_headline():
    parsed = parse_page(
        "هدف عربي\nاعرف موعد مباراة الأهلي والزمالك\n12 مارس 2025\n"
        "يلتقي الأهلي والزمالك مساء الجمعة في قمة الدوري الممتاز على استاد القاهرة الدولي."
    )
    assert parsed.title == "اعرف موعد مباراة الأهلي والزمالك"


def test_three_short_lines_without_a_sentence_between_two_paragraphs_are_a_box():
    first = "عقد مجلس النواب جلسته العامة برئاسة رئيس المجلس وبحضور أعضاء الحكومة."
    second = "وأقر المجلس في ختام الجلسة مشروع القانون بأغلبية أعضائه الحاضرين."
    box = (
        "جدول أعمال الجلسة\nالتصديق على مضبطة الجلسة السابقة\n"
        "مشروع قانون الضمان الاجتماعي\nما يستجد من أعمال"
    )
    head = "البوابة البرلمانية\nالمجلس يقر قانون الضمان\n4 مارس 2025\n"
    parsed = parse_page(f"{head}{first}\n\n{box}\n\n{second}")
    assert parsed.body == f"{first}\n\n{second}"
    # announced by the story, the same lines are its own
    announced = first.replace(".", "، وتضمن جدول أعمالها البنود التالية:")
    parsed = parse_page(f"{head}{announced}\n\n{box}\n\n{second}")
    assert "مشروع قانون الضمان الاجتماعي" in parsed.body


def test_verses_quoted_between_two_paragraphs_are_the_storys():
    first = "أحيا الشاعر أمسية في دار الأوبرا قرأ فيها من ديوانه الجديد أمام جمهور كبير."
    second = "وتفاعل الجمهور مع القصائد التي تناولت الغربة والحنين إلى المدن القديمة."
    verses = "«يا دار عبلة بالجواء تكلمي»\n«وعمي صباحاً دار عبلة واسلمي»\n«فوقفت فيها ناقتي»"
    head = "صدى الثقافة\nأمسية شعرية في دار الأوبرا\n4 مارس 2025\n"
    parsed = parse_page(f"{head}{first}\n\n{verses}\n\n{second}")
    assert "يا دار عبلة" in parsed.body


# --- Forwarded copies -----------------------------------------------------------------------

_FORWARDED_STORY = """
بوابة الشاطئ
محافظة الإسكندرية تبدأ تطوير 12 شاطئاً عاماً قبل موسم الصيف
كتب - عمرو الشناوي
الأحد، 2 مارس 2025 07:30 م

بدأت محافظة الإسكندرية تنفيذ خطة لتطوير اثني عشر شاطئاً عاماً قبل انطلاق موسم الصيف.

وقال مسؤول بالمحافظة إن أعمال التطوير ستنتهي قبل منتصف مايو المقبل وفق ضوابط تمنع رفع أسعار الدخول.
"""


@pytest.mark.parametrize(
    ("over", "under"),
    [
        # a mail forwarded with its separator: the forwarder's note, the headers
        (
            "شوف الخبر ده يا سلمى، يمكن يفيد أخوك.\n\n---------- Forwarded message ---------\n"
            "From: حسان يوسف\nDate: Mon, Mar 3, 2025 at 9:14 AM\nSubject: Fwd: تطوير الشواطئ\n"
            "To: سلمى يوسف\n",
            "\n--\nحسان يوسف\nمدير المشتريات\n\nSent from my iPhone\n",
        ),
        # headers at the top in Arabic, a note opening with a salutation, a notice under it
        (
            "من: منى الكردي\nتاريخ الإرسال: الثلاثاء، 8 يوليو 2025 08:02 ص\n"
            "إلى: قائمة موظفي قسم الصحة\nالموضوع: إعادة توجيه: الشواطئ\n\nالزملاء الأعزاء،\n"
            "للاطلاع على الخبر أدناه، ونرجو الاستعداد لاجتماع التنسيق يوم الخميس.\nمع التحية\n",
            "\nأُرسلت من جهازي\n\nهذه الرسالة وأي مرفقات بها سرية ومخصصة لمن وُجهت إليه فقط.\n",
        ),
        # a chat's stamp and forward label over it, the replies under it
        (
            "[10:42 م، 2025/03/03] أبو خالد: \u200fتمت إعادة توجيهه كثيرًا\n",
            "\n[10:44 م، 2025/03/03] أم خالد: الله يعطيهم العافية 👍 شارعنا كل سنة يغرق\n",
        ),
    ],
    ids=["mail-separator", "mail-headers", "chat"],
)
def test_a_forwarded_copy_gives_the_article_it_holds(over, under):
    parsed = page(over + _FORWARDED_STORY + under)
    assert parsed.title == "محافظة الإسكندرية تبدأ تطوير 12 شاطئاً عاماً قبل موسم الصيف"
    assert parsed.author == "عمرو الشناوي"
    assert parsed.source == "بوابة الشاطئ"
    assert parsed.published_at == datetime(2025, 3, 2, 19, 30)
    assert parsed.body.startswith("بدأت محافظة الإسكندرية")
    assert parsed.body.endswith("تمنع رفع أسعار الدخول.")


def test_an_apps_repost_has_its_pictographs_as_bullets_and_its_counters_dropped():
    parsed = page("""
        قناة نبض القاهرة ✅
        12.4K مشترك

        مُعاد توجيهها من: أخبار الصباح ⚡️

        🔴 مترو القاهرة يمدّ ساعات التشغيل حتى الواحدة صباحاً خلال الصيف

        🗓 الإثنين 28 أبريل 2025

        القاهرة (أ ش أ) - قررت الشركة المشغلة لمترو أنفاق القاهرة مدّ ساعات التشغيل.

        وأوضحت الشركة في بيان أن القرار يأتي استجابة لزيادة الحركة الليلية في الصيف.

        📌 تابعونا لمزيد من الأخبار
        👁 8.1K    14:32
    """)
    assert parsed.title == "مترو القاهرة يمدّ ساعات التشغيل حتى الواحدة صباحاً خلال الصيف"
    assert parsed.source == "أ ش أ"
    assert parsed.published_at == date(2025, 4, 28)
    assert parsed.body.endswith("الحركة الليلية في الصيف.")


def test_a_chat_forward_under_its_apps_arrow_with_a_breaking_label_beside_the_channel():
    parsed = page("""
        ↪️ تمت إعادة توجيهها كثيراً
        *🔴 عاجل | صدى مسقط*

        *بلدية مسقط تغلق طريق الكورنيش مؤقتاً لأعمال الصيانة*

        📅 الخميس 6 مارس 2025 – ⏰ 9:10 مساءً

        أعلنت بلدية مسقط إغلاق طريق الكورنيش أمام حركة المركبات مؤقتاً بدءاً من صباح الغد.

        ودعت البلدية السائقين إلى استخدام الطرق البديلة المعلنة.
    """)
    assert parsed.title == "بلدية مسقط تغلق طريق الكورنيش مؤقتاً لأعمال الصيانة"
    assert parsed.source == "صدى مسقط"
    assert parsed.published_at == datetime(2025, 3, 6, 21, 10)


def test_a_forward_names_its_channel_and_the_forwarders_note_pointing_at_it_is_not_its():
    parsed = page("""
        ↪️ Forwarded
        شباب انتبهوا الموعد قرّب 👇👇

        📢 *نبض الرياض*
        *المرور: غرامات على الوقوف في مسارات الحافلات اعتباراً من الأحد*
        🗓 الخميس 6 مارس 2025

        أعلنت الإدارة العامة للمرور بدء تطبيق غرامات على الوقوف في مسارات الحافلات اعتباراً من الأحد المقبل.

        وأوضحت أن الكاميرات ترصد المخالفات آلياً.
    """)  # noqa: E501
    assert parsed.title == "المرور: غرامات على الوقوف في مسارات الحافلات اعتباراً من الأحد"
    assert parsed.source == "نبض الرياض"
    forwarded_from = page("""
        Forwarded from صوت العاصمة | Capital Voice
        📌 أمانة العاصمة تبدأ حملة لإزالة اللوحات المخالفة في الأسواق

        بدأت أمانة العاصمة حملة لإزالة اللوحات الإعلانية المخالفة على واجهات المحلات في الأسواق.

        وقالت إن الحملة تستمر أسبوعين.
    """)
    assert forwarded_from.source == "صوت العاصمة"


def test_a_channel_posts_bold_headline_is_read_without_its_asterisks():
    parsed = page("""
        صحيفة الوادي – القناة الرسمية ✔️
        قناة | 80 ألف متابع

        *الصحة تفتح باب التسجيل في حملة التطعيم الموسمية*

        ✍️ كتبت: سلمى العلي
        🕙 16/9/2024 – 10:30 ص

        فتحت وزارة الصحة باب التسجيل في حملة التطعيم الموسمية ضد الإنفلونزا في جميع المراكز الصحية.

        وقالت الوزارة إن اللقاح مجاني للمواطنين والمقيمين.
    """)
    assert parsed.title == "الصحة تفتح باب التسجيل في حملة التطعيم الموسمية"


def test_a_page_that_merely_quotes_a_mail_header_is_no_forwarded_copy():
    parsed = page("""
        صحيفة الرافد
        رسالة من قارئ تكشف خللاً في مواعيد الحافلات
        كتب: رامي الخطيب
        07-07-2025
        من: قارئ من حي الزهور، وصلتنا رسالة يشكو فيها تأخر الحافلات كل صباح عن مواعيدها المعلنة.

        وقالت الشركة المشغلة إنها ستراجع الجداول خلال أسبوع وتعلن مواعيد جديدة.
    """)
    assert parsed.title == "رسالة من قارئ تكشف خللاً في مواعيد الحافلات"
    assert parsed.body.startswith("من: قارئ من حي الزهور")


@pytest.mark.parametrize(
    "box",
    [
        "بطاقة المباراة\nالهضبة × الساحل\nالمسابقة: دوري الدرجة الأولى - الجولة 29\n"
        "الموعد: الجمعة 18 أبريل 2025 - 9:00 مساءً\nالملعب: ملعب الهضبة البلدي\n"
        "الحكم: سلطان المطيري",
        "مواعيد مهمة\nبدء التسجيل الإلكتروني: الأحد 1 يونيو 2025\n"
        "آخر موعد للتقديم: الخميس 3 يوليو 2025\nإعلان نتائج القبول المبدئي: الأحد 20 يوليو 2025",
    ],
    ids=["match-card", "key-dates"],
)
def test_a_box_of_facts_under_the_byline_is_neither_caption_nor_body_nor_its_dates(box):
    parsed = page(
        "بوابة الملاعب\nالهضبة يستضيف الساحل في قمة الجولة 29\nكتب: فهد العنزي\n"
        f"الخميس 17 أبريل 2025 - 11:40 ص\n\n{box}\n\n"
        "يستضيف فريق الهضبة منافسه الساحل في مواجهة مرتقبة ضمن الجولة التاسعة والعشرين.\n\n"
        "ويدخل الهضبة المباراة في المركز الثاني برصيد 54 نقطة بفارق نقطتين عن المتصدر.\n"
    )
    assert parsed.caption is None
    assert parsed.published_at == datetime(2025, 4, 17, 11, 40)
    assert parsed.body.startswith("يستضيف فريق الهضبة")
    assert "الموعد" not in parsed.body and "موعد للتقديم" not in parsed.body


@pytest.mark.parametrize(
    ("dateline", "source"),
    [
        ("كسلا - مراسل كسلا اليوم", "كسلا اليوم"),
        ("المنستير - مراسل المضرب العربي", "المضرب العربي"),
        ("الدوحة - مراسلة شبكة الخليج", "شبكة الخليج"),
    ],
)
def test_an_outlets_unnamed_correspondent_credits_the_outlet_and_no_author(dateline, source):
    parsed = page(f"""
        كسلا اليوم
        عودة المياه إلى أحياء شرق المدينة بعد صيانة محطة الضخ الرئيسية
        {dateline}
        نُشر بتاريخ: 13/02/2025 - 10:20 صباحاً
        عادت إمدادات مياه الشرب إلى عدد من أحياء شرق المدينة بعد انقطاع دام خمسة أيام كاملة.

        وقال مدير هيئة المياه إن فرق الصيانة عملت على مدار الساعة لإصلاح المضخات.
    """)
    assert parsed.source == source
    assert parsed.author is None


def test_a_date_bar_over_the_headline_is_not_a_story_dated_only_relatively():
    story = """
        الخميس 18 كانون الأول 2025
        ميسان الآن
        الرئيسية | أخبار المحافظة | خدمات | رياضة
        دائرة ماء ميسان تبدأ نصب محطة تحلية في قضاء قلعة صالح
        العمارة - حيدر الساعدي
        {stamp}
        باشرت دائرة ماء ميسان نصب محطة لتحلية المياه في قضاء قلعة صالح لخدمة ثلاثين ألف نسمة.

        وقال مدير الدائرة إن المحطة ستدخل الخدمة قبل حلول الصيف المقبل.
    """
    assert page(story.format(stamp="قبل 5 ساعات")).published_at is None
    # with no time under the headline, the date over it is the story's
    assert page(story.format(stamp="")).published_at == date(2025, 12, 18)
    # nor does the time of the last update say when it was published
    updated = page(story.format(stamp="آخر تحديث منذ 5 ساعات"))
    assert updated.published_at == date(2025, 12, 18)


def test_the_sites_questions_and_answers_under_the_story_end_it():
    parsed = page("""
        أكاديميا نت
        كلية الدراسات العليا تعلن فتح باب التقديم لبرامج الماجستير
        كتبت: دعاء السيد
        2025-11-04 13:05
        أعلنت كلية الدراسات العليا فتح باب التقديم لبرامج الماجستير المهنية للعام المقبل.

        ويستمر استقبال الطلبات حتى نهاية ديسمبر، مع إمكانية تقسيط الرسوم على أربع دفعات.

        أسئلة شائعة حول التقديم
        هل يمكن التقديم لأكثر من برنامج؟ نعم، بحد أقصى برنامجين.
        هل تُقبل شهادات الخبرة من القطاع الخاص؟ نعم، بشرط توثيقها.
    """)
    assert parsed.body.endswith("على أربع دفعات.")


def test_a_box_with_an_events_date_and_a_button_under_the_byline_leaves_the_caption_under_it():
    parsed = page("""
        صدى المدينة
        نادين سلامة تعود إلى المسرح الروماني بحفل صيفي بعد غياب ثلاث سنوات
        بقلم: ريتا خوري
        نُشر في 2 حزيران 2025

        الحفل: نادين سلامة - «ليالي الصيف»
        التاريخ: السبت 12 تموز 2025
        المكان: المسرح الروماني
        التذاكر: من 25 إلى 100 دينار
        احجز الآن

        الفنانة نادين سلامة خلال حفل سابق (من صفحتها الرسمية)

        تعود الفنانة نادين سلامة إلى جمهورها بحفل صيفي كبير على مدرج المسرح الروماني وسط المدينة.

        وقالت الجهة المنظمة إن الحفل سيتضمن أغنيات من ألبومها الجديد إلى جانب أشهر أعمالها.
    """)
    assert parsed.caption == "الفنانة نادين سلامة خلال حفل سابق (من صفحتها الرسمية)"
    assert parsed.published_at == date(2025, 6, 2)
    assert parsed.body.startswith("تعود الفنانة نادين سلامة")


def test_a_line_closing_with_a_pictures_credit_is_the_caption_not_the_standfirst():
    parsed = page("""
        مرايا الخبر
        عرض الصحف: الذكاء الاصطناعي في المدارس بين الحماسة والحذر
        طلاب يستخدمون أجهزة لوحية داخل فصل دراسي (صورة تعبيرية - غيتي)
        إعداد: ريم العطار
        ٠٩/٠٣/٢٠٢٥
        خصصت صحف أجنبية عدة مساحات واسعة هذا الأسبوع للنقاش حول الذكاء الاصطناعي في الفصول.

        ورأت صحيفة بريطانية أن المدارس تسرعت في اعتماد أدوات لم تختبر بعد بما يكفي.
    """)
    assert parsed.caption == "طلاب يستخدمون أجهزة لوحية داخل فصل دراسي (صورة تعبيرية - غيتي)"
    assert parsed.summary == ""


def test_a_press_release_wire_in_the_dateline_is_the_source():
    parsed = page("""
        منصة البيانات العربية
        "سحابة الخليج" تطلق مركز بيانات ثالثاً في الرياض بقدرة 40 ميغاواط
        الثلاثاء، 11 فبراير 2025 09:00 ص
        الرياض، المملكة العربية السعودية-(بزنس واير)-أعلنت شركة سحابة الخليج افتتاح مركز ثالث.

        وقال الرئيس التنفيذي للشركة إن المركز يخدم عملاء القطاعين العام والخاص.
    """)
    assert parsed.source == "بزنس واير"
    assert parsed.author is None


@pytest.mark.parametrize(
    "credit",
    [
        "نقلاً عن صحيفة الضفة – نُشر بتاريخ 21 فبراير 2025",
        "(نقلاً عن صحيفة الضفة، الخميس ١٤ نوفمبر ٢٠٢٤)",
    ],
)
def test_a_republished_column_credits_the_paper_it_was_taken_from(credit):
    parsed = page(f"""
        منبر الرأي
        حين تصبح الأرقام وحدها لا تكفي
        بقلم: سامر الحلبي، كاتب اقتصادي
        الأحد 23 فبراير 2025 - 10:30 ص
        تنشر الجهات الرسمية كل شهر رقماً عاماً للتضخم يفترض أن يختصر ما يعيشه الناس في الأسواق.

        لذلك أظن أن على الجهات الرسمية أن تنشر مؤشرات فرعية مبسطة إلى جانب الرقم العام.

        {credit}
    """)
    assert parsed.source == "صحيفة الضفة"
    assert parsed.published_at == datetime(2025, 2, 23, 10, 30)


def test_a_header_line_closing_with_an_archives_credit_is_the_caption():
    caption = (
        "الراحل الهادي بن عمر خلال عرض مسرحي على ركح المسرح البلدي في مهرجان قرطاج الدولي"
        " سنة 2016 – (أرشيف الصباح الثقافي)"
    )
    parsed = page(
        "الصباح الثقافي\nرحيل الممثل الهادي بن عمر أحد رواد المسرح التونسي\n"
        f"بقلم: منية العياري\nالأحد 8 ديسمبر 2024\n{caption}\n"
        "غيّب الموت الممثل المسرحي الهادي بن عمر عن عمر ناهز الثمانين بعد مسيرة امتدت ستة عقود.\n\n"
        "وتنظم نقابة المهن الدرامية وقفة تأبينية أمام المسرح البلدي مساء الخميس.\n"
    )
    assert parsed.caption == caption
    assert parsed.body.startswith("غيّب الموت")


def test_a_bilingual_masthead_gives_the_sites_arabic_name_not_the_copyrights_latin_one():
    text = "\n\n".join(
        [
            "عرب ميشيغان اليوم | Arab Michigan Today",
            "الجالية",
            "مهرجان عربي في ديربورن يجمع آلاف الزوار في عطلة نهاية الأسبوع",
            "بقلم: سلمى حداد",
            "28 مارس 2025",
            "استقطب المهرجان العربي السنوي في مدينة ديربورن آلاف الزوار من أبناء الجالية "
            "وأصدقائهم على مدى يومين، وسط فعاليات ثقافية وفنية متنوعة.",
            "وقال المنظمون إن عدد الزوار هذا العام تجاوز التوقعات بفضل الطقس المعتدل.",
            "© 2025 Arab Michigan Today. All rights reserved.",
        ]
    )
    assert parse_page(text).source == "عرب ميشيغان اليوم"
    # a longer foreign name, the Arabic one first
    french = text.replace(
        "عرب ميشيغان اليوم | Arab Michigan Today", "صوت الجالية | La Voix de la Communauté"
    )
    french = french.replace("Arab Michigan Today. All rights reserved", "La Voix de la Communauté")
    assert parse_page(french).source == "صوت الجالية"


def test_a_glossary_among_or_after_the_paragraphs_is_no_part_of_the_story():
    paragraph = (
        "واعتمد الباحثون على تقنية التحليل الطيفي أثناء العبور، إذ يمر ضوء النجم عبر الغلاف "
        "الجوي للكوكب حين يعبر أمامه، فتمتص الجزيئات أطوالاً موجية محددة."
    )
    last = "ويخطط الفريق لرصد الكوكب مجدداً خلال العام الجاري باستخدام أدوات جديدة."
    text = "\n\n".join(
        [
            "كون العلوم",
            "رصد بخار الماء في الغلاف الجوي لكوكب خارج المجموعة الشمسية",
            "بقلم: م. سامر العلي",
            "الخميس 16 يناير 2025",
            paragraph,
            "مسرد المصطلحات\nالعبور: مرور الكوكب أمام قرص نجمه كما يُرى من الأرض.\n"
            "القزم الأحمر: نجم أصغر وأبرد من الشمس، وهو أكثر النجوم شيوعاً.",
            "وأظهرت القياسات أن بخار الماء يشكل نسبة معتبرة من الغلاف الجوي للكوكب، إلى "
            "جانب آثار لغاز الميثان وثاني أكسيد الكربون.",
            last,
            "مصطلحات وردت في المقال\nالتحليل الطيفي: تحليل الضوء إلى أطواله الموجية.",
            "المرجع: دورية «رسائل الفيزياء الفلكية»، المجلد 980، يناير 2025.",
            "© كون العلوم 2025",
        ]
    )
    body = parse_page(text).body
    assert body.startswith(paragraph)
    assert body.endswith(last)
    assert "القزم الأحمر" not in body
    assert "التحليل الطيفي:" not in body


def test_a_sites_source_line_naming_itself_yields_to_the_agency_of_the_dateline():
    text = "\n\n".join(
        [
            "نافذة المشرق",
            "سياسة | اقتصاد | علوم | ثقافة",
            "لبنان: موسم الزيتون يتراجع بنحو النصف بسبب الجفاف وارتفاع كلفة القطاف",
            "المصدر: نافذة المشرق",
            "29 أكتوبر 2024 | 06:15 ص",
            "بيروت (رويترز) - قال مزارعون ومسؤولون في قطاع الزراعة إن إنتاج الزيتون في لبنان "
            "هذا العام تراجع بنحو النصف مقارنة بالعام الماضي بسبب الجفاف.",
            "وقال رئيس تعاونية زراعية في الشمال إن كثيراً من الأشجار لم تحمل ثماراً كافية.",
        ]
    )
    assert parse_page(text).source == "رويترز"
    # another outlet's name on the «المصدر:» line is still the source
    other = text.replace("المصدر: نافذة المشرق", "المصدر: صحيفة الأخبار")
    assert parse_page(other).source == "صحيفة الأخبار"


def test_an_old_portals_ornamented_masthead_and_bracketed_buttons():
    paragraph = (
        "احتفل أهالي إحدى قرى مديرية يريم صباح أمس بافتتاح مدرسة أساسية جديدة بنيت بتمويل "
        "كامل من أبناء القرية المغتربين في دول الخليج."
    )
    text = "\n".join(
        [
            ".:: شبكة الفجر الإخبارية ::.",
            "[ الرئيسية ] [ الأخبار ] [ المقالات ] [ المنتدى ] [ اتصل بنا ]",
            "",
            "القائمة الرئيسية",
            "- أخبار محلية",
            "- رياضة",
            "- الأرشيف",
            "",
            "أخبار محلية",
            "",
            "افتتاح مدرسة جديدة في مديرية يريم بتمويل كامل من المغتربين",
            "",
            "[ نسخة للطباعة ]  [ أرسل لصديق ]  [ حفظ الصفحة ]",
            "",
            paragraph,
            "",
            "وقال مدير المدرسة إن مكتب التربية سيتولى توفير المعلمين والكتب المدرسية.",
            "",
            "جميع الحقوق محفوظة © شبكة الفجر الإخبارية 2003 - 2024",
        ]
    )
    parsed = parse_page(text)
    assert parsed.source == "شبكة الفجر الإخبارية"
    assert parsed.body.startswith(paragraph)


def test_a_fact_checks_claim_box_is_no_headline_and_its_summary_no_paragraph():
    title = "فيديو غرق شوارع الإسكندرية المتداول قديم ويعود إلى شتاء 2021"
    last = "وبناءً على ذلك، يصنف المرصد الادعاء بأنه مضلل، إذ إن الفيديو حقيقي لكنه قديم."
    text = "\n\n".join(
        [
            "مرصد الحقيقة",
            title,
            "الادعاء\nمقطع فيديو يظهر غرق شوارع الإسكندرية خلال موجة الأمطار الأخيرة هذا الأسبوع",
            "كتب - يوسف الشامي\nالثلاثاء 18 مارس 2025 | 04:35 م",
            "تداولت حسابات على مواقع التواصل الاجتماعي خلال الأيام الماضية مقطع فيديو قصيراً "
            "يظهر سيولاً تغمر شوارع الإسكندرية وغرق شوارع المدينة، مع تعليقات تقول إنه صُوّر "
            "خلال موجة الأمطار الأخيرة.",
            "وبالبحث العكسي عن لقطات من الفيديو، تبين أن المقطع نفسه نُشر للمرة الأولى على "
            "منصة يوتيوب في ديسمبر 2021.",
            last,
            "الخلاصة: الفيديو صحيح لكنه يعود إلى ديسمبر 2021 ولا علاقة له بأمطار الأسبوع الجاري.",
            "© 2025 مرصد الحقيقة",
        ]
    )
    parsed = parse_page(text)
    assert parsed.title == title
    assert parsed.body.endswith(last)


def test_a_table_of_contents_is_no_body_and_the_sites_day_over_the_headline_no_date():
    first = (
        "تستعد مصر لتطبيق التوقيت الصيفي اعتباراً من الجمعة المقبلة، بتقديم الساعة ستين "
        "دقيقة، في إطار خطة لترشيد استهلاك الكهرباء خلال أشهر الصيف."
    )
    text = "\n\n".join(
        [
            "بوابة النيل\nالخميس 24 أبريل 2025",
            "أخبار مصر | اقتصاد | حوادث | رياضة",
            "كل ما تريد معرفته عن عودة التوقيت الصيفي: 3 أسئلة وإجابات",
            "كتبت - آية فوزي\nالثلاثاء، 22 أبريل 2025 02:15 م",
            "محتويات المقال\n1- متى يبدأ العمل بالتوقيت الصيفي؟\n2- كيف أضبط ساعة هاتفي؟\n"
            "3- هل تتغير مواعيد العمل الرسمية؟",
            first,
            "1- متى يبدأ العمل بالتوقيت الصيفي؟",
            "يبدأ العمل بالتوقيت الصيفي عند منتصف ليل الخميس، بحيث تصبح الساعة الثانية "
            "عشرة الواحدة صباحاً.",
            "2- كيف أضبط ساعة هاتفي؟",
            "تتغير الساعة تلقائياً في أغلب الهواتف الذكية إذا كان خيار الوقت التلقائي مفعلاً.",
        ]
    )
    parsed = parse_page(text)
    assert parsed.body.startswith(first)
    assert parsed.published_at == datetime(2025, 4, 22, 14, 15)


def test_the_story_goes_on_after_an_editors_note_among_its_paragraphs():
    last = "ومن المقرر أن تُقيّم نتائج المرحلة الأولى بعد ستة أشهر، تمهيداً لتوسيعها."
    text = "\n\n".join(
        [
            "صوت المتن",
            "14 بلدة في المتن تبدأ فرز النفايات من المصدر",
            "كتبت - ريم الخوري",
            "بدأت 14 بلدة في قضاء المتن تطبيق برنامج لفرز النفايات من المصدر، بعد أشهر من "
            "التحضير مع اتحاد البلديات والجمعيات البيئية في المنطقة.",
            "ملاحظة المحرر: عُدّلت هذه الفقرة بعد النشر لتوضيح مصدر التمويل.",
            "وأشار رئيس الاتحاد إلى أن البرنامج ممول بهبة من منظمة دولية تغطي كلفة المستوعبات.",
            last,
        ]
    )
    body = parse_page(text).body
    assert body.endswith(last)
    assert "ملاحظة المحرر" not in body


def test_a_story_reposted_on_a_forum_ends_before_the_signature_and_the_replies():
    last = "وقال عدد من الزوار إن تنوع الفعاليات هذا العام جعل الحدائق وجهة مفضلة للأسر."
    text = "\n\n".join(
        [
            "منتديات واحة الأصدقاء > المنتدى العام > الأخبار والمستجدات",
            "#1\n30-03-2025, 11:47 PM\nأبو خالد الحربي\nعضو ذهبي",
            "الحدائق والواجهات البحرية تكتظ بالمتنزهين في أول أيام عيد الفطر",
            "السلام عليكم ورحمة الله وبركاته",
            "شهدت الحدائق العامة والواجهات البحرية في مدن المنطقة الشرقية إقبالاً كبيراً من "
            "المتنزهين في أول أيام عيد الفطر المبارك، وسط أجواء معتدلة.",
            last,
            "المصدر: صحيفة الضحى\nمنقول للفائدة",
            "__________________\nاللهم اغفر لوالدي وارحمهما كما ربياني صغيراً",
            "#2\n31-03-2025, 12:20 AM\nنسيم الشرقية\nعضو مميز\n"
            "جزاك الله خير على النقل، وكل عام وأنتم بخير وصحة وعافية دائماً يا أبا خالد.",
        ]
    )
    parsed = parse_page(text)
    assert parsed.body.endswith(last)
    assert parsed.source == "صحيفة الضحى"


def test_a_forum_thread_gives_its_subject_the_posts_date_and_the_first_post():
    first = (
        "أعلنت المديرية العامة للأرصاد الجوية أن زخات رعدية قوية مصحوبة بتساقط البرد "
        "ستهم عدداً من الأقاليم ابتداءً من ظهر اليوم الثلاثاء إلى غاية مساء الغد."
    )
    last = "ودعت السلطات المحلية مستعملي الطرق إلى توخي الحذر وتجنب عبور الأودية والشعاب."
    text = "\n\n".join(
        [
            "منتدى أحباب المغرب\nالرئيسية » منتدى الأخبار الوطنية » أخبار الطقس والبيئة",
            "مرحباً بك زائرنا الكريم! إذا كانت هذه زيارتك الأولى فنرجو التسجيل.",
            "الموضوع: نشرة إنذارية: زخات رعدية قوية وتساقط البرد بعدد من الأقاليم",
            "المشاركة رقم 1\nبواسطة: سيمو_الرباطي » 27/05/2025 - 09:12",
            "اقتباس:",
            first,
            last,
            "التوقيع: «ما ضاع حق وراءه طالب»",
            "المشاركة رقم 2\nبواسطة: نعيمة.م » 27/05/2025 - 10:40\n"
            "الله يجيب الخير، عندنا فالحوز بدات الشتا من الصباح والطرقان عامرين بالما والغيس.",
        ]
    )
    parsed = parse_page(text)
    assert parsed.title == "نشرة إنذارية: زخات رعدية قوية وتساقط البرد بعدد من الأقاليم"
    assert parsed.published_at == datetime(2025, 5, 27, 9, 12)
    assert parsed.author is None
    assert parsed.body.startswith(first) and parsed.body.endswith(last)


def test_a_mailed_alert_without_a_date_of_its_own_is_dated_by_the_mail():
    story = (
        "الكويت - كونا: سجلت منطقة الجهراء صباح اليوم 51 درجة مئوية في الظل، وهي أعلى "
        "درجة حرارة تسجل في البلاد منذ بداية الصيف، بحسب إدارة الأرصاد الجوية."
    )
    headers = (
        "من: الفنار — تنبيهات عاجلة\nإلى: المشتركين\nالتاريخ: Tue, 24 Jun 2025 07:31\n"
        "الموضوع: عاجل | الكويت تسجل أعلى درجة حرارة هذا الصيف"
    )
    body = "\n\n".join(
        [
            "الفنار",
            "الكويت تسجل 51 درجة مئوية في الجهراء.. الأعلى منذ بداية الصيف",
            story,
            "ونصحت الإدارة بتجنب التعرض المباشر للشمس من الحادية عشرة صباحاً حتى الرابعة عصراً.",
        ]
    )
    assert parse_page(headers + "\n\n" + body).published_at == datetime(2025, 6, 24, 7, 31)
    # a story that prints its own date keeps it
    dated = body.replace(story, "الاثنين 23 يونيو 2025 - 22:10\n\n" + story)
    assert parse_page(headers + "\n\n" + dated).published_at == datetime(2025, 6, 23, 22, 10)


def test_a_sites_desk_before_the_sites_name_credits_the_site_and_no_author():
    text = "\n\n".join(
        [
            "نبض البورصة",
            "أسواق | شركات | إفصاحات | اكتتابات",
            "«الخليج للتغليف» ترفع أرباحها الفصلية 34% بدعم نمو المبيعات",
            "وحدة الأخبار الاقتصادية – نبض البورصة\nالأربعاء 14 أغسطس 2024 - 07:52 ص",
            "أعلنت شركة الخليج للتغليف ارتفاع صافي أرباحها في الربع الثاني بنسبة 34% على "
            "أساس سنوي، بدعم نمو المبيعات وتراجع تكلفة الشحن البحري.",
            "وقالت الشركة في إفصاحها للسوق إن الإيرادات ارتفعت إلى 412 مليون ريال.",
            "© 2024 نبض البورصة",
        ]
    )
    parsed = parse_page(text)
    assert (parsed.source, parsed.author) == ("نبض البورصة", None)


def test_a_bylines_role_after_a_dash_or_on_the_line_under_the_name_is_no_name():
    after_dash = page("""
        المسافر العربي
        أوروبا تبدأ تطبيق نظام الدخول والخروج الإلكتروني
        سارة ناصر - محررة السفر
        الأربعاء 1 أكتوبر 2025 - 09:30
        يبدأ الاتحاد الأوروبي اعتباراً من 12 أكتوبر الجاري تطبيق نظام جديد لتسجيل المسافرين.

        ولا يغير النظام الجديد شروط الحصول على تأشيرة شنغن للمسافرين العرب.
    """)
    assert (after_dash.author, after_dash.source) == ("سارة ناصر", "المسافر العربي")
    under_name = page("""
        راديو الجسر الدولي
        حملات تطعيم متنقلة تعيد الأمل في مواجهة الحصبة بالمناطق النائية
        سارة الحكيم
        مراسلة الشؤون الصحية - راديو الجسر الدولي
        15 يناير 2025
        في قرية تبعد ساعات عن أقرب مستشفى، اصطفت أمهات يحملن أطفالهن أمام خيمة التطعيم.

        وتقول منظمات صحية إن معدلات التطعيم الروتيني تراجعت في عدد من المناطق النائية.
    """)
    assert under_name.author == "سارة الحكيم"
    assert "مراسلة" not in under_name.body


def test_a_copyright_line_in_two_languages_names_the_site_in_arabic():
    parsed = page("""
        أوروبا تبدأ تطبيق نظام الدخول والخروج الإلكتروني
        15 يناير 2025
        يبدأ الاتحاد الأوروبي اعتباراً من 12 أكتوبر الجاري تطبيق نظام جديد لتسجيل المسافرين.

        ولا يغير النظام الجديد شروط الحصول على تأشيرة شنغن للمسافرين العرب.

        © 2025 The Arab Traveller | المسافر العربي
    """)
    assert parsed.site_name == "المسافر العربي"


def test_the_sites_day_over_the_masthead_yields_to_the_day_under_the_headline():
    first = "لم يعد الحديث عن الأسعار حكرًا على نشرات الاقتصاد وتقارير البنوك المركزية."
    text = "\n\n".join(
        [
            "تخطَّ إلى المحتوى",
            "صحيفة المدار\nالثلاثاء 14 يناير 2025",
            "الرئيسية | سياسة | اقتصاد | رياضة",
            "حين تصبح الأسعار لغة يومية للناس",
            "د. هالة المنصوري\nالأحد 12 يناير 2025",
            first,
            "والواقع أن الإجابة لا تملكها جهة واحدة، فالتضخم خليط من عوامل خارجية وداخلية.",
        ]
    )
    parsed = parse_page(text)
    assert parsed.published_at == date(2025, 1, 12)
    assert parsed.site_name == "صحيفة المدار"
    assert parsed.body.startswith(first)


def test_a_broadcasters_page_with_its_menu_one_item_per_line_and_labelled_fields():
    last = "ويقول مسؤول في اتحاد طلابي إن الطلب على السكن ما زال يفوق المعروض بكثير."
    text = "\n".join(
        [
            "تخطى إلى المحتوى",
            "ألبيون نيوز عربي",
            "القائمة",
            "أخبار",
            "العالم العربي",
            "اقتصاد",
            "علوم وتكنولوجيا",
            "صحة",
            "بودكاست",
            "",
            "ارتفاع الإيجارات يدفع طلاباً عرباً في لندن إلى السكن بعيداً عن جامعاتهم",
            "",
            "  • Author, مريم الطحان",
            "  • Role, ألبيون نيوز عربي - لندن",
            "13 فبراير/ شباط 2025",
            "",
            "مصدر الصورة، Getty Images",
            "التعليق على الصورة، طلاب في محطة قطارات بشمال لندن",
            "",
            "تستيقظ دانة، الطالبة الأردنية، في الخامسة صباحاً لتلحق بقطار يقلها إلى لندن.",
            "",
            "تقول دانة لألبيون نيوز عربي إنها انتقلت إلى مكان أبعد وأرخص بعد زيادة الإيجار.",
            "",
            "تخطى قصص مقترحة وواصل القراءة",
            "قصص مقترحة",
            "  • لماذا يغادر أطباء شباب المستشفيات البريطانية؟",
            "نهاية قصص مقترحة",
            "",
            last,
            "",
            "المزيد حول هذه القصة",
            "  • طلاب عرب في بريطانيا: نعمل في ثلاث وظائف لنكمل الدراسة",
        ]
    )
    parsed = parse_page(text)
    assert parsed.title.startswith("ارتفاع الإيجارات")
    assert parsed.author == "مريم الطحان"
    assert parsed.caption == "طلاب في محطة قطارات بشمال لندن"
    assert parsed.body.startswith("تستيقظ دانة")
    assert parsed.body.endswith(last)  # the story goes on after the box it skips
    assert "قصص مقترحة" not in parsed.body


def test_a_short_line_over_a_menu_one_item_per_line_is_the_masthead():
    parsed = page("""
        بوابة الميدان
        أخبار مصر
        عربي ودولي
        رياضة
        اقتصاد
        المزيد
        انطلاق أعمال القمة العربية الثالثة والثلاثين في المنامة
        كتب: هشام رضوان
        الخميس 16 مايو 2024 - 11:00 ص
        انطلقت في المنامة أعمال القمة العربية الثالثة والثلاثين بحضور القادة العرب.

        وتناقش القمة ملفات إقليمية عدة على رأسها الأوضاع في غزة والسودان.
    """)
    assert parsed.title == "انطلاق أعمال القمة العربية الثالثة والثلاثين في المنامة"
    assert parsed.site_name == "بوابة الميدان"


def test_a_long_standfirst_and_the_photos_caption_over_the_first_date_are_the_header():
    first = "في قسم الطب الباطني بمستشفى في مدينة صغيرة قرب كولونيا، تبدأ سلمى نوبتها الصباحية."
    standfirst = (
        "تعوّل ألمانيا على استقدام آلاف الممرضين والممرضات من شمال أفريقيا لسد النقص المتزايد "
        "في دور الرعاية والمستشفيات. لكن الطريق إلى سرير المريض يمر بامتحان اللغة والاعتراف "
        "بالشهادات."
    )
    parsed = page(f"""
        صوت الراين عربية
        ممرضات من المغرب وتونس يسددن فجوة في مستشفيات ألمانية.. والتحدي في اللغة
        {standfirst}
        ممرضة تتابع حالة مريض مسن في أحد مستشفيات ولاية شمال الراين فستفاليا
        صورة من: Julian Stratenschulte/dpa/picture alliance
        ١٤ مارس ٢٠٢٥
        {first}

        وتقول الممرضة الثلاثينية إن الأشهر الأولى كانت الأصعب بسبب اللغة والبيروقراطية.
    """)
    assert parsed.body.startswith(first)
    assert parsed.caption == "ممرضة تتابع حالة مريض مسن في أحد مستشفيات ولاية شمال الراين فستفاليا"
    assert parsed.summary.startswith("تعوّل ألمانيا")


def test_a_headline_that_asks_over_a_longer_standfirst_is_the_headline():
    title = "آبار بلا ترخيص: كيف يُستنزف الخزان الجوفي في سهل البقاع بصمت؟"
    standfirst = (
        "على مدى ستة أشهر تتبّعنا حفر الآبار في قرى السهل، وقارنّا صور الأقمار الصناعية بسجلات "
        "الترخيص الرسمية، فوجدنا أن آلاف الآبار تعمل بلا ترخيص وتستنزف الخزان الجوفي."
    )
    text = "\n".join(
        [
            "مداد للصحافة الاستقصائية",
            "تحقيقات",
            title,
            standfirst,
            "تحقيق: سلمى الحداد",
            "بيانات وتحليل: وسام قانصو",
            "رسوم توضيحية: نور شمص",
            "نُشر في 9 سبتمبر 2024",
            "المحتويات",
            "الفصل الأول: حفّارات تعمل ليلاً",
            "الفصل الثاني: سجلات لا تشبه الأرض",
            "حفارة آبار متنقلة على طريق زراعي في سهل البقاع (مداد)",
            "في ليلة صيفية من العام الماضي، وقف مزارع خمسيني عند حافة حقله يراقب حفارة تعمل، "
            "وقال إن الآبار تحفر كل ليلة، وإن الماء يبتعد عاماً بعد عام عن قرى السهل.",
            "لم يكن المزارع يبالغ. فخلال ستة أشهر تتبّعنا الحفر، وقارنّا صور الأقمار الصناعية "
            "بالسجلات الرسمية، فوجدنا آلاف الآبار.",
        ]
    )
    assert parse_page(text).title == title


def test_a_long_reads_note_on_its_method_holds_one_paragraph_and_the_story_goes_on():
    parsed = parse_page(
        "\n\n".join(
            [
                "المسار",
                "مطابخ المنازل على التطبيقات: من يراقب ما يصل إلى موائدنا؟",
                "كتب: ياسر القحطاني",
                "الأحد 9 مارس 2025",
                "تشترط الأنظمة البلدية حصول ممارسي النشاط من المنازل على ترخيص خاص بالنشاط.",
                "كيف أعددنا هذا الملف",
                "راجع فريق المسار 120 حساباً لبيع الوجبات المنزلية على ثلاث منصات توصيل.",
                "ثانياً: ثغرة بين التطبيق والبلدية",
                "يرى مختص في سلامة الغذاء أن المسؤولية موزعة بين أطراف عدة في هذه السوق.",
            ]
        )
    )
    assert "راجع فريق المسار" not in parsed.body
    assert parsed.body.endswith("موزعة بين أطراف عدة في هذه السوق.")


def test_a_tickers_stamped_items_in_two_languages_are_no_headline():
    parsed = parse_page(
        "\n".join(
            [
                "Casa24 | كازا 24",
                "Fil d'actu : 16h05 – Trafic perturbé sur l'autoroute urbaine | "
                "15h40 – الأرصاد تتوقع انخفاضاً في درجات الحرارة",
                "Accueil | Actualité | Économie | Société | Casablanca | Sport",
                "Économie › Consommation",
                "",
                "قبل ساعتين",
                "Publié le mardi 14 janvier 2025 à 16h20",
                "",
                "ارتفاع أسعار السردين في أسواق الدار البيضاء مع بداية فترة الراحة البيولوجية",
                "",
                "بقلم: سلمى الإدريسي — صحافية متدربة",
                "",
                "عرفت أسعار السردين في أسواق الدار البيضاء ارتفاعاً ملحوظاً منذ مطلع الأسبوع، "
                "مع بداية فترة الراحة البيولوجية.",
                "",
                "ويرجع مهنيون هذا الارتفاع إلى قلة الكميات التي تصل إلى السوق المركزي كل صباح.",
            ]
        )
    )
    assert parsed.title.startswith("ارتفاع أسعار السردين في أسواق الدار البيضاء")


def test_a_masthead_with_its_city_over_a_motto_names_the_site():
    parsed = parse_page(
        "\n".join(
            [
                "نسناس نيوز – حيفا",
                "أخبار حيفا العربية منذ 2009",
                "الأربعاء 17 أيلول 2025",
                "الرئيسية | حيفا | ثقافة وفنون | مجتمع | رياضة | آراء",
                "ثقافة وفنون",
                "",
                "مهرجان الكتاب العربي في حيفا يختتم دورته الخامسة بأمسية شعرية",
                "",
                "اختتم مهرجان الكتاب العربي في حيفا دورته الخامسة مساء أمس بأمسية شعرية "
                "شارك فيها شعراء من الجليل والمثلث.",
                "",
                "وشهدت أيام المهرجان الخمسة إقبالاً على أجنحة دور النشر وندوات الكتّاب الشباب.",
            ]
        )
    )
    assert parsed.source == "نسناس نيوز"


@pytest.mark.parametrize(
    ("masthead", "rights", "site"),
    [
        ("دار الحي | مجلة الأسرة العربية", "دار الحي 2025 © جميع الحقوق محفوظة", "دار الحي"),
        ("سوق البيوت | بوابة العقار الأولى", "جميع الحقوق محفوظة لسوق البيوت 2025", "سوق البيوت"),
        # a supplement is its paper's, which the notice names after the mark
        ("الملحق الأدبي | جريدة الساحل", "الملحق الأدبي © جريدة الساحل 2025", "جريدة الساحل"),
    ],
)
def test_the_part_of_a_masthead_the_copyright_names_is_the_site(masthead, rights, site):
    parsed = parse_page(
        "\n".join(
            [
                masthead,
                "الرئيسية | أخبار | صحة | مطبخ | مشاهير",
                "",
                "خمس عادات صباحية تمنح أطفالك يوماً أكثر هدوءاً",
                "",
                "إعداد: سلمى الراشد",
                "نُشر 12 كانون الثاني 2025",
                "",
                "يبدأ اليوم الهادئ قبل أن يستيقظ الأطفال، بحسب اختصاصيين في تربية الصغار تحدثوا "
                "عن عادات بسيطة تخفف توتر الصباح في البيوت.",
                "",
                "وينصح الاختصاصيون بتحضير الحقائب والملابس في الليلة السابقة، وبإفطار يجلس إليه "
                "أفراد الأسرة معاً ولو لعشر دقائق.",
                "",
                rights,
            ]
        )
    )
    assert parsed.source == site


def test_a_masthead_in_two_scripts_names_the_site_in_arabic():
    parsed = parse_page(
        "\n".join(
            [
                "Le Courrier du Saïss | بريد سايس",
                "Accueil | Fès-Meknès | Maroc | Économie | Culture | Patrimoine",
                "Recherche | Newsletter : Recevez l'essentiel du Saïss chaque matin",
                "Régions > Fès-Meknès > Médina",
                "",
                "ترميم فندق تاريخي بالمدينة العتيقة لفاس وتحويله إلى فضاء للصناع التقليديين",
                "",
                "Publié : 03/06/2025 | 10:45",
                "فاس – مراسلة الجريدة: نادية العلمي",
                "",
                "واجهة الفندق بعد انتهاء أشغال الترميم، وتظهر فيها الزخارف الخشبية © DR",
                "",
                "أعلنت السلطات المحلية بفاس انتهاء أشغال ترميم فندق تاريخي في المدينة العتيقة، "
                "بعد سنتين من العمل على واجهته الخشبية وساحته الداخلية.",
                "",
                "وسيخصص الفندق بعد ترميمه للصناع التقليديين، إذ يضم ورشات للنحاس والجلد والخشب "
                "ومعرضاً دائماً لمنتجاتهم.",
                "",
                "Le Courrier du Saïss © 2025 – Tous droits réservés",
            ]
        )
    )
    assert parsed.source == "بريد سايس"


def test_a_matchs_figures_among_the_paragraphs_are_a_box_and_the_story_goes_on():
    parsed = parse_page(
        "\n\n".join(
            [
                "ملاعب الجزائر",
                "أمل الهضاب واتحاد الساحل يتعادلان في قمة الجولة الثانية عشرة",
                "بقلم: ر. بن عيسى",
                "السبت 6 ديسمبر 2025",
                "انتهت قمة الجولة الثانية عشرة بين أمل الهضاب واتحاد الساحل بالتعادل الإيجابي "
                "هدفاً لمثله في ملعب 8 ماي 1945 بسطيف.",
                "إحصائيات المباراة\nالاستحواذ | 57% | 43%\nالتسديدات | 11 | 8",
                "ورد اتحاد الساحل في الشوط الثاني، وعدّل النتيجة في الدقيقة 64 من ركلة جزاء.",
                "التشكيل الأساسي\n"
                "أمل الهضاب: سفيان خليفي – رضا بلعيد، أمين زروقي، كريم سعدي، ياسين حمادي – "
                "نبيل عمراني، فارس بوزيد – هشام لعلى، منير طالب، سليم دراجي – رضا بلعيد\n"
                "اتحاد الساحل: وليد بن علي – أمين قاسمي، عادل شريف، مراد يحياوي، سمير رحال – "
                "زكريا حداد، طارق مسعود – أيمن زيتوني، إلياس خالدي، نذير عمار – يونس قادري",
                "إحصائيات المباراة\nالاستحواذ | 54% | 46%\nالتسديدات | 14 | 9",
                "المباراة القادمة: الجمعة 31 أكتوبر 2025 – الوادي × الهضاب",
                "ملاعب الجزائر © 2025",
            ]
        )
    )
    assert "الاستحواذ" not in parsed.body and "سفيان خليفي" not in parsed.body
    assert parsed.body.endswith("وعدّل النتيجة في الدقيقة 64 من ركلة جزاء.")


def test_a_podcasts_episode_under_its_shows_tagline_and_the_networks_masthead():
    parsed = parse_page(
        "\n\n".join(
            [
                "صدى | شبكة بودكاست عربية",
                "الرئيسية | البرامج | الحلقات الجديدة | المقدمون | اشترك",
                "البرامج › دفتر حساب › الموسم الثالث",
                "دفتر حساب",
                "بودكاست أسبوعي عن المال والأعمال الصغيرة في حياتنا اليومية",
                "الحلقة 47: هل تنجو المتاجر الصغيرة من زمن الدفع الإلكتروني؟",
                "▶ تشغيل   00:00 / 48:12   1x   ⬇ تنزيل",
                "تقديم وإعداد: لينا الحكيم",
                "نُشرت في 22 يناير 2025 • المدة 48 دقيقة",
                "في هذه الحلقة نزور دكاكين الأحياء ومحلات البقالة الصغيرة التي وجدت نفسها أمام "
                "زبائن يدفعون بهواتفهم، ونسأل عن الدفع الإلكتروني وأثره في حساباتها.",
                "تتحدث لينا الحكيم مع ضيفها عن المال والحسابات اليومية لأصحاب الدكاكين.",
                "© 2025 صدى – جميع الحقوق محفوظة",
            ]
        )
    )
    assert parsed.title == "الحلقة 47: هل تنجو المتاجر الصغيرة من زمن الدفع الإلكتروني؟"
    assert parsed.source == "صدى"


def test_a_podcasts_notes_opening_with_a_long_question_are_the_story_under_its_headline():
    parsed = parse_page(
        "\n\n".join(
            [
                "مختبر الصوت",
                "بودكاستات علمية بالعربية",
                "الرئيسية | درجة حرارة | عقل وجسد | فضاء | كل الحلقات",
                "لماذا تبقى مدننا حارة حتى منتصف الليل؟ عن «الجزر الحرارية» وكيف نبرّدها",
                "قبل 3 أيام • 36 دقيقة • الحلقة 9",
                "ملاحظات الحلقة: فريق «درجة حرارة»",
                "شارع مزدحم في ساعات الظهيرة قرب السوق القديم – صورة توضيحية",
                "تبدأ الحلقة من سؤال بسيط يطرحه كثيرون في ليالي الصيف: لماذا يظل الهواء ساخناً "
                "في وسط المدينة حتى بعد غروب الشمس بساعات، بينما تنخفض الحرارة في الضواحي؟",
                "تشرح ضيفة الحلقة أن الإسفلت والخرسانة يخزنان حرارة النهار ثم يطلقانها ببطء "
                "خلال الليل في المدن.",
            ]
        )
    )
    assert parsed.title.startswith("لماذا تبقى مدننا حارة حتى منتصف الليل؟")
    assert parsed.body.startswith("تبدأ الحلقة من سؤال بسيط")
    assert parsed.caption == "شارع مزدحم في ساعات الظهيرة قرب السوق القديم – صورة توضيحية"
    assert parsed.authors == []


@pytest.mark.parametrize(
    "notes",
    [
        ["كيف حللنا البيانات؟", "جمعنا سجلات الحوادث الشهرية المنشورة ثم حسبنا نصيب كل فترة."],
        ["ملاحظة منهجية: تُحسب النسبة بقسمة الحجم المخزَّن على السعة الإجمالية للسدود."],
        ["هل تعلم؟ تستطيع المها العربية البقاء أسابيع دون شرب الماء، معتمدة على الندى."],
    ],
)
def test_a_data_storys_notes_or_a_fact_box_after_it_are_not_the_story(notes):
    parsed = parse_page(
        "\n\n".join(
            [
                "خانة",
                "ثلث الحوادث المرورية يقع بين الثانية والسادسة مساءً",
                "بقلم: سالم الحارثي",
                "الأحد 9 مارس 2025",
                "يقع نحو ثلث الحوادث المرورية المسجلة بين الساعة الثانية ظهراً والسادسة مساءً.",
                "ويدعو خبراء إلى حملات توعية موجهة إلى السائقين الشباب في الفترة نفسها.",
                *notes,
                "قصص بيانات ذات صلة",
                "• أين تقع أخطر التقاطعات في مسقط؟",
                "خانة © 2024",
            ]
        )
    )
    assert parsed.body.endswith("إلى السائقين الشباب في الفترة نفسها.")


@pytest.mark.parametrize(
    ("header", "author", "source"),
    [
        ("بغداد/ حيدر الموسوي", "حيدر الموسوي", "جريدة دجلة اليوم"),
        ("حيدر الموسوي | جريدة دجلة اليوم", "حيدر الموسوي", "جريدة دجلة اليوم"),
        # a word alone beside the site is where the story was filed, no one's name
        ("جريدة دجلة اليوم - تطوان", None, "جريدة دجلة اليوم"),
        ("الأحساء - جريدة دجلة اليوم", None, "جريدة دجلة اليوم"),
        # filed from a town by a reporter: «من» before her name
        ("أم الفحم – من سهى محاميد", "سهى محاميد", "جريدة دجلة اليوم"),
        ("بنغازي - من مراسلنا عبد السلام المسماري", "عبد السلام المسماري", "جريدة دجلة اليوم"),
        # the site's own name, a colon, its reporter
        ("جريدة دجلة اليوم: حميد أوبلا", "حميد أوبلا", "جريدة دجلة اليوم"),
    ],
)
def test_a_name_or_a_place_beside_the_city_or_the_sites_name(header, author, source):
    parsed = page(f"""
        جريدة دجلة اليوم
        أمانة بغداد تبدأ إكساء شوارع 40 محلة في جانب الرصافة
        {header}
        2025/01/12 10:30 ص
        بدأت أمانة بغداد حملة لإكساء شوارع 40 محلة في جانب الرصافة ضمن خطة الخدمات للعام الجديد.

        وقال مدير الحملة إن الأعمال ستنجز خلال ثلاثة أشهر بحسب الجدول المعتمد.
    """)
    assert (parsed.author, parsed.source) == (author, source)
    assert parsed.caption is None


def test_an_iraqi_wires_slashed_dateline_credits_the_agency():
    parsed = page("""
        شط العرب نيوز
        انخفاض نسب الملوحة في شط العرب بعد زيادة الإطلاقات المائية
        الثلاثاء 15 نيسان 2025 - 01:50 م
        البصرة / نينا / أعلنت مديرية الموارد المائية في محافظة البصرة انخفاض نسب الملوحة.

        وقال مدير المديرية إن الإطلاقات الإضافية ستستمر حتى نهاية الشهر.
    """)
    assert parsed.source == "نينا"


def test_a_writers_name_before_an_outlets_without_a_cue_is_the_author():
    parsed = page("""
        مزارعو غور الأردن يجربون الزراعة المائية لمواجهة شح المياه
        ليلى عبد الرحيم - القلم الجديد
        ١٢ مارس ٢٠٢٥
        داخل بيت بلاستيكي طويل في منطقة دير علا، تصطف أنابيب بيضاء تحمل شتلات الخس.

        ويعاني القطاع الزراعي في وادي الأردن من تراجع حصص مياه الري عاماً بعد عام.
    """)
    assert (parsed.author, parsed.source) == ("ليلى عبد الرحيم", "القلم الجديد")


def test_a_turkish_wires_layout_key_points_reporters_and_stamp_slashed_dateline():
    first = "افتتحت بلدية ولاية غازي عنتاب جنوبي تركيا، الاثنين، مكتبة عامة تضم كتباً بلغتين."
    parsed = page(f"""
        وكالة مرمرة للأنباء
        ثقافة وفن
        افتتاح مكتبة عامة بالعربية والتركية في غازي عنتاب لخدمة اللاجئين والطلاب
        - المكتبة تضم أكثر من 12 ألف كتاب باللغتين إضافة إلى قاعة للأطفال
        - بلدية المدينة: المشروع يهدف إلى تعزيز التعايش وتشجيع القراءة بين الجاليتين
        مراد يلدز, حسن أقطاش   |21.07.2025 - محدث : 22.07.2025
        غازي عنتاب/ مراد يلدز/ مرمرة
        {first}

        وتستقبل المكتبة زوارها يومياً من التاسعة صباحاً حتى السابعة مساءً.

        الأخبار المنشورة على الموقع الإلكتروني لوكالة مرمرة هي ملخص للأخبار المقدمة للمشتركين.
    """)
    assert parsed.authors == ["مراد يلدز", "حسن أقطاش"]
    assert parsed.published_at == date(2025, 7, 21)
    assert parsed.caption is None
    assert parsed.body.startswith(first)
    assert parsed.body.endswith("حتى السابعة مساءً.")


def test_a_slashed_dateline_credits_an_unlisted_agency_only_alone_after_a_reporter():
    assert dateline("غازي عنتاب/ مراد يلدز/ الأناضول افتتحت بلدية ولاية غازي عنتاب") == (
        "الأناضول",
        32,
    )
    assert dateline("استشارات / تغذية الأطفال / الرضاعة") is None


@pytest.mark.parametrize(
    "byline",
    [
        "سعيد أوبلا – مراسل أكادير",
        "سعيد أوبلا، محرر شؤون الجهة",
        "سعيد أوبلا – المنسق الإعلامي",
        # the beat after a comma, then where the story was filed
        "سعيد أوبلا، مراسل شؤون الجهة - أكادير",
    ],
)
def test_a_name_with_its_role_after_a_dash_or_a_comma_is_the_author(byline):
    parsed = page(f"""
        سوس أنفو
        أكادير تحتضن مهرجاناً للفنون الشعبية بمشاركة فرق من الجهة
        {byline}
        الجمعة 12 يوليوز 2024
        انطلقت بأكادير فعاليات مهرجان الفنون الشعبية بمشاركة فرق من مختلف أقاليم الجهة.

        ويتضمن برنامج المهرجان عروضاً في الساحات العمومية طيلة ثلاثة أيام.
    """)
    assert parsed.author == "سعيد أوبلا"
    assert parsed.source == "سوس أنفو"


def test_a_writers_name_with_their_account_is_the_byline_and_a_posts_account_is_not():
    header = """
        الساحل اليوم
        شرطة عُمان: إنقاذ خمسة صيادين بعد تعطل قاربهم قبالة مصيرة
        {byline}
        22 يوليو 2025 | 8:15 صباحاً
        أعلنت الشرطة إنقاذ خمسة صيادين كانوا على متن قارب تعطل محركه قبالة الساحل.

        خالد الهنائي (@khalid_hinai)
        الحمد لله على سلامة الصيادين، شكراً لفرق الإنقاذ
        7:58 ص · 22 يوليو 2025

        وأوضح البيان أن الصيادين في حالة صحية مستقرة بعد نقلهم إلى المستشفى.
    """
    parsed = page(header.format(byline="سالم الحبسي (@salem_habsi)"))
    assert parsed.author == "سالم الحبسي"
    assert "@" not in parsed.body
    assert parsed.body.endswith("بعد نقلهم إلى المستشفى.")
    # without a byline, the post's account among the paragraphs names no writer
    assert page(header.format(byline="")).author is None


def test_a_writers_photo_named_in_its_alternative_text_leaves_the_name_and_role_under_it():
    parsed = page("""
        مرور الخليج
        شرطة أبوظبي تحذر من تجاوز السرعة في محيط المدارس مع بدء العام الدراسي
        صورة الكاتبة ميثاء الكعبي
        ميثاء الكعبي
        صحفية متخصصة في شؤون المرور
        الإثنين 25 أغسطس 2025 | 09:40 ص
        دوريات مرورية أمام إحدى المدارس في أبوظبي صباح اليوم
        دعت شرطة أبوظبي السائقين إلى الالتزام بحدود السرعة المقررة في محيط المدارس مع بدء العام.

        وأكدت الشرطة أنها كثفت دورياتها المرورية قرب المدارس في أوقات الدخول والانصراف.
    """)
    assert parsed.author == "ميثاء الكعبي"
    assert parsed.caption == "دوريات مرورية أمام إحدى المدارس في أبوظبي صباح اليوم"
    assert parsed.body.startswith("دعت شرطة أبوظبي")
    assert "صحفية متخصصة" not in parsed.body


def test_an_ads_copy_under_its_label_and_a_latin_masthead_over_the_arabic_one():
    parsed = page("""
        Arab Michigan Voice
        صوت ميشيغان العربي
        News | Community | Business | Events
        مركز الجالية في ديربورن يوزع 5 آلاف سلة غذائية في النصف الأول من رمضان
        بقلم: سامي حداد - ديربورن
        الجمعة 14 مارس 2025 - 10:42
        متطوعون يجهزون سلال الطعام في مستودع المركز
        Sponsored
        Haddad Law Group – استشارات الهجرة والإقامة باللغة العربية
        وزّع مركز الجالية العربية في مدينة ديربورن نحو خمسة آلاف سلة غذائية على الأسر المحتاجة.

        وقالت منسقة البرنامج إن السلال تضم مواد أساسية تكفي أسرة من خمسة أفراد.
    """)
    assert parsed.source == "صوت ميشيغان العربي"
    assert parsed.caption == "متطوعون يجهزون سلال الطعام في مستودع المركز"
    assert parsed.body.startswith("وزّع مركز الجالية")
    assert "Haddad" not in parsed.body


STORY_UNDER_A_BYLINE = """
    الساحة الليبية
    خطة طوارئ لجمع القمامة من شوارع طرابلس بعد تكدسها لأسابيع
    {byline}
    الأحد 2 فبراير 2025 | 13:40
    أعلنت شركة الخدمات العامة في طرابلس إطلاق خطة طوارئ لرفع أكوام القمامة المتكدسة.

    وقال مدير الشركة إن الخطة تشمل تشغيل ورديات ليلية وإضافة أربعين شاحنة مستأجرة.
    {credit}
"""


@pytest.mark.parametrize(
    ("byline", "credit", "author"),
    [
        # an editor's or a reviewer's name alone in the header is the author's
        ("المحرر: عبد السلام الشريف", "", "عبد السلام الشريف"),
        ("مراجعة: خالد المطيري", "", "خالد المطيري"),
        ("بقلم وعدسة: نادين الحلبي", "", "نادين الحلبي"),
        # beside a writer's byline it is not
        ("كتبت: هبة السعدي\nمراجعة: خالد منصور", "", "هبة السعدي"),
        # under the story, a desk's editor in brackets is never the writer
        ("", "[ تحرير: فؤاد المقطري ]", None),
        # nor a photographer alone
        ("تصوير: ياسين العيادي", "", None),
    ],
)
def test_an_editors_name_alone_over_the_story_is_the_authors(byline, credit, author):
    parsed = page(STORY_UNDER_A_BYLINE.format(byline=byline, credit=credit))
    assert parsed.author == author


def test_a_government_portal_names_the_ministry_under_the_state_as_its_site():
    parsed = page("""
        مملكة البحرين
        وزارة الأشغال
        الرئيسية | عن الوزارة | المشاريع | الخدمات | المركز الإعلامي
        المركز الإعلامي / البيانات الصحفية
        بدء أعمال تطوير تقاطع شارع 105 مع شارع 29 وتحويلات مرورية مؤقتة
        الثلاثاء 2024/12/03
        أعلنت وزارة الأشغال عن بدء أعمال المرحلة الأولى من مشروع تطوير تقاطع شارع 105.

        وأوضحت الوزارة أنه سيتم تنفيذ تحويلات مرورية مؤقتة اعتباراً من يوم الجمعة.
    """)
    assert parsed.title == "بدء أعمال تطوير تقاطع شارع 105 مع شارع 29 وتحويلات مرورية مؤقتة"
    assert parsed.source == "وزارة الأشغال"


def test_the_rulings_points_in_bullets_under_the_header_are_a_box_not_the_body():
    parsed = page("""
        صحيفة الساحل
        محكمة تلزم شاباً بإعادة 90 ألف درهم اقترضها من صديقه عبر «واتساب»
        محمد إبراهيم - أبوظبي
        التاريخ: 17 أكتوبر 2024
        أبرز ما في الحكم:
        • المحكمة اعتدت بالمحادثات النصية دليلاً على القرض.
        • إلزام المدعى عليه بالرسوم والمصروفات.
        • رفض طلب التعويض عن الأضرار المعنوية.
        ألزمت محكمة أبوظبي للأسرة والدعاوى المدنية والإدارية شاباً بأن يرد المبلغ لصديقه.

        وتفصيلاً، أقام شاب دعوى قضائية ضد صديقه طالب فيها بإلزامه برد المبلغ.
    """)
    assert parsed.body.startswith("ألزمت محكمة أبوظبي")
    assert "المحادثات النصية" not in parsed.body
    assert parsed.caption is None


def test_a_table_of_contents_under_the_byline_is_no_caption_and_no_body():
    parsed = page("""
        عالم التقنية
        أوريكس بوك 14: حاسوب خفيف للعمل والدراسة يتفوق في البطارية
        بواسطة سامر حداد
        09 ديسمبر 2024 - 7:15 PM
        محتويات المقال
        1. التصميم وجودة التصنيع
        2. الشاشة
        3. الأداء والبطارية
        وصل إلى مختبرنا حاسوب أوريكس بوك 14 في نسخته الأساسية، وهو جهاز يستهدف الطلاب.

        التصميم وجودة التصنيع
        يأتي الحاسوب بهيكل من الألومنيوم المصقول ويبلغ وزنه 1.2 كيلوغرام فقط.
    """)
    assert parsed.caption is None
    assert parsed.body.startswith("وصل إلى مختبرنا")


SIGNED_STORY = """
    أوراق السفر
    يومان على سطح الجبل الأخضر: حيث تنمو الرمانات فوق الغيوم
    لم أكن أتوقع أن أرتجف من البرد في عُمان، لكن الطريق صعد بنا من نزوى إلى الجبل الأخضر.

    {quote}في طريق العودة توقفنا عند بائع رمان أعطانا حبة وقال إن الرمان هنا يحتاج إلى البرد.
    — زياد فرحات

    * تمت هذه الرحلة بدعوة من أحد منظمي الرحلات في مسقط، ولم يطلع على النص قبل نشره.
"""


def test_a_writers_signature_under_the_story_signs_it_off():
    parsed = page(SIGNED_STORY.format(quote=""))
    assert parsed.author == "زياد فرحات"
    assert parsed.body.endswith("يحتاج إلى البرد.")
    # under a quotation it attributes the quote, and the story goes on
    parsed = page(SIGNED_STORY.format(quote="«"))
    assert "تمت هذه الرحلة" in parsed.body


def test_a_masthead_the_story_names_is_no_headline_over_the_sites_day():
    parsed = page("""
        صحيفة الجنوب الإلكترونية
        الرئيسية | محليات | أفراح ومناسبات | تهاني | وفيات
        الجمعة 10 يناير 2025
        أفراح ومناسبات
        آل مفرح يحتفلون بزواج ابنهم سلطان في خميس مشيط
        رصد: فهد القحطاني
        الجمعة 10 يناير 2025
        العريس سلطان يتوسط والده وأعمامه خلال الحفل
        احتفل آل مفرح مساء الخميس بزواج ابنهم الشاب سلطان في قاعة كبرى بمدينة خميس مشيط.

        وعبر والد العريس سلطان عن شكره لكل من لبى الدعوة وشاركهم فرحتهم بالزواج.

        و«صحيفة الجنوب» إذ تنقل هذه المناسبة السعيدة، تتقدم بأحر التهاني إلى العريس سلطان.
    """)
    assert parsed.title == "آل مفرح يحتفلون بزواج ابنهم سلطان في خميس مشيط"
    assert parsed.caption == "العريس سلطان يتوسط والده وأعمامه خلال الحفل"


@pytest.mark.parametrize(
    "box",
    [
        # a session's agenda, numbered
        "جدول أعمال الجلسة:\n1- التصديق على مضبطة الجلسة السابقة\n2- مشروع قانون حماية البيانات",
        # an explainer's contents, its items questions
        "في هذا الشرح:\n1. ما المقصود بآلية تعديل حدود الكربون؟\n2. متى تبدأ الرسوم الفعلية؟",
        # a reader app's summary, its items sentences
        "✨ الملخص السريع (مولّد آلياً)\n• مزارعون يعتمدون التنقيط.\n• ألواح شمسية بدل المضخة.",
    ],
)
def test_a_headed_list_under_the_header_is_a_box_not_the_body(box):
    lines = "\n".join(f"        {line}" for line in box.splitlines())
    parsed = page(f"""
        مجلس الشورى
        المجلس يقر مشروع قانون حماية البيانات الشخصية بعد مناقشة استمرت ساعات
        الاثنين 2 ديسمبر 2024 - 1:30 م
{lines}
        جانب من الجلسة العامة للمجلس
        أقر مجلس الشورى في جلسته العادية الرابعة عشرة مشروع قانون حماية البيانات الشخصية.

        وأدخل المجلس تعديلات على عدد من مواد المشروع، أبرزها إلزام الجهات بتعيين مسؤول.
    """)
    assert parsed.body.startswith("أقر مجلس الشورى")
    assert parsed.caption == "جانب من الجلسة العامة للمجلس"


@pytest.mark.parametrize(
    ("credit", "author", "caption"),
    [
        # a caption credited to the outlet names no one
        (
            "قاعة المطالعة الكبرى بالمكتبة المركزية - صوت الجامعة",
            None,
            "قاعة المطالعة الكبرى بالمكتبة المركزية - صوت الجامعة",
        ),
        # a writer's name before the outlet, however long its chain of fathers
        ("محمد الأمين ولد سيدي محمد - صوت الجامعة", "محمد الأمين ولد سيدي محمد", None),
    ],
)
def test_a_line_before_the_outlets_name_is_its_writers_only_when_it_is_a_name(
    credit, author, caption
):
    parsed = page(f"""
        صوت الجامعة
        المكتبة المركزية تمدد ساعات العمل إلى منتصف الليل طوال فترة الامتحانات
        الأحد 14 جانفي 2024 على الساعة 18:30
        {credit}
        قررت إدارة المكتبة المركزية للجامعة تمديد ساعات العمل إلى منتصف الليل طوال الامتحانات.

        وأوضح مدير المكتبة أن القرار يشمل قاعات المطالعة الثلاث وقاعة الدوريات.
    """)
    assert (parsed.author, parsed.caption) == (author, caption)


def test_a_stamp_labelled_as_the_publication_wins_over_the_other_dates_over_it():
    parsed = page("""
        إذاعة الوطن
        صباح الخير يا وطن: حلقة خاصة عن مواسم الزراعة في السهول الشرقية
        بُثّت الحلقة: الاثنين 10 فبراير 2025 | 07:00 ص
        نُشر: الاثنين 10 فبراير 2025 - 11:40 ص
        استضافت الحلقة عدداً من المزارعين للحديث عن مواسم الزراعة في السهول الشرقية هذا العام.

        وتحدث الضيوف عن أثر الأمطار الأخيرة على المحاصيل وأسعار البذور والأسمدة في الأسواق.
    """)
    assert parsed.published_at == datetime(2025, 2, 10, 11, 40)
    # a box's «تاريخ النشر:» under its heading dates the study it sums up, not the page
    parsed = page("""
        العلوم اليوم
        دراسة: نوع من الطحالب البحرية يمتص الكربون أسرع بثلاث مرات
        إعداد: هالة الشريف
        07/05/2025
        الدراسة في سطور
        الدورية: مجلة علوم المحيطات التطبيقية
        تاريخ النشر: 2 مايو 2025
        توصل فريق دولي من الباحثين إلى أن نوعاً من الطحالب البنية يمتص الكربون بسرعة.

        واعتمد الباحثون على قياسات ميدانية في مواقع ساحلية عدة إلى جانب تجارب مخبرية.
    """)
    assert parsed.published_at == date(2025, 5, 7)


def test_a_masthead_in_both_scripts_is_the_site_not_a_foreign_line():
    parsed = page("""
        الميدان الرياضي | Al Midane Sportif
        يومية رياضية مغربية
        الرئيسية   البطولة   المنتخب   محترفون   رياضات أخرى   Français
        حوار
        حمزة الزياني: العودة إلى النادي كمدرب للحراس كانت حلماً قديماً
        الثلاثاء 19 غشت 2025
        عاد حمزة الزياني إلى ناديه الأم مدرباً للحراس بعد مسيرة طويلة في الملاعب المغربية والعربية.

        وتحدث الزياني عن خططه مع الحراس الشباب وعن الموسم الجديد وأهداف الفريق في البطولة.
    """)
    assert parsed.source == "الميدان الرياضي"
    assert parsed.title == "حمزة الزياني: العودة إلى النادي كمدرب للحراس كانت حلماً قديماً"


def test_a_short_sentence_going_on_with_wa_is_the_storys_last_word():
    parsed = page("""
        الميزان القانوني
        محكمة الجنايات تقضي بسجن متهم بالاحتيال الإلكتروني ثلاث سنوات
        الأحد 15 ديسمبر 2024
        قضت محكمة الجنايات بسجن متهم ثلاث سنوات بعد إدانته بالاحتيال على عدد من الضحايا.

        وكانت وحدة الجرائم الإلكترونية قد ضبطت المتهم العام الماضي بعد تتبع عمليات تحويل متكررة.

        والقرار قابل للتمييز.

        الأكثر تداولاً
        التمييز: لا يجوز للمؤجر قطع الخدمات عن المستأجر
    """)
    assert parsed.body.endswith("والقرار قابل للتمييز.")


def test_a_desk_alone_in_the_header_is_no_caption_and_no_author():
    parsed = page("""
        البوابة الإلكترونية لمحافظة الإسماعيلية
        قطع مياه الشرب عن 6 مناطق بمدينة الإسماعيلية لمدة 10 ساعات غداً
        المكتب الإعلامي
        2024-09-15 | 13:10
        أعلنت محافظة الإسماعيلية قطع مياه الشرب عن ست مناطق بالمدينة لمدة عشر ساعات غداً.

        وأوضح بيان المحافظة أن الأعمال تأتي ضمن خطة تطوير شبكات المياه في المدينة.
    """)
    assert (parsed.author, parsed.caption) == (None, None)


def test_a_masthead_with_what_the_outlet_is_names_the_site_and_is_no_headline():
    parsed = page("""
        ملاعب الدوحة | صحيفة رياضية يومية
        الرئيسية › كرة اليد › مباريات ودية
        منتخب قطر لكرة اليد يتغلب على نظيره التونسي ودياً
        السبت 8 مارس 2025 - 11:40 م
        حقق منتخب قطر لكرة اليد فوزاً على نظيره التونسي بنتيجة 31 مقابل 27 في مباراة ودية.

        وتأتي المباراة ضمن استعدادات المنتخب للبطولة الآسيوية المقبلة في الكويت الشهر المقبل.
    """)
    assert parsed.title == "منتخب قطر لكرة اليد يتغلب على نظيره التونسي ودياً"
    assert parsed.source == "ملاعب الدوحة"


def test_a_news_strips_item_over_the_headline_is_no_headline():
    parsed = page("""
        شريط الأخبار: «الداخلية» تضبط 14 مخالفاً لقانون الإقامة في حملة بالمهبولة
        جريدة الديرة
        الرئيسية
        محليات
        عربي ودولي
        اقتصاد
        رياضة
        منوعات
        الأرصاد: أمطار رعدية متفرقة على البلاد بدءاً من مساء الأربعاء
        الاثنين 18 نوفمبر 2024 - 06:10 ص
        توقعت إدارة الأرصاد الجوية أن تتأثر البلاد اعتباراً من مساء الأربعاء بأمطار رعدية متفرقة.

        وقال مراقب التنبؤات إن الرياح ستكون جنوبية شرقية خفيفة إلى معتدلة السرعة على البلاد.
    """)
    assert parsed.title == "الأرصاد: أمطار رعدية متفرقة على البلاد بدءاً من مساء الأربعاء"


def test_a_columnists_bio_under_the_byline_is_no_headline():
    parsed = page("""
        عاجل | الدفاع المدني يعلن السيطرة على حريق في منطقة حرجية شمال البلاد
        عاجل | انخفاض طفيف في درجات الحرارة اعتبارًا من الغد
        المنبر
        سياسة
        اقتصاد
        ثقافة
        آراء
        الكاتب: رامي حداد
        صحفي لبناني مقيم في باريس
        المكتبات الصغيرة تقاوم على طريقتها
        15 أيلول 2024 | 10:30
        في شارع جانبي من حي قديم، ما زالت مكتبة صغيرة تفتح أبوابها كل صباح منذ أربعين عامًا.

        هذه المكتبات لا تنافس المتاجر الكبرى في الأسعار، لكنها تقدم ما لا تقدمه المتاجر.
    """)
    assert parsed.title == "المكتبات الصغيرة تقاوم على طريقتها"
    assert parsed.author == "رامي حداد"


def test_a_town_and_an_initialled_signature_over_the_story_name_the_author():
    parsed = page("""
        يومية الهضاب
        الثلوج تعزل قرى بشمال سطيف وتدخلات متواصلة لإعادة فتح الطرق الولائية
        سطيف: ع. بوزيد
        نشر في 14 جانفي 2025 على الساعة 09:12
        عرفت عدة بلديات بالجهة الشمالية لولاية سطيف تساقطاً كثيفاً للثلوج منذ ليلة الأحد.

        وسخرت مديرية الأشغال العمومية كاسحات ثلوج وآليات لرمي الملح لإعادة فتح المحاور.
    """)
    assert parsed.author == "ع. بوزيد"


# («ح. سليمة»: the given name's initial; «مراد. ق»: the family name's)
@pytest.mark.parametrize("signature", ["ح. سليمة", "مراد. ق"])
def test_an_initialled_signature_under_the_story_names_the_author_and_ends_it(signature):
    parsed = page(f"""
        يومية العاصمة
        أسعار الخضر تستقر في أسواق الجملة بالعاصمة
        الأحد 14 جويلية 2024
        عرفت أسعار الخضر استقراراً ملحوظاً في أسواق الجملة بالعاصمة خلال الأسبوع الجاري.

        ويتوقع ممثلو التجار أن تحافظ الأسعار على استقرارها خلال الأسابيع المقبلة.

        {signature}

        الوسوم: أسعار، خضر، أسواق
    """)
    assert parsed.author == signature
    assert parsed.body.endswith("خلال الأسابيع المقبلة.")


def test_a_city_with_its_epithet_files_the_story_and_is_no_source():
    parsed = page("""
        بوابة الطف الإخبارية
        صحة كربلاء تنشر 45 مفرزة طبية على طرق الزائرين استعداداً لزيارة الأربعين
        كربلاء المقدسة – حيدر الكعبي
        2024-08-22 11:40
        أعلنت دائرة صحة كربلاء المقدسة نشر 45 مفرزة طبية ثابتة ومتنقلة على الطرق الرئيسة.

        وقال مدير الدائرة في مؤتمر صحفي إن المفارز موزعة على طريق النجف - كربلاء.
    """)
    assert (parsed.source, parsed.author) == ("بوابة الطف الإخبارية", "حيدر الكعبي")


def test_a_view_of_the_event_with_its_credit_is_the_caption_and_no_source():
    parsed = page("""
        الأنبار الحدث
        افتتاح جسر جديد على نهر الفرات يربط مركز الرمادي بمناطق الجزيرة
        تقرير: مصطفى الدليمي
        الخميس 06 شباط 2025 - 13:05
        جانب من افتتاح الجسر - إعلام المحافظة
        افتتحت الحكومة المحلية في محافظة الأنبار، اليوم الخميس، جسراً جديداً على نهر الفرات.

        وقال مسؤولون إن الجسر سيختصر زمن التنقل بين مركز المدينة ومناطق الجزيرة.
    """)
    assert parsed.caption == "جانب من افتتاح الجسر - إعلام المحافظة"
    assert parsed.source == "الأنبار الحدث"


def test_a_gallerys_captions_under_the_story_give_way_to_the_photo_over_it():
    parsed = page("""
        صحيفة الجنوب الإلكترونية
        آل مفرح يحتفلون بزواج ابنهم سلطان في خميس مشيط
        رصد: فهد القحطاني
        الجمعة 10 يناير 2025
        العريس سلطان يتوسط والده وأعمامه خلال الحفل
        احتفل آل مفرح مساء الخميس بزواج ابنهم الشاب سلطان في قاعة احتفالات بخميس مشيط.

        وبدأ الحفل باستقبال المدعوين وتقديم القهوة والتمور، ثم أديت العرضة الجنوبية.

        صور من الحفل (12)
        العرضة الجنوبية خلال الحفل
        جانب من الحضور
    """)
    assert parsed.caption == "العريس سلطان يتوسط والده وأعمامه خلال الحفل"


def test_a_city_an_agency_and_its_reporter_give_the_source_and_the_author():
    parsed = page("""
        الشمال نيوز
        محافظات الشمال
        بلدية إربد الكبرى تعلن جاهزيتها للتعامل مع المنخفضات الجوية
        إربد - بترا - وليد الزعبي
        الأحد 10 تشرين الثاني 2024 | 10:45
        آليات تابعة لبلدية إربد الكبرى خلال تنظيف عبارات تصريف المياه
        أعلنت بلدية إربد الكبرى رفع جاهزية كوادرها وآلياتها للتعامل مع المنخفضات الجوية.

        وقال رئيس لجنة البلدية إن الخطة تتضمن توزيع أكثر من 90 آلية وصهريجاً على المناطق.
    """)
    assert parsed.title == "بلدية إربد الكبرى تعلن جاهزيتها للتعامل مع المنخفضات الجوية"
    assert (parsed.source, parsed.author) == ("بترا", "وليد الزعبي")
    assert parsed.caption == "آليات تابعة لبلدية إربد الكبرى خلال تنظيف عبارات تصريف المياه"


def test_a_widget_under_its_heading_after_the_story_is_no_paragraph():
    parsed = page("""
        بوابة الإيمان
        دار الإفتاء توضح مقدار زكاة الفطر لهذا العام وموعد إخراجها
        الأحد 16 مارس 2025 | 08:30 م
        أعلنت دار الإفتاء المصرية أن قيمة زكاة الفطر لهذا العام خمسة وثلاثون جنيهاً عن كل فرد كحد أدنى.

        ويجوز إخراجها من أول يوم في رمضان، ويستحب إخراجها قبل صلاة العيد، فمن أداها قبل الصلاة فهي زكاة مقبولة.

        حديث اليوم
        «من صام رمضان إيماناً واحتساباً غفر له ما تقدم من ذنبه»
        فتاوى رمضانية
        هل تبطل قطرة العين الصيام؟
    """)  # noqa: E501
    assert parsed.body.endswith("فمن أداها قبل الصلاة فهي زكاة مقبولة.")


@pytest.mark.parametrize(
    "under_the_story",
    [
        # links, then a poll under its heading
        "روابط مهمة\nبوابة القبول والتسجيل\nدليل التخصصات الجامعية\nاستطلاع\n"
        "هل حصلت على قبول في تخصصك المفضل؟\nنعم | لا | لم أتقدم",
        # the share bar, then the poll's question alone
        "شارك: فيسبوك | تويتر | واتساب\nهل حصلت على قبول في تخصصك المفضل؟",
    ],
)
def test_a_polls_question_apart_from_the_story_is_no_paragraph(under_the_story):
    parsed = page(
        "صحيفة المدار\n"
        "جامعة الملك سعود تعلن نتائج القبول المبدئي للعام الجامعي الجديد\n"
        "الاثنين 14 يوليو 2025\n"
        "أعلنت جامعة الملك سعود نتائج القبول المبدئي للطلاب والطالبات المتقدمين لمرحلة "
        "البكالوريوس.\n\n"
        "وحذرت العمادة من أن عدم تأكيد القبول في الموعد المحدد يلغي الترشيح تلقائياً لصالح "
        "قوائم الانتظار.\n\n" + under_the_story
    )
    assert parsed.body.endswith("لصالح قوائم الانتظار.")


def test_a_strips_item_between_the_menu_and_the_headline_leaves_the_headline_found():
    parsed = page("""
        افتح في التطبيق | تجربة أفضل على تطبيق الساحل 24
        الساحل 24
        الإمارات
        الخليج
        العالم
        اقتصاد
        رياضة
        منوعات
        عاجل | إغلاق مؤقت لشارع جانبي في ديرة لأعمال صيانة
        شواطئ جديدة للسباحة الليلية في دبي مع إضاءة ومنقذين حتى منتصف الليل
        مريم الشامسي - دبي
        12:30 م | 2024/10/21
        أعلنت الجهات المختصة في دبي تخصيص مقاطع إضافية من الشواطئ العامة للسباحة الليلية مع إضاءة ومنقذين.

        وتأتي الخطوة في إطار خطط تطوير الشواطئ وتعزيز جودة الحياة في الإمارة خلال أشهر الصيف.
    """)  # noqa: E501
    assert parsed.title == "شواطئ جديدة للسباحة الليلية في دبي مع إضاءة ومنقذين حتى منتصف الليل"


def test_a_masthead_in_tifinagh_over_the_arabic_one_gives_the_arabic_name():
    parsed = page("""
        ⴰⴱⵔⵉⴷ ⵏ ⴰⵔⵉⴼ
        طريق الريف
        صوت الحسيمة والريف
        ارتفاع أسعار السردين بميناء الحسيمة رغم تحسن حجم المفرغات
        بقلم: سعيد أمزيان
        الإثنين 28 يوليوز 2025 - 18:05
        سجلت أسعار السردين بميناء الحسيمة ارتفاعاً ملحوظاً خلال الأسبوع الجاري رغم تحسن المفرغات.

        ويرجع مهنيون هذا الارتفاع إلى تزايد الطلب خلال موسم الاصطياف وعودة أفراد الجالية.
    """)
    assert parsed.source == "طريق الريف"


def test_what_an_outlet_says_it_is_under_its_masthead_is_no_headline():
    parsed = page("""
        Accueil | Régions | Société | Éducation | Sport
        أطلس الوسط بريس
        الجريدة الإلكترونية لجهة بني ملال خنيفرة
        الرئيسية / مجتمع / تعليم
        أزيد من 640 ألف تلميذ يلتحقون بالفصول الدراسية بجهة بني ملال خنيفرة
        نشر في: الإثنين 8 شتنبر 2025 على الساعة 16:20
        آخر تحديث: الإثنين 8 شتنبر 2025 على الساعة 17:05
        تلاميذ في أول يوم من الموسم الدراسي بإحدى مدارس بني ملال - ح.م
        بني ملال – (و م ع) – التحق أزيد من 640 ألف تلميذة وتلميذ، اليوم الإثنين، بالمؤسسات التعليمية العمومية والخصوصية بجهة بني ملال خنيفرة، برسم الموسم الدراسي الجديد، وفق معطيات قدمتها الأكاديمية الجهوية للتربية والتكوين.

        وأوضحت الأكاديمية أن الموسم الحالي يعرف افتتاح أربع عشرة مؤسسة تعليمية جديدة، من بينها ثلاث داخليات بالوسط القروي، إلى جانب توسيع شبكة النقل المدرسي لفائدة تلاميذ الجماعات الجبلية بأقاليم أزيلال وخنيفرة.
    """)  # noqa: E501
    assert parsed.title == "أزيد من 640 ألف تلميذ يلتحقون بالفصول الدراسية بجهة بني ملال خنيفرة"


def test_a_note_on_the_writer_under_the_story_names_the_author_and_leaves_the_body():
    parsed = page("""
        مدارات ثقافية
        كتب
        الذاكرة بوصفها بيتاً: قراءة في رواية «بيت الملح» لهالة الدباغ
        الكتاب: بيت الملح (رواية)
        الناشر: دار الضفاف للنشر
        السبت 22 مارس 2025
        تبني هالة الدباغ روايتها الجديدة حول بيت قديم على حافة ملاحة مهجورة، تعود إليه الساردة بعد غياب.

        ومع ذلك، تبقى «بيت الملح» إضافة لافتة إلى رواية الذاكرة العربية، وعملاً يستحق القراءة المتأنية.

        سليم القاسمي: ناقد وأكاديمي، أستاذ الأدب الحديث، صدر له كتابان في نقد الرواية.
    """)  # noqa: E501
    assert parsed.author == "سليم القاسمي"
    assert parsed.body.endswith("وعملاً يستحق القراءة المتأنية.")


@pytest.mark.parametrize(
    "name", ["نادية بنعلي", "سليم القاسمي", "فهد الدوسري", "حيدر الكعبي", "أندريه سوكولوف"]
)
def test_given_names_of_every_region_read_as_a_persons(name):
    assert person_like(name)


def test_a_greeting_is_no_persons_name():
    assert not person_like("صباح الخير")


@pytest.mark.parametrize("masthead", ["☰  شط العرب  🔔", "×   شط العرب   ⋯"])
def test_a_mobile_mastheads_buttons_are_not_the_sites_name(masthead):
    parsed = page(f"""
        {masthead}
        محليات | البصرة | اقتصاد | رياضة
        ارتفاع ملوحة شط العرب يهدد بساتين النخيل في أبي الخصيب
        بقلم علي الموسوي
        ١٤/٠٥/٢٠٢٥ - ٠٨:٢٠ م
        يحذر مزارعون في قضاء أبي الخصيب جنوبي البصرة من تلف مساحات واسعة من بساتين النخيل.

        ويطالب المزارعون بإنشاء سد قاطع عند مصب شط العرب لمنع تقدم المياه المالحة.
    """)
    assert parsed.source == "شط العرب"


def test_a_sticky_bars_copy_of_the_headline_cut_short_is_not_the_headline():
    parsed = page("""
        ☰
        الإسكندرية نيوز
        الرئيسية › محافظات
        تطوير ترام الرمل بالإسكندرية.. غلق جزئي للمحطات…
        تطوير ترام الرمل بالإسكندرية.. غلق جزئي للمحطات لمدة عامين وخطوط بديلة للركاب
        أحمد عبد الغني
        الإثنين 03 مارس 2025 · 10:15 ص
        بدأت محافظة الإسكندرية الإجراءات التنفيذية لمشروع تطوير ترام الرمل، الذي يستمر عامين.

        ويشمل المشروع تجديد القضبان وشبكة الكهرباء الهوائية، وتحديث المحطات على طول الخط.
    """)
    assert parsed.title == (
        "تطوير ترام الرمل بالإسكندرية.. غلق جزئي للمحطات لمدة عامين وخطوط بديلة للركاب"
    )


def test_links_under_a_bare_read_also_over_the_story_are_neither_caption_nor_body():
    parsed = page("""
        بوابة الحدث المصري
        انطلاق امتحانات الثانوية العامة اليوم وسط إجراءات مشددة لمنع الغش
        كتبت: هبة الله مصطفى
        الأحد 15 يونيو 2025 - 11:00 ص
        طلاب الثانوية العامة أمام إحدى اللجان بالقاهرة - أرشيفية
        اقرأ أيضًا
        نتيجة الصف الثالث الإعدادي بالقاهرة.. رابط الاستعلام بالاسم
        تنسيق الجامعات 2025.. المؤشرات الأولية لكليات القمة
        انطلقت صباح اليوم امتحانات شهادة الثانوية العامة في جميع المحافظات وسط إجراءات مشددة.

        وأكدت وزارة التربية والتعليم أن غرفة العمليات المركزية تتابع سير الامتحانات أولاً بأول.
    """)
    assert parsed.body.startswith("انطلقت صباح اليوم")
    assert parsed.caption == "طلاب الثانوية العامة أمام إحدى اللجان بالقاهرة - أرشيفية"


def test_a_starred_name_and_town_under_the_story_sign_it():
    parsed = page("""
        تعز أونلاين
        صهاريج المياه في تعز.. أسعار مضاعفة وطوابير طويلة مع اشتداد الحر
        تاريخ النشر: السبت 14 يونيو 2025م
        تتفاقم أزمة المياه في مدينة تعز مع دخول فصل الصيف، إذ ارتفع سعر صهريج الماء إلى الضعف.

        وتطالب منظمات محلية بتوسيع مشاريع حصاد مياه الأمطار وتركيب منظومات طاقة شمسية للآبار.

        * مريم الصبري – تعز
        معرض الصور
    """)
    assert parsed.author == "مريم الصبري"
    assert parsed.body.endswith("منظومات طاقة شمسية للآبار.")


def test_a_portals_account_in_the_byline_names_no_one():
    parsed = page("""
        بوابة ليبيا اليوم
        افتتاح مركز صحي جديد في مدينة غريان بعد أعمال صيانة شاملة
        الكاتب : admin
        تاريخ الإضافة : 2024-05-09
        افتتحت وزارة الصحة مركزاً صحياً جديداً في مدينة غريان بعد أعمال صيانة استمرت عاماً كاملاً.

        ويقدم المركز خدمات الطوارئ والأمومة والطفولة لسكان المدينة والقرى المجاورة لها.
    """)
    assert parsed.author is None


def test_a_kurdish_masthead_over_the_arabic_one_gives_the_arabic_name():
    parsed = page("""
        دەنگی چیا
        صوت الجبل
        سياحة
        فنادق دوكان تسجل نسب إشغال مرتفعة مع توافد السياح من وسط العراق
        السليمانية – هيمن عبد الله
        2025-04-17 09:30
        سجلت الفنادق والمنتجعات السياحية في قضاء دوكان نسب إشغال مرتفعة خلال عطلة العيد.

        وقال مسؤول في مديرية سياحة دوكان إن نسبة الإشغال في أغلب الفنادق تجاوزت تسعين بالمئة.
    """)
    assert parsed.source == "صوت الجبل"


def test_a_given_name_before_a_fathers_given_name_before_a_city_is_the_reporter():
    parsed = page("""
        شار ميديا
        الثلوج تغلق طريق بنجوين وتستنفر فرق البلديات في السليمانية
        ريبوار كريم - السليمانية
        06-01-2025 | 14:20
        أغلقت السلطات المحلية في محافظة السليمانية، اليوم الاثنين، طريق بنجوين بسبب الثلوج.

        وقال مدير الطرق والجسور في المحافظة إن أكثر من 25 آلية وكاسحة تعمل على فتح الطرق.
    """)
    assert (parsed.source, parsed.author) == ("شار ميديا", "ريبوار كريم")


@pytest.mark.parametrize(
    ("line", "source", "author"),
    [
        # a family name that is no word: the reporter, whose given name no list knows
        ("حسناء الإدريسي - الرباط", "رقابة بريس", "حسناء الإدريسي"),
        # an outlet of common words, which lose and take the article freely, filing
        ("صدى الوادي - الرباط", "صدى الوادي", None),
    ],
)
def test_a_family_name_no_word_before_a_city_is_the_reporter(line, source, author):
    parsed = page(f"""
        رقابة بريس
        تحذيرات من زيوت زيتون مغشوشة تباع على قارعة الطرق مع انطلاق موسم الجني
        {line}
        الخميس 14 نونبر 2024 - 12:30
        حذّرت جمعيات لحماية المستهلك من انتشار زيوت زيتون مغشوشة تُعرض للبيع في قنينات.

        وأوضحت هذه الجمعيات أن بعض الباعة يخلطون زيت الزيتون بزيوت نباتية رخيصة.
    """)
    assert (parsed.source, parsed.author) == (source, author)


@pytest.mark.parametrize(
    ("after", "author"),
    [
        ("شارك المقال:  فيسبوك  تويتر  واتساب", "أمينة بن عيسى"),
        ("", "أمينة بن عيسى"),
        # a name over more lines of text is no signature under the story
        ("الخروب: تسليم 300 مقرر استفادة من إعانات السكن الريفي للعائلات", None),
    ],
)
def test_a_name_alone_under_the_story_over_its_furniture_signs_it(after, author):
    parsed = page(f"""
        جسور قسنطينة
        توزيع 1200 سكن عمومي إيجاري بالمدينة الجديدة علي منجلي الأسبوع المقبل
        15 أفريل 2024 - 08:20
        أعلنت مصالح ولاية قسنطينة أن 1200 سكن من صيغة العمومي الإيجاري ستوزع الأسبوع المقبل.

        وأفاد مصدر من الولاية بأن القوائم الاسمية للمستفيدين عُلّقت بمقرات الدوائر المعنية.

        أمينة بن عيسى

        {after}
    """)
    assert parsed.author == author
    assert "أمينة بن عيسى" not in parsed.body


def test_a_features_headline_over_its_writers_byline_beats_the_caption_under_the_date():
    # The headline shares one word with the lead, the caption under the date five: a
    # writer's byline under a line says that line is the headline.
    parsed = page("""
        ملفات يمنية
        منصة للصحافة المعمقة
        قصص
        على مدرجات حراز.. مزارعو البن يعودون إلى حبوب أجدادهم
        نص وصور: عبدالله الصنعاني
        السبت ١٤ سبتمبر ٢٠٢٤
        مزارع يقطف حبات البن الناضجة في أحد المدرجات الزراعية بحراز
        على سفوح الجبال يقطف مزارع حبات البن الناضجة في المدرجات الزراعية واحدة واحدة.

        قبل سنوات، اقتلع كثير من المزارعين أشجار البن واستبدلوا بها القات لأنه يدر دخلاً أسرع.
    """)
    assert parsed.title == "على مدرجات حراز.. مزارعو البن يعودون إلى حبوب أجدادهم"
    assert parsed.caption == "مزارع يقطف حبات البن الناضجة في أحد المدرجات الزراعية بحراز"


@pytest.mark.parametrize(
    ("masthead", "site"),
    [
        # the magazine's kind and field under its masthead: its motto, no headline
        ("شاشة", "شاشة"),
        # alone, the line is the outlet's name
        ("", "مجلة السينما العربية"),
    ],
)
def test_an_outlets_kind_and_field_under_its_masthead_is_its_motto(masthead, site):
    parsed = page(f"""
        {masthead}
        مجلة السينما العربية
        أخبار | مراجعات | مهرجانات | حوارات | شباك التذاكر | قوائم
        مراجعات
        "ضوء الميناء".. فيلم يراهن على الصمت ويكسب الرهان
        بقلم الناقد: زياد العطار
        2024/09/27
        في فيلمها الروائي الطويل الأول، تحكي ليلى مروان قصة عامل إنارة في ميناء صغير.

        وتقول المخرجة إن السينما العربية المستقلة تحتاج إلى جمهور صبور يقبل الإيقاع البطيء.
    """)
    assert parsed.title == '"ضوء الميناء".. فيلم يراهن على الصمت ويكسب الرهان'
    assert parsed.site_name == site


def test_a_press_mastheads_arabic_name_is_the_site_beside_a_latin_copyright():
    # «بريس» names an outlet as «نيوز» does: the masthead over the Latin one the
    # copyright notice gives is the site, no section
    parsed = page("""
        الشرق بريس
        L'Oriental Presse – جريدة جهوية مستقلة
        الرئيسية | جهة الشرق | وجدة | الناظور | بركان | تشغيل | رياضة
        منتدى التشغيل بوجدة يعرض أزيد من 1500 فرصة عمل لفائدة الشباب حاملي الشهادات
        الخميس 12 يونيو 2025 - 17:45
        احتضنت مدينة وجدة، اليوم الخميس، فعاليات منتدى جهوي للتشغيل لفائدة الشباب.

        وشهد المنتدى إقبالاً لافتاً من الشباب حاملي الشهادات منذ الساعات الأولى.

        © L'Oriental Presse 2025 – جميع الحقوق محفوظة
    """)
    assert (parsed.site_name, parsed.source) == ("الشرق بريس", "الشرق بريس")


def test_where_a_reporter_filed_from_before_her_name_is_no_source():
    parsed = page("""
        مشهد تونسي
        سينما
        "نوارة البحر" يفتتح مسابقة الأفلام الطويلة بتصفيق طويل في قاعة الكوليزي
        من أيام قرطاج السينمائية – سلمى الرياحي
        الأحد 15 ديسمبر 2024 - 22:10
        افتتح فيلم "نوارة البحر" للمخرج التونسي فارس البجاوي عروض المسابقة الرسمية.

        ويروي الفيلم حكاية صيادة شابة في إحدى جزر قرقنة تحاول الحفاظ على قارب والدها.
    """)
    assert (parsed.source, parsed.author) == ("مشهد تونسي", "سلمى الرياحي")


@pytest.mark.parametrize(
    ("byline", "source", "author"),
    [
        # a reporter's name before the site's short name: the reporter
        ("خوسيه ماريا أرياس - نوفا برس", "نوفا برس", "خوسيه ماريا أرياس"),
        # a city before it: the site's own staff
        ("القاهرة - نوفا برس", "نوفا برس بالعربية", None),
    ],
)
def test_a_reporter_before_the_sites_short_name_is_named(byline, source, author):
    parsed = page(f"""
        نوفا برس بالعربية
        اقتصاد
        الأرجنتين تخفض توقعاتها لمحصول الصويا بعد موجة جفاف في الشمال الزراعي
        {byline}
        الأربعاء 12 مارس 2025 - 14:05
        خفّضت بورصة الحبوب في بوينس آيرس توقعاتها لمحصول الصويا للموسم الحالي بنحو مليوني طن.

        وأوضحت البورصة في تقريرها الأسبوعي أن نسبة المحاصيل الجيدة تراجعت.
    """)
    assert (parsed.source, parsed.author) == (source, author)


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        # a description credited to the site in brackets: the photo's caption
        ("النحات نبيل حداد في مشغله (الرواق)", "النحات نبيل حداد في مشغله (الرواق)"),
        # a city before the site's name in brackets is its dateline
        ("بيروت (الرواق)", None),
    ],
)
def test_a_description_credited_to_the_site_in_brackets_is_the_caption(line, caption):
    parsed = page(f"""
        مجلة الرواق
        بورتريه
        نبيل حداد في التسعين.. نحات يحاور الحجر منذ سبعين عاماً
        إعداد: قسم الثقافة
        الثلاثاء 15 تشرين الأول 2024 - 12:00
        {line}
        في مشغله الصغير على سفح الجبل، ما زال نبيل حداد يستيقظ باكراً ليقف أمام كتلة الحجر.

        يبلغ النحات هذا الأسبوع عامه التسعين، وقد ترك خلفه مئات المنحوتات.
    """)
    assert parsed.caption == caption


@pytest.mark.parametrize("label", ["بقلم", "كتب:", "إعداد"])
def test_a_writers_label_alone_over_the_name_is_the_byline(label):
    # a narrow screen's copy: the label, the name, the weekday, the date and the time each
    # on a line of its own, the first paragraph straight under them
    parsed = parse_page(
        "بوابة الرافدين\n☰\nمحليات\n\n"
        "أمانة بغداد تبدأ المرحلة الثانية من تأهيل شارع الرشيد\n\n"
        f"{label}\nنادين فؤاد الصباغ\nالأربعاء\n22 كانون الثاني 2025\n11:45\n\n"
        "بدأت أمانة بغداد المرحلة الثانية من مشروع تأهيل شارع الرشيد في قلب العاصمة.\n"
        "وتشمل المرحلة ترميم واجهات الأبنية التراثية وتبديل الأرصفة وشبكات تصريف المياه.\n"
    )
    assert parsed.author == "نادين فؤاد الصباغ"
    assert parsed.body.startswith("بدأت أمانة بغداد")


_CREDITED_TO_THE_MASTHEAD = "عمال يرممون واجهات الأبنية التراثية في شارع الرشيد – الرافدين"


@pytest.mark.parametrize(
    "layout",
    [
        # over the headline, under its kicker
        "{caption}\nمحليات\n{title}\nالأربعاء 22 كانون الثاني 2025 - 11:45",
        # straight under the headline, where a standfirst would stand
        "محليات\n{title}\n{caption}\nالأربعاء 22 كانون الثاني 2025 - 11:45",
        # under the stamp, over the first paragraph
        "محليات\n{title}\nالأربعاء 22 كانون الثاني 2025 - 11:45\n{caption}",
    ],
)
def test_a_description_credited_to_the_masthead_after_a_dash_is_the_caption(layout):
    title = "أمانة بغداد تبدأ المرحلة الثانية من تأهيل شارع الرشيد"
    top = layout.format(caption=_CREDITED_TO_THE_MASTHEAD, title=title)
    parsed = parse_page(
        f"بوابة الرافدين\n{top}\n"
        "بدأت أمانة بغداد المرحلة الثانية من مشروع تأهيل شارع الرشيد في قلب العاصمة أمس.\n\n"
        "وتشمل المرحلة ترميم الواجهات وتبديل الأرصفة وشبكات تصريف مياه الأمطار في الشارع.\n"
    )
    assert (parsed.title, parsed.caption) == (title, _CREDITED_TO_THE_MASTHEAD)
    assert _CREDITED_TO_THE_MASTHEAD not in parsed.body


def test_a_headline_the_page_prints_again_with_the_sites_name_is_no_caption():
    # a browser's «headline – site» line over the page: the description is printed again
    title = "أمانة بغداد تبدأ المرحلة الثانية من تأهيل شارع الرشيد"
    parsed = parse_page(
        f"{title} – الرافدين\nبوابة الرافدين\nمحليات\n{title}\n"
        "الأربعاء 22 كانون الثاني 2025 - 11:45\n"
        "بدأت أمانة بغداد المرحلة الثانية من مشروع تأهيل شارع الرشيد في قلب العاصمة أمس.\n"
    )
    assert parsed.caption is None


@pytest.mark.parametrize(
    ("top", "site"),
    [
        # section words over the menu, a section's label of its own over the headline
        ("ملاعب الكويت", "ملاعب الكويت"),
        # an item of the menu is the section, over it or not
        ("الأندية", None),
    ],
)
def test_a_masthead_in_section_words_over_the_menu_is_the_site(top, site):
    parsed = page(f"""
        {top}
        الرئيسية | الدوري الممتاز | كأس الأمير | الأندية | منتخبنا
        الدوري الممتاز
        القادسية يعبر السالمية بهدفين ويتمسك بالصدارة
        كتب: فهد العنزي
        السبت 15 فبراير 2025 - 10:20 م
        حافظ القادسية على صدارة ترتيب الدوري الممتاز لكرة القدم بعد فوزه على السالمية بهدفين.

        وجاء الهدف الأول في الدقيقة 28 عن طريق بدر الفضلي.
    """)
    assert parsed.site_name == site
    assert parsed.title == "القادسية يعبر السالمية بهدفين ويتمسك بالصدارة"


def test_a_desk_before_its_institution_credits_the_institution_and_names_no_one():
    parsed = page("""
        أكاديميا العربية
        باحثون في جامعة السهول الشمالية يطورون شتلات نخيل تتحمل ملوحة التربة
        المركز الإعلامي – جامعة السهول الشمالية
        الثلاثاء 29 أكتوبر 2024
        طور فريق بحثي في كلية العلوم الزراعية بجامعة السهول الشمالية شتلات من نخيل التمر.

        واعتمد الباحثون على انتقاء سلالات محلية أظهرت قدرة طبيعية على تحمل الملوحة.
    """)
    assert (parsed.source, parsed.author) == ("جامعة السهول الشمالية", None)


def test_a_channels_post_copied_with_its_card_is_the_story_to_its_emoji_closed_end():
    parsed = page("""
        عاجل الشرقية
        من المنصات
        أمانة الشرقية: إغلاق جزئي لطريق الكورنيش بالخبر لمدة أسبوعين لأعمال الصيانة
        منذ 40 دقيقة
        قناة أمانة المنطقة الشرقية
        قناة · 212 ألف متابع
        📢 تعلن أمانة المنطقة الشرقية عن إغلاق جزئي للمسار الأيمن من طريق الكورنيش بالخبر.
        وستعمل الفرق الميدانية على مدار الساعة لإنجاز الأعمال في أقصر مدة ممكنة.
        نهيب بقائدي المركبات الالتزام بالسرعات المحددة في منطقة الأعمال، شاكرين تعاونكم 🌴
        11:02 ص
        عرض القناة
    """)
    assert parsed.caption is None  # the channel's name over its card
    assert parsed.body.endswith("شاكرين تعاونكم 🌴")


def test_questions_and_answers_under_the_share_bar_are_no_story():
    parsed = page("""
        منارة المعرفة
        ما هو الاقتران؟ ولماذا تختلف الدول في تحري الهلال؟
        بقلم: د. سامر العلي
        الأحد 2 مارس 2025
        الاقتران لحظة يقع فيها القمر بين الأرض والشمس، ولا يمكن رصده بالعين المجردة.

        ويرى فلكيون أن تطور أجهزة الرصد ساعد على تقليص الخلاف في السنوات الأخيرة.

        شارك المقال: واتساب | إكس | تيليغرام

        س: ما معنى "مكث الهلال"؟
        ج: هو المدة بين غروب الشمس وغروب القمر، وكلما طالت زادت فرصة الرؤية.
    """)
    assert parsed.body.endswith("ساعد على تقليص الخلاف في السنوات الأخيرة.")


def test_a_literary_supplements_story_under_its_title_and_writers_label():
    # a story's title shares no word with its opening: the writer's label under it says
    # it is the title; the supplement's masthead names its paper; the collection it is
    # from is a note under it
    parsed = page("""
        الملحق الثقافي | جريدة الضفة
        العدد 1287 - السبت 7 ديسمبر 2024
        ملحق أدبي أسبوعي
        قصة | شعر | مقالات | ترجمات | أرشيف الملحق

        ساعي البريد الأخير

        قصة: ياسمين العلي
        لوحة «انتظار» للفنان مروان سعد - زيت على قماش

        كل صباح، وقبل أن تفتح المقاهي أبوابها، كان أبو صالح يمر بدراجته العتيقة في الزقاق.

        ولم يكن في حقيبته شيء لأحد، فالناس صاروا يكتبون لبعضهم على شاشات صغيرة.

        * من مجموعة قصصية تصدر قريباً.
    """)
    assert (parsed.title, parsed.author) == ("ساعي البريد الأخير", "ياسمين العلي")
    assert parsed.source == "جريدة الضفة"
    assert parsed.caption == "لوحة «انتظار» للفنان مروان سعد - زيت على قماش"
    assert parsed.body.endswith("على شاشات صغيرة.")


def test_a_slashed_dateline_alone_names_its_reporter_and_the_agency():
    parsed = page("""
        الأناضول عربي
        بلدية أرضروم تبدأ أعمال تأهيل الطرق الجبلية قبل موسم الثلوج
        أرضروم/ محمد أوزتورك/ الأناضول
        12.11.2024
        بدأت بلدية أرضروم شرقي تركيا أعمال تأهيل الطرق الجبلية استعداداً لموسم الثلوج المقبل.

        وقال رئيس البلدية إن الأعمال تشمل أكثر من مئتي كيلومتر من الطرق الريفية في الولاية.
    """)
    assert (parsed.author, parsed.source) == ("محمد أوزتورك", "الأناضول")


def test_a_slashed_dateline_alone_credits_an_agency_of_two_words_no_list_knows():
    parsed = page("""
        راديو مرمرة الدولي
        عبّارات جديدة تدخل الخدمة في مضيق البوسفور قبل الصيف
        إسطنبول/ أحمد صالح أوزتورك/ مرمرة العربية
        12.04.2025
        دخلت ثلاث عبّارات جديدة الخدمة في مضيق البوسفور لنقل الركاب بين ضفتي المدينة.

        وقالت إدارة النقل البحري إن العبّارات الجديدة تعمل بالكهرباء وتتسع لستمئة راكب.
    """)
    assert (parsed.author, parsed.source) == ("أحمد صالح أوزتورك", "مرمرة العربية")


def test_a_headline_with_its_byline_under_it_wins_over_a_masthead_over_the_sites_day():
    parsed = page("""
        صدى المنامة
        الأحد 27 أكتوبر 2024
        الرئيسية > اقتصاد > سوق العمل
        تصفح العدد PDF
        العدد 2214 - الأحد 27 أكتوبر 2024 الموافق 24 ربيع الآخر 1446
        108 آلاف بحريني في القطاع الخاص بنهاية الربع الثالث
        كتبت: زينب عبدالله
        تصوير: محمد المهزع
        أظهرت أحدث بيانات هيئة تنظيم سوق العمل ارتفاع عدد البحرينيين العاملين في القطاع الخاص إلى نحو 108 آلاف عامل وعاملة بنهاية الربع الثالث من العام الجاري، بزيادة تقارب 3% مقارنة بالفترة نفسها من العام الماضي.

        وبيّنت البيانات أن قطاعات المال والتأمين والاتصالات استحوذت على الحصة الأكبر من الوظائف الجديدة، في حين سجلت قطاعات التجزئة والضيافة نمواً أبطأ، رغم برامج الدعم التي تغطي جزءاً من رواتب المواطنين في السنوات الأولى من التوظيف.

        بالأرقام
        108 آلاف: بحرينيون في القطاع الخاص
        3%: نسبة النمو السنوي
        41%: حصة النساء من الموظفين الجدد
        847 ديناراً: متوسط الأجر الشهري للبحرينيين

        وقال الباحث الاقتصادي عادل الخياط لـ«صدى المنامة» إن الأرقام تعكس أثر ربط التصاريح الجديدة بنسب التوطين، لكنه أشار إلى أن التحدي الحقيقي يكمن في استدامة الوظائف لا في عددها، داعياً إلى ربط برامج التدريب باحتياجات الشركات الفعلية.
    """)  # noqa: E501
    assert parsed.title == "108 آلاف بحريني في القطاع الخاص بنهاية الربع الثالث"
    assert parsed.caption is None


def test_the_mastheads_short_name_inside_the_copyright_holders_is_the_site():
    parsed = page("""
        عاجل | إغلاق حاجز حوارة أمام حركة المركبات في الاتجاهين
        نابلس الآن
        الرئيسية
        نابلس
        محافظات
        رياضة
        وظائف
        وفيات
        فيديو

        سوق أسبوعي للمنتجات البيتية في البلدة القديمة بنابلس

        نابلس - خاص بـ"نابلس الآن"
        الخميس 16 أيار 2024 | 10:15

        سيدات يعرضن منتجاتهن في خان التجار

        افتتحت جمعية "نساء الجبل" سوقاً أسبوعياً للمنتجات البيتية في خان التجار بالبلدة القديمة في نابلس، يقام صباح كل خميس، بمشاركة أكثر من 30 سيدة من المدينة والقرى المجاورة.

        ويضم السوق أكشاكاً للمخللات والمربيات والزعتر والصابون النابلسي المصنوع يدوياً، إضافة إلى المطرزات والمشغولات الصوفية، بأسعار قالت المشاركات إنها أقل من أسعار المحال التجارية.
        تابعوا "نابلس الآن" على تلغرام
        جميع الحقوق محفوظة لشبكة نابلس الآن الإخبارية 2024
    """)  # noqa: E501
    assert parsed.source == "نابلس الآن"


def test_a_press_release_posted_by_its_company_is_its_source_and_dated_by_its_dateline():
    parsed = page("""
        بيانات الخليج
        سياحة وسفر
        مجموعة الواحة للضيافة تفتتح منتجعاً بيئياً في العُلا بـ 60 وحدة فندقية
        نُشر بواسطة: مجموعة الواحة للضيافة
        الرياض، 3 ديسمبر 2024 – أعلنت مجموعة الواحة للضيافة افتتاح منتجعها البيئي الأول في العُلا.

        ويقع المنتجع على مقربة من التكوينات الصخرية الشهيرة في المنطقة، ويوفر ستين وحدة فندقية.
    """)
    assert parsed.published_at == date(2024, 12, 3)
    assert (parsed.source, parsed.author) == ("مجموعة الواحة للضيافة", None)


@pytest.mark.parametrize("day", ["14 نيسان/أبريل 2025", "14 أبريل 2025"])
def test_a_releases_dateline_dates_it_though_the_page_says_when_it_was_last_updated(day):
    parsed = page(f"""
        منظمة الصحة العالمية
        الأخبار › بيانات صحفية
        المنظمة تدعو إلى تكثيف حملات التطعيم في إقليم شرق المتوسط
        القاهرة، {day} – دعت منظمة الصحة العالمية بلدان الإقليم إلى تكثيف حملات التطعيم الروتيني للأطفال.

        ويأتي هذا النداء قبل أسبوع التمنيع العالمي الذي يُحتفى به في الأسبوع الأخير من الشهر.
        آخر تحديث: 16 نيسان/أبريل 2025
    """)  # noqa: E501
    assert parsed.published_at == date(2025, 4, 14)


def test_a_letters_closing_formula_ends_the_story_and_names_its_writer_under_it():
    parsed = page("""
        ☕ موجز الصباح | لماذا نعود إلى الورق؟
        من: صحيفة الأفق
        اعرض هذه النشرة في المتصفح
        صباح الخير يا أصدقاء،
        لماذا نعود إلى الورق؟
        في الأسبوع الماضي، وصلتنا رسائل كثيرة من قراء يسألون عن النسخة الورقية التي وعدنا بها.

        ونعرف أن الورق مكلف وأن التوزيع صعب، لذلك سنبدأ بطبعة محدودة نهاية كل شهر.

        مع خالص التحية،
        كريم عبد الله
        رئيس التحرير
    """)
    assert parsed.author == "كريم عبد الله"
    assert parsed.body.endswith("نهاية كل شهر.")


def test_a_strip_of_items_each_under_its_own_label_is_no_headline():
    parsed = page("""
        نافذة المشرق | أخبار لبنان والعالم لحظة بلحظة
        لبنان
        عربي ودولي
        اقتصاد
        رياضة
        منوعات
        عاجل
        هزة أرضية بقوة 4.6 درجة تضرب جنوب تركيا ويشعر بها سكان شمال سوريا
        عاجل
        الدفاع المدني: السيطرة على حريق في أحراج عكار بعد ثلاث ساعات
        عاجل
        مصرف لبنان يصدر تعميماً جديداً بشأن سقوف السحب الشهرية
        الرئيسية / عربي ودولي
        زلزال بقوة 4.6 درجة يضرب جنوب تركيا دون تسجيل أضرار
        نُشر في: الثلاثاء 08 تشرين الأول 2024 - 13:37
        أنقرة (رويترز) - ضربت هزة أرضية بلغت قوتها 4.6 درجة على مقياس ريختر جنوب تركيا اليوم الثلاثاء.

        وقالت إدارة الكوارث والطوارئ التركية في بيان إن مركز الهزة كان في ولاية هاطاي.
    """)  # noqa: E501
    assert parsed.title == "زلزال بقوة 4.6 درجة يضرب جنوب تركيا دون تسجيل أضرار"


def test_a_single_label_over_the_headline_is_its_kicker():
    parsed = page("""
        بوابة آفاق شنقيط
        آخر الأخبار
        وزير الصحة يدشن مستشفى جهوياً جديداً في كيفه بسعة مئة وخمسين سريراً
        03/08/2024 11:45
        كيفه - ومأ - دشن وزير الصحة، اليوم السبت، المستشفى الجهوي الجديد في مدينة كيفه.

        وأوضح الوزير في كلمة بالمناسبة أن المستشفى مجهز بأحدث المعدات الطبية.
    """)
    assert parsed.title == "وزير الصحة يدشن مستشفى جهوياً جديداً في كيفه بسعة مئة وخمسين سريراً"


def test_a_sections_label_sharing_as_many_words_with_the_lead_is_no_headline():
    parsed = page("""
        مجلة حواء اليوم
        برجك اليوم: الحمل — يوم مناسب لترتيب أولوياتك في العمل | اقرئي برجك
        صحة نفسية | جمال | أمومة | علاقات | عمل ومال | أبراج
        صحة نفسية

        قلة النوم ترهق المرأة العاملة: خبراء يقترحون 5 عادات مسائية بسيطة

        ريم السعدي - دبي
        نُشر في: 2024-10-15
        4 دقائق قراءة

        تشكو كثير من النساء العاملات من صعوبة الحصول على نوم كافٍ، بسبب الجمع بين ضغوط الوظيفة ومسؤوليات البيت والأطفال، ما ينعكس على التركيز والمزاج والصحة العامة على المدى البعيد.

        وتقول د. هالة منصور، استشارية الصحة النفسية، إن «كثيراً من النساء يعتبرن النوم آخر الأولويات، فيؤجلنه لإنجاز المهام المتبقية، ثم يستيقظن مرهقات ويكررن الدائرة نفسها».

        وتقترح د. منصور خمس عادات مسائية يمكن أن تحدث فرقاً واضحاً:

        أولاً: تحديد موعد ثابت للنوم والاستيقاظ، حتى في عطلة نهاية الأسبوع.
        ثانياً: إبعاد الهاتف قبل النوم بنصف ساعة على الأقل، واستبداله بالقراءة أو الاستماع إلى شيء هادئ.
        ثالثاً: كتابة مهام اليوم التالي على ورقة، لتفريغ الذهن من التفكير فيها.
        رابعاً: تخفيف الكافيين بعد الساعة الرابعة عصراً.
        خامساً: تقاسم المهام المنزلية مع بقية أفراد الأسرة بدلاً من تحملها منفردة.

        وتؤكد الاستشارية أن التغيير لا يحدث في يوم وليلة، وأن المهم أن تبدأ المرأة بعادة واحدة، «وتعامل نفسها بلطف في الأيام الصعبة»، على حد تعبيرها.
    """)  # noqa: E501
    assert parsed.title == "قلة النوم ترهق المرأة العاملة: خبراء يقترحون 5 عادات مسائية بسيطة"


def test_a_key_points_heading_with_a_note_in_brackets_heads_a_box_and_names_no_one():
    parsed = page("""
        الخليج المالي اليوم
        نتائج الأعمال
        أرباح «دار الشاطئ العقارية» الفصلية تقفز 52% مع تسليم مشاريع جديدة
        5 نوفمبر 2024 08:10 ص (GST)
        مشاركة: لينكدإن | إكس | واتساب
        أبرز النقاط (ملخص آلي)
        • قفزة في الأرباح الفصلية بأكثر من النصف
        • الشركة ترفع توقعاتها للعام كاملاً
        أعلنت شركة دار الشاطئ العقارية، المدرجة في سوق دبي المالي، ارتفاع أرباحها الفصلية 52%.

        وارتفعت إيرادات الشركة في الربع الثالث بنسبة 37% إلى 2.3 مليار درهم.
    """)
    assert (parsed.author, parsed.caption) == (None, None)
    assert parsed.source == "الخليج المالي اليوم"
    assert parsed.body.startswith("أعلنت شركة دار الشاطئ")


def test_a_box_of_short_lines_over_the_lead_is_not_the_bodys_start():
    parsed = page("""
        شام فن
        دراما
        انطلاق تصوير «ظل الياسمين» في دمشق القديمة تمهيداً لعرضه في رمضان
        بيروت – لينا حداد
        الأحد 20 تشرين الأول 2024 - 17:45
        نجوم في الخبر
        نسرين الحكيم
        ممثلة سورية
        عابد الزين
        ممثل سوري
        انطلق تصوير المسلسل السوري «ظل الياسمين» في عدد من البيوت والأزقة في دمشق القديمة.

        والعمل من تأليف الكاتبة رنا الحلبي وإخراج المخرج فادي سليم ويتألف من ثلاثين حلقة.
    """)
    assert parsed.body.startswith("انطلق تصوير المسلسل السوري")


def test_an_organisations_name_over_its_offices_is_not_the_site():
    parsed = page("""
        الأمم المتحدة
        مكتب الأمم المتحدة الإقليمي للأمن المائي
        الدول العربية
        المركز الإعلامي / بيانات صحفية
        تقرير أممي: ثلث سكان المدن العربية يواجهون انقطاعات متكررة في المياه
        عمّان، 4 حزيران/يونيو 2025
        حذر تقرير جديد أصدره مكتب الأمم المتحدة الإقليمي للأمن المائي من انقطاعات المياه في المدن.

        ويستند التقرير إلى بيانات جمعت من أكثر من ستين مدينة في المنطقة العربية.
    """)
    assert parsed.source == "مكتب الأمم المتحدة الإقليمي للأمن المائي"


def test_a_notice_over_an_institutions_full_name_leaves_the_name_the_site():
    parsed = page("""
        تنبيه: القنصلية لا تتعامل مع أي وسطاء أو مكاتب خدمات، وجميع المعاملات تتم شخصيًا أو عبر المنصة الرسمية
        القنصلية العامة لجمهورية مصر العربية في جدة
        الرئيسية | الخدمات القنصلية | المواعيد | اتصل بنا
        إعلانات
        مواعيد العمل بالقنصلية العامة خلال شهر رمضان المبارك
        ٢٠٢٥/٠٢/٢٥
        تعلن القنصلية العامة لجمهورية مصر العربية في جدة عن تعديل مواعيد العمل خلال شهر رمضان.

        وتهيب القنصلية بالمواطنين ضرورة حجز موعد مسبق عبر المنصة الإلكترونية قبل الحضور.
    """)  # noqa: E501
    assert parsed.source == "القنصلية العامة لجمهورية مصر العربية في جدة"


def test_a_word_a_printed_column_broke_with_a_hyphen_is_one_word_again():
    text = "تركز معظم النقاش على بند الصيانة الدو-\nرية للمباني الحكومية في المحافظة"
    assert page_lines(text) == [
        "تركز معظم النقاش على بند الصيانة الدورية للمباني الحكومية في المحافظة"
    ]
    # (buttons are no column: «أ+ أ-» over «طباعة»)
    assert page_lines("أ+ أ-\nطباعة") == ["أ+ أ-", "طباعة"]


def test_a_dateline_of_city_outlet_and_reporter_names_the_outlet_and_the_reporter():
    parsed = page("""
        شبكة الرافدين الإخبارية
        الرئيسية | سياسة | اقتصاد | محافظات
        الزراعة تعلن بدء تسويق محصول الحنطة في محافظات الوسط
        الحلة – الرافدين نيوز – كرار الجبوري
        2025-05-04 09:30 صباحاً
        أعلنت وزارة الزراعة، اليوم الأحد، بدء تسويق محصول الحنطة في محافظات الوسط عبر مراكز الاستلام الحكومية.

        وقال مدير التسويق في الوزارة إن المراكز ستعمل على مدار الأسبوع لاستيعاب الكميات المتوقعة.
    """)  # noqa: E501
    assert (parsed.source, parsed.author) == ("الرافدين نيوز", "كرار الجبوري")


def test_a_correspondents_post_without_a_name_under_the_headline_names_no_author():
    parsed = page("""
        بوابة كركوك
        افتتاح جسر جديد يربط حيي الواسطي والعروبة في كركوك
        مراسل بوابة كركوك
        تاريخ النشر: الاثنين 3 آذار 2025
        افتتحت الحكومة المحلية في كركوك، اليوم الاثنين، جسراً جديداً يربط حيي الواسطي والعروبة.

        وقال مسؤول في دائرة الطرق إن الجسر سيخفف الزحام عن الشوارع الرئيسية وسط المدينة.
    """)
    assert parsed.author is None
    assert parsed.title == "افتتاح جسر جديد يربط حيي الواسطي والعروبة في كركوك"


def test_a_headline_with_its_date_under_it_wins_over_a_masthead_over_the_sites_day():
    parsed = page("""
        أصداء البلدة القديمة
        الخميس 12 رجب 1446 هـ | 12 كانون الثاني 2025
        الرئيسية | محلي | اقتصاد | تعليم
        تعليم
        بلدية نابلس تفتتح مكتبة عامة جديدة في البلدة القديمة
        12 كانون الثاني 2025 | 10:15
        افتتحت بلدية نابلس، اليوم الخميس، مكتبة عامة جديدة في البلدة القديمة تضم آلاف الكتب.

        وقال رئيس البلدية إن المكتبة الجديدة في نابلس ستفتح أبوابها للطلبة والباحثين مجاناً.
    """)
    assert parsed.title == "بلدية نابلس تفتتح مكتبة عامة جديدة في البلدة القديمة"


def test_an_unsigned_editorial_under_its_outlets_tagline_and_its_voice():
    parsed = page("""
        البوصلة
        صحيفة يومية مستقلة
        الرئيسية | الأخبار | الرأي | الاقتصاد
        افتتاحية
        الطرق الريفية قبل الجسور الكبرى
        كلمة البوصلة
        الأحد 12 يناير 2025
        تنفق الحكومات مبالغ كبيرة على المشاريع العملاقة، بينما تبقى الدروب التي يسلكها المزارعون كل يوم بلا صيانة.

        والدرب الممهد يختصر على المزارع ساعات من الوقت ويحفظ محصوله من التلف قبل وصوله إلى السوق.
    """)  # noqa: E501
    assert parsed.title == "الطرق الريفية قبل الجسور الكبرى"
    assert (parsed.author, parsed.caption, parsed.source) == (None, None, "البوصلة")


def test_a_guests_card_between_bars_under_the_date_leaves_the_photos_caption_in_the_header():
    parsed = page("""
        المجلة الزراعية
        حوارات
        خبير المياه سامر العلي: الري بالتنقيط وحده لا يكفي لإنقاذ الواحات
        أجرى الحوار: رامي الحسن
        الأحد 2 فبراير 2025 - 11:00 ص
        ضيف الحوار: د. سامر العلي | خبير الموارد المائية | مؤلف كتاب «عطش الواحات»
        د. سامر العلي في مزرعة تجريبية قرب الواحة
        تواجه واحات المنطقة تراجعاً متسارعاً في منسوب المياه الجوفية، ما دفع مزارعين كثيرين إلى التحول نحو الري بالتنقيط أملاً في تقليل الهدر.

        س: هل يكفي الري بالتنقيط لإنقاذ الواحات؟

        ج: لا يكفي وحده، فالمشكلة في كمية المياه المسحوبة من الآبار لا في طريقة توزيعها فقط.
    """)  # noqa: E501
    assert parsed.caption == "د. سامر العلي في مزرعة تجريبية قرب الواحة"
    assert parsed.body.startswith("تواجه واحات المنطقة")
    assert "ضيف الحوار" not in parsed.body


def test_an_interviews_closing_note_on_its_guest_whom_the_headline_names_is_not_body():
    parsed = page("""
        أوراق الفن
        الرسامة هالة الصباغ: اللون ذاكرة قبل أن يكون زينة
        حوار: كريم النجار
        نُشر على الموقع: 2025-03-09
        افتتحت هالة الصباغ معرضها الجديد في العاصمة الأسبوع الماضي، وحملت لوحاته ألوان القرى التي نشأت فيها.

        ■ من أين تبدأ اللوحة عندك؟

        تبدأ من لون أتذكره قبل أن أتذكر المكان نفسه، ثم يأتي الشكل لاحقاً.

        هالة الصباغ رسامة ونحاتة، أقامت عشرة معارض فردية وشاركت في بيناليات عربية عدة.
    """)  # noqa: E501
    assert parsed.author == "كريم النجار"
    assert parsed.body.endswith("ثم يأتي الشكل لاحقاً.")


@pytest.mark.parametrize("paragraphs_before", [1, 3])
def test_a_transcript_under_a_videos_description_is_the_story_under_a_story_its_end(
    paragraphs_before,
):
    before = [
        "بدأ صيادو الساحل موسم السردين هذا الأسبوع وسط شكاوى من ارتفاع أسعار الوقود وقلة الأيدي العاملة في المراكب.",  # noqa: E501
        "ويقول الصيادون إن كلفة الرحلة الواحدة تضاعفت خلال عامين، بينما بقيت أسعار البيع في السوق على حالها تقريباً.",  # noqa: E501
        "وتعد نقابة الصيادين دراسة تطالب فيها بدعم الوقود للمراكب الصغيرة قبل ذروة الموسم في الصيف المقبل.",  # noqa: E501
    ][:paragraphs_before]
    parsed = page(
        "قناة الموج\n"
        "صيادو الساحل يبدأون موسم السردين وسط ارتفاع كلفة الوقود\n"
        "تقرير: سامي الأحمد\n"
        "تاريخ النشر: 05/05/2025 - 19:40\n\n" + "\n\n".join(before) + "\n\nنص التقرير:\n\n"
        "المراسل: مع أول ضوء تخرج المراكب الصغيرة من الميناء محملة بالشباك والثلج.\n\n"
        "صياد: الموسم منيح بس المازوت غالي كتير.\n\n"
        "قناة الموج © 2025 | جميع الحقوق محفوظة\n"
    )
    if paragraphs_before == 1:
        assert parsed.body.endswith("صياد: الموسم منيح بس المازوت غالي كتير.")
    else:
        assert parsed.body.endswith("قبل ذروة الموسم في الصيف المقبل.")


def test_on_a_videos_own_page_its_transcript_is_the_story_and_its_chapters_are_not():
    parsed = page("""
        منصة معرفة | فيديوهات تعليمية
        علوم | تقنية | بيئة | صحة
        ▶
        مدة المقطع 06:48
        كيف تعمل محطات تحلية المياه بالطاقة الشمسية؟
        إعداد وتقديم: ريم السويدي
        2025-05-08 | 16:30
        في هذه الحلقة تشرح ريم السويدي كيف تُستخدم الطاقة الشمسية في تشغيل محطات تحلية مياه البحر.

        ويتحدث المهندس سالم الكندي عن الفرق بين التحلية الحرارية والتناضح العكسي.
        نص الفيديو:
        ريم السويدي: كل كوب ماء نشربه في كثير من مدن الخليج مرّ على الأرجح بمحطة تحلية.

        سالم الكندي: الفكرة الأساسية أننا نضغط مياه البحر عبر أغشية دقيقة جداً.
        فصول المقطع
        00:00 مقدمة
        01:10 ما هو التناضح العكسي؟
        © 2025 منصة معرفة
    """)
    assert parsed.body.startswith("في هذه الحلقة تشرح ريم السويدي")
    assert parsed.body.endswith("نضغط مياه البحر عبر أغشية دقيقة جداً.")


@pytest.mark.parametrize("region", ["وادي الأردن", "ريف حمص", "شمال الأغوار"])
def test_a_region_by_its_town_or_name_is_where_a_dateline_was_filed(region):
    parsed = page(f"""
        أخبار السهل
        مزارعو المنطقة يطالبون بفتح أسواق تصدير جديدة للخضار
        {region} – ربى الخطيب
        26-11-2024 10:20 صباحاً
        يطالب مزارعو الخضار في المنطقة بفتح أسواق تصدير جديدة بعد تراجع الأسعار في السوق المركزي.

        ويقول المزارعون إن كلفة القطاف والنقل باتت أعلى من سعر البيع في أغلب الأيام.
    """)
    assert (parsed.source, parsed.author) == ("أخبار السهل", "ربى الخطيب")


@pytest.mark.parametrize("credit", ["محررة الشؤون البلدية", "إعلام النادي"])
def test_a_post_or_a_media_office_under_the_headline_names_no_author_and_is_no_caption(credit):
    parsed = page(f"""
        صدى الساحل
        اللجنة البلدية توصي بتوسعة مواقف السوق القديم
        {credit}
        الثلاثاء 24 يونيو 2025 - 12:55 م
        أوصت اللجنة البلدية بالموافقة على مقترح لتوسعة مواقف السيارات في محيط السوق القديم.

        ويهدف المقترح إلى معالجة الازدحام في الطرق المؤدية إلى السوق في عطلات نهاية الأسبوع.
    """)
    assert (parsed.author, parsed.caption) == (None, None)


def test_an_agencys_reporter_between_dashes_after_its_glued_dateline_is_the_author():
    parsed = page("""
        الرأي الأردني
        الأمانة ترفع الجاهزية لمواجهة المنخفض الجوي
        15 كانون الثاني 2025
        عمان 15 كانون الثاني (بترا)- ضياء الحوراني- رفعت أمانة عمان الكبرى درجة الجاهزية إلى القصوى استعداداً للمنخفض الجوي.

        وقالت الأمانة إن فرق الطوارئ ستعمل على مدار الساعة لفتح مناهل تصريف المياه في الشوارع الرئيسية.
    """)  # noqa: E501
    assert (parsed.author, parsed.source) == ("ضياء الحوراني", "بترا")


def test_a_logos_text_names_the_site_whose_name_under_it_is_no_headline():
    parsed = page("""
        EN | عربي
        شعار الاتحاد العربي للتجديف
        الاتحاد العربي للتجديف
        عن الاتحاد | البطولات | الأخبار | تواصل معنا
        سحب قرعة البطولة العربية للتجديف بمشاركة 11 منتخباً
        الأحد 03-11-2024
        أجريت مساء أمس قرعة البطولة العربية للتجديف للرجال والسيدات بمشاركة أحد عشر منتخباً عربياً.

        وأسفرت القرعة عن توزيع منتخبات الرجال على ثلاث مجموعات، على أن تنطلق المنافسات الشهر المقبل.
    """)
    assert parsed.title == "سحب قرعة البطولة العربية للتجديف بمشاركة 11 منتخباً"
    assert (parsed.source, parsed.caption) == ("الاتحاد العربي للتجديف", None)


def test_a_fact_checks_masthead_with_its_motto_and_its_claim_and_verdict_over_the_story():
    parsed = page("""
        مِرآة | منصة عربية مستقلة للتحقق من الأخبار
        التحقق من الأخبار | صور وفيديو | تصريحات | منهجيتنا
        صور وفيديو
        فيديو "الشارع الغارق" المتداول قديم ويعود إلى فيضان عام 2019
        تحقق: منى العلي
        نُشر في 2024-10-05
        الادعاء: فيديو يظهر غرق شارع رئيسي في العاصمة خلال أمطار هذا الأسبوع.
        الحكم: ✖ مضلل
        تداولت حسابات على مواقع التواصل الاجتماعي مقطع فيديو يظهر شارعاً غارقاً بالمياه، مع تعليقات تنسبه إلى أمطار هذا الأسبوع.

        وبالبحث العكسي تبيّن أن المقطع منشور منذ عام 2019، ويوثق فيضاناً في مدينة أخرى.
    """)  # noqa: E501
    assert parsed.source == "مِرآة"
    assert parsed.body.startswith("تداولت حسابات")


def test_the_sites_correspondent_by_post_then_name_is_the_author_and_the_site_the_source():
    parsed = page("""
        طاقة الجنوب
        الطاقة الشمسية
        انطلاق أشغال محطة شمسية بقدرة 80 ميغاواط قرب طاطا
        مراسل الموقع بطاطا - يوسف أوحمو
        الأربعاء 20 نونبر 2024 - 10:15
        انطلقت أشغال إنجاز محطة جديدة للطاقة الشمسية بقدرة 80 ميغاواط قرب مدينة طاطا.

        ويمتد المشروع على مساحة تقارب 200 هكتار، ويُنتظر أن يوفر الكهرباء لآلاف الأسر.
    """)
    assert (parsed.source, parsed.author) == ("طاقة الجنوب", "يوسف أوحمو")


def test_a_named_correspondent_of_an_outlet_in_a_city_credits_both():
    parsed = page("""
        الجسر الآسيوي
        افتتاح خط قطار فائق السرعة بين مدينتين جبليتين
        وانغ لي - مراسل الجسر الآسيوي في شنغهاي
        الأربعاء 16 أكتوبر 2024
        دخل خط جديد للقطارات فائقة السرعة حيز التشغيل في جنوب غرب الصين، يربط بين مدينتين جبليتين.

        ويبلغ طول الخط قرابة 260 كيلومتراً، يمر أكثر من ثلثيها عبر أنفاق وجسور.
    """)
    assert (parsed.source, parsed.author) == ("الجسر الآسيوي", "وانغ لي")


def test_a_newsletters_description_under_its_name_is_no_headline():
    parsed = page("""
        على الطريق
        نشرة أسبوعية عن المدن والناس والأخبار الصغيرة
        العدد 12
        الحدائق الصغيرة تعود إلى الأحياء القديمة
        يكتبها: منير الحايك
        الأحد، 19 أكتوبر 2025
        مرحباً بكم في عدد جديد. هذا الأسبوع قرأت ثلاثة أخبار عن حدائق صغيرة عادت إلى أحياء قديمة في ثلاث مدن.

        بلدية تحوّل موقفاً مهجوراً إلى حديقة، وجمعية تزرع سطح مدرسة، وجيران يعتنون بزاوية شارع.
    """)  # noqa: E501
    assert parsed.title == "الحدائق الصغيرة تعود إلى الأحياء القديمة"
    assert parsed.author == "منير الحايك"


def test_a_blogs_motto_over_its_date_header_sharing_only_a_name_with_the_post_is_no_headline():
    parsed = page("""
        أخبار الجالية في مسقط
        تجميع لأهم الأخبار التي تهم المقيمين.. يحدّثها أبو سالم
        الصفحة الرئيسية | خدمات | وظائف
        الثلاثاء، 30 يوليو 2024
        حملات تفتيش على مواقع البناء للتأكد من الالتزام بحظر العمل وقت الظهيرة
        مسقط في 30 يوليو /العمانية/ نفذت فرق التفتيش حملات ميدانية على مواقع البناء للتأكد من الالتزام بحظر العمل وقت الظهيرة.

        وأسفرت الحملات عن رصد مخالفات في عدد من مواقع البناء، وجرى إيقاف العمل فيها.

        ملاحظة من أبو سالم: إذا كانت شركتك تخالف القرار لا تتردد في الإبلاغ.
    """)  # noqa: E501
    assert parsed.title == "حملات تفتيش على مواقع البناء للتأكد من الالتزام بحظر العمل وقت الظهيرة"


@pytest.mark.parametrize(
    ("dateline", "source", "author"),
    [
        ("وجدة: كريمة بنعلي", "صدى الشرق", "كريمة بنعلي"),
        ("دهوك - مراسل دهوك اليوم", "دهوك اليوم", None),
    ],
)
def test_more_towns_file_datelines_and_a_town_with_a_time_word_is_an_outlet(
    dateline, source, author
):
    parsed = page(f"""
        صدى الشرق
        تأخر أشغال توسعة المستشفى الجهوي يثير قلق المرضى
        {dateline}
        الأربعاء 15 يناير 2025 - 10:42
        يثير تأخر أشغال توسعة المستشفى الجهوي قلق المرضى والأطر الصحية، بعد مرور سنتين على انطلاقها.

        وقال عدد من المرضى إن الاكتظاظ في المصالح الحالية يضطرهم إلى الانتظار ساعات طويلة.
    """)
    assert (parsed.source, parsed.author) == (source, author)


# A printed page: the lead wrapped over short lines, the page's running header and number.
_PRINTED_PAGE = [
    "الأحد ١٢ يناير ٢٠٢٥ م - العدد ٧٧٣٤ - السنة الثانية والعشرون",
    "محليات",
    "5",
    "مجلس المحافظة يقر موازنة 2025 بزيادة 12% في مخصصات الطرق والمدارس",
    "■ نقاش مطول حول بند الصيانة.. واعتراض ثلاثة أعضاء",
    "جانب من جلسة مجلس المحافظة أمس (تصوير: الرقيب)",
    "كتب: أيمن الصافي",
    "أقر مجلس المحافظة في جلسته أمس موازنة العام المالي",
    "2025 بإجمالي نفقات بلغ 184 مليون دينار، بزيادة",
    "نسبتها 12 في المئة على مخصصات الطرق والمدارس",
    "مقارنة بموازنة العام الماضي.",
    "",
    "وجاء إقرار الموازنة بعد نقاش مطول استمر أكثر من",
    "أربع ساعات، تركز معظمه على بند الصيانة الدو-",
    "رية للمباني الحكومية، الذي رأى عدد من الأعضاء أنه",
    "لا يزال دون الاحتياجات الفعلية، خصوصاً في المدارس",
    "القديمة التي تعاني من تشققات في الجدران",
    "",
    "والأسقف. وصوت لصالح الموازنة 18 عضواً من أصل",
    "21، فيما اعترض ثلاثة أعضاء طالبوا بإعادة توزيع",
    "بعض البنود لصالح قطاع المياه.",
    "",
    "الرقيب - محليات",
    "5",
    "وأوضح رئيس اللجنة المالية في المجلس أن الموازنة",
    "الجديدة تتضمن تخصيص 22 مليون دينار لإعادة تأهيل",
    "الطرق الرئيسية، و15 مليوناً لبناء ست مدارس جديدة",
    "في الأحياء ذات الكثافة السكانية المرتفعة، إضافة إلى",
    "مخصصات لتوسعة شبكة الإنارة العامة بتقنية الـ LED",
    "الموفرة للطاقة.",
    "",
    "وأشار إلى أن المجلس سيعقد جلسات ربع سنوية لمتابعة",
    "نسب الإنجاز في المشاريع الممولة من الموازنة، ونشر",
    "تقارير دورية للمواطنين حول أوجه الإنفاق، التزاماً",
    "بمبدأ الشفافية والمساءلة.",
    "في سطور",
    "■ افتتاح مركز صحي شامل في الحي الشرقي بطاقة 300 مراجع يومياً.",
    "■ بدء حملة لمكافحة القوارض في الأسواق الشعبية الأسبوع المقبل.",
    "■ الدفاع المدني ينفذ تمريناً افتراضياً في مجمع الدوائر الحكومية.",
]


@pytest.mark.parametrize("motto", ["يومية سياسية جامعة", "يومية - سياسية - مستقلة"])
def test_a_print_dailys_motto_under_its_name_is_no_headline(motto):
    parsed = parse_page("\n".join(["الرقيب", motto, *_PRINTED_PAGE]))
    assert parsed.title == "مجلس المحافظة يقر موازنة 2025 بزيادة 12% في مخصصات الطرق والمدارس"


def test_a_standfirst_alone_over_the_date_with_the_photos_caption_under_it_is_no_body():
    parsed = page("""
        صوت الشمال
        هولندا
        هولندا تعتزم تسريع الاعتراف بشهادات الممرضين الأجانب
        تسعى الحكومة الهولندية إلى اختصار مدة الاعتراف بشهادات التمريض القادمة من الخارج إلى أسابيع بدلاً من أشهر، في محاولة لسد النقص المتزايد في المستشفيات ودور رعاية المسنين، فما الذي سيتغير للمتقدمين؟
        03.06.2025
        ممرضة في قسم الطوارئ بأحد المستشفيات (صورة رمزية)
        أعلنت الحكومة الهولندية عن مشروع قانون يهدف إلى تسريع إجراءات الاعتراف بشهادات التمريض للعمال القادمين من خارج الاتحاد الأوروبي.

        وبحسب المشروع، سيتمكن المتقدمون من تقديم طلباتهم إلكترونياً من بلدانهم الأصلية.
    """)  # noqa: E501
    assert parsed.body.startswith("أعلنت الحكومة الهولندية")
    assert parsed.caption == "ممرضة في قسم الطوارئ بأحد المستشفيات (صورة رمزية)"


def test_a_photos_caption_printed_over_the_headline_is_the_caption_not_the_title():
    parsed = page("""
        قناة النهر الفضائية
        الرئيسية > برامج > صباح النهر
        الدكتور كمال الشريف خلال لقائه ببرنامج «صباح النهر»
        استشاري أمراض صدرية: ذروة نزلات البرد تبدأ منتصف يناير
        كتب: أحمد سمير
        السبت، 14 ديسمبر 2024 10:15 م
        قال الدكتور كمال الشريف، استشاري الأمراض الصدرية، إن ذروة نزلات البرد تبدأ عادة منتصف يناير، خلال لقائه ببرنامج «صباح النهر».

        وأضاف أن التطعيم ضد الإنفلونزا يبقى أفضل وسائل الوقاية لكبار السن والمصابين بأمراض مزمنة.
    """)  # noqa: E501
    assert parsed.title == "استشاري أمراض صدرية: ذروة نزلات البرد تبدأ منتصف يناير"
    assert parsed.caption == "الدكتور كمال الشريف خلال لقائه ببرنامج «صباح النهر»"


def test_a_photos_caption_over_the_headline_in_the_days_of_a_campaign_is_the_caption():
    parsed = page("""
        ضفاف الرافدين
        الرئيسية | محليات | بغداد | المحافظات | صحة
        صحة › صحة حيوانية
        طبيب بيطري يلقّح كلباً خلال اليوم الأول من الحملة في جانب الكرخ
        البيطرة تطلق حملة لتلقيح الكلاب ضد داء الكلب في بغداد
        بغداد – زينب الخفاجي
        الإثنين 29 أيلول 2025 | 10:30 ص
        أطلقت دائرة البيطرة حملة لتلقيح الكلاب المملوكة ضد داء الكلب في جانبي العاصمة بغداد.

        وقال مدير المستشفى البيطري في الكرخ إن اللقاح يُقدَّم مجاناً في المستشفى.
    """)
    assert parsed.title == "البيطرة تطلق حملة لتلقيح الكلاب ضد داء الكلب في بغداد"
    assert parsed.caption == "طبيب بيطري يلقّح كلباً خلال اليوم الأول من الحملة في جانب الكرخ"


def test_a_reader_views_name_under_the_headline_makes_it_the_headline_not_the_caption():
    parsed = page("""
        صدى الوادي
        مزارعون في الأغوار يعودون إلى زراعة القمح البلدي بعد غياب عقدين
        رهف الخزاعلة
        4-5 دقائق

        سنابل قمح بلدي في حقل تجريبي قرب دير علا
        في حقل تجريبي قرب دير علا، تنمو هذا الموسم سنابل قمح بلدي زرعها عدد من مزارعي المنطقة بعد أن غابت أصنافه عنها نحو عشرين عاماً.

        ويقول المزارعون إن الأصناف البلدية تحتاج إلى مياه أقل وتتحمل الحر، وإن خبزها مطلوب في الأسواق المحلية.
    """)  # noqa: E501
    assert parsed.title == "مزارعون في الأغوار يعودون إلى زراعة القمح البلدي بعد غياب عقدين"
    assert parsed.author == "رهف الخزاعلة"
    assert parsed.caption == "سنابل قمح بلدي في حقل تجريبي قرب دير علا"
    assert parsed.body.startswith("في حقل تجريبي قرب دير علا")


def test_the_name_over_who_they_are_in_the_box_under_the_story_is_the_author():
    parsed = page("""
        دفاتر المدينة
        مقاهي الرصيف في صيدا القديمة تستعيد زبائنها مع انتهاء الصيف
        صورة لمقهى على رصيف البحر في صيدا
        مع انحسار موجة الحر، عادت الكراسي الخشبية إلى أرصفة صيدا القديمة، وعاد معها زبائن يقضون ساعات المساء في لعب الورق وشرب الشاي.

        ويقول أصحاب المقاهي إن الموسم كان صعباً بسبب ارتفاع أسعار الكهرباء، لكنهم يأملون أن يعوض الخريف بعض الخسائر.
        ريما الحلبي
        صحافية مقيمة في صيدا، تكتب عن المدن الساحلية وأهلها.
        نُشر في 12/10/2024
        مقالات أخرى للكاتبة
    """)  # noqa: E501
    assert parsed.author == "ريما الحلبي"
    assert parsed.body.endswith("بعض الخسائر.")


def test_a_translated_foreign_papers_writer_and_paper_are_the_author_and_source():
    parsed = page("""
        أصداء العالم
        مختارات من الصحافة الأجنبية
        الصحافة العالمية
        قرى الجبال في البرتغال تستقبل عائلات شابة هرباً من غلاء المدن
        ماريا لوبيث – صحيفة «لا فوز دي غاليسيا» الإسبانية
        نقلته إلى العربية: سلمى دياب
        نشرت الترجمة في: 2025-03-11
        تستقبل قرى جبلية في شمال البرتغال منذ عامين عائلات شابة قادمة من لشبونة وبورتو، بعد أن ضاقت بها إيجارات المدن الكبرى.

        وتقدم البلديات منحاً صغيرة لترميم البيوت القديمة، وتعد بمدارس تبقى مفتوحة ما دام فيها تلاميذ.
    """)  # noqa: E501
    assert parsed.author == "ماريا لوبيث"
    assert parsed.source == "لا فوز دي غاليسيا"


def test_a_portals_publication_time_on_its_own_labelled_line_joins_the_date():
    parsed = page("""
        وزارة الزراعة
        الأخبار
        الزراعة تبدأ توزيع بذور القمح المحسنة على مزارعي الشمال
        تاريخ النشر: 2025/10/02
        وقت النشر: 09:15
        بدأت وزارة الزراعة اليوم توزيع بذور القمح المحسنة على المزارعين في محافظات الشمال، ضمن برنامج يستهدف رفع إنتاجية الدونم قبل بدء الموسم المطري.

        وقالت الوزارة إن التوزيع يستمر أسبوعين عبر مديريات الزراعة في المحافظات.
    """)  # noqa: E501
    assert parsed.published_at == datetime(2025, 10, 2, 9, 15)


def test_the_first_line_over_the_sites_chrome_is_its_masthead_even_if_the_story_names_it():
    parsed = page("""
        الهيئة الوطنية العليا لسلامة الغذاء والدواء
        English | عربي
        الرئيسية > المركز الإعلامي > الأخبار
        إطلاق تطبيق للإبلاغ عن المنتجات المغشوشة
        تاريخ النشر: 14/05/2025
        أطلقت الهيئة الوطنية العليا لسلامة الغذاء والدواء تطبيقاً يتيح للمستهلكين الإبلاغ عن المنتجات، وقال رئيس الهيئة الوطنية إن سلامة الغذاء والدواء مسؤولية مشتركة.

        ودعت الهيئة المواطنين إلى تنزيل التطبيق من المتاجر الإلكترونية.
    """)  # noqa: E501
    assert parsed.title == "إطلاق تطبيق للإبلاغ عن المنتجات المغشوشة"
    assert parsed.site_name == "الهيئة الوطنية العليا لسلامة الغذاء والدواء"


def test_a_reviewer_beside_a_desks_writing_credit_is_no_author():
    parsed = page("""
        صحتك اليوم
        التغذية
        فوائد الألياف الغذائية لصحة الأمعاء وكيف تحصل على حاجتك منها
        كتابة: فريق التحرير الطبي
        مراجعة: د. سامر حداد، اختصاصي الجهاز الهضمي
        الثلاثاء 03/09/2024
        تساعد الألياف الغذائية على تنظيم حركة الأمعاء وتغذية البكتيريا النافعة فيها، وينصح الأطباء البالغين بتناول نحو ثلاثين غراماً منها يومياً.

        ومن أغنى مصادرها البقوليات والحبوب الكاملة والخضروات الورقية.
    """)  # noqa: E501
    assert parsed.author is None


def test_a_mobile_copy_with_the_apps_banner_the_writers_initials_and_a_posts_stamp():
    parsed = page("""
        افتح في التطبيق ✕
        ☰ المدار 24
        وطني
        أسعار الأضاحي ترتفع في أسواق الماشية مع اقتراب العيد
        س ب
        سلمى بنعلي
        09:40 · 4 جوان 2025
        تشهد أسواق الماشية مع اقتراب عيد الأضحى حركة كبيرة يقابلها تذمر من ارتفاع الأسعار، إذ تجاوز سعر الخروف المتوسط ألف دينار.

        ويرجع المربون الارتفاع إلى غلاء الأعلاف وتراجع المراعي بعد مواسم الجفاف.
    """)  # noqa: E501
    assert parsed.source == "المدار 24"
    assert parsed.author == "سلمى بنعلي"
    assert parsed.published_at == datetime(2025, 6, 4, 9, 40)


def test_a_live_blogs_digest_of_the_day_under_its_heading_is_not_the_body():
    parsed = page("""
        نبض الابتكار
        🔴 تغطية حية
        ملتقى رواد الأعمال في مسقط: جوائز للشركات الناشئة وجلسات عن التمويل
        ترافقكم في التغطية: ريم الهاشمي
        الإثنين 4 نوفمبر 2024 — 09:00
        خلاصة اليوم الأول
        • الإعلان عن جوائز بقيمة مليون ريال للشركات الناشئة
        • أكثر من ألفي مشارك من 15 دولة
        اختُتم اليوم الأول من الملتقى بحفل لتكريم الفرق المتأهلة إلى المرحلة النهائية من مسابقة المشاريع.

        وكانت الجلسة الافتتاحية قد ناقشت سبل تمويل الشركات الناشئة في مراحلها الأولى.
    """)  # noqa: E501
    assert parsed.author == "ريم الهاشمي"
    assert parsed.body.startswith("اختُتم اليوم الأول")


def test_a_photos_label_alone_is_its_caption_when_nothing_else_describes_it():
    story = """
        صدى الزرقاء
        القبض على عصابة لسرقة كوابل الكهرباء في الزرقاء
        المحرر المحلي
        الثلاثاء 4 آذار 2025 - 22:15
        {photo}
        ألقت كوادر إدارة البحث الجنائي القبض على أربعة أشخاص يشتبه بتورطهم في سرقة كوابل كهربائية من أحياء المدينة.

        وقال مصدر أمني إن المضبوطات حُولت إلى الجهات المختصة.
    """  # noqa: E501
    assert page(story.format(photo="صورة تعبيرية")).caption == "صورة تعبيرية"
    described = story.format(photo="صورة تعبيرية\n        رجال أمن أمام مركز للشرطة")
    assert page(described).caption == "رجال أمن أمام مركز للشرطة"


def test_a_newsletter_mailed_from_its_address_gives_its_lead_story_not_the_mails_subject():
    parsed = page("""
        نشرة المؤشر المسائية <newsletter@example.org>
        إلى: أنا
        الموضوع: 🌙 مساء المؤشر: هل انتهت موجة ارتفاع الذهب؟

        لا تظهر الرسالة بشكل صحيح؟ اعرضها في المتصفح
        المؤشر
        نشرة المساء | العدد 92 | الأربعاء 5 مارس 2025

        مساء الخير،
        في عدد الليلة: الذهب يتراجع، والنفط يستقر، وأبرز مواعيد الغد.

        الذهب يتراجع من ذروته مع صعود الدولار وجني المستثمرين للأرباح

        بقلم: نادر سليم

        تراجعت أسعار الذهب في تعاملات اليوم بنحو واحد في المئة بعد أن لامست مستوى قياسياً الأسبوع الماضي، مع صعود الدولار.

        ويتوقع محللون أن تبقى الأسعار متقلبة حتى صدور بيانات التضخم الأميركية.
    """)  # noqa: E501
    assert parsed.title == "الذهب يتراجع من ذروته مع صعود الدولار وجني المستثمرين للأرباح"
    assert parsed.author == "نادر سليم"
    assert parsed.body.startswith("تراجعت أسعار الذهب")


def test_a_box_of_labelled_figures_under_the_lead_does_not_hide_the_lead():
    parsed = page("""
        نبض البورصة
        أسهم | صناديق | سلع | عملات
        أسهم
        مؤشر مسقط يغلق على ارتفاع بدعم من أسهم البنوك
        قسم الأسهم | نبض البورصة
        2025-02-17 · 13:10
        متعاملون في قاعة التداول - أرشيف
        أغلق مؤشر بورصة مسقط مرتفعاً بنسبة 0.6 في المئة في ختام تعاملات الأسبوع، بدعم من مكاسب أسهم البنوك والاتصالات.
        ملخص الجلسة
        الإغلاق: 4,612 نقطة
        التغير: +27 نقطة
        قيمة التداول: 9 ملايين ريال
        الأسهم المرتفعة/المنخفضة: 18/11
        وتصدرت أسهم البنوك والاتصالات مكاسب تعاملات الأسبوع في بورصة مسقط، بعد إعلان نتائجها السنوية.

        ويتوقع متعاملون أن تستمر مكاسب المؤشر في ختام تعاملات الشهر.
    """)  # noqa: E501
    assert parsed.title == "مؤشر مسقط يغلق على ارتفاع بدعم من أسهم البنوك"
    assert parsed.body.startswith("أغلق مؤشر بورصة مسقط")


def test_the_copyright_holder_after_its_lam_names_the_masthead_over_the_headline():
    parsed = page("""
        عاجل | المرور تعلن إغلاق جسر الجمهورية للصيانة
        صدى الرافدين نيوز
        الرئيسية | محلي | سياسة | اقتصاد | رياضة
        محلي
        أمانة بغداد تبدأ حملة لتأهيل شبكات المجاري في الكرخ قبل موسم الأمطار
        بغداد / علي الساعدي
        نشر في: الإثنين 6 تشرين الأول 2025 - 09:15 صباحاً
        بدأت أمانة بغداد حملة واسعة لتأهيل شبكات المجاري في جانب الكرخ استعداداً لموسم الأمطار المقبل.

        وقال مدير الحملة إن الفرق ستعمل على مدار الساعة لإنجاز الأعمال خلال شهرين.
        جميع الحقوق محفوظة لصدى الرافدين نيوز 2025
    """)  # noqa: E501
    assert parsed.source == "صدى الرافدين نيوز"


def test_a_caption_printed_in_two_languages_is_the_caption():
    parsed = page("""
        نادي الشعلة
        الشعلة يجدد عقد حارسه الأول حتى 2028
        June 12, 2025 · 6:40 PM
        Omar Haddad renews | عمر حداد يجدد عقده مع الشعلة حتى 2028
        أعلن نادي الشعلة تجديد عقد حارس مرمى الفريق الأول عمر حداد لثلاثة مواسم إضافية بعد موسم مميز.

        وقال حداد إنه سعيد بالاستمرار مع النادي الذي نشأ فيه.
    """)  # noqa: E501
    assert parsed.caption == "Omar Haddad renews | عمر حداد يجدد عقده مع الشعلة حتى 2028"
    assert parsed.body.startswith("أعلن نادي الشعلة")


def test_an_accessibility_toolbar_over_the_masthead_is_furniture():
    parsed = page("""
        أدوات الوصول
        تكبير الخط
        تصغير الخط
        تباين عالٍ
        تدرج رمادي
        إعادة ضبط
        صحيفة الواحة
        تسجيل الدخول | إنشاء حساب
        محليات | اقتصاد | رياضة | ثقافة
        محليات
        البلدية تفتتح حديقة جديدة في حي الروضة بمساحة عشرة آلاف متر مربع
        خالد المري
        12/05/2025 | 09:30 ص
        افتتحت البلدية صباح اليوم حديقة عامة جديدة في حي الروضة تضم ممرات للمشي وألعاباً للأطفال.

        وقالت البلدية إن الحديقة ستفتح أبوابها يومياً من الرابعة عصراً حتى منتصف الليل.
    """)
    assert parsed.source == "صحيفة الواحة"
    assert parsed.title.startswith("البلدية تفتتح حديقة جديدة")


def test_a_blogs_meta_line_naming_the_posts_category_gives_no_source():
    parsed = page("""
        مدرج الشمال
        الرئيسية | أخبار النادي | الانتقالات | المنتدى
        أخبار الجماهير
        الجماهير تستعد لرحلة جماعية إلى مباراة الكأس في العاصمة
        نشر بواسطة فهد العنزي | 3 مارس، 2025 | أخبار الجماهير | 12 تعليق
        أعلنت رابطة المشجعين تنظيم رحلة جماعية بالحافلات لحضور مباراة نصف نهائي الكأس في العاصمة.

        وقالت الرابطة إن التسجيل يبدأ غداً عبر حساباتها الرسمية.
    """)
    assert parsed.author == "فهد العنزي"
    assert parsed.source == "مدرج الشمال"


def test_a_newsletters_web_copy_gives_its_lead_story_and_its_outlet():
    parsed = page("""
        لا تظهر هذه الرسالة بشكل صحيح؟ اعرضها في المتصفح
        نشرة «البوصلة» الأسبوعية
        العدد 57 | الخميس 9 يناير 2025
        مساء الخير، هذه أبرز القصص التي اخترناها لكم هذا الأسبوع، وقراءة ممتعة.
        قصة العدد
        مدارس تجرب الحصص المسائية لتخفيف الزحام في الأحياء المكتظة
        بدأت مدارس في عدد من الأحياء المكتظة تجربة الحصص المسائية لتخفيف الزحام في الفصول والطرقات.

        ويقول معلمون إن التجربة خففت الضغط على الفصول لكنها أطالت يوم العمل.
    """)
    assert parsed.title == "مدارس تجرب الحصص المسائية لتخفيف الزحام في الأحياء المكتظة"
    assert parsed.source == "البوصلة"
    assert parsed.body.startswith("بدأت مدارس")


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("كتب: سامر الحسن ولينا حداد", ["سامر الحسن", "لينا حداد"]),
        ("رزان العلي، عمّان", ["رزان العلي"]),  # where it was filed
        ("بقلم: رامي الخطيب، محامٍ ومستشار قانوني", ["رامي الخطيب"]),  # who he is
    ],
)
def test_only_people_are_the_articles_authors(byline, authors):
    parsed = page(f"""
        الرأي الحر
        البلدية تطلق حملة لتنظيف الشواطئ قبل موسم الصيف
        {byline}
        الأحد 4 مايو 2025
        أطلقت البلدية حملة واسعة لتنظيف الشواطئ العامة بمشاركة متطوعين من الأحياء المجاورة.

        وقالت البلدية إن الحملة تستمر أسبوعين وتشمل صيانة المرافق العامة.
    """)
    assert parsed.authors == authors


def test_a_reporter_beside_a_one_word_place_no_list_knows_is_the_author_and_a_ticker_is_none():
    parsed = page("""
        أخبار الساحل
        البلدية تبدأ أعمال صيانة شبكة المياه في الأحياء الشمالية
        هالة زين – ببنين
        الخميس 6 مارس 2025
        بدأت البلدية صباح اليوم أعمال صيانة واسعة لشبكة المياه في الأحياء الشمالية للبلدة.

        وقال رئيس البلدية إن الأعمال تستمر أسبوعين.
    """)
    assert (parsed.author, parsed.source) == ("هالة زين", "أخبار الساحل")
    parsed = page("""
        مؤشرات اليوم
        «المؤشر» يغلق مرتفعاً بدعم من قطاع البنوك
        المؤشر العام (تاسي)
        الرياض - سامي الحربي
        2025-03-11 15:32
        أنهى مؤشر السوق الرئيسية تعاملات اليوم مرتفعاً بدعم من أسهم البنوك والطاقة.

        وبلغت قيمة التداولات نحو ستة مليارات ريال.
    """)
    assert (parsed.author, parsed.source) == ("سامي الحربي", "مؤشرات اليوم")


def test_an_unlisted_wire_after_both_calendars_dates_on_its_own_line_is_the_source():
    opening = "الرياض 12 شعبان 1446 هـ الموافق 11 فبراير 2025 م ونج"
    parsed = page(f"""
        صحيفة الواحة الرقمية
        هيئة التراث تسجل 142 موقعاً أثرياً جديداً في السجل الوطني للآثار
        {opening}
        سجلت هيئة التراث 142 موقعاً أثرياً جديداً في السجل الوطني للآثار هذا العام.

        وأوضحت الهيئة أن المواقع الجديدة تتوزع على عدة مناطق.
    """)
    assert parsed.source == "ونج"
    # the era's letter after the year is no wire: the masthead stays the source
    assert (
        page(f"""
        صحيفة الواحة الرقمية
        هيئة التراث تسجل 142 موقعاً أثرياً جديداً في السجل الوطني للآثار
        {opening.removesuffix(" ونج")}
        سجلت هيئة التراث 142 موقعاً أثرياً جديداً في السجل الوطني للآثار هذا العام.

        وأوضحت الهيئة أن المواقع الجديدة تتوزع على عدة مناطق.
    """).source
        == "صحيفة الواحة الرقمية"
    )


def test_a_ticker_beside_the_date_bar_is_no_source():
    fact_kinds = [
        f.kind for f in classify_line("الثلاثاء 4 فبراير 2025 | سعر الدولار اليوم: 50.28 جنيه")
    ]
    assert Kind.BYLINE not in fact_kinds
    outlet = classify_line("جريدة اليوم الجديد • منذ 3 ساعات")  # an aggregator's card
    assert Kind.BYLINE in [f.kind for f in outlet]


def test_a_wire_photos_caption_dated_with_a_full_stop_before_its_credit_is_the_caption():
    caption = (
        "رافعات تنقل حاويات في ميناء نانشا بمدينة قوانغتشو جنوبي الصين، 8 أبريل 2025. "
        "(شينخوا/ ليو دا وي)"
    )
    parsed = page(f"""
        بوابة الحرير الدولية
        ميناء قوانغتشو يسجل نمواً بنسبة 14 في المئة في التجارة مع الدول العربية
        نُشر في: 2025-04-10 15:20 | المصدر: شينخوا
        {caption}
        قوانغتشو 10 أبريل 2025 (شينخوا) -- أظهرت بيانات صادرة عن جمارك المدينة نمواً في التجارة.

        وقال مسؤول إن الصادرات شملت الآلات والإلكترونيات.
        محرر الصفحة: تشانغ لي
    """)
    assert parsed.caption == caption
    assert parsed.source == "شينخوا"
    # the page's editor wrote none of the wire's copy
    assert parsed.author is None


def test_a_reporter_the_lists_do_not_know_between_a_city_and_a_known_agency_is_the_author():
    parsed = page("""
        بوابة الشرق التركية
        افتتاح خط شحن بحري منتظم بين مرسين والإسكندرية
        الأحد 13 نيسان 2025 | 11:20
        مرسين/ أيهان كورت/ الأناضول
        افتتحت شركة شحن تركية خطاً بحرياً منتظماً بين ميناءي مرسين والإسكندرية.

        ويهدف الخط إلى تقليص زمن نقل البضائع بين البلدين.
    """)
    assert parsed.author == "أيهان كورت"
    assert parsed.source in ("الأناضول", "وكالة الأناضول")


def test_a_writing_platforms_follow_button_under_the_writers_name_is_chrome():
    parsed = page("""
        مِداد
        حافلات التردد السريع في عمّان: بداية متأخرة لكنها في الاتجاه الصحيح
        ما الذي يتغير حين يصبح الموعد مضموناً والراكب محترماً؟ قراءة في السنة الأولى
        ريم الخطيب
        متابعة
        8 دقائق قراءة · 14 فبراير 2025
        حافلة التردد السريع تعبر أحد المسارب المخصصة في شارع الملكة رانيا. تصوير الكاتبة
        لم أكن أتوقع أن أكتب يوماً عن حافلة، لكن الأشهر الماضية غيرت رأيي في النقل العام.

        تشير الأرقام التي أعلنتها الأمانة إلى أن عدد المستخدمين تجاوز التوقعات.
    """)
    assert parsed.author == "ريم الخطيب"
    assert parsed.body.startswith("لم أكن أتوقع")


def test_a_newsletter_by_its_writer_keeps_its_masthead_and_drops_its_subscribe_boxes():
    parsed = page("""
        رسائل من الضفة الأخرى
        اشترك   تسجيل الدخول
        ماذا تعني أزمة البحر الأحمر لفاتورة مشترياتنا؟
        عن السفن التي تدور حول أفريقيا، والحاوية التي تضاعف سعرها، والرف الذي يفرغ
        سامي العتيبي
        ٢٢ أكتوبر ٢٠٢٤
        منذ أن بدأت شركات الشحن الكبرى تحويل سفنها بعيداً عن مضيق باب المندب، صار أصدقائي يسألونني.

        شكراً لقراءتك رسائل من الضفة الأخرى! هذه الرسالة مجانية، اشترك لتصلك المقالات الجديدة.

        لكن الأثر لا يتوزع بالتساوي بين الموانئ ولا بين السلع التي نشتريها كل أسبوع.

        شكراً لقراءتك رسائل من الضفة الأخرى! اشترك مجاناً لتصلك المقالات الجديدة ودعم عملي.
        © 2024 سامي العتيبي · الخصوصية · الشروط
    """)
    assert parsed.source == "رسائل من الضفة الأخرى"
    assert parsed.body.startswith("منذ أن بدأت")
    assert parsed.body.endswith("التي نشتريها كل أسبوع.")
    assert "اشترك" not in parsed.body


def test_a_blogs_posted_by_line_with_its_clock_names_the_writer():
    facts = classify_line("نشر بواسطة د. منى الزهراني في 9:47 م")
    assert [f.kind for f in facts] == [Kind.BYLINE, Kind.TIME]
    assert facts[0].value == Byline(authors=("د. منى الزهراني",))
    assert [f.kind for f in classify_line("نشر بواسطة الموقع في الصفحة الأولى")] == [Kind.TEXT]


def test_a_web_archives_toolbar_is_neither_the_source_nor_the_date():
    parsed = page("""
        ذاكرة الويب | WebMemory Archive
        https://archive.example/web/20240915083012/https://www.furat-voice.example/local/hilla
        انتقال   47 لقطة   12 يناير 2019 - 3 مايو 2025
        لقطة بتاريخ 15 سبتمبر 2024 08:30:12 (توقيت غرينتش)
        حول هذه اللقطة | تقرير عن مشكلة | إغلاق

        صوت الفرات
        الرئيسية | محليات | بابل | اقتصاد
        انطلاق أعمال تأهيل جدول الحلة الرئيسي لإنقاذ الموسم الزراعي الصيفي
        2024/06/26 - 07:45 م
        كتب: علي حسين الجبوري
        باشرت مديرية الموارد المائية في محافظة بابل أعمال تأهيل جدول الحلة الرئيسي اليوم.

        وقال مدير الموارد المائية إن الأعمال ستنتهي قبل ذروة الموسم الصيفي.
    """)
    assert parsed.source == "صوت الفرات"
    assert parsed.published_at == datetime(2024, 6, 26, 19, 45)
    assert parsed.author == "علي حسين الجبوري"


def test_the_outlets_an_aggregator_lists_under_full_coverage_are_not_the_source():
    parsed = page("""
        رادار الأخبار
        الرئيسية > اقتصاد > مصر
        صادرات مصر الزراعية تتجاوز 1.6 مليون طن منذ بداية العام
        2025-03-18 10:12
        ارتفعت صادرات مصر من الحاصلات الزراعية منذ بداية العام الجاري إلى أكثر من مليون طن.

        وأوضحت البيانات أن البرتقال وحده استحوذ على نصف الكميات المصدرة.
        التغطية الكاملة
        بوابة الدلتا · منذ 6 ساعات
        البرتقال المصري يغزو أسواق آسيا.. أرقام قياسية في الربع الأول
    """)
    assert parsed.source == "رادار الأخبار"


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("2025-03-26 | 09:05 UAE", datetime(2025, 3, 26, 9, 5)),
        (
            "التاريخ: الأربعاء 1446/06/24هـ - 2024/12/25م\nوقت الإعلان: 07:58 ص",
            datetime(2024, 12, 25, 7, 58),
        ),
    ],
)
def test_a_stamps_clock_labelled_by_its_country_or_as_an_announcements_is_kept(stamp, published):
    parsed = page(f"""
        بوابة الأسواق
        «الواحات الزراعية» تعلن توقيع عقد توريد أعلاف مع جهة حكومية
        {stamp}
        تعلن شركة الواحات الزراعية عن توقيع عقد مع إحدى الجهات الحكومية لتوريد الأعلاف.

        وتتوقع الشركة أن ينعكس الأثر المالي للعقد على نتائج الربع الأول.
    """)
    assert parsed.published_at == published


def test_a_key_figures_boxs_heading_and_a_writers_role_under_the_date_are_no_caption():
    parsed = page("""
        شبكة دجلة الثقافية
        «بيت الجسر».. دراما بغدادية تنجح في الحكاية وتتعثر في الحوار
        بقلم: د. زينب الربيعي
        27/3/2025 - 8:50 مساءً
        أستاذة النقد المسرحي والدرامي
        يقترب مسلسل «بيت الجسر» من نهايته بعد أن فرض نفسه واحداً من أكثر الأعمال متابعة.

        ومع ذلك، يبقى العمل خطوة مهمة للدراما العراقية.
        شارك برأيك: كم تعطي المسلسل من 10؟
        [ 1 ] [ 2 ] [ 3 ] [ 4 ] [ 5 ]
    """)
    assert parsed.caption is None
    assert parsed.body.endswith("خطوة مهمة للدراما العراقية.")
    figures = page("""
        أسواق الخليج اليوم
        عمومية «رمال القابضة» تقر توزيع أرباح نقدية بنسبة 12%
        2025-03-26
        أرقام رئيسية
        صافي ربح 2024: 1.18 مليار درهم | التوزيع النقدي: 12 فلساً للسهم
        وافقت الجمعية العمومية لمجموعة رمال القابضة على توزيع أرباح نقدية على المساهمين.

        وانتخبت الجمعية مجلس إدارة جديداً لمدة ثلاث سنوات.
    """)
    assert figures.caption is None
    assert figures.body.startswith("وافقت الجمعية العمومية")


def test_a_blogs_tagline_between_its_name_and_its_menu_is_not_the_headline():
    parsed = page("""
        مدونة ظلال المدينة
        ملاحظات عن بيروت وأحيائها وناسها
        الرئيسية   عن المدونة   أرشيف   تواصل
        سلالم بيروت: مساحات عامة منسية تنتظر من يعيد إليها الحياة
        نُشر في 3 كانون الأول 2024 بواسطة كريم حداد
        قرأت هذا الأسبوع ملاحظات عن أحياء بيروت وناسها مرّت من دون ضجيج في المدينة.

        قد يبدو الخبر تفصيلاً عابراً في بيروت المثقلة بالأزمات، لكن أحياءها تتنفس عبر سلالمها.
    """)
    assert parsed.title == "سلالم بيروت: مساحات عامة منسية تنتظر من يعيد إليها الحياة"
    assert parsed.site_name == "مدونة ظلال المدينة"


def test_a_blogs_posted_by_line_gives_its_clock_to_the_date_over_the_post():
    parsed = page("""
        مدونة معلمة في الطائف
        الأربعاء، 18 ديسمبر 2024
        كيف نعلّم أطفالنا القراءة قبل المدرسة؟
        يسألني كثير من الأهالي عن السن المناسبة لتعليم أطفالهم القراءة قبل دخول المدرسة.

        والجواب أن القراءة تبدأ بالحكاية قبل الحرف، وبالصورة قبل الكلمة.
        نشر بواسطة د. منى الزهراني في 9:47 م
    """)
    assert parsed.published_at == datetime(2024, 12, 18, 21, 47)
    assert parsed.author == "د. منى الزهراني"


@pytest.mark.parametrize("label", ["Sponsored | برعاية", "إعلان ممول", "محتوى ممول"])
def test_an_ads_copy_under_its_label_in_two_languages_or_paid_for_is_no_caption(label):
    parsed = page(f"""
        فنتشرز عربية
        برنامج «منصة الانطلاق» يختار 12 شركة ناشئة لدفعته الخامسة
        الثلاثاء 6 مايو 2025
        {label}
        افتح حساب شركتك الناشئة في دقائق مع «بنك المدار» – بدون حد أدنى للرصيد
        أعلن برنامج «منصة الانطلاق» لتسريع الشركات الناشئة أسماء الشركات المختارة لدفعته الخامسة.

        وتمتد الدفعة الجديدة أربعة أشهر، تحصل خلالها كل شركة على استثمار أولي.
    """)
    assert parsed.caption is None
    assert parsed.body.startswith("أعلن برنامج")


def test_a_person_at_an_event_under_the_headline_is_the_photos_caption_however_long():
    parsed = page("""
        مرآة المنامة
        الأربعاء 16 أكتوبر 2024 - 08:10 مساءً
        رئيس جمعية المزارعين: نطالب بسوق مركزية حديثة ودعم للري بالتنقيط

        رئيس جمعية المزارعين خلال إلقاء كلمته في افتتاح المؤتمر السنوي

        افتتح رئيس جمعية المزارعين البحرينية مساء اليوم المؤتمر السنوي للجمعية بكلمة عن القطاع.

        وقال في كلمته إن الزراعة جزء من الأمن الغذائي.
    """)
    assert parsed.caption == "رئيس جمعية المزارعين خلال إلقاء كلمته في افتتاح المؤتمر السنوي"
    assert parsed.summary == ""


@pytest.mark.parametrize(
    ("byline", "author", "source"),
    [
        ("لوسيا مارتين غاريدو | مدريد", "لوسيا مارتين غاريدو", "ألبوران بالعربية"),
        ("أنجلي مينون – مدريد", "أنجلي مينون", "ألبوران بالعربية"),
        # an outlet filing from a city: its name has words or an outlet's cue
        ("زاغروس برس - مدريد", None, "زاغروس برس"),
        # a foreign outlet's writer, whose name is no words as the outlet's is
        ("يوهانس برانت – دير شبيغل", "يوهانس برانت", "دير شبيغل"),
    ],
)
def test_a_foreign_reporters_name_before_a_city_is_the_byline(byline, author, source):
    parsed = page(f"""
        ألبوران بالعربية
        إسبانيا تعلن خطة لتوسيع شبكة القطارات السريعة نحو الجنوب
        {byline}
        الثلاثاء 4 مارس 2025 - 10:20
        أعلنت الحكومة الإسبانية خطة لتوسيع شبكة القطارات السريعة نحو مدن الجنوب خلال خمس سنوات.

        وتشمل الخطة خطوطاً جديدة تربط الموانئ بالمدن الداخلية.
    """)
    assert (parsed.author, parsed.source) == (author, source)


def test_a_fixtures_kick_off_over_the_headline_is_not_the_storys_date():
    parsed = page("""
        نادي النجم الرياضي
        المباراة القادمة
        النجم × الأمل
        الجمعة 28 فيفري 2025 - 16:00
        احجز تذكرتك
        انطلاق التحضيرات لمواجهة الأمل بحضور كامل التعداد
        خلية الإعلام والاتصال | 25/02/2025
        انطلق فريق النجم صباح اليوم الثلاثاء في التحضير لمواجهة الأمل المقررة نهاية الأسبوع.

        وأشرف الطاقم الفني على حصة استرجاع للاعبين الذين شاركوا في المباراة الماضية.
    """)
    assert parsed.published_at == date(2025, 2, 25)


def test_the_official_site_label_beside_its_translation_names_no_site():
    parsed = page("""
        نادي النجم الرياضي
        Site officiel - الموقع الرسمي
        انطلاق التحضيرات لمواجهة الأمل بحضور كامل التعداد
        الثلاثاء 25 فبراير 2025
        انطلق فريق النجم صباح اليوم الثلاثاء في التحضير لمواجهة الأمل المقررة نهاية الأسبوع.

        وأشرف الطاقم الفني على حصة استرجاع للاعبين الذين شاركوا في المباراة الماضية.
    """)
    assert parsed.source == "نادي النجم الرياضي"


def test_a_maghrebi_poll_after_the_story_is_not_its_last_paragraph():
    parsed = page("""
        الشباك اليوم
        اتحاد الساحل يقترب من ضم مهاجم تونسي
        نشر يوم 29 جانفي 2025 على 18:40
        علم «الشباك اليوم» من مصادر مطلعة أن إدارة اتحاد الساحل قطعت شوطاً في مفاوضاتها.

        وينتظر أن تُحسم الصفقة خلال الساعات الثماني والأربعين المقبلة.

        سبر آراء: هل تنجح إدارة اتحاد الساحل في حسم الصفقة؟
        نعم 64% | لا 36%
    """)
    assert parsed.body.endswith("خلال الساعات الثماني والأربعين المقبلة.")


def test_an_agency_credited_where_the_copy_ends_is_the_source():
    parsed = page("""
        ميزان المال
        بنك المغرب يطلق حملة للأداء عبر الهاتف المحمول
        الثلاثاء 4 مارس 2025 - 11:20
        أطلق بنك المغرب اليوم الثلاثاء حملة تحسيسية وطنية لتشجيع الأداء عبر الهاتف المحمول.

        وأشار البلاغ إلى أن نتائج الحملة ستُقيَّم خلال الأسابيع المقبلة. (ومع)
    """)
    assert parsed.source == "ومع"
    assert parsed.body.endswith("خلال الأسابيع المقبلة. (ومع)")


def test_a_hijri_stamp_alone_under_the_headline_is_its_umm_al_qura_day_and_time():
    parsed = page("""
        فرص الوطن
        السبت 4 يناير 2025
        إطلاق برنامج لتوظيف ألفي شاب وشابة في قطاع التجزئة بالرياض
        الرياض - نوف العتيبي
        الخميس 2 رجب 1446هـ - 10:45 ص
        أطلقت جهات حكومية بالشراكة مع شركات التجزئة الكبرى برنامجاً لتوظيف ألفي شاب وشابة.

        ويتضمن البرنامج تدريباً نظرياً وعملياً لمدة ثمانية أسابيع على مهارات خدمة العملاء.
    """)
    assert parsed.published_at == datetime(2025, 1, 2, 10, 45)


def test_the_papers_own_view_named_without_its_cue_word_is_no_author():
    parsed = page("""
        صحيفة المرسى
        الافتتاحية
        الاستثمار في الإنسان أولاً
        رأي المرسى
        الأربعاء 11 ديسمبر 2024
        حين تضع الدول الإنسان في صدارة أولوياتها فإنها لا تنفق على التعليم والصحة بوصفها أعباء.

        وقد شهدت السنوات الأخيرة خطوات واسعة في هذا الاتجاه، من تطوير المناهج إلى برامج التدريب.
    """)
    assert parsed.author is None
    assert parsed.source == "صحيفة المرسى"


def test_the_columnists_name_between_the_opinion_label_and_the_headline_is_the_author():
    parsed = page("""
        صحيفة السنبوك
        كتّاب اليوم
        محمد الكعبي
        حين تصبح المدن أصغر من سكانها
        رأي
        عبدالعزيز المهيري
        الاقتصاد الأخضر ليس ترفاً
        2024/11/20 05:30
        يتعامل بعضنا مع الاقتصاد الأخضر كأنه شعار يُرفع في المؤتمرات الدولية ثم يُطوى سريعاً.

        ففي منطقتنا تحديداً تتوافر مقومات لا تتوافر لغيرنا من شمس ساطعة ومساحات واسعة.
    """)
    assert parsed.title == "الاقتصاد الأخضر ليس ترفاً"
    assert parsed.author == "عبدالعزيز المهيري"


def test_a_print_pages_jump_line_ends_the_story_on_that_page():
    parsed = page("""
        صحيفة الميناء
        أسواق الحي القديم.. زحام ما قبل الإفطار يعيد الحياة إلى الأزقة
        كتب ـ عادل الشامي
        قبل أذان المغرب بساعتين تقريباً، تتحول أزقة الحي القديم إلى خلية نحل لا تهدأ.

        ويشكو بعض السكان من الازدحام المروري الخانق في الشوارع المؤدية إلى السوق قبل الإفطار.

        (التتمة ص 14)

        وتطلق البلدية حملة تبرع بالدم في المستشفى العام يوم السبت المقبل بمشاركة متطوعين.
    """)
    assert parsed.body.endswith("في الشوارع المؤدية إلى السوق قبل الإفطار.")


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("البصرة/ مراسلنا علي جبار الموسوي", "علي جبار الموسوي"),
        ("انجمينا: يوسف محمد عبكر", "يوسف محمد عبكر"),
        # a credit's label is a common word, no town
        ("تأليف: هالة الخطيب", None),
    ],
)
def test_a_town_and_a_name_under_the_headline_are_the_byline(byline, author):
    parsed = page(f"""
        صوت الجنوب
        أسعار السكر والدقيق ترتفع في الأسواق مع بداية رمضان
        {byline}
        الثلاثاء 4 مارس 2025
        شهدت أسواق العاصمة مع بداية شهر رمضان ارتفاعاً ملحوظاً في أسعار السكر والدقيق.

        وقال تجار في السوق المركزي إن سعر جوال السكر ارتفع بأكثر من ألفي فرنك خلال أسبوع.
    """)
    assert parsed.author == author


def test_every_editor_a_byline_names_for_an_unsigned_story_is_an_author():
    parsed = page("""
        الرأي الآن
        منخفض جوي يضرب المملكة: تغطية مباشرة
        تحرير: لينا الخطيب وعمر الصمادي
        الثلاثاء 14 يناير 2025 - 09:10 ص
        تتأثر المملكة منذ فجر اليوم بمنخفض جوي مصحوب بأمطار غزيرة ورياح نشطة.

        ودعت الأرصاد الجوية المواطنين إلى الابتعاد عن مجاري السيول والأودية.
    """)
    assert parsed.authors == ["لينا الخطيب", "عمر الصمادي"]


def test_a_byline_in_a_box_over_the_headline_yields_to_the_storys_own():
    parsed = page("""
        كسلا اليوم
        أعمدة الرأي
        حديث المدينة | بقلم: الطاهر البلولة
        ما بعد الخريف.. من يحاسب من؟
        إعادة تشغيل محطة مياه القاش بعد صيانة استمرت شهرين
        الثلاثاء 22 أبريل 2025
        كسلا – محمد الأمين إدريس
        أعلنت هيئة مياه ولاية كسلا إعادة تشغيل محطة مياه القاش الرئيسية بعد أعمال صيانة.

        وأوضح مدير الهيئة أن المحطة باتت تنتج نحو 18 ألف متر مكعب يومياً.
    """)
    assert parsed.author == "محمد الأمين إدريس"


def test_a_town_the_site_is_named_after_is_where_its_reporter_filed_from():
    parsed = page("""
        صحة جدة
        افتتاح مستشفى تخصصي في جدة بسعة 300 سرير ومركز لجراحات القلب
        تهاني الزهراني - جدة
        الأربعاء 5 مارس 2025 - 10:40 م
        دشن تجمع جدة الصحي مساء اليوم مستشفى تخصصياً شمالي المحافظة بسعة 300 سرير.

        ويضم المستشفى مركزاً متخصصاً لجراحات القلب والقسطرة ووحدة للسكتة الدماغية.
    """)
    assert (parsed.author, parsed.source) == ("تهاني الزهراني", "صحة جدة")


def test_a_line_in_another_script_under_an_arabic_headline_is_no_caption():
    parsed = page("""
        الكرة المغربية اليوم
        الرجاء الفاسي يعير مدافعه إلى نادٍ بلجيكي مع خيار الشراء
        محمد أمين الإدريسي - الرباط
        27 يناير 2025 على الساعة 18:40
        Mercato d'hiver
        أعلن نادي الرجاء الفاسي إعارة مدافعه الدولي إلى أحد أندية الدرجة الأولى البلجيكية.

        وأوضح النادي في بلاغ رسمي أن الصفقة تتضمن تحمّل النادي المستقبِل راتب اللاعب كاملاً.
    """)
    assert parsed.caption is None


@pytest.mark.parametrize("credit", ["الصورة: أرشيف الشركة المشغلة", "صورة: رويترز"])
def test_a_photos_credit_under_its_description_leaves_the_description_the_caption(credit):
    parsed = page(f"""
        بوابة الساحل
        إبحار أول شحنة من الغاز الطبيعي المسال من الحقل البحري المشترك
        نواكشوط – أحمدو ولد سيدي محمد
        2025-04-09 10:22
        ناقلة غاز مسال قرب المنصة العائمة في عرض الأطلسي
        {credit}
        أبحرت أول شحنة من الغاز الطبيعي المسال المنتج في الحقل البحري المشترك اليوم الأربعاء.

        وأوضح البيان أن الشحنة حُمّلت من وحدة الإسالة العائمة في عرض المحيط الأطلسي.
    """)
    assert parsed.caption == "ناقلة غاز مسال قرب المنصة العائمة في عرض الأطلسي"


@pytest.mark.parametrize("reporter", ["سائد الحوراني", "من رنا العمري"])
def test_the_agencys_reporter_between_dashes_after_its_dateline_is_the_author(reporter):
    parsed = page(f"""
        إربد اليوم
        بدء موسم قطاف الزيتون في إربد وترخيص 38 معصرة
        12-10-2024 12:35 PM
        إربد 12 تشرين الأول (بترا)- {reporter}- بدأ مزارعو محافظة إربد موسم قطاف الزيتون اليوم.

        وقال مدير زراعة إربد إن المديرية رخّصت 38 معصرة للعمل خلال الموسم الحالي.
    """)
    assert parsed.author == reporter.removeprefix("من ")
    assert parsed.source == "بترا"


def test_a_newsletters_masthead_naming_the_outlet_that_sends_it_gives_that_outlet():
    parsed = page("""
        View in browser | عرض الرسالة في المتصفح
        نشرة «قهوة الصباح» من المنارة
        العدد 312 | الخميس 13 فبراير 2025
        الحكومة ترفع سعر ربطة الخبز المدعوم وتتعهد بتعويض الأسر الأشد فقراً
        قررت الحكومة رفع سعر ربطة الخبز المدعوم بنسبة تقارب الثلث اعتباراً من مطلع الشهر.

        وتقول الحكومة إن الدعم النقدي الجديد سيصل إلى نحو 600 ألف أسرة مسجلة.
    """)
    assert parsed.source == "المنارة"


@pytest.mark.parametrize("credit", ["تصوير: عبد الإله الفاسي", "عدسة: سمير البوزيدي"])
def test_a_photo_and_its_credit_over_the_kicker_and_headline_are_the_caption(credit):
    parsed = page(f"""
        صدى المدينة العتيقة
        جريدة فاس الإلكترونية
        الرئيسية | فاس | مكناس | ثقافة وتراث
        الحرفيون خلال أشغال ترميم الأسقف الخشبية لفندق تاريخي بحي العطارين
        {credit}
        تراث
        ترميم فندق تاريخي بالمدينة العتيقة لفاس يعيد الحياة لحرفة الخشب المنقوش
        ياسين بنشقرون - فاس
        الإثنين 10 مارس 2025 | 16:05
        دخلت أشغال ترميم أحد الفنادق التاريخية بحي العطارين في المدينة العتيقة لفاس مرحلتها الأخيرة، بعد أكثر من سنتين من العمل الذي شارك فيه حرفيون متخصصون في النقش على خشب الأرز.

        وقال المعلم إدريس الزواق إن العمل تطلب إعادة نحت عشرات القطع الخشبية بالطريقة نفسها.

        صدى المدينة العتيقة © 2025 | من نحن | اتصل بنا
    """)  # noqa: E501
    assert parsed.title == "ترميم فندق تاريخي بالمدينة العتيقة لفاس يعيد الحياة لحرفة الخشب المنقوش"
    assert parsed.caption == "الحرفيون خلال أشغال ترميم الأسقف الخشبية لفندق تاريخي بحي العطارين"


def test_a_tickers_item_over_the_sites_menu_is_no_headline_however_many_words_it_shares():
    parsed = page("""
        مرافئ عدن نت
        صوت الثغر الباسم
        جدول الكهرباء اليوم: 4 ساعات تشغيل مقابل 6 ساعات انطفاء – المنصورة والشيخ عثمان
        الرئيسية | أخبار عدن | المحافظات | اقتصاد | تقارير | رياضة

        وصول شحنة وقود جديدة لمحطات الكهرباء في عدن وسط وعود بتقليص ساعات الانقطاع

        تقرير: نبيل السقاف
        السبت 14 ديسمبر 2024م الساعة 10:20 صباحاً

        وصلت إلى ميناء الزيت في البريقة شحنة جديدة من وقود الديزل لتشغيل محطات الكهرباء في عدن، بعد أسابيع من انقطاعات تجاوزت عشر ساعات يومياً في المنصورة والشيخ عثمان.

        وقال مصدر في مؤسسة الكهرباء إن الشحنة تكفي لتشغيل المحطات ثلاثة أسابيع، وإن جدول الأحمال الجديد سيقلص ساعات الانطفاء تدريجياً.
    """)  # noqa: E501
    assert (
        parsed.title == "وصول شحنة وقود جديدة لمحطات الكهرباء في عدن وسط وعود بتقليص ساعات الانقطاع"
    )


@pytest.mark.parametrize(
    ("byline", "source", "author"),
    [
        # the channel runs the agency's copy: no one is named
        ("قناة الواحة – وات", "وات", None),
        # the radio's own correspondent, where she is: the site stays the source
        ("نورة بن سالم – مراسلة الإذاعة بتوزر", "إذاعة واحات الجنوب", "نورة بن سالم"),
        # another outlet's envoy, and where he was sent
        ("بدر الدوسري – موفد المضمار العربي إلى الرالي", "المضمار العربي", "بدر الدوسري"),
    ],
)
def test_an_outlet_by_its_kind_beside_a_byline_is_the_site_or_the_one_running_copy(
    byline, source, author
):
    parsed = page(f"""
        إذاعة واحات الجنوب
        استمع مباشرة | ترددات البث | برامجنا | الأخبار | اتصل بنا

        فلاحو الواحات بتوزر يسابقون الزمن لتغليف عراجين دقلة النور قبل الأمطار الخريفية

        {byline}
        2024/10/22 19:45

        انطلق فلاحو الواحات في ولاية توزر في تغليف عراجين التمور، وخاصة صنف دقلة النور، بالأكياس الواقية تحسباً لنزول أمطار الخريف التي تتسبب كل سنة في إتلاف جزء من الصابة.

        وأوضح رئيس الاتحاد المحلي للفلاحين بالجهة أن عملية التغليف تتطلب يداً عاملة مختصة في تسلق النخيل.

        إذاعة واحات الجنوب © 2024
    """)  # noqa: E501
    assert (parsed.source, parsed.author) == (source, author)


def test_a_broadcasters_fields_labelled_with_commas_give_writer_and_caption():
    parsed = page("""
        الأثير الدولي عربي
        تخطى إلى المحتوى
        الرئيسية  أخبار  اقتصاد  صحة  رياضة

        ارتفاع الرسوم يدفع طلاباً عرباً إلى إعادة التفكير في الدراسة ببريطانيا

        الكاتب، سلمى الحداد
        الدور، مراسلة الشؤون الاجتماعية - لندن
        15 أبريل/ نيسان 2025

        مصدر الصورة، Getty Images
        التعليق على الصورة،
        طلاب أمام مبنى إحدى الجامعات البريطانية في وسط لندن

        يواجه آلاف الطلاب العرب الراغبين في الدراسة بالجامعات البريطانية معادلة أصعب من أي وقت مضى، بعد موجة جديدة من الزيادات في الرسوم الدراسية للطلاب الدوليين.

        ويقول أحد المستشارين إن الشهادة البريطانية ما زالت تحتفظ بمكانتها، لكن الحسابات تغيرت.

        قصص مقترحة
        كيف تختار تخصصك الجامعي في عصر الذكاء الاصطناعي؟

        © 2025 الأثير الدولي.
    """)  # noqa: E501
    assert parsed.title == "ارتفاع الرسوم يدفع طلاباً عرباً إلى إعادة التفكير في الدراسة ببريطانيا"
    assert parsed.author == "سلمى الحداد"
    assert parsed.caption == "طلاب أمام مبنى إحدى الجامعات البريطانية في وسط لندن"
    assert parsed.source == "الأثير الدولي عربي"
    assert paragraphs(parsed)[-1].endswith("لكن الحسابات تغيرت.")


def test_a_standfirst_and_a_caption_over_the_photos_credit_under_the_headline_are_no_body():
    parsed = page("""
        صوت الراين
        أخبار  |  ألمانيا  |  أوروبا  |  مهاجرون ولاجئون

        ألمانيا تسرّع الاعتراف بشهادات الممرضين الأجانب لسد النقص في المستشفيات

        تعاني المستشفيات ودور الرعاية في ألمانيا من نقص حاد في الكوادر. خطة حكومية جديدة تعد بتقليص مدة الاعتراف بالشهادات الأجنبية إلى أشهر بدلاً من سنوات.

        ممرضة تتابع حالة مريض في أحد مستشفيات برلين
        صورة من: Lena Hartwig/dpa/picture alliance

        أقرت الحكومة الألمانية حزمة إجراءات تهدف إلى تسريع الاعتراف بشهادات الممرضين والممرضات القادمين من خارج الاتحاد الأوروبي، في محاولة لسد النقص المتزايد في المستشفيات.

        ويرى خبراء أن تسريع الاعتراف خطوة مهمة، لكنها لن تكفي وحدها ما لم تتحسن ظروف العمل والأجور في القطاع.

        التاريخ 03.02.2025
    """)  # noqa: E501
    assert parsed.caption == "ممرضة تتابع حالة مريض في أحد مستشفيات برلين"
    assert paragraphs(parsed)[0].startswith("أقرت الحكومة الألمانية")
    assert parsed.summary.startswith("تعاني المستشفيات")


def test_a_writer_and_the_town_signed_under_the_last_paragraph_is_the_author():
    parsed = page("""
        منبر النيلين
        أخبار | السودان | مقالات | شخصيات | ثقافة | رياضة

        وداعاً عثمان حامد الأمين.. عالم الجيولوجيا الذي قرأ تاريخ النيل في صخوره

        نُشر في 2024/12/29

        فقد السودان يوم الجمعة الماضي واحداً من أبرز علمائه في مجال الجيولوجيا، البروفيسور عثمان حامد الأمين، بعد مسيرة امتدت أكثر من خمسين عاماً بين قاعات الدرس والرحلات الميدانية.

        رحم الله أستاذنا الجليل، وجعل ما تركه من بحوث وتلاميذ صدقة جارية وعلماً يُنتفع به.

        د. الطاهر عبد الباقي - القاهرة

        تعازي القراء
        أبو بكر: رحمه الله، كان أستاذي في السنة الأولى ولن أنسى محاضراته

        منبر النيلين © 2024
    """)  # noqa: E501
    assert parsed.author == "د. الطاهر عبد الباقي"
    assert "أبو بكر" not in parsed.body


def test_a_writer_and_the_town_signed_over_a_boxs_heading_is_the_author():
    parsed = page("""
        سينما المتوسط
        الرئيسية | نقد | مهرجانات | حوارات | أخبار

        «ملح الشتاء».. فيلم عن جزيرة تنتظر عودة أبنائها

        الجمعة 20 ديسمبر 2024 - 13:10

        في فيلمه الروائي الطويل الأول، يأخذنا المخرج سليم الجزيري إلى جزيرة صغيرة قبالة السواحل الجنوبية، حيث تنتظر الأمهات عودة الأبناء.

        لكن «ملح الشتاء» يبقى من أجمل ما عرض في المسابقة الرسمية هذا العام.

        هادي بن عمر - تونس

        بطاقة الفيلم
        الإخراج: سليم الجزيري | المدة: 98 دقيقة | البلد: تونس

        © 2024 سينما المتوسط
    """)  # noqa: E501
    assert parsed.author == "هادي بن عمر"
    assert "هادي بن عمر" not in parsed.body


def test_a_city_and_a_name_beside_the_stamp_over_the_kicker_and_headline_is_the_byline():
    parsed = page("""
        أجنحة الخليج
        الرئيسية | شركات الطيران | مطارات | سفر | وظائف الطيران

        دبي – لمى الحداد
        03-02-2025 | 10:10 ص

        شركات طيران

        «طيران الواحة» يدشن خطاً مباشراً بين دبي والمدينة المنورة بثلاث رحلات أسبوعياً

        أعلنت شركة «طيران الواحة» تدشين خط مباشر جديد يربط مطار دبي الدولي بالمدينة المنورة بواقع ثلاث رحلات أسبوعياً.

        وقال الرئيس التنفيذي للشركة إن الخط الجديد يستهدف المعتمرين والزوار.
    """)  # noqa: E501
    assert parsed.author == "لمى الحداد"
    assert parsed.published_at == datetime(2025, 2, 3, 10, 10)


@pytest.mark.parametrize(
    ("heading", "fields"),
    [
        ("نتيجة التصويت", "الموافقون: 73 | المعارضون: 38 | الممتنعون: 2"),
        ("بطاقة المسلسل", "تأليف: مروة عبد الهادي | إخراج: شريف لطفي"),
        # labelled items one to a line, the first maybe unlabelled
        ("بطاقة القانون", "القانون رقم 12 لسنة 2025\n        مقدّم المشروع: الحكومة"),
    ],
)
def test_a_boxs_heading_over_its_fields_in_the_header_is_no_caption(heading, fields):
    parsed = page(f"""
        قبة العبدلي
        الرئيسية | مجلس النواب | مجلس الأعيان | لجان | تشريعات

        النواب يقر مشروع قانون الموازنة العامة لسنة 2025 بأغلبية 73 صوتاً
        متابعة: دانة الرواشدة
        الثلاثاء 11 شباط 2025 - 9:50 مساءً
        {heading}
        {fields}
        أقر مجلس النواب، في جلسة مسائية مطولة عقدها اليوم الثلاثاء، مشروع قانون الموازنة العامة للسنة المالية 2025.

        وصوّت لصالح المشروع 73 نائباً من أصل 113 حضروا الجلسة.
    """)  # noqa: E501
    assert parsed.caption is None
    assert parsed.body.startswith("أقر مجلس النواب")


def test_a_name_and_its_city_right_over_the_headline_with_the_stamp_under_it_is_the_byline():
    parsed = page("""
        الدوحة اليوم
        الرئيسية / مجتمع / فعاليات
        مجتمع

        محمد سالم الكبيسي (الدوحة)
        احتفالات اليوم الوطني تجتذب آلاف الزوار إلى درب الساعي
        2024/12/18 - 20:05

        توافد آلاف المواطنين والمقيمين مساء اليوم على درب الساعي للمشاركة في فعاليات اليوم الوطني.

        وتتواصل الفعاليات حتى نهاية الأسبوع.
    """)
    assert parsed.author == "محمد سالم الكبيسي"
    assert parsed.title.startswith("احتفالات اليوم الوطني")


@pytest.mark.parametrize(
    "widget", ["مؤشر اكتمال الصفقة: 70%", "للاستعلام عن النتيجة برقم الجلوس من هنا"]
)
def test_a_widgets_figure_or_a_links_call_in_the_header_is_no_caption(widget):
    parsed = page(f"""
        بوابة الملاعب
        الرئيسية | كرة مصرية | انتقالات | محترفون

        الأهلي يقترب من ضم مهاجم جديد قبل غلق باب القيد

        كتب: محمود سالم
        الأحد 12 يناير 2025 - 14:10
        {widget}

        يقترب النادي الأهلي من حسم صفقة ضم مهاجم جديد قبل غلق باب القيد الشتوي، بعد مفاوضات استمرت أسبوعين.

        وقالت مصادر داخل النادي إن الصفقة تنتظر موافقة لجنة التخطيط.
    """)  # noqa: E501
    assert parsed.caption is None


def test_an_alert_over_the_sites_menu_repeating_the_lead_is_no_headline():
    parsed = page("""
        أجواء الإمارات
        تنبيه أحمر: ضباب كثيف وانعدام الرؤية الأفقية على الطرق الداخلية حتى 9:30 صباحاً
        الرئيسية | الطقس اليوم | تنبيهات | مناخ | صور القراء
        تنبيهات

        ضباب كثيف يحجب الرؤية في أبوظبي ودبي والمرور تدعو إلى خفض السرعة

        12:40 ص | 15 ديسمبر 2024

        أصدر المركز الوطني للأرصاد تنبيهاً أحمر بسبب تشكل الضباب الكثيف على مناطق واسعة من أبوظبي ودبي، مع انعدام الرؤية الأفقية على بعض الطرق.

        ودعت شرطة أبوظبي السائقين إلى خفض السرعة وترك مسافة أمان كافية بسبب الضباب.
    """)  # noqa: E501
    assert parsed.title == "ضباب كثيف يحجب الرؤية في أبوظبي ودبي والمرور تدعو إلى خفض السرعة"
    assert parsed.caption is None


def test_a_match_boxs_venue_and_city_credit_no_outlet():
    parsed = page("""
        ملاعب الصالة
        كرة اليد | كرة السلة | الكرة الطائرة | الدوري الممتاز

        الشروق يقتنص فوزاً مثيراً من الفرسان ويعتلي صدارة دوري اليد مؤقتاً

        كتب: طارق عبد الحميد
        الجمعة 14 مارس 2025 - 10:55 م

        الشروق 31 – 29 الفرسان
        الصالة المغطاة – القاهرة

        حقق فريق الشروق فوزاً صعباً على ضيفه الفرسان بنتيجة 31 مقابل 29، في المباراة التي أقيمت مساء اليوم.

        وجاءت المباراة متكافئة في أغلب فتراتها.
    """)  # noqa: E501
    assert parsed.source == "ملاعب الصالة"
    assert parsed.author == "طارق عبد الحميد"


def test_an_infographics_title_under_the_byline_is_the_caption_and_among_the_paragraphs_not():
    header = page("""
        شرفة الدوحة
        محليات | الخليج | اقتصاد | رياضة | ثقافة

        تراجع الوفيات المرورية 18% في أغسطس وارتفاع مخالفات استخدام الهاتف

        كتبت: ريم المهندي
        نُشر في 3 سبتمبر 2025 - 7:05 صباحاً

        إنفوغرافيك: الحوادث المرورية خلال أغسطس (شرفة الدوحة)

        كشفت الإحصاءات الشهرية للإدارة العامة للمرور عن تراجع عدد الوفيات الناتجة عن الحوادث المرورية بنسبة 18% خلال أغسطس.

        وأظهرت البيانات أن الحوادث البسيطة شكلت الغالبية العظمى من الحوادث المسجلة.
    """)  # noqa: E501
    assert header.caption == "إنفوغرافيك: الحوادث المرورية خلال أغسطس (شرفة الدوحة)"
    among = page("""
        صحة الخليج
        الرئيسية | أخبار صحية | حملات | مستشفيات

        وزارة الصحة تدعو كبار السن والحوامل إلى أخذ لقاح الإنفلونزا

        2024-11-25 - 09:15 ص

        دعت وزارة الصحة كبار السن والحوامل وأصحاب الأمراض المزمنة إلى أخذ لقاح الإنفلونزا الموسمية قبل ذروة الشتاء.

        إنفوجرافيك: الفئات الأكثر حاجة إلى لقاح الإنفلونزا

        وأوضحت الوزارة أن اللقاح متاح مجاناً في المراكز الصحية الأولية.
    """)  # noqa: E501
    assert among.caption is None


def test_a_print_pages_running_head_names_the_paper_before_its_editions_date():
    parsed = page("""
        جريدة الدانة | السبت 1 رمضان 1446 هـ - 1 مارس 2025 م | العدد 6128
        محليات

        «الصناعة والتجارة» تطلق حملة رقابية على الأسواق مع بداية رمضان

        كتب: حمد يوسف الكعبي

        بدأت فرق التفتيش التابعة لوزارة الصناعة والتجارة حملة رقابية مكثفة على الأسواق والمجمعات التجارية مع حلول شهر رمضان المبارك.

        وقال مسؤول في الوزارة إن المخالفين يتعرضون لغرامات مالية قد تصل إلى إغلاق المحل مؤقتاً.
    """)  # noqa: E501
    assert parsed.source == "جريدة الدانة"
    assert parsed.published_at == date(2025, 3, 1)


def test_a_pull_quote_under_the_photos_caption_is_no_caption():
    parsed = page("""
        مجلة ياسمينة
        أزياء | جمال | مقابلات | ديكور | مطبخ

        المصممة رنا حداد: التطريز الفلاحي ليس ذكرى بل لغة نعيد كتابتها

        حاورتها: كارلا نصر
        الأربعاء 22 كانون الثاني 2025

        المصممة رنا حداد في مشغلها ببيروت (خاص)

        «كل قطعة أصممها تبدأ من غرزة رأيتها على ثوب جدتي»

        في مشغلها الصغير في منطقة الأشرفية، تجلس رنا حداد بين أكوام الأقمشة وخيوط الحرير الملونة، وتعمل مع فريق من الحرفيات على مجموعتها الجديدة التي تمزج التطريز الفلاحي التقليدي بقصات معاصرة. التقيناها وكان هذا الحوار.

        كيف بدأت علاقتك بالتطريز؟
        بدأت في طفولتي، كنت أجلس إلى جانب جدتي في القرية وأراقبها وهي تطرز الأثواب والمخدات.
    """)  # noqa: E501
    assert parsed.caption == "المصممة رنا حداد في مشغلها ببيروت (خاص)"


def test_a_translated_piece_credits_its_writer_and_the_outlet_she_wrote_it_for():
    parsed = page("""
        نوافذ | مقالات مترجمة من الصحافة العالمية
        الرئيسية   ترجمات   رأي   تقارير   من نحن
        الإثنين 24 مارس 2025
        مدن الشرق الأوسط أمام صيف أطول: هل تنقذ الأسطح البيضاء سكانها من الحر؟
        كتبه لمجلة ذا نورثرن ريفيو: جوناثان ميلبرن
        ترجمة: سلمى القاضي
        الأربعاء 12 مارس 2025 | 14:20
        حين تتجاوز درجات الحرارة في مدن مثل القاهرة وبغداد والرياض حاجز الخمسين درجة مئوية في بعض أيام الصيف، يصبح التكيف سؤالاً يومياً.
        وخلال السنوات الأخيرة، بدأت بلديات في المنطقة تجرّب طلاء أسطح المباني بمواد بيضاء عاكسة لأشعة الشمس.
        المقال يعبر عن رأي كاتبته.
        © 2025 نوافذ. جميع الحقوق محفوظة.
    """)  # noqa: E501
    assert parsed.title.startswith("مدن الشرق الأوسط أمام صيف أطول")
    assert (parsed.author, parsed.source) == ("جوناثان ميلبرن", "ذا نورثرن ريفيو")
    assert parsed.published_at == datetime(2025, 3, 12, 14, 20)
    assert parsed.body.endswith("بمواد بيضاء عاكسة لأشعة الشمس.")


def test_a_note_under_a_translated_report_names_its_writer_and_her_paper():
    parsed = page("""
        عالم بالعربي
        أخبار | سياسة | اقتصاد | ترجمات
        مزارعو الألب يراهنون على الأبقار "الذكية" لمواجهة نقص العمالة
        ترجمة وتحرير: فريق عالم بالعربي
        2024-10-07 | 09:15
        في قرية صغيرة على سفوح جبال الألب السويسرية، يستيقظ المزارع الستيني قبل الفجر كما اعتاد منذ أربعين عاماً.
        ويختم حديثه بالقول إن التقنية لن تعوّض شغف الأجيال الجديدة بالزراعة إن لم يكن موجوداً أصلاً.
        * كتبت هذا التقرير هانا كيسلر لصحيفة "زيبليك تسايتونغ" السويسرية، ونُقل إلى العربية بتصرف.
        الوسوم: سويسرا، الزراعة
    """)  # noqa: E501
    assert (parsed.author, parsed.source) == ("هانا كيسلر", "زيبليك تسايتونغ")
    assert parsed.body.endswith("إن لم يكن موجوداً أصلاً.")


def test_a_studys_body_opens_under_its_introduction_and_its_abstract_is_the_summary():
    parsed = page("""
        مركز الأفق للدراسات الاستراتيجية
        تقدير موقف
        الممرات الاقتصادية الجديدة في المشرق: فرص التكامل وحدود الجغرافيا السياسية
        د. وليد الحكيم، باحث في الاقتصاد السياسي
        2025/01/20
        ملخص الورقة
        تناقش هذه الورقة فرص مشاريع الممرات الاقتصادية المقترحة في المشرق العربي، وتخلص إلى أن نجاحها مرهون بالإرادة السياسية.
        أولاً: مقدمة
        شهدت السنوات الأخيرة طرح عدد من مشاريع الممرات الاقتصادية التي تعد بربط موانئ الخليج بالبحر المتوسط.
        ثانياً: الفرص
        وتحمل هذه المشاريع وعوداً كبيرة لدول المشرق التي عانت طويلاً من ضعف التكامل التجاري.
    """)  # noqa: E501
    assert parsed.body.startswith("شهدت السنوات الأخيرة طرح عدد من مشاريع")
    assert parsed.summary.startswith("تناقش هذه الورقة فرص مشاريع الممرات")
    assert "ثانياً: الفرص" in parsed.body


def test_a_masthead_and_its_motto_between_a_bar_give_the_site_by_the_part_it_credits():
    parsed = page("""
        صدى الجبل | أخبار المدينة على مدار الساعة
        الرئيسية   محليات   اقتصاد   رياضة
        البلدية تفتتح حديقة عامة جديدة في الحي الشرقي
        الأربعاء 19 حزيران 2024
        افتتحت البلدية صباح اليوم حديقة عامة جديدة في الحي الشرقي بمساحة عشرة آلاف متر مربع.

        وقال رئيس البلدية إن الحديقة تضم ملاعب للأطفال وممرات للمشي ومقاعد للعائلات.
        © 2024 صدى الجبل. جميع الحقوق محفوظة.
    """)
    assert parsed.title == "البلدية تفتتح حديقة عامة جديدة في الحي الشرقي"
    assert parsed.source == "صدى الجبل"


def test_a_lite_copy_dated_only_relatively_takes_its_date_from_its_structured_data():
    parsed = page("""
        ☰  صحيفة الواحة  ⌕
        النسخة الكاملة
        أمانة المنطقة تبدأ تشغيل أول مواقف ذكية للسيارات في وسط المدينة
        بواسطة عبدالله الشمري
        منذ ساعتين
        بدأت الأمانة تشغيل منظومة المواقف الذكية في شوارع وسط المدينة بعد تركيب مئات الحساسات.

        وتتيح المنظومة للسائقين دفع رسوم الوقوف إلكترونياً بحسب المدة الفعلية.
        شارك الخبر: واتساب | إكس
        {"@type":"NewsArticle","headline":"أمانة المنطقة تبدأ تشغيل أول مواقف ذكية","datePublished":"2025-02-11T14:05:00+03:00"}
        صحيفة الواحة © 2025
    """)  # noqa: E501
    assert parsed.published_at == datetime(2025, 2, 11, 14, 5)
    assert parsed.body.endswith("بحسب المدة الفعلية.")


def test_a_releases_note_on_its_issuer_under_a_heading_naming_it_is_not_the_story():
    parsed = page("""
        للنشر الفوري
        طيران الواحة تطلق رحلات يومية مباشرة بين عمّان وألماتي
        عمّان – 3 أيلول 2024: أعلنت طيران الواحة إطلاق رحلات يومية مباشرة إلى ألماتي.

        وقال الرئيس التنفيذي للشركة إن أسعار التذاكر تبدأ من مئتي دينار ذهاباً وإياباً.

        عن طيران الواحة
        تأسست طيران الواحة في عام 2011، وتشغّل أسطولاً من 42 طائرة إلى أكثر من 60 وجهة.
    """)
    assert parsed.body.endswith("تبدأ من مئتي دينار ذهاباً وإياباً.")
    assert "تأسست طيران الواحة" not in parsed.body


def test_a_crosshead_about_something_the_next_paragraph_does_not_open_on_is_the_storys():
    parsed = page("""
        رحلة في أسواق المدينة القديمة بين الحرفيين والتجار
        تضم المدينة القديمة عشرات الأسواق التي يعود بعضها إلى قرون مضت.

        حول السوق الكبير
        يقف الحرفيون منذ الفجر أمام دكاكينهم الصغيرة في انتظار الزبائن والسياح.
    """)
    assert parsed.body.endswith("في انتظار الزبائن والسياح.")


def test_the_arabic_name_under_a_latin_masthead_is_the_part_that_spells_it_not_its_motto():
    parsed = page("""
        Sahel Infos
        ساحل إنفو – أخبار الضفة الجنوبية
        Accueil | Politique | Économie | العربية
        انطلاق موسم قطف التمور في الواحات الجنوبية وسط تحسن في الأسعار
        الجمعة 15 نوفمبر 2024
        انطلق في الواحات الجنوبية موسم قطف التمور وسط توقعات بمحصول وفير هذا العام.

        ويأمل المزارعون أن تتحسن الأسعار بعد موسمين صعبين بسبب الجفاف وارتفاع التكاليف.
    """)
    assert parsed.site_name == "ساحل إنفو"
    assert parsed.source == "ساحل إنفو"


def test_the_somali_national_agency_in_a_mogadishu_dateline_is_the_source():
    parsed = page("""
        الصومال يطلق حملة لتطعيم مليون رأس من الماشية قبل موسم التصدير
        Taariikh: 2025-05-20 | 08:55
        مقديشو (صونا) - أطلقت وزارة الثروة الحيوانية الصومالية حملة وطنية لتطعيم الماشية.

        وقال وكيل الوزارة إن الحملة تشمل جميع الولايات وتستمر ستة أسابيع.
    """)
    assert parsed.source == "صونا"


def test_a_stamp_labelled_as_the_publications_under_the_story_beats_the_day_over_the_headline():
    parsed = page("""
        الجهراء اليوم
        الأحد 17 نوفمبر 2024
        محليات | برلمان | اقتصاد | رياضة
        البلدية تحدد ثلاثة مواقع جديدة للتخييم الربيعي في المناطق الشمالية
        حددت البلدية ثلاثة مواقع جديدة للتخييم الربيعي في المناطق الشمالية والغربية.

        وأوضحت البلدية أن التسجيل سيكون إلكترونياً عبر تطبيقها الرسمي.
        بيانات المقال
        الكاتب: نواف العنزي
        تاريخ النشر: 2024/11/15 - 11:40 ص
        آخر تعديل: 2024/11/16 - 09:02 ص
    """)
    assert parsed.published_at == datetime(2024, 11, 15, 11, 40)


def test_a_writer_signing_with_a_region_over_the_stamp_under_the_story_is_the_author():
    parsed = page("""
        مرفأ نيوز
        مكتبة متنقلة تجوب قرى الشمال وتعير ثلاثة آلاف كتاب للأطفال
        تتوقف الحافلة الصفراء كل صباح في ساحة قرية جديدة من قرى الشمال.

        وأعارت المكتبة خلال شهرين نحو ثلاثة آلاف كتاب للأطفال في القرى.
        ريما الحاج – عكار
        نُشر في 14 تشرين الثاني 2024
        شارك: واتساب | فيسبوك
    """)
    assert parsed.author == "ريما الحاج"


def test_a_starred_note_on_the_writer_under_the_story_names_the_author():
    parsed = page("""
        ارتفاع أعداد السلاحف الخضراء في محمية رأس الجنز هذا الموسم
        سجلت المحمية ارتفاعاً في أعداد السلاحف الخضراء التي وصلت إلى الشاطئ هذا الموسم.

        وتنظم المحمية جولات ليلية محدودة العدد للزوار برفقة مرشدين متخصصين.
        * خالد بن سالم الحارثي: صحفي متخصص في الشؤون البيئية | البريد: k@example.com
        © 2024 جميع الحقوق محفوظة
    """)
    assert parsed.author == "خالد بن سالم الحارثي"


def test_a_town_no_list_knows_before_the_reporter_is_where_the_story_was_filed():
    parsed = page("""
        الهند العربية
        مهرجان للخط العربي يجمع مئة وعشرين خطاطاً من تسع ولايات هندية
        حيدر آباد – سلمان أحمد الندوي
        انطلقت في مدينة حيدر آباد فعاليات مهرجان للخط العربي يشارك فيه خطاطون من تسع ولايات.

        ويعرض الخطاطون لوحات بخطوط الثلث والنسخ والديواني في قاعة المدينة الكبرى.
    """)
    assert parsed.author == "سلمان أحمد الندوي"
    assert parsed.source == "الهند العربية"


def test_a_tables_title_over_its_rows_under_the_story_is_no_paragraph():
    parsed = page("""
        الذهب اليوم
        ارتفاع جديد في أسعار الذهب بالسوق المحلية مع صعود الأوقية عالمياً
        واصلت أسعار الذهب في السوق المحلية ارتفاعها خلال تعاملات صباح اليوم السبت.

        وينصح الخبراء بمقارنة المصنعية قبل الشراء والاحتفاظ بفاتورة تتضمن العيار والوزن، لأن تقلبات الأسعار تجعل الشراء على دفعات أقل مخاطرة.

        جدول أسعار الذهب اليوم السبت 19 أكتوبر 2024
        العيار | سعر البيع | سعر الشراء
        عيار 24 | 4,571 | 4,543
        عيار 21 | 4,000 | 3,975
        تنبيه: الأسعار استرشادية وقد تختلف من محل لآخر.
        © 2024 الذهب اليوم
    """)  # noqa: E501
    assert parsed.body.endswith("تقلبات الأسعار تجعل الشراء على دفعات أقل مخاطرة.")


def test_the_next_story_a_scrolled_page_loads_under_the_share_bar_is_not_this_ones():
    parsed = page("""
        إربد اليوم
        بلدية إربد تفتتح مجمعاً جديداً للمواقف في وسط المدينة
        رامي عودة
        الأربعاء 18 حزيران 2025 - 10:30
        افتتحت بلدية إربد مجمعاً جديداً للمواقف يتسع لخمسمئة سيارة في وسط المدينة.

        ويُنتظر أن يسهم المشروع في تخفيف الازدحام بعد تخصيص مسارات واضحة للمشاة.

        شارك الخبر: فيسبوك | واتساب | إكس
        — تابع القراءة —
        جامعة اليرموك تستضيف معرضاً لمشاريع التخرج بمشاركة ثلاثمئة طالب
        رامي عودة
        الخميس 19 حزيران 2025 - 08:15
        تستضيف جامعة اليرموك معرضاً لمشاريع التخرج يشارك فيه ثلاثمئة طالب وطالبة من كليات الهندسة.

        ويستمر المعرض ثلاثة أيام ويفتح أبوابه أمام طلبة المدارس والشركات.
    """)
    assert parsed.body.endswith("مسارات واضحة للمشاة.")
    assert "جامعة اليرموك" not in parsed.body


def test_a_signature_under_the_story_over_the_next_storys_headline_is_the_author():
    # an e-paper's page, column-broken, the next story's headline under the signature
    path = next((ROOT / "corpora" / "heldout-pages-42" / "raw").glob("31_*.txt"))
    parsed = parse_page(path.read_text(encoding="utf-8"))
    assert parsed.author == "عبد الإله الفاسي"


def test_a_newsletters_lead_story_under_its_sponsor_and_contents_keeps_its_headline():
    parsed = page("""
        View in browser | اعرض هذه الرسالة في المتصفح
        رقمنة
        نشرة رقمنة التقنية • العدد 88 • الثلاثاء 15 أكتوبر 2024 • 07:05 ص

        برعاية: منصة "سحابتي" للاستضافة – خصم 20% على خطط الشركات الناشئة حتى نهاية الشهر

        في هذا العدد:
        1. شركة ناشئة أردنية تطور تطبيقاً يترجم لغة الإشارة إلى العربية فورياً
        2. تحديث أمني عاجل لأنظمة تشغيل الهواتف
        3. أداة مجانية لتحويل التسجيلات الصوتية العربية إلى نص

        الخبر الأبرز
        شركة ناشئة أردنية تطور تطبيقاً يترجم لغة الإشارة إلى العربية فورياً

        طوّرت شركة "إشارة" الناشئة في عمّان تطبيقاً للهواتف الذكية يحوّل لغة الإشارة إلى نص عربي مكتوب وصوت مسموع.

        ويتيح التطبيق حالياً ترجمة نحو ألفي إشارة من الحياة اليومية، مثل المفردات المستخدمة في المستشفيات والبنوك.
    """)  # noqa: E501
    assert parsed.title == "شركة ناشئة أردنية تطور تطبيقاً يترجم لغة الإشارة إلى العربية فورياً"
    assert parsed.caption is None


def test_a_town_an_outlet_no_list_knows_and_its_reporter_give_the_source_and_the_author():
    parsed = page("""
        منصة المهجر
        تسهيلات جديدة لتجديد إقامات الطلاب اليمنيين قبل الفصل الثاني
        القاهرة – صوت سبأ – عبدالرحمن الشرعبي
        أعلنت الملحقية الثقافية تسهيلات جديدة لتجديد إقامات الطلاب اليمنيين في الجامعات.

        وقالت الملحقية إن التسهيلات تشمل الطلاب الجدد والمنتقلين بين الجامعات.
    """)
    assert (parsed.author, parsed.source) == ("عبدالرحمن الشرعبي", "صوت سبأ")


def test_a_masthead_over_the_sites_day_and_menu_is_no_headline():
    # the date is the header's day, over the weather and the menu: it credits no line over it
    parsed = page("""
        الساحل الشرقي الآن
        الأحد 24 شعبان 1446 هـ الموافق 23 فبراير 2025 م
        وادي السدر 6°  |  الساحل الشرقي 21°
        أخبار الإمارة | سياحة | مجتمع | اقتصاد | رياضة

        سياحة

        وادي السدر يستقبل 190 ألف زائر منذ بداية الموسم الشتوي

        زوار يلتقطون الصور على إحدى منصات المشاهدة في وادي السدر

        سجّل وادي السدر في الساحل الشرقي نحو مئة وتسعين ألف زائر منذ انطلاق الموسم الشتوي مطلع نوفمبر الماضي، بزيادة تقارب الخُمس على الفترة نفسها من الموسم السابق.

        وتتصدر منصات المشاهدة المطلة على الجبال والأودية قائمة الأماكن الأكثر جذباً للعائلات هذا العام.
    """)  # noqa: E501
    assert parsed.title == "وادي السدر يستقبل 190 ألف زائر منذ بداية الموسم الشتوي"
    assert parsed.source == "الساحل الشرقي الآن"


def test_the_site_a_reading_app_saved_the_page_from_is_the_source_and_its_date_none():
    parsed = page("""
        example.com

        عن شغف القراءة في زمن الشاشات: أندية الكتاب تعود إلى المقاهي

        نادر الصالح
        6–8 دقائق

        في مقهى صغير بإحدى الحارات القديمة، يجتمع كل خميس مساءً نحو عشرين قارئاً لمناقشة رواية اختاروها قبل أسبوعين.

        وبين رشفة قهوة وصفحة مطوية الزاوية، يبدو أن هؤلاء القراء وجدوا صيغة بسيطة لمقاومة التشتت.

        حُفظ من «مجلة المدار الثقافية» – https://example.com/culture/book-clubs – في 12 فبراير 2025، 22:40
    """)  # noqa: E501
    assert parsed.source == "مجلة المدار الثقافية"
    assert parsed.published_at is None
    assert "حُفظ من" not in parsed.body


def test_a_photos_line_of_seven_words_under_the_headline_is_its_caption():
    parsed = page("""
        جسر الأخبار
        تركيا | العالم | اقتصاد | ثقافة
        إسطنبول تفتتح أكبر مكتبة عامة في المدينة داخل ثكنة عسكرية قديمة
        المبنى التاريخي بعد تحويله إلى مكتبة عامة
        افتتحت بلدية إسطنبول مكتبة عامة في مبنى ثكنة عسكرية يعود إلى القرن التاسع عشر، بعد أعمال ترميم استمرت أربع سنوات.

        وتضم المكتبة أكثر من ثلاثمئة ألف كتاب بعدة لغات، بينها العربية.
    """)  # noqa: E501
    assert parsed.caption == "المبنى التاريخي بعد تحويله إلى مكتبة عامة"
    assert parsed.body.startswith("افتتحت بلدية إسطنبول")


def test_the_sites_own_staff_named_after_its_word_is_the_author_and_the_site_no_one():
    text = """
        أرزة نيوز
        أخبار | سياسة | انتخابات بلدية 2025 | اقتصاد

        لائحة «إنماء البلدة» تفوز بكامل مقاعد مجلس بلدية مزرعة الجوز العليا

        خاص – ريتا أبو جودة
        الإثنين 05 أيار 2025 | 01:30

        فازت لائحة «إنماء البلدة» بجميع مقاعد المجلس البلدي في البلدة، بعد منافسة مع لائحة «صوت الشباب» المكتملة، وفق النتائج غير الرسمية.

        وبلغت نسبة الاقتراع في البلدة نحو 46 في المئة من أصل قرابة ستة آلاف ناخب مسجل.
    """  # noqa: E501
    assert page(text).author == "ريتا أبو جودة"
    assert page(text.replace("خاص – ريتا أبو جودة", "خاص – أرزة نيوز")).author is None


def test_a_translated_columns_writer_over_its_translator_or_its_box_is_the_author():
    parsed = page("""
        آفاق الشرق
        الرئيسية | العالم | آسيا | رأي

        رأي

        شيخوخة آسيا السريعة: ما الذي يمكن أن يتعلمه العالم العربي مبكراً

        كينجي ساتو
        ترجمة خاصة لـ«آفاق الشرق»: رنا عيسى
        نُشر: الأحد 29 يونيو 2025 | 17:10

        في بلدي، اليابان، صار من المألوف أن تُغلق مدرسة ابتدائية في قرية جبلية لأن آخر تلاميذها تخرجوا ولم يأتِ بعدهم أحد. وفي المبنى نفسه قد يُفتتح بعد عام مركز للرعاية النهارية لكبار السن. هذا المشهد يلخص تحولاً ديموغرافياً تعيشه آسيا الشرقية بسرعة غير مسبوقة.

        قد يبدو هذا بعيداً عن العالم العربي، حيث لا يزال متوسط الأعمار منخفضاً نسبياً.

        فخلال عقود قليلة انتقلت دول مثل اليابان وكوريا الجنوبية والصين من مجتمعات شابة إلى مجتمعات تتقدم في العمر بوتيرة أسرع مما شهدته أوروبا خلال قرن كامل.

        الدرس الأول من التجربة الآسيوية هو أن إصلاح أنظمة التقاعد يجب أن يبدأ مبكراً وبالتدريج، لا في لحظة الأزمة.

        لدى الدول العربية اليوم ميزة لم تتوافر لنا: أن ترى المستقبل قبل وصوله.

        كينجي ساتو باحث ياباني في السياسات السكانية، عمل مستشاراً لهيئات حكومية ومحلية في طوكيو وأوساكا.
        يُنشر هذا المقال بالتعاون مع شبكة «أصوات آسيوية» للرأي.
    """)  # noqa: E501
    assert parsed.author == "كينجي ساتو"
    assert parsed.body.endswith("أن ترى المستقبل قبل وصوله.")
    boxed = page("""
        منصة المدار
        المدار | سياسة | مقالات مترجمة

        الذكاء الاصطناعي في الفصول الدراسية: المعلم أولاً

        جوناثان بيرك
        عن الكاتب: أستاذ علوم الحاسوب التربوية ومستشار سابق لبرامج التعليم الرقمي.
        المصدر: رؤى عالمية

        كل بضع سنوات تظهر تقنية جديدة يُقال لنا إنها ستغير التعليم إلى الأبد.

        التقنية يمكن أن تكون عوناً كبيراً، لكن التعليم في جوهره علاقة إنسانية.

        ترجمة: نوال داود
    """)
    assert (boxed.author, boxed.source) == ("جوناثان بيرك", "رؤى عالمية")


def test_a_live_blogs_summary_heading_is_no_caption():
    parsed = page("""
        تِك عربي
        أخبار التقنية | هواتف | ألعاب | مراجعات | مباشر

        مباشر من دبي: «نوفاتك» تكشف عن هاتفها القابل للطي وساعتها الذكية الجديدة

        تغطية مباشرة من دبي: مازن الجابري
        نُشر 22/10/2024 – 19:00 (بتوقيت الإمارات)

        الخلاصة حتى الآن
        كشفت شركة «نوفاتك» خلال مؤتمرها السنوي في دبي عن هاتفها القابل للطي «فولد إكس 3» وساعتها الذكية الجديدة.

        وجاءت أبرز المفاجآت في السعر، إذ أعلنت الشركة أن الهاتف الجديد سيُطرح بسعر أقل من الجيل السابق.

        20:40
        اختتام المؤتمر بإعلان موعد الطرح: الهاتف والساعة متاحان للطلب المسبق في دول الخليج ومصر.
    """)  # noqa: E501
    assert (parsed.author, parsed.caption) == ("مازن الجابري", None)
    assert parsed.body.startswith("كشفت شركة «نوفاتك»")


@pytest.mark.parametrize(
    "byline", ["من سالم باعباد – المكلا", "المكلا: سالم باعباد", "كسلا: الطاهر أوشيك"]
)
def test_a_reporter_from_a_town_either_way_round_is_the_author(byline):
    parsed = page(f"""
        شرفة حضرموت
        الرئيسية › حضرموت › الساحل

        جمعيات الصيادين في المكلا تطالب بتنظيم موسم صيد الحبار وحماية مواقع التكاثر

        {byline}
        2024/10/21

        طالبت جمعيات الصيادين التعاونية في مدينة المكلا السلطات المحلية بتنظيم موسم صيد الحبار وتحديد فترات لوقف الصيد.

        وجاءت المطالب خلال لقاء عقده ممثلو الجمعيات في مقر الاتحاد التعاوني السمكي بالمدينة.
    """)  # noqa: E501
    assert parsed.author == byline.split("–")[0].removeprefix("من ").split(":")[-1].strip()
    assert parsed.source == "شرفة حضرموت"


@pytest.mark.parametrize(
    "masthead",
    [
        "Грозный Сегодня — غروزني اليوم",
        "غروزني اليوم – Grozny Today News",
        # (Persian, in Arabic letters and a few of its own)
        "امروز گروزنی | غروزني اليوم",
    ],
)
def test_a_masthead_in_two_scripts_between_a_dash_gives_its_arabic_name(masthead):
    parsed = page(f"""
        {masthead}
        Новости | Спорт | Культура | Религия

        غروزني تستضيف بطولة دولية للمصارعة الحرة للناشئين بمشاركة عشر دول

        Пятница, 8 ноября 2024 | 19:45

        انطلقت في العاصمة الشيشانية غروزني بطولة دولية للمصارعة الحرة للناشئين بمشاركة نحو مئتي مصارع من عشر دول.

        وتستمر البطولة ثلاثة أيام في القصر الرياضي الجديد، وسط حضور جماهيري لافت من العائلات.

        وقال رئيس الاتحاد المحلي للمصارعة إن البطولة باتت موعداً سنوياً للمواهب الشابة في المنطقة.
    """)  # noqa: E501
    assert parsed.source == "غروزني اليوم"


@pytest.mark.parametrize(
    "line",
    ["في خان الصابون بطرابلس القديمة،", "أسعار الصرف في شركات الصرافة اليوم (للدينار الواحد):"],
)
def test_a_line_cut_at_a_comma_or_a_lists_heading_is_no_caption(line):
    parsed = page(f"""
        صدى الفيحاء
        أخبار | اقتصاد | ثقافة

        حرفيو الصابون في طرابلس يواجهون ارتفاع كلفة الزيت

        {line}
        يواصل الحرفيون صناعة الصابون البلدي بالطريقة التي ورثوها عن آبائهم، رغم ارتفاع أسعار زيت الزيتون.

        ويقول أحد الحرفيين إن الطلب الأوروبي أنقذ المهنة في السنوات الأخيرة.

        وتسعى البلدية إلى إدراج الخان ضمن مسار سياحي جديد في المدينة القديمة.
    """)  # noqa: E501
    assert parsed.caption is None


def test_a_breaking_label_in_the_only_headline_keeps_it_the_headline():
    parsed = page("""
        الجزائر الآن
        وطني | جهوي | دولي | رياضة

        عاجل: اندلاع حريق غابي بولاية تيزي وزو وتسخير 12 شاحنة إطفاء

        الأحد 28 جويلية 2024 - 15:12

        تيزي وزو - اندلع بعد ظهر اليوم حريق غابي ببلدية أزفون شمال ولاية تيزي وزو، حسبما أفادت به مصالح الحماية المدنية.

        وأوضح المكلف بالإعلام لدى المديرية أن الرياح القوية وارتفاع درجات الحرارة صعّبا مهمة فرق الإطفاء.
    """)  # noqa: E501
    assert parsed.title == "عاجل: اندلاع حريق غابي بولاية تيزي وزو وتسخير 12 شاحنة إطفاء"


def test_a_live_strips_clocked_items_are_no_paragraph():
    parsed = page("""
        شبكة القطاع الإخبارية
        الأحد 17 شعبان 1446 هـ | 16 فبراير 2025 م
        الرئيسية | أخبار غزة | الضفة | القدس | تقارير | صور وفيديو
        مباشر | 10:42 وصول قافلة مساعدات جديدة إلى معبر كرم أبو سالم | 10:15 انقطاع الاتصالات في مناطق وسط القطاع | 09:50 الدفاع المدني: انتشال جثامين من تحت الأنقاض في رفح
        حصيلة العدوان منذ 7 أكتوبر: أكثر من 48 ألف شهيد | أكثر من 111 ألف مصاب | آخر تحديث للحصيلة: 13 فبراير 2025

        تقارير

        محطة تحلية تعمل بالطاقة الشمسية تعود للعمل غرب خانيونس بعد توقف دام أشهراً

        غزة – خاص
        2025-02-13 | 11:20

        خزانات مياه أمام محطة التحلية غرب خانيونس - تصوير: مراسل الشبكة

        عادت محطة تحلية صغيرة تعمل بالطاقة الشمسية إلى الخدمة في منطقة المواصي غرب مدينة خانيونس جنوبي قطاع غزة، بعد توقف استمر أكثر من أربعة أشهر بسبب تضرر ألواحها الشمسية ونفاد قطع الغيار.

        وقال المشرف على المحطة، المهندس رامي أبو شمالة، لـ«شبكة القطاع» إن المحطة تنتج نحو ثلاثين متراً مكعباً من المياه الصالحة للشرب يومياً، تُوزَّع مجاناً على مراكز الإيواء والخيام المحيطة عبر صهاريج صغيرة.

        وأوضح أن فريق العمل تمكن من إصلاح جزء من الألواح المتضررة وتركيب أخرى وصلت ضمن شحنة مساعدات، مشيراً إلى أن الطاقة الإنتاجية ما زالت أقل من نصف ما كانت عليه قبل الحرب.

    """)  # noqa: E501
    assert parsed.title.startswith("محطة تحلية تعمل بالطاقة الشمسية")
    assert parsed.body.startswith("عادت محطة تحلية صغيرة")


def test_the_headline_is_over_the_storys_byline_not_the_headers_day():
    parsed = page("""
        Волга Сегодня | أخبار النهر
        Главная | Новости | Мир | Туризм
        понедельник, 14 октября 2024, 15:20

        سياحة

        رحلات نهر الفولغا تجتذب أعداداً متزايدة من السياح العرب

        أندريه سوكولوف
        14.10.2024 | 15:20 بتوقيت موسكو

        سفينة سياحية تبحر في نهر الفولغا قرب مدينة قازان

        سجلت رحلات السفن السياحية في نهر الفولغا هذا الموسم ارتفاعاً ملحوظاً في أعداد السياح القادمين من الدول العربية، وفق ما أفادت به شركات تنظيم الرحلات.

        وتنطلق معظم هذه الرحلات من موسكو أو من مدينة قازان، وتستمر بين أسبوع وثلاثة أسابيع، يتنقل خلالها السياح بين مدن تاريخية.

        وقالت مديرة إحدى شركات الرحلات إن الشركة بدأت هذا العام توفير قوائم طعام حلال ومرشدين يتحدثون العربية على متن السفن.
    """)  # noqa: E501
    assert parsed.title == "رحلات نهر الفولغا تجتذب أعداداً متزايدة من السياح العرب"
    assert parsed.author == "أندريه سوكولوف"
    assert parsed.caption == "سفينة سياحية تبحر في نهر الفولغا قرب مدينة قازان"


def test_a_programmes_name_over_its_presenter_is_no_headline():
    parsed = page("""
        راديو شمس الساحل
        Chams Sahel Radio – سوسة، المنستير، المهدية
        البث المباشر | البودكاست | شبكة البرامج | أخبار

        برنامج «ميزان السوق»
        تقديم: أمين الشابي
        ضيف الحصة: رئيس الغرفة الجهوية لتجار السمك بالمهدية

        أسعار السمك قبل رمضان: تجار الجملة يتوقعون استقراراً نسبياً بفضل وفرة الإنتاج

        نقلته للموقع: سلمى الدريدي
        الجمعة 28 فيفري 2025 | 10:05

        توقع رئيس الغرفة الجهوية لتجار السمك بالمهدية، خلال حضوره في برنامج «ميزان السوق»، أن تشهد أسعار السمك استقراراً نسبياً قبل رمضان بفضل وفرة الإنتاج.

        وأوضح أن تجار الجملة في سوق السمك بالمهدية سجلوا وفرة في الإنتاج خلال الأسابيع الأخيرة مع تحسن الأحوال الجوية.

        وأضاف أن الأسعار قبل رمضان ستبقى في متناول العائلات إذا استمرت وفرة الإنتاج.
    """)  # noqa: E501
    assert parsed.title.startswith("أسعار السمك قبل رمضان")


def test_a_broadcasters_arabic_name_is_not_its_arabic_service_and_a_photos_line_says_so():
    parsed = page("""
        Rheinwelle Arabisch
        راينفيله عربي – القسم العربي
        Startseite | Nachrichten | Deutschland | Welt | Kultur

        ألمانيا

        مدن ألمانية توسع دورات اللغة المجانية للقادمين الجدد وتربطها بفرص التدريب المهني

        صورة رمزية لدرس في اللغة الألمانية لبالغين في مدينة كولونيا

        تعتزم عدة مدن ألمانية توسيع برامج دورات اللغة المجانية المخصصة للقادمين الجدد، وربطها بشكل مباشر بفرص التدريب المهني في الشركات المحلية.

        وتقوم الفكرة على دمج حصص اللغة بأيام عمل تجريبية في ورش ومصانع ومراكز رعاية، بحيث يتعلم المشاركون المصطلحات المهنية في بيئة العمل.

        وتقول مسؤولة في مكتب الاندماج إن التجارب الأولى أظهرت أن المشاركين يتقدمون في اللغة بسرعة أكبر عندما يرون فائدتها العملية.
    """)  # noqa: E501
    assert parsed.source == "راينفيله عربي"
    assert parsed.caption == "صورة رمزية لدرس في اللغة الألمانية لبالغين في مدينة كولونيا"


def test_a_source_line_under_a_boxs_row_of_figures_credits_the_box():
    parsed = page("""
        منصة برميل | أخبار الطاقة والنفط
        الرئيسية / النفط / الأسواق

        النفط يختتم الأسبوع على مكاسب طفيفة مع تراجع عدد الحفارات في أميركا الشمالية

        نُشر الجمعة 06/12/2024 - 21:15

        أنهت أسعار النفط تعاملات الأسبوع على مكاسب طفيفة، بعدما تلقت دعماً من بيانات أظهرت تراجع عدد الحفارات العاملة في أميركا الشمالية.

        وارتفع خام برنت القياسي بنحو واحد في المئة على أساس أسبوعي، بينما سجل خام غرب تكساس الوسيط مكاسب مماثلة.

        ويتوقع متعاملون أن تبقى الأسعار في نطاق ضيق خلال الأسابيع المقبلة، ما لم تطرأ تطورات جيوسياسية مفاجئة.

        عدد الحفارات الأسبوعي
        النفط: 477 (−5) | الغاز: 102 (+1) | الإجمالي: 579 (−4)
        المصدر: بيانات شركات الخدمات النفطية

        © منصة برميل 2024
    """)  # noqa: E501
    assert parsed.source == "منصة برميل"
    assert parsed.body.endswith("ما لم تطرأ تطورات جيوسياسية مفاجئة.")


def test_a_source_line_under_a_stamps_times_between_bars_is_the_storys():
    parsed = page("""
        شبكة طريق الحرير الإخبارية
        الصين تطلق قمراً صناعياً جديداً لرصد الأحوال الجوية
        2024-11-05 15:32 (بتوقيت بكين) | 07:32 (بتوقيت غرينتش)
        المصدر: شينخوا

        أطلقت الصين اليوم الثلاثاء قمراً صناعياً جديداً لرصد الأحوال الجوية من مركز جيوتشيوان لإطلاق الأقمار الصناعية.

        وذكرت إدارة الفضاء أن القمر سيعمل على تحسين دقة التنبؤات الجوية وتتبع الأعاصير في المحيط الهادئ.

        ويعد هذا الإطلاق الخامس من نوعه هذا العام ضمن برنامج لتحديث شبكة الأقمار الصناعية للأرصاد.
    """)  # noqa: E501
    assert parsed.source == "شينخوا"


@pytest.mark.parametrize(
    "byline", ["سبها – مراسلنا عبد السلام الحضيري", "مراسلنا عبد السلام الحضيري – سبها"]
)
def test_our_correspondent_by_name_is_the_author(byline):
    parsed = page(f"""
        فزان الإخبارية – نافذة الجنوب الليبي
        الجنوب | أوباري | مرزق | غات | الكفرة

        انقطاع الكهرباء لساعات طويلة يفاقم معاناة سكان سبها مع موجة الحر

        {byline}
        ١٩-٠٦-٢٠٢٤

        يعيش سكان مدينة سبها جنوبي ليبيا أياماً صعبة مع تزايد ساعات انقطاع التيار الكهربائي، بالتزامن مع موجة حر شديدة.

        ويقول سكان في حي الجديد إن الانقطاعات المتكررة أفسدت المواد الغذائية في الثلاجات، وأجبرت العائلات على قضاء النهار في المساجد.

        وطالب أعيان المدينة الحكومة بتوفير محطات توليد متنقلة حتى نهاية الصيف.
    """)  # noqa: E501
    assert parsed.author == "عبد السلام الحضيري"


@pytest.mark.parametrize(
    "label, stamp, credit, author, published",
    [
        (
            "نووسەر: دلشاد كريم",
            "بڵاوکراوەتەوە: سێشەممە ١٤ی کانوونی دووەم ٢٠٢٥ - ١٠:٣٠",
            "(وێنە: أربيل نيوز)",
            "دلشاد كريم",
            datetime(2025, 1, 14, 10, 30),
        ),
        (
            "ئامادەکردنی: نسرين أحمد",
            "پێنجشەممە ١٥ی ئایاری ٢٠٢٥ | ٤:٢٠ د.ن",
            "- وێنە: ئارام فەرەج",
            "نسرين أحمد",
            datetime(2025, 5, 15, 16, 20),
        ),
        (
            "ئامادەکردنی: بەشی هەواڵ",  # the news desk, no person
            "بڵاوکراوەتەوە: ٣ی تشرینی یەکەم ٢٠٢٤ - ٩:٠٥ پ.ن",
            "(وێنە: أرشيف)",
            None,
            datetime(2024, 10, 3, 9, 5),
        ),
    ],
)
def test_a_kurdistan_sites_sorani_byline_stamp_and_photo_credit(
    label, stamp, credit, author, published
):
    caption = f"عمال يركبون أنابيب في موقع وحدة المعالجة جنوب أربيل {credit}"
    parsed = page(f"""
        هەولێر نیوز | أربيل نيوز
        سەرەکی › هەواڵ › هەولێر

        محافظة أربيل تفتتح وحدة جديدة لمعالجة المياه في الأحياء الجنوبية

        {label}
        {stamp}
        هاوبەشی بکە: فەیسبووک | ئێکس | واتسئاپ

        {caption}

        افتتحت محافظة أربيل، صباح الثلاثاء، وحدة جديدة لمعالجة مياه الشرب في الأحياء الجنوبية من المدينة، بطاقة تصل إلى ستة آلاف متر مكعب في الساعة.

        وقال مدير ماء أربيل في مؤتمر صحفي إن الوحدة تسحب المياه من نهر الزاب الكبير عبر خط ناقل بطول اثنين وعشرين كيلومتراً.

        ودعت المحافظة السكان إلى ترشيد الاستهلاك والإبلاغ عن التسربات عبر الخط الساخن.
    """)  # noqa: E501
    assert (parsed.author, parsed.published_at) == (author, published)
    assert parsed.caption == caption
    assert parsed.title == "محافظة أربيل تفتتح وحدة جديدة لمعالجة المياه في الأحياء الجنوبية"


@pytest.mark.parametrize(
    "notice",
    [
        "يبدو أنك تستخدم مانع إعلانات. ساعدنا على الاستمرار بتعطيله أو الاشتراك في النسخة الخالية من الإعلانات.",  # noqa: E501
        "نحن وشركاؤنا نخزن معلومات على جهازك ونصل إليها لأغراض الإعلانات المخصصة وقياس المحتوى. يمكنك تغيير اختياراتك في أي وقت.",  # noqa: E501
    ],
)
def test_a_consent_or_ad_blocker_notice_is_neither_title_nor_body(notice):
    parsed = page(f"""
        {notice}

        جريدة المسار
        الرئيسية | محافظات | بيئة | حوادث | رياضة

        المدن الساحلية تبدأ استعداداتها لموسم الأمطار بخطط لتصريف المياه

        كتب - حسام الدين فريد
        الأحد، 02 نوفمبر 2025 07:55 ص

        بدأت البلديات في المدن الساحلية استعداداتها لموسم الأمطار، عبر حملات لتنظيف شبكات تصريف مياه الأمطار والعبارات.

        وأوضحت غرف الطوارئ في المحافظات أنها حددت أكثر من مئتي نقطة ساخنة تتجمع فيها المياه عادة.

        ودعت الجهات المختصة المواطنين إلى عدم إلقاء المخلفات في فتحات التصريف.

        {notice}
        [موافق] [الخيارات]
    """)  # noqa: E501
    assert parsed.title == "المدن الساحلية تبدأ استعداداتها لموسم الأمطار بخطط لتصريف المياه"
    assert parsed.body.startswith("بدأت البلديات")
    assert parsed.body.endswith("إلقاء المخلفات في فتحات التصريف.")


@pytest.mark.parametrize(
    "share_line, footer",
    [
        ('شاهد هذا الخبر على تطبيق "نبض اليوم":', "تمت المشاركة من تطبيق نبض اليوم للأخبار"),
        ('تمت المشاركة من تطبيق "نبض اليوم" 📱', "حمّل التطبيق الآن"),
    ],
)
def test_an_apps_share_text_names_the_app_as_source_and_its_preview_is_no_caption(
    share_line, footer
):
    title = "وزارة الصحة تطلق حملة وطنية للكشف المبكر عن السكري في الصيدليات"
    parsed = page(f"""
        {share_line}
        {title}
        https://example.com/n/483920?src=app_share

        {title}
        2024-10-03 15:20

        أطلقت وزارة الصحة حملة وطنية للكشف المبكر عن مرض السكري، تتيح للمواطنين إجراء فحص مجاني لمستوى السكر في الدم في أكثر من ألف صيدلية.

        وقالت الوزارة إن الحملة تستهدف البالغين فوق سن الخامسة والثلاثين، والأشخاص الذين لديهم تاريخ عائلي للإصابة بالمرض.

        ودعت الوزارة المواطنين إلى الاستفادة من الحملة وتبني نمط حياة صحي.

        {footer}
    """)  # noqa: E501
    assert (parsed.title, parsed.source, parsed.caption) == (title, "نبض اليوم", None)
    assert parsed.body.startswith("أطلقت وزارة الصحة")


def test_a_live_blogs_start_stamp_is_its_date_and_its_order_note_no_caption():
    parsed = page("""
        الهلال نيوز
        الإمارات | الخليج | العالم العربي | مباشر

        ترقب هلال رمضان 1446.. لحظة بلحظة

        إعداد: قسم الأخبار
        بدأت التغطية: الجمعة 28 فبراير 2025 - 16:00 (بتوقيت مكة)
        آخر تحديث: الجمعة 28 فبراير 2025 - 20:14
        التحديثات الجديدة تظهر في الأعلى

        19:48
        المحكمة العليا في السعودية تعلن ثبوت رؤية هلال شهر رمضان، وأن يوم غد السبت الأول من مارس هو أول أيام الشهر الكريم.

        19:30
        لجنة تحري رؤية الهلال في الإمارات تبدأ اجتماعها بعد صلاة المغرب لاستقبال تقارير المراصد الفلكية.

        17:00
        دعت المحكمة العليا في السعودية إلى تحري رؤية هلال شهر رمضان مساء اليوم، ومن يره إبلاغ أقرب محكمة.
    """)  # noqa: E501
    assert parsed.published_at == datetime(2025, 2, 28, 16, 0)
    assert (parsed.caption, parsed.author) == (None, None)


@pytest.mark.parametrize(
    "credit, footer, source",
    [
        # a desk beside the outlet's name, on a page whose masthead the reader cannot tell
        ("فريق التغطية - نافذة مكة", "حقوق النشر محفوظة © نافذة مكة 2025", "نافذة مكة"),
        # the site's own name beside the town it filed from
        ("أصداء الحجاز - جدة", "جميع الحقوق محفوظة © أصداء الحجاز 2024", "أصداء الحجاز"),
    ],
)
def test_a_desk_or_the_site_itself_beside_a_name_credits_no_writer(credit, footer, source):
    parsed = page(f"""
        {source}
        الخميس 9 ذو الحجة 1446هـ - 5 يونيو 2025م
        الرئيسية | الحج والعمرة | محليات | مباشر

        ضيوف الرحمن على صعيد عرفات لأداء ركن الحج الأعظم

        {credit}
        الخميس 5 يونيو 2025 - 05:10 ص

        يقف ضيوف الرحمن اليوم على صعيد عرفات لأداء الركن الأعظم من أركان الحج، بعد أن قضوا يوم التروية في منى.

        وتتابع الجهات المختصة تقديم الخدمات الأمنية والصحية والمرورية للحجاج طوال اليوم.

        ويتوجه الحجاج بعد غروب الشمس إلى مزدلفة لقضاء ليلتهم فيها.

        {footer}
    """)  # noqa: E501
    assert (parsed.author, parsed.source) == (None, source)


@pytest.mark.parametrize("button", ["احجز تجربة قيادة ›", "تحديث مباشر ⟳", "اعرف النتيجة"])
def test_a_buttons_label_under_the_headline_is_no_caption(button):
    parsed = page(f"""
        عجلة
        أخبار | تجارب قيادة | مقارنات | أسعار

        تجربة قيادة ألتارا سينتيو 2025: سيدان عائلية تراهن على الهدوء

        بقلم: كريم السويدي
        الخميس 08 مايو 2025

        {button}

        تدخل ألتارا سينتيو جيلها الجديد بتصميم أكثر هدوءاً من سابقه، لكنها تحمل تحت هذا الهدوء تحسينات واضحة في المحرك.

        قضينا مع السيارة أسبوعاً كاملاً بين شوارع دبي المزدحمة والطريق الجبلي المؤدي إلى حتا.

        وفي الداخل تبدو المقصورة أوسع مما توحي به الأبعاد الخارجية.
    """)  # noqa: E501
    assert parsed.caption is None
    assert parsed.body.startswith("تدخل ألتارا سينتيو")


def test_a_consultations_answerer_labelled_as_the_consultant_is_the_author():
    parsed = page("""
        استشارات شفاء
        الرئيسية | استشارات طبية | أطفال

        طفلي عمره عامان ولا يتكلم إلا كلمات قليلة.. هل أقلق؟

        المستشار: د. سامر الحلبي - طب الأطفال وحديثي الولادة
        تاريخ النشر: 18/09/2025

        السلام عليكم، ابني عمره عامان وثلاثة أشهر ولا يقول إلا خمس كلمات، بينما أبناء أقاربي في عمره يتكلمون بجمل قصيرة.

        وعليكم السلام، تأخر الكلام في هذا العمر شائع، لكنه يستحق التقييم، خاصة إذا كان الطفل لا يشير إلى ما يريده.

        أنصحك بمراجعة طبيب الأطفال لفحص السمع أولاً، ثم التقييم لدى أخصائي تخاطب.
    """)  # noqa: E501
    assert parsed.author == "د. سامر الحلبي"


_REPRINT = """
    ديوان المدينة
    الرئيسية | مجتمع | من الأرشيف
    اليوم: الأحد 18 أغسطس 2024

    ملاحظة المحرر: نعيد نشر هذا التقرير بعد عام على صدوره بمناسبة افتتاح المعرض.
    أُعيد نشره: 14 أغسطس 2024 - 10:00
    {first}

    باعة الكتب المستعملة في الأسواق القديمة.. مهنة تقاوم الاختفاء

    بقلم: سهى عبد الله

    في الأسواق القديمة يجلس باعة الكتب المستعملة أمام بسطاتهم منذ الصباح، يرتبون العناوين ويستقبلون القراء الذين يبحثون عن طبعات نادرة.

    ويقول أحدهم إنه ورث المهنة عن أبيه، وإن الزبائن تغيروا خلال السنوات الأخيرة.

    ومع ذلك ما زالت البسطات تجتذب طلاب الجامعات في نهاية كل أسبوع.
"""  # noqa: E501


@pytest.mark.parametrize(
    ("first", "published"),
    [
        ("نُشر لأول مرة: 20 أغسطس 2023", date(2023, 8, 20)),
        # (with the first publication only in the editor's note, the reprint's stamp is the
        # page's own, not the header's day)
        ("", datetime(2024, 8, 14, 10, 0)),
    ],
)
def test_a_reprints_stamp_gives_way_to_the_first_publications(first, published):
    assert page(_REPRINT.format(first=first)).published_at == published


def test_the_first_line_of_a_box_under_its_title_is_no_caption():
    parsed = page("""
        منارة الثقافة
        الرئيسية / كتب / نقد

        «بيت على حافة الوادي».. سيرة قرية جبلية تكتبها امرأة

        بقلم الناقدة: هالة يوسف
        نشر في 7 سبتمبر 2024 - 10:00 ص

        عن الكتاب
        بيت على حافة الوادي
        سيرة روائية | دار النخيل | 2024 | 196 صفحة

        تكتب منى العطار في «بيت على حافة الوادي» سيرة قريتها الجبلية من خلال بيت العائلة، الذي يتحول في الكتاب إلى شخصية كاملة.

        لا تلتزم الكاتبة ترتيباً زمنياً صارماً، بل تنتقل بين الغرف والأشياء وحكايات النساء في القرية.

        إنه كتاب عن المكان بقدر ما هو عن الزمن.
    """)  # noqa: E501
    assert parsed.caption is None
    assert parsed.body.startswith("تكتب منى العطار")


def test_a_town_before_the_sites_unnamed_correspondent_is_where_it_was_filed():
    parsed = page("""
        وادي عارة نيوز
        الرئيسية | أم الفحم | وادي عارة | تعليم

        طلاب من أم الفحم يحصدون المرتبة الأولى في مسابقة الروبوتات

        أم الفحم – مراسل الموقع
        الأربعاء، 23 تشرين الأول 2024 - 19:05

        حصد فريق من طلاب المدرسة الثانوية التكنولوجية في أم الفحم المرتبة الأولى في المسابقة.

        وصمم الطلاب الخمسة روبوتاً قادراً على فرز النفايات وفق نوعها باستخدام كاميرا.

        وقال مدرب الفريق إن الطلاب عملوا على المشروع قرابة خمسة أشهر.
    """)
    assert parsed.author is None
    assert parsed.source == "وادي عارة نيوز"


def test_a_widgets_heading_and_its_town_over_its_readings_is_no_source():
    parsed = page("""
        البيئة اليوم
        الرئيسية | بيئة | مناخ | طاقة

        "السحابة السوداء".. البيئة: تراجع حرق قش الأرز 30% هذا الموسم

        كتب - عمرو عبد الحليم
        السبت، 19 أكتوبر 2024 01:40 م

        مؤشر جودة الهواء – القاهرة
        158 (غير صحي للجميع)
        PM2.5: 68 ميكروغرام/م³ | PM10: 141 ميكروغرام/م³

        أعلنت وزارة البيئة تراجع معدلات حرق قش الأرز في محافظات الدلتا بنسبة 30% مقارنة بالموسم الماضي.

        وقالت الوزارة في بيان إن غرفة العمليات رصدت عدداً محدوداً من بؤر الحرق المكشوف.

        ودعت الوزارة المزارعين إلى التواصل مع الجمعيات الزراعية لتسليم القش.
    """)  # noqa: E501
    assert parsed.source == "البيئة اليوم"
    assert parsed.author == "عمرو عبد الحليم"


_IMSAKIYA_ROWS = """
    اليوم | رمضان | الإمساك | المغرب
    السبت 1 مارس | 1 رمضان | 5:13 | 18:15
    الأحد 2 مارس | 2 رمضان | 5:12 | 18:16
    الإثنين 3 مارس | 3 رمضان | 5:10 | 18:17
"""


def test_a_tables_note_is_no_caption_and_a_table_after_the_story_is_no_paragraph():
    parsed = page(f"""
        قرطاج إنفو
        الرئيسية | وطني | رمضان | رياضة

        إمساكية رمضان في العاصمة: أوقات الإمساك والإفطار

        بقلم: سنية الجلاصي
        الخميس 27 فيفري 2025 على الساعة 16:00
        {_IMSAKIYA_ROWS}
        (حسب الحساب الفلكي، في انتظار إعلان مفتي الجمهورية)

        تكشف الإمساكية المعتمدة للعاصمة أن موعد الإمساك في أول أيام الشهر سيكون عند الساعة 5:13.

        وتطول ساعات الصيام تدريجياً مع تقدم موعد الإمساك وتأخر موعد الإفطار في الأيام التالية.

        ويُنتظر أن يعلن مفتي الجمهورية مساء الجمعة نتيجة رصد الهلال.

        إمساكية شهر رمضان – العاصمة (الأيام الأولى)
        {_IMSAKIYA_ROWS}
        * المواعيد بالتوقيت المحلي، وتنشر بقية الإمساكية تباعاً.

        شارك: فيسبوك | واتساب
    """)
    assert parsed.caption is None
    assert paragraphs(parsed)[-1] == "ويُنتظر أن يعلن مفتي الجمهورية مساء الجمعة نتيجة رصد الهلال."


def test_a_table_between_the_storys_paragraphs_stays_in_it():
    parsed = page(f"""
        قرطاج إنفو

        إمساكية رمضان في العاصمة: أوقات الإمساك والإفطار

        بقلم: سنية الجلاصي
        الخميس 27 فيفري 2025 على الساعة 16:00

        تكشف الإمساكية المعتمدة للعاصمة أن موعد الإمساك في أول أيام الشهر سيكون عند الساعة 5:13.

        وهذه مواعيد الأيام الأولى:
        {_IMSAKIYA_ROWS}
        وتطول ساعات الصيام تدريجياً مع تقدم موعد الإمساك وتأخر موعد الإفطار في الأيام التالية.
    """)
    assert paragraphs(parsed)[-1].startswith("وتطول ساعات الصيام")
    assert "وهذه مواعيد الأيام الأولى:" in paragraphs(parsed)


def test_links_under_a_heading_printed_in_two_languages_are_no_paragraph():
    parsed = page("""
        جسر الأخبار
        Ana Sayfa | Haberler | الأخبار | دليل

        إدارة الهجرة في إسطنبول تعتمد نظام مواعيد جديداً لتجديد الإقامات

        الإثنين 3 شباط 2025 - 10:12

        بدأت مديرية إدارة الهجرة في إسطنبول العمل بنظام مواعيد جديد لتجديد الإقامات السياحية.

        وأوضحت مصادر في المديرية أن الهدف من النظام الجديد هو تخفيف الازدحام أمام المراكز.

        ويحتفظ المتقدم بإيصال تقديم الطلب الإلكتروني، الذي يُعد إثباتاً على أن الطلب قيد المعالجة.

        Benzer Haberler – أخبار مشابهة
        شروط الحصول على إذن العمل للسوريين في 2025
        كيف تحدّث عنوانك في نظام النفوس؟
    """)
    assert parsed.body.endswith("على أن الطلب قيد المعالجة.")


def test_the_masthead_over_an_official_site_label_for_its_fans_is_the_source():
    parsed = page("""
        ستاد الصقور
        الموقع الرسمي لجماهير الصقور
        الرئيسية | الفريق الأول | الانتقالات | المباريات
        الانتقالات

        اليوم الأخير في الميركاتو: الصقور يحسم استعارة المهاجم رافائيل موتا

        متابعة: سامي الحربي
        1 سبتمبر 2025 | 19:05

        أنهى نادي الصقور إجراءات استعارة المهاجم البرازيلي رافائيل موتا لموسم واحد مع خيار الشراء.

        ويتحمل الصقور الجزء الأكبر من راتب اللاعب خلال فترة الإعارة.
    """)
    assert parsed.source == "ستاد الصقور"
    assert parsed.title.startswith("اليوم الأخير في الميركاتو")


def test_an_official_site_label_under_furniture_names_the_site():
    parsed = page("""
        EN | عربي
        الموقع الرسمي لنادي النخيل الرياضي
        الفريق الأول | الأكاديمية | التذاكر | المتجر

        النخيل يجدد عقد مدربه موسمين إضافيين

        الأحد 12 يناير 2025

        أعلن نادي النخيل الرياضي تجديد عقد مدرب الفريق الأول لموسمين إضافيين.

        وقال رئيس النادي إن التجديد يأتي تقديراً للنتائج التي حققها الفريق.
    """)
    assert parsed.source == "نادي النخيل الرياضي"


def test_a_headline_shares_its_leads_words_whatever_their_endings():
    # «متطوعون»/«المتطوعين», «شتلة»/«شتلات», «الساحلية»/«الساحل»: the headline, not the
    # sea-state widget that shares one word with the lead
    parsed = page("""
        شاطئ ينبع الإخباري
        Yanbu Coast News
        حالة البحر اليوم: خفيف إلى متوسط – ارتفاع الموج 0.5 م
        أخبار ينبع  |  البحر والبيئة  |  شباب  |  English
        البحر والبيئة

        متطوعون ينبعيون يزرعون 25 ألف شتلة مانجروف على الواجهة الساحلية

        بقلم/ نوف الجهني
        نشر بتاريخ 05-11-2024 | 17:30

        شارك مجموعة من المتطوعين والطلاب في زراعة شتلات المانجروف على الشريط الساحلي جنوب ينبع.

        ويرى مختصون في البيئة البحرية أن غابات المانجروف تمتص الكربون وتحمي الشاطئ من التآكل.
    """)
    assert parsed.title == "متطوعون ينبعيون يزرعون 25 ألف شتلة مانجروف على الواجهة الساحلية"
    assert parsed.caption is None


def test_a_tables_heading_over_the_headline_is_no_headline():
    parsed = page("""
        أجنحة
        مجلة الطيران والسفر
        الرئيسية | مطارات | شركات طيران | حج وعمرة

        لوحة الرحلات – مطار الملك عبدالعزيز الدولي (مباشر)
        SV 3122 | جاكرتا | 12:30 | في الموعد
        SV 3340 | القاهرة | 13:15 | متأخرة

        مطار جدة يستقبل ذروة رحلات مغادرة الحجاج.. وأكثر من 300 رحلة يومياً

        جدة – «أجنحة»
        2 يوليو 2024 - 11:05 ص

        يستقبل مطار الملك عبدالعزيز الدولي في جدة ذروة رحلات مغادرة الحجاج بأكثر من 300 رحلة يومياً.

        وقالت إدارة المطار إن رحلات المغادرة تتواصل حتى منتصف يوليو وفق جدول الدولة.
    """)
    assert parsed.title == "مطار جدة يستقبل ذروة رحلات مغادرة الحجاج.. وأكثر من 300 رحلة يومياً"


def test_a_source_named_in_arabic_wins_over_its_latin_acronym():
    parsed = page("""
        Fenêtre du Logone | نافذة لوغون
        Accueil > Économie > Agriculture

        مصنع حلج القطن في موندو يستقبل أولى شحنات المحصول الجديد

        Source : ATPE
        الخميس 05 ديسمبر 2024 - 08:50

        بدأ مصنع حلج القطن في مدينة موندو استقبال أولى شحنات القطن الخام من المحصول الجديد.

        وقال مسؤول في المصنع إن الإدارة تتوقع استلام كميات تفوق ما جرى حلجه في الموسم الماضي.

        المصدر: الوكالة التشادية للصحافة والنشر
    """)
    assert parsed.source == "الوكالة التشادية للصحافة والنشر"


def test_a_line_announcing_the_statement_under_it_opens_the_body():
    parsed = page("""
        الأرز 24
        الرئيسية | لبنان | أمن وقضاء

        الجيش يعلن تفجير ذخائر غير منفجرة في عدد من المناطق الجنوبية يوم الخميس

        الأربعاء 15 كانون الثاني 2025 - 18:30

        صدر عن قيادة الجيش – مديرية التوجيه البيان رقم 11 الآتي:

        «تعلن قيادة الجيش أنه سيصار إلى تفجير ذخائر غير منفجرة يوم الخميس في المناطق الآتية.

        وتدعو قيادة الجيش المواطنين إلى عدم الاقتراب من الأماكن المذكورة خلال فترة التفجير.»

        ويأتي هذا البيان في إطار الأعمال التي تنفذها الوحدات الهندسية في الجيش.
    """)
    assert parsed.summary == ""
    assert parsed.body.startswith("صدر عن قيادة الجيش")


def test_an_embedded_channel_posts_text_over_its_views_is_no_paragraph():
    parsed = page("""
        شبكة المربد الإخبارية
        الرئيسية | محليات | سياسة

        تعطيل الدوام الرسمي في بغداد وخمس محافظات يوم الأحد بسبب ارتفاع درجات الحرارة

        بغداد - علي المرسومي
        السبت 17 آب 2024 | 20:35

        📢 المكتب الإعلامي لمحافظة بغداد
        تقرر تعطيل الدوام الرسمي في الدوائر الحكومية في محافظة بغداد يوم غد الأحد، بسبب الارتفاع الكبير في درجات الحرارة.
        👁 58.2K   20:14

        قررت حكومات بغداد والبصرة وميسان تعطيل الدوام الرسمي في الدوائر الحكومية يوم غد الأحد.

        وجاء قرار محافظة بغداد في منشور على قناة المكتب الإعلامي للمحافظة على تطبيق تليغرام.
    """)  # noqa: E501
    assert parsed.body.startswith("قررت حكومات بغداد")
    assert "تقرر تعطيل" not in parsed.body


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        # a given name no list knows, before a family name or a father's the lists know
        ("تونس – سنية بن عمر", "سنية بن عمر"),
        ("تونس – سنية الجلاصي", "سنية الجلاصي"),
        ("مسقط – بيان صحفي", None),  # a release the site ran: no writer named
    ],
)
def test_a_dateline_names_its_reporter_or_a_release(credit, author):
    parsed = page(f"""
        نسمة الساحل
        الرئيسية > تعليم
        Publié dans : Éducation

        وزارة التربية: انطلاق التسجيل عن بعد للسنة الدراسية الجديدة

        {credit}
        الثلاثاء 12 أوت 2025 على الساعة 14:10

        أعلنت وزارة التربية عن انطلاق عملية التسجيل عن بعد لتلاميذ جميع المستويات.

        ونشرت الوزارة على صفحتها الرسمية بموقع فيسبوك بلاغًا عن طرق الخلاص.
    """)
    assert parsed.author == author
    assert parsed.source == "نسمة الساحل"


def test_a_sponsors_logo_under_its_label_is_not_the_site():
    parsed = page("""
        بوابة الخليج الرقمي
        الرئيسية | تقنية | اقتصاد رقمي | هواتف
        محتوى برعاية
        شعار نخلة للمدفوعات

        خمس نصائح لحماية بطاقتك المصرفية عند التسوق عبر الإنترنت

        إعداد: فريق المحتوى التجاري
        الأحد 1 ديسمبر 2024

        مع اقتراب مواسم التخفيضات في نهاية العام، يزداد إقبال المستهلكين على التسوق عبر الإنترنت.

        وفيما يلي خمس نصائح تساعدك على التسوق بأمان وحماية بيانات بطاقتك المصرفية.
    """)
    assert parsed.source == "بوابة الخليج الرقمي"
