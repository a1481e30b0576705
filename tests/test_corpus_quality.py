"""The quality bars of the Arabic engine on the dev corpus, on whichever database runs."""

from pathlib import Path

import pytest

from articles.corpus.evaluation import evaluate

pytestmark = pytest.mark.django_db

CORPUS = Path(__file__).resolve().parent / "data" / "dev-corpus"


@pytest.fixture(scope="module")
def figures(django_db_setup, django_db_blocker):
    from django.db import transaction

    with django_db_blocker.unblock():
        # One import for every assertion below, rolled back afterwards.
        try:
            with transaction.atomic():
                result = evaluate(CORPUS)
                raise _Rollback(result)
        except _Rollback as done:
            return done.result


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
