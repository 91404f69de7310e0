"""The interface language: English (the source strings) or Simplified Chinese.

The language follows the system locale unless ``--lang`` names one. The window's own
translation is ``resources/i18n/zhengwen_zh_CN.qm`` (and ``zhengwen_en.qm``, the English
plural forms); Qt's ``qtbase_zh_CN.qm`` from the PySide6 wheel translates the standard
buttons (Save, Cancel, …) and dialogs. Refresh the catalogues after changing visible text
with ``tools/update_translations.sh``.
"""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N_DIR = files("resources") / "i18n"
LANGUAGES = ("en", "zh_CN")

# Messages that reach Qt only through a helper taking a variable (``_tr(s)`` in
# widgets/autosave.py), which pyside6-lupdate cannot follow: listed here so the catalogue
# keeps them. tests/gui/test_i18n.py checks that every literal passed to such a helper is
# in the catalogue.
HELPER_MESSAGES = (
    QT_TRANSLATE_NOOP("Autosave", "Autosave failed: %1"),
    QT_TRANSLATE_NOOP("Autosave", "Restore unsaved work?"),
    QT_TRANSLATE_NOOP("Autosave", "Zhengwen did not close normally. Unsaved work on %2 from %1 was "
                                  "kept aside.\n\nRestore it?"),
    QT_TRANSLATE_NOOP("Autosave", "Restore"),
    QT_TRANSLATE_NOOP("Autosave", "Discard"),
)


def choose_language(lang: str | None = None, system: str | None = None) -> str:
    """``lang`` when given ("zh_CN" or "en"), else Chinese for any Chinese system locale.

    >>> choose_language("en", "zh_CN"), choose_language(None, "zh_TW"), choose_language(None, "de_DE")
    ('en', 'zh_CN', 'en')
    """
    if lang:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown interface language {lang!r} (known: {', '.join(LANGUAGES)})")
        return lang
    system = QLocale.system().name() if system is None else system
    return "zh_CN" if system.lower().startswith("zh") else "en"


def remove_translators(app) -> None:
    for t in getattr(app, "_zhengwen_translators", None) or []:
        app.removeTranslator(t)
    app._zhengwen_translators = []


def install_translator(app, lang: str | None = None) -> str:
    """Install the translations for ``lang`` (see :func:`choose_language`) on ``app``,
    replacing any installed earlier by this function; returns the language in effect.

    English needs a catalogue only for plural forms (``self.tr("%n step(s)", "", n)``
    reads "1 step", "2 steps" through ``zhengwen_en.qm``): the source strings are English.
    A missing catalogue leaves the interface in English (plurals as "step(s)") rather than
    failing to start.
    """
    remove_translators(app)
    chosen = choose_language(lang)
    # the engine's sentences (app/messages.py) read in the interface's language too
    from app.messages import use_translator
    use_translator(lambda s: QCoreApplication.translate("engine", s))
    if chosen == "en":
        # number and date formats stay the system's, unless that would put Chinese ones
        # into an English interface
        system = QLocale.system()
        QLocale.setDefault(QLocale("en_US") if system.name().lower().startswith("zh") else system)
        catalogues = ((I18N_DIR, "zhengwen"),)      # the plural forms of tr(…, n) only
    else:
        QLocale.setDefault(QLocale(chosen))
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        catalogues = ((I18N_DIR, "zhengwen"), (qt_dir, "qtbase"))
    for folder, name in catalogues:
        t = QTranslator(app)
        if t.load(f"{name}_{chosen}", str(folder)):
            app.installTranslator(t)
            app._zhengwen_translators.append(t)
    return chosen
