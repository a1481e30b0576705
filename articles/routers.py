"""Tables Django's data tools never move: the search index.

`articles.SearchEntry` is the ORM's view of PostgreSQL's search table (not managed by
Django: migration 0002 creates it on PostgreSQL, and SQLite has an FTS5 table instead, which
is no model). Its rows are derived from the articles and rebuilt from them, so they are
never exported: `manage.py dumpdata` asks `allow_migrate` of each model on the database it
reads and leaves out a model refused there, and `loaddata` skips the objects of such a model
(an older dump that holds some loads without them). `loaddata` indexes each article as it
loads it instead (`articles.changes`).

The project's own backup agrees: it exports managed models only, and its restore goes through
`loaddata`.
"""

from __future__ import annotations

DERIVED_MODELS = frozenset({"articles.searchentry"})


class DerivedDataRouter:
    """Refuses the derived models on every database; has no say on anything else."""

    def allow_migrate(self, db: str, app_label: str, model_name: str | None = None, **hints):
        if model_name is not None and f"{app_label}.{model_name}" in DERIVED_MODELS:
            return False
        return None
