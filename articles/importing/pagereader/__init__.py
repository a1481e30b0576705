"""A scraped news page's text read back into an article (pure Python, no Django): `text`
(folds and word lists the reader compares with), `lines` (what each line of the page is)
and `reader` (the headline, byline, source, date, caption, tags and body, in order)."""
