"""The queries `articles.corpus.queries` makes from a corpus's articles. Pure."""

from articles.corpus.queries import derived_queries


def _hamza_dropped(body: str) -> set[str]:
    articles = [{"title": "خبر", "summary": "", "body": body}]
    return {q["query"] for q in derived_queries(articles) if q["kind"] == "hamza dropped"}


def test_a_hamza_dropped_is_typed_bare_or_without_its_final_hamza():
    assert _hamza_dropped("عقد المؤتمر جلسته الأولى") == {"الموتمر"}
    assert _hamza_dropped("ارتفعت نسبة الأملاح في السماء") == {"السما"}


def test_a_hamza_dropped_that_leaves_a_grammar_word_is_no_query():
    # «ماء» without its hamza is «ما» ("what"): no reader looks for water so, and search
    # reads it as the grammar word (articles.text.searchwords)
    assert _hamza_dropped("ارتفعت ملوحة ماء البحيرة") == set()
