"""Text helpers for reading Arabic news pages: folding for comparison (with the site's one
table of folds, `articles.text.letters`), the names and outlets news sites print, cleaning
pasted text, and sentences. Pure Python.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from ...text.letters import DIGIT_FOLDS, IGNORABLE, TATWEEL, char_class, letter_folds, replacer
from ...text.lexicon import FOREIGN_GIVEN_NAMES
from ...text.normalize import normalize
from ...text.wordfreq import NOT_A_WORD, ambiguity

# The site's letter and digit folds (`articles.text.letters`) but the hamza seats: the words
# and patterns here are spelled with ؤ and ئ as printed («الرئيسية», «دقائق»). Every fold is
# one character for one, which `fold_map` relies on.
_FOLD = letter_folds(hamza_seats=False) | DIGIT_FOLDS
_fold_chars = replacer(_FOLD)
# Names keep ى and ی: «على» (on) is not the name «علي».
_fold_name_letters = replacer(letter_folds(hamza_seats=False, dotless_yaa=False))
_IGNORABLE = frozenset(IGNORABLE)
_IGNORABLE_RE = re.compile(f"[{char_class(_IGNORABLE)}]")
EDGE_JUNK = " .:：;؛-–—•·*|،,()[]{}<>«»\"'“”!؟?#"


@lru_cache(maxsize=512)
def key(text: str) -> str:
    """Comparison form: one alef, ه for ة, ي for ى, no tashkeel/tatweel, folded digits, lower case.

    «القاهرة الإخبارية» and «القاهرة الاخبارية» share a key: they are the same source.
    """
    text = unicodedata.normalize("NFKC", text)
    return " ".join(_IGNORABLE_RE.sub("", _fold_chars(text)).lower().split())


def bare_key(text: str) -> str:
    """`key` without the bullets, emoji, brackets and punctuation around it."""
    return strip_symbols(key(text))


def strip_symbols(text: str) -> str:
    # By hand, not a regex: «[\W_]+$» backtracks quadratically over long runs of spaces.
    start, end = 0, len(text)
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return text[start:end]


@lru_cache(maxsize=64)
def fold_map(text: str) -> tuple[str, Sequence[int]]:
    """The `key` folding without NFKC or collapsing spaces, plus each folded char's index in
    `text`, so a label found in the folded form can be cut off the text as printed."""
    if not _IGNORABLE_RE.search(text):
        folded = _fold_chars(text).lower()
        if len(folded) == len(text):  # the common case: one folded char per printed char
            return folded, range(len(text))
    chars: list[str] = []
    where: list[int] = []
    last = len(text) - 1
    for i, ch in enumerate(text):
        if ch == TATWEEL:
            # A spaced tatweel is the dash of «كتب ـ محمد»; between letters it only stretches.
            if (i == 0 or text[i - 1].isspace()) or (i == last or text[i + 1].isspace()):
                ch = "-"
            else:
                continue
        elif ch in _IGNORABLE:
            continue
        else:
            ch = _FOLD.get(ch, ch)
            lower = ch.lower()
            ch = lower if len(lower) == 1 else ch
        chars.append(ch)
        where.append(i)
    return "".join(chars), where


def after_match(text: str, where: Sequence[int], end: int) -> str:
    """The printed text after a match that ended at `end` in the folded form."""
    return text[where[end] :] if end < len(where) else ""


def words(text: str) -> int:
    return len(text.split())


def name_fold(token: str) -> str:
    """`key`'s letters for a word of a name, without the digit folds and with ى kept."""
    return _fold_name_letters(_IGNORABLE_RE.sub("", token))


def ends_sentence(text: str) -> bool:
    """Whether the line ends like a sentence (. ! ? ؟ …), closing quotes aside."""
    stripped = text.rstrip(" \t\"'»”“)]}*")
    return stripped.endswith((".", "!", "?", "؟", "…"))


def paragraph_like(text: str) -> bool:
    n = words(text)
    return n >= 30 or (n >= 6 and ends_sentence(text))


# --- Vocabulary -------------------------------------------------------------------------


def wordlist(text: str) -> list[str]:
    """Space-separated vocabulary, so long Arabic word lists stay readable."""
    return text.split()


def keyset(*items: str) -> frozenset[str]:
    return frozenset(bare_key(item) for item in items)


AGENCIES = keyset(
    "رويترز", "أ ش أ", "أ.ش.أ", "أشأ", "أ ف ب", "أ.ف.ب", "فرانس برس", "وكالة فرانس برس",
    "الفرنسية", "د ب أ", "د.ب.أ", "أسوشيتد برس", "أسوشيتدبرس", "يو بي آي", "الأناضول",
    "واس", "وام", "قنا", "كونا", "بنا", "بترا", "سانا", "العمانية", "وفا", "سبأ", "واج", "وات",
    "واع", "سونا", "لاماب", "ومع", "وال", "ومأ", "تاب", "شينخوا", "سبوتنيك", "تاس", "نوفوستي",
    "إرنا", "ايرنا", "نينا", "صونا",
    "بلومبرغ", "بلومبيرغ", "بلومبرج", "وكالات", "الوكالات", "وكالات الأنباء", "وكالات أنباء",
    "reuters", "afp", "ap", "dpa", "xinhua", "anadolu", "mena", "spa", "wam", "qna", "kuna",
    "petra", "sana", "bloomberg", "bna", "ina", "wafa", "nna", "saba", "aps", "ona",
    # press-release wires, credited as the agencies are («الرياض-(بزنس واير)-»)
    "بزنس واير", "بيزنس واير", "بي آر نيوزواير", "برنيوزواير", "business wire",
    "pr newswire",
)  # fmt: skip
CITIES = keyset(
    "القاهرة", "الإسكندرية", "الجيزة", "الأقصر", "أسوان", "بورسعيد", "السويس", "المنصورة",
    "طنطا", "الزقازيق", "أسيوط", "سوهاج", "المنيا", "الفيوم", "الإسماعيلية", "دمياط",
    "شرم الشيخ", "الغردقة", "العريش", "بيروت", "صيدا", "صور", "زحلة", "دمشق", "حلب", "حمص",
    "حماة", "اللاذقية", "درعا", "دير الزور", "الرقة", "إدلب", "القامشلي", "عمان", "عمّان",
    "الزرقاء", "إربد", "العقبة", "بغداد", "البصرة", "الموصل", "أربيل", "النجف", "كربلاء",
    "السليمانية", "كركوك", "الرياض", "جدة", "مكة", "مكة المكرمة", "المدينة المنورة", "الدمام",
    "الخبر", "الطائف", "تبوك", "أبها", "أبوظبي", "أبو ظبي", "دبي", "الشارقة", "عجمان",
    "رأس الخيمة", "الفجيرة", "العين", "الدوحة", "الكويت", "المنامة", "المحرق", "مسقط",
    "صلالة", "صنعاء", "عدن", "تعز", "الحديدة", "مأرب", "المكلا", "الخرطوم", "أم درمان",
    "بورتسودان", "طرابلس", "بنغازي", "مصراتة", "تونس", "صفاقس", "سوسة", "الجزائر", "وهران",
    "قسنطينة", "الرباط", "الدار البيضاء", "مراكش", "فاس", "طنجة", "نواكشوط", "القدس",
    "رام الله", "غزة", "نابلس", "الخليل", "جنين", "تل أبيب", "إسطنبول", "أنقرة", "طهران",
    "واشنطن", "نيويورك", "لوس أنجلوس", "لندن", "باريس", "برلين", "ميونخ", "موسكو", "كييف",
    "بكين", "شنغهاي", "طوكيو", "سول", "نيودلهي", "مومباي", "إسلام آباد", "كراتشي", "كابول",
    "روما", "مدريد", "لشبونة", "بروكسل", "جنيف", "فيينا", "أثينا", "وارسو", "ستوكهولم",
    "أوسلو", "كوبنهاغن", "أمستردام", "لاهاي", "دافوس", "الفاتيكان", "أوتاوا", "نيروبي",
    "أديس أبابا", "جوهانسبرغ", "لاغوس", "سنغافورة", "جاكرتا", "هونغ كونغ", "سيدني", "عواصم",
    "عواصم عربية", "عواصم عالمية", "عواصم - وكالات",
    # More towns datelines name; none a common word («العيون», «البيضاء», «العمارة» are not here).
    "وجدة", "تطوان", "الناظور", "أكادير", "مكناس", "القنيطرة", "بني ملال", "خريبكة", "آسفي",
    "الحسيمة", "ورزازات", "زاكورة", "تازة", "سلا", "عنابة", "سطيف", "باتنة", "بجاية", "تلمسان",
    "البليدة", "ورقلة", "غرداية", "بسكرة", "بنزرت", "قابس", "القيروان", "نابل", "المنستير",
    "قفصة", "جربة", "سبها", "الزاوية", "درنة", "سرت", "بنها", "شبين الكوم", "كفر الشيخ",
    "دمنهور", "المحلة الكبرى", "قنا", "بني سويف", "مرسى مطروح", "كسلا", "الفاشر", "نيالا",
    "ود مدني", "إب", "ذمار", "سيئون", "المخا", "عتق", "بريدة", "حائل", "جازان", "نجران",
    "الجبيل", "ينبع", "الأحساء", "القطيف", "خميس مشيط", "الباحة", "عرعر", "سكاكا",
    "حفر الباطن", "عنيزة", "صحار", "نزوى", "الوكرة", "الجهراء", "الأحمدي", "الحلة",
    "الناصرية", "الديوانية", "الرمادي", "الفلوجة", "تكريت", "بعقوبة", "سامراء", "دهوك",
    "الكوت", "السماوة", "طرطوس", "السويداء", "الحسكة", "منبج", "عفرين", "جبيل", "بعلبك",
    "النبطية", "جونيه", "السلط", "مادبا", "الكرك", "معان", "جرش", "المفرق", "بيت لحم",
    "طولكرم", "قلقيلية", "أريحا", "رفح", "خان يونس", "دير البلح", "نواذيبو",
    # the Horn of Africa's and the Sahel's, whose Arabic sites file from them
    "مقديشو", "هرجيسا", "كسمايو", "بوصاصو", "جيبوتي", "موروني", "أسمرة", "نجامينا", "داكار",
    "باماكو", "نيامي",
)  # fmt: skip
# The words of a site's section names («سياسة», «عربي ودولي», «أخبار مصر», «ثقافة وفن»),
# countries among them: a label of such words over a headline is its section. Words that
# also name newspapers or channels on their own («الوطن», «العرب», «العربية», «الخليج»,
# «الشرق الأوسط») are not here, and «الأخبار» alone is a newspaper's name: a page may print
# its name alone over the headline.
SECTION_WORDS = keyset(
    *wordlist(
        "سياسة سياسي اقتصاد اقتصادي رياضة رياضي رياضات فن فنون ثقافة ثقافي تكنولوجيا تقنية "
        "علوم علم صحة طب محليات محلي محلية عربي دولي دولية عالمي عالمية عالم حوادث "
        "جريمة قضايا منوعات تعليم جامعات أخبار مقالات مقال آراء رأي أعمدة كتاب سياحة سفر "
        "بيئة مجتمع جهات مال أعمال بنوك بورصة أسواق طاقة سيارات اتصالات شؤون كرة قدم دوري "
        "ملاعب تحقيقات حوارات ملفات تقارير أدب سينما دراما مشاهير نجوم امرأة أسرة موضة "
        "برلمان انتخابات أمن دين إسلاميات ميديا إعلام "
        "مصر لبنان سوريا العراق الأردن فلسطين السعودية المغرب الجزائر تونس ليبيا السودان "
        "اليمن الإمارات قطر الكويت البحرين إيران تركيا أوروبا أمريكا أفريقيا آسيا"
    )
)
_SECTION_CLITICS = ("وال", "ال", "و")
_NEWSPAPER_NAMES = keyset("الأخبار")
OUTLET_CUES = (
    "الاخباريه", "اخبار", "نيوز", "news", "بوابه", "صحيفه", "جريده", "موقع", "قناه",
    "مجله", "شبكه", "وكاله", "اليوم", "تي في", "tv", "عربيه", "العربيه", ".نت", ".com",
    "اونلاين", "online", "الاهرام", "راديو", "اذاعه", "تلفزيون", "بريس", "برس", "press",
)  # fmt: skip
# What an outlet is, as the first word of its name («قناة الواحة», «إذاعة واحات الجنوب»).
OUTLET_KINDS = ("بوابه", "صحيفه", "جريده", "موقع", "وكاله", "قناه", "مجله", "شبكه", "راديو",
                "اذاعه", "تلفزيون", "منصه")  # fmt: skip
SITE_CUES = re.compile(
    rf"^(?:{'|'.join(OUTLET_KINDS)})\s"
    r"|الموقع الرسمي|(?:نيوز|news|بريس|برس|press|\.نت|\.com|\.net|اونلاين|online)$"
)
# Common given names, in `name_fold` form; used only to tell an unlabelled name line
# («محمد علي» under the headline) from a short caption.
FIRST_NAMES = frozenset(
    name_fold(n)
    for n in wordlist(
        "محمد أحمد محمود مصطفى علي حسن حسين عمر عمرو خالد إبراهيم إسماعيل يوسف طارق طه "
        "ياسر ياسين سامي سامح سمير سعيد سعد سلمان سليمان شريف شادي عادل عماد عصام فادي فاطمة "
        "فتحي كريم كمال ماجد مازن مالك مجدي مراد مروان مريم منى نهى نور نورا نادر ناصر نبيل "
        "نجلاء هاني هالة هبة هدى هشام هيثم وائل وليد ياسمين رانيا رنا ريم رشا سلمى سميرة سعاد "
        "سناء سارة أيمن إيمان أسامة أشرف أنور أمين أمينة أمل أمير أميرة جمال جميلة حازم حاتم "
        "حمدي حنان خليل دينا رامي رضا زياد زينب شيماء صلاح ضياء عبير عزة علاء غادة فريد فيصل "
        "لبنى ليلى مها منار مي نسرين نصر هند وفاء يحيى يسرا بسمة باسم بلال توفيق ثامر جلال "
        "حمزة رياض زكي سيد السيد شهد عائشة عايدة فرح فؤاد قاسم لؤي ماهر مهند نزار نضال هادي "
        "إسلام أحلام آية آمال إيهاب بهاء تامر جمعة حسام حمادة حنين خديجة دعاء رحاب رشيد رمضان "
        "رؤى سالم سها شادية صابر صفاء صبري عاطف عبير عفاف عمار غسان فاتن فراس قمر كامل لمياء "
        "ماريا مايا محسن مدحت معتز مصطفي منصور منير مينا نجيب نيرة هويدا وسام يارا يونس جورج "
        "بطرس ميشيل إلياس شيرين ريهام رحمة نرمين نيفين ولاء سمر ضحى "
        # Gulf, Iraqi, Levantine and Maghrebi given names; not those that are common words
        # too («صباح», «بدر», «نجاة», «سماح», «بشرى»), whose lines may be phrases
        "سليم حسان حسني زكريا إدريس عثمان عمران أنس معاذ بندر تركي جاسم حمد حمود راشد سعود "
        "ضاري عارف عامر عبيد عدنان عيسى غازي فهد فواز قيس لطفي مبارك متعب مشعل مشاري ناجي "
        "نايف نواف هزاع يعقوب يزيد أيوب بشار جواد جعفر حيدر زيد سجاد عباس عقيل كاظم مرتضى "
        "مهدي ميثم هاشم رضوان سفيان أنيس شكري وسيم طوني ميشال شربل إيلي جوزيف ريمون نبيه "
        "وجدي باسل بسام معن مؤيد أكرم أسعد إياد ثائر خلدون رامز زهير سامر صهيب عدي قصي مجد "
        "موسى يامن لحسن امحمد نادية حليمة كلثوم لطيفة نعيمة سلوى سوسن عبلة فدوى كوثر "
        "لينا لمى ميساء نوال هيفاء يسرى روان ريما زهراء "
        "سهى علياء فايزة مروة ناهد نجوى نهلة هيام آمنة أسماء إسراء آلاء بتول تسنيم رزان "
        "رهف سجى لجين مرام نوف وجدان أروى نبيلة جيهان داليا صفية فريدة كريمة رقية "
        "حفصة سمية نزهة ثريا بهية "
        # Sudanese and Maghrebi given names with the article (not «العربي», «الأمين»: «العربي
        # الجديد», «الأمين العام»)
        "الطاهر الهادي الطيب الصادق البشير المهدي المختار الحبيب"
    )
)
HONORIFICS = frozenset(
    name_fold(h) for h in wordlist("د. د م. م أ. أ الدكتور الدكتورة المهندس الأستاذ الكاتب")
)
FUNCTION_WORDS = frozenset(
    name_fold(w)
    for w in wordlist(
        "في من على إلى عن مع خلال حول بعد قبل أن إن التي الذي الذين هذا هذه ذلك تلك عبر ضد "
        "بين لدى منذ حتى ثم أو لا لم لن قد كان كانت قال قالت يقول اليوم أمس غدا عند عندما كما "
        "كل بعض جديد جديدة أمام وسط داخل أثناء هل كيف لماذا ماذا متى أين"
    )
)

# Spaces before a separator are matched from the start of their run only: a plain «\s*»
# before it is tried again at every space of a run the separator does not follow, which
# is quadratic in the run's length (a pasted line of 100,000 spaces took minutes). With
# `split` and `finditer` the matches are the same, since a match never ends inside a run.
SPACES_BEFORE = r"(?:(?<!\s)\s++)?"

_NAME_SPLIT = re.compile(rf"{SPACES_BEFORE}(?:[،,؛;&]|\band\b)\s*|(?<!\s)\s++و\s+")


def quoted(text: str) -> bool:
    """«الشرق الأوسط» or "النهار": a name printed between quotes."""
    return len(text) > 2 and text[0] in '«"“' and text[-1] in '»"”'


def unquote(text: str) -> str:
    return text[1:-1].strip() if quoted(text) else text


def is_agency(text: str) -> bool:
    k = bare_key(text)
    if k in AGENCIES:
        return True
    if k.startswith(("وكاله ", "الوكاله ")):
        # «وكالة أنباء موريتانية مستقلة», «وكالة إخبارية مستقلة»: what an outlet is (a motto
        # under its masthead), no agency's name («وكالة أنباء فارس», «وكالة الأنباء القطرية»)
        rest = k.split()[1:]
        rest = rest[1:] if rest[:1] == ["انباء"] else rest
        return not (rest and not rest[0].startswith("ال") and rest[0].endswith("يه"))
    # «أ ش أ», «د.ب.أ», «ا ف ب»: three or four single letters (two, «ق.و», are a desk's or
    # a reporter's initials).
    letters = [t for t in re.split(r"[\s.]+", k) if t]
    return 3 <= len(letters) <= 4 and all(len(t) == 1 and "ء" <= t <= "ي" for t in letters)


# An institution's name by its first word («وزارة الصحة», «مجموعة الواحة للضيافة»); a city
# before a desk («الرياض - المركز الإعلامي») credits no one.
INSTITUTION = re.compile(
    r"(?:ال)?(?:مجلس|وزاره|هيئه|جامعه|بلديه|امانه|مؤسسه|شركه|مجموعه|بنك|مصرف|منظمه|جمعيه"
    r"|نقابه|اتحاد|ديوان|سلطه|مركز|صندوق|نيابه|محكمه|شرطه|مديريه|الاداره العامه|مكتب|قنصليه"
    r"|سفاره)\s"
)


_REGION_WORDS = frozenset(
    bare_key(w) for w in wordlist("وادي ريف سهل جبل شمال جنوب شرق غرب وسط ضواحي")
)
_REGION_NAME = re.compile(r"ال[^\W\d_]{2,}")


_OUTLET_EPITHETS = frozenset(bare_key(w) for w in wordlist("اليوم الآن الجديد الجديدة الحدث"))


def is_city(text: str) -> bool:
    """A city's name, maybe with its epithet («كربلاء المقدسة», «النجف الأشرف»)."""
    k = bare_key(text)
    if k in CITIES:
        return True
    region, _, rest = k.partition(" ")
    if region in _REGION_WORDS and (rest in CITIES or _REGION_NAME.fullmatch(rest)):
        return True  # «وادي الأردن», «ريف دمشق», «شمال غزة»: a region by its town or name
    city, _, epithet = k.rpartition(" ")
    # (a nisba is no epithet: «القاهرة الإخبارية» is a channel)
    return (
        city in CITIES
        and epithet.startswith("ال")
        and len(epithet) > 4
        and not epithet.endswith(("يه", "ي"))
        and epithet not in _OUTLET_EPITHETS  # «كسلا اليوم», «نابلس الآن»: outlets
    )


# What an outlet says it is, under its masthead, beside its name or beside «الموقع الرسمي»:
# a noun of outlets and an adjective of what kind («الجريدة الإلكترونية لجهة بني ملال»,
# «جريدة إقليمية أسبوعية», «يومية - سياسية - مستقلة»), or a noun of outlets and nothing but
# indefinite adjectives («صحيفة رياضية يومية», «موقع إخباري مستقل»).
_OUTLET_SAYS_WHAT_IT_IS = re.compile(
    # (and a broadcaster's service in a language: «القسم العربي», «الخدمة العربية»)
    r"^(?:ال)?(?:صحيفه|جريده|مجله|موقع|بوابه|قناه|اذاعه|منصه|شبكه|نافذه|نشره|يوميه|اسبوعيه"
    r"|قسم|خدمه|نسخه)"
    r"(?: -)? (?:ال)?(?:سياسيه|الكترونيه|الكتروني|اخباريه|اخباري|رقميه|رقمي|يوميه|اسبوعيه"
    r"|شهريه|مستقله|مستقل|اقليميه|اقليمي|محليه|محلي|عربيه|عربي)"
    r"(?:\s|$)"
    r"|^(?:صحيفه|جريده|مجله|موقع|بوابه|قناه|اذاعه|وكاله|منصه|يوميه|اسبوعيه|شبكه|ملحق|بودكاست)"
    # (what the network carries: «شبكة بودكاست عربية», «منصة مدونات مستقلة»)
    r"(?: (?:بودكاست|بودكاستات|برامج|قنوات|مواقع|صحف|مدونات|اخبار|فيديو))?"
    r"(?: (?!ال)(?:[^\W\d_]+(?:يه|ي)|مستقل|مستقله|حر|حره|شامل|شامله)){1,3}$"
)


def describes_an_outlet(text: str) -> bool:
    """Whether `text` says what an outlet is rather than naming it."""
    return bool(_OUTLET_SAYS_WHAT_IT_IS.match(bare_key(text)))


def looks_like_outlet(text: str, site_key: str = "") -> bool:
    k = bare_key(text)
    if site_key and k == site_key:
        return True
    return is_agency(text) or any(cue in k for cue in OUTLET_CUES)


def quoted_outlet(text: str) -> str | None:
    """The name inside an outlet's description: «صحيفة «لو سوار دو ليون» الفرنسية» → «لو سوار
    دو ليون» (the paper's kind and country are no part of its name); None for any other text."""
    if not _QUOTED_OUTLET.fullmatch(key(text)):
        return None
    return quoted_name(text)


def quoted_name(text: str) -> str | None:
    """The first name between quotes in `text` («…», “…” or "…"), as printed."""
    name = _QUOTED_NAME.search(text)
    return name["name"].strip() if name else None


_QUOTED_OUTLET = re.compile(
    r"(?:ال)?(?:صحيفه|جريده|مجله|موقع|وكاله|قناه|شبكه|اذاعه|نشره|دوريه)\s*[«\"“][^»\"”]+[»\"”]"
    r"(?:\s+[^\W\d_]+){0,2}"
)
_QUOTED_NAME = re.compile(r"[«\"“](?P<name>[^»\"”]+)[»\"”]")


def looks_like_site(text: str) -> bool:
    return bool(SITE_CUES.search(bare_key(text)))


def section_like(text: str) -> bool:
    """A section's name by its words: one to three words of sections, regions or countries
    («سياسة», «عربي ودولي», «أخبار مصر»); «أخبار الشمال» (a site's name) is not one."""
    label = bare_key(text)
    tokens = label.split()
    if not 1 <= len(tokens) <= 3 or label in _NEWSPAPER_NAMES:
        return False
    return all(map(_section_word, tokens))


def _section_word(token: str) -> bool:
    if token in SECTION_WORDS:
        return True
    return any(
        token.startswith(clitic) and token[len(clitic) :] in SECTION_WORDS
        for clitic in _SECTION_CLITICS
    )


# «بيروت - خاص», «القاهرة - مراسلنا»: filed by the site's own staff, no outlet credited.
# «كربلاء - متابعات»: the desk's roundup of what others reported, no outlet either.
_OWN_STAFF = re.compile(
    r"^(?:خاص|حصري|حصريا|مراسلنا|مراسلتنا|مكتبنا|مندوبنا|متابعات|متابعه|exclusive"
    # (or that it ran a release it received, whose writer it does not name: «مسقط – بيان صحفي»)
    r"|بيان صحفي|بيان صحافي)(?:\s|$)"
)


def own_staff(text: str) -> bool:
    """Whether a dateline's credit says the site's own staff filed it («خاص»), or a
    release it received («بيان صحفي»): no writer named."""
    return bool(_OWN_STAFF.match(bare_key(text)))


def names_a_post(text: str) -> bool:
    """«محرر الشؤون البرلمانية», «مراسل نافذة الموصل»: a post, whoever holds it unnamed; a
    publishing system's account («admin», «editor_2»)."""
    tokens = text.split()
    if len(tokens) == 1 and _ACCOUNT.fullmatch(text.strip()):
        return True
    return 2 <= len(tokens) <= 4 and name_fold(tokens[0]) in _POSTS


_ACCOUNT = re.compile(r"[a-z][a-z0-9_.\-]{1,30}")


def name_ok(name: str, *, min_words: int = 1) -> bool:
    """Could `name` be a person's name as printed in a byline (no verbs, dates, sentences)?"""
    tokens = name.split()
    if not min_words <= len(tokens) <= 6 or any(ch.isdigit() for ch in name):
        return False
    if any(ch in name for ch in ':«»"“”!؟?|'):
        return False
    if name.rstrip().endswith(".") and len(tokens[-1].strip(".")) > 2:
        return False
    if is_team(name):
        return False  # «فريق الأفق الرياضي», «قسم الأخبار»: a desk, no person
    if name.strip().lower() in _ACCOUNTS:
        return False  # «الكاتب : admin»: a portal's account, no one
    if name_fold(tokens[0]) in _POSTS:
        return False  # «مراسل نافذة الموصل»: a post, its holder unnamed
    return not any(name_fold(t.strip(".،,")) in FUNCTION_WORDS for t in tokens)


# A reporter's post before whose it is: whoever holds it is not named.
_POSTS = frozenset(
    name_fold(w) for w in wordlist("مراسل مراسلة مندوب مندوبة موفد موفدة محرر محررة")
)
_ACCOUNTS = frozenset({"admin", "administrator", "webmaster", "editor", "moderator", "root"})
_TEAMS = frozenset(
    name_fold(w)
    for w in wordlist(
        "فريق قسم القسم وحدة أسرة هيئة مكتب غرفة المركز لجنة دار المحرر خدمة إدارة دائرة "
        "مديرية شعبة خلية مندوبنا مندوبتنا مراسلنا مراسلتنا محررنا محررتنا "
        # «إعلام النادي», «الإعلام الرياضي»: a body's media office
        "إعلام الإعلام "
        # with the article too («المكتب الإعلامي»; not «الفريق», an officer's rank)
        "المكتب الإدارة المديرية اللجنة الخلية الشعبة الدائرة الوحدة الخدمة "
        # a Kurdistan site's desk in Sorani: «بەشی هەواڵ» (the news section)
        "بەشی"
    )
)


def is_team(text: str) -> bool:
    """A newsroom's team or desk («فريق التحرير», «قسم الأخبار», «تحرير الموقع»), no
    person."""
    first = text.split()[:1]
    if not first:
        return False
    return name_fold(first[0]) in _TEAMS or _THE_OUTLETS_DESK.match(bare_key(text)) is not None


# «تحرير الموقع», «تحرير الصحيفة»: the outlet's editors, by its kind
_THE_OUTLETS_DESK = re.compile(rf"^تحرير ال(?:{'|'.join(OUTLET_KINDS)})$")


def name_shaped(text: str) -> bool:
    """Two to four words that may be a person's name: no function word, digit or sentence
    end, and no definite first word («مشهد عام للمدينة» may be; «الرئيس يلقي كلمته» not)."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 4 or ends_sentence(text) or tokens[0].startswith("ال"):
        return False
    return name_ok(text, min_words=2)


def split_names(text: str) -> list[str]:
    """«محمد علي وسارة حسن» / «محمد علي، سارة حسن» → both names, in byline order."""
    text = text.strip(EDGE_JUNK.replace(".", ""))
    parts = [p.strip() for p in _NAME_SPLIT.split(text) if p and p.strip()]
    if len(parts) == 1:
        # «محمد علي وسارة حسن»: split before a و-prefixed word only when both halves are
        # full names, so «محمد وليد» (one person) stays whole.
        tokens = text.split()
        for i in range(2, len(tokens) - 1):
            # «محمد الأمين ولد سيدي»: «ولد» (son of) joins a Mauritanian name, like «بن»
            if tokens[i].startswith("و") and len(tokens[i]) > 2 and tokens[i] != "ولد":
                first, second = " ".join(tokens[:i]), " ".join([tokens[i][1:], *tokens[i + 1 :]])
                if name_ok(first, min_words=2) and name_ok(second, min_words=2):
                    return [first, *split_names(second)]
    return parts


_CHAIN_WORDS = frozenset({"بن", "ابن", "بنت", "ولد"})


def person_like(text: str) -> bool:
    """An unlabelled line that reads as one or more people's names («د. محمد علي»)."""
    if ends_sentence(text) and not text.rstrip().endswith("."):
        return False
    names = split_names(text)
    if not names:
        return False
    for name in names:
        tokens = [t for t in name.split() if name_fold(t) not in HONORIFICS]
        # (a chain of fathers' names is longer: «محمد الأمين ولد سيدي محمد»)
        longest = 6 if any(t in _CHAIN_WORDS for t in tokens) else 4
        if not 2 <= len(tokens) <= longest or not name_ok(name):
            return False
        first = name_fold(tokens[0])
        if (
            first not in FIRST_NAMES
            and normalize(tokens[0]) not in FOREIGN_GIVEN_NAMES
            and not first.startswith(("عبد", "ابو", "أبو"))
            and not signed_with_initial(name)
        ):
            return False
    return True


def adjective_last(name: str) -> bool:
    """The last word an indefinite feminine adjective the language writes («رؤى عالمية»,
    «آفاق عربية»): an outlet named by words, not a person (a family name so shaped is no
    word: «محمد عطية»)."""
    tokens = name.split()
    last = normalize(tokens[-1]) if tokens else ""
    return (
        last.endswith(("يه", "ية")) and not last.startswith("ال") and ambiguity(last) != NOT_A_WORD
    )


def fathers_name_last(name: str) -> bool:
    """Two or three words ending with a given name the lists know: a person named the
    Iraqi and Kurdish way, by their father's given name («ريبوار كريم»)."""
    tokens = name.split()
    return 2 <= len(tokens) <= 3 and name_fold(tokens[-1]) in FIRST_NAMES and name_ok(name)


def family_name_last(name: str) -> bool:
    """Two or three words, the last a family name that is no word of the language: a
    definite form whose bare form is not written («الإدريسي», «الزعبي»; never «البلد» or
    «الجنوبي», which lose their article freely), after a first word without one. A person
    whose given name no list knows («حسناء الإدريسي»), not an outlet of common words."""
    tokens = name.split()
    if not 2 <= len(tokens) <= 3 or tokens[0].startswith("ال") or not name_ok(name):
        return False
    last = normalize(tokens[-1])
    return last.startswith("ال") and ambiguity(last) == NOT_A_WORD


def foreign_name(name: str) -> bool:
    """Two or three words none of which the language writes otherwise, without the article
    («لوسيا مارتين غاريدو», «أنجلي مينون»): a foreign person's name transliterated, where an
    outlet's name is made of words («عنب بلدي») or has an outlet's cue («سكاي نيوز»)."""
    tokens = name.split()
    return (
        2 <= len(tokens) <= 3
        and name_ok(name)
        and not any(t.startswith("ال") for t in tokens)
        and all(ambiguity(normalize(t)) == NOT_A_WORD for t in tokens)
        and not looks_like_outlet(name)
    )


def signed_with_initial(name: str) -> bool:
    """«ع. بوزيد»: an initial for the given name and the family name, the way Maghrebi
    papers sign."""
    tokens = name.split()
    if len(tokens) != 2 or not name_ok(name):
        return False
    # (or the given name in full and the family name's initial: «مراد. ق»)
    given = name_fold(tokens[0].rstrip(".")) in FIRST_NAMES
    return _INITIAL.fullmatch(tokens[0]) is not None or (
        given and _INITIAL.fullmatch(tokens[1].rstrip(".") + ".") is not None
    )


_INITIAL = re.compile(r"[\u0621-\u064a]\.")


def reporter_like(text: str) -> bool:
    """A credit beside a city or an agency that names its reporters («فهد العتيبي - كونا»,
    «بيروت - جاد نصر الله:»): people by their first names (`person_like`), or two to four
    words shaped as an Arab name, its last word a family name with the article, whose first
    word opens no place's name («شرم الشيخ», «دير الزور», «لوس أنجليس») and no one's post
    or a source («مصدر مسؤول», «وزير الخارجية»)."""
    if person_like(text):
        return True
    tokens = text.split()
    return (
        name_shaped(text)
        and name_fold(tokens[-1]).startswith("ال")
        and name_fold(tokens[0]) not in _NO_REPORTER
        and not is_city(text)
        and not own_staff(text)
    )


# First words of places' names and of posts or sources: no reporter's name opens so.
_NO_REPORTER = frozenset(
    name_fold(w)
    for w in wordlist(
        "شرم رأس عين دير كفر بني أم سيدي خميس بئر جبل وادي تل حي مدينة محافظة ولاية منطقة "
        "قرية مخيم جزيرة ميناء مطار مصدر مصادر مراسل مراسلة مندوب موفد وزير رئيس مدير متحدث "
        "ناطق بيان مكتب"
    )
    # (an outlet's kind: «قناة الواحة – وات» is the channel running the agency's copy)
) | frozenset(map(name_fold, OUTLET_KINDS))


# --- Pasted text ------------------------------------------------------------------------

_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]{0,500})?/?>")
_BLOCK_TAG = re.compile(
    r"<\s*+/?\s*+(?:p|div|br|li|h[1-6]|tr|section|article|header|footer|figure|figcaption"
    r"|blockquote)\b[^<>]{0,500}>",
    re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,10});")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f\ud800-\udfff]")
_NEWLINES = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_STRIP = (
    " \t\n\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u202f\u205f\u3000"
    "\u2066\u2067\u2068\u2069\ufeff"
)


def _drop_between(text: str, opening: str, closing: str) -> str:
    """Remove every `opening ... closing` span (script bodies, comments) in one pass."""
    lower = text.lower()
    out: list[str] = []
    pos = 0
    while True:
        start = lower.find(opening, pos)
        if start < 0:
            break
        end = lower.find(closing, start + len(opening))
        if end < 0:
            break
        out.append(text[pos:start])
        pos = end + len(closing)
    out.append(text[pos:])
    return "".join(out)


def _clean_html(text: str) -> str:
    """Pages copied with their markup: drop tags, scripts and comments, decode entities."""
    if "<" in text:
        for opening, closing in (("<!--", "-->"), ("<script", "</script>"), ("<style", "</style>")):
            text = _drop_between(text, opening, closing)
        text = _TAG.sub("", _BLOCK_TAG.sub("\n", text))
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)
    return text


def page_lines(text: str) -> list[str]:
    """The page's non-blank lines, trimmed, without markup, control characters or NULs;
    CRLF, CR and Unicode line separators all end a line. A paragraph a mobile copy wrapped
    over short lines is one line again (`_unwrapped`)."""
    text = _CONTROL.sub("", _NEWLINES.sub("\n", _clean_html(text)))
    lines: list[str] = []
    for block in _BLANK_LINES.split(text):
        kept = [line for raw in block.split("\n") if (line := raw.strip(_STRIP))]
        lines += _labels_joined(_unwrapped(_dehyphenated(kept)))
    return lines


def _labels_joined(block: list[str]) -> list[str]:
    """A writer's label a narrow screen printed alone over the name is one line with it
    again («بقلم» / «نادين فؤاد الصباغ» → «بقلم: نادين فؤاد الصباغ»), as a byline reads."""
    joined: list[str] = []
    for line in block:
        label = joined[-1].rstrip(":： ") if joined else ""
        if label in _WRITERS_LABELS and name_shaped(line) and words(line) <= _NAME_WORDS:
            joined[-1] = f"{label}: {line}"
        else:
            joined.append(line)
    return joined


_WRITERS_LABELS = frozenset({"بقلم", "كتب", "كتبت", "إعداد", "اعداد", "بواسطة", "تقرير", "تحرير"})
_NAME_WORDS = 5


_BLANK_LINES = re.compile(r"\n[ \t\u00a0]*\n")
# A wrapped paragraph's lines: a few words each, as a narrow screen breaks them.
_WRAPPED_WORDS = (3, 12)
_WRAPPED_MIN_LINES = 3
_WRAPPED_EVENNESS = 0.7


def _dehyphenated(block: list[str]) -> list[str]:
    """A word a printed page's column broke with a hyphen is one word again («الدو-» /
    «رية للمباني» → «الدورية للمباني»)."""
    joined: list[str] = []
    for line in block:
        # (a column's line of words: «أ+ أ-» over «طباعة» are buttons)
        column = joined and len(joined[-1].split()) >= _COLUMN_WORDS
        if column and _BROKEN_WORD.search(joined[-1]) and _ARABIC_START.match(line):
            joined[-1] = joined[-1][:-1] + line
        else:
            joined.append(line)
    return joined


_BROKEN_WORD = re.compile(r"[\u0621-\u064a]{2}-$")
_COLUMN_WORDS = 4
_ARABIC_START = re.compile(r"[\u0621-\u064a]")


def _in_two_languages(line: str) -> bool:
    """A label printed with its translation around a dash or a bar («Benzer Haberler –
    أخبار مشابهة»): a heading, never a wrapped paragraph's line."""
    halves = _TWO_HALVES.split(line)
    return len(halves) == 2 and any(
        _LATIN_WORD.search(h) and not _ARABIC_START.search(h) for h in halves
    )


_TWO_HALVES = re.compile(r"\s[-–—|]\s")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]{2}")


def _unwrapped(block: list[str]) -> list[str]:
    """A block of three or more lines of a few words each and about one width, none ending a
    sentence but the last, which does («أعلنت مكتبة الإسكندرية إطلاق مشروع» / «جديد لرقمنة
    …» / «… المقبلين.»), is one paragraph wrapped by the page: joined. Any other block stays
    as it is."""
    if len(block) < _WRAPPED_MIN_LINES or not ends_sentence(block[-1]):
        return block
    low, high = _WRAPPED_WORDS
    for line in block:
        if not low <= words(line) <= high or line[:1] in "-–—•·*" or _in_two_languages(line):
            return block
    if any(ends_sentence(line) or line.rstrip().endswith((":", "：")) for line in block[:-1]):
        return block
    # Broken at one width: the lines before the last are about as long as each other (a
    # site's name, a headline and a byline are not).
    widths = [len(line) for line in block[:-1]]
    if min(widths) < _WRAPPED_EVENNESS * max(widths):
        return block
    return [" ".join(block)]


# --- Sentences ---------------------------------------------------------------------------

# Tried from the start of a run of marks only (as a whole: no shorter run can end a sentence
# where the whole run does not), so a long run of «؟» is read once, not once per mark.
_SENTENCE_END = re.compile(r"(?<![.!?؟])([.!?؟]++)(?![.\d])(?=[\s\"'»”“)\]]|$)")


def first_sentence(text: str, limit: int = 300) -> str:
    """The paragraph's first sentence, or its first `limit` characters cut at a word."""
    window = text[: limit + 1]
    for match in _SENTENCE_END.finditer(window):
        before = window[: match.start()].split()
        last = before[-1] if before else ""
        if match[1] == ".." or (match[1] == "." and (len(last) == 1 or "." in last)):
            continue  # «..» is a pause, «د.» an abbreviation
        end = match.end()
        while end < len(text) and text[end] in "\"'»”)]":
            end += 1
        return text[:end].strip()
    if len(text) <= limit:
        return text.strip()
    cut = window.rfind(" ", 0, limit)
    return window[: cut if cut > 0 else limit].rstrip(" ،,؛;:-–—")
