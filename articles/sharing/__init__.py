"""Links that preview well: `previews` (OpenGraph and X tags), `jsonld` (schema.org
NewsArticle), `drawing` (the 1200x630 share card, pure Pillow), `cards` (what each card
shows and its cached image) and `views` (the cards served as PNGs)."""
