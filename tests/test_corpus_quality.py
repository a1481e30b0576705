"""The quality bars of the Arabic engine on the dev corpus, on whichever database runs."""

from pathlib import Path

import pytest

from articles.corpus.evaluation import evaluate

pytestmark = pytest.mark.django_db

CORPUS = Path(__file__).resolve().parent / "data" / "dev-corpus"
# Real newswire, for search (corpora/saudinewsnet/README.md).
REAL_CORPUS = Path(__file__).resolve().parent.parent / "corpora" / "saudinewsnet"


def _evaluated(corpus: Path, django_db_blocker):
    from django.db import transaction

    with django_db_blocker.unblock():
        # One import for every assertion below, rolled back afterwards.
        try:
            with transaction.atomic():
                result = evaluate(corpus)
                raise _Rollback(result)
        except _Rollback as done:
            return done.result


@pytest.fixture(scope="module")
def figures(django_db_setup, django_db_blocker):
    return _evaluated(CORPUS, django_db_blocker)


@pytest.fixture(scope="module")
def real_figures(django_db_setup, django_db_blocker):
    return _evaluated(REAL_CORPUS, django_db_blocker)


class _Rollback(Exception):
    def __init__(self, result):
        self.result = result


def test_entity_linking_is_precise(figures):
    assert figures.linking.precision >= 0.97, figures.report()


def test_entity_linking_finds_the_gold_mentions(figures):
    assert figures.linking.recall >= 0.97, figures.report()


def test_search_recall_at_10_holds_in_every_query_kind(figures):
    assert figures.search.recall_by_kind, figures.report()
    for kind, recall in figures.search.recall_by_kind.items():
        assert recall >= 0.97, f"{kind}\n{figures.report()}"


def test_negative_queries_find_nothing(figures):
    assert figures.search.false_hits == [], figures.report()


def test_queries_made_from_the_corpus_cover_what_readers_type(figures):
    for kind in ("clitic typed", "hamza dropped", "known item"):
        assert figures.search.queries_by_kind.get(kind, 0) >= 10, figures.report()


def test_search_recall_at_10_holds_on_real_newswire(real_figures):
    """A proclitic typed, a hamza left out, a known item among many matches: on 200 real
    articles, with queries made mechanically from them."""
    assert set(real_figures.search.recall_by_kind) == {
        "clitic typed",
        "hamza dropped",
        "known item",
    }
    for kind, recall in real_figures.search.recall_by_kind.items():
        assert recall >= 0.97, f"{kind}\n{real_figures.report()}"
    assert real_figures.search.recall_by_kind["known item"] >= 0.99, real_figures.report()
