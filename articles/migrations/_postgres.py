"""What the migrations run on PostgreSQL alone (its search table, triggers and storage).

Not a migration itself: the loader skips modules whose names start with "_".
"""

from django.db import migrations


def postgres_only(forward_sql: str, backward_sql: str) -> migrations.RunPython:
    """Run `forward_sql` (and `backward_sql` when unapplied) on PostgreSQL, nothing elsewhere."""

    def run(sql: str):
        def operation(apps, schema_editor) -> None:
            if schema_editor.connection.vendor == "postgresql":
                # No parameters: the SQL's own "%" signs reach the server as written.
                schema_editor.execute(sql, params=None)

        return operation

    return migrations.RunPython(run(forward_sql), run(backward_sql))
