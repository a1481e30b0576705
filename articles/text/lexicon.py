"""Closed word classes the entity matcher reads around a candidate mention.

These are grammar words and generic nouns (prepositions, kind nouns, titles, speech verbs),
not entity names: they are what a careful reader uses to tell «في حلب» (Aleppo) from «حلب
الأبقار» (milking). Lists are written as ordinary Arabic and normalised at import, and are
compared with a neighbouring word after its conjunction و/ف is removed.
"""

from __future__ import annotations

from articles.text.dates import EGYPTIAN_MONTHS, LEVANTINE_MONTHS, MAGHREBI_MONTHS
from articles.text.normalize import normalize


def _words(text: str) -> frozenset[str]:
    return frozenset(normalize(text).split())


# Closed-class words: a gazetteer form equal to one of these (لولا, "had it not been for")
# is accepted only when another form of the same entity confirms it in the article.
FUNCTION_WORDS = _words(
    """
    لولا لوما لو إذا إذ إن أن لكن ما من هل كي لكي حتى لما بل ثم أو أم قد لقد لم لن لا ليس
    ليت لعل كان كانت هذا هذه ذلك تلك هؤلاء هو هي هم هن نحن أنا أنت الذي التي الذين متى أين
    كيف كم أي إلا غير سوى كل بعض عند مع بين على في عن إلى منذ مثل نحو يا أيها بينما حيث إذن
    أجل نعم كلا اليوم أمس غدا الآن هنا هناك لدى لذا لذلك كما أما إما ربما
    """
)

# Words that, directly before a single-word name, mean it is not in a construct (idafa) with a
# common noun: prepositions, subordinators, negation and other particles.
PARTICLES = FUNCTION_WORDS | _words(
    """
    خلال داخل خارج قرب حول ضد بعد قبل أمام وراء تجاه إزاء دون فوق تحت عبر لأن بأن وأن كأن
    و ف باستثناء جانب حسب بحسب وفق
    """
)

# Grammar words that stand before a subject or a predicate, not before a place: «وهي جدة
# أليس» (her grandmother), «هناك صور لجماهير» (pictures).
NO_PLACE_LICENSORS = _words("هو هي هم هن نحن أنا أنت كان كانت ليس هذا هذه ذلك تلك هؤلاء هنا هناك")

# Licensors of a place name: prepositions and the nouns that take a place as their genitive
# («في روما»، «شمال سوريا»، «حكومة الأردن»، «سكان بيروت»، «وزير خارجية قطر»).
PLACE_CONTEXT = (PARTICLES - NO_PLACE_LICENSORS) | _words(
    """
    أنحاء شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي ضواحي أطراف حدود ربوع أرجاء ريف
    مدن مناطق منطقة عاصمة العاصمة حكومة سكان أهالي أهل شعب سفير سفارة سفراء قنصلية جيش
    رئيس رئيسة ملك أمير سلطان ولي ولاية الولاية محافظة المحافظة مدينة المدينة دولة الدولة
    إمارة الإمارة مملكة المملكة جمهورية الجمهورية إقليم الإقليم بلدة قرية جزيرة الجزيرة
    بلاد زيارة وصل وصول غادر مغادرة وزير وزيرة وزراء وزارة خارجية داخلية دفاع برلمان
    نواب مجلس منتخب ميناء مطار موانئ شوارع شارع أحياء حي أسواق سوق جامعة اقتصاد عملة
    بورصة شرطة قوات سماء أراضي أرض مياه سواحل ساحل حدود أمن رئاسة نظام سلطات
    ملف قضية أزمة مستقبل سيادة استقرار أمن لاجئي مواطني
    نهر بحيرة وادي جهة قطاع مخيم ضاحية مرتفعات إمبراطورية أعالي فندق منتخب عاهل مندوب
    مدينتي مدينتا محافظتي محافظتا بلدتي بلدتا قريتي قريتا ولايتي ولايتا منطقتي منطقتا
    """
)  # (the last line: duals in construct before two places, «في مدينتي صور والنبطية»)
# The parts of a river: a place's name after one is the river's («ضفاف النيل», «دلتا النيل»).
RIVER_PARTS = _words("ضفاف ضفة ضفتي مجرى حوض دلتا مصب منابع منبع روافد فيضان فيضانات")
# What a river's description calls it.
RIVER_WORDS = _words("نهر أنهار رافد روافد")

# A president named by his title («الرئيس اليمني»), and the noun that makes it another
# office, the deputy's («نائب الرئيس اليمني»)
PRESIDENT_TITLES = _words("الرئيس رئيس")
DEPUTY_NOUNS = _words("نائب نائبا نائبي نواب")
# Persons are licensed by a title or role noun directly before the name («الرئيس ماكرون»).
PERSON_TITLES = _words(
    """
    الرئيس رئيس الرئيسة رئيسة الملك الملكة الأمير الأميرة الشيخ الشيخة السلطان الوزير وزير
    وزيرة الوزيرة الوزراء المستشار المستشارة النائب السيناتور الجنرال المشير اللاعب اللاعبة
    النجم النجمة المدرب الفنان الفنانة الكاتب الكاتبة الدكتور السيد السيدة البابا الإمام
    القائد الزعيم زعيم زعيمة المرشح المرشحة نظيره نظيرته المتحدث المتحدثة حاكم الحاكم
    العاهل المبعوث المندوب السفير السفيرة الصحفي الصحفية الكابتن المهاجم الحارس المدافع
    إدارة أسرة عائلة نظام عهد حكومة والد زوجة شقيق
    """
)

# What a person is called before the name a facility takes from them («الزعيم النقابي فرحات
# حشاد», «الشيخ زايد», «الراحل …»): the person, not the hospital or the stadium.
EPONYMS_TITLES = _words(
    """
    الشيخ الزعيم الرئيس الملك الأمير السلطان الإمام العلامة الفيلسوف الطبيب العالم الشاعر
    المناضل الراحل الراحلة الشهيد المغفور
    """
)

# Titles of address and callings before a person's name, seldom a verb's subject before its
# object (as a ruler's or a player's is: «زار الرئيس مصر»).
HONORIFIC_TITLES = _words(
    """
    السيد السيدة الدكتور الدكتورة المهندس المهندسة الأستاذ الأستاذة السفير السفيرة الشاعر
    الشاعرة الفنان الفنانة المحامي المحامية
    """
)

# Organizations and events are licensed by their kind noun («حركة فتح»، «نادي الاتحاد»).
ORGANIZATION_HEADS = _words(
    """
    حركة الحركة نادي النادي شركة الشركة منظمة المنظمة وزارة الوزارة مجموعة المجموعة حزب
    الحزب جمعية الجمعية هيئة الهيئة وكالة الوكالة بنك البنك مصرف المصرف جامعة مؤسسة اتحاد
    مجلس صندوق تحالف جبهة فريق الفريق قناة صحيفة قناتي قناتا صحيفتي صحيفتا
    ناديا ناديي فريقا فريقي حزبا حزبي
    مراسل مراسلة مراسلو مذيع مذيعة تلفزيون التلفزيون إذاعة شبكة موقع فضائية محطة جريدة
    صفوف قبيلة القبيلة قبائل عشيرة العشيرة عشائر
    """
)
# Kind nouns that name the same kind of thing: «فريق الهلال» is «نادي الهلال», «جريدة الوطن»
# is «صحيفة الوطن»; «نادي النهضة» is not «حركة النهضة» (`mention_rules.judge`).
KIND_NOUN_GROUPS = tuple(
    _words(group)
    for group in (
        "نادي فريق منتخب ناديا ناديي فريقا فريقي",
        "حركة حزب تيار جبهة تحالف حزبا حزبي",
        "صحيفة صحيفتي صحيفتا جريدة مجلة موقع",
        "قناة قناتي قناتا فضائية تلفزيون شبكة محطة إذاعة",
        "شركة مجموعة مؤسسة",
        "بنك مصرف صندوق",
        "منظمة هيئة وكالة اتحاد جمعية مجلس",
        "جامعة كلية معهد",
        "معرض مهرجان منتدى مؤتمر قمة حفل",
        "بطولة كأس دورة",
        # («قبيلة مطير»: the tribe is «مطير», the noun only says what it is)
        "قبيلة قبائل عشيرة عشائر",
    )
)
# The plurals of kind nouns, which announce names of that kind in a list («أحزاب مدنية
# كالدستور والكرامة», «قنوات أخرى مثل الجزيرة»), each with a kind noun of its group.
KIND_PLURALS = {
    plural: normalize(singular)
    for singular, plurals in (
        ("حزب", "أحزاب حركات تيارات تنظيمات فصائل جماعات"),
        ("قناة", "قنوات فضائيات محطات إذاعات شبكات"),
        ("صحيفة", "صحف جرائد مجلات مواقع"),
        ("نادي", "أندية نوادي فرق منتخبات"),
        ("شركة", "شركات مجموعات مؤسسات"),
        ("بنك", "بنوك مصارف صناديق"),
        ("منظمة", "منظمات هيئات وكالات جمعيات مجالس"),
        ("جامعة", "جامعات كليات معاهد"),
        ("مهرجان", "مهرجانات معارض مؤتمرات منتديات"),
    )
    for plural in _words(plurals)
}
# The words that open such a list's items after the plural: «مثل», «منها», «بينها».
LIST_OPENERS = _words("مثل منها بينها أبرزها خاصة")
# Nouns of a place: a name after one is a place's, not a newspaper's or a club's («منطقة
# الأهرام»، «حي الزمالك»، «أطلال بيرسبوليس»).
PLACE_NOUNS = _words("منطقة حي قرية بلدة ضاحية مدينة أطلال آثار بلاد سوق")
# A town's quarters, named far less often than the common word a name of theirs may be
# («الصحافة» "the press", a district of Riyadh).
DISTRICT_NOUNS = _words("حي ضاحية")
# What names a quarter whose name is a common word: its own noun, or an area's («منطقة العيون»)
QUARTER_NOUNS = DISTRICT_NOUNS | _words("منطقة")
# Common nouns of places a place is listed with («تضرب اليمن والمنطقة», «مصر والعالم»): the
# list is of places, not of common nouns.
PLACES_AT_LARGE = _words("منطقة عالم خارج جوار إقليم بلاد دول دولة محافظة مدن قارة")
# «بلاد الشام» is the Levant, «بلاد الرافدين» Mesopotamia: a region's name, whatever city or
# company has the second word for an alias.
LANDS_NOUNS = _words("بلاد")
# (Role nouns, مراسل، صفوف, are no kind nouns: they take an organization of any kind.)
KIND_NOUNS = frozenset().union(*KIND_NOUN_GROUPS)
# Clubs and teams: a sports article names several by their short names.
TEAM_NOUNS = KIND_NOUN_GROUPS[0]
# Who belongs to a club, and what it plays: a club's short name after one is the club
# («مهاجم القادسية»، «لاعب المحرق»، «فريقه السد»، «مباريات الأخضر»).
TEAM_ROLES = _words(
    """
    لاعب لاعبو لاعبي مدافع مهاجم حارس مدرب جماهير جمهور مشجعو مشجعي فريقه فريقها ناديه
    ناديها مباراة مباريات
    """
)
EVENT_HEADS = _words(
    """
    معرض المعرض مهرجان المهرجان بطولة البطولة كأس قمة القمة مؤتمر المؤتمر دورة الدورة منتدى
    المنتدى انتخابات حفل جائزة الجائزة جوائز
    """
)

# Military and police ranks: before a name they are that officer's («العميد يوسف الغتم»),
# whatever club or player is nicknamed so.
RANKS = _words("العميد اللواء العقيد المقدم الرائد النقيب الملازم المشير الفريق العماد")

# The prayers that name the times of day: after a word of time they are that time
# («قبيل المغرب», «بعد العصر»), not Morocco or a newspaper.
PRAYER_TIMES = _words("المغرب العصر الفجر الظهر العشاء")
TIME_BEFORE_A_PRAYER = _words("قبل قبيل بعد بعيد عقب حتى وقت موعد صلاة أذان")

# The points of the compass: what follows them is a place («شمال غرب الأناضول»).
DIRECTIONS = _words("شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي")

# A street named after a body or a building («شارع الأزهر», «شارع جامعة الدول العربية»).
STREET_NOUNS = _words("شارع طريق ميدان جادة")

# A competition named after its sponsor: «دوري روشن», «دوري أدنوك للمحترفين».
COMPETITION_HEADS = _words("دوري الدوري كأس بطولة")

# Speech and reporting verbs license a person or organization as their subject
# («قال ماكرون»، «أعلنت مايكروسوفت»); «المتحدث باسم الكرملين» is licensed by باسم.
SPEECH_VERBS = _words(
    """
    قال قالت يقول تقول أكد أكدت يؤكد تؤكد أعلن أعلنت يعلن تعلن أوضح أوضحت أضاف أضافت صرح
    صرحت ذكر ذكرت أشار أشارت كتب كتبت غرد غردت دعا دعت حذر حذرت رأى رأت يرى ترى أفاد أفادت
    نفى نفت اعتبر اعتبرت شدد شددت طالب طالبت وصف وصفت رد ردت علق علقت أقر أقرت اعترف اعترفت
    هنأ هنأت باسم
    """
)
# What is said, and by whom, to an outlet: «في تصريح لـ«…»», «مصادر محلية لـ«…»»
SPEECH_NOUNS = _words("تصريح تصريحات حديث مصدر مصادر رسالة مقابلة حوار")
PERSON_VERBS = _words("التقى التقت استقبل استقبلت زار زارت")
# A report's verbs in the present, as a text's subject takes them («ويضيف التقرير»).
REPORTING_VERBS = _words("يضيف تضيف يذكر تذكر يشير تشير يوضح توضح")
# Common nouns that say things themselves, subjects of a speech verb as often as a body is:
# «وقال البيان» is the statement, not the paper «البيان»; «وأضاف التقرير».
SPEAKING_NOUNS = _words(
    """
    البيان التقرير الخبر الدراسة الرسالة الوثيقة النص القرار المرسوم الإعلان البلاغ المصدر
    المصادر الكتاب المقال الاستطلاع المسح الحكم التحقيق الملخص الموقع
    """
)

# Subordinators introduce a subject noun of any kind («أن فرنسا تدعم»).
SUBORDINATORS = _words("أن إن لأن لكن بأن وأن كأن")

# A person's name right after one of these is a place named after them (eponym): «مدينة
# الملك عبدالله الرياضية» is a stadium, not the king.
FACILITY_WORDS = _words(
    """
    مدينة ملعب استاد ستاد شارع طريق جادة جامعة مطار مستشفى مسجد جامع كنيسة جائزة مؤسسة مركز
    قاعة ميناء جسر مدرسة كلية معهد ساحة ميدان حديقة متحف مكتبة برج قصر مجمع صالة قاعدة سد
    محطة نفق منتزه منحة كرسي وسام ضاحية بوابة حي بوليفارد ممشى كورنيش مسرح مركب دار محمية
    منتجع غابة مستوصف ثانوية
    مخطط مخططات باب تقاطع دوار كوبري متنزهات حدائق شوارع
    """
)
# What an entity's description may open with when the entity stands in one place (a town, a
# building): another «في» place for it in an article means a namesake.
SETTLEMENT_NOUNS = _words("مدينة بلدة قرية عاصمة مسجد جامع كنيسة دير قلعة معبد مقام ضريح")
# A water body's or a landform's noun: what follows it names the feature, after a town it is
# named for («خليج سرت», «حوض غدامس», «بحيرة الأسد»), never the town itself.
LANDFORM_WORDS = _words("خليج حوض بحيرة مضيق قناة رأس جبل سهل هضبة")
# What a description calls a town, and water: a landform's noun before a town's name names the
# feature, before a river's or a lake's it is the water's own («حوض النيل»).
TOWN_NOUNS = _words("مدينة بلدة قرية واحة")
WATER_NOUNS = _words("نهر أنهار بحيرة بحر رافد")
# Outlets named after a place: the place in their name is the newspaper's or the channel's
# («صحيفة الرياض»، «قناة الكويت»), not a mention of the place itself. (A facility named after
# a city, «مطار عدن», «ميناء جدة», stands in it: ANERcorp counts the city there.)
OUTLET_NOUNS = _words("صحيفة جريدة مجلة قناة إذاعة")
# Institutions named after the place they serve: «بنك إنجلترا», «جامعة القدس», «محكمة جنايات
# القاهرة» name the bank, the university, the court; ANERcorp tags the whole name, not the
# place in it. (An airport's, a port's or an exchange's city it does tag.) So do clubs named
# after their town: «شباب الأردن», «شبيبة القبائل», «مولودية الجزائر» (no held-out set, nor
# ANERcorp's train split, nor 4,303 SaudiNewsNet articles read «شباب» + a place as its youth),
# and any club or team by its town's name: «نادي الكويت», «فريق الحد» (ANERcorp tags «قطر» in
# «نادي قطر» once, where three held-out sets' golds read the club).
INSTITUTION_NOUNS = _words(
    "بنك مصرف جامعة كلية معهد محكمة جنايات استئناف شباب شبيبة مولودية نادي فريق منظمة"
)
# Establishments named after their town, never a club's: «جامعة ليفربول» is no club's
# university (where «مجلس الزمالك» is the club's board, «جماهير الهلال» its fans)
ESTABLISHMENT_NOUNS = _words("بنك مصرف جامعة كلية معهد محكمة مستشفى متحف مطار ميناء")
# A department's noun: what follows is its field («قسم العمارة»), seldom a place.
DEPARTMENT_NOUNS = _words("قسم أقسام شعبة")
# A venue named after its town, with an adjective or a «لل…» phrase that makes the name a
# proper one: «ستاد عمّان الدولي», «مركز مصر للمعارض الدولية», «قاعة الرياض الكبرى». (An
# airport's, a port's or a fair's city ANERcorp tags: «مطار القاهرة الدولي», «معرض طهران
# الدولي للكتاب».)
VENUE_NOUNS = _words("ستاد استاد ملعب مركز قاعة صالة مسرح مجمع قصر")
NAME_QUALIFIERS = _words("الدولي الدولية الكبير الكبرى الأولمبي الأولمبية الرياضي الرياضية")
# Nouns of someone's counterpart or rival: with a pronoun, the nisba after one is his origin
# («نظيره السوداني»، «ضيفه المصري»).
PEER_NOUNS = _words("نظير نظيرة نظراء زميل زميلة زملاء منافس غريم ضيف مضيف شريك حليف")
# Nouns only a country takes: a town's name after one is a country's («منتخب تونس» is not a
# village called Tunis).
COUNTRY_NOUNS = _words("منتخب منتخبا سفارة سفارات سفير سفيرة سفراء جمهورية مملكة سلطنة")
# Nouns of places that are land and water, not a town or a province: a province's noun
# before one's name is another place named after it («ولاية النيل الأزرق» is not the river).
NATURAL_PLACE_NOUNS = _words("نهر بحيرة جبل جبال بحر وادي صحراء جزيرة خليج مضيق")
PROVINCE_NOUNS = _words("ولاية محافظة مديرية إقليم إمارة بلدية")
# What a country's description opens with: after a province's or a river's noun its name is
# a state's or a river's named like it («ولاية جورجيا»، «نهر النيجر»).
STATE_NOUNS = _words("دولة بلد مملكة جمهورية سلطنة إمارة")
# Words between a locative and the place it names: «بريف إدلب»، «في مدينة حلب».
REGION_NOUNS = _words("ريف محافظة مدينة ولاية منطقة قضاء بلدة قرية ضواحي شمال جنوب شرق غرب وسط")
# Nouns of works: a title in guillemets after one names the work («رواية «بين القصرين»»).
WORK_NOUNS = _words(
    """
    رواية روايات مسلسل مسلسلات فيلم أفلام أغنية أغنيات أغاني قصيدة قصائد ديوان كتاب
    مسرحية مسرحيات ألبوم برنامج عنوان الجزء لوحة قراءة نشيد أنشودة
    """
)
# A facility noun after one of these prepositions is half of a compound preposition («عن
# طريق كريستيانو رونالدو» = "by way of"), which names no facility.
COMPOUND_PREPOSITION_HEADS = {normalize("طريق"): _words("عن")}

# Roles in sport: a person a description gives none of these words is not the one after them
# («المدرب خورخي داسيلفا» is no president of Brazil).
SPORTS_ROLES = _words("المدرب المدربة اللاعب اللاعبة المهاجم المدافع الحارس الحكم")
SPORTS_WORDS = _words("مدرب لاعب لاعبة مهاجم مدافع حارس حكم كرة نادي منتخب رياضي رياضية فريق")
# The words that say an article is on sport at all (a club's name there is the club's).
SPORT_TOPIC_WORDS = SPORTS_WORDS | _words("مباراة مباريات الدوري دوري هدف أهداف ملعب لقب بطولة")
# ...of which these are an aim as often as a goal («هذا الهدف», «أهداف البرنامج»).
AIMS = _words("هدف أهداف")
# The words that name a match's opponent: «أمام الفتح», «ضد الشباب».
OPPONENT_WORDS = _words("أمام ضد")
# Who belongs to a team, before its name in a story of sport («مدرب الفتح», «جماهير الشباب»).
TEAM_ROLE_WORDS = _words(
    "مدرب ومدرب لاعب لاعبو لاعبي مهاجم مدافع حارس جماهير جمهور مضيفه ضيفه غريمه جاره منافسه"
)
# What follows a team's name in the league's table, in a story of sport («عن الهلال صاحب
# المركز الثاني», «عن النصر الثالث», «الاتحاد المتصدر»).
STANDINGS_WORDS = _words("صاحب المتصدر الوصيف الثاني الثالث الرابع الخامس السادس السابع الثامن")
# The prepositions that put something in a town («في برشلونة»، «القريب من الرمثا»).
TOWN_PREPOSITIONS = _words("في إلى من قرب داخل نحو")
# A man of religion's titles, which his description would tell («الإمام محمد عبده»; not
# «الشيخ», also a Gulf ruler's).
RELIGIOUS_TITLES = _words("الإمام المفتي العلامة الفقيه الداعية")
RELIGIOUS_WORDS = _words(
    "إمام الإمام مفتي المفتي علامة فقيه داعية شيخ الشيخ ديني دينية الدين الأزهر مصلح إصلاح "
    "عالم علماء الإسلام الإسلامي الإسلامية الشريعة"
)
# A public figure is not introduced by these: «المزارع محمود درويش» is a farmer of the poet's
# name. (Professions that public figures have, الكاتب، اللاعب، الفنان, are titles.)
COMMONER_ROLES = _words(
    """
    المزارع المزارعة الفلاح التاجر البائع البائعة السائق الطالب الطالبة العامل العاملة
    المواطن المواطنة الصياد الراعي الموظف الموظفة المتقاعد الطفل الطفلة المسن المسنة
    الحرفي النجار الحداد الخباز الحلاق الممرض الممرضة
    """
)
# How old such a person is, between the role and the name («الصياد الستيني أبو علي»)
AGE_ADJECTIVES = _words(
    """
    العشريني العشرينية الثلاثيني الثلاثينية الأربعيني الأربعينية الخمسيني الخمسينية
    الستيني الستينية السبعيني السبعينية الثمانيني الثمانينية التسعيني التسعينية الشاب الشابة
    العجوز
    """
)

# ...and right after one of these it is part of another person's name (patronymic, kunya,
# family): «محمد بن سلمان» is not a mention of سلمان.
# Latin letters spelled out, as Arabic writes acronyms: «بي بي سي», «دي إتش إل»; not those
# spelled like grammar words once normalised (إل/ال, إم/أم, إن/أن, أو, آي/أي, في)
SPELLED_LETTERS = _words(
    "إيه بي سي دي إف جي جيه إتش إيتش جاي كيه كي كيو آر إس تي يو دبليو إكس واي زد زي"
)
KINSHIP_WORDS = _words("بن ابن بنت ابنة أبو أبي أبا أم آل")
# A relative by what he or she is to someone, with the pronoun of whose («وابنتهما تشيلسي»,
# «وزوجته جورجيا»): the name after is a person's given name, whatever else it names. (The ة
# of a feminine noun is written ت before the pronoun.)
RELATIVES = _words(
    "ابن ابنت بنت زوج زوجت شقيق شقيقت أخ أخت نجل نجلت والد والدت حفيد حفيدت عم عمت خال خالت"
)
# Foreign given names of people in the Arabic news: before a place's name they make it a family
# name («دنزل واشنطن»); over a byline they make a line a foreign writer's name («أندريه سوكولوف»).
FOREIGN_GIVEN_NAMES = _words(
    """
    جون جورج جيمس جاك جان جوزيف ديفيد دانيال مايكل مارك مارتن بيتر بول روبرت ريتشارد
    توماس توم توني تيم ستيفن ستيف سام ويليام وليام فرانك فرانسوا فرانسيس فيليب بيير
    لويس كارلوس خوان خوسيه خورخي دييغو ماركوس روبرتو ريكاردو ألبرتو أنطونيو ماريو ماركو
    باولو فرناندو ألكسندر أندريه سيرغي
    فلاديمير ديمتري إيفان نيكولا نيكولاي هنري هانز كلاوس إدوارد ألبرت أنتوني كريستوفر
    دونالد جو باراك هيلاري ماري آنا صوفيا إليزابيث كاثرين
    كامالا نانسي ميشيل ميلانيا أنجيلا أنغيلا تيريزا جاستن إيمانويل أولاف بوريس ريشي كير
    جوزيب كيليان كريستيانو ليونيل ويتني دنزل مورغان براد ليوناردو ميريل أنجلينا جينيفر
    جوليا لورا إيما أوليفيا نيكول كيت ليندا باربرا ديانا سارة جيف بيل ستيفاني شارل
    """
)

# Common given names, Arabic and foreign as Arabic writes them: one right before a person's
# family name makes another person's full name («إدوارد سعيد», «خالد الدوسري»), which the
# family name alone then refers to in that article (`mention_rules.family_names`).
GIVEN_NAMES = FOREIGN_GIVEN_NAMES | _words(
    """
    محمد أحمد محمود مصطفى علي عمر عثمان حسن حسين خالد سعد سعيد سعود فهد فيصل سلمان سلطان
    عبدالله عبدالرحمن عبدالعزيز عبدالكريم عبدالمجيد عبدالرحيم عبداللطيف عبدالوهاب عبدالحميد
    عبدالإله عبدالرزاق عبدالقادر عبدالناصر عبدالمالك يوسف إبراهيم إسماعيل إسحاق يعقوب موسى
    عيسى يحيى زكريا سليمان داود هارون أيوب يونس إلياس آدم نوح صالح هود شعيب طارق زياد
    ماجد ماهر منصور ناصر نايف نواف نبيل نزار نجيب نعيم هاني هشام هيثم وليد وائل ياسر ياسين سالم
    يزيد باسم بسام بشير بلال جمال جلال حازم حامد حمد حمزة حمدي حسام حاتم حافظ راشد رامي
    رائد رياض زهير زيد سامي سامر سمير سليم شادي شريف صبري صلاح ضياء طلال طه عادل عاطف
    عامر عباس عدنان عزيز عصام علاء عماد عمرو عوض غازي غسان فادي فاروق فارس فالح فؤاد فتحي
    فريد فواز قاسم كريم كمال لؤي مازن مالك مجدي مراد مروان معاذ منير مهدي مؤمن نادر ناجي
    نضال هادي وحيد وسام أسامة أشرف أكرم أمين أنور أيمن إيهاب بكر توفيق ثامر جابر
    جاسم جواد حبيب حيدر خليل رشيد رضا رفيق رمزي زكي سعدون شاكر صادق صفوان عبد عبيد عدي
    عزت عمار غالب فاضل فرج قيس كاظم لطفي محسن مختار مشعل مفلح ممدوح ناظم نبيه
    تركي بندر متعب مقرن
    فاطمة عائشة خديجة مريم زينب سارة ليلى هدى منى نادية سعاد سلوى سميرة سهام رانيا رنا
    ريم دينا لينا هالة هند نوال أسماء إيمان آمنة جميلة حنان خلود رشا سلمى شيماء
    عبير علياء غادة فدوى لمياء ماجدة مها ميساء نجلاء نسرين هيفاء وفاء ياسمين
    """
)

# Right after a word, «son/daughter of» makes it a person's given name: «الخليل بن أحمد» is
# the grammarian, not Hebron.
PATRONYMIC_WORDS = _words("بن ابن بنت ابنة")

# Adjectives that make a region of a place a name of its own («أمريكا اللاتينية»، «كوريا
# الشمالية»، «سوريا الكبرى»), where a nisba of any other kind describes the name before it
# («أجاكس الهولندي»، «قاعدة أندروز الجوية»، «حركة طالبان الأصولية»).
REGION_ADJECTIVES = _words(
    """
    الشمالي الشمالية الجنوبي الجنوبية الشرقي الشرقية الغربي الغربية الأوسط الوسطى
    اللاتينية الاستوائية الكبرى الصغرى العليا السفلى القديمة الجديدة
    """
)

# Nisbas of no place: a name they end («صندوق النقد الدولي») is no country's.
GENERIC_NISBAS = _words(
    """
    الدولي الدولية العالمي العالمية الوطني الوطنية الاتحادي الاتحادية الفيدرالي الفيدرالية
    المركزي المركزية الشعبي الشعبية الإسلامي الإسلامية الأهلي الأهلية الرسمي الرسمية
    الدستوري الدستورية الاجتماعي الاجتماعية الاقتصادي الاقتصادية
    الرياضي الرياضية الثقافي الثقافية
    """
)

# The commonest adjectives, feminine as they follow a plural of things («صور نادرة»).
COMMON_ADJECTIVES = _words(
    """
    أخرى جديدة قديمة نادرة كثيرة عديدة كبيرة صغيرة حديثة جميلة خاصة عامة واسعة قليلة
    طويلة قصيرة فاضحة حية ملونة باردة حارة واحدة ثالثة رابعة خامسة سادسة سابعة ثامنة
    تاسعة عاشرة
    كثيفة ضخمة هائلة شديدة قوية ضعيفة سريعة بطيئة عاجلة واضحة كاملة ضيقة عميقة بسيطة
    خطيرة سيئة عالية غالية رخيصة ثقيلة خفيفة صعبة سهلة غريبة عادية جادة حادة كافية
    بارزة فائقة حافلة وفيرة ملحوظة لافتة متواضعة متزايدة متتالية متفرقة
    """
)

# Colours share the elative's shape أفعل but grade nothing: after a name they make a longer
# name of it («النيل الأزرق»، «البحر الأحمر»), not a superlative of a common noun.
COLOURS = _words("الأحمر الأزرق الأخضر الأصفر الأسود الأبيض")

# Particles that only a verb follows («قد فجّر»، «لم يعد»): a name never stands there.
VERB_PARTICLES = _words("قد لقد سوف لن لم لما")
# Negations that come before a verb as well as a noun («لا أدري», «لا شك»): a form that may be
# an imperfect verb is one there.
NEGATIONS_OF_BOTH = _words("لا ولا فلا")
# A preposition with its pronoun («مني» "from me», «فينا» "in us», «بنا» "with us"), spelled
# after the site's folding as «منى» (Mina), «فينا» (FINA) and «بنا» (Bahrain's agency) are: a
# common word, whatever its frequency says.
# (not «بي»/«لي», which spell the letter B and the name Li, nor «بني», "the sons of")
PREPOSITIONS_WITH_PRONOUNS = frozenset(
    normalize(preposition + pronoun)
    for preposition in ("من", "عن", "مع", "عند", "في", "لدى", "ب", "ل")
    for pronoun in ("ي", "ني", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "كن", "نا")
    if len(preposition) > 1 or pronoun not in ("ي", "ني")
)
# ...and a relative pronoun, a clause: «الحرائق التي تدمر الحقول».
# Conjunctions of time and manner a verb follows («بعدما لوى كاحله», «عندما صور المشهد»).
VERB_CONJUNCTIONS = _words("بعدما عندما حينما كلما ريثما قبلما طالما مثلما")
# «أنّ» and its sisters with a pronoun, the subject of the verb after them («أنهم سبق أن»)
THAT_WITH_PRONOUNS = frozenset(
    normalize(particle + pronoun)
    for particle in ("أن", "إن", "لأن", "بأن", "كأن", "لكن", "ولكن")
    for pronoun in ("ه", "ها", "هم", "هما", "هن", "ني", "نا", "ك", "كم")
)
# «ما», relative or conjunctive, and with a preposition: a verb follows it («كما سبق»، «مما
# دفع»، «بما يضمن»); not «فيما», which opens a clause a noun may begin («فيما مصر تستعد»).
MA_BEFORE_A_VERB = _words("ما وما فما كما مما بما عما")
RELATIVE_PRONOUNS = _words("الذي التي الذين اللذان اللتان اللذين اللتين اللواتي اللاتي")
PERSONAL_PRONOUNS = _words("هو هي هم هما هن أنا نحن أنت أنتم أنتما أنتن")

# Number words: the word after one is a counted noun («مليون نسمة»، «آلاف الصور»).
NUMBER_WORDS = _words(
    "ألف آلاف ألفا ألفي ألفين مليون ملايين مليونا مليوني مليونين مليار مليارات مئة مائة مئات عشرات"
    # («عشرة تسلا»: ten teslas, a unit counted, not the car maker)
    " ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثماني ثمانية تسع تسعة عشر عشرة"
)
# Quantifiers before a definite plural: «بإحدى الحمامات» is one of the bathrooms.
# What a description calls a unit that numbers count: a currency after «مليار» is the
# currency («7 مليارات دولار»), not a common noun counted.
UNIT_NOUNS = _words("عملة عملات")
# What «لل…» after an event's name may say of when, not of which event («للمرة الثانية»).
TIMES_OF_A_SERIES = frozenset(
    w[2:] for w in _words("المرة الموسم العام السنة اليوم الأسبوع الشهر الدورة النسخة")
)
QUANTIFIERS = _words("إحدى أحد بعض معظم أغلب غالبية")
# Fixed phrases of common words whose first word is spelled like a name: «مسقط رأس» is a
# birthplace (Muscat), wherever it stands.
COLLOCATIONS = frozenset(normalize(p) for p in ("مسقط رأس",))
# Nouns of a measure («بقطر ٤٦ ملم»، «بطول عشرين متراً»): before a quantity they are the
# measure, whatever country shares the spelling (قطر "diameter").
MEASURE_NOUNS = _words("قطر طول عرض ارتفاع عمق سمك وزن مساحة سعة حجم محيط")
# The letters' names, with and without the article: listed together («من الألف والباء إلى
# الكاف والنون») they are letters, whatever town shares a name (El Kef, Al Ain).
_LETTERS = """
    ألف باء تاء ثاء جيم حاء خاء دال ذال راء زاي سين شين صاد ضاد طاء ظاء عين غين فاء قاف كاف لام
    ميم نون هاء واو ياء
"""
LETTER_NAMES = _words(_LETTERS) | _words(" ".join("ال" + w for w in _LETTERS.split()))
# Adjectives a common noun takes and a name never does: «النعامة الواحدة» (one ostrich),
# «المدية الخاصة بالتطعيم» (the knife for grafting).
NOUNS_ONLY_ADJECTIVES = _words("الخاص الخاصة الواحد الواحدة المذكور المذكورة")
# Cardinals spelled out, a measure's quantity as often as digits: «بقطر عشرين بوصة».
CARDINALS = _words(
    """
    واحد واحدة اثنان اثنين اثنتان اثنتين ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثماني
    ثمانية تسع تسعة عشر عشرة عشرون عشرين ثلاثون ثلاثين أربعون أربعين خمسون خمسين ستون ستين
    سبعون سبعين ثمانون ثمانين تسعون تسعين مئة مائة مئتي مئتين ألف ألفي نصف ربع ثلث
    """
)
# Verbs of an amount after a measure: «بقطر يصل إلى …», «بقطر يتجاوز متراً».
AMOUNT_VERBS = _words("يبلغ تبلغ يصل تصل يتجاوز تتجاوز يزيد تزيد يقارب تقارب يناهز يقدر")
# A preposition and a noun that make one adverb («على مدى أيام» "over days», «على أنغام
# موسيقى» "to the tunes of music», «في ظل», «على صعيد»): the noun is the word, whatever
# entity shares its spelling (the singer Angham, Upper Egypt's «الصعيد»).
PREPOSITIONAL_IDIOMS = frozenset(
    (normalize(preposition), word)
    for preposition, nouns in (
        ("على", "مدى أنغام وقع هامش صعيد ضوء غرار خلفية امتداد إثر"),
        # («في المتوسط» "on average", more often than the sea)
        ("في", "ظل إطار سياق أعقاب خضم المتوسط"),
    )
    for word in _words(nouns)
)
# Reporting nouns with their pronoun: «نقل عن رمضان قوله» quotes him, no construct.
SAYING = _words("قوله قولها قولهم تأكيده تأكيدها تصريحه تصريحها")

# Demonstratives point at a common noun («هذه العقبة» "this obstacle"); a name needs none.
DEMONSTRATIVES = _words("هذا هذه ذلك تلك هذان هاتان هذين هاتين هؤلاء أولئك")

# Weekdays and the days around today: a word in construct before one is a time of day
# («فجر الأربعاء»، «مساء الجمعة»، «فجر أمس»).
WEEKDAYS = _words("الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت")
DAYS = WEEKDAYS | _words("أمس اليوم غد غدا البارحة يوم")
# Time words an adverb of time starts with after a name («في طنطا العام المقبل»).
TIME_NOUNS = _words(
    "العام الشهر الأسبوع الموسم الصيف الشتاء الربيع الخريف الليلة الساعة الماضي المقبل"
)

# Pronoun suffixes mark the word before a name as definite, hence not a construct head
# («جعلتها البرازيل»: a verb with its object, then the subject).
PRONOUN_SUFFIXES = ("ها", "هم", "هما", "هن", "كم", "كما", "نا")

# A day of a month in words («العاشر من رمضان», «السادس من أكتوبر»): a date before it is a
# town named after the day.
DAY_ORDINALS = _words("الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر")
# Month names are common words of every dateline: a one-word name spelled like one (نيسان
# "April" / Nissan, رمضان, آذار) needs evidence like any common word.
MONTHS = frozenset(
    word
    for table in (EGYPTIAN_MONTHS, LEVANTINE_MONTHS, MAGHREBI_MONTHS)
    for month in table
    for word in normalize(month).split()
) | _words("محرم صفر ربيع جمادى رجب شعبان رمضان شوال")
