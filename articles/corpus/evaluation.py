"""Quality figures for the Arabic engine on a corpus in the dev-corpus format.

A corpus directory holds `entities.jsonl`, `articles.jsonl`, `gold_entities.json`
({title: [canonical entity names]}) and `search_queries.jsonl` ({query,
expected_titles, kind}). `evaluate` imports it through the project's own importers into
the current database and measures entity linking (micro precision/recall over
(article, entity) pairs) and search (recall@10 per query kind, false hits on negatives),
through the site's own ranking (`search.ranked_ids`), on the corpus's queries and on those
`corpus.queries` makes from its articles (a clitic typed, a hamza dropped, known items).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from django.db import connection

from ..importing import import_article_file, import_entity_file
from ..models import Article, ArticleEntity
from ..search import parse_query, ranked_ids
from .queries import derived_queries


@dataclass
class LinkingFigures:
    true_positives: int = 0
    false_positives: list[tuple[str, str]] = field(default_factory=list)
    false_negatives: list[tuple[str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_positives + len(self.false_positives)
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        gold = self.true_positives + len(self.false_negatives)
        return self.true_positives / gold if gold else 1.0


@dataclass
class SearchFigures:
    recall_by_kind: dict[str, float] = field(default_factory=dict)
    queries_by_kind: dict[str, int] = field(default_factory=dict)
    false_hits: list[tuple[str, str]] = field(default_factory=list)
    misses: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Figures:
    vendor: str
    linking: LinkingFigures
    search: SearchFigures
    postgres_arabic: SearchFigures | None = None
    corpus: str = ""
    searched: bool = True  # False for a corpus without search queries (ANERcorp)

    def report(self) -> str:
        lines = [
            f"corpus: {self.corpus}" if self.corpus else "",
            f"database: {self.vendor}",
            f"entity linking: precision {self.linking.precision:.3f}, "
            f"recall {self.linking.recall:.3f} "
            f"({self.linking.true_positives} right, {len(self.linking.false_positives)} wrong, "
            f"{len(self.linking.false_negatives)} missed)",
        ]
        lines += [f"  wrong link: {t} → {e}" for t, e in self.linking.false_positives]
        lines += [f"  missed link: {t} → {e}" for t, e in self.linking.false_negatives]
        if not self.searched:
            return "\n".join(line for line in lines if line)
        lines.append("search recall@10 by kind (queries):")
        lines += [
            f"  {kind}: {value:.3f} ({self.search.queries_by_kind[kind]})"
            for kind, value in sorted(self.search.recall_by_kind.items())
        ]
        lines.append(f"search false hits on negative queries: {len(self.search.false_hits)}")
        lines += [f"  false hit: «{q}» → {t}" for q, t in self.search.false_hits]
        lines += [f"  missed: «{q}» → {t}" for q, t in self.search.misses]
        if self.postgres_arabic:
            other = self.postgres_arabic
            lines.append("for comparison, PostgreSQL's own 'arabic' configuration on the raw text:")
            lines += [f"  {kind}: {v:.3f}" for kind, v in sorted(other.recall_by_kind.items())]
            lines.append(f"  false hits on negative queries: {len(other.false_hits)}")
        return "\n".join(line for line in lines if line)


def load_corpus(directory: Path) -> None:
    """Import the corpus through the same commands an operator would use."""
    for result in (
        import_entity_file(directory / "entities.jsonl"),
        import_article_file(directory / "articles.jsonl"),
    ):
        if result.problems:
            raise ValueError("; ".join(result.problems))


def measure_linking(gold: dict[str, list[str]]) -> LinkingFigures:
    figures = LinkingFigures()
    found: dict[str, set[str]] = defaultdict(set)
    for title, name in ArticleEntity.objects.visible().values_list(
        "article__title", "entity__name"
    ):
        found[title].add(name)
    for title, names in gold.items():
        expected = set(names)
        figures.true_positives += len(found[title] & expected)
        figures.false_positives += [(title, n) for n in sorted(found[title] - expected)]
        figures.false_negatives += [(title, n) for n in sorted(expected - found[title])]
    return figures


def measure_search(queries: list[dict], *, k: int = 10) -> SearchFigures:
    figures = SearchFigures()
    per_kind: dict[str, list[float]] = defaultdict(list)
    for item in queries:
        ids = [pk for pk, _total in ranked_ids(parse_query(item["query"]))[0:k]]
        titles = dict(Article.objects.filter(pk__in=ids).values_list("pk", "title"))
        top = [titles[pk] for pk in ids]
        expected = set(item["expected_titles"])
        if item["kind"] == "negative" or not expected:
            figures.false_hits += [(item["query"], t) for t in top]
            continue
        per_kind[item["kind"]].append(len(expected & set(top)) / len(expected))
        figures.misses += [(item["query"], t) for t in sorted(expected - set(top))]
    figures.recall_by_kind = {kind: sum(v) / len(v) for kind, v in per_kind.items()}
    figures.queries_by_kind = {kind: len(v) for kind, v in per_kind.items()}
    return figures


def measure_postgres_arabic_config(queries: list[dict], *, k: int = 10) -> SearchFigures:
    """The same queries through PostgreSQL's own `arabic` configuration (Snowball stemmer)
    on the raw text, for comparison with the project's index. PostgreSQL only."""
    figures = SearchFigures()
    per_kind: dict[str, list[float]] = defaultdict(list)
    sql = (
        "SELECT title FROM articles_article WHERE to_tsvector('arabic', title || ' ' || "
        "summary || ' ' || body) @@ plainto_tsquery('arabic', %s) ORDER BY published_at DESC "
        f"LIMIT {k}"
    )
    with connection.cursor() as cursor:
        for item in queries:
            cursor.execute(sql, [item["query"]])
            top = {row[0] for row in cursor.fetchall()}
            expected = set(item["expected_titles"])
            if item["kind"] == "negative" or not expected:
                figures.false_hits += [(item["query"], t) for t in sorted(top)]
                continue
            per_kind[item["kind"]].append(len(expected & top) / len(expected))
            figures.misses += [(item["query"], t) for t in sorted(expected - top)]
    figures.recall_by_kind = {kind: sum(v) / len(v) for kind, v in per_kind.items()}
    figures.queries_by_kind = {kind: len(v) for kind, v in per_kind.items()}
    return figures


def evaluate(directory: Path) -> Figures:
    load_corpus(directory)
    gold = json.loads((directory / "gold_entities.json").read_text(encoding="utf-8"))
    queries = [
        json.loads(line)
        for line in (directory / "search_queries.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    given = {(q["query"], q["kind"]) for q in queries}
    articles = list(Article.objects.values("title", "summary", "body"))
    queries += [q for q in derived_queries(articles) if (q["query"], q["kind"]) not in given]
    figures = Figures(connection.vendor, measure_linking(gold), measure_search(queries))
    figures.corpus, figures.searched = str(directory), bool(queries)
    if connection.vendor == "postgresql" and queries:
        figures.postgres_arabic = measure_postgres_arabic_config(queries)
    return figures
