"""Read an HTML form the way a browser submits it, so tests post what editors post."""

from __future__ import annotations

from html.parser import HTMLParser


class _FormReader(HTMLParser):
    def __init__(self, form_id: str | None) -> None:
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.fields: list[tuple[str, str]] = []
        self.attrs_of: dict[str, dict] = {}
        self._select: str | None = None
        self._option: dict | None = None
        self._options: list[tuple[str, bool]] = []
        self._textarea: str | None = None
        self._text = ""

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and (self.form_id is None or attrs.get("id") == self.form_id):
            self.inside = True
        if not self.inside:
            return
        name = attrs.get("name")
        if name:
            attrs["_tag"] = tag
        if tag == "input" and name:
            self.attrs_of[name] = attrs
            kind = attrs.get("type", "text")
            if kind in ("submit", "button", "file", "image", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.fields.append((name, attrs.get("value", "on" if kind == "checkbox" else "")))
        elif tag == "textarea" and name:
            self.attrs_of[name] = attrs
            self._textarea, self._text = name, ""
        elif tag == "select" and name:
            self.attrs_of[name] = attrs
            self._select, self._options = name, []
        elif tag == "option" and self._select:
            self._option = {
                "value": attrs.get("value"),
                "selected": "selected" in attrs,
                "text": "",
            }

    def handle_data(self, data):
        if self._textarea is not None:
            self._text += data
        if self._option is not None:
            self._option["text"] += data

    def handle_endtag(self, tag):
        if tag == "form" and self.inside:
            self.inside = False
        elif tag == "textarea" and self._textarea is not None:
            # A browser drops the newline right after <textarea>.
            self.fields.append((self._textarea, self._text.removeprefix("\n")))
            self._textarea = None
        elif tag == "option" and self._option is not None:
            value = self._option["value"]
            self._options.append(
                (self._option["text"] if value is None else value, self._option["selected"])
            )
            self._option = None
        elif tag == "select" and self._select is not None:
            chosen = [value for value, selected in self._options if selected]
            attrs = self.attrs_of[self._select]
            if not chosen and "multiple" not in attrs and self._options:
                chosen = [self._options[0][0]]
            self.fields.extend((self._select, value) for value in chosen)
            self._select = None


def form_data(html: str, form_id: str | None = None) -> dict[str, str | list[str]]:
    """The name → value(s) a browser would submit from the form (first one, or `form_id`)."""
    reader = _FormReader(form_id)
    reader.feed(html)
    data: dict[str, str | list[str]] = {}
    for name, value in reader.fields:
        if name in data:
            existing = data[name]
            data[name] = [*existing, value] if isinstance(existing, list) else [existing, value]
        else:
            data[name] = value
    return data


def form_widgets(html: str, form_id: str | None = None) -> dict[str, dict]:
    """The attributes of every named input, textarea and select in the form."""
    reader = _FormReader(form_id)
    reader.feed(html)
    return reader.attrs_of


def article_form(client, article=None) -> dict:
    """What the article's admin form (or the add form) submits untouched."""
    url = (
        f"/admin/articles/article/{article.pk}/change/"
        if article
        else "/admin/articles/article/add/"
    )
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return form_data(response.text, "article_form")
