"""The page reader's line rules (`articles.importing.pagereader.lines._RULES`): one small rule
per kind of line, tried in order; the first that knows a line says what it is."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import cast

import pytest

from articles.importing.pagereader import lines
from articles.importing.pagereader.datelines import opening_agency
from articles.importing.pagereader.lines import Byline, Fact, Kind

# (line, the first rule that knows it, what it says)
EXAMPLES = [
    ("•••", "_nothing_to_read", Fact(Kind.DROP)),
    ("https://example.org/x", "_nothing_to_read", Fact(Kind.DROP)),
    ("name@site.com", "_nothing_to_read", Fact(Kind.DROP)),
    ("صورة", "_image_marker", Fact(Kind.MARKER)),
    ("صورة الكاتب د. سامح عبد الباقي", "_image_marker", Fact(Kind.MARKER)),
    ("المزيد", "_stray_or_counter", Fact(Kind.DROP)),
    ("20 تعليق", "_comments", Fact(Kind.COMMENTS)),
    ("التعليقات (3)", "_comments", Fact(Kind.COMMENTS)),
    ("آراء القراء (5)", "_comments", Fact(Kind.COMMENTS)),
    (
        "تشكيل الشروق: هاني رشاد - طارق عبد الله، محمد سعد، إسلام كمال، وليد فريد - نادر حسين،"
        " شريف مجدي - أحمد سمير، خالد منصور، عمرو فهمي - رامي عادل",
        "_line_up",
        Fact(Kind.DROP),
    ),
    ("المراجع:", "_back_matter", Fact(Kind.BACK_MATTER)),
    ("▼ المقال التالي", "_back_matter", Fact(Kind.BACK_MATTER)),
    (
        "* تمت ترجمة أجزاء من هذا التقرير وتحريرها من قبل فريق التحرير.",
        "_back_matter",
        Fact(Kind.BACK_MATTER),
    ),
    ("تم تحديث هذا الخبر بإضافة تصريحات المتحدث الرسمي.", "_back_matter", Fact(Kind.BACK_MATTER)),
    (
        "هذا الخبر منقول عن وكالة الأنباء، والموقع غير مسؤول عن محتواه.",
        "_back_matter",
        Fact(Kind.BACK_MATTER),
    ),
    ("مع خالص التحية،", "_back_matter", Fact(Kind.BACK_MATTER)),
    ("* ملاحظة المترجم: أبقينا أسماء المحطات كما وردت", "_back_matter", Fact(Kind.BACK_MATTER)),
    ("3 دقائق قراءة", "_stray_or_counter", Fact(Kind.DROP)),
    ("1,234 مشاهدة", "_stray_or_counter", Fact(Kind.DROP)),
    ("الاتحاد البحري 3 – 2 نجوم الصحراء (بعد التمديد)", "_stray_or_counter", Fact(Kind.DROP)),
    ("ملعب المدينة – الحضور: 18,400", "_stray_or_counter", Fact(Kind.DROP)),
    ("عدد القراءات: 532", "_stray_or_counter", Fact(Kind.DROP)),
    ("👁 12,430", "_stray_or_counter", Fact(Kind.DROP)),
    ("حجم الخط أ+ أ-", "_stray_or_counter", Fact(Kind.DROP)),
    ("نسخ الرابط المختصر", "_stray_or_counter", Fact(Kind.DROP)),
    ("صباح الخير يا أصدقاء،", "_stray_or_counter", Fact(Kind.DROP)),
    (
        "صباح الخير، إليكم أبرز ما يهم عمّان اليوم في خمس دقائق قراءة.",
        "_stray_or_counter",
        Fact(Kind.DROP),
    ),
    (
        "أعزاءنا القراء، نخصص عدد هذا الأسبوع لملف السكن إلى جانب أرقام الأسواق. قراءة ممتعة.",
        "_stray_or_counter",
        Fact(Kind.DROP),
    ),
    ("القصة الرئيسية", "_stray_or_counter", Fact(Kind.DROP)),
    ("نهاية المباراة", "_stray_or_counter", Fact(Kind.DROP)),
    ("حجم الخط: A+ A-", "_stray_or_counter", Fact(Kind.DROP)),
    ("تحديثات مباشرة", "_stray_or_counter", Fact(Kind.DROP)),
    ("الأهلي 2 - 1 الزمالك", "_stray_or_counter", Fact(Kind.DROP)),
    (
        "Direct | النجم 1 - 0 الأمل (د 67) | الشعلة 2 - 2 الساحل (نهاية) | الوداد 0 - 0 الفتح",
        "_stray_or_counter",
        Fact(Kind.DROP),
    ),
    ("الهلال × النصر", "_stray_or_counter", Fact(Kind.DROP)),
    ("قطر 31 × 27 تونس", "_stray_or_counter", Fact(Kind.DROP)),
    ("مشاركة : فيسبوك واتساب", "_share_widget", Fact(Kind.SHARE)),
    ("أخبار ذات صلة", "_related_heading", Fact(Kind.RELATED)),
    ("اقرأ أيضًا: الحكومة تعلن خطة جديدة", "_read_also", Fact(Kind.READ_ALSO)),
    ("اقرأ أيضًا:", "_read_also", Fact(Kind.READ_ALSO, bare=True)),
    (
        "ملخص: الحكومة تقر خطة لدعم المشروعات الصغيرة",
        "_summary_label",
        Fact(Kind.SUMMARY, "الحكومة تقر خطة لدعم المشروعات الصغيرة"),
    ),
    (
        "أبرز ما نعرفه حتى الآن: لجان تحري الهلال تنعقد مساء اليوم",
        "_summary_label",
        Fact(Kind.SUMMARY, "لجان تحري الهلال تنعقد مساء اليوم"),
    ),
    (
        "جميع الحقوق محفوظة © بوابة الوادي 2024",
        "_copyright",
        Fact(Kind.COPYRIGHT, "بوابة الوادي"),
    ),
    ("تابعونا على فيسبوك", "_follow_us", Fact(Kind.FOOTER)),
    (
        "✍️ يوسف الجابري",
        "_pictograph_label",
        Fact(Kind.BYLINE, Byline(authors=("يوسف الجابري",))),
    ),
    ("تابع قناتنا على تيليغرام ليصلك الخبر أولاً", "_follow_us", Fact(Kind.FOOTER)),
    (
        "* الآراء الواردة في المقال تعبر عن رأي كاتبها",
        "_disclaimer",
        Fact(Kind.FOOTER),
    ),
    ("الوسوم: سياسة، اقتصاد", "_tag_list", Fact(Kind.TAGS, ("سياسة", "اقتصاد"))),
    (
        "كلمات دلالية: الإطارات، كفاءة الطاقة",
        "_tag_list",
        Fact(Kind.TAGS, ("الإطارات", "كفاءة الطاقة")),
    ),
    ("ع.ش (أ ف ب)", "_agency_credit", Fact(Kind.AGENCY, "أ ف ب")),
    ("#سياسة #اقتصاد", "_tag_list", Fact(Kind.TAGS, ("سياسة", "اقتصاد"))),
    ("الرئيسية > سياسة", "_breadcrumb", Fact(Kind.BREADCRUMB, "سياسة")),
    ("الموقع الرسمي | القاهرة الإخبارية", "_site_label", Fact(Kind.SITE, "القاهرة الإخبارية")),
    ("المصدر: رويترز", "_source_label", Fact(Kind.SOURCE, "رويترز")),
    (
        "كتبت ندى حمدان في «الضفة»:",
        "_press_review_lead",
        Fact(Kind.BYLINE, Byline(authors=("ندى حمدان",), source="الضفة")),
    ),
    # a translated piece's writer and the outlet she wrote it for, over it or under it
    (
        "كتبه لمجلة ذا نورثرن ريفيو: جوناثان ميلبرن",
        "_written_for",
        Fact(Kind.BYLINE, Byline(authors=("جوناثان ميلبرن",), source="ذا نورثرن ريفيو")),
    ),
    (
        '* كتبت هذا التقرير هانا كيسلر لصحيفة "زيبليك تسايتونغ" السويسرية، ونُقل إلى العربية.',
        "_written_for",
        Fact(Kind.BYLINE, Byline(authors=("هانا كيسلر",), source="زيبليك تسايتونغ")),
    ),
    ("المقال يعبر عن رأي كاتبته.", "_disclaimer", Fact(Kind.FOOTER)),
    (
        "نُشر هذا التحقيق أولاً في «مرصد ميزان» ويُعاد نشره هنا بالاتفاق معه.",
        "_first_published_in",
        Fact(Kind.SOURCE, "مرصد ميزان"),
    ),
    (
        "حُفظ من «مجلة المدار» – https://example.com/a – في 12 فبراير 2025، 22:40",
        "_saved_from",
        Fact(Kind.SITE, "مجلة المدار"),
    ),
    ("منذ 3 ساعات", "_relative_date", Fact(Kind.RELATIVE)),
    ("نزوى في 21 ديسمبر /العمانية/", "_wire_dateline", Fact(Kind.AGENCY, "العمانية")),
    ("النجف / نينا /", "_wire_dateline", Fact(Kind.AGENCY, "نينا")),  # no breadcrumb
    ("الأحد 16 فبراير 2025", "_date_or_time", Fact(Kind.DATE, date(2025, 2, 16))),
    (
        "آخر تحديث: 17 فبراير 2025",
        "_date_or_time",
        Fact(Kind.DATE, date(2025, 2, 17), is_update=True),
    ),
    ("10:30 ص", "_date_or_time", Fact(Kind.TIME, time(10, 30))),
    # (of several stamps on a line, the one labelled as the publication's)
    (
        "وصل من الوكالة: 20/11/2024 10:15 | نُشر: 20/11/2024 10:52",
        "_date_or_time",
        Fact(Kind.DATE, datetime(2024, 11, 20, 10, 52), published=True),
    ),
    ("الأحد 17 شعبان 1446 هـ", "_date_or_time", Fact(Kind.DATE, date(2025, 2, 16))),
    ("تاسي 11,982.45 ▲ 0.38% | برنت 74.12 دولار", "_ticker", Fact(Kind.DROP)),
    ("كتب: محمد علي", "_byline", Fact(Kind.BYLINE, Byline(authors=("محمد علي",)))),
    ("بقلم الناقد الموسيقي: طارق الجمل", "_byline", Fact(Kind.BYLINE, Byline(("طارق الجمل",)))),
    ("بقلم رئيس التحرير: طارق الجمل", "_byline", Fact(Kind.BYLINE, Byline(("طارق الجمل",)))),
    ("كتب الزميل: طارق الجمل", "_byline", Fact(Kind.BYLINE, Byline(authors=("طارق الجمل",)))),
    # (the town after a slash, a calling before the name; a title of address stays)
    ("بقلم: أمينة بوزيد / الجزائر", "_byline", Fact(Kind.BYLINE, Byline(("أمينة بوزيد",)))),
    ("إعداد: المحامية هبة الله منصور", "_byline", Fact(Kind.BYLINE, Byline(("هبة الله منصور",)))),
    ("بقلم: الشيخ د. ناصر العمري", "_byline", Fact(Kind.BYLINE, Byline(("الشيخ د. ناصر العمري",)))),
    # (a Kuwaiti paper's byline: the name before the colon)
    ("كتب عبدالله السلطان:", "_byline", Fact(Kind.BYLINE, Byline(("عبدالله السلطان",)))),
    ("يتم تحديث هذه الصفحة تلقائياً كل دقيقتين", "_disclaimer", Fact(Kind.FOOTER)),
    ("ترجمة: سامر الحلبي", "_byline", Fact(Kind.BYLINE, Byline(translators=("سامر الحلبي",)))),
    (
        "تحرير: سارة حسن",
        "_byline",
        Fact(Kind.BYLINE, Byline(editors=("سارة حسن",), stands_in=True)),
    ),
    (
        "(إعداد منى عادل للنشرة العربية - تحرير أحمد سمير)",
        "_desk_credit",
        Fact(
            Kind.CREDIT,
            Byline(editors=("إعداد منى عادل للنشرة العربية - تحرير أحمد سمير",)),
        ),
    ),
    ("(أ ش أ)", "_agency", Fact(Kind.AGENCY, "أ ش أ")),
    ("المباراة القادمة", "_related_heading", Fact(Kind.RELATED)),
    (
        "خط إنتاج بطاريات في أحد المصانع - أرشيفية",
        "_caption",
        Fact(Kind.CAPTION, "خط إنتاج بطاريات في أحد المصانع - أرشيفية"),
    ),
    (
        "القاهرة الإخبارية - أحمد أنور",
        "_pair",
        Fact(Kind.PAIR, ("القاهرة الإخبارية", "أحمد أنور")),
    ),
    ("بيروت (رويترز)", "_pair", Fact(Kind.PAIR, ("بيروت", "رويترز"))),
    ("📺 لا تفوتوا الليلة برنامج «على الطاولة» عند التاسعة", "_promo", Fact(Kind.DROP)),
    ("Marco Rettelli @MRettelliMercato", "_social_embed", Fact(Kind.DROP, lines.HOLDS)),
    ("النتيجة: مُفبرك ❌", "_verdict", Fact(Kind.DROP, lines.HOLDS)),
    ("مسرد سريع", "_glossary", Fact(Kind.DROP, lines.GLOSSARY)),
    ("سياسة | اقتصاد | رياضة", "_menu", Fact(Kind.DROP)),
]


def _rules_that_know(text: str) -> list[str]:
    line = lines._LineView.of(text)
    return [rule.__name__ for rule in lines._RULES if rule(line) is not None]


@pytest.mark.parametrize(("text", "rule", "fact"), EXAMPLES)
def test_each_kind_of_line_is_known_by_its_rule(text, rule, fact):
    assert _rules_that_know(text)[0] == rule
    assert lines._classify_one(text) == fact


def test_every_rule_and_every_kind_but_text_has_an_example():
    assert {rule for _text, rule, _fact in EXAMPLES} == {r.__name__ for r in lines._RULES}
    assert {fact.kind for _text, _rule, fact in EXAMPLES} == set(Kind) - {Kind.TEXT}


@pytest.mark.parametrize(
    ("text", "rules", "kind"),
    [
        # A photo credit after a description, not «CITY - AGENCY».
        ("الرئيس خلال الاجتماع - رويترز", ["_caption", "_pair"], Kind.CAPTION),
        # Share buttons and tags between bars are not a navigation menu.
        ("فيسبوك | تويتر | واتساب", ["_share_widget", "_menu"], Kind.SHARE),
        ("الوسوم: سياسة | اقتصاد | رياضة", ["_tag_list", "_menu"], Kind.TAGS),
        # The chrome's own words before any shape: «post-title» has a dash.
        ("post-title", ["_image_marker", "_stray_or_counter", "_pair"], Kind.MARKER),
    ],
)
def test_a_line_two_rules_know_is_what_the_earlier_says(text, rules, kind):
    assert _rules_that_know(text) == rules
    assert lines._classify_one(text).kind is kind


@pytest.mark.parametrize(
    "text",
    [
        "📌 مثبت: تابعوا هنا أبرز محطات القمة من وصول الوفود حتى صدور البيان الختامي.",
        "🎬 وثائقي «مدن البحر» كاملاً على منصة الشرفة الرقمية",
        "شاهدوا الحلقة كاملة على قناتنا مساء الخميس",
        "استمع إلى التقرير",
        "شاهد الكلمة كاملة (فيديو – 18:42)",
        "للاستماع إلى الحلقة كاملة اضغط على زر التشغيل أعلاه، أو تابع البرنامج على المنصات.",
    ],
)
def test_a_promo_pin_or_player_among_the_paragraphs_is_dropped(text):
    assert lines.classify(text) == (Fact(Kind.DROP),)


@pytest.mark.parametrize(
    "text",
    [
        # The past tense tells the story.
        "استمع المجلس إلى التقرير السنوي لديوان المحاسبة قبل التصويت على الموازنة.",
        "للاستماع إلى الحلقة الأولى من البرنامج تجمع عشرات الشبان في المقهى مساء الأحد.",
        "تابع الوزير جولته في المحافظة وتفقد مشاريع المياه.",
        # A long paragraph of a post the story quotes is the story's.
        "🔹 " + "أعلنت الوزارة تمديد ساعات العمل في المراكز الصحية " * 4,
    ],
)
def test_the_story_is_no_promo(text):
    assert lines.classify(text) == (Fact(Kind.TEXT),)


@pytest.mark.parametrize(
    "text", ["تحقق الفريق من صحة الصور المتداولة", "مراسلنا في بيروت", "قراءة: 4 دقائق"]
)
def test_a_bylines_label_as_a_word_of_the_story_names_no_one(text):
    assert all(fact.kind is not Kind.BYLINE for fact in lines.classify(text))


@pytest.mark.parametrize(
    "text",
    [
        "ملصق فيلم «الطريق إلى الواحة» (الشركة الموزعة)",
        "غلاف رواية «ذاكرة الملح»",
        "لقطة شاشة من المنشور المتداول على فيسبوك",
        "مشهد من مسلسل «حارة الياسمين»",
    ],
)
def test_a_line_saying_what_the_picture_is_is_a_caption(text):
    assert lines.classify(text) == (Fact(Kind.CAPTION, text),)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("أدخل رقم الجلوس: [__________]", Kind.DROP),
        ("[عرض النتيجة]", Kind.DROP),
        ("[10/نوفمبر/2024]", Kind.DATE),
        ("[ تحرير: فؤاد المقطري ]", Kind.BYLINE),
    ],
)
def test_a_forms_field_and_button_are_dropped_not_a_date_or_credit_in_brackets(text, kind):
    assert lines.classify(text)[0].kind is kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("تاريخ الإفصاح على تداول: 2024/10/27 - 04:12 م", Kind.DROP),
        ("موعد الجلسة المقبلة: الثلاثاء 21 نوفمبر 2023 - الساعة 9:00 صباحاً", Kind.DROP),
        ("تاريخ تداول الادعاء: 02/03/2025", Kind.DROP),
        ("الفترة المشمولة: 1 – 7 أيلول 2025", Kind.DROP),
        ("مدة العرض: حتى 30 نوفمبر 2025", Kind.DROP),
        ("الموعد: الجمعة 18 أبريل 2025 - 9:00 مساءً", Kind.DROP),
        ("آخر موعد للتقديم: الخميس 3 يوليو 2025", Kind.DROP),
        ("تاريخ النشر: 2024/10/27 - 04:12 م", Kind.DATE),
        ("تاريخ البث: 14 أكتوبر 2024", Kind.DATE),
        ("تاريخ الإضافة: 02/03/2025", Kind.DATE),
        ("تاريخ الإصدار: الخميس 24 أبريل 2025 – 14:00", Kind.DATE),
        ("المولد: 12 مارس 1941 – المنصورة", Kind.DROP),
        ("تاريخ آخر تحديث للخبر: 2024/10/27", Kind.DATE),
    ],
)
def test_the_date_of_something_else_the_page_labels_is_not_the_storys(text, kind):
    assert lines.classify(text)[0].kind is kind


def test_a_menu_set_apart_by_wide_gaps_is_dropped_like_one_between_bars():
    assert lines.classify("أخبار الفن   نجوم   سينما   دراما   مسرح") == (Fact(Kind.DROP),)
    assert lines.classify("نجوم السينما في مهرجان الجونة") == (Fact(Kind.TEXT),)


@pytest.mark.parametrize(
    "text",
    [
        "2019 ▇▇▇▇▇▇▇ 38",
        "[إنفوغرافيك: تطور نسبة ملء السدود بين 2020 و2025]",
        "اضغط على الصورة لتكبيرها",
        "المواليد: 12 يناير 1968",
    ],
)
def test_a_charts_bar_a_placeholder_a_prompt_and_a_birth_date_are_dropped(text):
    assert lines.classify(text) == (Fact(Kind.DROP),)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("قلعة نزوى تستقبل زوارها خلال موسم الشتاء (العُمانية)", Kind.CAPTION),
        ("صيادون يفرغون حمولة قواربهم في ميناء الصليف - سبأ", Kind.CAPTION),
        # a paragraph may end with its wire in brackets
        (
            "وأعلنت الوزارة أن البرنامج يشمل فعاليات في القلاع والحصون والأسواق القديمة "
            "في عدد من الولايات حتى نهاية شهر مارس المقبل (العُمانية)",
            Kind.TEXT,
        ),
    ],
)
def test_a_description_with_an_agency_after_it_is_a_caption(text, kind):
    assert lines.classify(text)[0].kind is kind


def test_a_photo_label_with_a_name_or_two_credits_the_photo_and_with_more_describes_it():
    assert lines.classify("الصورة: صوت مونتريال") == (Fact(Kind.DROP),)
    assert lines.classify("Photo: White Nile Echo") == (Fact(Kind.DROP),)
    text = "صورة: وزير الخارجية خلال المؤتمر الصحفي"
    assert lines.classify(text) == (Fact(Kind.CAPTION, text),)
    # ...but a body's office or desk credits it, however long its name
    assert lines.classify("الصورة: المكتب الإعلامي لمجلس الضاحية") == (Fact(Kind.DROP),)
    assert lines.classify("صورة: قسم التصوير في الجريدة") == (Fact(Kind.DROP),)


def test_an_index_quote_alone_is_a_markets_widget_not_a_caption():
    assert lines.classify("12,104.55 ▲ 72.31 (0.60%)") == (Fact(Kind.DROP),)
    assert lines.classify("ارتفع المؤشر العام ▲ 0.6% في ختام التداولات") == (Fact(Kind.TEXT),)


@pytest.mark.parametrize(
    "text", ["الحلقات السابقة", "مختارات المحرر", "اخترنا لكم", "أسئلة يبحث عنها القراء"]
)
def test_a_programmes_or_an_editors_list_of_links_is_a_related_heading(text):
    assert lines.classify(text) == (Fact(Kind.RELATED),)


def test_a_watch_label_with_its_video_is_a_link_to_it():
    line = "شاهد: كيف تضبط ساعة سيارتك على التوقيت الصيفي؟ (فيديو 1:50)"
    assert lines.classify(line)[0].kind is Kind.READ_ALSO


def test_a_link_under_a_you_may_like_label_and_a_trailers_heading_are_no_story():
    text = "مقارنات قد تهمك: «نوفا إكس 5» أم منافستها اليابانية؟"
    assert lines.classify(text) == (Fact(Kind.READ_ALSO),)
    assert lines.classify("شاهد الإعلان الرسمي للفيلم") == (Fact(Kind.DROP),)


def test_a_sentence_opening_as_a_caption_does_is_the_storys():
    text = "مشهد من الفوضى ساد القاعة بعد إعلان النتيجة."
    assert lines.classify(text) == (Fact(Kind.TEXT),)


def test_a_line_no_rule_knows_is_text():
    text = "أعلنت الوزارة فتح باب التقدم لمنح الدراسات العليا في الخارج اليوم."
    assert _rules_that_know(text) == []
    assert lines.classify(text) == (Fact(Kind.TEXT),)


@pytest.mark.parametrize(
    "text",
    ["كتب: محمد بنعلي - الجمعة 5 يوليوز 2024 - 10:30", "محمد بنعلي - الجمعة 5 يوليوز 2024 - 10:30"],
)
def test_a_byline_and_a_date_after_a_dash_give_both(text):
    byline, date = lines.classify(text)
    assert byline == Fact(Kind.BYLINE, Byline(authors=("محمد بنعلي",)))
    assert date == Fact(Kind.DATE, datetime(2024, 7, 5, 10, 30))


@pytest.mark.parametrize(
    "text", ["الأحد 16 فبراير 2025 - 10:05 ص", "هسبريس - الجمعة 5 يوليوز 2024"]
)
def test_a_date_with_a_dash_and_no_name_before_it_stays_one_date(text):
    (fact,) = lines.classify(text)
    assert fact.kind is Kind.DATE


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("بقلم: د. سامي الخطيب - أستاذ العلوم السياسية", ("د. سامي الخطيب",)),
        ("كتب - محمد علي (القاهرة)", ("محمد علي",)),
        ("بقلم الكاتب: سامي الخطيب", ("سامي الخطيب",)),
        ("نشر بواسطة سامي الخطيب", ("سامي الخطيب",)),
        ("كتبه: رنا خليل", ("رنا خليل",)),
        ("كتب - محمد علي وسارة حسن", ("محمد علي", "سارة حسن")),
        ("بقلم الناقدة: سلمى الفرجاني", ("سلمى الفرجاني",)),
        ("روبورتاج: أمين الحمروني", ("أمين الحمروني",)),
        ("تحقق: ليلى عبد الحميد", ("ليلى عبد الحميد",)),
        ("قراءة: نوال الكعبي", ("نوال الكعبي",)),
        ("سيوة - من مبعوثتنا: دينا الشاذلي", ("دينا الشاذلي",)),
        ("أبوظبي – من مبعوثينا: فيصل العنزي وهند الكتبي", ("فيصل العنزي", "هند الكتبي")),
        ("تقرير وتصوير: سارا عيتاني", ("سارا عيتاني",)),
        ("رصد وكتابة: طارق منصور", ("طارق منصور",)),
        ("نص وصور: منير الشابي", ("منير الشابي",)),
        ("تحليل: وائل السعدي، محلل أول للأسهم", ("وائل السعدي",)),
        ("كتبت - سناء الجبالي من أسوان", ("سناء الجبالي",)),
        ("بقلم: جاد سركيس | المنسق الإعلامي", ("جاد سركيس",)),
        ("تغطية وتصوير: خالد بن سالم المعشني", ("خالد بن سالم المعشني",)),
        ("يكتبها: منير الحايك", ("منير الحايك",)),
        ("نشر بواسطة: رنا خوري · منسقة الحملات", ("رنا خوري",)),
        ("بقلم / سالم باحميد", ("سالم باحميد",)),
        ("إعداد الطالبة: ريم الحسيني – قسم الإعلام", ("ريم الحسيني",)),
        ("تقديم وإعداد: محمد علي", ("محمد علي",)),
        ("تجربة قيادة: سامر النجار", ("سامر النجار",)),
        ("By / بقلم: ليلى مراد", ("ليلى مراد",)),
        ("يجيب: د. هالة منصور، استشاري أمراض الباطنة", ("د. هالة منصور",)),
        ("مراجعة وتصوير: يوسف حداد", ("يوسف حداد",)),
        ("Written by | كتبت: هالة يوسف", ("هالة يوسف",)),
        ("كتبت: رنا الحلبي، طبيبة في فريق العيادات المتنقلة", ("رنا الحلبي",)),
        ("كتب: محمد علي، سارة حسن", ("محمد علي", "سارة حسن")),
        ("كتب وصوّر: ماجد العطوي", ("ماجد العطوي",)),
        ("كتبت وصورت: منى الحربي", ("منى الحربي",)),
        ("حوار وتصوير: مصطفى الساعدي", ("مصطفى الساعدي",)),
        ("لقاء وتصوير: سلوى الحمد", ("سلوى الحمد",)),
        ("إعداد وتحقيق: حيدر الساعدي", ("حيدر الساعدي",)),
        # a role after the dash as long as a dean's title
        (
            "كتب: د. فهد بن عبدالله القحطاني – وكيل الكلية للدراسات العليا والبحث العلمي",
            ("د. فهد بن عبدالله القحطاني",),
        ),
        # where it was filed, a slash, the writer and her beat
        ("بغداد / زينب الساعدي، محررة شؤون البيئة", ("زينب الساعدي",)),
    ],
)
def test_a_byline_gives_its_names_without_the_writers_role(text, authors):
    assert lines.classify(text) == (Fact(Kind.BYLINE, Byline(authors=authors)),)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("متطوعون يوزعون عبوات المياه في أحد المخيمات © جسور", Kind.CAPTION),
        ("طائرة من أسطول الشركة على مدرج مطار دبي الدولي (من الشركة)", Kind.CAPTION),
        ("الصورة المتداولة للورقة النقدية المزعومة – لقطة شاشة", Kind.CAPTION),
        ("الوزير خلال كلمته (لقطة من فيديو)", Kind.CAPTION),
        ("الوزير خلال افتتاح المعرض (من وزارة الثقافة)", Kind.CAPTION),
        ("أشجار بلوط معمّرة في الغابة المهددة - © جمعية الواحة الخضراء", Kind.CAPTION),
        # the outlet's archive, its name quoted
        ("منسوب المياه يرتفع تحت الجسر الرئيسي في بلدوين – أرشيف «مقديشو الآن»", Kind.CAPTION),
        ("جميع الحقوق محفوظة © بوابة الوادي 2024", Kind.COPYRIGHT),
        ("الصور والنصوص © صحيفة الأيام 2025", Kind.COPYRIGHT),
    ],
)
def test_what_a_picture_shows_then_its_holder_is_a_credited_caption_not_a_footer(text, kind):
    assert lines.classify(text)[0].kind is kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("الساعة الآن في موروني: 14:05", Kind.DROP),
        ("التوقيت المحلي 9:30 ص", Kind.DROP),
        ("*** مرحباً بكم في موقع موروني نيوز - صوت جزر القمر ***", Kind.DROP),
        ("الساعة الآن تشير إلى أزمة ثقة بين الطرفين", Kind.TEXT),
        ("مرحباً بكم في عالم جديد من الفرص قال الوزير", Kind.TEXT),
    ],
)
def test_a_sites_clock_and_welcome_marquee_are_dropped(text, kind):
    assert lines.classify(text)[0].kind is kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("أسئلة شائعة حول التقديم", Kind.BACK_MATTER),
        ("الأسئلة الشائعة", Kind.BACK_MATTER),
        ("اختبر معلوماتك", Kind.BACK_MATTER),
        ("أسئلة يطرحها الأهل", Kind.BACK_MATTER),
        ("لغز العدد", Kind.BACK_MATTER),
        ("نُشرت هذه المادة في الأصل بالفرنسية على موقع المجلة.", Kind.BACK_MATTER),
        ("مقالات مترجمة أخرى", Kind.RELATED),
        ("عن هذا التحقيق: راجع فريقنا 300 وثيقة وقابل 20 مصدراً.", Kind.BACK_MATTER),
        ("منهجية التحقيق: حللنا بيانات المشتريات العامة لخمس سنوات.", Kind.BACK_MATTER),
        ("حوارات أخرى", Kind.RELATED),
        ("التشكيل الأساسي", Kind.BACK_MATTER),  # a match report's line-ups under it
        ("التشكيلة المتوقعة", Kind.BACK_MATTER),  # a preview's
        ("ملاحظة: الأرقام الواردة أولية وقابلة للتعديل.", Kind.BACK_MATTER),
        ("مواضيع ذات علاقة", Kind.RELATED),
        ("الكلمات المتقاطعة", Kind.BACK_MATTER),
        ("أسئلة وأجوبة", Kind.TEXT),  # an explainer's own crosshead
        ("اقرأ في هذا الملف", Kind.RELATED),
        ("حلقات ذات صلة: الحلقة ١٤ - كيف نعلم أطفالنا التفكير النقدي؟", Kind.READ_ALSO),
        ("* البيانات متأخرة 15 دقيقة وهي لأغراض إعلامية فقط.", Kind.FOOTER),
        ("تنويه من الموقع: الأسعار الواردة استرشادية وقد تختلف من محل إلى آخر.", Kind.FOOTER),
        ("* أسعار اليوم تقريبية وقد تختلف بين الوكلاء.", Kind.FOOTER),
        ("تُحدَّث بيانات الجدول تلقائياً كل ربع ساعة", Kind.FOOTER),
        ("الأسعار ارتفعت بنسبة كبيرة خلال الشهر الماضي بحسب التجار.", Kind.TEXT),
        ("أسئلة شائعة يطرحها المستثمرون عن القانون الجديد تجيب عنها الهيئة", Kind.TEXT),
    ],
)
def test_a_sites_widgets_and_notes_under_the_story_are_no_paragraphs(text, kind):
    assert lines.classify(text)[0].kind is kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("نبذة عن شركة سحابة الخليج للحوسبة", Kind.BACK_MATTER),
        ("عن مجموعة الواحة القابضة", Kind.BACK_MATTER),
        ("بيان بشأن التصريحات التطلعية", Kind.BACK_MATTER),
        ("تنويه بشأن البيانات التطلعية: يحتوي هذا البيان على توقعات مستقبلية.", Kind.BACK_MATTER),
        ("جهات الاتصال الإعلامية", Kind.BACK_MATTER),
        ("للاستفسارات الإعلامية:", Kind.BACK_MATTER),
        ("عن مرصد التمويل: منصة بيانات مستقلة ترصد صفقات الاستثمار منذ 2019.", Kind.BACK_MATTER),
        ("عن الحادثة: قال شهود إن السيارة انحرفت عن الطريق قبل أن تصطدم بالحاجز.", Kind.TEXT),
        ("عن مجموعة من الطلاب الذين تفوقوا في الامتحانات قال المدير إن النتائج مشرفة", Kind.TEXT),
    ],
)
def test_a_press_releases_boilerplate_ends_the_story(text, kind):
    assert lines.classify(text)[0].kind is kind


@pytest.mark.parametrize(
    "text", ["القسم الرياضي", "القسم الجهوي", "فريق التحرير", "تحرير الموقع", "تحرير الصحيفة"]
)
def test_a_desk_named_alone_on_its_line_credits_no_one(text):
    assert lines.classify(text) == (Fact(Kind.DROP),)


def test_a_short_headline_about_a_liberation_is_no_desk():
    assert lines.classify("تحرير مدينة الموصل")[0].kind is Kind.TEXT


def test_a_menu_ending_with_an_archive_item_is_no_credited_caption():
    assert (
        lines.classify("مقالات | تحليلات | حوارات | كتّاب المنبر | أرشيف")[0].kind
        is not Kind.CAPTION
    )
    assert lines.classify("الوزير خلال الاجتماع - أرشيفية")[0].kind is Kind.CAPTION


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("صورة الكاتب", Kind.MARKER),
        ("الآراء الواردة في هذه الزاوية تعبّر عن أصحابها.", Kind.FOOTER),
        ("المقالات المنشورة تعبّر عن آراء كتّابها ولا تعكس بالضرورة رأي الموقع.", Kind.FOOTER),
        ("تنبيه: هذه الاستشارة لأغراض التوعية ولا تغني عن مراجعة الطبيب المختص.", Kind.FOOTER),
        ("البيانات متأخرة 15 دقيقة، والمحتوى لأغراض إعلامية ولا يعد توصية بالشراء.", Kind.FOOTER),
        ("ملاحظة للمحررين: تتوفر صور عالية الدقة عند الطلب.", Kind.FOOTER),
        ("تنبيه: موقع منح وفرص غير مسؤول عن قرارات القبول.", Kind.FOOTER),
    ],
)
def test_a_columns_photo_marker_and_its_disclaimer_are_no_paragraphs(text, kind):
    assert lines.classify(text)[0].kind is kind


def test_a_wires_dateline_with_both_calendars_dates_alone_on_its_line_credits_the_agency():
    line = "الرياض 23 شعبان 1446 هـ الموافق 22 فبراير 2025 م واس"
    assert lines.classify(line) == (Fact(Kind.AGENCY, "واس"),)
    # a date line of both calendars without an agency stays a date
    assert lines.classify("الأحد 23 شعبان 1446 هـ الموافق 22 فبراير 2025 م")[0].kind is Kind.DATE


def test_a_wires_dateline_with_both_calendars_dates_glued_to_the_story_credits_the_agency():
    paragraph = (
        "الرياض 09 ذو القعدة 1446 هـ الموافق 07 مايو 2025 م واس اعتمدت الجهات المختصة لائحة فنية"
    )
    assert opening_agency(paragraph) == "واس"


@pytest.mark.parametrize(
    ("paragraph", "agency"),
    [
        # a wire no list knows, in brackets after the city and the day
        ("سيول، 5 سبتمبر (هانبيت) -- أعلنت ثلاث شركات كورية جنوبية لبناء السفن", "هانبيت"),
        # a score is no day, nor a Latin name an Arabic wire's
        ("الفيصلي الجديد 2 - 0 أبناء السهل (انتهت) وقال المدرب بعد المباراة إن", None),
        ("Casablanca, 06 novembre 2024 (MAP) وقال المدرب بعد المباراة إن", None),
    ],
)
def test_an_unlisted_wire_in_brackets_after_the_city_and_the_day_is_the_wire(paragraph, agency):
    assert opening_agency(paragraph) == agency


@pytest.mark.parametrize(
    ("paragraph", "agency"),
    [
        ("العُلا (السعودية) (أ ف ب) - فاز الدراج البلجيكي يوريس فان دام بالمرحلة الثالثة", "أ ف ب"),
        ("عمّان (بترا) - أعلنت وزارة الصحة اليوم عن حملة تطعيم", "بترا"),
        ("باريس (فرنسا) - قال الرئيس الفرنسي اليوم إن بلاده", None),
    ],
)
def test_a_datelines_country_in_brackets_before_the_agency_is_the_towns(paragraph, agency):
    assert opening_agency(paragraph) == agency


@pytest.mark.parametrize(
    "text",
    [
        "قد يحتوي الملخص على أخطاء. اقرأ المقال كاملاً.",
        "تم إنشاء هذه النسخة الصوتية آليًا وقد تتضمن أخطاء في النطق.",
        "* الآراء الواردة في هذه الجولة تعبر عن الصحف المذكورة ولا تعبر عن رأي جسر إسطنبول.",
    ],
)
def test_a_machines_summary_or_reading_and_a_press_reviews_disclaimer_are_footers(text):
    assert lines.classify(text) == (Fact(Kind.FOOTER),)


def test_an_ai_summarys_heading_is_no_pair_and_a_reviews_relative_stamp_is_an_update():
    assert lines.classify("ملخص المقال ✨ (مولّد بالذكاء الاصطناعي)")[0].kind is Kind.TEXT
    assert lines.classify("آخر مراجعة للمحتوى: قبل شهرين") == (Fact(Kind.RELATIVE, is_update=True),)


def test_a_named_breaking_strip_is_dropped_and_two_relative_stamps_are_each_read():
    assert lines.classify("شريط عاجل: تعطيل الدراسة غداً في جميع المدارس") == (Fact(Kind.DROP),)
    assert lines.classify("نُشر: منذ 25 دقيقة | آخر تحديث: منذ 4 دقائق") == (
        Fact(Kind.RELATIVE),
        Fact(Kind.RELATIVE, is_update=True),
    )


def test_a_labelled_time_alone_is_a_time_and_a_tag_cloud_is_tags():
    assert lines.classify("الوقت: ١٠:٠٠ صباحاً") == (Fact(Kind.TIME, time(10, 0)),)
    assert lines.classify("سحابة الوسوم: التمور، الزراعة، بغداد")[0].kind is Kind.TAGS


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("* البيانات متأخرة 15 دقيقة عن التداول الفعلي.", Kind.FOOTER),
        ("* الأسعار المذكورة لا تشمل المصنعية وضريبة القيمة المضافة.", Kind.FOOTER),
        ("صلاة الجنازة", Kind.BACK_MATTER),
        ("مجلس الفاتحة", Kind.BACK_MATTER),
        ("نصيحة المحرر: أفضل وقت لزيارة الجزيرة بين نوفمبر ومارس.", Kind.FOOTER),
        ("منهجية: جُمعت الأرقام من تقارير منشورة وتقديرات خبراء.", Kind.BACK_MATTER),
        ("حق الرد مكفول لجميع الجهات الواردة في هذا التحقيق.", Kind.BACK_MATTER),
        ("ملاحظة: التقرير الأصلي منشور باللغة الإنكليزية، وهذه ترجمة غير رسمية.", Kind.BACK_MATTER),
        ("عن البيانات: تشمل الأرقام السيارات الكهربائية بالكامل.", Kind.DROP),
    ],
)
def test_notes_and_boxes_under_a_story_are_not_the_story(text, kind):
    assert lines.classify(text)[0].kind is kind


def test_a_services_desk_under_an_editors_label_names_no_one():
    assert lines.classify("تحرير: الخدمة العربية – هانبيت") == (Fact(Kind.BYLINE, Byline()),)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("استشارات / تغذية الأطفال", Kind.BREADCRUMB),
        ("By / بقلم: ليلى مراد", Kind.BYLINE),
        ("وزير الخارجية يبحث مع نظيره / الأمريكي ملفات المنطقة والتعاون الاقتصادي", Kind.TEXT),
    ],
)
def test_a_short_line_of_items_between_spaced_slashes_is_a_breadcrumb(text, kind):
    assert lines.classify(text)[0].kind is kind


@pytest.mark.parametrize(
    "text",
    [
        "Lite | النسخة الخفيفة",
        "عرض النسخة الكاملة",
        "العودة للأعلى",
        # a reader view's and a print view's labels and controls
        "وضع القراءة",
        "أ-   أ+   🌙 الوضع الليلي   🔊 استمع إلى المقال",
        "نسخة للطباعة",
        "اطبع هذه الصفحة | إغلاق النافذة",
    ],
)
def test_a_lite_copys_labels_are_dropped(text):
    assert lines.classify(text) == (Fact(Kind.DROP),)


def test_a_share_texts_pictographs_label_its_writer_and_its_outlet():
    assert lines.classify("✍️ يوسف الجابري") == (
        Fact(Kind.BYLINE, Byline(authors=("يوسف الجابري",))),
    )
    assert lines.classify("📰 *بوصلة قطر*") == (Fact(Kind.SITE, "بوصلة قطر"),)
    # another pictograph leads a promo, dropped
    assert lines.classify("📺 لا تفوتوا الحلقة الليلة") == (Fact(Kind.DROP),)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("الحلقة ٢ من سلسلة «طريق البن»", Kind.DROP),
        ("سلسلة «أسرار القاهرة الخديوية» – الحلقة 3 من 5", Kind.DROP),
        ("الجزء الثالث من 4", Kind.DROP),
        ("الجزء الأكبر من سلسلة جبال الأطلس يقع في المغرب", Kind.TEXT),
        ('بودكاست "سطر جديد" – الموسم الثالث', Kind.DROP),
        ("المدة: 48 دقيقة", Kind.DROP),
        ("الأهلي يحسم لقب الدوري في الموسم الثالث", Kind.TEXT),
    ],
)
def test_which_episode_of_a_series_a_story_is_is_dropped(text, kind):
    assert lines.classify(text)[0].kind is kind


def test_the_sites_call_for_readers_questions_is_a_footer():
    text = 'لإرسال أسئلتكم إلى باب "اسأل الطبيب" استخدموا نموذج التواصل في صفحة الصحة.'
    assert lines.classify(text) == (Fact(Kind.FOOTER),)
    assert lines.classify("أرسل الوزير رسالة إلى نظيره يدعوه فيها إلى الحوار.")[0].kind is Kind.TEXT


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("تحقيق وتصوير: هالة منصور", "هالة منصور"),
        ("نص وتصوير: راشد الكعبي", "راشد الكعبي"),
        ("تحقيق: سعاد بن عمر - تصوير: كريم الوزاني", "سعاد بن عمر"),
        ("كتابة: عمر الزين | تصوير: لينا حداد", "عمر الزين"),
    ],
)
def test_a_reportages_byline_credits_the_writer_not_the_photographer(text, author):
    (fact,) = lines.classify(text)
    assert (fact.kind, cast(Byline, fact.value).authors) == (Kind.BYLINE, (author,))


def test_a_menu_opening_with_a_bylines_label_is_no_byline():
    # (a pipe parts a byline's fields only when the next one has its own label)
    assert lines.classify("تحقق | تقارير | إرشادات | نشرة الأسبوع")[0].kind is not Kind.BYLINE


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("المرجع: دورية «رسائل الفيزياء الفلكية»، المجلد 980، يناير 2025.", Kind.BACK_MATTER),
        ("نُشرت الدراسة في دورية «ساينس أدفانسز» (Science Advances)، آب ٢٠٢٤.", Kind.BACK_MATTER),
        ("أُنجز هذا التحقيق بدعم من برنامج المنح الصحفية لشبكة صحفيي المتوسط.", Kind.BACK_MATTER),
        ("* أُنجز هذا الريبورتاج بدعم من صندوق الساحل للصحافة البيئية.", Kind.BACK_MATTER),
        ("نُشر هذا التقرير في العدد المطبوع رقم 88 من مجلة رواق.", Kind.BACK_MATTER),
        ("* من مجموعة قصصية تصدر قريباً.", Kind.BACK_MATTER),
        ("من كتاب الأستاذ تعلمت الكثير عن الصبر والمثابرة.", Kind.TEXT),
        ("مصطلحات وردت في المقال", Kind.DROP),
        ("* هالة منصور صحفية مستقلة مقيمة في أسوان، تكتب عن الحرف التقليدية.", Kind.FOOTER),
        ("هل لديك خبر من كليتك؟ راسل هيئة التحرير عبر البريد الطلابي.", Kind.FOOTER),
        ("المدة التقديرية للقراءة: 9 دقائق", Kind.DROP),
        # a paragraph that opens with where the study appeared and goes on with its findings
        (
            "نُشرت الدراسة في دورية «نيتشر» الأسبوع الماضي، وأظهرت أن درجات حرارة المحيطات "
            "ارتفعت بوتيرة أسرع مما توقعته النماذج المناخية في العقدين الماضيين، وأن الشعاب "
            "المرجانية في البحر الأحمر أكثر قدرة على الاحتمال من غيرها.",
            Kind.TEXT,
        ),
    ],
)
def test_a_science_storys_reference_glossary_and_notes_are_no_paragraphs(text, kind):
    assert lines.classify(text)[0].kind is kind


def test_the_footers_about_link_among_others_names_no_source():
    assert lines.classify("عن الموقع | سياسة الخصوصية | اتصل بنا")[0].kind is not Kind.SOURCE
    assert lines.classify("عن ذا نورثرن كرونيكل") == (Fact(Kind.SOURCE, "ذا نورثرن كرونيكل"),)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Par / بقلم: نادية بوزيد", Fact(Kind.BYLINE, Byline(authors=("نادية بوزيد",)))),
        ("Von / بقلم: سامي حداد", Fact(Kind.BYLINE, Byline(authors=("سامي حداد",)))),
        ("Rechercher | بحث", Fact(Kind.DROP)),
        ("À lire aussi | اقرأ أيضاً", Fact(Kind.READ_ALSO, bare=True)),
        ("Síguenos | تابعونا", Fact(Kind.FOOTER)),
        (
            "الجمعة 15 نوفمبر 2024 | Viernes, 15 de noviembre de 2024",
            Fact(Kind.DATE, date(2024, 11, 15)),
        ),
    ],
)
def test_a_diaspora_sites_labels_in_two_languages_are_read_by_their_arabic_half(text, fact):
    assert lines.classify(text) == (fact,)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("وصلتك هذه الرسالة لأنك مشترك في نشرة الصباح من الميزان.", Kind.FOOTER),
        ("تصلك هذه التنبيهات لأنك فعّلت خدمة «عاجل الفنار».", Kind.FOOTER),
        ("لإلغاء الاشتراك اضغط هنا.", Kind.FOOTER),
        ("هل صادفت ادعاءً مشكوكاً فيه؟ أرسله إلينا عبر نموذج «أرسل ادعاءً».", Kind.FOOTER),
        ("الآراء الواردة لا تعبر بالضرورة عن رأي نافذة المشرق.", Kind.FOOTER),
        ("الآراء الواردة تعبر عن رأي كاتبيها ولا تعكس بالضرورة موقف «الجسر».", Kind.FOOTER),
        ("هذا محتوى مقدم من المعلن، ولا يعكس بالضرورة رأي أسرة تحرير «النبض».", Kind.FOOTER),
        ("هذا المحتوى لأغراض المعلومات فقط ولا يعد نصيحة استثمارية.", Kind.FOOTER),
        ("نبأ اليوم لا يتحمل مسؤولية المحتوى المنشور، والآراء تعبر عن مصادرها.", Kind.FOOTER),
        ("تم تحرير الحوار واختصاره لأغراض الوضوح.", Kind.BACK_MATTER),
        ("انتهت تغطية اليوم الأول. تابعونا غداً من الساعة 8:30 صباحاً.", Kind.BACK_MATTER),
        ("ملاحظة: عُدّل عنوان هذا الخبر ونسبة الزيادة الواردة فيه بعد النشر.", Kind.BACK_MATTER),
        ("النتيجة: صورة مضللة — التقطت خلال تمرين عام 2019.", Kind.DROP),
        ("الخلاصة: الفيديو صحيح لكنه يعود إلى ديسمبر 2021", Kind.DROP),
        ("شاركينا تجربتك في التعليقات: ما أفضل نصيحة وفرت عليك المال؟", Kind.FOOTER),
        # a children's or a learners' page's call to try it
        ("جرّب بنفسك: اطلب من أصدقائك أن يركضوا في صف مائل، ولاحظوا من يتعب أولًا!", Kind.FOOTER),
        ("اختبر نفسك: كم كتاباً قرأت هذا الشهر؟", Kind.FOOTER),
        # the story's own sentences
        ("وقال المحلل إن الأسهم لا تعبر بالضرورة عن قيمة الشركات الحقيقية.", Kind.TEXT),
        ("وقال إن القرار لا يعكس بالضرورة موقف الحكومة من الملف.", Kind.TEXT),
        ("الخلاصة أن الحكومة مطالبة بخطة واضحة لمعالجة العجز قبل نهاية العام.", Kind.TEXT),
    ],
)
def test_a_newsletters_footer_a_sites_disclaimers_and_a_verdict_are_no_paragraphs(text, kind):
    assert lines.classify(text)[0].kind is kind


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("كتب مندوبنا", Fact(Kind.BYLINE, Byline())),
        ("رشا المري | الدوحة", Fact(Kind.PAIR, ("رشا المري", "الدوحة"))),
    ],
)
def test_our_delegate_credits_no_one_and_a_bar_parts_a_name_from_its_city(text, fact):
    assert lines.classify(text) == (fact,)


@pytest.mark.parametrize(
    "text",
    [
        "لا تظهر هذه الرسالة بشكل صحيح؟ اعرضها في المتصفح",
        "افتح النشرة في المتصفح",
        "Having trouble? View this email in your browser",
    ],
)
def test_a_newsletters_link_to_its_web_copy_is_dropped(text):
    assert lines.classify(text) == (Fact(Kind.DROP),)


def test_an_old_portals_bracketed_buttons_are_dropped():
    text = "[ نسخة للطباعة ]  [ أرسل لصديق ]  [ حفظ الصفحة ]  [ حجم الخط: + | - ]"
    assert lines.classify(text) == (Fact(Kind.DROP),)


@pytest.mark.parametrize(
    "text",
    ["بيان صحفي رقم: 2025/071/MENA", "بيان رقم 112", "رقم البيان: 45/2025", "Communiqué n° 12"],
)
def test_a_releases_number_is_dropped_not_taken_for_a_caption(text):
    assert lines.classify(text) == (Fact(Kind.DROP),)


@pytest.mark.parametrize(
    "text",
    ["تحلية المياه والطاقة الشمسية | 2 أبريل 2024", "السفارة تحتفل بعيد الاستقلال | 05/25/2024"],
)
def test_a_links_title_beside_its_date_names_no_writer(text):
    assert all(fact.kind is not Kind.BYLINE for fact in lines.classify(text))


@pytest.mark.parametrize(
    "text",
    [
        "الجمعة 07 شباط 2025 | شباب الوادي × النجم الأزرق | 15:00 | ستاد الأمير محمد",
        "السبت 08 شباط 2025 | الفجر الجديد × أهلي العقبة | 16:00",
    ],
)
def test_a_fixtures_tables_row_is_dropped_neither_stamp_nor_byline(text):
    assert lines.classify(text) == (Fact(Kind.DROP),)


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            '{"@type":"NewsArticle","headline":"مواقف ذكية","datePublished":"2025-02-11T14:05:00+03:00"}',  # noqa: E501
            (Fact(Kind.DATE, datetime(2025, 2, 11, 14, 5), published=True),),
        ),
        (
            '{"@type": "NewsArticle", "datePublished": "2025-02-11"}',
            (Fact(Kind.DATE, date(2025, 2, 11), published=True),),
        ),
        ('{"@type":"NewsArticle","headline":"مواقف ذكية في وسط', (Fact(Kind.DROP),)),
        ('{"@type":"BreadcrumbList","itemListElement":[]}', (Fact(Kind.DROP),)),
    ],
)
def test_structured_data_copied_as_a_line_gives_the_publications_stamp_and_no_text(text, facts):
    assert lines.classify(text) == facts


@pytest.mark.parametrize(
    "text",
    [
        "ضيف الحلقة: الباحث مصطفى بنسودة",
        "ضيف الحصة: رئيس الغرفة الجهوية لتجار السمك بالمهدية",
        "ضيفة البرنامج: د. سلوى عبد الرازق",
    ],
)
def test_a_shows_guest_is_no_writer(text):
    (fact,) = lines.classify(text)
    assert fact.kind is Kind.BYLINE and isinstance(fact.value, Byline)
    assert not fact.value.authors and fact.value.editors


@pytest.mark.parametrize("text", ["عن الحلقة", "في هذه الحلقة:", "وصف المقطع"])
def test_the_heading_over_an_episodes_notes_is_dropped(text):
    assert lines.classify(text) == (Fact(Kind.DROP),)


@pytest.mark.parametrize(
    "text", ["سُجّلت الحلقة في 2 فبراير 2025 بمدينة فاس", "تم تسجيل هذه المقابلة يوم 3 مارس 2025"]
)
def test_when_an_episode_was_recorded_is_dropped_not_its_stamp_nor_a_caption(text):
    assert lines.classify(text) == (Fact(Kind.DROP),)


@pytest.mark.parametrize(
    "text",
    ["صفحات العدد: ص 1 | ص 2 | ص 3 | ص 4 | ص 5 | ... | ص 16", "الصفحة 1 | الصفحة 2 | الصفحة 3"],
)
def test_an_e_papers_links_to_its_pages_are_dropped(text):
    assert lines.classify(text) == (Fact(Kind.DROP),)


def test_a_paragraph_citing_pages_is_no_list_of_them():
    text = "وقال التقرير في ص 12 إن نسب التنفيذ تجاوزت 90%، مقارنة بالعام الماضي."
    assert lines.classify(text) == (Fact(Kind.TEXT),)


def test_a_hebrew_sites_published_and_updated_labels_are_read():
    assert lines.classify("פורסם: 21.05.2025 | 17:40") == (
        Fact(Kind.DATE, datetime(2025, 5, 21, 17, 40), published=True),
    )
    assert lines.classify("עודכן: 21.05.2025 | 22:14") == (
        Fact(Kind.DATE, datetime(2025, 5, 21, 22, 14), is_update=True),
    )


def test_a_stamp_labelled_as_the_publications_beside_an_episodes_length_is_the_date():
    text = "المدة: 48:15 دقيقة | نُشرت في 14 يناير 2025"
    assert lines.classify(text) == (Fact(Kind.DATE, date(2025, 1, 14), published=True),)


@pytest.mark.parametrize(
    "text", ["بيان رقم واحد لا يكفي لطمأنة الأسر", "قرار رقم 12 لسنة 2024 بشأن تنظيم الأسواق"]
)
def test_a_sentence_about_a_numbered_statement_is_no_release_number(text):
    assert lines.classify(text) != (Fact(Kind.DROP),)


def test_a_writers_role_after_a_bar_is_dropped():
    text = "بقلم: د. سليم بن عمر | باحث في الإعلام الرقمي"
    assert lines.classify(text) == (Fact(Kind.BYLINE, Byline(authors=("د. سليم بن عمر",))),)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("الأحد 15 يونيو 2025    |    الطقس: 31°    |    دخول", Kind.DROP),
        ("الطقس: 31°", Kind.DROP),
        ("الرياض 35°C", Kind.DROP),
        ("سجلت درجات الحرارة 51° في الظل ظهر اليوم في منطقة الجهراء شمال البلاد", Kind.TEXT),
    ],
)
def test_a_weather_widget_and_the_date_beside_it_are_the_sites_not_the_storys(text, kind):
    assert lines.classify(text)[0].kind is kind


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("نقلاً عن: الديرة", Fact(Kind.SOURCE, "الديرة")),
        ("عن: جريدة الصباح العربي", Fact(Kind.SOURCE, "جريدة الصباح العربي")),
        ("عن الموقع", Fact(Kind.TEXT)),
    ],
)
def test_a_source_label_may_take_a_colon_and_the_sites_about_link_is_none(text, fact):
    assert lines.classify(text) == (fact,)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ملاحظة المحرر: عُدّلت هذه الفقرة بعد النشر لتوضيح مصدر التمويل.", Kind.FOOTER),
        ("موعد الصلاة على الفقيد", Kind.BACK_MATTER),
        ("بيت العزاء", Kind.BACK_MATTER),
    ],
)
def test_an_editors_note_is_dropped_and_an_obituarys_box_ends_the_story(text, kind):
    assert lines.classify(text)[0].kind is kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("السلام عليكم ورحمة الله وبركاته", Kind.DROP),
        ("منقول للفائدة", Kind.DROP),
        ("#2", Kind.COMMENTS),
        ("__________________", Kind.COMMENTS),
        ("#غزة", Kind.TAGS),
        # a hashtag of a year opens a tag line, no reply
        ("#2030 #السعودية", Kind.TAGS),
    ],
)
def test_a_forums_formulas_post_numbers_and_signature_line(text, kind):
    assert lines.classify(text)[0].kind is kind


@pytest.mark.parametrize(
    "text",
    [
        "أطفال خلال الحصة الأولى في المدرسة الجديدة | Foto: privat",
        "طلاب من الجيل الثالث في أول درس للغة العربية - Foto: Eco de los Andes",
    ],
)
def test_a_caption_credited_in_a_diaspora_sites_language_is_a_caption(text):
    assert lines.classify(text) == (Fact(Kind.CAPTION, text),)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("من: صحيفة المدار", Fact(Kind.SOURCE, "صحيفة المدار")),
        ("هل كان هذا الملخص مفيداً؟ 👍 👎", Fact(Kind.DROP)),
        ("هل كان المقال مفيداً؟ نعم لا", Fact(Kind.DROP)),
        ("هل كان هذا المحتوى مفيدًا؟", Fact(Kind.DROP)),
        ("هل استفدت من هذه الفتوى؟ نعم (87) لا (3)", Fact(Kind.DROP)),
        ("هل استفدت من هذه الفتوى؟", Fact(Kind.DROP)),
        ("نعم (87)", Fact(Kind.DROP)),
        ("قيّم هذه الصفحة: ★★★★☆ (4.2 من 5 - 87 تقييمًا)", Fact(Kind.DROP)),
    ],
)
def test_a_reader_apps_credit_and_feedback_widget(text, fact):
    assert lines.classify(text) == (fact,)


def test_a_question_in_the_story_about_usefulness_is_no_feedback_widget():
    line = "هل كان القرار مفيداً للاقتصاد؟ يرى خبراء أن الأثر سيظهر بعد عامين."
    assert lines.classify(line) == (Fact(Kind.TEXT),)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("مرحباً بك زائرنا الكريم! إذا كانت هذه زيارتك الأولى فنرجو التسجيل.", Kind.DROP),
        ("مرحباً بكم في عدد الأربعاء من «رسالة المساء». موضوعنا الليلة سؤال المطر.", Kind.DROP),
        ("المشاركة رقم 2", Kind.COMMENTS),
        ("التوقيع: «ما ضاع حق وراءه طالب»", Kind.COMMENTS),
        ("اقتباس:", Kind.DROP),
    ],
)
def test_a_forums_welcome_post_numbers_signature_and_quote_label(text, kind):
    assert lines.classify(text)[0].kind is kind


def test_a_forum_members_handle_and_the_posts_date_credit_no_author():
    assert lines.classify("بواسطة: سيمو_الرباطي » 27/05/2025 - 09:12") == (
        Fact(Kind.BYLINE, Byline()),
        Fact(Kind.DATE, datetime(2025, 5, 27, 9, 12)),
    )


def test_a_live_blogs_stamped_update_is_no_markets_strip():
    update = (
        "08:50 | افتتح وزير الاستثمار أعمال الدورة الثالثة من المنتدى بحضور 1200 مشارك من 18 دولة."
    )
    assert lines.classify(update)[0].kind is Kind.TEXT
    assert lines.classify("تاسي 11,982.45 ▲ 0.38% | برنت 74.12 دولار") == (Fact(Kind.DROP),)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("الدقيقة 90+5", Kind.DROP),
        ("الدقيقة 61", Kind.DROP),
        ("الأهداف: سالم الرشيدي 23' ، بدر الحربي 88' — عبدالعزيز الفضلي 61'", Kind.DROP),
        ("الدقيقة 90 شهدت هدفاً قاتلاً أنهى آمال الفريق في العودة إلى المباراة.", Kind.TEXT),
    ],
)
def test_a_live_blogs_minute_and_a_match_cards_goals_are_no_text(text, kind):
    assert lines.classify(text)[0].kind is kind


def test_an_unlabelled_name_and_a_date_after_a_middle_dot_are_a_byline_and_its_date():
    assert lines.classify("سامر عيسى · 13 أيار 2025") == (
        Fact(Kind.BYLINE, Byline(authors=("سامر عيسى",))),
        Fact(Kind.DATE, date(2025, 5, 13)),
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("تخطي إلى المحتوى الرئيسي", Kind.DROP),
        ("احجز جولتك", Kind.DROP),
        ("شارك الألبوم", Kind.SHARE),
        ("طباعة الفتوى", Kind.SHARE),
    ],
)
def test_a_skip_link_a_booking_button_and_a_galleries_or_fatwas_share_buttons(text, kind):
    assert lines.classify(text)[0].kind is kind


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("محمد الشمري | تصوير: سعد الهاجري", Fact(Kind.BYLINE, Byline(authors=("محمد الشمري",)))),
        (
            "صلالة – سالم بن مسلم الرواس | تصوير: خالد المعشني",
            Fact(Kind.BYLINE, Byline(authors=("سالم بن مسلم الرواس",))),
        ),
        ("جولة وتصوير: تركي الشمري", Fact(Kind.BYLINE, Byline(authors=("تركي الشمري",)))),
        ("متابعة من جدة: سارة المطيري", Fact(Kind.BYLINE, Byline(authors=("سارة المطيري",)))),
        (
            "باكو - رشا عبد الرحمن، موفدة «البيئة اليوم»",
            Fact(Kind.BYLINE, Byline(authors=("رشا عبد الرحمن",))),
        ),
        ("بيت لحم - ريم العزة - مهد نيوز", Fact(Kind.PAIR, ("ريم العزة", "مهد نيوز"))),
        ("بقلم: نذير بوزيد / Par Nadir Bouzid", Fact(Kind.BYLINE, Byline(authors=("نذير بوزيد",)))),
        (
            "فرق البلدية تزيل لوحات إعلانية مخالفة - تصوير: سعد الهاجري",
            Fact(Kind.CAPTION, "فرق البلدية تزيل لوحات إعلانية مخالفة - تصوير: سعد الهاجري"),
        ),
    ],
)
def test_a_writers_name_beside_the_photographers_or_in_latin_letters_is_the_byline(text, fact):
    assert lines.classify(text) == (fact,)


@pytest.mark.parametrize(
    "text",
    [
        "نص التقرير (مقتطف)",
        "النص الكامل للتقرير",
        "مقتطف من الحوار",
        "تفريغ الحلقة",
        "Transcript",
        # an excerpt's heading over the hosts' words
        "من الحلقة:",
        "Transcript (partial)",
    ],
)
def test_a_transcript_or_chapters_heading_under_a_video_or_podcast_ends_the_story(text):
    assert lines.classify(text) == (Fact(Kind.BACK_MATTER, lines.TRANSCRIPT),)


@pytest.mark.parametrize(
    "text",
    ["محاور الحلقة", "فصول المقطع", "Chapters", "ملاحظات الحلقة", "Show notes / ملاحظات الحلقة"],
)
def test_a_videos_chapters_are_back_matter_never_its_transcript(text):
    assert lines.classify(text) == (Fact(Kind.BACK_MATTER),)


def test_a_sentence_about_a_transcript_is_text():
    assert lines.classify("نص الحوار يوضح موقف الوزير من الخطة") == (Fact(Kind.TEXT),)


def test_a_photographers_lens_credit_names_no_author():
    (fact,) = lines.classify("عدسة: عبدالعزيز الحربي")
    assert fact == Fact(Kind.BYLINE, Byline(editors=("عبدالعزيز الحربي",)))
    assert lines.classify("عدسة الكاميرا التقطت المشهد كاملا.") == (Fact(Kind.TEXT),)


def test_a_broadcasters_note_on_external_links_is_a_footer():
    line = "راديو الجسر الدولي غير مسؤول عن محتوى المواقع الخارجية."
    assert lines.classify(line) == (Fact(Kind.FOOTER),)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # several agencies: the site's own story drawn from their copy, no agency's
        ("ع.ش/ م.س (رويترز، د ب أ)", Fact(Kind.DROP)),
        ("ع.ش (أ ف ب)", Fact(Kind.AGENCY, "أ ف ب")),
        ("المتوسط الدولي / أ ف ب", Fact(Kind.BYLINE, Byline(source="أ ف ب"))),
        ("نافذة صنعاء/ سبأ", Fact(Kind.BYLINE, Byline(source="سبأ"))),
        ("ع.ش/ م.س", None),
        # a wire's end mark and its editors' initials credit no agency
        ("(النهاية) ع ف ش / م ع ح", None),
        ("استشارات / تغذية الأطفال", None),
    ],
)
def test_the_agencies_a_story_is_signed_off_with_or_a_site_runs_copy_of(text, fact):
    assert lines._agency_credit(lines._LineView.of(text)) == fact


def test_a_captions_credit_after_its_full_stop_keeps_it_a_caption():
    text = "مسافرون ينتظرون في إحدى محطات القطارات بباريس خلال الإضراب. © أ ف ب"
    assert lines.classify(text) == (Fact(Kind.CAPTION, text),)


@pytest.mark.parametrize(
    "text",
    [
        "تحديث: أضفنا نتائج اختبار البطارية بعد تحديث النظام الأخير.",
        "تحديث: الأحد 2 شباط 2025 - 07:45 - لم يطرأ تغيير جوهري على التوقعات الواردة أعلاه.",
        # its stamp between a dash and the colon
        "تحديث – الخميس 13 شباط 2025، 7:20 صباحاً: أعلنت وزارة التربية تأخير بدء الدوام.",
    ],
)
def test_the_editors_note_on_an_update_is_a_footer(text):
    assert lines.classify(text) == (Fact(Kind.FOOTER),)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "تنبيه: «الصدى المقلوب» موقع ساخر. جميع الأخبار فيه من نسج الخيال، "
            "وأي تشابه مع الواقع محض صدفة.",
            Kind.DROP,
        ),
        ("محتوى ساخر | Satire", Kind.DROP),
        ("Site satirique – موقع ساخر: كل ما يُنشر هنا مختلق", Kind.DROP),
        ("تنبيه: جميع ما يُنشر في «الديوانية» خيالي بالكامل ولأغراض الفكاهة.", Kind.DROP),
        # a story that names a satire site once is the story
        ("وتداول مستخدمون خبراً نشره موقع ساخر عن رفع أسعار الخبز في العاصمة.", Kind.TEXT),
    ],
)
def test_a_satire_sites_notice_that_it_is_one_is_no_paragraph(text, kind):
    assert lines.classify(text)[0].kind is kind


@pytest.mark.parametrize(
    "text",
    [
        "صورة تعبيرية: الرجل لحظة وصوله إلى البند 47 من الشروط والأحكام",
        "Photo d'illustration : une salle de réunion vide, comme d'habitude",
    ],
)
def test_an_illustrations_label_opens_a_caption(text):
    assert lines.classify(text) == (Fact(Kind.CAPTION, text),)


def test_a_stamp_beside_a_phrase_that_opens_with_a_verb_of_publishing_dates_the_story():
    (fact,) = lines.classify("أُضيف قبل أن تنتهي من قراءة الشروط | 2025/02/26 - 09:45 م")
    assert (fact.kind, fact.value, fact.published) == (
        Kind.DATE,
        datetime(2025, 2, 26, 21, 45),
        True,
    )
    # without the verb, a phrase beside a date is no stamp (a list's item, a caption)
    assert lines.classify("مشاهدات الأسبوع الماضي والتعليقات عليه | 2025/02/26")[0].kind is not (
        Kind.DATE
    )


def test_an_update_stamp_alone_is_the_updates_date():
    (fact,) = lines.classify("تحديث: الأحد 2 شباط 2025 - 07:45")
    assert (fact.kind, fact.is_update) == (Kind.DATE, True)


@pytest.mark.parametrize(
    ("text", "is_update"),
    [
        ("Uppdaterad 2024-10-07 11:40", True),
        ("Publicerad 2024-10-07 09:15", False),
        ("Aktualisiert am 12.03.2025 – 18:05", True),
        ("Publicado em 22/08/2024 às 19h10", False),
        # a dateline's city and the stamp's weekday in the language
        ("São Paulo, quinta-feira, 12 de setembro de 2024 – 20h15", False),
        ("Atualizado em 22/08/2024 às 21h00", True),
        ("Imechapishwa: Jumanne, 19 Novemba 2024 | 08:30", False),
        ("Diperbarui: Senin, 12 Agustus 2024 16:20 WIB", True),
        ("Пятница, 8 ноября 2024 | 19:45", False),
        ("Обновлено: 12 марта 2025, 16:05", True),
    ],
)
def test_a_stamp_labelled_in_another_language_is_a_date_and_its_update_label_is_read(
    text, is_update
):
    (fact,) = lines.classify(text)
    assert (fact.kind, fact.is_update) == (Kind.DATE, is_update)


def test_a_broadcasters_photo_credit_is_dropped():
    text = "صورة من: Julian Stratenschulte/dpa/picture alliance"
    assert lines.classify(text) == (Fact(Kind.DROP),)


def test_a_reviews_affiliate_disclosure_is_a_footer():
    text = "إفصاح: قد نحصل على عمولة عند الشراء عبر روابط المتاجر في هذه الصفحة."
    assert lines.classify(text) == (Fact(Kind.FOOTER),)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("تنويه طبي: هذه النصائح عامة ولا تغني عن استشارة الطبيب المختص.", Kind.FOOTER),
        ("عن الكاتبين", Kind.BACK_MATTER),
        ("الهوامش", Kind.BACK_MATTER),
        ("المصادر والهوامش", Kind.BACK_MATTER),
        (
            "هذا التحقيق جزء من سلسلة «ما بعد الاستهلاك» التي ينشرها مرصد 216 بالشراكة مع صحف.",
            Kind.BACK_MATTER,
        ),
        ("الحلقة السابقة:", Kind.READ_ALSO),
        ("في الحلقة الثالثة والأخيرة: تجارب دول أخرى في تنظيم المطابخ المنزلية", Kind.READ_ALSO),
        # an episode's number alone, or the story speaking of one, is neither
        ("الحلقة الأولى", Kind.TEXT),
        ("في الحلقة الأولى من هذا الملف، تتبعنا كيف تحولت آلاف الأسر المنتجة.", Kind.TEXT),
    ],
)
def test_a_long_reads_notes_footnotes_and_links_to_its_other_episodes(text, kind):
    assert lines.classify(text)[0].kind is kind


@pytest.mark.parametrize(
    "text",
    [
        "كيف أعددنا هذا الملف",
        "كيف حللنا البيانات؟",
        "عن البيانات والمنهجية",
        "ملاحظات على البيانات:",
        "هل تعلم؟",
    ],
)
def test_a_boxs_heading_over_its_one_paragraph(text):
    assert lines.classify(text) == (Fact(Kind.DROP, lines.ASIDE),)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ملاحظة منهجية: تُحسب نسبة الملء بقسمة الحجم المخزَّن على السعة الإجمالية.", Kind.DROP),
        ("ملاحظات على البيانات: استخدمنا درجات الحرارة العظمى اليومية لوسط المدينة.", Kind.DROP),
        ("هل تعلم؟ تحتاج أنثى السلحفاة إلى نحو ثلاثين عاماً لتبلغ سن التكاثر.", Kind.DROP),
        ("معلومة: تستطيع المها العربية البقاء أسابيع دون شرب الماء.", Kind.DROP),
        ("ملخص الصفحة الأولى: زرنا ورشة الحاج مبارك على ضفة الخور.", Kind.DROP),
        ("مصطلحات: الدعوى الجماعية – دعوى يرفعها ممثل عن مجموعة كبيرة من المتضررين.", Kind.DROP),
        ("عن الجائزة: جائزة سنوية تأسست عام 2016 وتمنح لرواية عربية منشورة.", Kind.DROP),
        ("كيف نعمل؟ نعتمد على المصادر المفتوحة والبيانات الرسمية، ونعرض أدلتنا كاملة.", Kind.DROP),
        ("منهجيتنا: نراجع كل ادعاء مع مصدرين مستقلين على الأقل قبل النشر.", Kind.DROP),
        # the story's own «how do we work» is its question, with no mark after it
        ("كيف نعمل في ظل انقطاع الكهرباء؟ سؤال يطرحه أصحاب الورش كل صباح.", Kind.TEXT),
        # what the prize's jury said is the story's
        ("عن الجائزة قالت رئيسة اللجنة إن الدورة شهدت مشاركة واسعة.", Kind.TEXT),
        # the story's own question or word is not a box's label
        ("هل تعلم أن ثلث الحوادث يقع بعد الظهر؟ هذا ما تقوله الأرقام الرسمية.", Kind.TEXT),
        ("معلومات الوزارة تشير إلى ارتفاع نسبة الملء في السدود هذا الأسبوع.", Kind.TEXT),
    ],
)
def test_a_boxs_note_beside_its_label(text, kind):
    assert lines.classify(text)[0].kind is kind


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("المحررة البرلمانية: رنا الخطيب", ("رنا الخطيب",)),
        ("المتنبئ الجوي: باسل الحوراني", ("باسل الحوراني",)),
        ("أجاب عنها: د. سامر العلي - أخصائي أمراض الجهاز الهضمي", ("د. سامر العلي",)),
        # a longer label whose first word is a label too: «تجيب» alone is read bare
        ("تجيب عنها: د. سلوى القاسم، استشارية الإرشاد الأسري", ("د. سلوى القاسم",)),
        ("ملف من إعداد: ياسر القحطاني ومريم الشهري", ("ياسر القحطاني", "مريم الشهري")),
        ("يحرر التغطية: مريم الظاهري", ("مريم الظاهري",)),  # a live blog's writer
        ("يجيب عنه: الشيخ عادل الكندري", ("الشيخ عادل الكندري",)),
        (
            "تحقيق: آمنة الزغلامي وتوماس برغر | ترجمة: هادي الشابي | صور: ياسين العيادي",
            ("آمنة الزغلامي", "توماس برغر"),
        ),
        # the writer's field after the photographer's
        ("تصوير: فهد العتيبي | نص: ريم الزهراني", ("ريم الزهراني",)),
        # where and for whom it was filed, then the labelled byline after a dash
        ("القاهرة: مرافئ السودان – تقرير: منى الطيب عثمان", ("منى الطيب عثمان",)),
        # a cartoonist, a tester, an interviewer, a reader who sent the news in
        ("بريشة الفنان: نضال العمري", ("نضال العمري",)),
        ("بقلم وريشة: ياسين بوعلام", ("ياسين بوعلام",)),
        ("اختبرها: طارق الزعابي", ("طارق الزعابي",)),
        ("حاورتها: كارلا صعب", ("كارلا صعب",)),
        ("أرسله: جاد نصر الله – جبيل", ("جاد نصر الله",)),
        # who wrote it for the site; an analyst who wrote it up
        ("كتبت للموقع: مي الأيوبي", ("مي الأيوبي",)),
        ("تحليل وكتابة: ديما الخطيب | تصميم الرسوم: فراس عودة", ("ديما الخطيب",)),
        # an outlet's correspondent, the outlet unquoted
        ("مراسل أصداء جيبوتي: عبد القادر حسن ديريه", ("عبد القادر حسن ديريه",)),
        # (and where the correspondent is)
        ("مراسل صدى العصابة في كيفه: الشيخ ولد محمد فال", ("الشيخ ولد محمد فال",)),
        ("مراسلة الموقع في كيفه: مريم سالم", ("مريم سالم",)),
        # an editing credit whose name is the site's reporter
        ("تحرير: عبد الرحيم البوزيدي – مراسل الحمراء 24 بالحوز", ("عبد الرحيم البوزيدي",)),
        # a press review's and a transcript's writers; a children's page's, for its readers
        ("عرض وترجمة: كريم نصار", ("كريم نصار",)),
        ("تفريغ ومتابعة: مها الجبوري", ("مها الجبوري",)),
        ("كَتَبَتْ لَكُمْ: سَلْمَى يُوسُف", ("سَلْمَى يُوسُف",)),
        ("حرّرها لكم: عمر البنا", ("عمر البنا",)),
    ],
)
def test_a_desk_writers_beat_an_answers_label_and_a_row_of_credits_name_the_writers(text, authors):
    (fact,) = lines.classify(text)
    assert (fact.kind, cast(Byline, fact.value).authors) == (Kind.BYLINE, authors)


def test_a_boxs_heading_and_its_day_after_a_dash_name_no_one():
    facts = lines.classify("جدول القطع المبرمج – الأربعاء 18 يونيو 2025")
    assert all(fact.kind is not Kind.BYLINE for fact in facts)
    # a name and the date do
    assert lines.classify("محمد بنعلي - الجمعة 5 يوليوز 2024")[0].kind is Kind.BYLINE


def test_a_republished_storys_note_names_the_outlet_that_printed_it_first():
    text = "نُشر هذا التحقيق أولاً في «مرصد ميزان» ويُعاد نشره هنا بالاتفاق معه."
    assert lines.classify(text) == (Fact(Kind.SOURCE, "مرصد ميزان"),)
    # where it was printed first in the outlet's own paper is a note on the text
    text = "نُشر هذا التقرير في العدد المطبوع رقم 88 من مجلة رواق."
    assert lines.classify(text)[0].kind is Kind.BACK_MATTER


def test_the_editorial_boards_credit_names_no_one_and_no_body():
    (fact,) = lines.classify("إعداد: هيئة التحرير")
    assert fact == Fact(Kind.BYLINE, Byline())
    # a body named after the label is its source
    (fact,) = lines.classify("نُشر بواسطة: هيئة السياحة والتراث")
    assert cast(Byline, fact.value).source == "هيئة السياحة والتراث"


def test_an_editing_credit_without_a_reporters_role_names_an_editor():
    (fact,) = lines.classify("تحرير: عبد الرحيم البوزيدي – رئيس قسم الأخبار")
    assert fact.value == Byline(editors=("عبد الرحيم البوزيدي",), stands_in=True)


def test_a_row_of_credits_keeps_its_other_credits_apart_from_the_writers():
    (fact,) = lines.classify("تحقيق: آمنة الزغلامي | ترجمة: هادي الشابي | تصوير: ياسين العيادي")
    assert fact.value == Byline(
        authors=("آمنة الزغلامي",), editors=("ياسين العيادي",), translators=("هادي الشابي",)
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("الصفحة 1 من 3", Kind.DROP),
        ("‹ الصفحة السابقة | الصفحة 2 من 3 | الصفحة التالية ›", Kind.DROP),
        ("‹ السابق   صورة 3 من 12   التالي ›", Kind.DROP),
        ("الصفحة 3 من 3 | ‹ الصفحة السابقة", Kind.DROP),
        # the story citing a page
        ("وفي الصفحة 3 من 10 يرد نص القرار كاملاً", Kind.TEXT),
    ],
)
def test_a_paginated_storys_or_a_slideshows_counter_is_dropped(text, kind):
    assert lines.classify(text)[0].kind is kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("في مثل هذا اليوم: 30 أغسطس ◂ رحيل نجيب محفوظ (2006) ◂ افتتاح معرض للكتاب", Kind.DROP),
        ("شريط الأخبار: السفارة تعلن مواعيد جديدة ● الجالية تحتفل بالعيد", Kind.DROP),
        # a byline with the writer's role after a mark is no strip
        ("نشر بواسطة: مريم خوري · منسقة الحملات", Kind.BYLINE),
    ],
)
def test_a_labelled_strip_of_items_between_marks_is_dropped(text, kind):
    assert lines.classify(text)[0].kind is kind


def test_a_print_copys_footer_names_the_outlet_without_its_preposition():
    text = "طُبعت هذه الصفحة من الموقع الإلكتروني لجريدة الأفق"
    assert lines.classify(text) == (Fact(Kind.SITE, "جريدة الأفق"),)


def test_a_lite_pages_link_to_the_full_page_is_dropped():
    assert lines.classify("الانتقال إلى النسخة الكاملة") == (Fact(Kind.DROP),)


@pytest.mark.parametrize(
    "text",
    [
        "من اليسار: الرئيس التنفيذي لمجموعة الرمال والمدير العام لشركة أفق خلال توقيع الاتفاقية",
        "صورة من حفل الإطلاق في المقر الرئيسي للبنك بمرفأ البحرين المالي",
    ],
)
def test_a_line_saying_what_a_photo_shows_or_who_stands_where_is_a_caption(text):
    assert lines.classify(text) == (Fact(Kind.CAPTION, text),)


def test_a_consultations_answer_date_is_the_pages_and_its_question_date_is_not():
    assert lines.classify("تاريخ الإجابة: 05/04/2025") == (Fact(Kind.DATE, date(2025, 4, 5)),)
    assert lines.classify("تاريخ السؤال: 02/04/2025") == (Fact(Kind.DROP),)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("إعدادات الخصوصية", Fact(Kind.DROP)),
        ("استمع للبث المباشر الآن 🔴", Fact(Kind.DROP)),
        ("مشاركة الحلقة", Fact(Kind.DROP)),
        ("التشكيلة", Fact(Kind.RELATED)),
        ("جميع الحقوق محفوظة للمنبر 2025", Fact(Kind.COPYRIGHT, "المنبر")),
    ],
)
def test_a_players_and_a_cookie_notices_buttons_a_line_up_and_a_holder_after_lam(text, fact):
    assert lines.classify(text) == (fact,)


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("جملہ حقوق محفوظ ہیں © 2025 صدى إسلام آباد", "صدى إسلام آباد"),
        ("کلیه حقوق محفوظ است © 2024 صدای تهران", "صدای تهران"),
    ],
)
def test_rights_reserved_in_urdu_or_persian_are_no_holder(text, holder):
    assert lines.classify(text) == (Fact(Kind.COPYRIGHT, holder),)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("تفاصيل أكثر بعد قليل...", Fact(Kind.DROP)),
        ("المزيد من التفاصيل لاحقاً", Fact(Kind.DROP)),
        ("التحديث رقم (3)", Fact(Kind.DROP)),
        ("النشرة رقم (9) – تأثيرات المنخفض الجوي", Fact(Kind.DROP)),
        ("منهجية العمل", Fact(Kind.DROP, "aside")),
        ("حق الرد", Fact(Kind.BACK_MATTER)),
        ("نُشر هذا التحقيق بالتزامن مع شركاء الشبكة في أربع دول.", Fact(Kind.BACK_MATTER)),
    ],
)
def test_an_urgents_promise_and_an_investigations_method_reply_and_partners(text, fact):
    assert lines.classify(text) == (fact,)


@pytest.mark.parametrize(
    "text", ["متابعة - قناة الكرخ الفضائية", "كتب: موقع الرصيف الإخباري", "إعداد: صحيفة الوادي"]
)
def test_a_labelled_byline_naming_an_outlet_credits_no_writer(text):
    (fact,) = lines.classify(text)
    byline = cast(Byline, fact.value)
    assert fact.kind is Kind.BYLINE
    assert (byline.authors, byline.source) == ((), text.split(maxsplit=1)[1].lstrip("-: "))


def test_a_ministrys_communication_cell_is_a_desk():
    assert lines.classify("خلية الاتصال") == (Fact(Kind.DROP),)


@pytest.mark.parametrize(
    "text", ["تخطي إلى القائمة الرئيسية", "تخطي إلى المزيد من المقالات", "Skip to main menu"]
)
def test_an_accessibility_link_to_a_part_of_the_page_is_dropped(text):
    assert lines.classify(text) == (Fact(Kind.DROP),)


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("كتبت: رهف الأحمد | حلب", "رهف الأحمد"),
        ("نقد: رامي عبد المجيد", "رامي عبد المجيد"),
        ("اختبار وتصوير: وليد الكردي", "وليد الكردي"),
        ("حاوره في الدار البيضاء: أنس بنعمر", "أنس بنعمر"),
        ("مراسلنا من ورقلة: عبد القادر حمودي", "عبد القادر حمودي"),
        ("مراسلنا بسطيف: عبد الحق زروقي", "عبد الحق زروقي"),
        ("موفدتنا في باريس: ليلى حداد", "ليلى حداد"),
        ("قصة وتصوير: نادين عبود", "نادين عبود"),
        ("قصة: ياسمين العلي", "ياسمين العلي"),
        ("نص: مها الدوسري", "مها الدوسري"),
        ("بقلم مراسلنا الصغير: سامر الخطيب (12 عاماً)", "سامر الخطيب"),
        ("مراسلتنا الميدانية: لينا حداد", "لينا حداد"),
        ("يغطيها: سامر العلي", "سامر العلي"),
        ("ترافقكم في التغطية: دانة الخطيب", "دانة الخطيب"),
        ("مبعوث «المدى» إلى قرطاج: كريم الحامي", "كريم الحامي"),
        ("موفدتنا إلى الرباط: هدى السالمي", "هدى السالمي"),
    ],
)
def test_a_city_after_a_bar_a_critics_a_testers_and_an_interviewers_labels(text, author):
    assert lines.classify(text) == (Fact(Kind.BYLINE, Byline(authors=(author,))),)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Accepter   Paramétrer", Kind.DROP),
        ("هل لديك استشارة؟ أرسليها عبر النموذج أسفل الصفحة", Kind.FOOTER),
        (
            "تنبيه: المعلومات الواردة في هذا المقال للتوعية العامة، ولا تغني عن استشارة الطبيب.",
            Kind.BACK_MATTER,
        ),
        ("هذه المادة من إنتاج طلاب مقرر «التحرير الصحفي» في كلية الإعلام.", Kind.BACK_MATTER),
        # a warning the story gives stays the story's
        ("تنبيه: يجب على المواطنين الابتعاد عن الأودية.", Kind.TEXT),
    ],
)
def test_foreign_cookie_buttons_the_call_for_questions_and_notes_on_the_text(text, kind):
    assert lines.classify(text)[0].kind is kind


@pytest.mark.parametrize(
    "text",
    ["التعليقات مغلقة لهذا الخبر.", "تم إغلاق التعليقات على هذا المقال", "Comments are closed."],
)
def test_comments_closed_heads_the_comments(text):
    assert lines.classify(text) == (Fact(Kind.COMMENTS),)


def test_a_label_after_its_translation_and_a_slash_is_read_in_arabic():
    assert lines.classify("Dela / شارك: فيسبوك | واتساب | إكس") == (Fact(Kind.SHARE),)
    # a name printed in both scripts is no label
    assert lines.classify("Nadir Bouzid / نذير بوزيد")[0].kind is not Kind.SHARE


@pytest.mark.parametrize(
    "text",
    ["قراءة: دقيقتان", "قراءة: خمس دقائق", "المدة التقديرية للقراءة: 9 دقائق", "قراءة في دقيقتين"],
)
def test_a_reading_time_in_words_or_digits_is_no_byline(text):
    assert lines.classify(text) == (Fact(Kind.DROP),)


def test_a_reviews_reading_label_still_names_its_writer():
    assert lines.classify("قراءة: محمد علي") == (Fact(Kind.BYLINE, Byline(authors=("محمد علي",))),)


def test_a_post_named_in_a_byline_names_no_one():
    assert lines.classify("بواسطة: محرر الموقع") == (Fact(Kind.BYLINE, Byline()),)
    assert lines.classify("كتبت: مراسلة الشؤون المحلية") == (Fact(Kind.BYLINE, Byline()),)
    assert lines.classify("بواسطة: مراسل نافذة الموصل") == (Fact(Kind.BYLINE, Byline()),)


@pytest.mark.parametrize(
    "text", ["هل أنت راضٍ عن محتوى هذه الصفحة؟", "هل كنت راضياً عن الخدمة؟ نعم لا"]
)
def test_a_satisfaction_widget_is_dropped(text):
    assert lines.classify(text) == (Fact(Kind.DROP),)


def test_a_name_and_role_between_a_bar_is_a_byline():
    assert lines.classify("عمر الكعبي | محرر التقنية") == (
        Fact(Kind.BYLINE, Byline(authors=("عمر الكعبي",))),
    )
    # a menu of two sections is not
    assert lines.classify("أخبار | رياضة")[0].kind is not Kind.BYLINE


@pytest.mark.parametrize(
    "text", ["عبدالله يوسف – محرر الشؤون المحلية", "ماجد العنزي / محرر الانتقالات"]
)
def test_a_persons_name_and_a_newsroom_post_between_a_dash_or_slash_is_a_byline(text):
    name = " ".join(text.split()[:2])
    assert lines.classify(text) == (Fact(Kind.BYLINE, Byline(authors=(name,))),)


@pytest.mark.parametrize(
    "text",
    [
        "ريم الحوسني – مديرة الاتصال المؤسسي",  # a press release's contact
        "دير البلح – مراسل مرايا غزة",  # a town and its unnamed correspondent
    ],
)
def test_a_contact_or_a_town_beside_a_post_is_no_writers_byline(text):
    facts = lines.classify(text)
    assert not any(isinstance(f.value, Byline) and f.value.authors for f in facts)


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("وكالة أنباء الإمارات", True),
        ("وكالة أنباء فارس", True),
        ("وكالة الأنباء القطرية", True),
        # what an outlet is, under its masthead: no agency's name
        ("وكالة أنباء موريتانية مستقلة", False),
        ("وكالة إخبارية مستقلة", False),
    ],
)
def test_an_agencys_name_is_not_a_description_of_one(text, agency):
    assert (lines.classify(text)[0].kind is Kind.AGENCY) is agency


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("متطوعون يوزعون عبوات المياه © جسور", Kind.CAPTION),
        # the picture's own date before the credit
        (
            "مزارعون يجنون عراجين التمر في واحة قرب بسكرة في 17 تشرين الأول/أكتوبر 2024. © أ ف ب",
            Kind.CAPTION,
        ),
        # the year after a slash is the credit's
        ("أطفال داخل فصل دراسي مؤقت في مأرب © يونيسف/2024", Kind.CAPTION),
        ("© 2025 صوت الراين - جميع الحقوق محفوظة", Kind.COPYRIGHT),
        ("سياسة الخصوصية | اتصل بنا | © نافذة الشرق", Kind.COPYRIGHT),
    ],
)
def test_a_picture_credited_after_the_mark_is_a_caption_and_a_notice_is_not(text, kind):
    assert lines.classify(text)[0].kind is kind


def test_a_breaking_news_strip_copied_as_one_line_is_dropped():
    text = (
        "عاجل | محافظ الجيزة يتابع أعمال إصلاح كسر خط المياه الرئيسي بالهرم • عاجل | تعطل مؤقت "
        "في خدمات الإنترنت الأرضي ببعض المناطق • عاجل | الأرصاد: أمطار خفيفة على السواحل غداً"
    )
    assert lines.classify(text) == (Fact(Kind.DROP),)
    # one item alone is a headline's label
    assert (
        lines.classify("عاجل | محافظ الجيزة يتابع أعمال إصلاح كسر خط المياه")[0].kind
        is not Kind.DROP
    )


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("جميع الحقوق محفوظة لشبكة نابلس الآن الإخبارية 2024", "شبكة نابلس الآن الإخبارية"),
        ("© 2025 Maghreb Tarbia – Tous droits réservés", "Maghreb Tarbia"),
    ],
)
def test_a_copyright_notice_names_its_holder_without_the_lam_or_the_french_words(text, holder):
    assert lines.classify(text) == (Fact(Kind.COPYRIGHT, holder),)


def test_a_print_editions_date_line_with_its_number_and_year_is_a_date():
    line = "الأحد ١٢ يناير ٢٠٢٥ م - العدد ٧٧٣٤ - السنة الثانية والعشرون"
    assert lines.classify(line) == (Fact(Kind.DATE, date(2025, 1, 12)),)


def test_a_city_a_slash_and_a_reporter_is_a_dateline_not_a_breadcrumb():
    assert lines.classify("غزة / ريم أبو عودة")[0] == Fact(Kind.PAIR, ("غزة", "ريم أبو عودة"))
    assert lines.classify("أخبار / سياسة")[0].kind is Kind.BREADCRUMB


def test_where_a_reporter_filed_from_a_colon_and_her_name_is_a_pair():
    line = "من أنجمينا: يوسف محمد أبكر"
    assert lines.classify(line)[0] == Fact(Kind.PAIR, ("من أنجمينا", "يوسف محمد أبكر"))
    assert lines.classify("من أنجمينا: عودة الصيادين إلى البحيرة")[0].kind is Kind.TEXT


def test_a_reporter_a_slash_and_a_city_is_a_dateline_not_a_breadcrumb():
    assert lines.classify("رنا الزعبي / عمّان")[0] == Fact(Kind.PAIR, ("رنا الزعبي", "عمّان"))
    assert lines.classify("أخبار / عمّان")[0].kind is Kind.BREADCRUMB


def test_a_town_with_its_country_in_brackets_then_an_agency_is_a_pair():
    text = "أدري (تشاد) – أ ف ب"
    assert lines.classify(text) == (Fact(Kind.PAIR, ("أدري (تشاد)", "أ ف ب")),)
    # a caption's two words before its credit in brackets are no town
    text = "جهاز قياس ضغط الدم المنزلي - صورة توضيحية (شترستوك)"
    assert lines.classify(text)[0].kind is not Kind.PAIR


def test_a_dateline_ending_in_a_colon_over_the_lead_is_still_a_pair():
    assert lines.classify("نابلس - مراسلنا:")[0] == Fact(Kind.PAIR, ("نابلس", "مراسلنا"))


def test_a_bulleted_link_with_its_date_is_a_list_item_not_a_byline():
    facts = lines.classify("• حين يشح الماء - الجمعة 6 سبتمبر 2024")
    assert Kind.BYLINE not in [f.kind for f in facts]


def test_a_dashed_signature_with_the_writers_role_after_a_comma_names_the_writer():
    assert lines.classify("— سلمى العطار، كاتبة وباحثة في التراث") == (
        Fact(Kind.BYLINE, Byline(authors=("سلمى العطار",))),
        Fact(Kind.BACK_MATTER),
    )


@pytest.mark.parametrize(
    "text", ["تحليل: لماذا ترتفع أسعار الذهب؟", "تقرير: كيف تتحرك الأسواق", "قراءة: هل تنجح الخطة!"]
)
def test_a_kicker_over_a_question_is_no_byline(text):
    assert Kind.BYLINE not in [f.kind for f in lines.classify(text)]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("صدى الوادي الإخباري • منذ 3 ساعات", "صدى الوادي الإخباري"),
        ("جريدة الفجر الرقمية | منذ يومين", "جريدة الفجر الرقمية"),
    ],
)
def test_an_aggregators_card_of_an_outlet_and_a_relative_time_credits_the_outlet(text, outlet):
    assert lines.classify(text) == (
        Fact(Kind.BYLINE, Byline(source=outlet)),
        Fact(Kind.RELATIVE),
    )


@pytest.mark.parametrize(
    "text", ["عرض الصفحة كصورة | الانتقال إلى صفحة: 12 13 14", "صفحات العدد: 1 2 3 4 5"]
)
def test_an_epapers_pager_is_furniture(text):
    assert lines.classify(text) == (Fact(Kind.DROP),)


def test_an_official_site_label_beside_what_the_outlet_is_names_no_site():
    assert lines.classify("جريدة إقليمية أسبوعية - الموقع الرسمي")[0].kind is not Kind.SITE
    assert lines.classify("الموقع الرسمي | القاهرة الإخبارية") == (
        Fact(Kind.SITE, "القاهرة الإخبارية"),
    )


@pytest.mark.parametrize(
    "text",
    [
        "يستخدم هذا الموقع ملفات الارتباط لتحسين تجربتك. باستمرارك في التصفح فإنك توافق على ذلك.",
        "قبول الكل | تخصيص",
    ],
)
def test_a_cookie_notice_without_its_usual_words_and_its_buttons_are_furniture(text):
    assert lines.classify(text) == (Fact(Kind.DROP),)


@pytest.mark.parametrize(
    "text",
    [
        "تصحيح: في نسخة سابقة من هذا الخبر ورد أن عدد الحافلات عشرون، والصحيح أنها خمس عشرة.",
        "تصحيح (3 مايو 2025): ورد في نسخة سابقة من هذا التقرير أن المسح شمل تسعة أحياء.",
        "المراجع: دراسات منشورة في دوريات متخصصة بطب الأطفال.",
    ],
)
def test_a_correction_or_the_references_beside_their_label_end_the_story(text):
    assert lines.classify(text) == (Fact(Kind.BACK_MATTER),)


def test_a_body_by_its_name_is_no_desk_to_drop_but_its_media_office_is():
    assert lines.classify("هيئة الإغاثة الإنسانية العربية") == (Fact(Kind.TEXT),)
    assert lines.classify("المكتب الإعلامي للهيئة") == (Fact(Kind.DROP),)


@pytest.mark.parametrize(
    "text",
    [
        "لديك 3 مقالات مجانية متبقية هذا الشهر. اشترك للوصول غير المحدود.",
        "انضم إلى 12,400 مشترك يصلهم هذا البريد كل خميس.",
        "شارك هذه النشرة مع صديق",
        "أعجبتك النشرة؟ ادعمها باشتراك مدفوع يبدأ من دولارين شهرياً.",
        "هذا التحليل متاح فقط للمشتركين",
        "أكمل القراءة واحصل على الوصول الكامل إلى أرشيف المجلة",
        "هل لديك حساب؟ سجّل الدخول",
        "الاشتراك السنوي: 120 ديناراً",
    ],
)
def test_a_paywalls_meter_and_a_newsletters_calls_are_furniture(text):
    assert lines.classify(text) == (Fact(Kind.DROP),)


def test_a_note_that_the_article_is_translated_ends_the_story():
    assert lines.classify("هذا المقال مترجم عن النسخة الإنجليزية من الصحيفة.") == (
        Fact(Kind.BACK_MATTER),
    )


@pytest.mark.parametrize("text", ["التعليقات (2) - أرشيف", "التعليقات (14) | الأقدم أولاً"])
def test_a_comments_heading_with_its_count_and_a_label_after_it(text):
    assert lines.classify(text) == (Fact(Kind.COMMENTS),)


def test_a_date_beside_a_reading_time_is_still_the_date():
    assert lines.classify("8 حزيران 2024 · مدة القراءة: 4 دقائق") == (
        Fact(Kind.DATE, date(2024, 6, 8)),
        Fact(Kind.DROP),
    )


@pytest.mark.parametrize(
    "text",
    [
        "نسخة مؤرشفة - أرشيف الصحافة الرقمية",
        "تنبيه: هذه نسخة مؤرشفة من موقع «صوت الوادي» بعد توقفه عن التحديث. قد لا تعمل بعض الروابط.",
        "هذه هي نسخة Google المخبأة من الصفحة. إنها لقطة للصفحة كما ظهرت في 3 مارس 2025.",
        "ربما تم تغيير الصفحة الحالية في الوقت نفسه. مزيد من المعلومات.",
        "نصيحة: للعثور على عبارة البحث بسرعة في هذه الصفحة، اضغط على Ctrl+F.",
        "This is Google's cache of a page. It is a snapshot of the page as it appeared on 3 Mar.",
    ],
)
def test_an_archives_banner_over_its_copy_is_furniture(text):
    assert lines.classify(text) == (Fact(Kind.DROP),)


@pytest.mark.parametrize(
    "text",
    [
        "هذا المقال نُشر قبل أكثر من عام، وقد لا تكون بعض معلوماته محدّثة.",
        "هذه المادة منشورة منذ عام 2019، وقد تغير بعض ما ورد فيها.",
        "This article is more than 5 years old.",
    ],
)
def test_the_pages_notice_that_its_story_is_old_is_furniture(text):
    assert lines.classify(text) == (Fact(Kind.DROP),)


def test_a_lead_that_speaks_of_its_report_is_no_notice_of_age():
    lead = "هذا التقرير يرصد قبل الانتخابات أحوال الناخبين في ثلاث محافظات جنوبية."
    assert lines.classify(lead) != (Fact(Kind.DROP),)


@pytest.mark.parametrize("text", ["5-6 دقائق", "3 – 4 دقائق", "7–9 minutes"])
def test_a_reader_views_reading_estimate_alone_is_furniture(text):
    assert lines.classify(text) == (Fact(Kind.DROP),)


def test_one_running_time_alone_is_not_read_as_an_estimate():
    assert lines.classify("45 دقيقة") != (Fact(Kind.DROP),)


@pytest.mark.parametrize("text", ["مراسلنا – الرياض", "فريق التحرير", "مراسلنا الخاص"])
def test_an_envoy_or_a_desk_without_a_name_credits_no_one(text):
    assert lines.classify(text) == (Fact(Kind.DROP),)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("عن صحيفة «ذا مورنينغ ستار» البريطانية", "ذا مورنينغ ستار"),
        ("نقلاً عن مجلة «دير فوكس» الألمانية – ترجمة «الجسر»", "دير فوكس"),
        ("المصدر: صحيفة «الرأي»", "الرأي"),
    ],
)
def test_a_quoted_outlet_in_its_description_is_the_source_by_its_name(text, source):
    assert lines.classify(text) == (Fact(Kind.SOURCE, source),)


def test_a_writer_beside_a_described_foreign_paper_is_a_pair():
    assert lines.classify("ماريا لوبيث – صحيفة «لا فوز دي غاليسيا» الإسبانية") == (
        Fact(Kind.PAIR, ("ماريا لوبيث", "صحيفة «لا فوز دي غاليسيا» الإسبانية")),
    )


def test_who_put_it_into_arabic_is_its_translator():
    assert lines.classify("نقلته إلى العربية: سلمى دياب") == (
        Fact(Kind.BYLINE, Byline(translators=("سلمى دياب",))),
    )


def test_a_dateline_of_the_sites_own_staff_beside_the_stamp_gives_both():
    facts = lines.classify("مصراتة – «الشروق» – خاص | 2025-02-11 09:40")
    assert [f.kind for f in facts] == [Kind.PAIR, Kind.DATE]
    assert facts[0].value == ("مصراتة", "«الشروق»")
    assert facts[1].value == datetime(2025, 2, 11, 9, 40)


@pytest.mark.parametrize("text", ["EN | عربي", "Français | العربية", "English", "عربي / English"])
def test_a_sites_language_switch_is_furniture(text):
    assert lines.classify(text) == (Fact(Kind.DROP),)


@pytest.mark.parametrize("text", ["عربي", "العربية"])
def test_a_languages_name_alone_in_arabic_may_be_a_section_or_a_channel(text):
    assert lines.classify(text) == (Fact(Kind.TEXT),)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("محتويات المقال [إخفاء]", Fact(Kind.DROP, lines.CONTENTS)),
        ("ابحث عن دواء أو مرض...", Fact(Kind.DROP)),
        ("ابحث في الموقع…", Fact(Kind.DROP)),
        (
            "المصادر: دليل منظمة الصحة العالمية، الجمعية الأوروبية لأمراض القلب، 2024.",
            Fact(Kind.BACK_MATTER),
        ),
        ("المصادر: وكالات", Fact(Kind.SOURCE, "وكالات")),
    ],
)
def test_a_contents_toggle_a_search_box_and_a_list_of_references(text, fact):
    assert lines.classify(text) == (fact,)


@pytest.mark.parametrize("text", ["بواسطة admin", "بواسطة: editor_2"])
def test_a_publishing_systems_account_credits_no_one(text):
    assert lines.classify(text) == (Fact(Kind.BYLINE, Byline()),)


def test_a_city_a_slash_and_an_outlet_is_a_pair():
    assert lines.classify("الموصل/ شبكة نينوى") == (Fact(Kind.PAIR, ("الموصل", "شبكة نينوى")),)


@pytest.mark.parametrize("text", ["افتح في التطبيق ✕", "حمّل تطبيق الموقع", "ر ج", "م.ع"])
def test_an_apps_banner_and_a_writers_initials_are_furniture(text):
    assert lines.classify(text) == (Fact(Kind.DROP),)


@pytest.mark.parametrize("text", ["من", "☰ الرصد 24"])
def test_a_short_word_and_a_masthead_after_the_menus_button_stay_text(text):
    assert lines.classify(text) == (Fact(Kind.TEXT),)


@pytest.mark.parametrize("text", ["عن «باي نيل»", "حول «مختبرات الساحل»"])
def test_a_press_releases_note_on_the_company_by_its_quoted_name_ends_the_story(text):
    assert lines.classify(text) == (Fact(Kind.BACK_MATTER),)


def test_a_sentence_about_a_quoted_name_is_no_heading():
    assert lines.classify("عن «الأيام» نتحدث") == (Fact(Kind.TEXT),)


def test_a_share_from_the_outlets_app_names_the_source():
    assert lines.classify("📲 تمت المشاركة من تطبيق «صوت المدينة»") == (
        Fact(Kind.SOURCE, "صوت المدينة"),
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "نُشر هذا المقال أولاً بالفرنسية في صحيفة «Le Courrier»، وننشره بترجمة خاصة.",
            Kind.BACK_MATTER,
        ),
        ("مقالات الكاتبة", Kind.RELATED),
    ],
)
def test_a_translated_columns_first_printing_and_the_writers_other_columns(text, kind):
    assert lines.classify(text) == (Fact(kind),)


@pytest.mark.parametrize(
    "text",
    [
        "Flash info | عاجل : تمديد آجال التسجيل إلى 20 مارس",
        "Breaking: انقطاع الكهرباء عن وسط المدينة",
    ],
)
def test_a_breaking_strip_labelled_in_another_language_is_the_sites_chrome(text):
    assert lines.classify(text) == (Fact(Kind.DROP),)


@pytest.mark.parametrize("text", ["2025-03-11 · 08:05 GST", "11 مارس 2025 - 08:05 CET"])
def test_a_stamps_time_zone_after_the_clock_keeps_the_time(text):
    assert lines.classify(text) == (Fact(Kind.DATE, datetime(2025, 3, 11, 8, 5)),)


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("الساعة 10:40 صباحاً", time(10, 40)),  # no score between two teams
        ("الساعة 18:25 بتوقيت باكو", time(18, 25)),  # the place whose time it is
        ("الساعة 18:25 بتوقيت مكة المكرمة", time(18, 25)),
    ],
)
def test_a_time_of_day_alone_is_a_time_whatever_place_it_names(text, clock):
    assert lines.classify(text) == (Fact(Kind.TIME, clock),)


def test_a_writers_photo_named_by_its_alt_text_is_furniture():
    assert lines.classify("صورة سعيد الراشدي") == (Fact(Kind.DROP),)
    # what a photo shows is no writer's avatar
    assert lines.classify("صورة أرشيفية للمبنى")[0].kind is not Kind.DROP


@pytest.mark.parametrize(
    "text",
    [
        "Direct | وفاق الصنوبر 1 - 0 نصر الأوراس (د 67) | شباب الواحات 2 - 2 اتحاد الساحل (نهاية)",
        # the competition's label before its first match
        "مباشر | دوري اليد الممتاز – الجولة 18: الشروق 31 - 29 الفرسان (نهاية)"
        " | الأولمبي 27 - 27 النصر الساحلي (نهاية) | الجزيرة × المعادي (الشوط الأول 12 - 10)",
    ],
)
def test_a_results_ticker_is_dropped(text):
    assert lines.classify(text) == (Fact(Kind.DROP),)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("المصدر: أ ف ب – خدمة تقصي صحة الأخبار", "أ ف ب"),  # the agency, then its desk
        ("المصدر: وزارة الصحة - الأردن", "وزارة الصحة - الأردن"),  # no agency: as printed
    ],
)
def test_a_source_label_naming_an_agency_and_its_desk_gives_the_agency(text, source):
    assert lines.classify(text) == (Fact(Kind.SOURCE, source),)


def test_a_meeting_time_in_a_sentence_is_no_stamp():
    assert lines.classify("الاجتماع الساعة 18:25 بتوقيت باكو في الفندق")[0].kind is Kind.TEXT


def test_a_description_dated_after_a_comma_and_credited_in_brackets_is_a_caption():
    text = "صيادون يصلحون شباكهم في ميناء طرطوس، 14 شباط 2025 (شام برس)"
    assert lines.classify(text) == (Fact(Kind.CAPTION, text),)
    # a paragraph that ends on a date and a bracketed word ends its sentence first
    assert lines.classify(text + ".")[0].kind is not Kind.CAPTION
    # and a bracket without a date before it is not this shape
    undated = "صيادون يصلحون شباكهم في ميناء طرطوس، صباح الجمعة (شام برس)"
    assert lines.classify(undated)[0].kind is not Kind.CAPTION


@pytest.mark.parametrize(
    "text", ["أدخل رقم الجلوس", "استعلم عن نتيجتك الآن", "اكتب بريدك الإلكتروني", "اختر المحافظة"]
)
def test_a_lookup_forms_field_and_call_are_furniture(text):
    assert lines.classify(text) == (Fact(Kind.DROP),)


def test_a_sentence_opening_with_the_same_verb_is_no_form():
    assert lines.classify("أدخل المجلس تعديلات على قانون الانتخاب")[0].kind is Kind.TEXT


def test_a_quoted_texts_label_is_no_byline():
    assert lines.classify("نص: كلمة الوزير في حفل الافتتاح")[0].kind is Kind.TEXT


def test_a_polls_question_is_furniture_and_a_surveys_finding_is_not():
    assert lines.classify("تصويت: من أفضل لاعب في الجولة؟") == (Fact(Kind.DROP),)
    assert lines.classify("استطلاع: 60% من الشباب يفضلون العمل الحر")[0].kind is Kind.TEXT


def test_a_dateline_beside_a_reporters_name_after_a_bar_gives_both():
    assert lines.classify("سيئون: «صوت الوادي» | عمر بن طالب") == (
        Fact(Kind.PAIR, ("سيئون", "«صوت الوادي»")),
        Fact(Kind.BYLINE, Byline(authors=("عمر بن طالب",))),
    )


@pytest.mark.parametrize(
    "text",
    [
        "ملف: معرض الرياض الدولي للكتاب 2025",
        "ملف خاص | الحلقة الثالثة من أربع",
        "العد التنازلي لافتتاح كأس آسيا: 12 يوماً 4 ساعات 10 دقائق",
        "متبقٍ: 02 يوم 11 ساعة",
    ],
)
def test_a_dossiers_kicker_and_a_countdowns_clock_are_furniture(text):
    assert lines.classify(text) == (Fact(Kind.DROP),)


def test_a_headline_about_a_file_is_no_kicker():
    assert lines.classify("ملف الطاقة يتصدر مباحثات الرئيسين في الرياض")[0].kind is Kind.TEXT


def test_a_newsletters_note_to_its_readers_is_furniture_and_a_sentence_like_it_is_not():
    assert lines.classify("هذا ما جمعناه لكم من أخبار الأسبوع.") == (Fact(Kind.DROP),)
    assert lines.classify("نشرة المساء | العدد 301") == (Fact(Kind.DROP),)
    text = "هذه أبرز التحديات التي تواجه الاقتصاد في العام المقبل"
    assert lines.classify(text)[0].kind is Kind.TEXT


def test_a_source_beside_the_desks_editor_gives_both():
    facts = lines.classify("المصدر: رويترز | تحرير: منى الرفاعي")
    assert Fact(Kind.SOURCE, "رويترز") in facts
    editor = next(f for f in facts if f.kind is Kind.BYLINE)
    assert cast(Byline, editor.value).editors == ("منى الرفاعي",)


@pytest.mark.parametrize("text", ["تثبيت", "افتح التطبيق", "Install"])
def test_an_app_banners_button_alone_is_dropped(text):
    # (under «حمّل تطبيق بوابة الميدان مجاناً», over the masthead: no site's name)
    assert lines.classify(text)[0].kind is Kind.DROP


def test_an_archive_photos_credit_after_its_label_keeps_it_a_caption():
    text = "عاملة صحية تعطي جرعة من لقاح الكوليرا الفموي لطفل - أرشيفية/ أ ف ب"
    assert lines.classify(text)[0].kind is Kind.CAPTION


@pytest.mark.parametrize(
    "text", ["النتائج بالأرقام (مليون درهم)", "الإيرادات (بالدولار)", "الإنتاج - ألف طن"]
)
def test_a_tables_heading_and_its_unit_is_no_pair(text):
    assert Kind.PAIR not in {fact.kind for fact in lines.classify(text)}


def test_a_call_to_subscribe_to_the_sites_own_newsletter_is_a_footer_even_as_a_sentence():
    text = "لمتابعة أحدث التقارير الاقتصادية اشترك في نشرتنا البريدية الأسبوعية."
    assert lines.classify(text) == (Fact(Kind.FOOTER),)
    # (the site's bulletin in a sentence of the story is text)
    assert lines.classify("وقالت الوزيرة لنشرتنا إن الاشتراك مفتوح.")[0].kind is Kind.TEXT


@pytest.mark.parametrize("text", ["عرض القارئ", "Reader View"])
def test_a_browsers_reader_view_label_is_dropped(text):
    assert lines.classify(text) == (Fact(Kind.DROP),)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("المصدر: منى الحمادي - دبي", Fact(Kind.BYLINE, Byline(authors=("منى الحمادي",)))),
        ("المصدر: منى الحمادي", Fact(Kind.BYLINE, Byline(authors=("منى الحمادي",)))),
        ("المصدر: رويترز", Fact(Kind.SOURCE, "رويترز")),
        ("المصدر: وزارة الصحة", Fact(Kind.SOURCE, "وزارة الصحة")),
        # (a given name, then an adjective: a syndicate named by words)
        ("المصدر: رؤى عالمية", Fact(Kind.SOURCE, "رؤى عالمية")),
        ("المصدر: محمد عطية", Fact(Kind.BYLINE, Byline(authors=("محمد عطية",)))),
    ],
)
def test_a_source_label_naming_a_person_is_the_sites_byline(text, fact):
    assert lines.classify(text) == (fact,)


def test_a_press_reviews_lead_names_the_journalist_and_the_paper_it_quotes():
    fact = lines.classify("كتبت ندى حمدان في «الضفة»:")
    assert fact == (Fact(Kind.BYLINE, Byline(authors=("ندى حمدان",), source="الضفة")),)
    # (a teaser of another piece, its headline after the colon, is no lead)
    teaser = "كتب طوني فرح في «الرصيف»: الموسم السياحي بين الحجوزات والمخاوف"
    assert lines.classify(teaser)[0].kind is not Kind.BYLINE


def test_a_town_the_outlet_and_its_reporter_between_dashes_pair_the_outlet_and_reporter():
    assert lines.classify("القاهرة – صوت سبأ – عبدالرحمن الشرعبي") == (
        Fact(Kind.PAIR, ("صوت سبأ", "عبدالرحمن الشرعبي")),
    )
    # three places are no outlet and its reporter
    assert lines.classify("القاهرة – الإسكندرية – أسوان") == (
        Fact(Kind.PAIR, ("القاهرة", "الإسكندرية")),
    )


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "ترجمة خاصة لـ«آفاق الشرق»: رنا عيسى",
            Fact(Kind.BYLINE, Byline(translators=("رنا عيسى",))),
        ),
        ("ترجمة خاصة: رنا عيسى", Fact(Kind.BYLINE, Byline(translators=("رنا عيسى",)))),
        # (with a dash, the outlet it was translated for, as a pair)
        ("ترجمة خاصة - قراءات دولية", Fact(Kind.PAIR, ("ترجمة خاصة", "قراءات دولية"))),
        ("اختبار: هاني سليم", Fact(Kind.BYLINE, Byline(authors=("هاني سليم",)))),
        ("وئام الزعبي | مدققة معلومات", Fact(Kind.BYLINE, Byline(authors=("وئام الزعبي",)))),
    ],
)
def test_a_translation_for_the_site_a_testers_label_and_a_fact_checkers_role(text, fact):
    assert lines.classify(text) == (fact,)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("تصحيح: حُدّثت هذه المادة في 23 يوليو 2025 لإضافة رد البنك المركزي.", Kind.BACK_MATTER),
        (
            "Note de la rédaction / ملاحظة التحرير: القرية موصولة اليوم بالشبكة الكهربائية.",
            Kind.FOOTER,
        ),
        ("ملاحظة من الأرشيف", Kind.BACK_MATTER),
        ("نُشر الأصل في العدد الرياضي الصادر يوم الأحد 18/5/2008.", Kind.BACK_MATTER),
        (
            "من الأرشيف: نُشر هذا الخبر في عدد «صدى المدينة» الصادر يوم الأربعاء 14 أغسطس 1996.",
            Kind.BACK_MATTER,
        ),
        ("يُنشر هذا المقال بالتعاون مع شبكة «أصوات آسيوية» للرأي.", Kind.BACK_MATTER),
    ],
)
def test_a_correction_an_editors_note_in_two_languages_and_an_archives_notes_are_no_story(
    text, kind
):
    assert lines.classify(text)[0].kind is kind


def test_a_live_coverage_label_with_where_it_was_filed_names_its_writer():
    assert lines.classify("تغطية مباشرة من دبي: مازن الجابري") == (
        Fact(Kind.BYLINE, Byline(authors=("مازن الجابري",))),
    )


@pytest.mark.parametrize("heading", ["الخلاصة حتى الآن", "أبرز الأحداث", "أهم المستجدات"])
def test_a_live_blogs_summary_heading_is_a_key_points_heading(heading):
    assert lines.KEY_POINTS.match(lines.key(heading))


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("عرض: خالد المصري", Fact(Kind.BYLINE, Byline(authors=("خالد المصري",)))),
        ("تعز | بوابة صبر | فؤاد المخلافي", Fact(Kind.BYLINE, Byline(authors=("فؤاد المخلافي",)))),
        # (a price box's heading, its unit in brackets, is no town and its agency)
        ("أسعار اليوم في سوق العبور (بالجنيه للكيلو - جملة)", Fact(Kind.TEXT)),
    ],
)
def test_a_reviewers_label_a_town_outlet_and_name_and_a_price_boxs_unit(text, fact):
    assert lines.classify(text) == (fact,)


def test_a_live_strips_clocked_items_are_dropped():
    strip = "مباشر | 10:42 وصول قافلة مساعدات | 10:15 انقطاع الاتصالات | 09:50 الدفاع المدني يبحث"
    assert lines.classify(strip) == (Fact(Kind.DROP),)
    # (one clocked item is a story's own line)
    assert lines.classify("10:42 وصول قافلة مساعدات جديدة إلى المعبر")[0].kind is not Kind.DROP


@pytest.mark.parametrize(
    "line",
    [
        "حقوق النشر محفوظة © نافذة مكة 2025",
        "الحقوق محفوظة © نافذة مكة 2025",
        "جميع الحقوق محفوظة © نافذة مكة 2025",
    ],
)
def test_the_copyright_holder_after_rights_reserved_with_or_without_the_article(line):
    assert lines.copyright_holder(line) == "نافذة مكة"


def test_a_source_line_beside_the_stamp_gives_both():
    facts = lines.classify("المصدر: شينخوا | 2025-01-15 16:20:08")
    assert [(f.kind, f.value) for f in facts] == [
        (Kind.SOURCE, "شينخوا"),
        (Kind.DATE, datetime(2025, 1, 15, 16, 20, 8)),
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Benzer Haberler – أخبار مشابهة", Kind.RELATED),
        ("Related – مقالات ذات صلة", Kind.RELATED),
        # a dash also parts a caption from its credit: the caption stays whole
        ("جانب من الأمسية الشعرية – Crédit photo : Le Phare", Kind.CAPTION),
    ],
)
def test_a_heading_over_links_after_its_translation_and_a_dash_is_read(text, kind):
    assert lines.classify(text)[0].kind is kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("اختر اللغة: العربية ▾", Kind.DROP),
        ("اختر اللغة", Kind.DROP),
        ("اللغة: عربي ▾", Kind.DROP),
        ("برنامج: نافذة على الصين", Kind.DROP),
        ("اللغة العربية تواجه تحديات جديدة في المدارس الدولية", Kind.TEXT),
        ("برنامج تدريبي جديد للشباب في المحافظة", Kind.TEXT),
    ],
)
def test_a_language_picker_and_a_programmes_kicker_are_furniture(text, kind):
    assert lines.classify(text)[0].kind is kind


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("नमस्ते | مرحباً بكم في نافذة الهند العربية", "نافذة الهند العربية"),
        ("أهلاً وسهلاً بكم في موقع الرصيف", None),  # a marquee, no name: dropped
        ("مرحباً بكم في عالم جديد من الفرص قال الوزير", None),
    ],
)
def test_a_sites_welcome_names_it(text, site):
    fact = lines.classify(text)[0]
    assert (fact.value if fact.kind is Kind.SITE else None) == site


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Articles similaires", Kind.RELATED),
        ("Sur le même sujet", Kind.RELATED),
        ("Commentaires (2)", Kind.COMMENTS),
        ("Yorumlar (4)", Kind.COMMENTS),
    ],
)
def test_french_and_turkish_headings_over_links_and_comments_are_read(text, kind):
    assert lines.classify(text)[0].kind is kind


def test_a_stamps_time_zone_named_in_french_is_ignored():
    fact = lines.classify("الخميس 05 ديسمبر 2024 - 08:50 (heure de N'Djamena)")[0]
    assert (fact.kind, fact.value) == (Kind.DATE, datetime(2024, 12, 5, 8, 50))


@pytest.mark.parametrize(
    "text",
    [
        "الاثنين 10 فبراير 2025 | 08:00 - 13:00 | ميدان أم قدير",
        "الأحد 9 فبراير 2025 | 08:00 - 14:00 | ميدان الأدريع",
    ],
)
def test_a_schedules_row_with_its_hours_is_no_stamp_and_no_byline(text):
    assert [f.kind for f in lines.classify(text)] == [Kind.DROP]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("عن «ذا ميريديان ريفيو» الأمريكية", "ذا ميريديان ريفيو"),
        ("نقلا عن «الأهرام» المصرية", "الأهرام"),
        ("المصدر: نوردفست روندشاو (Nordwest Rundschau) – افتتاحية", "نوردفست روندشاو"),
        ("المصدر: وكالة الأنباء السعودية (واس)", "واس"),
    ],
)
def test_a_source_line_names_the_outlet_without_its_country_spelling_or_genre(text, source):
    fact = lines.classify(text)[0]
    assert (fact.kind, fact.value) == (Kind.SOURCE, source)


def test_an_interviews_note_on_how_it_was_held_is_back_matter():
    text = "* أجري هذا الحوار باللغة الإسبانية ونشر في «إل ميرادور» يوم 30 مايو 2025."
    assert lines.classify(text)[0].kind is Kind.BACK_MATTER


@pytest.mark.parametrize(
    ("text", "signed"),
    [
        ("فيليب موران – صحافي في «لو كورييه دو لاك»، لوزان", ("فيليب موران", "لو كورييه دو لاك")),
        ("— سارة أحمد، كاتبة في «الأهرام»", ("سارة أحمد", "الأهرام")),
        ("قال محمد – كاتب في «الأهرام» إن الخطة تأخرت", None),
    ],
)
def test_a_writer_for_an_outlet_signs_the_story_with_its_source(text, signed):
    facts = lines.classify(text)
    byline = next((cast(Byline, f.value) for f in facts if f.kind is Kind.BYLINE), None)
    got = (byline.authors[0], byline.source) if byline else None
    assert got == signed
    assert (Kind.BACK_MATTER in [f.kind for f in facts]) == (signed is not None)
