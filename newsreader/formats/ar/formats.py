"""How Django writes dates for "ar" where the project's own display does not reach (the
admin's readonly fields, filters, history): «5 ديسمبر 2026، 9:00 ص», day first, the Arabic
comma, the 12-hour time with ص/م. Django's own "ar" module leaves DATETIME_FORMAT to the
English default («ديسمبر 5, 2026, 9 ص»)."""

DATE_FORMAT = "j F Y"
TIME_FORMAT = "g:i A"
DATETIME_FORMAT = "j F Y، g:i A"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "j/n/Y"
SHORT_DATETIME_FORMAT = "j/n/Y، g:i A"
