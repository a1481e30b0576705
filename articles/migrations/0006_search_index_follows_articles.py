"""PostgreSQL's search table follows the articles table by triggers, not a foreign key.

A foreign key to `articles_article` made PostgreSQL refuse `TRUNCATE articles_article`,
which `manage.py flush` (before a restore, and between transactional tests) runs. The rows
are derived data: a row trigger drops an article's row when it is deleted, and a statement
trigger empties the table when the articles table is truncated — as SQLite's FTS table
already follows it by a trigger.
"""

from django.db import migrations

from ._postgres import postgres_only

PG_FORWARD = """
ALTER TABLE articles_search DROP CONSTRAINT IF EXISTS articles_search_article_id_fkey;

CREATE FUNCTION articles_search_forget_article() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM articles_search WHERE article_id = OLD.id;
    RETURN OLD;
END $$;
CREATE TRIGGER articles_search_delete AFTER DELETE ON articles_article
    FOR EACH ROW EXECUTE FUNCTION articles_search_forget_article();

CREATE FUNCTION articles_search_forget_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE articles_search;
    RETURN NULL;
END $$;
CREATE TRIGGER articles_search_truncate AFTER TRUNCATE ON articles_article
    FOR EACH STATEMENT EXECUTE FUNCTION articles_search_forget_all();
"""

PG_BACKWARD = """
DROP TRIGGER IF EXISTS articles_search_truncate ON articles_article;
DROP FUNCTION IF EXISTS articles_search_forget_all();
DROP TRIGGER IF EXISTS articles_search_delete ON articles_article;
DROP FUNCTION IF EXISTS articles_search_forget_article();
DELETE FROM articles_search WHERE article_id NOT IN (SELECT id FROM articles_article);
ALTER TABLE articles_search ADD CONSTRAINT articles_search_article_id_fkey
    FOREIGN KEY (article_id) REFERENCES articles_article (id) ON DELETE CASCADE
    DEFERRABLE INITIALLY DEFERRED;
"""


class Migration(migrations.Migration):
    dependencies = [("articles", "0005_newsroom")]

    operations = [postgres_only(PG_FORWARD, PG_BACKWARD)]
