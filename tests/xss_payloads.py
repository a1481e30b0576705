"""Script-injection payloads, and what a page must never contain after rendering them.

Every payload that would create an element if it reached the page unescaped carries a
`data-xss` attribute, so "no injected element" is one selector; those that would run
script call `alert`, so "nothing ran" is "no dialog opened" (and `window.__xss` unset).
The content security policy would block most of them anyway: the element check catches
an escaping mistake even when the policy hides its effect.
"""

PAYLOADS = [
    "<script>alert(1)</script>",
    '"><script>window.__xss=1;alert(2)</script>',
    "<img src=x onerror=alert(3) data-xss>",
    "'><img src=x onerror=alert(4) data-xss>",
    '"><svg onload=alert(5) data-xss>',
    "<svg><script>alert(6)</script></svg>",
    "</script><script>alert(7)</script>",  # breaks out of JSON-LD or any inline block
    "</title><img src=x onerror=alert(8) data-xss>",
    "<iframe src=javascript:alert(9) data-xss></iframe>",
    "<a href=javascript:alert(10) data-xss>انقر</a>",
    "javascript:alert(11)",
    "<details open ontoggle=alert(12) data-xss>",
    "<input autofocus onfocus=alert(13) data-xss>",
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(14) data-xss data-x="',
    "<base href=//evil.example/ data-xss>",
    "{{ 7|add:7 }} {% debug %} ${7*7} <%= 7*7 %>",
    "\u202eكلمة معكوسة\u202c <b data-xss>عريض</b>",
    '<noscript><p title="</noscript><img src=x onerror=alert(15) data-xss>">',
]


def payload_groups(limit: int = 150) -> list[str]:
    """The payloads joined into as few strings as fit a name field (200 characters)."""
    groups = [""]
    for payload in PAYLOADS:
        if groups[-1] and len(groups[-1]) + 1 + len(payload) > limit:
            groups.append("")
        groups[-1] = f"{groups[-1]} {payload}".strip()
    return groups


# Run in the page after it loads: every way an injection would show.
INJECTION_REPORT = """() => ({
  injected: document.querySelectorAll("[data-xss]").length,
  ran: window.__xss === 1,
  inlineScripts: [...document.querySelectorAll("script:not([src])")]
    .filter((s) => s.type !== "application/ld+json" && !s.nonce).length,
  foreignScripts: [...document.querySelectorAll("script[src]")]
    .filter((s) => new URL(s.src).origin !== location.origin).length,
  scriptLinks: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]')
    .length,
  base: document.querySelectorAll("base").length,
})"""

CLEAN = {
    "injected": 0,
    "ran": False,
    "inlineScripts": 0,
    "foreignScripts": 0,
    "scriptLinks": 0,
    "base": 0,
}
