# The shared HTTP cache in front of gunicorn (README, "The front"). Varnish 7 with
# varnish-modules' xkey, both Debian packages (`make front-deps`); `make serve` runs it.
#
# Django decides what may be kept: readers' pages say `public, s-maxage=N` and list what
# they show in an `xkey` header; everything an editor, a preview, the admin or a form sees
# says `private, no-store`. This file adds what only the front can do: strip anonymous
# readers' cookies so their pages are shared, never share what a session sees, accept
# purges by key from the purge listener only, serve stale pages while refetching or while
# gunicorn is down, buffer slow clients, compress.
vcl 4.1;

import std;
import xkey;

# deploy/serve.py and the tests rewrite this port when they start gunicorn elsewhere.
backend default {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 35s;  # past gunicorn's 30 s worker timeout
    .between_bytes_timeout = 10s;
    .probe = {
        .url = "/healthz";
        .interval = 2s;
        .timeout = 1s;
        .window = 3;
        .threshold = 2;
        .initial = 2;
    }
}

# Who may purge: the application servers, on the `purge` listener only (a TLS proxy on
# this host forwards readers from 127.0.0.1 too, but to the `public` listener).
acl purgers {
    "127.0.0.1";
    "::1";
}

# Who may say the reader came over TLS (the TLS-terminating proxy, BEHIND_TLS_PROXY).
acl tls_proxies {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (local.socket != "purge" || client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (req.http.xkey-purge) {
            # Hard purge: a story that was unpublished must not be served even stale.
            set req.http.X-Purged = xkey.purge(req.http.xkey-purge);
            return (synth(200, "Purged " + req.http.X-Purged));
        }
        return (purge);  # one URL
    }
    if (local.socket == "purge") {
        return (synth(403, "Forbidden"));  # the purge listener serves no pages
    }

    # X-Forwarded-For: Varnish appends the client's address itself. X-Forwarded-Proto is
    # believed only from the TLS proxy; anyone else came over plain HTTP.
    if (!req.http.X-Forwarded-Proto || client.ip !~ tls_proxies) {
        set req.http.X-Forwarded-Proto = "http";
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);  # forms, the admin's saves; the 405s of readers' pages
    }
    if (req.url ~ "^/static/") {
        unset req.http.Cookie;  # hashed names, whitenoise's year-long lifetimes
        return (hash);
    }
    if (req.url ~ "^/(admin|healthz)" || req.http.Authorization) {
        return (pass);
    }
    if (req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);  # an editor or a logged-in reader: always fresh, never shared
    }
    # An anonymous reader: no cookie any page reads (analytics', an old csrftoken), so one
    # shared copy of each page. The site speaks Arabic only: Accept-Language varies nothing.
    unset req.http.Cookie;
    unset req.http.Accept-Language;

    # While gunicorn is up, a stale page is served only while it is refetched
    # (stale-while-revalidate); when it is down, for as long as stale-if-error allows.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 15s;
    }
    return (hash);
}

sub vcl_hash {
    # Pages carry absolute https links and redirects when the reader came over TLS.
    hash_data(req.http.X-Forwarded-Proto);
}

sub vcl_backend_response {
    if (bereq.uncacheable) {
        return (deliver);
    }
    # A failing gunicorn while a stale copy exists: keep serving the copy.
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }
    if (bereq.url ~ "^/static/") {
        unset beresp.http.Set-Cookie;
    }
    # How long a stale page may stand in for a failing gunicorn (stale-if-error); Varnish
    # reads stale-while-revalidate into the grace itself, vcl_recv caps it while healthy.
    if (beresp.http.Cache-Control ~ "stale-if-error=\d+") {
        set beresp.grace = std.duration(
            regsub(beresp.http.Cache-Control, ".*stale-if-error=(\d+).*", "\1s"), 15s);
    }
    # Compress text that gunicorn sent uncompressed (Varnish un-gzips for the rare client
    # that takes no gzip).
    if (beresp.http.Content-Type ~ "^(text/|application/(xml|rss\+xml|json|javascript)|image/svg)") {
        set beresp.do_gzip = true;
    }
    # The built-in rules follow: private, no-store, no-cache or Set-Cookie are never kept.
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    unset resp.http.xkey;  # which keys a page has is the site's business
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}
