"""What the newsroom's mixins extend, as the type checker sees them.

A mixin for a ModelAdmin, an inline or a ChangeList calls the class it is mixed into
through `super()` and reads its attributes. At run time it extends nothing (`object`, so
the admin classes' method resolution order is unchanged); for the type checker, the class
it completes, so that those calls are checked.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from django.contrib.admin import ModelAdmin
    from django.contrib.admin.options import BaseModelAdmin
    from django.contrib.admin.views.main import ChangeList

    ModelAdminMixin = ModelAdmin
    BaseModelAdminMixin = BaseModelAdmin
    ChangeListMixin = ChangeList
else:
    ModelAdminMixin = BaseModelAdminMixin = ChangeListMixin = object
