"""Search rows tell their title's and summary's words by marked terms, not by a `head` column.

Ranking needs to know, for every match, whether all the query's words are in its title and
in its summary. `head` (migration 0007) held those terms, and ranking read it for every
match: 1.7 ms of a common word's 6 ms here. Each title and summary term is now in
`document` a second time, marked (`T:` and `S:` before it, at the word's own position), so
the GIN index answers "all in the title" by itself, and ranking reads a tier of matches
only when the page reaches it (`search.RankedMatches`). Without `head` a row is narrow, so
counting a query's matches reads a quarter of the pages it did.

The marks are made from each row's `head` here, in SQL, and the rows are written anew
without `head`. Autovacuum makes the old rows' space reusable; `VACUUM FULL articles_search`
compacts the table at once, but locks it while it runs, so that is the operator's call.
tsvector's `||` would shift the marks' positions past the document's last, so the text
forms are joined instead. Run it before the new code serves (the usual order): code that
still writes `head` fails once it is gone.
"""

from django.db import migrations

from ._postgres import postgres_only

PG_FORWARD = """
CREATE TEMPORARY TABLE search_marks (article_id bigint PRIMARY KEY, marks text NOT NULL);
INSERT INTO search_marks
SELECT article_id, string_agg(lexeme, ' ') FROM (
    SELECT s.article_id,
           '''' || replace(replace(
               CASE pw.weight WHEN 'A' THEN 'T:' ELSE 'S:' END || u.lexeme, chr(92), repeat(chr(92), 2)
           ), '''', '''''') || ''':' || string_agg(pw.position || pw.weight, ',') AS lexeme
    FROM articles_search s, unnest(s.head) u, unnest(u.positions, u.weights) AS pw(position, weight)
    WHERE pw.weight IN ('A', 'B')
    GROUP BY s.article_id, pw.weight, u.lexeme
) marked GROUP BY article_id;
ALTER TABLE articles_search DROP COLUMN head;
UPDATE articles_search s SET document = (s.document::text || ' ' || coalesce(
    (SELECT m.marks FROM search_marks m WHERE m.article_id = s.article_id), ''
))::tsvector;
DROP TABLE search_marks;
"""

PG_BACKWARD = """
UPDATE articles_search SET document = ts_delete(document, ARRAY(
    SELECT u.lexeme FROM unnest(document) u WHERE left(u.lexeme, 2) IN ('T:', 'S:')
));
ALTER TABLE articles_search ADD COLUMN head tsvector NOT NULL DEFAULT '';
ALTER TABLE articles_search ALTER COLUMN head SET STORAGE MAIN;
UPDATE articles_search SET head = ts_filter(document, '{a,b}');
"""


class Migration(migrations.Migration):
    dependencies = [("articles", "0011_search_head_uncompressed")]

    operations = [
        postgres_only(PG_FORWARD, PG_BACKWARD),
        migrations.RemoveField(model_name="searchentry", name="head"),
    ]
