from axes.apps import AppConfig as AxesAppConfig
from django.utils.translation import gettext_lazy as _


class LoginThrottlingConfig(AxesAppConfig):
    """django-axes, under an Arabic heading in the newsroom's admin."""

    verbose_name = _("حماية تسجيل الدخول")
