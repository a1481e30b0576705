"""The shared HTTP cache in front of the site (Varnish, `deploy/varnish/default.vcl`).

- `keys`: the surrogate keys a page is tagged with, named after what it shows: an article
  (`a<id>`: its page, short link and card), a tag's, entity's, author's or source's listing
  and feed, the home page and site feed, the subject indexes, search and sitemaps, and
  `all`, on every page.
- `headers`: the middleware that says what the front may keep: readers' pages `public`
  with `s-maxage` and their keys in an `xkey` header, everything else `private, no-store`.
- `purging`: after a change, `articles.changes` (and only it) names what changed; the keys
  are purged at the front once the transaction commits, again once every process has seen
  the change, and retried when the front does not answer.

With no front configured (`EDGE_PURGE_URL` empty) pages keep the headers they had before
(browsers revalidate every time), so no shared cache keeps a page nobody would purge.
"""
