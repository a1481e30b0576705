"""Forms of the newsroom: the article form with its lock, entity review rows, paste import."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.core.files import File
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ..display import long_datetime
from ..images.uploads import check_upload
from ..models import Article, ArticleEntity
from ..revisions import revisions_of
from ..text.plaintext import stored_text

MAX_PASTE_CHARS = 200_000


class StoredTextField(forms.CharField):
    """A textarea's text as the model stores it (LF line ends): an unchanged field posted
    back by a browser (CRLF) is unchanged, for `changed_data` as for the revision."""

    def to_python(self, value):
        text = super().to_python(value)
        return stored_text(text) if text else text


class LeadImageField(forms.ImageField):
    """The lead image: refused with the reason, in Arabic, when it is too large, has too
    many pixels (a decompression bomb), is not an image or is broken (images.uploads)."""

    def to_python(self, data):
        if isinstance(data, File):  # anything else is refused by ImageField itself
            check_upload(data)
        return super().to_python(data)


class ArticleAdminForm(forms.ModelForm):
    """The article form carries the version it was loaded at (optimistic locking).

    A save is refused when someone saved the article since: the editor's text stays in
    the form, with a message saying who saved it and when.
    """

    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Article
        fields = (
            "title",
            "summary",
            "body",
            "status",
            "published_at",
            "source",
            "source_url",
            "slug",
            "image",
            "image_alt",
            "image_caption",
            "image_credit",
            "tags",
        )
        field_classes = {
            "summary": StoredTextField,
            "body": StoredTextField,
            "image": LeadImageField,
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            self.fields["loaded_version"].initial = self.instance.version

    def clean(self):
        super().clean()
        cleaned = self.cleaned_data
        # An unchanged image is the stored file; a cleared one is False.
        if cleaned.get("image") and not cleaned.get("image_alt", "").strip():
            self.add_error(
                "image_alt",
                ValidationError(
                    _(
                        "اكتب وصفًا قصيرًا لما في الصورة: يقرؤه قارئ الشاشة لمن لا يرى، "
                        "ويظهر مكانها إن لم تُحمَّل. لا يُحفظ المقال بصورة بلا وصف."
                    ),
                    code="alt_required",
                ),
            )
        if self.instance.pk is not None:
            # Locks the row until the admin's transaction ends: no save slips in between.
            current = (
                Article.objects.select_for_update()
                .filter(pk=self.instance.pk)
                .values_list("version", flat=True)
                .first()
            )
            if cleaned.get("loaded_version") != current:
                raise ValidationError(self._conflict_message(), code="stale")
        return cleaned

    def _conflict_message(self):
        latest = revisions_of(self.instance.pk).first()
        who = (latest.history_user.get_username() if latest and latest.history_user else "") or _(
            "محرر آخر"
        )
        # Date and time both in the site's time zone (history_date is stored in UTC).
        when = long_datetime(latest.history_date) if latest else ""
        change_url = reverse("admin:articles_article_change", args=[self.instance.pk])
        history_url = reverse("admin:articles_article_history", args=[self.instance.pk])
        return format_html(
            gettext(
                "لم يُحفظ تعديلك: حفظ {who} هذا المقال ({when}) بعد أن فتحتَه، وحفظك "
                "الآن كان سيمحو تعديله. نصّك ما زال في النموذج أدناه كما كتبته: انسخ ما تريد "
                'الإبقاء عليه، ثم افتح <a href="{change_url}" target="_blank" rel="noopener">'
                'النسخة الأحدث</a> وأضِفه إليها. ما الذي تغيّر؟ <a href="{history_url}" '
                'target="_blank" rel="noopener">سجل النسخ</a>.'
            ),
            who=who,
            when=when,
            change_url=change_url,
            history_url=history_url,
        )


class EntityReviewForm(forms.ModelForm):
    """One entity found in the article: pin it as the subject, confirm it, or remove it."""

    confirmed = forms.BooleanField(
        label=_("مؤكد"),
        required=False,
        help_text=_("قرار المحرر: يبقى الربط حتى لو لم يعد النص يذكره."),
    )

    class Meta:
        model = ArticleEntity
        fields = ("is_about", "confirmed", "removed")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["confirmed"].initial = self.instance.origin == ArticleEntity.Origin.EDITOR

    def save(self, commit: bool = True) -> ArticleEntity:
        link = self.instance
        # Pinning or removing is a decision too; un-confirming hands it back to the matcher.
        decided = self.cleaned_data.get("confirmed") or link.is_about or link.removed
        link.origin = ArticleEntity.Origin.EDITOR if decided else ArticleEntity.Origin.AUTO
        if link.removed:
            link.is_about = False
        return super().save(commit)


class EntityAddForm(forms.ModelForm):
    """An entity the editor adds by hand (autocomplete): the editor's link."""

    class Meta:
        model = ArticleEntity
        fields = ("entity", "is_about")

    def validate_unique(self) -> None:
        # An entity already in the list (even removed) is updated by save(), not refused.
        pass

    def validate_constraints(self) -> None:
        pass

    def save(self, commit: bool = True) -> ArticleEntity:
        link, _created = ArticleEntity.objects.update_or_create(
            article=self.instance.article,
            entity=self.cleaned_data["entity"],
            defaults={
                "origin": ArticleEntity.Origin.EDITOR,
                "removed": False,
                "is_about": self.cleaned_data.get("is_about", False),
            },
        )
        self.instance = link
        return link


class PasteImportForm(forms.Form):
    text = forms.CharField(
        label=_("نص الصفحة"),
        max_length=MAX_PASTE_CHARS,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 22, "dir": "auto", "class": "paste-text"}),
        help_text=_(
            "انسخ صفحة الخبر كلها من المتصفح والصقها هنا كما هي: العنوان والتوقيع والتاريخ "
            "والنص والوسوم. تُحذف زوائد الصفحة (المشاركة، «اقرأ أيضًا»، حقوق النشر) وحدها."
        ),
    )
    source_url = forms.URLField(
        label=_("رابط الصفحة"),
        required=False,
        assume_scheme="https",
        max_length=Article._meta.get_field("source_url").max_length,
        widget=forms.URLInput(attrs={"dir": "auto", "size": 80}),
        help_text=_("اختياري: يمنع استيراد الخبر نفسه مرتين."),
    )

    def clean_text(self) -> str:
        text = self.cleaned_data["text"].replace("\x00", "")
        if not text.strip():
            raise ValidationError(_("الصق نص الصفحة أولًا."))
        return text
