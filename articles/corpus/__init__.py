"""Generated archives and measurements, for benchmarks and the quality figures; the site
never imports this package. `generate` (the archive, written in bulk), `bank` (the Arabic
phrases it is written from), `writing` (an article's text with its entity links and index
terms as it is written) and `evaluation` (linking and search figures on a corpus)."""
