"""PostgreSQL's search rows carry when their article became public, so that a search ranks
and counts its matches from the search table alone, without visiting each article.

`public_at` is the article's `published_at` while it is published and not in the trash,
else NULL. A trigger keeps it in step with every change to those columns, however made;
`search.index_terms` sets it when it writes a row.

Ranking reads `head` and `public_at` of every match; the large `document` is only needed
by the GIN index. Rows written from now on keep `document` out of line (in the TOAST
table) and `head` in the row, so a match costs a narrow row (`VACUUM FULL articles_search`
rewrites the older rows so).
"""

from django.db import migrations

from ._postgres import postgres_only

PG_FORWARD = """
ALTER TABLE articles_search ADD COLUMN public_at timestamp with time zone;
ALTER TABLE articles_search ALTER COLUMN document SET STORAGE EXTERNAL;
ALTER TABLE articles_search ALTER COLUMN head SET STORAGE MAIN;
ALTER TABLE articles_search SET (toast_tuple_target = 128);
UPDATE articles_search s SET public_at = a.published_at
    FROM articles_article a
    WHERE a.id = s.article_id AND a.status = 'published' AND a.deleted_at IS NULL;

CREATE FUNCTION articles_search_follow_article() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE articles_search
        SET public_at = CASE WHEN NEW.status = 'published' AND NEW.deleted_at IS NULL
                             THEN NEW.published_at END
        WHERE article_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER articles_search_follow_article
    AFTER UPDATE OF status, published_at, deleted_at ON articles_article
    FOR EACH ROW EXECUTE FUNCTION articles_search_follow_article();
"""

PG_BACKWARD = """
DROP TRIGGER IF EXISTS articles_search_follow_article ON articles_article;
DROP FUNCTION IF EXISTS articles_search_follow_article();
ALTER TABLE articles_search RESET (toast_tuple_target);
ALTER TABLE articles_search ALTER COLUMN head SET STORAGE EXTENDED;
ALTER TABLE articles_search ALTER COLUMN document SET STORAGE EXTENDED;
ALTER TABLE articles_search DROP COLUMN IF EXISTS public_at;
"""


class Migration(migrations.Migration):
    dependencies = [("articles", "0009_stored_renderings")]

    operations = [postgres_only(PG_FORWARD, PG_BACKWARD)]
