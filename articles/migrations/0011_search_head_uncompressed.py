"""Search rows keep `head` uncompressed, so that ranking does not decompress it for every match.

Migration 0010 set `toast_tuple_target = 128` to push each row's `document` out of line. It
also made PostgreSQL compress `head` to fit that target, and ranking a common word then
decompressed the `head` of every match twice. At the default target (about 2 KB) the
`document` of any real article still goes out of line (it is stored EXTERNAL), and `head`
stays as written. Heads stored compressed are written again.
"""

from django.db import migrations

from ._postgres import postgres_only

PG_FORWARD = """
ALTER TABLE articles_search RESET (toast_tuple_target);
UPDATE articles_search SET head = head || ''::tsvector
    WHERE pg_column_compression(head) IS NOT NULL;
"""

PG_BACKWARD = """
ALTER TABLE articles_search SET (toast_tuple_target = 128);
"""


class Migration(migrations.Migration):
    dependencies = [("articles", "0010_search_public_at")]

    operations = [postgres_only(PG_FORWARD, PG_BACKWARD)]
