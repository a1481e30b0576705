"""Entity suggestions: names announced by a title or kind noun (pure, no database)."""

from articles.text.suggestions import suggest_entities


def _names(text: str, known=()) -> dict[str, str]:
    known = set(known)
    return {s.name: s.kind for s in suggest_entities(text, lambda name: name in known)}


def test_it_finds_a_person_after_a_title_and_its_adjectives():
    assert _names("التقى وزير الخارجية الأمريكي أنتوني بلينكن في الرياض.") == {
        "أنتوني بلينكن": "person"
    }
    assert _names("وقال الرئيس السوري بشار الأسد، إن") == {"بشار الأسد": "person"}
    assert _names("وقال الرئيس عبد الفتاح السيسي إن") == {"عبد الفتاح السيسي": "person"}


def test_it_stops_a_name_where_the_sentence_goes_on():
    assert _names("زار الرئيس ماكرون الأسبوع الماضي الجزائر.") == {"ماكرون": "person"}
    assert _names("مقترحات الرئيس الروسي للسلام يمكن أن توقف الصراع.") == {}
    assert _names("وتحدث الوزير هاتفيًا مع نظيره.") == {}


def test_it_finds_places_organizations_and_events_by_their_kind_noun():
    found = _names(
        "وقع الهجوم على مدينة سيفاستوبول. وأعلنت حركة حماس موقفها قبل قمة العشرين. "
        "وقال بات رايدر، المتحدث باسم البنتاجون، إن"
    )
    assert found == {
        "سيفاستوبول": "place",
        "حركة حماس": "organization",
        "قمة العشرين": "event",
        "البنتاجون": "organization",
    }


def test_it_leaves_out_what_the_gazetteer_knows():
    text = "وقال الرئيس الروسي فلاديمير بوتين إن مدينة سيفاستوبول آمنة."
    assert _names(text, known={"فلاديمير بوتين"}) == {"سيفاستوبول": "place"}


def test_a_repeated_surname_counts_for_the_full_name_and_ranks_it_first():
    suggestions = suggest_entities(
        "وقالت مدينة الرقة إن الرئيس الفرنسي إيمانويل ماكرون وصل، ثم غادر الرئيس ماكرون.",
        lambda name: False,
    )
    assert [(s.name, s.mentions) for s in suggestions] == [
        ("إيمانويل ماكرون", 2),
        ("الرقة", 1),
    ]
    assert suggestions[0].cue == "الرئيس"


def test_a_conjunction_before_a_title_still_announces_the_name():
    assert _names("ووزير الدفاع لويد أوستن قال") == {"لويد أوستن": "person"}


def test_text_without_cues_suggests_nothing():
    assert suggest_entities("", lambda name: False) == []
    assert _names("ارتفعت الأسعار في الأسواق اليوم.") == {}


def test_a_kind_noun_with_the_article_refers_back_and_suggests_nothing():
    assert _names("وأكد الفريق الفرنسي جاهزيته، وقالت الشركة الأمنية إنها أصلحت الخلل.") == {}
    assert _names("وقال المتحدث باسم المجلس إن الاجتماع انتهى.") == {}
    assert _names("وقال المتحدث باسم الكرملين إن") == {"الكرملين": "organization"}


def test_a_kind_noun_with_a_description_or_a_purpose_is_no_name():
    assert _names("وسيعقد مؤتمر صحفي مشترك غدًا.") == {}
    assert _names("ودعت الدول إلى قمة افتراضية لبحث الأزمة.") == {}
    assert _names("وأطلقت الدول تحالف لمكافحة الفقر.") == {}
    assert _names("وأعلن مصرف استثماري إقليمي خطته.") == {}


def test_an_organization_name_stops_where_the_sentence_goes_on():
    assert _names("وقالت حركة حماس تعقد اجتماعا اليوم") == {"حركة حماس": "organization"}
    assert _names("ورفع نادي الزمالك رصيده إلى عشرين نقطة.") == {"نادي الزمالك": "organization"}


def test_a_long_name_is_read_whole():
    assert _names("وافتتح معرض القاهرة الدولي للكتاب أبوابه.") == {
        "معرض القاهرة الدولي للكتاب": "event"
    }
    assert _names("وأعلن بنك مصر المركزي قراره.") == {"بنك مصر المركزي": "organization"}


def test_a_name_longer_than_can_be_read_is_not_cut():
    # Better no suggestion than «بيدرو بابلو كوتشينسكي» for the four names he has.
    assert _names("وقال الرئيس بيدرو بابلو كوتشينسكي غودارد إن") == {}


def test_a_kind_noun_after_a_name_is_not_part_of_it():
    found = _names("وهنأ رئيس الوزراء شهباز شريف فريق المهندسين على الإنجاز.")
    assert found.get("شهباز شريف") == "person"
    assert not any("فريق" in name and kind == "person" for name, kind in found.items())


def test_a_place_named_after_a_person_suggests_no_person():
    assert "فهد" not in " ".join(_names("وتقام المباراة في ملعب الملك فهد الدولي."))
