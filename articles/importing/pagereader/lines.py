"""What one line of a scraped Arabic news page is: furniture, byline, date, tags, text...

The page reader (`reader`) decides from context; this module looks at one line at a time
and knows the furniture Arabic news sites print around an article: `classify` tries one
small rule per kind of line, in the order `_RULES` gives. Pure Python.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from functools import lru_cache
from typing import cast

from ...text.dates import (
    FOREIGN_MONTH_WORDS,
    SORANI_MONTHS,
    calendar_day,
    has_hijri_date,
    parse_arabic_datetime,
    parse_arabic_time,
)
from .datelines import dateline, slashed_reporter
from .text import (
    EDGE_JUNK,
    INSTITUTION,
    OUTLET_KINDS,
    SPACES_BEFORE,
    adjective_last,
    after_match,
    bare_key,
    describes_an_outlet,
    ends_sentence,
    fold_map,
    foreign_name,
    is_agency,
    is_city,
    is_team,
    key,
    keyset,
    looks_like_outlet,
    name_ok,
    name_shaped,
    names_a_post,
    own_staff,
    person_like,
    quoted,
    quoted_name,
    quoted_outlet,
    reporter_like,
    signed_with_initial,
    split_names,
    strip_symbols,
    unquote,
    wordlist,
    words,
)

# Lines longer than this are always article text; it also keeps the per-line work bounded.
MAX_META_CHARS = 400

_AUTHOR_ROLES = (
    # «تقرير وتصوير:», «رصد وكتابة:»: the writer's role joined with another
    # («عرض وترجمة:» of a press review, «تفريغ ومتابعة:» of a transcript)
    # («كتب وصوّر: …» of a gallery, «حوار وتصوير: …» of an interview)
    r"(?:تقرير|تحقيق|نص|قصه|رصد|كتابه|اعداد|تحرير|متابعه|تصوير|تقديم|مراجعه|اختبار|تجربه|بقلم|جوله"
    r"|حوار|لقاء"
    r"|تغطيه|تحليل|بحث|عرض|تفريغ|كتبت|كتب)"
    r"\s?و(?:تصوير|كتابه|تحرير|اعداد|متابعه|تقديم|رصد|عدسه|صورت|صور|الصور|ترجمه|تفريغ|تحقيق)"
    # a doctor's or a scholar's answer to a reader: «يجيب: د. هالة منصور»
    r"|يجيب|تجيب|يجيب عنه|تجيب عنه|يجيب عنها|تجيب عنها|اجاب عنه|اجابت عنه|اجاب عنها"
    r"|اجابت عنها"
    # a desk writer by their beat: «المحررة البرلمانية: رنا الخطيب», «المتنبئ الجوي: …»
    # («مراسلة الموقع في كيفه: …»: where the correspondent is)
    r"|(?:ال)?(?:محرر|محرره|مراسل|مراسله|متنبئ|متنبئه)(?: ال(?!صفحه)[^\W\d_]+)?"
    r"(?:\s+(?:من|في|الي)\s+[^\W\d_]+)?(?=\s*[:：])"
    r"|تجربه قياده|تقديم|المفتي|المجيب"
    # a consultation's answerer: «المستشار: د. سامر الحلبي - طب الأطفال»
    r"|(?:ال)?مستشار(?:ه)?(?=\s*[:：])"
    # «يحرر التغطية: …»: who writes a live blog
    r"|(?:يحرر|تحرر|يكتب|تكتب|يدير|تدير|يتابع|تتابع) (?:ال)?(?:تغطيه|تحديثات)(?: المباشره)?"
    # «يغطيها: …», «ترافقكم في التغطية: …»: who covers a live event
    r"|يغطيها|تغطيها|يغطيه|(?:يرافقكم|ترافقكم|يرافقك|ترافقك) في (?:ال)?تغطيه"
    # «ملف من إعداد: …»: who prepared a special file or a series
    r"|(?:ملف|تقرير|تحقيق|سلسله|حلقه|دراسه) من (?:اعداد|تحرير|كتابه)"
    # («كتبت للموقع: …», «كتب لـ«الواحة»: …»: for whom, before the colon)
    # («كتبت لكم: …» of a children's page: for its readers)
    r"|(?:كتبت|كتب) (?:للموقع|للمنصه|للمجله|للصحيفه|لكم|لكن|ل(?:ـ)?«[^»]{1,30}»)(?=\s*[:：])"
    r"|كتبته|كتبه|كتبت|كتب|بقلم الكاتبه|بقلم الكاتب"
    # «بقلم الناقدة: …», «إعداد الطالبة: …», «كتب الزميل: …»: the writer's calling between
    # the label and its colon, with its adjective («بقلم الناقد الموسيقي:»), or its
    # post in the newsroom («بقلم رئيس التحرير:»; «كتب عبدالله السلطان:» is a Kuwaiti
    # paper's byline)
    r"|(?:بقلم|اعداد|كتابه|تقرير|تحليل|كتب|كتبت) ال[^\W\d_]+(?: ال[^\W\d_]+)?(?=\s*[:：])"
    r"|(?:بقلم|اعداد|تحليل) (?:نائب )?(?:رئيس|مدير|سكرتير|مستشار) ال[^\W\d_]+(?=\s*[:：])"
    # an envoy's byline with what kind of envoy («بقلم مراسلنا الصغير: …», «مراسلتنا
    # الميدانية: …»)
    r"|(?:بقلم )?(?:مبعوث|موفد|مراسل)ت?(?:نا|ها) ال[^\W\d_]+(?=\s*[:：])|بقلم|حاورته"
    # a reportage's, a review's, a fact-check's and an envoy's bylines
    # («من مبعوثينا: …» of two envoys)
    r"|روبورتاج|ريبورتاج|ربورتاج|قراءه|تحقق|(?:من )?(?:مبعوث|موفد|مراسل)(?:ت?(?:نا|ها)|ينا)"
    # («مراسلنا من ورقلة: …», «موفدنا في باريس: …», «مراسلنا بسطيف: …»: where the envoy
    # filed from)
    r"(?:\s+(?:(?:من|في|الي)\s+|ب)[^\W\d_]+(?:\s[^\W\d_]+)?(?=\s*[:：]))?"
    # «مبعوثة «إيقاع» إلى الحمامات: …»: the envoy of the outlet it names, and where to
    r"|(?:مبعوث|موفد|مراسل)ه?\s+«[^»]{1,30}»(?:\s+(?:من|في|الي)\s+[^\W\d_]+(?:\s[^\W\d_]+)?)?"
    r"(?=\s*[:：])"
    # («مراسل أصداء جيبوتي: …»: the outlet's name unquoted, up to three words)
    r"|(?:مبعوث|موفد|مراسل)ه? (?!ال)[^\W_]+(?: [^\W_]+){0,2}"
    r"(?:\s+(?:من|في|الي)\s+[^\W\d_]+)?(?=\s*[:：])"
    # «حاوره في الدار البيضاء: أنس بنعمر»: where the interview took place before the colon
    r"|(?:حاورها|حاوره|حاورتها|حاورته)\s+في\s+[^\W\d_]+(?:\s[^\W\d_]+)?(?=\s*[:：])"
    # «متابعة من جدة: سارة المطيري», «تغطية من باكو: …»: where the coverage was filed from
    # («تغطية مباشرة من دبي: …»)
    r"|(?:متابعه|تغطيه|تقرير|رساله)(?: (?:مباشره|حيه|خاصه|ميدانيه))?"
    r" من\s+[^\W\d_]+(?:\s[^\W\d_]+)?(?=\s*[:：])"
    r"|حاورها|حاوره|حاورتها|حاورته|حاورتهم|حاورهم|اجرت الحوار|نقد|قراءه نقديه|تحليل"
    # a cartoonist's («بريشة الفنان: …», «بقلم وريشة: …»), a tester's («اختبرها: …») and a
    # reader's who sent the news in («أرسله: …»)
    r"|بريشه(?: (?:ال)?(?:فنان|فنانه|رسام|رسامه))?|بقلم وريشه|ريشه|رسم|كاريكاتير"
    r"|اختبرها|اختبره|اختبرتها|اختبرته|اختبار(?=\s*[:：])|ارسله|ارسلته|ارسلتها|ارسلها"
    # a book's reviewer: «عرض: خالد المصري»
    r"|عرض(?=\s*[:：])"
    # a newsletter's or a column's writer: «يكتبها: عادل برهوم»; a children's page's, for
    # its readers: «حرّرها لكم: …»
    r"|يكتبها|تكتبها|يكتبه|تكتبه|يحررها|تحررها"
    r"|(?:حررها|حرره|حررته|حررتها|اعدها|اعده|اعدته|اعدتها|كتبها) لكم(?=\s*[:：])"
    # a literary page's: «قصة: ياسمين العلي», «شعر: …», «قصيدة: …»; a magazine's «نص: …»
    r"|قصه|قصيده|شعر|نص"
    # a podcast's show notes: «ملاحظات الحلقة: فريق «درجة حرارة»»
    r"|ملاحظات (?:ال)?(?:حلقه|برنامج)"
    r"|اجري الحوار|اجرت اللقاء|اجري اللقاء|حوار|تقرير|تحقيق|كتابه|اعداد|متابعه|رصد|تغطيه"
    r"|الكاتبه|الكاتب|نشر بواسطه|بواسطه"
    r"|written by|reporting by|by"
    # a Kurdistan site's Sorani labels: «نووسەر:» (writer), «نووسینی:» (written by),
    # «ئامادەکردنی:» (prepared by), as `key` folds them
    r"|نووسەر|نووسيني|ئامادەكردني"
    # a diaspora site's bilingual label's first half: «Par / بقلم:», «Von / بقلم:»
    r"|par|von|por"
)
_EDITOR_ROLES = (
    # (a show's guest: «ضيف الحلقة:», «ضيف الحصة:» as Tunisian radio calls an episode)
    r"(?:ال)?مراجعه (?:ال)?(?:طبيه|علميه|قانونيه|لغويه)|(?:ضيف|ضيفه) (?:ال)?(?:حلقه|حصه|برنامج)"
    r"|الضيفه|الضيف"
    r"|تحرير|المحرره|المحرر|مراجعه|تدقيق"
    r"|محرر الصفحه|محرره الصفحه"  # a state site's page editor, who wrote none of its wire copy"
    r"|اشراف|تصوير|بعدسه|عدسه|انفوجراف|جرافيك|اخراج|مونتاج|هندسه الصوت|هندسه صوتيه"
)
# An editor's or a reviewer's name is the author's when no writer is named («المحررة: وانغ
# مي» alone; «مراجعة: خالد المطيري» over a phone's review), never beside one («كتبت: …»).
_STAND_IN_ROLES = r"تحرير|المحرره|المحرر|مراجعه"
# A translator is the author of what the site prints when the writer is not named.
_TRANSLATOR_ROLES = (
    r"ترجمه و(?:اعداد|تحرير|تصرف)|ترجمه|المترجمه|المترجم"
    # «ترجمة خاصة لـ«آفاق الشرق»: …»: translated for the site that prints it
    # («ترجمة خاصة - قراءات دولية», with a dash, is the outlet it was translated for)
    r"|ترجمه خاصه(?: لـ?\s*[«\"“][^»\"”]{1,40}[»\"”])?(?!\s*[-–—|/])"
    # «نقلته إلى العربية: …», «نقله إلى العربية: …»
    r"|(?:نقله|نقلته|نقلها|نقلتها|نقلوه) (?:الي ال|لل)عربيه"
)
_BYLINE_LABEL = rf"(?P<label>{_AUTHOR_ROLES}|{_TRANSLATOR_ROLES}|{_EDITOR_ROLES})"
# A label with its separator is tried first, so that a longer label wins over its first word
# read bare («تجيب عنها: …» is not «تجيب» and the words «عنها: …»).
# («الكاتب، سلمى الحداد»: a broadcaster's field label, with a comma for its colon)
_BYLINE_RE = re.compile(
    rf"{_BYLINE_LABEL}(?P<sep>\s*[:：\-–—/|]+\s*|(?:(?<=الكاتب)|(?<=الكاتبه))\s*،\s*)"
)
_BARE_BYLINE_RE = re.compile(rf"{_BYLINE_LABEL}(?P<sep>\s+)")
_DESK_ROLES = re.compile(
    r"(?:اعداد|تحرير|تغطيه صحفيه|شارك في التغطيه|ترجمه|مراجعه|reporting|editing|writing)\s"
)
# Without a colon or dash only these labels start a byline; «تقرير أممي يحذر...» is a headline.
_BARE_LABELS = frozenset(
    {
        "كتب", "كتبت", "بقلم", "بقلم الكاتب", "بقلم الكاتبه", "بواسطه", "نشر بواسطه", "by",
        "written by", "reporting by",
    }
)  # fmt: skip
# «بقلم: د. سامي الخطيب - أستاذ العلوم السياسية»: the writer's role after a dash or bracket.
# «بقلم: سلوى الأيوبي، أستاذة العلوم السياسية …»: a role after a comma, as printed (ة or ه).
_ROLES_AFTER_A_COMMA = "|".join(
    f"{stem}(?:ة|ه)?"
    for stem in wordlist(
        "أستاذ استاذ كاتب باحث خبير محلل رئيس مدير أكاديمي اكاديمي صحفي مستشار سفير وزير عضو مراسل "
        "استشاري طبيب أخصائي اختصاصي محرر منسق موفد مبعوث مدقق"
    )
)
# «كتابة: عمر الزين | تصوير: لينا حداد»: another field of the line after a pipe; «نذير
# بوزيد / Par Nadir Bouzid»: the name again in Latin letters after a slash.
_ROLE_AFTER_NAME = re.compile(
    # («أمينة بوزيد / الجزائر»: the town it was filed from, one word after a slash)
    rf"\s/\s(?=[^\u0600-\u06ff]+$|[^\W\d_]+$)|\s[-–—]\s|\s[|·]\s(?=[^\W\d_]+(?:\s[^\W\d_]+)?\s*[:：]|(?:ال)?(?:{_ROLES_AFTER_A_COMMA})(?:\s|$)|[^\W\d_]+$)"
    rf"|\s?\(|\s*[،,]\s*(?=(?:{_ROLES_AFTER_A_COMMA})\s)"
)

_SHARE_PHRASES = re.compile(
    r"شارك(?:ها)? (?:هذا |هذه )?(?:المقال|الخبر|الموضوع|المقاله|الصفحه|القصه|الالبوم|الصور|الفتوي)"
    r"|طباعه (?:المقال|الخبر|الفتوي|الصفحه)|share (?:this|on|via)"
    r"|copy link|نسخ الرابط|الرابط المختصر|واتس ?اب|فيس ?بوك|لينكد ?ان|تيك ?توك|سناب ?شات"
    r"|البريد الالكتروني|بريد الكتروني|جوجل نيوز|google news"
)
_SHARE_TOKENS = frozenset(
    wordlist(
        "مشاركه المشاركه شارك شاركها شاركوا فيسبوك تويتر اكس x واتساب تلجرام تليجرام تيليجرام "
        "تيليغرام "
        "تلغرام انستجرام انستغرام انستقرام لينكدان يوتيوب ماسنجر طباعه ايميل share shares tweet "
        "facebook twitter whatsapp telegram email print linkedin pinterest messenger reddit "
        "threads ثريدز بنترست بينتيريست سناب snapchat لينكد ان"
    )
)
_SHARE_FILLER = frozenset(wordlist("على عبر علي via on this article هذا المقال الخبر"))

# A newsletter's greeting over its stories and its label over the lead story
_GREETING = re.compile(
    r"^(?:صباح الخير|مساء الخير|صباحكم|مساءكم|اعزائي القراء|عزيزي القارئ|عزيزتي القارئه"
    r"|اصدقائي|مرحبا|اهلا)(?:\s|$)"
    r"|^(?:القصه الرئيسيه|الخبر الرئيسي|موضوع العدد|قصه العدد|قصه اليوم|خبر اليوم"
    r"|الخبر الابرز|القصه الابرز|الموضوع الرئيسي|عنوان العدد)$"
)
# A newsletter's sponsor's line: «برعاية: منصة "سحابتي" للاستضافة – خصم 20% …»
_SPONSOR = re.compile(r"^(?:برعايه|sponsored by)\s*[:：]")
_SPONSOR_WORDS = 25
# A newsletter's word to its readers over its stories: «صباح الخير، هذه أبرز قصة اليوم
# اخترناها لك …», «هذا ما اخترناه لكم هذا الأسبوع، وقراءة ممتعة.»; and its issue's line
# («نشرة الصباح | العدد 812»)
_NEWSLETTER_NOTE = re.compile(
    r"^(?:(?:صباح|مساء) الخير\s*[،,]\s*)?(?:هذا ما|هذه|اليكم|اليك|نقدم لكم|نقدم لك) "
    r"[^.!؟?]{0,40}?(?:اخترناه|اخترناها|جمعناه|جمعناها|اخترنا لك)"
    # «صباح الخير، إليكم أبرز ما يهم عمّان اليوم»: the highlights it brings
    r"|^(?:صباح|مساء) الخير\s*[،,]\s*(?:اليكم|اليك|هذه|نقدم لكم|نقدم لك) (?:ابرز|اهم)\s"
    # «أعزاءنا القراء، نخصص عدد هذا الأسبوع لملف السكن …»: a word to its readers
    r"|^(?:اعزاءنا|اعزائي|عزيزي|عزيزتي|اصدقاءنا) (?:القراء|القارئ|القارئه|القراء الكرام)\s*[،,]"
    r"|^نشره\s[^|]{1,30}\|\s*(?:ال)?عدد\s*[\d٠-٩]+$"
)
_NEWSLETTER_NOTE_WORDS = 40
_GREETING_WORDS = 5
# A site's language switch: «EN | عربي», «English | Français | العربية» (a language's name
# alone in Arabic may be a section's or a channel's: «عربي», «العربية»)
_LANGUAGE = (
    r"(?:en|eng|english|fr|francais|français|ar|arabic|es|espanol|español|de|deutsch|tr|turkce"
    r"|türkçe|ku|kurdi|عربي|العربيه|عربيه|انجليزي|الانجليزيه|انكليزي|الانكليزيه|فرنسي|الفرنسيه"
    r"|كوردي|كوردی|الكرديه|english version|version francaise|version française)"
)
_LANGUAGE_SWITCH = re.compile(
    rf"{_LANGUAGE}(?:\s*[|/·•]\s*{_LANGUAGE})+|(?:en|fr|english|francais|français|deutsch)"
    # its picker, under its label: «اختر اللغة: العربية ▾»
    rf"|(?:اختر اللغه|choose language|select language)\s*[:：]?(?:\s*{_LANGUAGE})?\s*[▾▼⌄]?"
    rf"|(?:اللغه|language|langue)\s*[:：]?\s*{_LANGUAGE}\s*[▾▼⌄]"
)
_FONT_SIZE = re.compile(
    r"^(?:(?:حجم )?الخط|font size|text size)\s*[:：]?\s*(?:[اa][+\-]?\s*){2,4}$"
)
_STRAY = keyset(
    "post-title", "post-content", "post-body", "entry-content", "advertisement", "ads", "ad",
    "إعلان", "اعلان", "sponsored", "محتوى مدعوم", "المزيد", "اقرأ المزيد", "read more", "more",
    "اضغط هنا", "click here", "اضغط هنا للمزيد", "تحميل المزيد", "جاري التحميل", "loading",
    "home", "menu", "القائمة", "بحث", "search", "skip to content", "الرئيسية",
    "تخطي إلى المحتوى", "تخطي إلى المحتوى الرئيسي", "انتقل إلى المحتوى",
    "الصفحة الرئيسية", "عاجل", "تصغير", "تكبير", "close", "إغلاق", "×", "من نحن", "اتصل بنا",
    "سياسة الخصوصية", "شروط الاستخدام", "أعلن معنا", "خريطة الموقع", "rss", "تسجيل الدخول",
    "login", "حجم الخط", "تكبير الخط", "تصغير الخط", "a a a", "a+ a-", "a- a+", "a a", "طباعة",
    "إنشاء حساب", "تسجيل الدخول | إنشاء حساب", "دخول | تسجيل", "تسجيل | دخول",
    # an ad's label, paid for
    "إعلان ممول", "محتوى ممول", "برعاية",
    # an accessibility toolbar's buttons
    "أدوات الوصول", "أدوات إمكانية الوصول", "إمكانية الوصول", "تباين عال", "تباين عالٍ",
    "التباين العالي", "تدرج رمادي", "تدرج الرمادي", "تدرج رمادي للصفحة", "إعادة ضبط",
    "إعادة تعيين", "خط مقروء", "تسطير الروابط",
    "التعليقات", "أضف تعليق", "أضف تعليقك", "اترك تعليقا", "لا توجد تعليقات",
    "كن أول من يعلق", "لا توجد تعليقات بعد", "لا يوجد تعليقات", "اكتب تعليقك", "أضف تعليقا",
    "إرسال التعليق", "شارك برأيك", "رد", "comments", "leave a comment", "الرابط المختصر", "نسخ",
    "تم النسخ", "نسخ الرابط", "نسخ الرابط المختصر", "انسخ الرابط", "copy link",
    # a match centre's status under its score
    "نهاية المباراة", "انتهت المباراة", "بين الشوطين", "full time", "half time",
    # Badges: a live blog's label, an exclusive's stamp.
    "مباشر", "تغطية مباشرة", "تحديثات مباشرة", "بث مباشر", "لحظة بلحظة", "live", "live updates",
    "تحديث تلقائي", "التحديث التلقائي", "auto refresh", "تحديث مستمر", "تغطية مستمرة",
    "جار التحديث", "جاري التحديث", "يتبع", "مثبت", "منشور مثبت", "تحديث", "استمع",
    "استمع للتقرير", "استمع للتقرير الصوتي", "استمع للخبر",
    # A cookie notice's and a video player's buttons.
    "موافق", "أوافق", "قبول", "قبول الكل", "رفض", "الإعدادات", "إدارة التفضيلات", "تخصيص",
    "تخصيص الإعدادات", "رفض الكل", "تشغيل",
    "شاهد الفيديو", "شاهد بالفيديو", "مشاهدة الفيديو", "حفظ", "مشاركة", "إرسال",
    # A lite or AMP copy's labels and links to the full page.
    "lite", "amp", "النسخة الخفيفة", "النسخة الكاملة", "عرض النسخة الكاملة", "النسخة الأصلية",
    "back to top", "العودة للأعلى", "إلى الأعلى", "الانتقال إلى النسخة الكاملة",
    "إعدادات الخصوصية", "تفضيلات الخصوصية", "إعدادات ملفات تعريف الارتباط", "accepter",
    "paramétrer", "refuser", "tout accepter", "accept", "reject", "accept all", "settings",
    "استمع للبث المباشر", "استمع للبث المباشر الآن", "البث المباشر", "مشاركة الحلقة",
    "شارك الحلقة",
    "الانتقال إلى النسخة الخفيفة", "انتقل إلى النسخة الكاملة",
    # A reader view's and a print view's own labels and controls.
    "وضع القراءة", "عرض القارئ", "reader view", "الخروج من وضع القراءة", "إنهاء وضع القراءة",
    "نسخة للطباعة",
    "نسخة قابلة للطباعة", "النسخة المطبوعة", "اطبع هذه الصفحة", "اطبع", "إغلاق النافذة",
    "الوضع الليلي", "الوضع الداكن", "استمع إلى المقال", "استمع للمقال", "أ- أ+", "أ+ أ-", "أ",
    # A box's buttons: to book, buy, apply, give.
    "احجز الآن", "احجز تذكرتك", "احجز تذكرتك الآن", "احجز جولتك", "احجز رحلتك", "احجز مقعدك",
    "اشتر الآن", "اشتري الآن", "سجل الآن",
    "قدم الآن", "قدّم الآن", "تبرع الآن", "اطلب الآن", "book now", "buy now", "apply now",
    # A release's and a roundup's labels: what the text is, crediting no one.
    "بيان صحفي", "بيان صحافي", "للنشر الفوري", "متابعات",
    # A programme's page: the transcript's label.
    "نص الحلقة", "تفريغ الحلقة", "نص البرنامج", "استمع الآن", "التفريغ النصي", "النص الكامل",
    # A newsletter's links.
    "عرض في المتصفح", "عرض هذه الرسالة في المتصفح", "عرض النسخة الإلكترونية في المتصفح",
    "view in browser", "إلغاء الاشتراك", "unsubscribe", "أرسلها إلى صديق",
    "خاص", "حصري", "حصريا", "exclusive",
    # A writing platform's button beside its writer's name.
    "متابعة", "+ متابعة", "تابع", "تابع الكاتب", "متابعة الكاتب", "تابعني", "follow",
)  # fmt: skip
# Chrome that sits around the lead image; it marks the header, unlike an ad inside the body.
_IMAGE_MARKERS = keyset(
    "post-title", "post-content", "صورة", "الصورة", "صور", "image", "photo", "فيديو", "video",
    "صورة أرشيفية", "أرشيفية", "صورة تعبيرية", "تعبيرية", "أرشيف", "ألبوم صور", "بالصور",
    # a gallery's buttons
    "الصورة التالية", "الصورة السابقة", "الصورة التالية ›", "‹ الصورة السابقة",
    "صورة الكاتب", "صورة الكاتبة", "صورة المؤلف",
    "next image", "previous image",
    # a caption's label alone over it («التعليق على الصورة،» as a broadcaster prints it)
    "التعليق على الصورة", "شرح الصورة", "تعليق الصورة",
)  # fmt: skip
_GALLERY_COUNTER = re.compile(r"^(?:الصوره|صوره|photo|image)?\s*\d{1,3}\s*(?:من|/|of)\s*\d{1,3}$")
_RELATED = keyset(
    "مواضيع ذات صلة", "موضوعات ذات صلة", "أخبار ذات صلة", "مقالات ذات صلة", "ذات صلة",
    "موضوعات متعلقة", "أخبار متعلقة", "مواضيع متعلقة", "الأكثر قراءة", "الأكثر مشاهدة",
    "الأكثر تداولا", "الأكثر شعبية", "اخترنا لك", "قد يعجبك أيضا", "قد يعجبك", "آخر الأخبار",
    "أحدث الأخبار", "المزيد من الأخبار", "مقالات مشابهة", "أخبار مشابهة", "related",
    "related articles", "more stories", "you may also like", "trending", "most read",
    "الأخبار المتعلقة", "مواضيع قد تهمك", "قد يهمك أيضا", "أخبار أخرى", "مقالات أخرى",
    "مقالات أخرى للكاتب", "مقالات للكاتب", "مقالات الكاتب", "مقالات الكاتبة",
    "مقالات مجانية", "اقرأ مجانا", "قصص مقترحة", "مقالات مقترحة", "مواضيع مقترحة",
    "أخبار مقترحة",
    "المزيد من مقالات الكاتب", "المزيد للكاتب",
    "فيديوهات", "فيديو ذات صلة", "ألبوم الصور", "معرض الصور", "الحلقات السابقة",
    "حلقات سابقة", "المزيد من الحلقات", "حلقات أخرى", "مختارات المحرر", "اخترنا لكم",
    # A sports page's fixtures and tables: team names and scores, not the article.
    "المباراة القادمة", "المباراة السابقة", "المباريات القادمة", "مباريات اليوم", "التشكيلة",
    "تشكيلة الفريقين", "التشكيلة الأساسية",
    "جدول المباريات", "نتائج المباريات", "آخر النتائج", "ترتيب الدوري", "جدول الترتيب",
    "ترتيب الفرق", "الهدافون", "ترتيب الهدافين",
    # a dossier's other pieces
    "اقرأ في هذا الملف", "في هذا الملف", "من الملف نفسه", "من هذا الملف", "من العدد نفسه",
    # an aggregator's other outlets' takes on the story
    "التغطية الكاملة", "تغطية كاملة", "عرض التغطية الكاملة", "full coverage",
    # the same headings on a page with French chrome
    "articles similaires", "sur le même sujet", "dans la même rubrique", "à lire aussi",
    "lire aussi", "les plus lus",
)  # fmt: skip
# «قصص ذات صلة», «تقارير مشابهة», «مقالات قد تهمك»: up to two words before a phrase that
# says the articles listed are related (on the folded key: ة → ه).
_RELATED_PHRASE = re.compile(
    r"(?:[^\W\d_]+\s){1,2}(?:ذات صله|ذات علاقه|متعلقه|مشابهه|قد تهمك|ذو صله)"
    # «مقالات مترجمة أخرى», «تقارير أخرى»: the site's other pieces of the kind
    r"|(?:مقالات|تقارير|قصص|مواضيع|موضوعات|حوارات|تحقيقات)(?: [^\W\d_]+)? اخري"
    # «المزيد حول هذه القصة», «المزيد من الموضوعات»
    r"|(?:المزيد|اكثر) (?:حول|عن|من) (?:هذه |هذا )?(?:ال)?(?:قصه|موضوع|موضوعات|مواضيع|قصص|تقارير)"
    # a search box's questions: «أسئلة يبحث عنها القراء», «يبحث القراء أيضاً عن»
    r"|(?:اسئله|عمليات بحث) (?:يبحث عنها|يطرحها|يسال عنها) (?:ال)?(?:قراء|زوار|مستخدمون|الناس)"
    r"|يبحث (?:ال)?(?:قراء|زوار|الناس) (?:ايضا )?عن"
)
_READ_ALSO = re.compile(
    r"(?:(?:اقرا|اقراوا|اقرئي|طالع|شاهد|شاهدي|تابع)\s*(?:ايضا|كذلك|ايضاً)|قد يهمك|يهمك ايضا"
    r"|شاهد\s+(?:ال)?فيديو|شاهد بالفيديو|شاهد(?=\s*[:：])"
    r"|اقرا المزيد|للمزيد(?=\s*[:：])|اقرا ايضا|read also|see also|related"
    r"|(?:\S+\s){1,2}قد (?:تهمك|يهمك|تعجبك|يعجبك)(?=\s*[:：])"
    r"|(?:\S+\s){1,2}(?:ذات صله|ذات علاقه|ذو صله|متعلقه|مشابهه)(?=\s*[:：])"
    # a series' other episodes: «الحلقة السابقة: …», «في الحلقة الثالثة والأخيرة: …»
    r"|(?:في )?(?:ال)?(?:حلقه|جزء) (?:ال)?(?:سابقه|سابق|قادمه|قادم|مقبله|مقبل|تاليه|تالي)"
    r"(?=\s*[:：]|$)"
    r"|(?:في )?(?:ال)?(?:حلقه|جزء) (?:ال)?(?:اولي|اول|ثانيه|ثاني|ثالثه|ثالث|رابعه|رابع|اخيره|اخير)"
    r"(?: والاخيره| والاخير)?(?=\s*[:：]\s*\S))"
    r"(?=$|[\s:：\-–—|»>.(])"
)
# Not «الخلاصة:», which also opens an opinion piece's last paragraph.
_SUMMARY_LABEL = re.compile(
    r"(?:الملخص|ملخص الخبر|ملخص|باختصار|ابرز ما نعرفه(?: حتي الان)?|ما نعرفه حتي الان|summary"
    r"|عن الحلقه|عن البرنامج"  # a programme's blurb over its transcript
    r"|tl;?dr)\s*[:：\-–—]\s*"
)
_FOLLOW = re.compile(
    r"^(?:تابعونا|تابعوا|تابعنا|لمتابعه|انضموا|انضم|اشترك في قناه|اشتركوا في|follow us|join us"
    # («تابع قناتنا على تيليغرام»: the imperative with the site's own channel; «تابع» alone
    # is also the past tense of a story)
    r"|تابع (?:قناتنا|صفحتنا|حسابنا|حساباتنا|موقعنا))"
)
_SUBSCRIBE = re.compile(
    r"^(?:اشترك|اشتركوا|subscribe|sign up)|النشره البريديه|newsletter|بريدك الالكتروني"
)
_SOCIAL = re.compile(
    r"فيسبوك|فيس بوك|تويتر|انستجرام|انستغرام|يوتيوب|تيك توك|تلجرام|تليجرام|تيليغرام|تلغرام|تيليجرام"
    r"|واتساب|x|اكس|جوجل"
    r"|google|facebook|twitter|instagram|youtube|telegram|whatsapp|منصه|تطبيق|قناه|صفح|حساب"
)
# «الآراء الواردة في المقال تعبر عن رأي كاتبها»: the note under an opinion piece.
# A satire site's notice that it is one: two of its phrases on a line («تنبيه: «الصدى المقلوب»
# موقع ساخر … من نسج الخيال»; «محتوى ساخر | Satire»), where a story on a satire site names one.
_SATIRE_NOTICE = re.compile(
    r"(?:موقع|محتوي|صحيفه|جريده|المحتوي) ساخر|satir\w*|fiction\b|من نسج الخيال"
    r"|خياليه? (?:بالكامل|تماما)|(?:لاغراض|للاغراض) (?:الفكاهه|السخريه|الضحك|الترفيه)"
    r"|مختلقه?\b|لا (?:يمثل|تمثل) اخبارا حقيقيه|تشابه مع الواقع",
    re.IGNORECASE,
)
_DISCLAIMER = re.compile(
    r"^(?:تنويه|اخلاء مسؤوليه|اخلاء المسؤوليه|تنبيه)\s*[:：]?$|"
    # «إفصاح: قد نحصل على عمولة عند الشراء عبر روابط المتاجر …»: a review's affiliate note
    r"^(?:افصاح|افصاح تجاري|affiliate disclosure|disclosure)\s*[:：]\s*\S|"
    # «تنويه: هذا المقال لأغراض التوعية…», «إخلاء مسؤولية: … لا تمثل توصية استثمارية»: the
    # label and its note (not «تنبيه:», which may open a warning the story gives)
    # «* البيانات متأخرة 15 دقيقة وهي لأغراض إعلامية فقط»: a data widget's notice
    r"(?:لاغراض|للاغراض) (?:اعلاميه|معلوماتيه|الاطلاع) فقط|"
    # «المحتوى لأغراض التوعية ولا يغني عن استشارة الطبيب», «… لا تغني عن زيارة الطبيب»
    r"(?:لاغراض|للاغراض) (?:ال)?(?:توعيه|تثقيف|تثقيفيه|توعويه|تعليميه)|"
    r"(?:لا|ولا) (?:تغني|يغني) عن (?:استشاره|مراجعه|زياره|راي)|"
    # a press release's note to editors: «ملاحظة للمحررين: تتوفر صور …»
    r"^ملاحظه (?:للمحررين|الي المحررين|للصحفيين)\s*[:：]|"
    r"^(?:تنويه|اخلاء مسؤوليه|اخلاء المسؤوليه)(?: من (?:الموقع|المحرر|التحرير|الاداره))?"
    # «تنويه طبي: هذه النصائح عامة ولا تغني عن استشارة الطبيب»
    r"(?: (?:طبي|قانوني|صحي|مهم|هام))?\s*[:：]\s*\S|"
    r"(?:تعبر|يعبر|تعكس|يعكس)\s+(?:بالضروره\s+)?عن\s+(?:(?:راي|وجهه\s+نظر|اراء)\s+)?"
    r"(?:كاتبها|كاتبه|كاتبته|كاتبتها|كتابها|كاتبيها|صاحبها|صاحبه|اصحابها|الكاتب|الكاتبه|مصادرها"
    # (a press review's: «… تعبر عن الصحف المذكورة ولا تعبر عن رأي …»)
    r"|(?:ال)?(?:صحف|مصادر|مواقع) (?:ال)?(?:مذكوره|وارده|مصدر))"
    # «الآراء الواردة لا تعبر بالضرورة عن رأي نافذة المشرق», «لا يتحمل مسؤولية المحتوى
    # المنشور», «لا يعد نصيحة استثمارية», «حقوق المحتوى محفوظة لأصحابها»
    r"|لا (?:تعبر|يعبر|تعكس|يعكس) بالضروره عن (?:راي|موقف|وجهه نظر|سياسه)"
    # («ولا يعكس بالضرورة رأي أسرة تحرير «…»»: what reflects takes its object without عن;
    # the outlet's, as a story's «لا يعكس بالضرورة موقف الحكومة» is not)
    r"|لا (?:تعكس|يعكس) بالضروره (?:راي|موقف|وجهه نظر|سياسه|توجهات) (?:«|(?:ال)?(?:موقع"
    r"|صحيفه|جريده|مجله|قناه|منصه|اسره|اداره|هيئه|تحرير))"
    r"|لا (?:يتحمل|تتحمل|نتحمل) (?:اي )?(?:ال)?مسؤوليه (?:عن )?(?:ال)?محتوي"
    r"|لا (?:يعد|تعد|يشكل|تشكل|يمثل|تمثل) (?:نصيحه|توصيه|دعوه)"
    r" (?:استثماريه|ماليه|للاستثمار|بالشراء|بالبيع)"
    r"|حقوق (?:ال)?محتوي محفوظه لاصحابها"
    # a machine's summary or reading of the story: «قد يحتوي الملخص على أخطاء», «تم إنشاء
    # هذه النسخة الصوتية آلياً وقد تتضمن أخطاء»
    r"|^قد (?:يحتوي|يتضمن|تحتوي|تتضمن) (?:هذا |هذه )?(?:ال)?(?:ملخص|نسخه|قراءه) (?:\S+ )?علي اخطاء"
    r"|^(?:تم |جري )?(?:انشاء|توليد|اعداد) (?:هذا |هذه )?(?:ال)?(?:ملخص|نسخه|قراءه|تسجيل)"
    r"(?: \S+)? (?:اليا|بالذكاء الاصطناعي)"
    # a wire's note on its web copies: «الأخبار المنشورة على الموقع الإلكتروني لوكالة …
    # هي ملخص للأخبار المقدمة للمشتركين»
    r"|^(?:ال)?اخبار المنشوره (?:علي|في) (?:ال)?موقع"
    # «راديو الجسر الدولي غير مسؤول عن محتوى المواقع الخارجية»
    r"|(?:غير|ليس|ليست) (?:مسؤول|مسؤوله|مسؤولين) عن (?:محتوي (?:ال)?(?:مواقع|روابط)|قرارات)"
    # a price page's notes: «الأسعار المذكورة استرشادية ولا تشمل المصنعية …», «يتم تحديث
    # الأسعار تلقائياً كل 5 دقائق»
    r"|^\W*(?:ال)?اسعار (?:(?:المذكوره|الوارده|المعروضه|المنشوره|اعلاه|اليوم|اليوميه) )?(?:هي )?"
    r"(?:استرشاديه|تقريبيه|للاسترشاد|لغرض الاسترشاد|لا تشمل)"
    # a market widget's: «* البيانات متأخرة 15 دقيقة عن التداول الفعلي»
    r"|^\W*(?:ال)?(?:بيانات|اسعار|ارقام) (?:متاخره|مؤخره) \d+ (?:دقيقه|دقائق)"
    r"|^\W*(?:يتم )?(?:تحديث|تحدث) (?:ال)?(?:اسعار|بيانات|ارقام|جدول)(?: \S+)? تلقائيا"
    # a live page's: «يتم تحديث هذه الصفحة تلقائياً كل دقيقتين», «تُحدَّث التغطية تلقائياً»
    r"|^\W*(?:يتم )?(?:تحديث|تحدث) (?:هذه )?(?:ال)?(?:صفحه|تغطيه|مدونه)(?: \S+)? تلقائيا"
)
_WRITER_NOTE = re.compile(
    # «* كاتب وأكاديمي أردني», «* هالة منصور صحفية مستقلة مقيمة في أسوان»
    r"\*+\s*(?:[^\W\d_]+\s){0,3}(?:كاتب|كاتبه|باحث|باحثه|اكاديمي|اكاديميه|صحفي|صحفيه|صحافي|صحافيه|اعلامي|اعلاميه"
    r"|استاذ|استاذه|محلل|محلله|خبير|خبيره|رئيس|رئيسه|مدير|مديره|سفير|وزير|دبلوماسي)(?:\s|$)"
)
_COPYRIGHT = re.compile(r"الحقوق محفوظه|©|\(c\)|all rights reserved")
# «متطوعون يوزعون عبوات المياه © جسور»: what a picture shows, then its holder, is a caption
# with its credit (no rights reserved, no year after the mark; the picture's own date may
# come before it: «… في 17 تشرين الأول/أكتوبر 2024. © أ ف ب»).
_CREDITED_PICTURE = re.compile(
    r"(?!.*(?:حقوق|محفوظه|\|))[^\W\d_]+(?:\s+[^\s©]+){2,}\s*[-–—|]?\s*©\s*[^\W\d_][^\d©]{0,40}"
    r"(?:/\s*\d{4})?$"  # (with the year after a slash: «… © يونيسف/2024»)
)
# «حقوق النشر» alone is also a topic («قانون حقوق النشر»); only with a year is it a footer.
_COPYRIGHT_WEAK = re.compile(r"حقوق النشر|حقوق الطبع|copyright")
# A count as widgets print it: «1,234», «1.2 ألف», «12K».
_COUNT = r"\d[\d,.٬٫]*+(?:\s*(?:الف|مليون|k|m))?"
_COUNTED = (
    r"(?:مشاهده|مشاهدات|المشاهدات|قراءه|قراءات|القراءات|زياره|زيارات|الزيارات|تعليقا|تعليق|تعليقات"
    r"|التعليقات|اعجاب|اعجابات|مشاركه|مشاركات|مشترك|مشتركا|مشتركين|متابع|متابعا|متابعين"
    r"|views?|reads?|comments?|likes?|shares?|subscribers?|followers?)"
)
# «3 دقائق», «5-6 دقائق», «دقيقتان», «خمس دقائق»: a reading or running time in digits or words
_MINUTES = (
    r"(?:\d+(?:\s*[-–]\s*\d+)?\s*(?:دقيقه|دقائق)|دقيقه(?: واحده)?|دقيقتان|دقيقتين"
    r"|[^\W\d_]+ دقائق)"
)
_COUNTERS = re.compile(
    rf"^(?:عدد\s+)?{_COUNTED}\s*[:：(]?\s*{_COUNT}\)?(?:\s*مره)?$"
    rf"|^{_COUNT}\s*{_COUNTED}(?:\s*مره)?$|^(?:تعليق|تعليقات|التعليقات|comments?)$"
    rf"|^(?:قرئ|شوهد|قرات|شوهدت)\s+{_COUNT}\s*مره$"
    r"|دقيقه قراءه|دقائق قراءه|دقيقه للقراءه|دقائق للقراءه|وقت القراءه|مده القراءه"
    rf"|^قراءه\s*[:：]\s*{_MINUTES}$|^مده الفيديو\s*[:：]?\s*[\d:]+$"
    rf"|^الوقت المقدر للقراءه\s*[:：]?\s*{_MINUTES}$|^(?:ال)?مده\s*[:：]?\s*[\d:]+$"
    rf"|min read|minute read|^قراءه\s*(?:في\s*)?{_MINUTES}$"
    # «المدة التقديرية للقراءة: 9 دقائق»
    rf"|^(?:[^\W\d_]+\s){{0,3}}للقراءه\s*[:：]?\s*{_MINUTES}$"
    # «5-6 دقائق» alone: a reader view's estimate (a running time is one figure)
    r"|^\d+\s*[-–]\s*\d+\s*(?:دقيقه|دقائق|minutes)$"
    # a match card's attendance, maybe after its venue: «ملعب المدينة – الحضور: 18,400»
    rf"|(?:^|\s[-–—|]\s)(?:ال)?(?:حضور|جمهور)(?: (?:ال)?جماهيري)?\s*[:：]\s*{_COUNT}$"
)
_DATELINE_MARKS = re.compile(r"[/()\-–—:]")
# A forum's post number («#2», «المشاركة رقم 2»), a signature's rule or label («التوقيع:»).
_FORUM_POST = re.compile(
    r"#\d{1,5}|_{10,}|(?:ال)?مشارك[ةه] رقم\s*\d{1,5}|(?:ال)?رد رقم\s*\d{1,5}|التوقيع\s*[:：].*"
)
_COMMENTS = re.compile(
    # («التعليقات (2) - أرشيف»: with the label of the archive they were kept in)
    # («تعازي القراء (4)»: readers' condolences under an obituary)
    rf"^(?:عدد\s+)?(?:ال)?(?:تعليقات|تعازي(?=\s+(?:القراء|الزوار)))(?:\s+(?:القراء|الزوار))?"
    rf"(?:\W*{_COUNT}(?:\W+[^\W\d_]+(?:\s[^\W\d_]+)?)?)?$"
    rf"|^{_COUNT}\W*(?:تعليق|تعليقات|تعليقا)$"
    rf"|^(?:comments?|responses?|commentaires?|réactions?|reactions?|yorumlar)(?:\W*{_COUNT})?$"
    # («آراء القراء (5)»: with their count, where alone it may be an opinion page's section)
    rf"|^(?:اراء|ردود|مداخلات) (?:القراء|الزوار)\W*{_COUNT}\W*$"
    r"|^(?:اضف|اكتب|اترك|شارك)\s+(?:تعليقك|تعليقا|تعليق|برايك|رايك)"
    r"|^(?:لا توجد|لا يوجد)\s+تعليقات|^عرض (?:جميع |كل )?التعليقات|^leave a (?:comment|reply)"
    # «التعليقات مغلقة لهذا الخبر», «تم إغلاق التعليقات», «comments are closed»
    r"|^(?:ال)?تعليقات? (?:مغلقه|مغلق|مقفله|متوقفه)|^(?:تم )?(?:اغلاق|ايقاف) (?:ال)?تعليقات?"
    r"|^comments (?:are )?closed"
)
# A letter's or a newsletter's closing formula, over its writer's name
SIGN_OFF = re.compile(
    r"^(?:مع (?:خالص |اطيب |اجمل )?(?:التحيه|التحيات|تحياتي|تحياتنا|المحبه|الود|مودتي)"
    r"|(?:تحياتي|تحياتنا|دمتم بخير|الي اللقاء|الي اللقاء في العدد القادم)(?:\s|$))"
)
_SIGN_OFF_WORDS = 6
# A press release's note on who issued it, on one line with its label: «عن مرصد التمويل: منصة
# بيانات مستقلة ترصد …» (the issuer, then what kind of body it is).
_ABOUT_THE_ISSUER = re.compile(
    r"^(?:عن|نبذه عن|حول) [^:：]{2,40}[:：]\s*(?:هي |هو )?(?:ال)?(?:منصه|شركه|مؤسسه|مجموعه|منظمه"
    r"|جمعيه|هيئه|بنك|مصرف|مركز|صندوق|موقع|وكاله|مبادره|برنامج|شبكه|مسرعه|حاضنه)\s"
)
_BACK_MATTER_HEADING = re.compile(
    # the next article loaded under the story («▼ المقال التالي»): another story
    r"^(?:(?:ال)?(?:مقال|خبر|قصه|موضوع|تقرير) (?:ال)?(?:تالي|تاليه)|next (?:article|story)$"
    r"|(?:ال)?مراجع|(?:ال)?مصادر|المراجع العلميه|المصادر والمراجع|المراجع والمصادر"
    # a match report's line-ups under it
    # (or a preview's, as its writer expects them: «التشكيلة المتوقعة», «التشكيل المحتمل»)
    r"|(?:ال)?تشكيله?(?: ال(?:اساسي|اساسيه|رسمي|رسميه|فريقين|متوقع|متوقعه|محتمل|محتمله))"
    r"|تشكيله الفريقين"
    r"|(?:مصادر|مراجع) المقال|references|sources"
    r"|(?:نبذه )?عن (?:الكاتب|الكاتبه|المؤلف|الكاتبين|الكاتبتين|المؤلفين|الكتاب)"
    # a long read's footnotes: «الهوامش», «المصادر والهوامش»
    r"|(?:ال)?هوامش|(?:ال)?حواشي|(?:المصادر|المراجع) والهوامش|footnotes|notes"
    r"|(?:عن )?(?:كاتب|كاتبه) المقال"
    # the site's widgets under the story: its questions and answers, a quiz
    r"|(?:ال)?اسئله (?:ال)?(?:شائعه|متكرره|يطرحها|تهمك)(?: [^\d]{2,30})?"
    r"|اختبر (?:معلوماتك|نفسك)|faq"
    # a family page's puzzles: «لغز العدد», «الكلمات المتقاطعة»
    r"|(?:لغز|الغاز|فزوره|فوازير|مسابقه|تسليه|تسالي) (?:العدد|الاسبوع|اليوم)"
    # a newsletter's briefs and figures after its lead story: «في سطور», «أرقام الأسبوع»
    r"|(?:(?:اهم |ابرز )?(?:ال)?اخبار )?في سطور|(?:ال)?اخبار سريعه|في عجاله"
    r"|(?:ارقام|رقم) (?:ال)?(?:اسبوع|يوم|عدد)|موجز (?:ال)?(?:اخبار|اسبوع|يوم)"
    # an investigation's right of reply, under its heading
    r"|(?:ال)?حق (?:في )?الرد"
    r"|(?:ال)?كلمات (?:ال)?متقاطعه|سودوكو|حل (?:لغز|مسابقه) (?:العدد|الاسبوع) (?:الماضي|السابق)"
    # a press release's boilerplate: the company's note, its statements on the future,
    # its press contacts
    r"|نبذه عن [^\d]{2,50}|(?:عن|حول) (?:شركه|مجموعه|مؤسسه|بنك|مصرف|هيئه) [^\d]{2,50}"
    r"|(?:عن|حول) «[^»\d]{2,40}»?"  # «عن «باي نيل»»: the company by its quoted name
    r"|(?:[^\d]{0,25} )?(?:البيانات|التصريحات|بيانات|تصريحات) (?:ال)?تطلعيه"
    r"|(?:جهات|جهه) الاتصال(?: ال)?(?:اعلاميه)?|للاستفسارات الاعلاميه|للتواصل الاعلامي"
    r"|media contacts?|forward-looking statements"
    r"|about the author"
    # an obituary's box: when and where the prayer, the burial and the condolences are
    r"|(?:موعد|مواعيد|مكان|اماكن|تفاصيل) (?:الصلاه علي الفقيد(?:ه)?|الجنازه|التشييع|الدفن|العزاء)"
    # (or under a heading of its own: «صلاة الجنازة», «مجلس الفاتحة», «بيت العزاء»)
    r"|صلاه الجنازه|مجلس (?:ال)?(?:فاتحه|عزاء)|بيت (?:ال)?عزاء"
    r"|(?:بيت|مجلس) العزاء)$"
)
# «تنويه بشأن البيانات التطلعية: …»: a press release's note on its statements on the future
_FORWARD_LOOKING = re.compile(r"^[^:：]{0,40}(?:البيانات|التصريحات|بيانات|تصريحات) (?:ال)?تطلعيه")
_CATEGORIES = re.compile(r"^(?:التصنيفات|التصنيف|categories|category|filed under)(?=$|[\s:：])")
# «ملاحظة المحرر: عُدّلت هذه الفقرة بعد النشر …»: an editor's note, among the paragraphs
# or under them; the story goes on after it.
_EDITORS_NOTE = re.compile(
    # (its label in two languages: «Note de la rédaction / ملاحظة التحرير: …»)
    r"^(?:[^\u0600-\u06ff/:：]{3,40}/\s*)?"
    r"(?:ملاحظه|تنويه|توضيح|نصيحه|كلمه)\s+(?:من\s+)?(?:المحرر|التحرير)\s*[:：]"
)
# «تحديث: أضفنا نتائج اختبار البطارية …», «تحديث: الأحد 2 شباط 2025 - 07:45 - لم يطرأ
# تغيير …»: the editors' note on an update, a sentence (a stamp alone is the update's date)
# («تحديث – الخميس 13 شباط 2025، 7:20 صباحاً: أعلنت الوزارة …»: its stamp before the colon)
_UPDATE_NOTE = re.compile(
    r"^(?:تحديث|تم التحديث|update|updated)\s*(?:[-–—]\s*[^:：]{3,60}?\d[^:：]{0,30})?[:：]\s*\S"
)
_UPDATE_NOTE_WORDS = 5
# The writer's box's label («عن الكاتب:»), beside its text or over it, under a byline's name
_ABOUT_THE_WRITER = r"(?:نبذه )?عن (?:الكاتب|الكاتبه|المؤلف)\s*[:：]"
ABOUT_THE_WRITER = re.compile(_ABOUT_THE_WRITER)
_NOTE = re.compile(
    r"^(?:ملاحظه|تنويه|توضيح)\s+(?:من\s+)?(?:المترجم|المترجمه|المحرر|التحرير|الارشيف)"
    # an archive's reprint: «من الأرشيف: نُشر هذا الخبر في عدد …», «نُشر الأصل في العدد …»
    r"|^من الارشيف\s*[:：]\s*(?:نشر|نشرت)\s"
    r"|^(?:نشر|نشرت) (?:الاصل|النص الاصلي|المقال الاصلي|الخبر الاصلي) في"
    # «عن الكاتب: خالد المنصوري باحث اقتصادي …»: the writer's box, its text beside its label
    rf"|^{_ABOUT_THE_WRITER}"
    # a series' or an investigation's note on how it was made: «عن هذه السلسلة: أجرت …»,
    # «منهجية التحقيق: …», labelled (where «كيف أعددنا هذا الملف» alone is a crosshead)
    r"|^عن (?:هذه|هذا) (?:ال)?(?:سلسله|تحقيق|تقرير|ملف|مشروع|حلقه|تحقيقات)\s*[:：]"
    r"|^منهجيه(?: (?:ال)?(?:تحقيق|تقرير|بحث|عمل))?\s*[:：]"
    # «حق الرد مكفول لجميع الجهات الواردة في هذا التحقيق …»
    r"|^حق (?:ال)?رد مكفول"
    # «ملاحظة: نُقل النص كما ورد في النسخة الورقية»: a note on the text, not the story
    r"|^(?:ملاحظه|تنويه|تنبيه)\s*[:：]\s*(?:[^\W\d_]+\s+){0,4}(?:النص|المقال|الخبر|الماده|التقرير"
    # «ملاحظة: الأرقام الواردة أولية وقابلة للتعديل»: a note on the story's figures
    r"|الارقام|البيانات|الاحصاءات|المعطيات)(?:\s|$)"
    # an interview's editing: «تم تحرير الحوار واختصاره لأغراض الوضوح»
    r"|^(?:تم تحرير|حرر|جري تحرير) (?:الحوار|المقابله|اللقاء|النص)"
    # and how it was held: «أُجري هذا الحوار باللغة الإسبانية ونُشر في «…»»
    r"|^\W*(?:اجري|اجريت|جري) (?:هذا|هذه) (?:ال)?(?:حوار|مقابله|لقاء) (?:باللغه|بال|عبر|هاتفيا"
    r"|عن بعد|في)"
    # a series' note: «هذا التحقيق جزء من سلسلة «ما بعد الاستهلاك» التي ينشرها …»
    r"|^(?:هذا|هذه) (?:ال)?(?:تحقيق|تقرير|مقال|مقاله|قصه|ماده|حلقه) (?:جزء|ضمن|هو الجزء|هي الجزء"
    # «هذه المادة من إنتاج طلاب مقرر «التحرير الصحفي»»: who made it, under it
    r"|من انتاج|من اعداد|انتجها|اعدها|انجزها)"
    # a live blog's close: «انتهت تغطية اليوم الأول»
    r"|^(?:انتهت|نختتم|نختم) (?:تغطيتنا|التغطيه|تغطيه)"
    # a reportage's grant: «أُنجز هذا التحقيق بدعم من برنامج …»
    r"|^(?:انجز|انتج|اعد|نفذ)(?:ت)? (?:هذا|هذه) (?:التحقيق|التقرير|العمل|المقال|الملف|الريبورتاج"
    r"|الروبورتاج|القصه|الماده) (?:بدعم|بتمويل|بالتعاون|ضمن)"
    # where it was printed first: «نُشر هذا التقرير في العدد المطبوع رقم 88 من مجلة رواق»
    # («يُنشر هذا المقال بالتعاون مع شبكة «أصوات آسيوية»»: so is every column of the series)
    r"|^(?:نشر|نشرت|ينشر|تنشر) (?:هذا|هذه) (?:ال)?(?:تقرير|تحقيق|مقال|مقاله|ماده|قصه|حوار"
    r"|ريبورتاج)"
    # («… أولاً بالإيطالية في صحيفة «…»»: in another language first)
    r" (?:في العدد|اولا(?: [^\W\d_]+)? في|لاول مره(?: [^\W\d_]+)? في|في النسخه"
    # (or beside its partners': «نُشر هذا التحقيق بالتزامن مع شركاء الشبكة»)
    r"|بالتزامن|بالتعاون|بالشراكه"
    # («نُشر هذا المقال في الأصل باللغة الإنجليزية، وترجمه …»)
    r"|في الاصل|اصلا|باللغه)"
    # a story's or a poem's source under it: «* من مجموعة قصصية تصدر قريباً»
    r"|^من (?:ال)?(?:مجموعه|ديوان|روايه|كتاب)(?: [^\W\d_]+){0,4} (?:تصدر|صدرت|ستصدر|سيصدر"
    r"|الصادره|الصادر|قيد الطبع)"
    # a translation's note: «هذا المقال مترجم عن النسخة الإنجليزية من …»
    r"|^(?:هذا|هذه) (?:ال)?(?:مقال|مقاله|تقرير|ماده|قصه|تحليل|خبر) (?:مترجم|مترجمه|منقول|منقوله) عن"
    # what was done to the piece itself: «* تمت ترجمة أجزاء من هذا التقرير وتحريرها …»,
    # «تم تحديث هذا الخبر بإضافة تصريحات …»
    r"|^\W*(?:تمت|تم|جرت|جري) (?:ترجمه|تحرير|تعديل|تحديث)(?: (?:اجزاء|جزء) من)? (?:هذا|هذه) "
    r"(?:ال)?(?:تقرير|مقال|مقاله|خبر|ماده|تحقيق|قصه)"
    # a correction's note: «تصحيح: في نسخة سابقة من هذا التقرير ورد أن …»
    # (with its date: «تصحيح (12 مارس 2025): ورد في نسخة سابقة …»)
    r"|^(?:تصحيح|استدراك)(?:\s*\([^()]{0,30}\))?\s*[:：]\s*(?:[^\W\d_]+\s+){0,3}"
    r"(?:نسخه|صيغه) (?:سابقه|اولي|اقدم)"
    # («تصحيح: حُدّثت هذه المادة في 23 يوليو 2025 لإضافة رد البنك المركزي»)
    r"|^(?:تصحيح|استدراك)\s*[:：]\s*(?:حدثت|عدلت|صححت|تم تحديث|تم تعديل|تم تصحيح) (?:هذه|هذا)"
)
# A study's reference under a science story: «المرجع: دورية …», «نُشرت الدراسة في دورية
# «ساينس أدفانسز»، آب ٢٠٢٤» (short: a paragraph may open so and go on with the findings).
_REFERENCE = re.compile(
    r"^(?:ال)?(?:مرجع|مراجع|دراسه المرجعيه|مصدر العلمي|مصادر العلميه)\s*[:：]"
    # «المصادر: الإرشادات السريرية …، الجمعية العربية …، 2023.»: a list, no outlet
    r"|^(?:ال)?مصادر\s*[:：][^،,;؛]+[،,;؛]"
    r"|^(?:نشرت|صدرت) (?:ال)?(?:دراسه|ورقه|بحث|نتائج)[^.]{0,20} في (?:دوريه|مجله)"
)
_REFERENCE_MAX_WORDS = 20
# A score or a fixture in a sports widget: «الأهلي 2 - 1 الزمالك», «الهلال × النصر».
_TEAM = r"[^\W\d_]+(?:\s[^\W\d_]+){0,2}"
_SCORE = re.compile(
    # («الساعة 10:40 صباحاً», «الساعة 18:25 بتوقيت باكو»: a time of day, no score)
    rf"^(?!(?:الساعه|الوقت|التوقيت)\s){_TEAM}\s+\d{{1,2}}\s*[-–:×x]\s*\d{{1,2}}\s+"
    rf"(?!(?:صباحا|مساء|ظهرا|عصرا|ليلا|فجرا|بتوقيت)(?:\s|$)){_TEAM}$"
    rf"|^{_TEAM}\s*(?:×|vs\.?)\s*{_TEAM}$"
)
_MATCH_STATUS = re.compile(r"\s*\([^()]{1,20}\)")
_SCORE_WORDS = 11


def _scores_strip(text: str) -> bool:
    """«Direct | وفاق الصنوبر 1 - 0 نصر الأوراس (د 67) | شباب الواحات 2 - 2 اتحاد الساحل
    (نهاية)»: a results ticker, its matches side by side behind a label or two."""
    if "|" not in text:
        return False
    # (a competition's label before its first match: «دوري اليد الممتاز – الجولة 18: الشروق
    # 31 - 29 الفرسان»)
    items = [bare_key(_MATCH_STATUS.sub("", item).rpartition(":")[2]) for item in text.split("|")]
    scores = [item for item in items if _SCORE.match(item)]
    return (
        bool(scores)
        and len(items) > 1
        and all(item in scores or len(item.split()) <= 2 for item in items)
    )


# Emoji and the player's symbols (▶ ⏯ ⏱): a widget's or a social post's mark, never a
# paragraph's first letter.
_EMOJI_CHARS = "\U0001f300-\U0001faff\u2600-\u27bf\u2b50\u2b55"
EMOJI = re.compile(f"[{_EMOJI_CHARS}]")  # a social post's marks: no caption or story holds one
_PICTOGRAPH = re.compile(f"[{_EMOJI_CHARS}\u23e9-\u23fa\u25b6\u25c0\u2139]")
# «لا تفوتوا الحلقة …», «استمع إلى التقرير»: a call to the audience, with what it is to watch
# or hear (no past tense: «استمع المجلس إلى …» tells the story).
_CALL_TO_WATCH = re.compile(
    r"^(?:لا تفوتوا|لا تفوت|شاهدوا|شاهد|استمعوا|استمع|ترقبوا|تابعوا|حملوا)\s+(?:الي\s+|ل)?"
    r"(?:ال)?(?:ليله|برنامج|حلقه|حلقات|بث|تقرير|خبر|فيديو|وثائقي|حوار|مقابله|لقاء|نشره|اعلان"
    r"|مقطع|لقطات|تريلر|كلمه|خطاب|محاضره|ندوه)"
    # «للاستماع إلى الحلقة كاملة اضغط على زر التشغيل أعلاه»: how to play it
    r"|^(?:للاستماع|لمشاهده|لمتابعه) (?:الي )?(?:ال)?(?:حلقه|برنامج|تقرير|فيديو|مقابله|لقاء|بث)"
    r".{0,60}(?:اضغط|انقر|زر التشغيل)"
)
_PROMO_WORDS = 25
_QUOTE_WORDS = 6
_MOVE = re.compile("[▲▼△▽↑↓]")
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_EMBED_WORDS = 12
_VERDICT_WORDS = 20
_WIDE_GAP = re.compile(r"\s{3,}|\t+")
_OTHER_EVENTS_DATE = re.compile(
    # (not an answer's date, a consultation page's publication: «تاريخ الإجابة: 05/04/2025»)
    r"(?:تاريخ|موعد|وقت)\s(?![^:：]*(?:نشر|تحديث|اضافه|الخبر|المقال|الماده|الادراج|البث|اصدار"
    r"|الاجابه|الجواب|الرد))"
    r"[^:：\d]{2,40}[:：]"
    r"|(?:ال)?(?:مواليد|ميلاد|مولد|وفاه)\s*[:：]"  # a profile's birth or death: «المواليد: …»
    r"|(?:ال)?(?:فتره|مده)(?:\s[^:：\d]{2,40})?[:：]"  # a report's period: «الفترة المشمولة: …»
    r"|(?:ال)?(?:موعد|مواعيد)\s*[:：]|اخر موعد\s"  # an event's: «الموعد: الجمعة 18 أبريل»
)
# When an episode or an interview was recorded, which is not when it was published
_RECORDED_ON = re.compile(
    r"^\W*(?:سجلت|سجل|تم تسجيل|جري تسجيل|صورت|صور|تم تصوير)(?: هذه| هذا)? (?:ال)?(?:حلقه|مقابله"
    r"|حوار|لقاء|مقطع|فيديو|حديث)"
)
# (matched from where the words start: no «^», which only the string's start matches)
_RATING = re.compile(
    r"(?:(?:ال)?تقييم(?:نا|ي| الناقد| القراء| المحرر)?(?: العام| النهائي| حتي الان)?"
    r"|قيم (?:الفيلم|المسلسل|الكتاب|المقال|الخبر|العرض|الحلقه))\s*[:：]\s*"
    r"(?:[\d٠-٩]+(?:[.,][\d٠-٩]+)?\s*(?:/|من)\s*[\d٠-٩]+|[★☆⭐]+)"
)
_VERDICT = re.compile(
    r"(?:الحكم|النتيجه|التصنيف|تصنيف الادعاء|حكمنا|الخلاصه)\s*[:：]\s*"
    # («النتيجة: صورة مضللة», «الخلاصة: الفيديو صحيح لكنه قديم»: the verdict on a noun;
    # «الحكم: ✖ زائف»: its mark before it)
    r"(?:[^\w\s]{1,3}\s*)?(?:[^\W\d_]+\s){0,2}"
    r"(?:زائف|مفبرك|مضلل|خاطئ|صحيح|مجتزا|غير دقيق|صحيح جزئيا|ساخر|مركب|قديم)ه?\b"
)
# The value of a DROP fact for a box's head among the paragraphs (a social post's frame, a
# verdict's or a rating's label): the lines it holds, up to the story's next paragraph, go too.
HOLDS = "holds"
CHANNEL = "channel"  # a messaging channel's card: the line over it is the channel's name
# A glossary's heading: it holds the «term: definition» lines under it (`_glossary`).
GLOSSARY = "glossary"
# A table of contents' heading: it holds the short items under it (`_glossary`).
CONTENTS = "contents"
# A box's heading over the one paragraph it holds: a long read's note on its method («كيف
# أعددنا هذا الملف»), a data story's notes on its data, a «هل تعلم؟» box.
ASIDE = "aside"
# A platform's name alone over the post it frames.
_PLATFORMS = keyset(
    "instagram",
    "إنستغرام",
    "انستغرام",
    "x",
    "twitter",
    "تويتر",
    "facebook",
    "فيسبوك",
    "tiktok",
    "تيك توك",
    "youtube",
    "يوتيوب",
    "threads",
)
_HANDLE = re.compile(r"(?<![\w.])@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}\b(?!\.[A-Za-z])")
_EMBED_LABEL = re.compile(
    r"عرض هذا المنشور|تمت مشاركه منشور|منشور (?:من|علي) صفحه|view this post|view on (?:x|twitter)"
    r"|تسجيل اعجاب|تسجيلات الاعجاب|اعاده نشر|اعادات نشر|\blikes\b|\breposts?\b|\bretweets?\b"
)
# A post's stamp: «8:14 PM · Jul 21, 2025», «٨:١٤ م · ٢١ يوليو ٢٠٢٥».
_POST_STAMP = re.compile(r"^\d{1,2}:\d{2}\s*(?:am|pm|ص|م)?\s*[·•]\s*\S")
_CONTINUE = re.compile(
    r"^(?:تابع القراءه|اكمل القراءه|continue reading|read the full story"
    r"|اقرا (?:القصه|الخبر|المقال|التقرير|الموضوع)(?: كامل[اه]?)?)(?:\s|$)"
)
_CONTINUE_WORDS = 8
# A whole line between square brackets: what stands in for a chart, a map or a video.
_PLACEHOLDER = re.compile(r"^\s*\[[^\[\]]{2,120}\]\s*$")
_CLICK = re.compile(r"^(?:اضغط|اضغطوا|انقر|انقروا|click)\s+(?:علي|هنا|here|on)\b")
_BAR = re.compile("[\u2580-\u259f\u25a0-\u25ff]{3,}")  # a chart's bar: «▇▇▇▇», «▰▰▱▱»
# A form's field («[__________]») or its button alone between brackets («[عرض النتيجة]»).
_FORM = re.compile(r"_{4,}|^\s*\[[^\[\]\d:：]{1,30}\]\s*$")
# How a live blog orders its entries: «التحديثات الجديدة تظهر في الأعلى», «الأحدث أولاً»
# (that it refreshes itself is `_disclaimer`'s)
_FEED_NOTE = re.compile(
    r"^(?:ال)?(?:تحديثات|مستجدات|منشورات|تدوينات)(?: ال)?(?:جديده|احدث)? (?:تظهر|تاتي|تضاف|تدرج)"
    r" (?:في|الي|علي) (?:ال)?(?:اعلي|اسفل|الاعلي|الاسفل)"
    r"|^(?:ال)?(?:احدث|اقدم) (?:اولا|في الاعلي)$"
)
_FEED_NOTE_WORDS = 10
_CONSENT_NOTICE = re.compile(
    r"ملفات (?:تعريف )?الارتباط|الكوكيز|\bcookies?\b"
    # a consent notice that names no cookie: «نحن وشركاؤنا نخزن معلومات على جهازك …»
    r"|شركاؤنا (?:نخزن|نستخدم|نصل)|نخزن (?:و\s?/?\s?او نصل الي )?(?:ال)?معلومات علي جهازك"
    # and an ad blocker's: «يبدو أنك تستخدم مانع إعلانات»
    r"|(?:مانع|حاجب|مانعات|حاجبات) (?:ال)?اعلانات|\bad ?blockers?\b"
)
# Buttons sit apart by bars or wide spaces; a widget's notices by their sentences' ends («لا توجد
# تعليقات بعد. كن أول من يعلق!»).
_BUTTON_SPLIT = re.compile(r"\s*\|\s*|\s{2,}|(?<=[.!؟?])\s+")
# «صورة سعيد الراشدي»: a writer's photo's alt text, copied over his name
_AVATAR_ALT = re.compile(r"^صور[ةه]\s+(?P<name>[^\W\d_]+(?:\s[^\W\d_]+){1,3})$")
_AVATAR_WORDS = 6
_LOCAL_CLOCK = re.compile(
    r"^\W*(?:الساعه|الوقت|التوقيت)\s+(?:الان|المحلي)\b[^\d]{0,30}\d{1,2}:\d{2}"
)
_WELCOME = re.compile(
    r"^\W*(?:مرحبا|اهلا(?: وسهلا)?)\s+بكم\s+في\s+(?:موقع|بوابه|صحيفه|جريده|عدد|نشره)"
    # a forum's welcome to its guests: «مرحباً بك زائرنا الكريم! …», «أهلاً بك زائرنا …»
    r"|^\W*(?:مرحبا|اهلا(?: وسهلا)?)\s+بك\s+(?:يا\s+)?(?:زائرنا|زائر)"
)
# A number alone on its line (the count of an icon's widget, «👁 1,234»), but no date.
_NUMBER_ONLY = re.compile(r"^\d{1,3}(?:[,٬]\d{3})+$|^\d+$|^\d+(?:\.\d+)?\s*(?:k|m|الف)$")
# An e-mail address: no space, an «@» after the first character, a «.» after the next one
# and one more character (what «\S+@\S+\.\S+» says, without its cubic backtracking).
_URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+$|^(?=\S+$).[^@]*+@.+\..\S*")
_HOME = re.compile(r"^(?:الرئيسيه|الصفحه الرئيسيه|الرئيسه|home)\s*(?:[>›»<‹/\\|]|-\s)")
# «\s/\s» needs no alternative of its own: «/» takes the spaces around it all the same.
_CRUMB_SPLIT = re.compile(rf"{SPACES_BEFORE}[>›<‹\\|/]\s*|(?<!\s)\s++[»\-]\s+")
_SITE_LABEL = re.compile(
    r"الموقع الرسمي(?:\s+ل(?:-|\s)?)?|البوابه الرسميه|الموقع الالكتروني"
    # (the label beside its translation: «Site officiel - الموقع الرسمي», no name in either)
    r"|(?:le )?site (?:web )?officiel|(?:the )?official (?:web)?site"
)
_TAG_LABEL = re.compile(
    r"(?:الكلمات المفتاحيه|كلمات مفتاحيه|الكلمات الداله|كلمات داله|الوسوم|وسوم"
    r"|(?:ال)?كلمات (?:ال)?دلاليه|(?:ال)?كلمات (?:ال)?بحث"
    r"|الاوسمه|اوسمه|التاجات|تاجات|العلامات|هاشتاج|هاشتاغ|tags|keywords"
    r"|سحابه (?:ال)?(?:وسوم|كلمات|تاجات|اوسمه))(?=$|[\s:：\-–—|])\s*[:：\-–—|]?\s*"
)
_TAG_SPLIT = re.compile(rf"{SPACES_BEFORE}[،,؛;|•]\s*|(?<!\s)\s++[-–—]\s+|{SPACES_BEFORE}(?=#)")
_SOURCE_LABEL = re.compile(
    r"\(?\s*(?:المصدر|مصدر الخبر|المصادر|source)\s*[:：\-–—]\s*"
    r"|\(?\s*(?:نقلا عن|نقلاعن)(?:\s*[:：]\s*|\s+)"
    # a reader app's credit: «من: صحيفة المدار»; a share from the outlet's app: «تمت
    # المشاركة من تطبيق «الخبر اليقين»», «شاهد هذا الخبر على تطبيق "نبض اليوم":»
    r"|(?:تمت المشاركه|تم الارسال|ارسلت|شورك) (?:من|عبر) تطبيق\s+(?=[«\"“])"
    r"|(?:شاهد|اقرا|تابع) (?:هذا|هذه) (?:الخبر|المقال|القصه) (?:علي|في|عبر) تطبيق\s+(?=[«\"“])"
    r"|من\s*[:：]\s*(?=(?:صحيفه|جريده|موقع|مجله|وكاله|قناه|شبكه|بوابه)\s)"
)
_LISTED = re.compile(r"[،,;؛]")
_SPELLED_OUT = re.compile(r"^[^()]+\(\s*(?P<short>[^()]{1,12}?)\s*\)")
# «عن ذا نورثرن كرونيكل», «عن أ ف ب (بتصرف)»: a translation's or a rewrite's source.
_TAKEN_FROM = re.compile(r"\(?\s*عن(?:\s*[:：]\s*|\s+)")
_ABOUT_US = keyset("الموقع", "المجلة", "الصحيفة", "الجريدة", "الشبكة", "البوابة", "المنصة", "نحن")
_FREELY = re.compile(r"[(\[]?\s*(?:بتصرف|بتصرّف)\s*[)\]]?\s*$")
_THEN_DATED = re.compile(r"\s+[-–—|]\s+(?=\D*\d)|\s*[،,]\s*(?=\D*\d)")
_THEN_TRANSLATED = re.compile(r"\s+[-–—|]\s+(?=ترجم|بترجم)")
# «نوردفست روندشاو (Nordwest Rundschau) – افتتاحية»: the outlet, its name in its own
# letters, and what the piece is
_ITS_OWN_SPELLING = re.compile(r"\s*\([A-Za-z\u00c0-\u024f][^()\u0600-\u06ff]*\)")
_THEN_ITS_GENRE = re.compile(
    r"\s+[-–—|]\s+(?:افتتاحي[ةه]|مقال رأي|رأي|تحليل|تقرير|مقابل[ةه]|حوار|عمود)\s*$"
)
_FOREIGN_TITLE = re.compile(r"^ذا\s\S")  # «ذا غارديان»: "The …", as Arabic writes it
_RELATIVE = re.compile(
    r"^(?:نشر\s*:?\s*|تم النشر\s*:?\s*|(?P<update>(?:اخر\s+)?تحديث\s*:?\s*"
    # (a health page's review: «آخر مراجعة للمحتوى: قبل شهرين»)
    r"|اخر مراجعه(?: (?:لل|ل)?(?:محتوي|طبيه|مقال))?\s*:?\s*))?"
    r"(?:منذ|قبل)\s+(?:\d+\s+)?"
    r"(?:ثانيه|ثوان|ثواني|دقيقه|دقيقتين|دقائق|ساعه|ساعتين|ساعات|يوم|يومين|ايام|اسبوع"
    r"|اسبوعين|اسابيع|شهر|شهرين|اشهر)$"
)
# A stamp of the story printed again («أُعيد نشره: 20 أغسطس 2025», «تاريخ إعادة النشر:»)
_REPUBLISHED = re.compile(r"(?:اعيد|يعاد|اعاده) (?:ال)?نشر|republi(?:shed|[eé])")


def republished(text: str) -> bool:
    """Whether a stamp's label says the story was printed again, not first published."""
    label = key(text)
    digit = _DIGIT.search(label)
    return bool(_REPUBLISHED.search(label[: digit.start() if digit else None]))


# A stamp's label naming the publication (the page's other dates may be a match's kick-off,
# a broadcast, an event: «بُثّت الحلقة: …» over «نُشر: …»).
_PUBLISHED_LABEL = re.compile(
    # («بدأت التغطية:»: when a live blog opened)
    r"نشر|تاريخ النشر|بدات التغطيه|بدء التغطيه|published|posted|publi[eé]|publicado|publicerad"
    r"|veröffentlicht|yay[ıi]nlan"
    r"|imechapishwa|diterbitkan|опубликовано|dərc|بڵاوكراوەتەوە|פורסם"
)
_UPDATE_LABEL = re.compile(
    r"تحديث|محدث|تعديل|updated|modified|mis [aà] jour"
    # the same label in the languages diaspora sites print their stamps in
    r"|aktualisiert|actualizado|atualizado|aggiornato|uppdaterad|bijgewerkt|g[üu]ncellen"
    r"|ilisasishwa|diperbarui|обновлено|yeniləndi|نوێكراوەتەوە|עודכן"
)
_DATE_WORDS = frozenset(
    key(w)
    for w in [
        *FOREIGN_MONTH_WORDS,
        *wordlist(
            "يناير فبراير مارس أبريل إبريل مايو يونيو يونيه يوليو يوليه أغسطس سبتمبر أكتوبر نوفمبر "
            "ديسمبر كانون الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين الأول ثاني أول "
            "جانفي فيفري أفريل ماي جوان جويلية أوت يوليوز غشت شتنبر نونبر دجنبر الأحد الاثنين "
            "الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت أحد اثنين ثلاثاء أربعاء خميس جمعة سبت "
            "يوم اليوم نشر نشرت نشره ينشر تم النشر بتاريخ تاريخ وقت في آخر اخر تحديث التحديث محدث "
            "الوقت تعديل الساعة ساعة الموافق بتوقيت توقيت ص م صباحا صباح مساء مساءا ظهرا عصرا "
            "فجرا ليلا "
            "ه هـ هجري هجرية ميلادي ميلادية gmt utc am pm published updated posted on at last من "
            # the time zones stamps name after the clock («15:20 GST», «09:00 CET»)
            "gst ast cet cest eet eest wet west bst msk trt est edt pst pdt "
            # or the country whose time it is («09:05 UAE»), and a disclosure's label («وقت
            # الإعلان: 07:58 ص»)
            "uae ksa الإعلان الإفصاح "
            # a print edition's number and year: «العدد ٧٧٣٤ - السنة الثانية والعشرون»
            "العدد عدد السنة الأولى الثانية الثالثة الرابعة الخامسة السادسة السابعة الثامنة "
            "التاسعة العاشرة الحادية عشرة العشرون الثلاثون الأربعون الخمسون الستون السبعون "
            "والعشرون والثلاثون والأربعون والخمسون والستون والسبعون والثمانون والتسعون "
            "شهر محرم صفر ربيع الآخر جمادى الأولى الآخرة رجب شعبان رمضان شوال ذو ذي القعدة الحجة "
            "january february march april may june july august september october november "
            "december jan feb mar apr jun jul aug sep sept oct nov dec h "
            "أي النار النوار الربيع الطير الماء الصيف ناصر هانيبال الفاتح التمور الحرث الكانون "
            "publié publie le à a mis jour janvier février mars avril mai juin juillet août "
            "septembre octobre novembre décembre heure heures locale "
            # the labels and words of a stamp in the languages diaspora sites print it in
            "veröffentlicht aktualisiert am um uhr publicado actualizado atualizado em el às as a "
            "las pubblicato aggiornato il alle ore publicerad uppdaterad kl gepubliceerd "
            "bijgewerkt op yayınlanma yayınlandı güncelleme güncellendi tarihi saat "
            # their weekdays: «quinta-feira, 12 de setembro de 2024», «lundi 3 mars»
            "segunda terça terca quarta quinta sexta feira sábado sabado domingo de "
            "lundi mardi mercredi jeudi vendredi samedi dimanche "
            "montag dienstag mittwoch donnerstag freitag samstag sonntag "
            "imechapishwa ilisasishwa jumatatu jumanne jumatano alhamisi ijumaa jumamosi "
            "jumapili saa diterbitkan diperbarui senin selasa rabu kamis jumat sabtu minggu "
            "isnin khamis jumaat ahad pukul wib "
            # Russian, Azerbaijani and Tatar weekdays and labels: «Пятница, 8 ноября 2024»,
            # «Çərşənbə, 16 iyul 2025», «чәршәмбе, 22 гыйнвар 2025»
            "понедельник вторник среда четверг пятница суббота воскресенье обновлено "
            "опубликовано г года bazar ertəsi çərşənbə axşamı cümə şənbə yeniləndi dərc "
            "olunub дүшәмбе сишәмбе чәршәмбе пәнҗешәмбе җомга шимбә якшәмбе "
            # Sorani's: «بڵاوکراوەتەوە: سێشەممە ١٤ی کانوونی دووەم ٢٠٢٥ - ١٠:٣٠», «٤:٢٠ د.ن»
            "شەممە یەکشەممە دووشەممە سێشەممە چوارشەممە پێنجشەممە هەینی بڵاوکراوەتەوە "
            "نوێکراوەتەوە کاتژمێر بەروار ی د ن پ "
            # a live blog's: «بدأت التغطية: الجمعة 28 فبراير 2025 - 16:00»
            "بدأت بدء التغطية"
        ),
        *(word for month in SORANI_MONTHS for word in (*month.split(), month.split()[-1] + "ی")),
    ]
)
_LETTER_WORDS = re.compile(r"[^\W\d_]+")


# --- Line kinds ---------------------------------------------------------------------------


class Kind(StrEnum):
    TEXT = "text"
    DROP = "drop"  # furniture with nothing to keep
    MARKER = "marker"  # chrome around the lead image (post-title, «صورة»)
    SHARE = "share"
    READ_ALSO = "read_also"
    RELATED = "related"
    FOOTER = "footer"  # follow-us, newsletter
    COPYRIGHT = "copyright"
    BREADCRUMB = "breadcrumb"
    SITE = "site"
    TAGS = "tags"
    SOURCE = "source"
    RELATIVE = "relative"
    DATE = "date"
    TIME = "time"
    BYLINE = "byline"
    CREDIT = "credit"  # a wire desk's credits under the story: editors, not authors
    SUMMARY = "summary"  # a standfirst printed with its label («ملخص: ...»)
    AGENCY = "agency"
    CAPTION = "caption"
    PAIR = "pair"  # «A - B»: a byline or dateline when it sits in the header
    COMMENTS = "comments"  # readers' comments begin: nothing after is the story
    BACK_MATTER = "back_matter"  # references, a translator's note, the writer's box


@dataclass(frozen=True)
class Byline:
    authors: tuple[str, ...] = ()
    source: str | None = None
    editors: tuple[str, ...] = ()  # تحرير / مراجعة / تصوير credits
    translators: tuple[str, ...] = ()  # ترجمة: the authors when no writer is named
    stands_in: bool = False  # the editors are the authors when no writer is named


@dataclass(frozen=True)  # shared between identical lines through classify's cache
class Fact:
    kind: Kind
    value: object = None  # per kind: names, a date, a Byline, (left, right) of a pair...
    is_update: bool = False  # a date labelled «آخر تحديث»
    published: bool = False  # a date labelled as the publication's («نُشر:», «Publié le»)
    bare: bool = False  # a label with nothing after it («اقرأ أيضًا:», «الوسوم»)


# --- What a line is: one rule per kind, tried in order ------------------------------------


def _structured_data(text: str) -> tuple[Fact, ...] | None:
    """A page's structured data copied as a line of JSON-LD («{"@type":"NewsArticle", …,
    "datePublished":"2025-02-11T14:05:00+03:00"}»): the publication's stamp in the page's
    own time (as printed stamps are read), the rest dropped; None for any other line."""
    stripped = text.strip()
    if not (stripped.startswith("{") and '"@type"' in stripped):
        return None
    try:
        data = json.loads(stripped)
    except ValueError:
        return (Fact(Kind.DROP),)  # (cut short by the copy: still no text of the story)
    stamp = data.get("datePublished") if isinstance(data, dict) else None
    if not isinstance(stamp, str):
        return (Fact(Kind.DROP),)
    try:
        value = datetime.fromisoformat(stamp.strip())
    except ValueError:
        return (Fact(Kind.DROP),)
    if len(stamp.strip()) == len("2025-02-11"):  # a day, no time
        return (Fact(Kind.DATE, value.date(), published=True),)
    return (Fact(Kind.DATE, value.replace(tzinfo=None), published=True),)


def _fixtures_row(parts: list[str]) -> bool:
    """A fixtures table's row: a match beside its day or its kick-off («الجمعة 07 شباط 2025
    | شباب الوادي × النجم الأزرق | 15:00 | ستاد الأمير محمد»), no stamp nor byline."""
    return len(parts) >= 3 and any(_SCORE.match(key(part.strip())) for part in parts)


@lru_cache(maxsize=1024)  # furniture repeats; a line's kind does not depend on its place
def classify(text: str) -> tuple[Fact, ...]:
    """What the line says about the article; [Fact(TEXT)] when it is plain text.

    A line holding several items separated by «|» or «•» («كتب: سارة حسن | الأحد 16
    فبراير 2025») gives one fact per item when none of them is plain text.
    """
    if (published := _structured_data(text)) is not None:
        return published
    if len(text) > MAX_META_CHARS:
        return (Fact(Kind.TEXT),)
    # «Síguenos | تابعونا», «À lire aussi | اقرأ أيضاً»: a label printed in two languages;
    # «Dela / شارك: فيسبوك | واتساب»: the foreign half first, before a slash
    arabic = _arabic_half(text) or _after_a_foreign_label(text)
    if arabic and (fact := _classify_one(arabic)).kind is not Kind.TEXT:
        return (fact,)
    # (a heading over links, its translation first: «Benzer Haberler – أخبار مشابهة»; a dash
    # also parts a caption from its credit, «… – Crédit photo : …», which stays one line)
    arabic = _arabic_half(text, dash=True)
    if arabic and (fact := _classify_one(arabic)).kind in (Kind.RELATED, Kind.READ_ALSO):
        return (fact,)
    fact = _classify_one(text)
    items = _ITEM_SEPARATOR.split(text)
    if len(items) >= _SCHEDULE_CELLS and any(_TIME_RANGE.fullmatch(i.strip()) for i in items):
        # «الاثنين 10 فبراير 2025 | 08:00 - 13:00 | ميدان أم قدير»: a schedule's row, its
        # hours from and to; no stamp, no byline
        return (Fact(Kind.DROP),)
    if fact.kind in (Kind.TEXT, Kind.DROP) and (filed := _town_outlet_name(items)):
        return (filed,)
    if fact.kind is Kind.TEXT and _clocked_items(items):
        return (Fact(Kind.DROP),)
    if fact.kind in (Kind.TEXT, Kind.DROP) and _fixtures_row(items):
        return (Fact(Kind.DROP),)
    if fact.kind is Kind.TEXT and (posted := _posted_by_at(text)):
        return posted
    if fact.value == HOLDS and (writer := _name_and_handle(text)):
        return fact, writer
    if fact.kind is Kind.TEXT and (signed_for := _writer_for_an_outlet(text)):
        # «فيليب موران – صحافي في «لو كورييه دو لاك»، لوزان» under a translated story: its
        # writer, and the outlet that printed it first
        return Fact(Kind.BYLINE, Byline(authors=(signed_for[0],), source=signed_for[1])), Fact(
            Kind.BACK_MATTER
        )
    if fact.kind is Kind.TEXT and (signed := _signature(text)) and person_like(signed[1]):
        # «— زياد فرحات», «— نادية الشامي، كاتبة وروائية»: the writer signs off under the
        # story, which ends there
        return Fact(Kind.BYLINE, Byline(authors=(signed[1],))), Fact(Kind.BACK_MATTER)
    if fact.kind is Kind.PAIR and (signer := _starred_signature(cast(tuple[str, str], fact.value))):
        # «* مريم الصبري – تعز»: the writer and her town, starred under the story
        return Fact(Kind.BYLINE, Byline(authors=(signer,))), Fact(Kind.BACK_MATTER)
    if fact.kind is Kind.TEXT and signed_with_initial(text.strip()):
        # «ح. سليمة» alone: an initial and a family name sign the story (the Maghrebi way)
        return Fact(Kind.BYLINE, Byline(authors=(text.strip(),))), Fact(Kind.BACK_MATTER)
    if fact.kind is Kind.DATE and _ITEM_SEPARATOR.search(text) and _WEATHER.search(text):
        return (Fact(Kind.DROP),)  # «الأحد 15 يونيو 2025 | الطقس: 31° | دخول»: the site's day
    if fact.kind in _NAME_ROLE_KINDS and (writer := _name_bar_role(text)):
        return (writer,)
    if fact.kind is Kind.DROP and fact.value is None and _ITEM_SEPARATOR.search(text):
        # «8 حزيران 2024 · مدة القراءة: 4 دقائق»: the date beside a widget's item
        facts = _items(_ITEM_SEPARATOR.split(text))
        if any(f.kind is Kind.DATE for f in facts) and all(f.kind is not Kind.TEXT for f in facts):
            return tuple(facts)
    if fact.kind in (Kind.BYLINE, Kind.SOURCE) and _ITEM_SEPARATOR.search(text):
        # «المصدر: رويترز | تحرير: منى الرفاعي»: the source beside the desk's editor;
        # «المصدر: شينخوا | 2025-01-15 16:20:08»: the source beside the story's stamp
        facts = _items(_ITEM_SEPARATOR.split(text))
        beside = Kind.SOURCE if fact.kind is Kind.BYLINE else Kind.DATE
        if any(f.kind is beside for f in facts) and all(f.kind is not Kind.TEXT for f in facts):
            return tuple(facts)
    if fact.kind in (Kind.TEXT, Kind.PAIR) and _ITEM_SEPARATOR.search(text):
        parts = _ITEM_SEPARATOR.split(text)
        facts = _items(parts)
        if all(f.kind not in (Kind.TEXT, Kind.PAIR) for f in facts):
            return tuple(facts)
        # «بنغازي – «الأفق» – خاص | 2025-06-03 10:20»: where it was filed, beside the stamp
        if all(f.kind is not Kind.TEXT for f in facts) and any(f.kind is Kind.DATE for f in facts):
            return tuple(facts)
        if _card(parts, facts):
            return (Fact(Kind.DROP),)
        if (credited := _dateline_beside_a_name(parts, facts)) is not None:
            return credited
    if fact.kind is Kind.TEXT and (both := _names_then_date(text)):
        return both
    if fact.kind in _BYLINE_OR_DATE | {Kind.BREADCRUMB} and (both := _byline_then_date(text)):
        return both
    if fact.kind is Kind.TEXT and (both := _date_then_byline(text)):
        return both
    return (fact,)


_FOREIGN_HALF_WORDS = 6


def _dateline_beside_a_name(parts: list[str], facts: list[Fact]) -> tuple[Fact, ...] | None:
    """«المكلا: «شرفة حضرموت» | محمد باعباد»: where it was filed and for whom, then the
    reporter's name after a bar; the pair as it is and the name as the byline."""
    if len(parts) != 2 or sorted(f.kind for f in facts) != sorted((Kind.PAIR, Kind.TEXT)):
        return None
    name = parts[[f.kind for f in facts].index(Kind.TEXT)].strip()
    pair = next(f for f in facts if f.kind is Kind.PAIR)
    if not person_like(name) or not is_city(cast(tuple[str, str], pair.value)[0]):
        return None
    return pair, Fact(Kind.BYLINE, Byline(authors=(name,)))


def _clocked_items(parts: list[str]) -> bool:
    """«مباشر | 10:42 وصول قافلة … | 10:15 انقطاع الاتصالات …»: a live strip's items, each
    with its clock, no story's paragraph."""
    clocked = sum(bool(_CLOCK_ITEM.match(p)) for p in parts)
    return len(parts) >= _CLOCKED_ITEMS and clocked >= _CLOCKED_ITEMS - 1


_CLOCK_ITEM = re.compile(r"\s*[0-9٠-٩]{1,2}[:：][0-9٠-٩]{2}\s+\S")
_CLOCKED_ITEMS = 3


def _town_outlet_name(items: list[str]) -> Fact | None:
    """BYLINE: «تعز | بوابة صبر | فؤاد المخلافي», where it was filed, for whom and by whom
    (no match's teams: a town and two people are no fixture)."""
    parts = [p.strip() for p in items]
    if len(parts) != 3 or not is_city(parts[0]) or is_city(parts[1]):
        return None
    if person_like(parts[2]) and not person_like(parts[1]):
        return Fact(Kind.BYLINE, Byline(authors=(parts[2],)))
    return None


def _starred_signature(sides: tuple[str, str]) -> str | None:
    """The writer of «* NAME – CITY», a signature under the story, or None."""
    left, right = sides
    if not left.startswith("*"):
        return None
    name = left.lstrip("* ").strip()
    return name if person_like(name) and is_city(right) else None


_SIGNATURE = re.compile(r"\s*[—–]\s*([^\W\d_][^\d—–:«»()]{2,40}?)\s*")


_A_ROLE_AFTER_A_COMMA = re.compile(rf"[،,]\s*(?:{_ROLES_AFTER_A_COMMA})\s")


def _signature(text: str) -> re.Match[str] | None:
    """«— NAME» alone or with the writer's role after a comma."""
    role = _A_ROLE_AFTER_A_COMMA.search(text)
    return _SIGNATURE.fullmatch(text[: role.start()] if role else text)


_A_ROLE = re.compile(rf"(?:{_ROLES_AFTER_A_COMMA})(?:\s|$)")


def _writer_for_an_outlet(text: str) -> tuple[str, str] | None:
    """(writer, outlet) of a line that names a writer and the outlet they write for, quoted
    («فيليب موران – صحافي في «لو كورييه دو لاك»، لوزان»); None for any other line."""
    found = _WRITER_FOR_AN_OUTLET.match(text.strip()) if len(text) <= _SIGNATURE_CHARS else None
    if found is None or not (name_shaped(found["name"]) or foreign_name(found["name"])):
        return None
    return found["name"].strip(), found["outlet"].strip()


_WRITER_FOR_AN_OUTLET = re.compile(
    r"^[—–\-*\s]*(?P<name>[^\d«»\"،,:–—\-]{3,40}?)\s*[–—\-،,]\s*"
    r"(?:صحاف(?:ي|ية|يه)|كاتب(?:ة|ه)?|مراسل(?:ة|ه)?|محرر(?:ة|ه)?|محلل(?:ة|ه)?)"
    r"(?:\s+[^\W\d_]+)?\s+(?:في|لدى|لصحيفة|لمجلة|ل|ب)\s*[«\"“](?P<outlet>[^»\"”]{2,40})[»\"”]"
    r"(?:\s*[،,]\s*[^\W\d_]+(?:\s[^\W\d_]+)?)?\W*$"
)
_SIGNATURE_CHARS = 160


def _name_bar_role(text: str) -> Fact | None:
    """«عمر الكعبي | محرر التقنية»: a writer's name and role between a bar; «ماجد العنزي /
    محرر الانتقالات», «عبدالله يوسف – محرر الشؤون المحلية»: a person's name and a post in
    the newsroom between a slash or a dash (a press release's «ريم الحوسني – مديرة الاتصال»
    is its contact, «دير البلح – مراسل مرايا غزة» a town and an unnamed correspondent)."""
    parts = [p.strip() for p in _ITEM_SEPARATOR.split(text)]
    if len(parts) == 2 and name_shaped(parts[0]) and not is_team(parts[0]):
        role = parts[1]
        if words(role) <= _ROLE_WORDS and _A_ROLE.match(role):
            return Fact(Kind.BYLINE, Byline(authors=(parts[0],)))
        return None
    parts = [p.strip() for p in _NAME_POST_SEPARATOR.split(text)]
    if len(parts) == 2 and person_like(parts[0]) and names_a_post(parts[1]):
        return Fact(Kind.BYLINE, Byline(authors=(parts[0],)))
    return None


_ROLE_WORDS = 6
_NAME_POST_SEPARATOR = re.compile(r"\s[–\-/]\s")
# (a dash or a slash makes a pair or a breadcrumb of the line first)
_NAME_ROLE_KINDS = frozenset({Kind.TEXT, Kind.PAIR, Kind.BREADCRUMB})


def _name_and_handle(text: str) -> Fact | None:
    """«سالم الحبسي (@salem_habsi)»: a writer's name with their account in brackets, a
    byline under a headline (an embedded post's frame among the paragraphs all the same)."""
    name, bracket, handle = text.partition("(")
    if not bracket or not _HANDLE.fullmatch(handle.strip().rstrip(")").strip()):
        return None
    name = name.strip()
    if not _ARABIC_LETTER.search(name) or not name_shaped(name):
        return None
    return Fact(Kind.BYLINE, Byline(authors=(name,)))


_TIME_RANGE = re.compile(r"[\d٠-٩]{1,2}[:.][\d٠-٩]{2}\s*[-–—]\s*[\d٠-٩]{1,2}[:.][\d٠-٩]{2}")
_SCHEDULE_CELLS = 3


def _arabic_half(text: str, *, dash: bool = False) -> str | None:
    """The Arabic half of a line of two halves between a bar, the other a short foreign
    one (its translation: «Rechercher | بحث», «الجمعة 15 نوفمبر 2024 | Viernes, 15 de
    noviembre de 2024»), or a dash (`dash`: «Benzer Haberler – أخبار مشابهة»); None for
    any other line."""
    halves = [h.strip() for h in (_SPACED_DASH if dash else _ITEM_SEPARATOR).split(text)]
    if len(halves) != 2 or not all(halves):
        return None
    foreign = [h for h in halves if not _ARABIC_LETTER.search(h) and _LATIN_LETTER.search(h)]
    if len(foreign) != 1 or len(foreign[0].split()) > _FOREIGN_HALF_WORDS:
        return None
    if _classify_one(foreign[0]).kind in (Kind.TIME, Kind.DATE):
        return None  # «2024-10-08 | 11:45 GMT»: the date, then its time
    return next(h for h in halves if h is not foreign[0])


_FOREIGN_LABEL = re.compile(
    r"^\W*[a-zA-Z\u00c0-\u024f]+(?: [a-zA-Z\u00c0-\u024f]+){0,2}\s*/\s*(?=[\u0600-\u06ff])"
)


def _after_a_foreign_label(text: str) -> str | None:
    """The Arabic label and what follows it after its translation and a slash («Dela /
    شارك: …», «Teilen / شارك»); None for any other line."""
    label = _FOREIGN_LABEL.match(text)
    return text[label.end() :] if label else None


def _card(parts: list[str], facts: list[Fact]) -> bool:
    """A card of labelled facts between bars: «ضيفة الحوار: د. منى الخطيب | كبيرة
    الاقتصاديين في … | مؤلفة كتاب …», a guest's, a venue's or a product's; three items or
    more of a few words, the first after its label, none a sentence, date or byline."""
    label = _CARD_LABEL.match(parts[0].strip())
    return (
        label is not None
        and len(parts) >= 3
        and all(f.kind in (Kind.TEXT, Kind.PAIR) for f in facts)
        and all(words(p) <= _CARD_ITEM_WORDS and not ends_sentence(p) for p in parts)
    )


_CARD_LABEL = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+){0,2}\s*[:：]\s*\S")
_CARD_ITEM_WORDS = 8


def _items(parts: list[str]) -> list[Fact]:
    """The facts of a line's items; beside a date or a byline, an item that is a name
    alone is the writer's («Jan 18, 2025 at 8:30 am · د. سامي القرشي · 2 Comments»)."""
    facts: list[Fact] = []
    for part in parts:
        fact = _classify_one(part.strip())
        both = _date_then_byline(part) if fact.kind is Kind.TEXT else None
        facts.extend(both or (fact,))
    if len(facts) != len(parts):
        return facts
    dated = any(f.kind in (Kind.DATE, Kind.BYLINE) for f in facts)
    if dated or any(f.kind is Kind.RELATIVE for f in facts):
        for at, (part, fact) in enumerate(zip(parts, facts, strict=True)):
            if fact.kind is not Kind.TEXT:
                continue
            if looks_like_outlet(part.strip()) and not _LABELLED_FIGURE.search(part):
                # «الشاهد الإخباري • منذ 3 ساعات»: an aggregator's card, the outlet it copies
                facts[at] = Fact(Kind.BYLINE, Byline(source=part.strip()))
            elif dated and name_shaped(part.strip()):
                names = tuple(split_names(part.strip()))
                # (each a name: «تحلية المياه والطاقة الشمسية | 2 أبريل 2024» is a link)
                if all(map(name_shaped, names)):
                    facts[at] = Fact(Kind.BYLINE, Byline(authors=names))
    return facts


# «سعر الدولار اليوم: 50.28 جنيه» beside a date bar's day: a ticker, though «اليوم» is a
# paper's word
_LABELLED_FIGURE = re.compile(r"[:：]\s*[\d٠-٩]")


def _posted_by_at(text: str) -> tuple[Fact, Fact] | None:
    """«نشر بواسطة د. منى الزهراني في 9:47 م»: a blog's line under the post, who posted it
    and at what time."""
    posted = _POSTED_BY_AT.match(text.strip())
    if posted is None or not person_like(posted["who"]):
        return None
    clock = parse_arabic_time(posted["clock"])
    if clock is None:
        return None
    return Fact(Kind.BYLINE, Byline(authors=(posted["who"].strip(),))), Fact(Kind.TIME, clock)


_POSTED_BY_AT = re.compile(
    r"^(?:نُشر|نشر|نشرت|نشرها|نشره|posted)\s+(?:بواسطة|بواسطه|من قبل|by)\s+(?P<who>[^\d:|]{3,40}?)"
    r"\s+(?:في|الساعة|الساعه|at)\s+(?P<clock>\d{1,2}:\d{2}\s*(?:ص|م|am|pm|AM|PM)?)$"
)


def _date_then_byline(text: str) -> tuple[Fact, Fact] | None:
    """«نُشر في Dec 5, 2024 بواسطة ليلى الحسن»: the date, then the byline it runs into."""
    label = _INLINE_BYLINE.search(text)
    if not label:
        return None
    date, byline = _classify_one(text[: label.start()]), _classify_one(text[label.start() :])
    if date.kind is Kind.DATE and byline.kind is Kind.BYLINE:
        return date, byline
    return None


def _names_then_date(text: str) -> tuple[Fact, Fact] | None:
    """«مراد يلدز, حسن أقطاش   |21.07.2025 - محدث : 22.07.2025»: a wire's reporters, named
    without a label, and the date after a bar."""
    names, bar, stamp = text.partition("|")
    if not bar or "|" in stamp:
        return None
    date = _classify_one(stamp.strip())
    reporters = split_names(names)
    if date.kind is not Kind.DATE or not reporters:
        return None
    if not all(name_ok(n, min_words=2) and name_shaped(n) and words(n) <= 4 for n in reporters):
        return None  # («تحلية المياه والطاقة الشمسية | 2 أبريل 2024»: a paper's link)
    return Fact(Kind.BYLINE, Byline(authors=tuple(reporters))), date


def _byline_then_date(text: str) -> tuple[Fact, Fact] | None:
    """«كتب: محمد بنعلي - الجمعة 5 يوليوز 2024», «محمد بنعلي - الجمعة 5 يوليوز 2024»: a
    byline, or a name, and the date after a dash; a forum member's handle and the post's
    date («بواسطة: سيمو_الرباطي » 27/05/2025 - 09:12»: no author); None for any other line."""
    dash = _DASH_OR_CHEVRON.search(text)
    if not dash:
        return None
    left, right = text[: dash.start()].strip(), text[dash.end() :].strip()
    date = _classify_one(right)
    if date.kind is not Kind.DATE or left[:1] in _LIST_BULLETS:
        return None  # («• حين تتأخر الأمطار - الجمعة 6 سبتمبر 2024»: a list's item)
    if _POSTER.match(left):
        return Fact(Kind.BYLINE, Byline()), date
    byline = _classify_one(left)
    if byline.kind is Kind.BYLINE:
        return byline, date
    # («جدول القطع المبرمج – الأربعاء 18 يونيو 2025»: a box's heading and its day, no one)
    if byline.kind is Kind.TEXT and person_like(left):
        return Fact(Kind.BYLINE, Byline(authors=tuple(split_names(left)))), date
    return None


_LIST_BULLETS = frozenset("•·●▪◦")


def _classify_one(text: str) -> Fact:
    """The fact of the first rule of `_RULES` that knows the line; TEXT when none does."""
    line = _LineView.of(text)
    for rule in _RULES:
        fact = rule(line)
        if fact is not None:
            return fact
    return Fact(Kind.TEXT)


@dataclass(slots=True)  # not frozen: one is built for every line, and frozen ones build slower
class _LineView:
    """One line as the rules read it."""

    text: str  # as printed
    key: str  # folded (`key`)
    bare: str  # folded, without the bullets and punctuation around it
    words: int  # how many words `bare` has

    @classmethod
    def of(cls, text: str) -> _LineView:
        folded = key(text)
        bare = strip_symbols(folded)
        return cls(text, folded, bare, words(bare))


def _nothing_to_read(line: _LineView) -> Fact | None:
    """DROP: symbols alone, or an address alone («https://...», «name@site.com»)."""
    bare = line.bare
    if not bare or _URL_ONLY.match(bare) or not _HAS_WORD.search(bare):
        return Fact(Kind.DROP)
    return None


def _image_marker(line: _LineView) -> Fact | None:
    """MARKER: the chrome around the lead image («صورة», «post-title», «فيديو»), a
    gallery's («الصورة 1 من 6») or a writer's photo's («صورة الكاتبة ميثاء الكعبي»)."""
    bare = line.bare
    if bare in _IMAGE_MARKERS or _GALLERY_COUNTER.match(bare) or _AVATAR.match(bare):
        return Fact(Kind.MARKER)
    return None


# A writer's photo's alternative text, with the name the byline prints under it again
# («صورة الكاتبة ميثاء الكعبي»).
# A writer's initials alone, on their avatar over the name («ر ج», «م.ع»)
_INITIALS = re.compile(r"[\u0621-\u064a](?:\.\s?|\s)[\u0621-\u064a]\.?")
# A mobile page's prompt to use the site's app: «افتح في التطبيق ✕», «حمّل تطبيق …»
_APP_PROMPT = re.compile(
    r"^(?:افتح|افتحه|اقرا|تابع|تابعه|واصل القراءه) (?:في|على|علي|عبر) (?:ال)?تطبيق"
    r"|^(?:حمل|نزل|ثبت|حملوا) (?:ال)?تطبيق|^open in (?:the )?app|^get the app"
    # (its button alone: «تثبيت», «افتح التطبيق»)
    r"|^(?:تثبيت|ثبت|تنزيل|افتح|افتح التطبيق|install|open)$"
)
_AVATAR = re.compile(
    r"^(?:ال)?صوره (?:ال)?(?:كاتب|كاتبه|مؤلف|مولف|مولفه|محرر|محرره|مراسل|مراسله|صحفي|صحفيه)"
    r"(?: [^\W\d_]+\.?){1,5}$"  # («صورة الكاتب د. سامح عبد الباقي»: a title too)
)


# A forum post's formulas around a reposted story: the greeting, «منقول» (copied).
_FORUM_FORMULA = re.compile(
    r"^(?:السلام عليكم(?: ورحمه الله(?: وبركاته)?)?|منقول(?: للفائده| للامانه| للافاده)?"
    r"|اقتباس|رد مع اقتباس)\W*$"
)
_BRACKETED_BUTTONS = re.compile(r"(?:\[[^\[\]]{1,40}\]\s*){2,}")
# A weather widget's temperature: «31°», «35 °C», «درجة الحرارة: 28°».
_WEATHER = re.compile(r"-?\d{1,2}\s*°\s*[CcFfسم]?(?!\d)")
_MINUTE = re.compile(r"^(?:الدقيقه|دقيقه|minute)\s*\d{1,3}(?:\s*\+\s*\d{1,2})?\s*'?$")
_MINUTE_MARKS = re.compile(r"\d{1,3}(?:\+\d{1,2})?\s*['’′]")
_MATCH_BOX_LABEL = re.compile(
    r"^(?:الاهداف|الهدفان|الهدف|البطاقات(?: الحمراء| الصفراء)?|الانذارات|الطرد)\s*[:：]"
)
# A widget asking the reader whether the page helped.
# («هل كان المقال مفيداً؟ نعم لا», «هل استفدت من هذه الفتوى؟ نعم (87) لا (3)»), or to
# rate it («قيّم هذه الصفحة: ★★★★☆»).
_FEEDBACK = re.compile(
    r"^هل (?:كان|كانت|وجدت|تجد) (?:هذا |هذه )?(?:ال)?"
    r"(?:ملخص|مقال|مقاله|خبر|معلومات|صفحه|اجابه|محتوي|فتوي|موضوع|تقرير|شرح|دليل) مفيد"
    r"|^هل (?:استفدت|استفدتم|افادك|افادتك|افادتكم|ساعدك|ساعدتك|اعجبك|اعجبتك) [^؟?]{0,40}(?:[؟?]|$)"
    r"|^هل (?:انت|انتم|كنت) (?:راض|راضي|راضيا|راضيه|راضون|راضين) عن [^؟?]{0,40}(?:[؟?]|$)"
    r"|^(?:قيم|قيمي|قيموا|تقييم) (?:هذه |هذا )?(?:الصفحه|المقال|المقاله|الخبر|المحتوي|الفتوي)\b"
    r"|^was this (?:summary|article|page|content) helpful|^rate this"
)
# An archive's banner over the copy it kept of a page («نسخة مؤرشفة - أرشيف …»).
# (a search engine's cached copy says so in three lines over the page: «هذه هي نسخة Google
# المخبأة من الصفحة …», «ربما تم تغيير الصفحة الحالية …», «نصيحة: للعثور على عبارة البحث …»)
_ARCHIVED_COPY = re.compile(
    r"(?:^|\s)(?:ال)?نسخه (?:ال)?مؤرشفه(?:\s|$)|^archived (?:copy|page)"
    r"|(?:^|\s)(?:ال)?نسخه (?:\S+ )?(?:ال)?مخباه(?:\s|$)|^this is \S+ cache of"
    r"|لقطه للصفحه كما ظهرت|snapshot of the page as it appeared"
    r"|^ربما (?:تم تغيير|تغيرت) الصفحه الحاليه|^the current page could have changed"
    r"|^نصيحه\s*[:：]\s*للعثور علي عباره البحث|^tip\s*:\s*to quickly find your search term"
)
_ARCHIVED_WORDS = 40
# The page's own notice that the story is old: «هذا المقال نُشر قبل أكثر من عام، وقد لا تكون
# بعض معلوماته محدّثة», «this article is more than 5 years old»
_AGED_NOTICE = re.compile(
    r"^(?:هذا|هذه) (?:ال)?(?:مقال|مقاله|خبر|تقرير|ماده|موضوع|محتوي|قصه)"
    r" (?:نشر|نشرت|منشور|منشوره|كتب|كتبت|مكتوب|مكتوبه|يعود|تعود)(?: \S+)? (?:قبل|منذ|الي|في عام)\s"
    r"|^this (?:article|story|page) is (?:more than |over )?\S+ years? old"
)
_AGED_WORDS = 30
# An urgent story's promise of more: «تفاصيل أكثر بعد قليل...», «المزيد من التفاصيل لاحقاً»
_MORE_TO_FOLLOW = re.compile(
    r"^(?:ال)?(?:تفاصيل|(?:ال)?مزيد من (?:ال)?تفاصيل)(?: (?:اكثر|اوفي|كامله))?"
    r" (?:بعد قليل|لاحقا|تتبع|قريبا|تباعا)$"
)
_NUMBERED_BULLETIN = re.compile(r"^(?:ال)?(?:تحديث|نشره) رقم \(?\d+\)?(?:$|\s*[-–—:]\s*\S)")
_FOREIGN_BREAKING = re.compile(
    r"^\W*(?:flash info|flash|breaking(?: news)?|urgent|derniere minute|dernière minute)\s*[|:：]"
)
IN_THIS_ISSUE = re.compile(
    r"^(?:في|ضمن) (?:عدد|نشره) (?:اليوم|الليله|الاسبوع|هذا الاسبوع|الصباح|المساء)\s*[:：]"
    r"|^في هذا العدد\s*[:：]|^in (?:today's|this) (?:issue|edition)\s*:"
)
_SEARCH_BOX = re.compile(r"^(?:ابحث|بحث|search)(?: (?:عن|في|for|in))? [^.!؟?]*(?:\.{2,}|…)$")
# A poll beside the story asks its readers: «استفتاء: من سيسجل في الديربي؟», «صوّت: …؟»
_POLL = re.compile(
    r"^(?:استفتاء|استطلاع|استطلاع الراي|تصويت|صوت|صوتي|شارك في الاستفتاء|سبر (?:ال)?اراء"
    # «شارك برأيك: كم تعطي المسلسل من 10؟»: a rating asked of the readers
    r"|شارك برايك|شاركنا رايك|شاركونا ارائكم|قيم)\s*[:：].*[؟?]\s*$"
)
_POLL_WORDS = 15
# A form's field and its call («أدخل رقم الجلوس», «اكتب بريدك الإلكتروني», «استعلم عن نتيجتك
# الآن»): an exam-results or a bill-lookup box beside the story.
_FORM_FIELD = re.compile(
    r"^(?:ادخل|اكتب|اختر)\s+(?:رقم|الرقم|بريدك|اسمك|الاسم|كلمه|رمز|الرمز|كود|تاريخ|المحافظه"
    r"|المدينه|الرقم القومي|رقمك)(?:\s+[^.!؟?:]*)?$"
    r"|^(?:استعلم|استعلمي|تحقق|اعرف|اعرفي)\s+(?:عن\s+|من\s+)?(?:نتيجتك|نتيجه|فاتورتك|مخالفاتك|رصيدك)"
    r"(?:\s+[^.!؟?:]*)?$"
)
_FORM_FIELD_WORDS = 6
# A paywall's meter or a newsletter's sign-up box, over or under the story.
_PAYWALL = re.compile(
    r"^(?:لديك|تبقي لك|متبقي لك|بقي لك)\s+\S+\s+(?:مقالات|مقال|مقاله)(?: \S+)? مجانيه"
    r"|^(?:اشترك|اشتركي) (?:الان )?(?:للوصول|لمتابعه القراءه|لقراءه المقال)"
    r"|^(?:انضم|انضمي|انضموا) (?:الي|ل)\s?[\d٠-٩][\d٠-٩,٬.]*\s+(?:مشترك|مشتركا|قارئ)"
    # «شارك هذه النشرة مع صديق», «أعجبتك النشرة؟ ادعمها باشتراك مدفوع …»
    r"|^(?:شارك|شاركي|شاركوا) (?:هذه|هذا) (?:ال)?(?:نشره|مقال|خبر|تقرير|قصه|موضوع|عدد) مع"
    r"|(?:ادعمها|ادعمنا|ادعموا|ادعمه|ادعم) (?:ب|عبر )?(?:اشتراك|الاشتراك)"
    # a paywall over the rest of the story: «هذا المقال متاح للمشتركين فقط», «تابع القراءة
    # واحصل على وصول غير محدود …», «لديك حساب بالفعل؟ سجّل الدخول», «الاشتراك الشهري: …»
    r"|^(?:هذا |هذه )?(?:ال)?(?:مقال|مقاله|محتوي|تقرير|تحليل|ماده) (?:متاح|متاحه|حصري|حصريه)"
    r" (?:فقط )?(?:للمشتركين|لمشتركي|للمشتركات)"
    r"|^(?:تابع|تابعي|اكمل|واصل) (?:ال)?قراءه (?:و|ب)\S+ (?:علي )?(?:ال)?وصول"
    r"|^(?:لديك|هل لديك) حساب(?: بالفعل)?\s*[؟?]"
    r"|^(?:ال)?اشتراك (?:ال)?(?:شهري|سنوي|اسبوعي)\s*[:：]\s*[\d٠-٩]"
)
_PAYWALL_WORDS = 30
# An accessibility link to a part of the page: «تخطي إلى …», «انتقل إلى …», «skip to …».
_SKIP_LINK = re.compile(r"^(?:تخط|تخطي|تجاوز|انتقل|اذهب) (?:الي|ل)\s?\S|^skip to ")
_FEEDBACK_ANSWER = re.compile(r"\s*(?:نعم|لا|yes|no)\s*(?:\(\s*\d+\s*\)|\d+)\s*", re.I)
# A newsletter's link to its web copy.
_IN_BROWSER = re.compile(
    r"(?:اعرض|عرض|افتح|تصفح|شاهد)(?:ها)? (?:هذه )?(?:الرساله |النشره )?في (?:ال)?متصفح"
    r"|view (?:it |this (?:email|message) )?in (?:your |a )?browser"
)
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")
_LATIN_LETTER = re.compile(r"[a-zA-Z\u00c0-\u024f]")
_FOREIGN_BUTTON_WORDS = 3


# A pager's page numbers ending a short line: three or more after a word or a colon.
_PAGER = re.compile(r"(?:[^\W\d_]|[:：])\s*(?:\d{1,4}\s+){2,}\d{1,4}$")
_PAGER_WORDS = 12
# A paginated story's or a slideshow's counter, alone or between its buttons: «الصفحة 1 من 3»,
# «‹ السابق   صورة 3 من 12   التالي ›», «الصفحة 3 من 3 | ‹ الصفحة السابقة».
_PAGE_OF = re.compile(
    r"(?:ال)?(?:صفحه|صوره|شريحه|لقطه|page|photo|slide|image)\s*\d{1,3}\s*(?:من|/|of|sur)\s*\d{1,3}"
)
_PAGER_BUTTONS = frozenset(
    key(w)
    for w in wordlist(
        "السابق السابقة التالي التالية الصفحة الصورة الأولى الأخيرة العودة إلى previous next "
        "prev précédent précédente suivant suivante"
    )
)
# Which episode of a series or a file a story is: «الحلقة ٢ من سلسلة «طريق البن»», «الجزء
# الثالث من 4»; a programme's season after its name («بودكاست "سطر جديد" – الموسم الثالث»);
# an episode's running time («المدة: 48 دقيقة»)
_EPISODE = re.compile(
    r"(?:ال)?(?:حلقه|جزء)\s+(?:رقم\s+)?[^\W_]+\s+من\s+(?:سلسله|ملف|\d+$|[^\W\d_]+$)"
    # a dossier's kicker over the headline: «ملف: مهرجان البحر الأحمر 2024», «ملف خاص | …»
    r"|ملف(?: خاص| العدد)?\s*[:：|]"
    r"|.*\s[-–—|]\s*الموسم\s+(?:ال)?[^\W_]+$"
    r"|(?:ال)?مده(?: (?:ال)?(?:حلقه|حلقات|فيديو|مقطع|بث|تسجيل))?\s*[:：]"
    r"\s*\d+\s*(?:دقيقه|دقائق|ساعه|ساعات)$"
)
_EPISODE_WORDS = 7
# «سلسلة «أسرار القاهرة الخديوية» – الحلقة 3 من 5»: the series by its name, then the part
_SERIES_PART = re.compile(
    r"^(?:سلسله|ملف)\s.{3,60}?\s[-–—|:]\s*(?:ال)?(?:حلقه|جزء)\s+(?:رقم\s+)?[^\W_]+"
    r"(?:\s+من\s+[^\W_]+)?$"
)
_SERIES_PART_WORDS = 12
# A countdown's clock: days, hours and minutes left, as figures, closing the line.
_COUNTDOWN = re.compile(
    r"\d+\s*(?:يوم|يوما|ايام)\s*[:،,]?\s*\d+\s*(?:ساعه|ساعات)(?:\s*[:،,]?\s*\d+\s*(?:دقيقه|دقائق))?\s*$"
)
_COUNTDOWN_WORDS = 16
_CHANNEL_CARD_WORDS = 7
_CHANNEL_CARD = re.compile(
    rf"(?:قناه|channel|حساب)\s*[·•|]\s*{_COUNT}\s*{_COUNTED}$|عرض القناه$|view channel$"
)


def _named_body(line: _LineView) -> bool:
    """«هيئة الغوث الإنساني العربية»: a body by its name (three words or more, no
    department's or media office's words), which may be a site's masthead."""
    return (
        line.words >= 3
        and INSTITUTION.match(line.bare) is not None
        and not _DESK_WORDS.search(line.bare)
    )


# A byline's field for the writer's post, under the name («الدور، …», «المنصب: …»).
_ROLE_FIELD = re.compile(r"^(?:الدور|المنصب|الوظيفه)\s*[،:：]\s*\S")
_ROLE_FIELD_WORDS = 10
_DESK_WORDS = re.compile(r"اعلام|اعلامي|الاخبار|التحرير|التواصل|الاتصال|العلاقات|الصحفي")


# A statement's or a release's number on its own line («بيان رقم 112», «رقم البيان: 45»,
# «Communiqué n° 12»)
_RELEASE_NUMBER = re.compile(
    r"^(?:(?:ال)?(?:بيان|بلاغ|تعميم|اعلان|قرار)(?: (?:ال)?(?:صحفي|صحافي|اعلامي|رسمي|وزاري))? رقم"
    r"|رقم (?:ال)?(?:بيان|بلاغ|تعميم|اصدار|قرار)|press release no\.?|communiqu[eé] n[°o]\.?)"
    r"\s*[:：]?\s*[\w/.\-]*\d[\w/.\-]*$"
)


# The heading over an episode's or a video's notes, which are the story
# A broadcaster's kicker naming the programme over an episode's headline.
_PROGRAMME_KICKER = re.compile(r"(?:ال)?برنامج\s*[:：]\s*\S")
_PROGRAMME_KICKER_WORDS = 6
_SHOW_NOTES_HEADING = re.compile(
    r"^(?:عن|وصف|حول|في) (?:هذه |هذا )?(?:ال)?(?:حلقه|مقطع|فيديو)\s*[:：]?$"
)


def _stray_or_counter(line: _LineView) -> Fact | None:
    """DROP: a widget's leftover word («المزيد», «إعلان», «تكبير الخط», «مباشر», «خاص») or
    a counter («20 تعليق», «1,234 مشاهدة», «عدد القراءات: 532», «5 دقائق قراءة», a number
    alone), a score or a fixture («الأهلي 2 - 1 الزمالك», «الهلال × النصر»), the site's
    clock or its welcome marquee («الساعة الآن في موروني: 14:05»)."""
    if line.bare in _STRAY or _NUMBER_ONLY.match(line.bare) or _PHOTO_CREDIT.match(line.bare):
        return Fact(Kind.DROP)
    if _office_credit(line.key):
        return Fact(Kind.DROP)  # «الصورة: المكتب الإعلامي لمجلس الضاحية»
    if line.words <= _ROLE_FIELD_WORDS and _ROLE_FIELD.match(line.key):
        return Fact(Kind.DROP)  # «الدور، مراسلة الشؤون الاجتماعية - لندن»: the writer's post
    if line.words <= 6 and _LANGUAGE_SWITCH.fullmatch(line.key.strip()):
        return Fact(Kind.DROP)  # «EN | عربي»: the site's language switch
    if _FONT_SIZE.match(line.bare):
        return Fact(Kind.DROP)  # «حجم الخط أ+ أ-»: the font-size buttons under their label
    if line.words <= _NEWSLETTER_NOTE_WORDS and _NEWSLETTER_NOTE.match(line.bare):
        return Fact(Kind.DROP)  # «هذا ما اخترناه لكم هذا الأسبوع»: a newsletter's note
    if line.words <= _SPONSOR_WORDS and _SPONSOR.match(line.bare):
        return Fact(Kind.DROP)  # «برعاية: منصة "سحابتي" …»: a newsletter's sponsor
    if line.words <= _GREETING_WORDS and _GREETING.match(line.bare):
        return Fact(Kind.DROP)  # «صباح الخير يا أصدقاء،»: a newsletter's greeting
    if line.words <= _ARCHIVED_WORDS and _ARCHIVED_COPY.search(line.bare):
        return Fact(Kind.DROP)  # «تنبيه: هذه نسخة مؤرشفة من موقع …»: an archive's banner
    if line.words <= _AGED_WORDS and _AGED_NOTICE.match(line.bare):
        return Fact(Kind.DROP)  # «هذا المقال نُشر قبل أكثر من عام …»: the story's age
    if line.words <= _PAYWALL_WORDS and _PAYWALL.search(line.bare):
        return Fact(Kind.DROP)  # «لديك 3 مقالات مجانية متبقية هذا الشهر. اشترك …»: a meter
    if _INITIALS.fullmatch(line.text.strip()):
        return Fact(Kind.DROP)  # «ر ج»: the initials on a writer's avatar
    if _RELEASE_NUMBER.match(line.bare):
        return Fact(Kind.DROP)  # «بيان صحفي رقم: 2025/071/MENA»: a release's number
    if _SHOW_NOTES_HEADING.match(line.bare):
        return Fact(Kind.DROP)  # «عن الحلقة»: the heading over an episode's notes
    if line.words <= _PROGRAMME_KICKER_WORDS and _PROGRAMME_KICKER.match(line.bare):
        return Fact(Kind.DROP)  # «برنامج: نافذة على الصين»: the show the episode is of
    alt = _AVATAR_ALT.match(line.text.strip()) if line.words <= _AVATAR_WORDS else None
    if alt and person_like(alt["name"]):
        return Fact(Kind.DROP)  # «صورة سعيد الراشدي» over his name: his photo's alt text
    if line.words <= 8 and _APP_PROMPT.match(line.bare):
        return Fact(Kind.DROP)  # «افتح في التطبيق ✕»: the app's banner
    if _MORE_TO_FOLLOW.match(line.bare) or (
        line.words <= 10 and _NUMBERED_BULLETIN.match(line.bare)
    ):
        return Fact(Kind.DROP)  # («التحديث رقم (3)», «النشرة رقم (9) – …»: a warning box's head)
    if _FOREIGN_BREAKING.match(line.key):
        return Fact(Kind.DROP)  # «Flash info | عاجل : …»: the site's strip, labelled in French
    if line.words <= 40 and IN_THIS_ISSUE.match(line.bare):
        return Fact(Kind.DROP)  # «في عدد اليوم: …»: a newsletter's contents over its stories
    if line.words <= 8 and _SEARCH_BOX.match(line.key):
        return Fact(Kind.DROP)  # «ابحث عن مرض أو عَرَض...»: a search box's placeholder
    if line.words <= _POLL_WORDS and _POLL.match(line.key):
        return Fact(Kind.DROP)  # «استفتاء: من سيسجل في الديربي؟»: a poll's question
    if line.words <= _FORM_FIELD_WORDS and _FORM_FIELD.match(line.key):
        return Fact(Kind.DROP)  # «أدخل رقم الجلوس», «استعلم عن نتيجتك الآن»: a lookup form
    if line.words <= 6 and _SKIP_LINK.match(line.bare):
        return Fact(Kind.DROP)  # «تخطي إلى القائمة الرئيسية», «تخطي إلى المزيد من المقالات»
    if line.words <= 4 and is_team(line.text) and not _named_body(line):
        # «المركز الإعلامي», «فريق التحرير» alone: a desk, no credit (but «مراسلنا الخاص:
        # لينا حداد» names its envoy)
        byline = _read_byline(line.text)
        if byline is None or not byline.authors or any(map(is_city, byline.authors)):
            return Fact(Kind.DROP)  # («مراسلنا – الرياض»: where the desk filed from)
    if line.words <= _CHANNEL_CARD_WORDS and _CHANNEL_CARD.match(line.bare):
        return Fact(Kind.DROP, CHANNEL)  # «قناة · 212 ألف متابع», «عرض القناة»: a channel's card
    if line.words <= _COUNTDOWN_WORDS and _COUNTDOWN.search(line.bare):
        return Fact(Kind.DROP)  # «العد التنازلي لجائزة …: 5 أيام 1 ساعة 30 دقيقة»: a widget
    if line.words <= _EPISODE_WORDS and _EPISODE.match(line.bare):
        return Fact(Kind.DROP)  # «الحلقة ٢ من سلسلة «طريق البن»»: a series' kicker
    if line.words <= _SERIES_PART_WORDS and _SERIES_PART.match(line.bare):
        return Fact(Kind.DROP)  # «سلسلة «أسرار القاهرة» – الحلقة 3 من 5»: one too
    if line.words <= _PAGER_WORDS and _PAGER.search(line.bare):
        return Fact(Kind.DROP)  # «الانتقال إلى صفحة: 12 13 14»: an e-paper's pager
    if line.words <= _PAGER_WORDS and _page_counter(line.bare):
        return Fact(Kind.DROP)
    if _page_list(line.bare):
        return Fact(Kind.DROP)  # «صفحات العدد: ص 1 | ص 2 | … | ص 16»
    if line.words <= _FEED_NOTE_WORDS and _FEED_NOTE.match(line.bare):
        return Fact(Kind.DROP)  # «التحديثات الجديدة تظهر في الأعلى»: a live blog's note
    if line.words <= 60 and _CONSENT_NOTICE.search(line.bare):
        # «نستخدم ملفات تعريف الارتباط…», «يبدو أنك تستخدم مانع إعلانات»: the site's notices
        return Fact(Kind.DROP)
    # «موافق   المزيد», «قبول الكل | رفض | الإعدادات», «مشاركة   حفظ   طباعة»: buttons only
    buttons = [bare_key(b) for b in _BUTTON_SPLIT.split(line.text.strip()) if b.strip()]
    # («Rechercher | بحث»: a button labelled in two languages)
    arabic = [b for b in buttons if _ARABIC_LETTER.search(b)]
    foreign = [b for b in buttons if not _ARABIC_LETTER.search(b)]
    if len(buttons) > 1 and (
        all(b in _STRAY for b in buttons)  # «Accepter   Paramétrer»
        or (
            arabic
            and all(b in _STRAY for b in arabic)
            and all(len(b.split()) <= _FOREIGN_BUTTON_WORDS for b in foreign)
        )
    ):
        return Fact(Kind.DROP)
    # («الاتحاد البحري 3 – 2 نجوم الصحراء (بعد التمديد)»: the score with the match's status)
    scored = _SCORE.match(bare_key(_MATCH_STATUS.sub("", line.text)))
    if (line.words <= 8 and _COUNTERS.search(line.bare)) or (line.words <= _SCORE_WORDS and scored):
        return Fact(Kind.DROP)
    if _scores_strip(line.text):
        return Fact(Kind.DROP)
    if line.words <= 8 and _FORM.search(line.text):
        return Fact(Kind.DROP)  # «أدخل رقم الجلوس: [______]», «[عرض النتيجة]»: a form
    if line.words <= 8 and _BAR.search(line.text):
        return Fact(Kind.DROP)  # «2019 ▇▇▇▇▇▇▇ 38»: a chart's bar
    if line.words <= 6 and _FORUM_FORMULA.match(line.bare):
        return Fact(Kind.DROP)  # «السلام عليكم ورحمة الله وبركاته», «منقول للفائدة»
    if _BRACKETED_BUTTONS.fullmatch(line.text.strip()):
        return Fact(Kind.DROP)  # «[ نسخة للطباعة ] [ أرسل لصديق ]»: an old portal's buttons
    if line.words <= 8 and _WEATHER.search(line.text):
        return Fact(Kind.DROP)  # «الطقس: 31°», «الرياض 35°C»: a weather widget
    if line.words <= 4 and _MINUTE.match(line.bare):
        return Fact(Kind.DROP)  # «الدقيقة 90+5»: a live blog's minute over its update
    if line.words <= 30 and _MINUTE_MARKS.search(line.text) and _MATCH_BOX_LABEL.match(line.bare):
        return Fact(Kind.DROP)  # «الأهداف: سالم الرشيدي 23' ، بدر الحربي 88'»: a match card
    if line.words <= 12 and _FEEDBACK.match(line.bare):
        return Fact(Kind.DROP)  # «هل كان هذا الملخص مفيداً؟ 👍 👎», «قيّم هذه الصفحة: ★★★★☆»
    if _FEEDBACK_ANSWER.fullmatch(line.text):
        return Fact(Kind.DROP)  # «نعم (87)», «لا (3)»: the widget's answers and their counts
    if line.words <= 12 and _IN_BROWSER.search(line.bare):
        return Fact(Kind.DROP)  # «لا تظهر هذه الرسالة بشكل صحيح؟ اعرضها في المتصفح»
    if line.words <= 10 and _LOCAL_CLOCK.match(line.key):
        return Fact(Kind.DROP)  # «الساعة الآن في موروني: 14:05»: the site's clock
    if line.words <= 30 and _WELCOME.match(line.key):
        return Fact(Kind.DROP)  # «*** مرحباً بكم في موقع موروني نيوز ***»: a marquee
    return None


def _page_list(bare: str) -> bool:
    """«صفحات العدد: ص 1 | ص 2 | … | ص 16»: an e-paper's links to its pages, under a label."""
    items = [i.strip() for i in bare.partition(":")[2 if ":" in bare else 0].split("|")]
    return len(items) >= 3 and all(_PAGE_REF.fullmatch(i) or not i.strip(".… ") for i in items)


_PAGE_REF = re.compile(r"(?:ص|صفحه|الصفحه|p|page)\.?\s*\d{1,3}")


def _page_counter(bare: str) -> bool:
    counters = _PAGE_OF.split(bare)
    if len(counters) == 1:
        return False
    return all(w in _PAGER_BUTTONS for part in counters for w in _LETTER_WORDS.findall(part))


def _comments(line: _LineView) -> Fact | None:
    """COMMENTS: the heading of the readers' comments («التعليقات (3)», «عدد التعليقات: ٢»,
    «أضف تعليقك», «لا توجد تعليقات بعد»), a forum's post number («#2») or the line over a
    poster's signature; after the story, what follows is theirs."""
    if line.words <= 6 and _COMMENTS.match(line.bare):
        return Fact(Kind.COMMENTS)
    return Fact(Kind.COMMENTS) if _FORUM_POST.fullmatch(line.text.strip()) else None


# A video's or a podcast's transcript under the story: «نص التقرير (مقتطف)», «النص الكامل
# للتقرير», «مقتطف من الحوار», «تفريغ الحلقة».
_TRANSCRIPT_HEADING = re.compile(
    r"^(?:(?:ال)?نص (?:ال)?(?:كامل )?(?:لل|ال)?(?:تقرير|حلقه|مقابله|حوار|لقاء|فيديو)"
    r"(?: \(مقتطف\)?)?"
    r"|(?:مقتطف|مقتطفات) من (?:ال)?(?:حوار|مقابله|لقاء|حلقه)"
    # «من الحلقة:» over the hosts' words; «Transcript (partial)»
    r"|من (?:ال)?(?:حلقه|مقابله|حوار|لقاء)"
    r"|تفريغ (?:ال)?حلقه|transcript(?: \(?(?:partial|excerpts?|full)\)?)?)$"
)
# Its chapters or its notes, never the story: «محاور الحلقة», «فصول المقطع», «Show notes /
# ملاحظات الحلقة»
_CHAPTERS = (
    r"(?:محاور|فصول|اقسام) (?:ال)?(?:حلقه|مقطع|فيديو)|chapters|show notes|ملاحظات (?:ال)?حلقه"
)
_CHAPTERS_HEADING = re.compile(rf"^(?:{_CHAPTERS})(?: / (?:{_CHAPTERS}))?$")
# The value of a transcript's heading: under a story it ends it, under a video's one-paragraph
# description it is the story.
TRANSCRIPT = "transcript"


def _back_matter(line: _LineView) -> Fact | None:
    """BACK_MATTER: what a page prints after the story, under a heading of its own: the
    references («المراجع:»), a translator's or an editor's note («ملاحظة المترجم: …»), the
    site's categories («التصنيفات: …»), the writer's box («عن الكاتبة»)."""
    if line.words <= 8 and _BACK_MATTER_HEADING.match(line.bare):
        return Fact(Kind.BACK_MATTER)
    if line.words <= 8 and _TRANSCRIPT_HEADING.match(line.bare):
        return Fact(Kind.BACK_MATTER, TRANSCRIPT)
    if line.words <= 8 and _CHAPTERS_HEADING.match(line.bare):
        return Fact(Kind.BACK_MATTER)
    if line.words <= _SIGN_OFF_WORDS and SIGN_OFF.match(line.bare):
        return Fact(Kind.BACK_MATTER)  # «مع خالص التحية،»: a letter's close, its writer under it
    if line.words <= 80 and _EDITORS_NOTE.match(line.bare):
        return Fact(Kind.FOOTER)
    if (
        _UPDATE_NOTE_WORDS < line.words <= 80
        and _UPDATE_NOTE.match(line.bare)
        and ends_sentence(line.text)
    ):
        return Fact(Kind.FOOTER)
    if line.words <= 80 and (_NOTE.match(line.bare) or _FORWARD_LOOKING.match(line.bare)):
        return Fact(Kind.BACK_MATTER)
    if line.words <= _REFERENCE_MAX_WORDS and _REFERENCE.match(line.bare):
        return Fact(Kind.BACK_MATTER)
    if line.words <= 80 and _ABOUT_THE_ISSUER.match(line.bare):
        return Fact(Kind.BACK_MATTER)  # «عن مرصد التمويل: منصة بيانات مستقلة …»
    if line.words <= 30 and _CATEGORIES.match(line.bare):
        return Fact(Kind.BACK_MATTER)
    return None


def _share_widget(line: _LineView) -> Fact | None:
    """SHARE: share buttons and their label («مشاركة : فيسبوك واتساب»)."""
    return Fact(Kind.SHARE) if line.words <= 12 and _is_share(line.bare) else None


def _related_heading(line: _LineView) -> Fact | None:
    """RELATED: the heading over links to other articles («أخبار ذات صلة»)."""
    related = line.bare in _RELATED or _RELATED_PHRASE.fullmatch(line.bare)
    return Fact(Kind.RELATED) if related else None


def _read_also(line: _LineView) -> Fact | None:
    """READ_ALSO: «اقرأ أيضًا: ...»; `bare` when the link is on the next line."""
    label = _READ_ALSO.match(line.bare) if line.words <= 30 else None
    if not label:
        return None
    return Fact(Kind.READ_ALSO, bare=not line.bare[label.end() :].strip(EDGE_JUNK))


def _summary_label(line: _LineView) -> Fact | None:
    """SUMMARY: the standfirst with its label («ملخص: ...», «باختصار: ...»), without it."""
    if line.words > 80 or not _SUMMARY_LABEL.match(line.bare):
        return None  # most lines: the printed text is never folded again
    folded, where = fold_map(line.text)
    label = _SUMMARY_LABEL.match(folded, _lead(folded))
    summary = after_match(line.text, where, label.end()).strip() if label else ""
    return Fact(Kind.SUMMARY, summary) if words(summary) >= 3 else None


def _copyright(line: _LineView) -> Fact | None:
    """COPYRIGHT: «جميع الحقوق محفوظة © ...», with the holder's name when it is printed;
    «حقوق النشر» only with a year (alone it is also a topic: «قانون حقوق النشر»)."""
    folded = line.key
    if line.words > 25 or _CREDITED_PICTURE.match(folded):
        return None
    if _COPYRIGHT.search(folded) or (_COPYRIGHT_WEAK.search(folded) and _YEAR.search(folded)):
        return Fact(Kind.COPYRIGHT, copyright_holder(line.text))
    return None


def _follow_us(line: _LineView) -> Fact | None:
    """FOOTER: a short call to follow the site or subscribe («تابعونا على ...», «اشترك في
    النشرة البريدية») or to send it questions («لإرسال أسئلتكم …»); «تابعوا التطورات...» in a
    sentence is text."""
    if line.words > 20:
        return None
    if _THANKS_FOR_READING.match(line.bare) and _SUBSCRIBE_WORD.search(line.bare):
        # «شكراً لقراءتك «X»! اشترك مجاناً …»: a newsletter's box, between paragraphs too
        return Fact(Kind.DROP)
    if _SEND_US.match(line.bare):
        return Fact(Kind.FOOTER)  # «لإرسال أسئلتكم إلى باب "اسأل الطبيب" …»: the site's call
    if not (_FOLLOW.match(line.bare) or _SUBSCRIBE.search(line.bare)):
        return None
    # («لمتابعة أحدث التقارير اشترك في نشرتنا البريدية.»: the site's own newsletter, a sentence)
    own_newsletter = _SUBSCRIBE_WORD.search(line.bare) and _OUR_NEWSLETTER.search(line.bare)
    if ends_sentence(line.text) and not (_SOCIAL.search(line.bare) or own_newsletter):
        return None
    return Fact(Kind.FOOTER)


_THANKS_FOR_READING = re.compile(r"^(?:شكرا|شكراً) (?:لقراءتك|لقراءتكم|لقراءتكن|على القراءه)")
_SUBSCRIBE_WORD = re.compile(r"\b(?:اشترك|اشتركي|اشتركوا|subscribe)")
_OUR_NEWSLETTER = re.compile(r"\b(?:نشرتنا|نشراتنا)\b")
_SEND_US = re.compile(
    r"^(?:ل?ارسال|ارسلوا|ارسل|ارسلي|شاركونا|شاركوا) (?:اسئلتكم|استفساراتكم|سؤالك|سؤالكم"
    r"|قصصكم|صوركم|ملاحظاتكم|مقترحاتكم)"
    # «شاركينا تجربتك في التعليقات: …؟»: a call for the readers' comments
    r"|^(?:شاركينا|شاركنا|شاركونا|شاركوا|شاركي|شارك) (?:تجربتك|تجربتكم|تجاربكم|تجاربك|رايك|رايكم"
    r"|ارائكم|قصتك|قصتكم) (?:في|عبر|معنا في) (?:ال)?تعليقات"
    # «جرّب بنفسك: …», «اختبر نفسك: …»: a children's or a learners' page's call to try it
    r"|^(?:جرب|جربي|جربوا|اختبر|اختبري|اختبروا) (?:بنفسك|بانفسكم|نفسك|نفسكم|معلوماتك|معلوماتكم)"
    r"\s*[:：]"
    # «هل لديك خبر من كليتك؟ راسل هيئة التحرير …»: the editors' call for stories
    r"|^هل (?:لديك|لديكم|عندك|عندكم|صادفت|رايت|شاهدت) (?:خبر|قصه|سؤال|معلومه|صوره|فكره|ادعاء"
    r"|استشاره)"
    r"[^؟?]{0,30}[؟?]"
    # a newsletter's footer: «وصلتك هذه الرسالة لأنك مشترك …», «لإلغاء الاشتراك اضغط هنا»
    r"|^(?:وصلتك|وصلك|تلقيت|تصلك|يصلك|تتلقي) هذه (?:الرساله|النشره|التنبيهات|الرسائل|الاشعارات)"
    r"|^ل?(?:الغاء|لالغاء) الاشتراك|^ارسلها (?:الي|ل)صديق"
)


def _disclaimer(line: _LineView) -> Fact | None:
    """FOOTER: the notes under an opinion piece: the disclaimer («الآراء الواردة في المقال
    تعبر عن رأي كاتبها») and the writer's («* كاتب وأكاديمي أردني»). DROP: a satire site's
    notice that it is one, over the story or under it."""
    if line.words > 30:
        return None
    if len({m.group() for m in _SATIRE_NOTICE.finditer(line.key)}) >= 2:
        return Fact(Kind.DROP)
    if _DISCLAIMER.search(line.bare) or _WRITER_NOTE.match(line.key):
        return Fact(Kind.FOOTER)
    return None


def _tag_list(line: _LineView) -> Fact | None:
    """TAGS: «الوسوم: سياسة، اقتصاد», a line of hashtags; `bare` for a label alone."""
    if _TAG_LABEL.match(line.bare) or line.text.startswith("#"):
        return _tags(line.text)
    return None


def _breadcrumb(line: _LineView) -> Fact | None:
    """BREADCRUMB: «الرئيسية > سياسة», with the section it names (None when unclear)."""
    if line.words > 40 or not _CRUMB_CHARS.search(line.text):
        return None
    parts = [part for part in re.split(r"\s*/\s*", line.text) if part.strip()]
    if len(parts) == 2 and is_agency(parts[1]):
        return None  # «النجف / نينا /»: a dateline on its own line, the agency's copy
    section = _breadcrumb_section(line.text)
    return None if section is False else Fact(Kind.BREADCRUMB, section)


# The site's welcome, after its greeting in another language, if any («नमस्ते | مرحباً بكم في
# نافذة الهند العربية»).
_WELCOMED_TO = re.compile(
    r"^(?:[^\u0600-\u06ff|]*\s[|•·]\s)?(?:مرحبا|اهلا وسهلا|اهلا)(?: بكم| بك)? (?:في|علي|الي) "
    r"(\w+(?: [^\s|]+){0,3}?)\W*$"
)
_WELCOMED_TO_WORDS = 12
_LOGO = re.compile(r"^\s*شعار\s+(?P<name>[^\d:：|]{3,80}?)\s*$")
_LOGO_WORDS = 10


def _site_label(line: _LineView) -> Fact | None:
    """SITE: «الموقع الرسمي | القاهرة الإخبارية», with the site's name; a logo's text
    («شعار الاتحاد العربي للكرة الطائرة»), with the name it shows."""
    if line.words <= _LOGO_WORDS and (logo := _LOGO.match(line.text)):
        return Fact(Kind.SITE, logo["name"])
    if line.words <= _WELCOMED_TO_WORDS and (welcome := _named_by(line.text, _WELCOMED_TO)):
        return Fact(Kind.SITE, welcome)  # «مرحباً بكم في نافذة الهند العربية»: its name
    if line.words > 8 or not ("الموقع" in line.bare or "البوابه" in line.bare):
        return None
    site = _site_name(line.text)
    # («جريدة إقليمية أسبوعية - الموقع الرسمي»: what it is; its name is the masthead's)
    return Fact(Kind.SITE, site) if site and not describes_an_outlet(site) else None


# A republished story's note on the outlet that printed it first: «نُشر هذا التحقيق أولاً في
# «مرصد ميزان» ويُعاد نشره هنا بالاتفاق معه».
_FIRST_PUBLISHED_IN = re.compile(
    r"^(?:نشر|نشرت) (?:هذا|هذه) (?:ال)?(?:تحقيق|تقرير|مقال|مقاله|ماده|قصه|حوار)"
    r" (?:اولا|لاول مره|في الاصل|اصلا) (?:في|علي|عبر) (?:موقع |صحيفه |مجله |منصه )?"
    r"«(?P<outlet>[^»]{2,40})»"
)


# A reading app's or a clipper's note on the page it saved: «حُفظ من «مجلة المدار» –
# https://… – في 12 فبراير 2025»; the date is the saving's, not the story's.
_SAVED_FROM = re.compile(
    r"^(?:حفظ|حفظت|تم حفظه|تم حفظها|تم الحفظ|محفوظ|saved|clipped)\s+(?:من|from)\s+"
    r"[«\"“](?P<site>[^»\"”]{2,40})[»\"”]",
    re.IGNORECASE,
)


def _saved_from(line: _LineView) -> Fact | None:
    """SITE: the site a reading app or a clipper saved the page from, as it names it."""
    site = _named_by(line.text, _SAVED_FROM) if line.words <= 30 else None
    return Fact(Kind.SITE, site) if site else None


def _first_published_in(line: _LineView) -> Fact | None:
    """SOURCE: the outlet a republished story names as its first publisher."""
    if line.words > 40 or not line.bare.startswith("نشر"):
        return None
    outlet = _named_by(line.text, _FIRST_PUBLISHED_IN)
    return Fact(Kind.SOURCE, outlet) if outlet else None


def _named_by(text: str, pattern: re.Pattern[str]) -> str | None:
    """The name ``pattern`` (matched on the folded line) quotes in its one group, as the
    line writes it, or None."""
    folded, where = fold_map(text)
    if (found := pattern.match(folded)) is None:
        return None
    return _side(text, where, *found.span(1)) or None


def _source_label(line: _LineView) -> Fact | None:
    """SOURCE: «المصدر: رويترز», «نقلا عن الأهرام», with the source's name."""
    source = _source(line.text) if line.words <= 12 else None
    if source and (writer := _person_as_source(source)):
        # «المصدر: منى الحمادي - دبي»: a site that labels its byline so names its writer
        return Fact(Kind.BYLINE, Byline(authors=(writer,)))
    agency = _SPACED_DASH.split(source, maxsplit=1)[0] if source else ""
    if agency != source and is_agency(agency):
        source = agency.strip()  # «أ ف ب – خدمة تقصي صحة الأخبار»: the agency, then its desk
    return Fact(Kind.SOURCE, source) if source else None


def _written_for(line: _LineView) -> Fact | None:
    """BYLINE: a translated piece's writer and the outlet she wrote it for, over it («كتبه
    لمجلة ذا نورثرن ريفيو: جوناثان ميلبرن») or in a note under it («* كتبت هذا التقرير هانا
    كيسلر لصحيفة "زيبليك تسايتونغ" السويسرية، ونُقل إلى العربية بتصرف»)."""
    if line.words > 40 or "ل" not in line.text:
        return None
    folded, where = fold_map(line.text)
    found = _WRITTEN_FOR.match(folded) or _WRITTEN_FOR_NOTE.match(folded)
    if found is None:
        return None
    outlet = _OUTLETS_NISBA.sub("", _side(line.text, where, *found.span("outlet")))
    names = _byline_names(_side(line.text, where, *found.span("names")), 2)
    outlet = outlet.strip(EDGE_JUNK)
    if not outlet or not names:
        return None
    return Fact(Kind.BYLINE, Byline(authors=tuple(names), source=unquote(outlet)))


# «لصحيفة "زيبليك تسايتونغ"», «لمجلة ذا نورثرن ريفيو»: the outlet after its noun
_FOR_AN_OUTLET = (
    rf"ل(?:ـ)?(?:{'|'.join(OUTLET_KINDS)})\s+(?P<outlet>[«\"“][^»\"”]{{2,40}}[»\"”]"
    r"|[^:：،,.«»\"“”]{2,40}?)"
)
_WRITTEN_FOR = re.compile(
    rf"^(?:كتبه|كتبته|كتبها|كتب|كتبت)(?: خصيصا)? {_FOR_AN_OUTLET}\s*[:：]\s*(?P<names>\S.*)$"
)
_WRITTEN_FOR_NOTE = re.compile(
    r"^\W*(?:كتب|كتبت|اعد|اعدت) (?:هذا|هذه) (?:ال)?(?:تقرير|مقال|مقاله|تحقيق|تحليل|ماده|قصه)"
    rf" (?P<names>[^\W\d_]+(?: [^\W\d_]+){{1,3}}?) {_FOR_AN_OUTLET}(?=\s*(?:[،,.]|$| ال))"
)
# («صحيفة "زيبليك تسايتونغ" السويسرية»: the outlet's country after it)
_OUTLETS_NISBA = re.compile(r"\s+ال[^\W\d_]+(?:يه|ي|ية)$")


def _press_review_lead(line: _LineView) -> Fact | None:
    """BYLINE: a press review's lead over the piece it quotes («كتبت ندى حمدان في «الضفة»:»):
    the journalist, and the paper as the source."""
    lead = _PRESS_REVIEW_LEAD.match(line.text.strip()) if line.words <= 10 else None
    if lead is None or not name_shaped(lead["name"]):
        return None
    return Fact(Kind.BYLINE, Byline(authors=(lead["name"],), source=lead["paper"]))


_PRESS_REVIEW_LEAD = re.compile(
    r"^كتبت?\s+(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+){1,3})\s+في\s+«(?P<paper>[^«»]{2,30})»\s*[:：]$"
)


def _person_as_source(source: str) -> str | None:
    """The writer a «المصدر:» label names, alone or with her town («منى الحمادي - دبي»);
    None for an outlet, an agency or a body."""
    name, town = parts if (parts := _pair_parts(source)) else (source, None)
    if town is not None and not is_city(town):
        return None
    if looks_like_outlet(name) or is_agency(name) or not person_like(name) or adjective_last(name):
        return None
    return name


def _relative_date(line: _LineView) -> Fact | None:
    """RELATIVE: «منذ 3 ساعات», a date that is no date once the page is copied;
    `is_update` when it says when the page was last updated («آخر تحديث منذ 5 ساعات»)."""
    if line.words > 8 or not (relative := _RELATIVE.match(line.bare)):
        return None
    return Fact(Kind.RELATIVE, is_update=bool(relative["update"]))


def _line_up(line: _LineView) -> Fact | None:
    """DROP: a team's line-up over or under a match report, a label and its players' names
    («تشكيل النصر: محمود عادل - أحمد فتحي، كريم وائل، …»); not a caption's names from one
    side («من اليمين: …»)."""
    labelled = _STRIP_LABEL.match(line.text) if line.words <= _LINE_UP_WORDS else None
    if labelled is None or _FROM_ONE_SIDE.match(line.key):
        return None
    names = [n.strip() for n in _LINE_UP_SEPARATOR.split(labelled["items"])]
    players = len(names) >= _LINE_UP_PLAYERS and all(
        1 <= words(n) <= 3 and not _DIGIT.search(n) and not ends_sentence(n) for n in names
    )
    return Fact(Kind.DROP) if players else None


# (no run of spaces around a comma: tried at each space of a long run, it is quadratic)
_LINE_UP_SEPARATOR = re.compile(r"[،,؛;]|\s[-–—]\s")
_FROM_ONE_SIDE = re.compile(r"^\W*(?:من|الي) (?:اليمين|اليسار)")
_LINE_UP_PLAYERS = 9  # a side's eleven, give or take a name the copy lost
_LINE_UP_WORDS = 60


def _ticker(line: _LineView) -> Fact | None:
    """DROP: a markets strip, items of a name and its figures between bars («تاسي 11,982.45
    ▲ 0.38% | برنت 74.12 دولار»); read after the dates, whose items are figures too."""
    if line.words <= _QUOTE_WORDS and _MOVE.search(line.text) and not _LETTERS.search(line.text):
        return Fact(Kind.DROP)  # «12,104.55 ▲ 72.31 (0.60%)»: an index's quote alone
    # «عاجل | … • عاجل | …»: a breaking-news strip copied as one line, its items each marked
    if len(_BREAKING_ITEM.findall(line.key)) >= 2:
        return Fact(Kind.DROP)
    if _labelled_strip(line.text, line.key) or _NAMED_STRIP.match(line.bare):
        return Fact(Kind.DROP)
    items = [item for item in line.text.split("|") if item.strip()]
    if len(items) < 2 or line.words > 40:
        return None
    if all(_RELATIVE.match(bare_key(item)) for item in items):
        return None  # «نُشر: منذ 25 دقيقة | آخر تحديث: منذ 4 دقائق»: two relative stamps
    # (a quote is a few words: «08:50 | افتتح الوزير …» is a live blog's stamped update)
    if all(
        _DIGIT.search(key(item)) and _HAS_WORD.search(item) and words(item) <= _TICKER_ITEM_WORDS
        for item in items
    ):
        return Fact(Kind.DROP)
    return None


_TICKER_ITEM_WORDS = 8
# A strip named as one: «شريط عاجل: تعطيل الدراسة غداً …», «شريط الأخبار | …»
_NAMED_STRIP = re.compile(r"^شريط (?:(?:ال)?اخبار(?: (?:ال)?عاجله)?|عاجل)\s*[:：|]\s*\S")
# A strip's label and its items between marks: «شريط الأخبار: السفارة تعلن … ● الجالية …»,
# «في مثل هذا اليوم: 30 أغسطس ◂ رحيل نجيب محفوظ (2006) ◂ …».
_STRIP_LABEL = re.compile(r"^(?P<label>[^:：\d]{2,30}?)\s*[:：]\s*(?P<items>\S.*)$")
_STRIP_MARKS = re.compile(r"\s[●◂▸◀▶■◆•·]\s")
_STRIP_LABEL_WORDS = 4
_STRIP_ITEM_WORDS = 12


def _labelled_strip(text: str, folded: str) -> bool:
    strip = _STRIP_LABEL.match(text)
    if strip is None or words(strip["label"]) > _STRIP_LABEL_WORDS:
        return False
    if _BYLINE_RE.match(folded):
        return False  # «نشر بواسطة: مريم خوري · منسقة الحملات»: a byline and a role
    items = _STRIP_MARKS.split(strip["items"])
    return len(items) >= 2 and all(words(item) <= _STRIP_ITEM_WORDS for item in items)


_BREAKING_ITEM = re.compile(r"(?:^|[•·|]\s*)(?:عاجل|خبر عاجل|breaking)\s*[|:：\-–]")


def _social_embed(line: _LineView) -> Fact | None:
    """DROP: the frame of a social post embedded among the paragraphs: its account
    («Marco Rettelli @MRettelliMercato»), the platform's labels («عرض هذا المنشور على
    Instagram», «٤٨ ألف تسجيل إعجاب») and its stamp («8:14 PM · Jul 21, 2025»)."""
    if line.words > _EMBED_WORDS:
        return None
    if (
        (_HANDLE.search(line.text) and _read_byline(line.text) is None)  # «كتب: … (@…)»
        or _EMBED_LABEL.search(line.bare)
        or _POST_STAMP.match(line.bare)
        or line.bare in _PLATFORMS
    ):
        return Fact(Kind.DROP, HOLDS)
    return None


def _verdict(line: _LineView) -> Fact | None:
    """DROP: a review's rating («تقييمنا: ★★★★☆», «التقييم: 3/5») or a fact-check's verdict
    («الحكم: مضلل ⚠️», «النتيجة: مُفبرك ❌»), with the gloss under it."""
    if line.words > _VERDICT_WORDS:
        return None
    lead = _lead(line.key)  # the stars of «تقييمنا: ★★★★☆» are no bullet to strip
    if any(p.match(line.key, lead) for p in (_RATING, _VERDICT, _POLL)):
        return Fact(Kind.DROP, HOLDS)
    if line.words <= _CLAIM_WORDS and _CLAIM.match(line.key, lead):
        return Fact(Kind.DROP, HOLDS)  # «الادعاء: صورة تظهر …»: the claim checked, its box
    return None


# A fact-check's claim on its label's line, what the check is about, not its story.
_CLAIM = re.compile(r"(?:الادعاء|الادعاء المتداول|الخبر المتداول|ما يتم تداوله)\s*[:：]\s*\S")
_CLAIM_WORDS = 40


_GLOSSARY_HEADING = re.compile(
    r"^(?:مسرد(?: [^\d]{2,20})?|(?:ال)?مصطلحات(?: وردت)? في (?:المقال|الخبر|التقرير)"
    r"|مصطلحات (?:المقال|الخبر)|glossary)$"
)


_CONTENTS_HEADING = re.compile(
    r"^(?:محتويات (?:المقال|التقرير)|في هذا (?:المقال|التقرير)|فهرس (?:المقال|المحتويات)"
    r"|جدول المحتويات|contents)\s*[:：]?"
    # («محتويات المقال [إخفاء]»: with the box's toggle)
    r"(?:\s*\[?\s*(?:اخفاء|عرض|اظهار|hide|show)\s*\]?)?$"
)


_ASIDE_HEADING = re.compile(
    r"^(?:كيف (?:انجزنا|اعددنا|اجرينا|عملنا علي) (?:هذا |هذه )?(?:ال)?(?:تحقيق|تقرير|ملف|قصه)"
    r"|(?:عن )?منهجيه (?:ال)?(?:تحقيق|تقرير|ملف|بحث|عمل|دراسه)|(?:ال)?منهجيه|methodology"
    # a data story's notes: «كيف حللنا البيانات؟», «عن البيانات والمنهجية»
    r"|كيف (?:حللنا|جمعنا|قرانا|حسبنا|عالجنا) (?:هذه )?(?:ال)?(?:بيانات|ارقام|معطيات)"
    r"|(?:عن|حول) (?:ال)?(?:بيانات|معطيات)(?: و(?:ال)?منهجيه)?|(?:ال)?(?:بيانات|معطيات) والمنهجيه"
    r"|(?:ملاحظه|ملاحظات) (?:منهجيه|(?:علي|حول|عن) (?:ال)?(?:بيانات|معطيات|ارقام|منهجيه))"
    r"|(?:ال)?منهجيه و(?:ال)?(?:بيانات|مصادر)|about (?:the|this) data"
    # a fact box: «هل تعلم؟», «معلومة سريعة»
    r"|هل تعلم|هل تعلمون|هل كنت تعلم|معلومه سريعه|did you know)\s*[:：]?$"
)
# The same notes with their text beside the label: «ملاحظة منهجية: تُحسب النسبة …», «هل تعلم؟
# تحتاج السلحفاة …», «معلومة: تستطيع المها …» (a question of the story's own, «هل تعلم أن …؟»,
# has no mark after its verb).
_ASIDE_LINE = re.compile(
    r"^\W{0,3}(?:(?:ملاحظه|ملاحظات) منهجيه"
    r"|(?:ملاحظه|ملاحظات) (?:علي|حول) (?:ال)?(?:بيانات|معطيات)|(?:عن|حول) (?:ال)?(?:بيانات|معطيات)"
    r"|هل تعلم|هل تعلمون|هل كنت تعلم|معلومه|معلومه سريعه|did you know"
    # the outlet on its own method, under the story: «كيف نعمل؟ نعتمد على المصادر المفتوحة …»
    r"|كيف (?:نعمل|نتحقق|نختار|نقيم)|منهجيتنا|من نحن|عن (?:ال)?(?:منصه|موقع|فريق)"
    # a paginated story's recap of its pages before: «ملخص الصفحة الأولى: زرنا ورشة …»
    r"|(?:ملخص|خلاصه) (?:ال)?(?:صفحه|صفحات|جزء|اجزاء|حلقه|حلقات) (?:ال)?\S+"
    # a glossary's label beside its first term («مصطلحات: الدعوى الجماعية – …»); a box about
    # the prize, the festival or the body the story is about («عن الجائزة: جائزة سنوية …»)
    r"|(?:ال)?مصطلحات|مسرد|(?:نبذه )?عن ال(?:جائزه|مهرجان|مؤسسه|شركه|منظمه|معرض|برنامج"
    r"|مبادره|مشروع|حمله|مسابقه|مؤتمر|منتدي|مركز|جمعيه|صندوق))\s*[:：؟?]\s*\w"
)
_ASIDE_LINE_WORDS = 60


def _glossary(line: _LineView) -> Fact | None:
    """DROP: a glossary's heading («مسرد سريع», «مصطلحات وردت في المقال»), with the
    «term: definition» lines under it, among the paragraphs or after them; a table of
    contents' heading («محتويات المقال»), with its items; a long read's note on its method
    («كيف أعددنا هذا الملف»), a data story's notes or a «هل تعلم؟» box, with the paragraph
    under it or beside its label."""
    if line.words <= 6 and _GLOSSARY_HEADING.match(line.bare):
        return Fact(Kind.DROP, GLOSSARY)
    if line.words <= 4 and _CONTENTS_HEADING.match(line.bare):
        return Fact(Kind.DROP, CONTENTS)
    if line.words <= 6 and _ASIDE_HEADING.match(line.bare):
        return Fact(Kind.DROP, ASIDE)
    if line.words <= _ASIDE_LINE_WORDS and _ASIDE_LINE.match(line.key):
        return Fact(Kind.DROP)
    return None


def _date_or_time(line: _LineView) -> Fact | None:
    """DATE: a short line of date words around a date («نشر في: الأحد 16 فبراير 2025»),
    `is_update` when an update label comes before it; TIME: a time alone («10:30 ص»);
    DROP: a Hijri day without its year («14 رمضان»)."""
    first_digit = _DIGIT.search(line.key) if len(line.text) <= 160 else None
    if not first_digit:
        return None
    # «نشر بتاريخ: ...» and «بتوقيت القاهرة» are fine; a sentence that mentions a date is not.
    other_words = _other_words(line.key)
    # «تاريخ الإفصاح على تداول: 2024/10/27 - 04:12 م», «تاريخ تداول الادعاء: 02/03/2025»,
    # «موعد الجلسة المقبلة: …»: the date of something else the page labels, never the story's
    # («المدة: 48:15 دقيقة | نُشرت في 14 يناير 2025»: an episode's length, then its stamp)
    if (labelled := _published_part(line.text)) is not None:
        return Fact(Kind.DATE, labelled, published=True)
    other = _OTHER_EVENTS_DATE.match(line.key) if other_words else None
    if other and parse_arabic_datetime(line.text[other.end() :]) is not None:
        return Fact(Kind.DROP)
    if _RECORDED_ON.match(line.key) and parse_arabic_datetime(line.text) is not None:
        return Fact(Kind.DROP)  # «سُجّلت الحلقة في 2 فبراير 2025 بمدينة فاس»: not its stamp
    if len(other_words) > 2:
        return _stamp_after_a_phrase(line.text)
    value = parse_arabic_datetime(line.text)
    if value is None:
        clock = None if other_words else parse_arabic_time(line.text)
        if clock is None:
            # «14 رمضان» alone, without its year: a Hijri day, no publication date.
            hijri = not other_words and has_hijri_date(line.text)
            return Fact(Kind.DROP) if hijri else None
        return Fact(Kind.TIME, clock)
    update = _UPDATE_LABEL.search(line.key)
    is_update = bool(update and update.start() < first_digit.start())
    label = line.key[: first_digit.start()]
    published = not is_update and _PUBLISHED_LABEL.search(label) is not None
    return Fact(Kind.DATE, value, is_update=is_update, published=published)


# «أُضيف قبل أن تنتهي من قراءة الشروط | 2025/02/26 - 09:45 م»: a phrase of the site's own
# that opens with a verb of publishing, then the stamp beside it.
_PUBLISHED_PHRASE = re.compile(r"^\W*(?:نشر|نشرت|اضيف|اضيفت|posted|published|publi[eé])\b")


def _published_part(text: str) -> datetime | date | None:
    """The stamp of «وصل من الوكالة: 20/11/2024 10:15 | نُشر: 20/11/2024 10:52» labelled as
    the publication's, among the others the line prints."""
    if "|" not in text:
        return None  # (one stamp: the line's own reading, no second parse of every date line)
    parts = text.split("|")
    dated = [(at, value) for at, part in enumerate(parts) if (value := parse_arabic_datetime(part))]
    if not dated:
        return None
    first_at, first = dated[0]
    for at, value in dated:
        if at == 0:
            continue  # (the first part is the line's own reading)
        folded = key(parts[at])
        digit = _DIGIT.search(folded)
        # (not the same day again without its time: «Publié le 3 février 2025 à 14h20 | نُشر
        # في 3 فبراير 2025» is one stamp in two languages)
        again = first_at != at and not isinstance(value, datetime) and value == calendar_day(first)
        if digit and _PUBLISHED_LABEL.search(folded[: digit.start()]) and not again:
            return value
    return None


def _stamp_after_a_phrase(text: str) -> Fact | None:
    phrase, bar, stamp = text.rpartition("|")
    if not bar or not _PUBLISHED_PHRASE.match(key(phrase)):
        return None
    value = None if _other_words(key(stamp)) else parse_arabic_datetime(stamp)
    return Fact(Kind.DATE, value, published=True) if value else None


def _other_words(folded: str) -> list[str]:
    """The words of a folded line that are no date's («نشر», months, weekdays, zones; the
    place whose time it is: «الساعة 18:25 بتوقيت باكو»)."""
    folded = _ZONE_OF_A_PLACE.sub(" ", folded)
    return [w for w in _LETTER_WORDS.findall(folded) if w not in _DATE_WORDS]


_ZONE_OF_A_PLACE = re.compile(
    r"(?<!\S)(?:ب|بال|ال)?توقيت\s+[^\W\d_]+(?:\s+(?:المكرمه|المنوره|العالمي|المحلي))?"
)


def dates_the_story(text: str) -> bool:
    """Whether a dated line's label is the story's («نُشر في:», «آخر تحديث:»): date words
    only, where a box's item names something else («التاريخ:», «بدء التسجيل:»)."""
    label = re.split("[:：]", key(text), maxsplit=1)[0]
    return all(w in _DATE_WORDS for w in _LETTER_WORDS.findall(label))


def _byline(line: _LineView) -> Fact | None:
    """BYLINE: «كتب: محمد علي», «بقلم ...», credits («تحرير: ...»), «كتب: رويترز»; a
    broadcaster's byline fields, the writer («• Author, مريم الطحان») and the role under it
    («• Role, …», DROP)."""
    fields = line.text.split(" | ")
    if len(fields) > 1 and all(map(_LABELLED_FIELD.match, fields)):
        # «تحقيق: آمنة الزغلامي وتوماس برغر | ترجمة: هادي الشابي | صور: ياسين العيادي»,
        # «تصوير: فهد العتيبي | نص: ريم الزهراني»: the credits' labelled fields, each read
        read = [_read_byline(field) for field in fields if words(field) <= 12]
        if credits := [byline for byline in read if byline is not None]:
            return Fact(Kind.BYLINE, _credits(credits))
    if line.words > 12:
        return _byline_over_a_long_role(line.text)
    if field := _BYLINE_FIELD.match(line.text):
        if field["label"].lower() != "author":
            return Fact(Kind.DROP)
        name = field["value"].strip()
        return Fact(Kind.BYLINE, Byline(authors=(name,))) if name_ok(name) else None
    byline = _read_byline(line.text)
    return Fact(Kind.BYLINE, byline) if byline else None


_LABELLED_FIELD = re.compile(r"^\s*[^\W\d_]+(?:\s[^\W\d_]+)?\s*[:：]\s*\S")
# «كتب: د. فهد بن عبدالله القحطاني – وكيل الكلية للدراسات العليا والبحث العلمي»: a
# labelled byline, then after a dash the writer's role, however long a title it is
_LONG_ROLE = re.compile(r"\s[-–—]\s(?P<role>[^\d:：]+)$")
_LONG_ROLE_WORDS = 10


def _byline_over_a_long_role(text: str) -> Fact | None:
    """BYLINE: a labelled byline whose writer's role, after a dash, makes the line long."""
    role = _LONG_ROLE.search(text)
    if role is None or words(role["role"]) > _LONG_ROLE_WORDS or ends_sentence(role["role"]):
        return None
    head = text[: role.start()]
    if words(head) > 12 or not _LABELLED_FIELD.match(head):
        return None
    byline = _read_byline(head)
    return Fact(Kind.BYLINE, byline) if byline and byline.authors else None


_BYLINE_FIELD = re.compile(r"^[\s•·*-]*(?P<label>author|role)\s*[,،]\s*(?P<value>\S.*)$", re.I)


def _desk_credit(line: _LineView) -> Fact | None:
    """CREDIT: a wire desk's credits in brackets under the story («(إعداد محمد علي للنشرة
    العربية - تحرير سارة حسن)»): editors' names, not the article's text or authors."""
    if line.words > 30 or not (line.text.startswith("(") and line.text.endswith(")")):
        return None
    if not _DESK_ROLES.match(line.bare):
        return None
    return Fact(Kind.CREDIT, Byline(editors=(line.text[1:-1].strip(),)))


def _agency(line: _LineView) -> Fact | None:
    """AGENCY: a news agency alone on its line («رويترز», «(أ ش أ)»)."""
    if line.words <= 5 and is_agency(line.text):
        return Fact(Kind.AGENCY, line.text.strip(" ()[]-–—:"))
    return None


# «ع.ش/ م.س (رويترز، د ب أ)»: the editors' initials, then the agencies the story draws on
_SIGNED_OFF = re.compile(
    r"^\s*(?P<initials>(?:[^\W\d_]{1,2}(?:\.[^\W\d_]{1,2})*\.?(?:\s*/\s*|\s+)){0,4})"
    r"\((?P<agencies>[^()]{2,60})\)\s*$"
)
_AGENCY_LIST = re.compile(r"\s*[،,/]\s*|\s+و(?=\S)")
# «المتوسط الدولي / أ ف ب»: the site's desk, then the agency whose copy it is
# (not «(النهاية) ع ف ش / م ع ح», a wire's end mark and its editors' initials)
# («نافذة صنعاء/ سبأ»: the slash as often glued to the site's name)
_SITE_SLASH_AGENCY = re.compile(r"^(?P<site>[^/|:()]{2,40}?)\s*/\s*(?P<agency>[^/|:]{2,30})$")
_WORD_OF_THREE = re.compile(r"[^\W\d_]{3}")


def _agency_credit(line: _LineView) -> Fact | None:
    """AGENCY: the agencies a story is drawn from, signed off under it with the editors'
    initials («ع.ش/ م.س (رويترز، د ب أ)»): the first; BYLINE: a site's name with the agency
    whose copy it runs («المتوسط الدولي / أ ف ب»), the agency its source."""
    if line.words > 12:
        return None
    # (each pattern only where its mark is: on a long run of spaces they would backtrack)
    if "(" in line.text and (signed := _SIGNED_OFF.match(line.text)):
        agencies = [a for a in _AGENCY_LIST.split(signed["agencies"]) if a.strip()]
        credited = signed["initials"].strip() or len(agencies) > 1  # not «(أ ش أ)» alone
        if credited and agencies and all(map(is_agency, agencies)):
            # (several agencies: the site's own story, drawn from their copy)
            return Fact(Kind.AGENCY, agencies[0].strip()) if len(agencies) == 1 else Fact(Kind.DROP)
    slashed = _SITE_SLASH_AGENCY.match(line.text.strip()) if "/" in line.text else None
    if (
        slashed
        and _WORD_OF_THREE.search(slashed["site"])
        and is_agency(slashed["agency"])
        and not is_agency(slashed["site"])
    ):
        return Fact(Kind.BYLINE, Byline(source=slashed["agency"].strip()))
    return None


def _wire_dateline(line: _LineView) -> Fact | None:
    """AGENCY: a wire's dateline alone on its line, its date with it («نزوى في 21 ديسمبر
    /العمانية/»): whose copy the story is, read before the date it holds."""
    marked = (line.words <= 8 and _DATELINE_MARKS.search(line.text)) or (  # its marks
        line.words <= 14 and "الموافق" in line.key  # or both calendars' dates
    )
    # («بيروت (رويترز)», two sides alone, is the pair's: a byline or a dateline by its place)
    if marked and not _pair_parts(line.text) and (found := dateline(line.text)) and found[0]:
        agency, end = found
        if (reporter := slashed_reporter(line.text)) is not None:
            return Fact(Kind.BYLINE, Byline(authors=(reporter,), source=agency))
        if not line.text[end:].strip():
            return Fact(Kind.AGENCY, agency)
    return None


_MASTHEAD_WORDS = 4


_PICTOGRAPH_LABEL = re.compile(r"(?P<mark>[✍📰])\ufe0f?\s*(?P<rest>[^\W\d_*][^\d]*|\*[^*]+\*)$")


def _pictograph_label(line: _LineView) -> Fact | None:
    """BYLINE or SITE: a share text's pictograph labelling its line, «✍️ يوسف الجابري» (the
    writer), «📰 *بوصلة قطر*» (the outlet, in a messenger's bold); any other pictograph
    leads a promo (`_promo`)."""
    labelled = _PICTOGRAPH_LABEL.match(line.text.lstrip()) if line.words <= _PROMO_WORDS else None
    if labelled is None:
        return None
    named = labelled["rest"].strip(" *_~")
    if labelled["mark"] == "✍" and person_like(named):
        return Fact(Kind.BYLINE, Byline(authors=(named,)))
    if labelled["mark"] == "📰" and 1 <= words(named) <= _MASTHEAD_WORDS:
        return Fact(Kind.SITE, named)
    return None


_MENU_BUTTONS = frozenset("☰≡")


def _promo(line: _LineView) -> Fact | None:
    """DROP: a short line that speaks to the audience rather than tells the story: one led
    by a pictograph («📺 لا تفوتوا الليلة …», «📌 مثبت: …», «🎧 استمع إلى التقرير»), a call
    to watch or listen («شاهدوا الحلقة كاملة على …»), a link to the rest of the story («اقرأ
    القصة كاملة»), a prompt to click («اضغط على الصورة لتكبيرها») or what stands in for a
    chart or a video («[إنفوغرافيك: …]»). A story's paragraph is none of them; the site's
    promos, pins, players and placeholders between its paragraphs are."""
    if line.words > _PROMO_WORDS:
        return None
    lead = line.text.lstrip()
    # (a masthead between a mobile page's buttons, «☰  شط العرب  🔔», says nothing)
    # («☰ الرصد 24»: after the menu's button)
    between_buttons = line.words <= _MASTHEAD_WORDS and (
        _PICTOGRAPH.match(lead[::-1].lstrip()) or lead[:1] in _MENU_BUTTONS
    )
    if (_PICTOGRAPH.match(lead) and not between_buttons) or _CALL_TO_WATCH.match(line.bare):
        return Fact(Kind.DROP)
    if line.words <= _CONTINUE_WORDS and _CONTINUE.match(line.bare):
        return Fact(Kind.DROP)  # «اقرأ القصة كاملة على موقعنا ←»: the link to the rest
    if _PLACEHOLDER.match(line.text) or (line.words <= _CONTINUE_WORDS and _CLICK.match(line.bare)):
        return Fact(Kind.DROP)  # «[إنفوغرافيك: …]», «اضغط على الصورة لتكبيرها»
    return None


def _caption(line: _LineView) -> Fact | None:
    """CAPTION: a photo caption by its wording («... - أرشيفية», «صورة: ...»); BYLINE for
    a writer's name beside the photographer's («محمد الشمري | تصوير: سعد الهاجري»)."""
    if not caption_cue(line.text):
        return None
    writer = _WRITER_THEN_PHOTOGRAPHER.match(line.text)
    if writer and person_like(writer["name"]):
        return Fact(Kind.BYLINE, Byline(authors=(writer["name"].strip(),)))
    return Fact(Kind.CAPTION, _CAPTION_LABEL.sub("", line.text, count=1))


# «التعليق على الصورة، طلاب في محطة قطارات …»: a broadcaster's label before the caption
_CAPTION_LABEL = re.compile(r"^\s*(?:التعليق على الصورة|تعليق على الصورة|caption)\s*[،,:：]\s*")
_WRITER_THEN_PHOTOGRAPHER = re.compile(
    # (maybe after the town it was filed from: «صلالة – سالم الرواس | تصوير: …»)
    r"^(?:[^|\-–—:\s]+(?: [^|\-–—:\s]+){0,2} [\-–—]\s*)?"
    r"(?P<name>[^|\-–—:]{3,40}?)\s*[|\-–—]\s*(?:تصوير|عدسة|بعدسة)\s*[:：]"
)


def _pair(line: _LineView) -> Fact | None:
    """PAIR: «A - B», «A (B)», «CITY: B»; a byline or a dateline when it sits in the header.
    BYLINE when the second side is one: «محافظة أسيوط - كتب أحمد عبد التواب» (where it was
    filed, then who wrote it)."""
    sides = _pair_parts(line.text)
    if sides and KEY_POINTS.match(key(sides[0])):
        return None  # «أبرز النقاط (ملخص آلي)»: a box's heading with a note on it
    if sides and (byline := _read_byline(sides[1])) and byline.authors:
        return Fact(Kind.BYLINE, byline)
    if sides:
        return Fact(Kind.PAIR, sides)
    byline = _filed_byline(line.text) or _dateline_then_byline(line.text)
    return Fact(Kind.BYLINE, byline) if byline else None


def _dateline_then_byline(text: str) -> Byline | None:
    """«القاهرة: مرافئ السودان – تقرير: منى الطيب عثمان»: where and for whom it was filed,
    then the labelled byline after the dash."""
    dashes = list(_SPACED_DASH.finditer(text))
    if not dashes:
        return None
    where, credit = text[: dashes[-1].start()], text[dashes[-1].end() :]
    if not 1 <= words(where) <= _DATELINE_WORDS or words(credit) > _DATELINE_WORDS:
        return None
    byline = _read_byline(credit.strip())
    return byline if byline is not None and byline.authors else None


_DATELINE_WORDS = 6
_SPACED_DASH = re.compile(r"\s[-–—]\s")
_SLASH = re.compile(r"\s?/\s?")


# A box of the story's key points over its items («ملخص:», «أبرز النقاط:»); a list the
# story holds («المكونات:») is the story's.
KEY_POINTS = re.compile(
    r"^\W{0,6}(?:الملخص|ملخص|باختصار|ابرز النقاط|اهم النقاط|النقاط الرئيسيه|ابرز التطورات|في سطور"
    # boxes of facts by their headings: findings, figures, milestones, a card
    r"|(?:ابرز|اهم) (?:النتائج|الارقام|المحطات|المعلومات)|في ارقام|بالارقام|محطات"
    # a match's figures, among the paragraphs or under them: «إحصائيات المباراة»
    r"|(?:احصائيات|احصاءات|ارقام) (?:ال)?مباراه"
    r"|(?:ال)?ارقام (?:ال)?(?:رئيسيه|اساسيه|مهمه)|(?:ال)?ارقام والحقائق|حقائق وارقام"
    # a live blog's digest: «خلاصة اليوم الأول»
    r"|خلاصه (?:اليوم|الجلسه|الاسبوع|الجوله|الشوط|القمه)(?: \S+)?"
    # («الخلاصة حتى الآن», «أبرز الأحداث»: over a live blog's summary or its items)
    r"|الخلاصه(?: حتي الان)?|(?:ابرز|اهم) (?:الاحداث|المستجدات)"
    r"|(?:\S+ )?في سطور|معلومات سريعه|بطاقه تعريف|بطاقه (?:الفيلم|الكتاب|العمل|المسلسل)"
    # a fact-check's claim box, a live blog's summary of what has happened, a table of
    # contents
    r"|الادعاء(?: المتداول)?|ما (?:يتم|تم) تداوله|النص المتداول|ابرز ما حدث(?: حتي الان)?"
    # «أبرز ما في الحكم:», «أهم ما جاء في القرار:»: the story's points under its header
    r"|(?:ابرز|اهم) ما (?:جاء )?(?:في|ورد في) (?:ال)?\S+(?: \S+)?"
    # «الملخص السريع (مولّد آلياً)»: a reader app's summary; «في هذا الشرح:» its contents;
    # «جدول أعمال الجلسة:» a session's agenda
    r"|(?:ال)?ملخص (?:ال)?\S+(?: \([^)]{0,30}\))?"
    r"|(?:في|داخل) هذا (?:ال)?(?:شرح|مقال|تقرير|دليل|ملف)"
    r"|جدول (?:ال)?اعمال(?: \S+){0,2})"
    # (a note on the heading in brackets: «أبرز النقاط (ملخص آلي)», after its emoji: «ملخص
    # المقال ✨ (مولّد بالذكاء الاصطناعي)»)
    r"(?:\s*[^\w\s():：]{1,3})?(?: \([^)]{0,30}\))?\s*[:：]?\s*$"
)


def _filed_byline(text: str) -> Byline | None:
    """«محافظة دمياط - كتب وائل الدمياطي، مدير مكتب البوابة بدمياط»: where it was filed,
    then a labelled byline too long for a pair's side (the writer's role after the name)."""
    if len(text) > _FILED_BYLINE_MAX_CHARS:
        return None
    dash = _SPACED_DASH.search(text)
    if dash is None and (slash := _SLASH.search(text)) and is_city(text[: slash.start()]):
        dash = slash  # «بغداد / زينب الساعدي، محررة شؤون البيئة»
    if dash is None or words(text[: dash.start()]) > 3 or not _pair_side(text[: dash.start()]):
        return None
    byline = _read_byline(text[dash.end() :])
    if byline and byline.authors:
        return byline
    # «باكو - رشا عبد الرحمن، موفدة «البيئة اليوم»»: after a place, a person with the role
    # after a comma needs no label
    rest = text[dash.end() :]
    if looks_like_outlet(text[: dash.start()]) or not _A_ROLE_AFTER_A_COMMA.search(rest):
        return None
    names = _byline_names(rest, min_words=2)
    return Byline(authors=tuple(names)) if names and all(map(person_like, names)) else None


def _menu(line: _LineView) -> Fact | None:
    """DROP: a navigation menu (`is_menu`)."""
    return Fact(Kind.DROP) if is_menu(line.text) else None


def is_menu(text: str) -> bool:
    """A navigation menu: three short items or more between bars («سياسة | اقتصاد |
    رياضة») or set apart by wide gaps («نجوم   سينما   دراما»)."""
    for items in (text.split("|"), _WIDE_GAP.split(text.strip())):
        # (icons are no items: «☰  شط العرب  🔔» is a masthead between its buttons)
        items = [item for item in items if any(ch.isalnum() for ch in item)]
        if len(items) >= 3 and all(words(item) <= 3 for item in items):
            return True
    return False


# The rules in the order they are tried: the first that knows the line says what it is.
# Furniture known by its words comes first, whatever its shape; then lines known by a label
# («المصدر:», «كتب:») or by a date; last, lines read by their shape alone, a shape the
# earlier ones may share (tags or a share widget between bars are not a menu; «الرئيس خلال
# الاجتماع - رويترز» is a caption, not a «CITY - AGENCY» pair).
_RULES: tuple[Callable[[_LineView], Fact | None], ...] = (
    _comments,  # COMMENTS (first: a forum's «#2» has nothing else to read)
    _nothing_to_read,  # DROP
    _image_marker,  # MARKER
    _first_published_in,  # SOURCE
    _saved_from,  # SITE
    _back_matter,  # BACK_MATTER
    _stray_or_counter,  # DROP
    _share_widget,  # SHARE
    _related_heading,  # RELATED
    _read_also,  # READ_ALSO
    _summary_label,  # SUMMARY
    _copyright,  # COPYRIGHT
    _follow_us,  # FOOTER
    _disclaimer,  # FOOTER
    _tag_list,  # TAGS
    _agency_credit,  # AGENCY or BYLINE
    _breadcrumb,  # BREADCRUMB
    _site_label,  # SITE
    _source_label,  # SOURCE
    _press_review_lead,  # BYLINE
    _written_for,  # BYLINE
    _relative_date,  # RELATIVE
    _wire_dateline,  # AGENCY
    _social_embed,  # DROP
    _verdict,  # DROP
    _glossary,  # DROP
    _date_or_time,  # DATE or TIME
    _ticker,  # DROP
    _line_up,  # DROP
    _byline,  # BYLINE
    _desk_credit,  # CREDIT
    _agency,  # AGENCY
    _pictograph_label,  # BYLINE or SITE
    _promo,  # DROP
    _caption,  # CAPTION
    _pair,  # PAIR
    _menu,  # DROP
)


# --- What the rules read -------------------------------------------------------------------


_ARCHIVE_CUE = re.compile(
    # («… – لقطة شاشة», «(لقطة من فيديو)»: a screenshot, the fact-checker's picture)
    r"[-–—(|:،]\s*(?:صوره\s+)?(?:ارشيفيه|ارشيف|تعبيريه|توضيحيه|من الارشيف|صوره|الصوره"
    r"|لقطه شاشه|لقطه من (?:ال)?(?:فيديو|مقطع|شاشه)|screenshot"
    r"|getty images)(?:\s*/\s*[^/\d]{1,20})?\s*\)?$"  # («- أرشيفية/ أ ف ب»: whose it is)
    r"|\s(?:صوره ارشيفيه|صوره تعبيريه|صوره توضيحيه)\s*\)?$"
)
# A picture's credit in brackets closing the line.
_BRACKETED_CREDIT = re.compile(
    r"\([^()]*(?:صوره|الصوره|تصوير|ارشيف|تعبيريه|غيتي|getty|photo)[^()]*\)\s*$"
    # a handout's: «(من الشركة)», «(من وزارة الثقافة)», «(من الحساب الرسمي للنادي)»
    r"|\(من (?:ال)?(?:شركه|وزاره|مصدر|منظمين|جهه المنظمه|نادي|جامعه|حساب|صفحه|مكتب|بلديه|سفاره"
    r"|مؤسسه|جمعيه|مهرجان|هيئه|اداره|مستشفي|اسره|عائله)(?: [^()]{1,30})?\)\s*$"
)
# (a chart's label, as sites spell it: «إنفوغرافيك:», «إنفوجرافيك:»)
INFOGRAPHIC_LABELS = "انفوغرافيك|انفوجرافيك|infographic"
_PHOTO_LABEL = re.compile(
    # («إنفوغرافيك: الحوادث المرورية خلال أغسطس»: a chart's title for its picture)
    r"^\(?(?:صوره|الصوره|تصوير|مصدر الصوره|التعليق علي الصوره|photo|image|credit"
    rf"|{INFOGRAPHIC_LABELS}"
    # «صورة تعبيرية: الرجل لحظة وصوله …», «Photo d'illustration : une salle …»
    r"|(?:ال)?صوره (?:ال)?(?:تعبيريه|ارشيفيه|توضيحيه)|(?:photo|image) d['’]illustration)\s*[:：،,]"
)


def photo_credit(folded: str) -> bool:
    """Whether a line (`key`'s folding) only credits a photo («صورة من: Lena Hartwig/dpa»,
    «تصوير: NAME», «الصورة: المكتب الإعلامي للبلدية»)."""
    return bool(
        _PHOTO_CREDIT.match(strip_symbols(folded))
        or _PHOTOGRAPHER.match(folded)
        or _office_credit(folded)
    )


def _office_credit(folded: str) -> bool:
    """A photo's label before a body's office or desk, however long its name: whose the
    photo is («الصورة: المكتب الإعلامي لمجلس الضاحية»), no description of it."""
    label = _PHOTO_LABEL.match(folded)
    return label is not None and is_team(folded[label.end() :].strip())


_PHOTOGRAPHER = re.compile(r"^(?:تصوير|عدسه|بعدسه)\s*[:：]\s*\S")


def photo_label_text(text: str) -> str | None:
    """What follows a photo's label («الصورة: أرشيف الشركة المشغلة» → «ارشيف الشركه
    المشغله», folded); None when the line has no such label."""
    folded = key(text)
    label = _PHOTO_LABEL.match(folded)
    return folded[label.end() :].strip() if label else None


# «… مدارس المدينة - تصوير: بلدية نابلس»: a description, then who took the photo.
_CREDIT_AFTER = re.compile(
    # (in the languages diaspora sites credit in: «| Foto: privat», «- Photo : DR»)
    # (and Sorani: «- وێنە: ئارام فەرەج»)
    r"[-–—|(]\s*(?:تصوير|بعدسه|عدسه|صوره|الصوره|photo|foto|bild|credit|crédit|وێنە)\s*[:：]"
    r"\s*[^\W\d_]+(?:\s+\S+){0,3}\)?$"
    # «… (تصوير الكاتب)», «… - أرشيف المنار الأطلسي»: the photographer or the archive
    r"|\(\s*(?:تصوير|بعدسه|عدسه)\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*\)$"
    r"|[-–—]\s*(?:من\s+)?ارشيف\s+[«\"“]?[^\W\d_]+(?:\s+[^\W\d_]+){0,3}[»\"”]?$"
)
# «صدر الصورة، Getty Images»: whose the photo is, over its caption; a credit, no caption.
# «ملصق فيلم «…»», «غلاف رواية …», «لقطة شاشة من المنشور …», «مشهد من مسلسل …»: what the
# picture is, as only a caption opens.
_PICTURE_OF = re.compile(
    r"^(?:ملصق|بوستر|غلاف|لقطه شاشه|لقطه من|مشهد من|من مشاهد|خريطه توضح|خريطه تبين|انفوجراف"
    # «صورة من حفل الإطلاق …», «من اليسار: الرئيس التنفيذي …»: who stands where in it
    r"|صوره من|صوره جماعيه|من اليسار|من اليمين"
    r"|جانب من)[:：]?\s"  # «جانب من افتتاح الجسر - إعلام المحافظة»: a view of what happened
)
_PICTURE_OF_WORDS = 20
_DESCRIBED_WORDS = 3  # a photo's description after its label, at least
_PHOTO_CREDIT = re.compile(
    r"^(?:صدر|مصدر) الصوره\s*[:：،,]\s*\S+(?:\s\S+){0,3}$"
    # «الصورة: صوت مونتريال»: whose the photo is, under its caption (not «صورة: أرشيفية»)
    r"|^(?:ال)?صوره\s*[:：]\s*(?!ارشيف)\S+(?:\s\S+)?$"
    # «صورة من: Julian Stratenschulte/dpa/picture alliance»: a broadcaster's photo credit
    r"|^(?:ال)?صوره من\s*[:：]\s*\S[^:：]{0,80}$"
    # «Photo: White Nile Echo», «Crédit photo : AFP»: the same, labelled in another language
    r"|^(?:photo|photos|photo credit|credit|crédit photo|crédit|foto)\s*[:：]\s*\S+(?:\s\S+){0,3}$"
)
# «… في نيودلهي. © أ ف ب»: a description with its photographer's or agency's credit.
_CREDITED = re.compile(r"©\s*[^\W\d_][^©]{0,30}$")
_DASH = re.compile(rf"{SPACES_BEFORE}[-–—]\s*")
# («… - سبأ», «… - (سبأ)», «… (العُمانية)»)
_BRACKETED_CAPTION_WORDS = 15
_TRAILING_CREDIT = re.compile(r"\s(?:[-–—]\s*\(?|\()(?P<who>[^()\-–—]{1,20}?)\)?\s*$")
_SITE_SEPARATOR = re.compile(rf"{SPACES_BEFORE}[|:：\-–—]\s*")
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"\d{4}")
_NUMBERED_NAME = re.compile(r"^[^\d\s][^\d]*\s\d{1,3}$")
_CRUMB_CHARS = re.compile(r"[>›»<‹/\\|-]")
_PAIR_CHARS = re.compile(r"[-–—(ـ:/|]")
_CRUMB_SEPARATOR = re.compile(r"\s[>›]\s|\s»\s")
_SLASHED_CRUMB_WORDS = 6
_GENERIC_CRUMBS = frozenset({"اخبار", "الاخبار", "news"})
_ITEM_SEPARATOR = re.compile(r"\s[|•·—]\s")
_BYLINE_OR_DATE = frozenset({Kind.TEXT, Kind.DATE, Kind.BYLINE})
# Between a byline and its date: a dash, a chevron, a middle dot («سامر عيسى · 13 أيار 2025»).
_DASH_OR_CHEVRON = re.compile(r"\s[-–—»·•]\s")
# A forum member's handle after the poster's label: a name written with _ . or digits.
_POSTER = re.compile(r"^(?:بواسط[ةه]|العضو|الكاتب)\s*[:：]\s*\S*[_.\d]\S*$")
_FILED_BYLINE_MAX_CHARS = 120  # a byline is short; longer lines are prose
_INLINE_BYLINE = re.compile(r"(?<=\s)(?:بواسطة|بواسطه|بقلم|by|By)\s")
_HAS_WORD = re.compile(r"[^\W_]")
_SHARE_SPLIT = re.compile(r"[\s|•·:：\-–—/,،()\[\]0-9]+")


_MENU_BARS = 3


def caption_cue(text: str) -> bool:
    """A photo caption by its wording: «... - أرشيفية», «(صورة أرشيفية)», «صورة: ...»."""
    if words(text) > 35 or text.count("|") >= _MENU_BARS:
        return False  # «مقالات | تحليلات | حوارات | أرشيف»: a menu, whatever its last item
    k = bare_key(text)
    full = key(text)
    if _ARCHIVE_CUE.search(full):
        return words(k) >= 3
    if _BRACKETED_CREDIT.search(full) and words(k) >= 3:
        return True  # «طلاب داخل فصل دراسي (صورة تعبيرية - غيتي)», «… (أرشيف الصباح)»
    if label := _PHOTO_LABEL.match(full):
        # «الصورة: صوت مونتريال», a name or two after the label, credits the photo; so does a
        # body's office, however long its name («الصورة: المكتب الإعلامي لمجلس الضاحية»)
        value = full[label.end() :]
        return (words(value) >= _DESCRIBED_WORDS and not _office_credit(full)) or bool(
            _ARCHIVE_CUE.search(full)
        )
    if _PICTURE_OF.match(k) and 3 <= words(k) <= _PICTURE_OF_WORDS and not ends_sentence(text):
        return True
    if (_CREDITED.search(full) or _CREDIT_AFTER.search(full)) and words(k) >= 5:
        return True
    if _dated_and_credited(text):
        return True
    # «صيادون يفرغون حمولة قواربهم في ميناء الصليف - سبأ», «قلعة نزوى تستقبل زوارها (العُمانية)»:
    # an agency after a description longer than a pair's side
    trailing = _TRAILING_CREDIT.search(text)
    if trailing and is_agency(trailing["who"]):
        described = text[: trailing.start()]
        # (in brackets alone, after no more than a caption says: a paragraph may end so)
        bracketed = trailing[0].lstrip().startswith("(")
        if (
            4 <= words(described) <= (_BRACKETED_CAPTION_WORDS if bracketed else 35)
            and not ends_sentence(described)
            and not person_like(described)
        ):
            return True
    # «الرئيس خلال الاجتماع - رويترز», «الواجهة البحرية في جدة - "المرسى"»: a photo credit
    # after a description, not a dateline.
    pair = _pair_parts(text)
    credit = pair and (is_agency(pair[1]) or quoted(pair[1]))
    if pair and credit and words(pair[0]) >= 3 and not is_city(pair[0]):
        return not looks_like_outlet(pair[0])
    return False


def _dated_and_credited(text: str) -> bool:
    """«عائلة تحمّل أمتعتها على شاحنة في ريف إدلب، 8 كانون الثاني 2025 (الزيتون)»: what the
    photo shows, the day it was taken after a comma, whose it is in brackets; a wire photo's
    caption, which no paragraph closes with."""
    tail = _DATED_CREDIT.search(text)
    if tail is None or words(text[: tail.start()]) < _DESCRIBED_WORDS + 1:
        return False
    return parse_arabic_datetime(tail["day"]) is not None


_DATED_CREDIT = re.compile(r"[،,]\s*(?P<day>[^،,()]{6,30}?\d{4})\.?\s*\([^()]{2,30}\)\s*$")


def _pair_parts(text: str) -> tuple[str, str] | None:
    """(left, right) of «القاهرة الإخبارية - أحمد أنور», «بيروت - رويترز», «عمان (بترا)»."""
    text = text.rstrip().removesuffix(":").rstrip()  # «الخليل - مراسلنا:» over the lead
    if words(text) > 11 or not _PAIR_CHARS.search(text):
        return None
    folded, where = fold_map(text)
    spans = _pair_spans(text, folded, where)
    sides = [_side(text, where, a, b) for a, b in spans]
    if len(sides) != 2 or not all(map(_pair_side, sides)):
        return None
    return sides[0], sides[1]


def _outlet_between(middle: str, reporter: str) -> bool:
    """Whether `middle`, between a town and a reporter, is the agency or the outlet they
    file for: one the lists know, or a short name that is no one's before a reporter's."""
    if _agency_or_outlet(middle):
        return True
    short = 1 <= words(middle) <= _OUTLET_WORDS and not ends_sentence(middle)
    return short and reporter_like(reporter) and not person_like(middle)


_OUTLET_WORDS = 4


def _pair_spans(text: str, folded: str, where: Sequence[int]) -> list[tuple[int, int]]:
    """Where the two sides are in `folded`: around a bracketed part, around one dash (or the
    first of two when the second is followed by a city), around one colon after a city."""
    dashes = list(_DASH.finditer(folded))
    if bracketed := _bracketed(folded):
        # «أدري (تشاد) – أ ف ب»: the town's country in brackets, then who filed it
        if len(dashes) == 1 and dashes[0].start() > folded.find(")"):
            return [(0, dashes[0].start()), (dashes[0].end(), len(folded))]
        return list(bracketed)
    if len(dashes) == 1:
        return [(0, dashes[0].start()), (dashes[0].end(), len(folded))]
    if len(dashes) == 2 and is_city(folded[dashes[1].end() :]):
        # «القاهرة الإخبارية - أحمد أنور - القاهرة»: the trailing city is where it was filed.
        return [(0, dashes[0].start()), (dashes[0].end(), dashes[1].start())]
    if len(dashes) == 2 and own_staff(folded[dashes[1].end() :]):
        # «بنغازي – «الأفق» – خاص»: where it was filed and by whom, its own staff's
        return [(0, dashes[0].start()), (dashes[0].end(), dashes[1].start())]
    if (
        len(dashes) == 2
        and _filed_from(folded[: dashes[0].start()])
        and looks_like_outlet(folded[dashes[1].end() :])
        and name_shaped(_side(text, where, dashes[0].end(), dashes[1].start()))
    ):
        # «بيت لحم - ريم العزة - مهد نيوز»: where it was filed, the reporter, the outlet
        return [(dashes[0].end(), dashes[1].start()), (dashes[1].end(), len(folded))]
    if (
        len(dashes) == 2
        and _filed_from(folded[: dashes[0].start()])
        and _outlet_between(folded[dashes[0].end() : dashes[1].start()], folded[dashes[1].end() :])
        and name_shaped(_side(text, where, dashes[1].end(), len(folded)))
    ):
        # «إربد - بترا - وليد الزعبي», «بغداد – النخلة نيوز – علي الساعدي», «القاهرة – صوت
        # سبأ – عبدالرحمن الشرعبي»: where it was filed, the agency or outlet, its reporter
        return [(dashes[0].end(), dashes[1].start()), (dashes[1].end(), len(folded))]
    if not dashes and folded.count(":") == 1:
        return _colon_spans(text, folded, where)
    if not dashes and _city_slash_reporter(text):
        # «بغداد/ واع», «غزة / هبة أبو شمالة»: a city and its agency or reporter
        slash = folded.index("/")
        return [(0, slash), (slash + 1, len(folded))]
    if not dashes and folded.count(" | ") == 1:
        # «رشا المري | الدوحة»: a name and the city it was filed from, between a bar
        bar = folded.index(" | ")
        if is_city(folded[:bar]) or is_city(folded[bar + 3 :]):
            return [(0, bar), (bar + 3, len(folded))]
    return []


def _side(text: str, where: Sequence[int], start: int, end: int) -> str:
    """The text of `text` that its folded copy holds from `start` to `end`."""
    return text[where[start] : where[end - 1] + 1].strip() if end > start else ""


def _agency_or_outlet(text: str) -> bool:
    return is_agency(text) or looks_like_outlet(text)


def _filed_from(text: str) -> bool:
    """Where a dateline says it was filed: a city, or a town no list knows in one or two
    words that are no outlet's («الحلة»)."""
    return is_city(text) or (words(text) <= 2 and not looks_like_outlet(text))


def _colon_spans(text: str, folded: str, where: Sequence[int]) -> list[tuple[int, int]]:
    """«القاهرة: «الشرق الأوسط»», «القاهرة: محمد نبيل»; «غزة: مقتل 20» is a headline."""
    colon = folded.index(":")
    after = text[where[colon] + 1 :].strip()
    if is_city(folded[:colon]) and (quoted(after) or person_like(after)):
        return [(0, colon), (colon + 1, len(folded))]
    # «من أنجمينا: يوسف محمد أبكر»: where the reporter filed from, a town no list knows
    place = folded[:colon].split()
    if place[:1] == ["من"] and 2 <= len(place) <= 3 and person_like(after):
        return [(0, colon), (colon + 1, len(folded))]
    # «سطيف: ع. بوزيد»: a town no list of cities knows, before a signature no headline has
    if words(folded[:colon]) <= 2 and signed_with_initial(after):
        return [(0, colon), (colon + 1, len(folded))]
    return []


def _pair_side(side: str) -> bool:
    """One to five words, not a sentence, no digit but a number ending an outlet's name
    («الأطلس 24»); quotes only around the whole side (an outlet's name: «الشرق الأوسط»:
    quotes elsewhere are prose), no bracket, bar or colon."""
    if quoted_outlet(side) and words(side) <= _QUOTED_OUTLET_WORDS:
        return True  # «صحيفة «الباييس» الإسبانية»: an outlet's name quoted in its description
    side = _PLACE_IN_ITS_COUNTRY.sub(r"\g<town>", side)  # «أدري (تشاد)»: a town, its country
    if not 1 <= words(side) <= 5 or ends_sentence(side):
        return False
    if _DIGIT.search(side) and not _NUMBERED_NAME.match(side):
        return False
    if _UNIT.match(key(side)):
        return False  # «النتائج بالأرقام (مليون درهم)»: a table's heading and its unit
    return not any(ch in unquote(side) for ch in '«»"“”|:()')


# A figure's unit («مليون درهم», «بالدولار», «ألف طن»): no one's name.
_UNIT = re.compile(
    r"^(?:(?:مليون|مليار|الف|بالمليون|بالمليار|بالالف)\s+[^\W\d_]+"
    # («بالجنيه للكيلو - جملة»: the price's currency, then what it is for)
    r"|بال(?:دولار|درهم|دينار|ريال|جنيه|يورو|ليره|طن|برميل)(?:\s.*)?)$"
)


_PLACE_IN_ITS_COUNTRY = re.compile(r"^(?P<town>[^\W\d_]+) \((?:[^\W\d_]+)(?: [^\W\d_]+)?\)$")


_QUOTED_OUTLET_WORDS = 8


def _bracketed(folded: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Spans of NAME and AGENCY in «NAME (AGENCY)», maybe with a dash or colon after.

    By hand: the regular expression this replaced tried every way of sharing runs of spaces
    between its parts, so one line of 330 characters took 28 s. The spans are the ones it
    gave: without the spaces around each part.
    """
    opening = folded.find("(")
    closing = folded.find(")", opening + 1)
    if opening < 1 or closing < 0:
        return None
    head, inner, tail = folded[:opening], folded[opening + 1 : closing], folded[closing + 1 :]
    if head.rstrip()[-1:] in ("-", "–", "—"):
        head = head.rstrip().rstrip("-–—")  # «لندن - (رويترز)»: a city, a dash, the agency
        if not head.strip():
            return None
    if any(ch in head for ch in "-–—|:)") or "(" in inner or not inner:
        return None
    if tail.strip() not in ("", "-", "–", "—", ":"):
        return None
    return _spaced_span(head, 0), _spaced_span(inner, opening + 1)


def _spaced_span(part: str, offset: int) -> tuple[int, int]:
    """Where `part` (not empty) is without the spaces around it; all spaces: its last one."""
    trimmed = part.strip()
    if not trimmed:
        return offset + len(part) - 1, offset + len(part)
    start = len(part) - len(part.lstrip())
    return offset + start, offset + start + len(trimmed)


def _lead(folded: str) -> int:
    """Where the words start, past bullets and emoji («✍️ كتب:», «• المصدر:»)."""
    start = 0
    while start < len(folded) and not folded[start].isalnum():
        start += 1
    return start


def _credits(bylines: list[Byline]) -> Byline:
    """One line's labelled credits as one byline: its writers, whichever field names them,
    and its other credits."""
    return Byline(
        authors=tuple(name for b in bylines for name in b.authors),
        source=next((b.source for b in bylines if b.source), None),
        editors=tuple(name for b in bylines for name in b.editors),
        translators=tuple(name for b in bylines for name in b.translators),
        stands_in=any(b.stands_in for b in bylines),
    )


def _read_byline(text: str) -> Byline | None:
    """«كتب: محمد علي» (authors), «تحرير: ...» (editors), «كتب: رويترز» (a source)."""
    folded, where = fold_map(text)
    start = _lead(folded)
    match = _BYLINE_RE.match(folded, start) or _BARE_BYLINE_RE.match(folded, start)
    if not match:
        return None
    # «By / بقلم: ليلى مراد»: a label in two languages, the second the one that counts
    if second := _BYLINE_RE.match(folded, match.end()):
        match = second
    label = match["label"]
    no_separator = not match["sep"].strip()
    if no_separator and label not in _BARE_LABELS:
        return None
    rest = after_match(text, where, match.end()).strip()
    if not rest or rest.endswith(("؟", "?", "!")):
        return None  # («تحليل: لماذا ترتفع أسعار الذهب؟»: a kicker over its question)
    if is_agency(rest):
        return Byline(source=rest.strip("()[] "))
    if is_team(rest) and _EDITORIAL.search(bare_key(rest)):
        return Byline()  # «إعداد: هيئة التحرير»: the newsroom's board, no body's name
    if INSTITUTION.match(bare_key(rest)) and words(rest) <= _ORGANIZATION_WORDS:
        # «نُشر بواسطة: مجموعة الواحة للضيافة»: a press release posted by its company
        return Byline(source=rest.strip())
    if bare_key(rest).split()[0] in OUTLET_KINDS and words(rest) <= _ORGANIZATION_WORDS:
        return Byline(source=rest.strip())  # «متابعة - قناة الكرخ الفضائية»: the outlet, no one
    min_words = 2 if no_separator else 1
    if names_a_post(rest):
        return Byline()  # «بواسطة: محرر الموقع»: a post named, no one
    names = _byline_names(rest, min_words)
    if not names:
        return Byline() if is_team(rest) else None  # «تغطية: فريق الأفق الرياضي»
    if re.fullmatch(_EDITOR_ROLES, label) and not _REPORTER_AFTER.search(key(rest)):
        return Byline(editors=tuple(names), stands_in=bool(re.fullmatch(_STAND_IN_ROLES, label)))
    if re.fullmatch(_TRANSLATOR_ROLES, label):
        return Byline(translators=tuple(names))
    return Byline(authors=tuple(names))


_ORGANIZATION_WORDS = 6
_EDITORIAL = re.compile(r"\b(?:ال)?تحرير\b")
# A reporter's role after an editing credit's name: «تحرير: عبد الرحيم البوزيدي – مراسل
# الحمراء 24 بالحوز» wrote what they filed.
_REPORTER_AFTER = re.compile(r"\s[-–—،,|]\s*(?:ال)?(?:مراسل|مراسله|صحفي|صحفيه|reporter)(?:\s|$)")


def _without_the_place(rest: str) -> str:
    """«هالة الجبالي من أسوان» → «هالة الجبالي»: a name without where it was filed (one or two
    words after «من»); `rest` as it is otherwise. (Split, not a regex: a run of spaces before
    «من» would be read again from each of its spaces.)"""
    name, found, place = rest.rpartition(" من ")
    words_of_place = place.split()
    if found and 1 <= len(words_of_place) <= 2 and all(map(str.isalpha, words_of_place)):
        return name.strip()
    return rest


def _byline_names(rest: str, min_words: int) -> list[str]:
    """The names after a byline's label, without the writer's role when it follows them
    («د. سامي الخطيب - أستاذ العلوم السياسية»); [] when they are no names."""
    # (last, the name before a comma: «رنا الحلبي، طبيبة في فريق العيادات المتنقلة», and
    # before where it was filed: «هالة الجبالي من أسوان»)
    candidates = (
        _ROLE_AFTER_NAME.split(rest, maxsplit=1)[0],
        rest,
        rest.split("،")[0],
        _without_the_place(rest),
    )
    for candidate in candidates:
        names = [_without_a_calling(n) for n in split_names(candidate)]
        if names and all(name_ok(n, min_words=min_words) for n in names):
            return names
    return []


def _without_a_calling(name: str) -> str:
    """«المحامية هبة الله منصور» → «هبة الله منصور»: a calling with the article before a
    person's name (no name begins with one), kept when what follows is no person's name and
    when it is a title the name is addressed with («الشيخ د. ناصر العمري»)."""
    head, _, rest = name.partition(" ")
    calling = head.startswith("ال") and bare_key(head) not in _TITLES_OF_ADDRESS
    return rest if calling and person_like(rest) else name


_TITLES_OF_ADDRESS = frozenset(
    bare_key(title)
    for title in wordlist(
        "الشيخ الشيخة الدكتور الدكتورة المهندس المهندسة الأستاذ الأستاذة السيد السيدة الإمام "
        "الأمير الأميرة الملك الرئيس القاضي المستشار اللواء العميد العقيد الفريق"
    )
)


def _breadcrumb_section(text: str) -> str | bool | None:
    """The section of a breadcrumb line («الرئيسية > سياسة» → سياسة); False if not one."""
    if _HOME.match(bare_key(text)):
        return _section(crumbs(text)[1:])
    if not _crumb_separated(text):
        return False
    items = crumbs(text)
    if len(items) < 2 or any(words(item) > 4 for item in items[:-1]):
        return False
    # «أخبار > سياسة»: a generic first crumb, like «الرئيسية», names no section.
    return _section(items[1:] if bare_key(items[0]) in _GENERIC_CRUMBS else items)


def _crumb_separated(text: str) -> bool:
    """Items between spaced «>» or «»», and no opening quote («...» is prose); or a short
    line's two or three items between spaced «/» («استشارات / تغذية الأطفال»)."""
    folded = fold_map(text)[0]
    if "«" in folded:
        return False
    slashed = words(text) <= _SLASHED_CRUMB_WORDS and " / " in folded and ":" not in folded
    if slashed and (_city_slash_reporter(text) or _read_byline(text)):
        return False  # «غزة / هبة أبو شمالة»: a dateline; «بقلم / NAME»: a byline
    return bool(_CRUMB_SEPARATOR.search(folded)) or slashed


def _city_slash_reporter(text: str) -> bool:
    """«غزة / هبة أبو شمالة», «بغداد/ واع», «بغداد/ شبكة دجلة»: a city, a slash, its agency,
    its outlet or its reporter; or the reporter first («رنا الزعبي / عمّان»)."""
    if text.count("/") != 1:
        return False
    city, credit = (side.strip() for side in text.split("/"))
    if is_city(credit) and not is_city(city):
        city, credit = credit, city
    return is_city(city) and (
        is_agency(credit)
        or person_like(credit)
        or (2 <= words(credit) <= 4 and looks_like_outlet(credit))  # not «أخبار / عمّان»
    )


def crumbs(text: str) -> list[str]:
    """The items of a breadcrumb line, as printed («الرئيسية > سياسة» → الرئيسية, سياسة)."""
    return [p.strip() for p in _CRUMB_SPLIT.split(text) if p.strip(EDGE_JUNK)]


def _section(crumbs: list[str]) -> str | None:
    return crumbs[0] if crumbs and words(crumbs[0]) <= 4 else None


def _site_name(text: str) -> str | None:
    """«الموقع الرسمي | القاهرة الاخبارية» → القاهرة الاخبارية."""
    folded, where = fold_map(text)
    label = _SITE_LABEL.search(folded)
    if not label:
        return None
    parts = [p.strip() for p in _SITE_SEPARATOR.split(text) if p.strip(EDGE_JUNK)]
    if len(parts) > 1:
        others = [p for p in parts if not _SITE_LABEL.fullmatch(bare_key(p))]
        return others[0] if others else None
    # «… من الموقع الإلكتروني لجريدة الأفق»: the outlet's name after ل
    return _outlet_after_lam(after_match(text, where, label.end()).strip(EDGE_JUNK)) or None


_COPYRIGHT_WORDS = re.compile(
    r"(?:(?:جميع|كافة|كافه)\s+)?(?:ال)?حقوق\s+(?:النشر\s+|الطبع\s+)?(?:محفوظة|محفوظه)|حقوق\s+النشر"
    r"|©|\([cC]\)"
    r"|all rights reserved|copyright|tous droits r[ée]serv[ée]s|todos los derechos reservados"
    # the same words in Urdu and Persian: «جملہ حقوق محفوظ ہیں», «کلیه حقوق محفوظ است»
    r"|(?:(?:جملہ|جمله|کلیه|تمامی)\s+)?حقوق\s+محفوظ\s+(?:ہیں|ہے|است)"
    r"|\b\d{4}\b|[٠-٩]{4}",
    re.IGNORECASE,
)


# «لموقع …», «لوزارة …»: the holder's name after ل, the preposition rights are reserved to.
_TO_AN_OUTLET = re.compile(
    r"ل(?:موقع|صحيفة|جريدة|بوابة|مؤسسة|شركة|قناة|مجلة|وزارة|هيئة|مجلس|جمعية|منظمة|وكالة"
    r"|إذاعة|اذاعة|مركز|جامعة|شبكة|منصة|دار)\s"
)


def _outlet_after_lam(name: str) -> str:
    """«لجريدة الأفق» → «جريدة الأفق»; any other name as it is."""
    return name[1:] if _TO_AN_OUTLET.match(name) else name


_FOOTER_LINKS = re.compile(r"(\s[·•|]\s)")
_FOOTER_LINK_NAMES = keyset(
    "الخصوصية", "سياسة الخصوصية", "الشروط", "الشروط والأحكام", "شروط الاستخدام", "اتصل بنا",
    "من نحن", "privacy", "terms", "contact",
)  # fmt: skip


def copyright_holder(text: str) -> str | None:
    """«جميع الحقوق محفوظة © بوابة الوادي 2024» → بوابة الوادي (a piece of the line as
    printed, never words glued together from both sides of the ©)."""
    names = []
    # («© 2024 سامي العتيبي · الخصوصية · الشروط»: the footer's links after the holder)
    pieces = _FOOTER_LINKS.split(text)
    while len(pieces) > 2 and bare_key(pieces[-1]) in _FOOTER_LINK_NAMES:
        pieces = pieces[:-2]
    text = "".join(pieces)
    for piece in _COPYRIGHT_WORDS.split(text):
        name = piece.strip(EDGE_JUNK + " \t")
        if name.startswith(("لـ", "ل ")):
            name = name[2:].strip()
        elif name != (outlet := _outlet_after_lam(name)):
            name = outlet
        elif name.startswith("لل") and words(name) <= 3:
            name = "ال" + name[2:]  # «محفوظة للمنبر»: ل before the name's article
        if name and any(ch.isalpha() for ch in name) and words(name) <= 6:
            names.append((ends_sentence(piece.strip()), name))
    # «أسعار الأسهم متأخرة 15 دقيقة. جميع الحقوق محفوظة © المؤشر الاقتصادية»: a notice's
    # sentence before the name is no name, where «© بوابة المساء.» ends with the name.
    return min(names, key=lambda item: item[0])[1] if names else None


def _tags(text: str) -> Fact | None:
    folded, where = fold_map(text)
    label = _TAG_LABEL.match(folded, _lead(folded))
    if label:
        rest = after_match(text, where, label.end())
        if rest.strip(EDGE_JUNK) and not re.search(r"[:：\-–—|]\s*$", folded[: label.end()]):
            return None  # «العلامات التجارية ...» is a sentence; a tag list has a colon
        tags = split_tags(rest)
        if tags or not rest.strip(EDGE_JUNK):
            return Fact(Kind.TAGS, tuple(tags), bare=not tags)
        return None
    tokens = text.split()
    if tokens and all(t.startswith("#") and len(t) > 1 for t in tokens):
        return Fact(Kind.TAGS, tuple(split_tags(text)))
    return None


def split_tags(text: str) -> list[str]:
    tags: list[str] = []
    seen: set[str] = set()
    for part in _TAG_SPLIT.split(text):
        tag = part.strip(EDGE_JUNK + " \t")
        if part.strip().startswith("#"):
            tag = tag.replace("_", " ")  # hashtags write spaces as underscores
        k = key(tag)
        if tag and k not in seen and words(tag) <= 6 and len(tag) <= 60:
            seen.add(k)
            tags.append(tag)
    return tags


def _source(text: str) -> str | None:
    folded, where = fold_map(text)
    match = _SOURCE_LABEL.match(folded, _lead(folded)) or _TAKEN_FROM.match(folded, _lead(folded))
    if not match:
        return None
    printed = _FREELY.sub("", after_match(text, where, match.end()))  # «عن أ ف ب (بتصرف)»
    if "المصادر" in match.group() and _LISTED.search(printed):
        return None  # «المصادر: الإرشادات السريرية …، الجمعية العربية …، 2023.»: references
    # «نقلاً عن صحيفة الضفة – نُشر بتاريخ 21 فبراير 2025»: the outlet, then its own date
    printed = _THEN_DATED.split(printed, maxsplit=1)[0]
    # «عن صحيفة «نورد كورير» الألمانية – ترجمة «المرصد»»: the outlet, then who translated it
    printed = _THEN_TRANSLATED.split(printed, maxsplit=1)[0]
    printed = _ITS_OWN_SPELLING.sub("", _THEN_ITS_GENRE.sub("", printed))
    rest = printed.strip(EDGE_JUNK)
    if not rest or words(rest) > 8 or any(ch.isdigit() for ch in rest):
        return None
    if " | " in rest:
        return None  # «عن الموقع | سياسة الخصوصية | اتصل بنا»: the footer's links
    if match.re is _TAKEN_FROM and not (looks_like_outlet(rest) or _FOREIGN_TITLE.match(rest)):
        return None  # «عن المشروع»: a crosshead, no outlet
    if match.re is _TAKEN_FROM and bare_key(rest) in _ABOUT_US:
        return None  # «عن الموقع», «عن المجلة»: the site's "about us" link
    if "تطبيق" in match.group() and (app := quoted_name(printed)):
        return app  # «تمت المشاركة من تطبيق "المرصد" 📱»: the app's name
    # «وكالة الأنباء السعودية (واس)»: the agency by the name it signs its copy with
    spelled = _SPELLED_OUT.match(printed.strip())
    if spelled and is_agency(spelled["short"]):
        return spelled["short"]
    # («عن «ذا ميريديان ريفيو» الأمريكية»: the outlet's name quoted, its country after it)
    if _QUOTED_THEN_ITS_COUNTRY.fullmatch(key(printed.strip())):
        return quoted_name(printed) or rest
    return quoted_outlet(printed.strip()) or rest


_QUOTED_THEN_ITS_COUNTRY = re.compile(r"[«\"“][^»\"”]+[»\"”](?:\s+ال[^\W\d_]+يه){1,2}")


def _is_share(b: str) -> bool:
    rest = _SHARE_PHRASES.sub(" share ", b)
    tokens = [t for t in _SHARE_SPLIT.split(rest) if t]
    return (
        bool(tokens)
        and all(t in _SHARE_TOKENS or t in _SHARE_FILLER for t in tokens)
        and any(t in _SHARE_TOKENS for t in tokens)
    )
