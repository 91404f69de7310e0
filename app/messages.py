"""Every sentence the engine says to a person, in one catalogue.

A :class:`Message` is an English sentence with ``%1``, ``%2``… standing for its values
(file names, numbers) and is what app/ puts in an exception or a note. The command line
prints it in English; the window installs a translator (:func:`use_translator`, context
``"engine"`` of the interface's catalogue), so the same ``str(message)`` reads in the
interface's language wherever the window shows it. The sentences are listed here, each
marked for the translation tools.
"""
from __future__ import annotations

from dataclasses import dataclass


def QT_TRANSLATE_NOOP(context, text):  # noqa: N802 - the name pyside6-lupdate looks for
    return text


_translate = None       # the interface's translation of a sentence, when a window runs


def use_translator(translate) -> None:
    """``translate(sentence) -> sentence`` from now on (``None``: English)."""
    global _translate
    _translate = translate


@dataclass(frozen=True)
class Message:
    """A sentence with ``%1``… for ``values``; ``str()`` gives it in the interface's
    language with the values filled in.

    >>> str(Message(OPENED_SESSION, ("a.json",)))
    'opened the session a.json'
    """
    sentence: str
    values: tuple = ()

    def text(self, translate=None) -> str:
        translate = translate or _translate
        out = translate(self.sentence) if translate is not None else self.sentence
        for i, v in enumerate(self.values, 1):
            out = out.replace(f"%{i}", str(v))
        return out

    def __str__(self):
        return self.text()


def say(sentence: str, *values) -> Message:
    return Message(sentence, tuple(values))


# ---- opening a page (app/pagework.py) --------------------------------------------------
IS_FOLDER = QT_TRANSLATE_NOOP("engine", "%1: is a folder; open it as a folder (zhengwen FOLDER)")
OPENED_SESSION = QT_TRANSLATE_NOOP("engine", "opened the session %1")
IS_CORPUS = QT_TRANSLATE_NOOP("engine", "%1: an exported corpus, not a page or a session; open the page it was made from")
NOT_A_SESSION = QT_TRANSLATE_NOOP("engine", "%1: not a Zhengwen session; Zhengwen will not write over it "
                                            "(choose a new file for --session)")
RESUMED_OLDER = QT_TRANSLATE_NOOP("engine", "resumed the older session %1; saving keeps it in %2")
RESUMED_SAVED = QT_TRANSLATE_NOOP("engine", "resumed the session saved %1")
STARTED_AFRESH = QT_TRANSLATE_NOOP("engine", "started afresh from the changed page; the next save replaces its session")
STEPS_UNREADABLE = QT_TRANSLATE_NOOP("engine", "unsaved steps could not be read (%1); the file is left as it is")
STEPS_SET_ASIDE = QT_TRANSLATE_NOOP("engine", "unsaved steps from an older state of this session were kept in %1")
STEPS_RESTORED = QT_TRANSLATE_NOOP("engine", "restored %1 unsaved steps")

# ---- reading a file (app/decoding/read.py) ----------------------------------------------
NOT_A_PATH = QT_TRANSLATE_NOOP("engine", "%1: not a file path.")
NO_SUCH_FILE = QT_TRANSLATE_NOOP("engine", "%1: no such file.")
CANNOT_LOOK = QT_TRANSLATE_NOOP("engine", "%1: permission denied (cannot look at the file).")
CANNOT_OPEN = QT_TRANSLATE_NOOP("engine", "%1: cannot open: %2.")
IS_FOLDER_NOT_TEXT = QT_TRANSLATE_NOOP("engine", "%1: is a folder, not a text file.")
NOT_REGULAR = QT_TRANSLATE_NOOP("engine", "%1: is not a regular file (a device, pipe or socket).")
TOO_LARGE = QT_TRANSLATE_NOOP("engine", "%1: too large (%2; the limit is %3).")
NOT_READABLE = QT_TRANSLATE_NOOP("engine", "%1: permission denied (the file is not readable).")
CANNOT_READ = QT_TRANSLATE_NOOP("engine", "%1: cannot read: %2.")
TOO_LARGE_READ = QT_TRANSLATE_NOOP("engine", "%1: too large (more than %2).")

# ---- the user's keymap file (app/keymap.py) ----------------------------------------------
KEY_UNKNOWN_ACTION = QT_TRANSLATE_NOOP("engine", "unknown action %1 in the keymap file")
KEY_FIXED = QT_TRANSLATE_NOOP("engine", "%1 is a fixed movement key and cannot be changed")
KEY_NOT_LIST = QT_TRANSLATE_NOOP("engine", "keys of %1 must be a list of strings")
KEY_UNKNOWN_MODIFIER = QT_TRANSLATE_NOOP("engine", "unknown modifier %1 in key %2")
KEY_FILE_NOT_OBJECT = QT_TRANSLATE_NOOP("engine", "a keymap file holds a JSON object")
KEY_FILE_NO_KEYS = QT_TRANSLATE_NOOP("engine", "\"keys\" must be an object of action id -> list of keys")

# ---- sessions and journals (app/session.py, app/journal.py) ------------------------------
ROWS_NOT_SOURCE = QT_TRANSLATE_NOOP("engine", "%1: the document's rows do not cover its source text")
CANNOT_SAVE = QT_TRANSLATE_NOOP("engine", "%1: cannot save the session: %2")
CANNOT_LOCK = QT_TRANSLATE_NOOP("engine", "%1: cannot lock the session (its lock file keeps changing)")
JOURNAL_TOO_LARGE = QT_TRANSLATE_NOOP("engine", "%1: too large for a journal (%2 bytes)")
JOURNAL_UNREADABLE = QT_TRANSLATE_NOOP("engine", "%1: cannot read: %2")
JOURNAL_NOT_JSON = QT_TRANSLATE_NOOP("engine", "%1: not a journal (its first line is not JSON)")
JOURNAL_NOT_OURS = QT_TRANSLATE_NOOP("engine", "%1: not a Zhengwen journal")
JOURNAL_VERSION = QT_TRANSLATE_NOOP("engine", "%1: a journal of another Zhengwen version (%2)")
JOURNAL_DAMAGED = QT_TRANSLATE_NOOP("engine", "%1: damaged at line %2")
JOURNAL_NOT_STEP = QT_TRANSLATE_NOOP("engine", "%1: line %2 is not a step")
JOURNAL_STEP_FAILS = QT_TRANSLATE_NOOP("engine", "step %1 of %2 does not apply: %3")

# ---- decoding a page's bytes (app/decoding/) ---------------------------------------------
BINARY_KIND = QT_TRANSLATE_NOOP("engine", "%1: looks like %2, not text (a binary file).")
BINARY_NUL_BYTE = QT_TRANSLATE_NOOP("engine", "%1: looks binary, not text (NUL byte at offset %2).\n"
                                              "If it really is text, use --encoding NAME to force one.")
BINARY_NUL_CHARS = QT_TRANSLATE_NOOP("engine", "%1: looks binary, not text (contains NUL characters).\n"
                                               "If it really is text, use --encoding NAME to force one.")
BINARY_CONTROLS = QT_TRANSLATE_NOOP("engine", "%1: looks binary, not text (%2 control characters in the first %3).\n"
                                              "If it really is text, use --encoding NAME to force one.")
UNKNOWN_ENCODING = QT_TRANSLATE_NOOP("engine", "%1: unknown text encoding %2 (try utf-8, gb18030, big5hkscs or utf-16).")
NOT_VALID_IN = QT_TRANSLATE_NOOP("engine", "%1: not valid %2: %3.\nUse --errors replace to decode it anyway.")
UNKNOWN_ERRORS = QT_TRANSLATE_NOOP("engine", "%1: unknown error handling %2; use one of %3.")
ENCODING_HINT = QT_TRANSLATE_NOOP("engine", "Use --encoding NAME (and --errors replace) to force one.")
UTF8_CUT_SHORT = QT_TRANSLATE_NOOP("engine", "%1: UTF-8, but cut short in the middle of a character at offset %2.\n"
                                             "Use --encoding NAME (and --errors replace) to force one.")
UTF8_MIXED = QT_TRANSLATE_NOOP("engine", "%1: mostly UTF-8, but %2 starts a stretch in another encoding (GBK?).\n"
                                         "Use --encoding NAME (and --errors replace) to force one.")
AMBIGUOUS = QT_TRANSLATE_NOOP("engine", "%1: cannot tell which encoding this is; it reads cleanly as %2.\n"
                                        "Force the right one: %3.")
UNDECODABLE = QT_TRANSLATE_NOOP("engine", "%1: cannot decode as %2: %3.\n%4")
UNDECODABLE_AS = QT_TRANSLATE_NOOP("engine", "%1: cannot decode as %2: %3 as %4.\n%5")
MIGHT_BE = QT_TRANSLATE_NOOP("engine", "It might be %1 (detector confidence %2): use --encoding %1.")
BAD_AFTER_BOM = QT_TRANSLATE_NOOP("engine", "%1: starts with a %2 byte-order mark but is not valid %2: %3.\n"
                                            "Use --encoding NAME (and --errors replace) to force one.")
WIDE_ODD_LENGTH = QT_TRANSLATE_NOOP("engine", "%1: looks like %2 text without a byte-order mark, but has an "
                                              "odd number of bytes (byte %3 at offset %4 is left over).\n"
                                              "Use --encoding NAME (and --errors replace) to force one.")
