class UnicodeSlugConverter:
    """Like Django's `slug` converter, but Arabic letters are word characters too."""

    regex = r"[-\w]+"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


class AnySegmentConverter:
    """Any one path segment, so a mangled article slug can still be redirected."""

    regex = r"[^/]+"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value
