"""Make sure the benchmark database exists, is migrated and holds a generated archive.

bench/prepare.py ARTICLES      (DATABASE_URL names the database)
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsreader.settings")

import django
import psycopg

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from psycopg import sql  # noqa: E402

wanted = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
params = connection.get_connection_params()
name = params.pop("dbname")
# Created from template0 through template1, never through another database.
with psycopg.connect(**{**params, "dbname": "template1"}, autocommit=True) as admin:
    if not admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
        admin.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0").format(sql.Identifier(name)))
        print(f"created database {name}")

call_command("migrate", verbosity=0)
from articles.models import Article  # noqa: E402

have = Article.objects.count()
if have < wanted * 0.9:
    print(f"{name} holds {have:,} articles; generating {wanted - have:,} (generate_corpus)")
    started = time.perf_counter()
    call_command("generate_corpus", articles=wanted - have, entities=2000, tags=500)
    print(
        f"generated in {time.perf_counter() - started:.0f} s (load average now "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)"
    )
else:
    print(f"{name} holds {have:,} articles")
