from django import forms
from django.utils.translation import gettext_lazy as _

from . import listing
from .models import Source
from .search import MAX_QUERY_CHARS


class SearchForm(forms.Form):
    """The search box and its filters. Anything invalid is dropped, never an error page."""

    q = forms.CharField(label=_("كلمات البحث"), required=False, strip=True)
    source = forms.ModelChoiceField(
        label=_("المصدر"),
        queryset=Source.objects.none(),  # those with a public article: see __init__
        to_field_name="slug",
        required=False,
        empty_label=_("كل المصادر"),
    )
    tag = forms.SlugField(required=False, allow_unicode=True, widget=forms.HiddenInput)
    entity = forms.SlugField(required=False, allow_unicode=True, widget=forms.HiddenInput)
    date_from = forms.DateField(
        label=_("من تاريخ"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    sort = forms.ChoiceField(
        label=_("الترتيب"),
        required=False,
        choices=[("", _("الأكثر صلة")), ("newest", _("الأحدث"))],
    )
    date_to = forms.DateField(
        label=_("إلى تاريخ"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.sources = listing.public_subjects(Source).order_by("name_key")
        source = self.fields["source"]
        assert isinstance(source, forms.ModelChoiceField)  # declared so above
        source.queryset = self.sources

    def clean_q(self) -> str:
        # Hostile or pasted input: bound the work, never fail on it.
        return self.cleaned_data["q"][:MAX_QUERY_CHARS]

    def filters(self) -> dict:
        """The valid part of the form; an invalid field counts as absent."""
        self.is_valid()
        return {k: v for k, v in getattr(self, "cleaned_data", {}).items() if v}
