"""The window's language: Swedish (the default) or English, chosen per user and kept in QSettings.

``install_translators`` is called once at start-up with ``current_language()``: for English it loads
the program's translation (``resources/translations/stic_en.qm``, made from ``stic_en.ts`` by
``tools/update_translations.py``); for Swedish, Qt's own Swedish texts so that standard buttons and
dialogs say "Avbryt" and "Spara". It also sets the default ``QLocale``, so date and number widgets
follow the language. A language chosen in the settings applies from the next start.

Only the window is translated. Data (names, titles, what users typed), messages from the services and
the printed documents stay Swedish; the services' labels (statuses, kinds, stages, form labels) are
shown through ``labels.label``. The helpers at the end name months and weekdays in the window's language.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from stic_desktop import logs
from stic_desktop.paths import resource

LANGUAGE_KEY = "ui/language"
LANGUAGES = {"sv": "Svenska", "en": "English"}
DEFAULT_LANGUAGE = "sv"
QM_FILE = ("translations", "stic_en.qm")
_LOCALES = {
    "sv": (QLocale.Language.Swedish, QLocale.Country.Sweden),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
_applied = DEFAULT_LANGUAGE  # the language installed in this process (Swedish until start-up installs one)


def current_language() -> str:
    """The language the user chose ("sv" or "en"); anything unknown is Swedish."""
    value = QSettings().value(LANGUAGE_KEY, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_language(code: str) -> None:
    """Remembers the user's language for the next start."""
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    QSettings().setValue(LANGUAGE_KEY, code)


def applied_language() -> str:
    """The language the running program shows (it can differ from the chosen one until a restart)."""
    return _applied


def ui_locale(code: str | None = None) -> QLocale:
    language, country = _LOCALES.get(code or _applied, _LOCALES[DEFAULT_LANGUAGE])
    return QLocale(language, country)


def install_translators(app: QCoreApplication, code: str) -> None:
    """Translates the window into ``code`` (unknown: Swedish), replacing translators installed before."""
    global _applied
    code = code if code in LANGUAGES else DEFAULT_LANGUAGE
    for old in getattr(app, "_stic_translators", ()):
        app.removeTranslator(old)
    translators: list[QTranslator] = []
    if code == "en":
        files = [(QM_FILE[1], str(resource(QM_FILE[0])))]
    else:  # Qt's standard buttons and dialogs in Swedish
        files = [(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    for name, folder in files:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
        else:
            logs.logger.warning("translation %s not found in %s", name, folder)
    app._stic_translators = translators  # the translators live as long as the application
    QLocale.setDefault(ui_locale(code))
    _applied = code


# --- dates in the window's language ------------------------------------------------------------

def month_name(month: int, *, short: bool = False) -> str:
    """"februari"/"feb" in Swedish, "February"/"Feb" in English (``month`` 1-12)."""
    if _applied == "sv":
        from stic_desktop.core import dates

        return dates.month_name(month, short=short)
    form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return ui_locale().standaloneMonthName(month, form)


def weekday_name(weekday: int, *, short: bool = False) -> str:
    """"tisdag"/"tis" in Swedish, "Tuesday"/"Tue" in English (``weekday`` as ``date.weekday()``, Monday 0)."""
    if _applied == "sv":
        from stic_desktop.core import dates

        return dates.weekday_name(weekday, short=short)
    form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return ui_locale().standaloneDayName(weekday + 1, form)


def long_date(day: date, *, weekday: bool = False) -> str:
    """"3 februari 2026" or "tisdag 3 februari 2026"; in English "3 February 2026", "Tuesday 3 February 2026"."""
    text = f"{day.day} {month_name(day.month)} {day.year}"
    return f"{weekday_name(day.weekday())} {text}" if weekday else text


def week_label(week: int) -> str:
    """"v. 48" ("Wk 48"), the week number beside a calendar row."""
    return QCoreApplication.translate("calendar", "v. %1").replace("%1", str(week))


def day_month(day: date, *, weekday: bool = False, short_month: bool = False) -> str:
    """"3 februari" ("tis 3 feb" with a short weekday and month); in English "3 February", "Tue 3 Feb"."""
    text = f"{day.day} {month_name(day.month, short=short_month)}"
    return f"{weekday_name(day.weekday(), short=True)} {text}" if weekday else text
