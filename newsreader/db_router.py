"""Reads from a PostgreSQL read replica, writes to the primary (DATABASE_REPLICA_URL)."""

from django.db import connections

PRIMARY = "default"
REPLICA = "replica"


def _writing() -> bool:
    """A transaction is open on the primary (not counting the ones tests wrap around)."""
    blocks = connections[PRIMARY].atomic_blocks
    return any(not getattr(block, "_from_testcase", False) for block in blocks)


class ReplicaRouter:
    """Readers' queries go to the replica; everything inside a write goes to the primary.

    A transaction open on the primary (an admin save, an import) reads from the primary
    too, so it sees its own writes; the replica's lag only ever delays what anonymous
    readers see (the page cache reads its epoch from the replica too: articles/renderer.py).
    """

    def db_for_read(self, model, **hints) -> str:
        return PRIMARY if _writing() else REPLICA

    def db_for_write(self, model, **hints) -> str:
        return PRIMARY

    def allow_relation(self, obj1, obj2, **hints) -> bool:
        return True  # the same data on both

    def allow_migrate(self, db, app_label, model_name=None, **hints) -> bool:
        return db == PRIMARY
