"""The ANERcorp converter (`articles.corpus.anercorp`): stories, gazetteer and gold."""

import json

from articles.corpus.anercorp import canonical_names, convert, group_stories, read_sentences


def _lines(*sentences: str) -> list[str]:
    """`token/TAG` words, one sentence per argument, as ANERcorp's one-token lines."""
    lines = []
    for sentence in sentences:
        for word in sentence.split():
            token, _, tag = word.partition("/")
            lines.append(f"{token} {tag or 'O'}")
        lines.append("")
    return lines


def _names(*sentences: str) -> dict[str, str]:
    return canonical_names(group_stories(read_sentences(_lines(*sentences))))


def test_a_dateline_starts_a_story_and_names_are_read_whole():
    stories = group_stories(
        read_sentences(
            _lines(
                "القاهرة/B-LOC (د ب أ) قال عمرو/B-PERS موسى/I-PERS إن الجامعة/B-ORG العربية/I-ORG",
                "باريس/B-LOC (أ ف ب) زار ساركوزي/B-PERS لندن/B-LOC وكأس/B-MISC",
            )
        )
    )
    assert len(stories) == 2
    assert stories[0].names == [
        ("القاهرة", "LOC"),
        ("عمرو موسى", "PERS"),
        ("الجامعة العربية", "ORG"),
    ]
    assert stories[1].names == [("باريس", "LOC"), ("ساركوزي", "PERS"), ("لندن", "LOC")]
    assert "وكأس" in stories[1].tokens  # MISC is no entity kind here: text, not a name


def test_a_clitic_comes_off_a_name_whose_bare_form_is_a_gold_name_too():
    names = _names(
        "زار بريطانيا/B-LOC ثم وبريطانيا/B-LOC",
        "و للأمم/B-ORG المتحدة/I-ORG و الأمم/B-ORG المتحدة/I-ORG",
        "قال لبنان/B-LOC و بلير/B-PERS",
    )
    assert names["وبريطانيا"] == "بريطانيا"
    assert names["للأمم المتحدة"] == "الأمم المتحدة"
    # No gold name «بنان» or «لير»: the first letter is the name's own.
    assert names["لبنان"] == "لبنان"
    assert names["بلير"] == "بلير"


def test_a_name_tagged_as_another_kind_and_far_more_often_keeps_its_first_letter():
    # «بكين» (Beijing) reads as ب + «كين» (a person's name in the same corpus).
    beijing = " ".join(["زار بكين/B-LOC"] * 3)
    names = _names(beijing, "سجل كين/B-PERS هدفا", "وصل الوفد إلى وبريطانيا/B-LOC و بريطانيا/B-LOC")
    assert names["بكين"] == "بكين"
    assert names["وبريطانيا"] == "بريطانيا"
    # Tagged as another kind but rarely: a chance spelling, the clitic still comes off.
    assert _names("زار وكين/B-LOC", "سجل كين/B-PERS هدفا")["وكين"] == "كين"


def test_the_corpus_files_name_each_story_s_entities(tmp_path):
    lines = _lines(
        "القاهرة/B-LOC (د ب أ) قال عمرو/B-PERS موسى/I-PERS إن وبريطانيا/B-LOC",
        "باريس/B-LOC (أ ف ب) زار بريطانيا/B-LOC و بكين/B-LOC بكين/B-LOC بكين/B-LOC كين/B-PERS",
    )
    counts = convert(lines, tmp_path, halves=False)
    assert counts == {"all": 2}
    gold = json.loads((tmp_path / "gold_entities.json").read_text(encoding="utf-8"))
    assert gold == {
        "ANERcorp 0001": ["القاهرة", "بريطانيا", "عمرو موسى"],
        "ANERcorp 0002": ["باريس", "بريطانيا", "بكين", "كين"],
    }
    entities = [
        json.loads(line)
        for line in (tmp_path / "entities.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert {e["name"]: e["kind"] for e in entities}["بكين"] == "place"
