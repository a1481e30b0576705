"""Stored renderings: what readers' pages are made of, kept rendered in the database.

`pages` (each public article's page), `cards` (each article's card in listings and
search results), `panels` (a tag's or entity's panels, count and pinned articles) and
`sections` (the header's sections), each current while `freshness` says so: rendered by
the running code (its fingerprint) and after the last change that concerns it (the epoch).
"""
