"""Word-level diffs for revisions (pure, no database)."""

from articles.text.diff import ELLIPSIS, Segment, changed, with_context, word_diff


def test_it_marks_whole_words_deleted_and_inserted():
    assert word_diff("زار الوفد موسكو أمس", "زار الوفد القاهرة أمس") == [
        Segment("equal", "زار الوفد "),
        Segment("delete", "موسكو"),
        Segment("insert", "القاهرة"),
        Segment("equal", " أمس"),
    ]


def test_joining_the_segments_gives_back_both_texts():
    old, new = "فقرة أولى.\n\nفقرة ثانية طويلة.", "فقرة أولى معدلة.\n\nفقرة ثانية."
    segments = word_diff(old, new)
    assert "".join(s.text for s in segments if s.op != "insert") == old
    assert "".join(s.text for s in segments if s.op != "delete") == new


def test_identical_texts_have_no_change():
    assert not changed(word_diff("نص", "نص"))
    assert changed(word_diff("", "نص جديد"))


def test_long_unchanged_stretches_are_shortened_around_the_change():
    words = " ".join(f"كلمة{n}" for n in range(100))
    segments = with_context(word_diff(words + " قديم", words + " جديد"), words=3)
    assert segments[0].text.startswith(ELLIPSIS)
    assert segments[0].text.endswith("كلمة97 كلمة98 كلمة99 ")
    assert [s.op for s in segments] == ["equal", "delete", "insert"]
