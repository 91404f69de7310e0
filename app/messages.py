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

# ---- exporting saved work (app/folder_export.py) -----------------------------------------
PAGE_CHANGED_EXPORTED = QT_TRANSLATE_NOOP("engine", "%1: the page changed since its session was saved; exported the "
                                                    "saved work, made from the page as it was (the window keeps it too, "
                                                    "unless you open the page and choose Start afresh)")
SESSION_PAGE_CHANGED = QT_TRANSLATE_NOOP("engine", "%1: its page %2 changed since this session was saved; exported the "
                                                   "saved work, made from the page as it was (the window keeps it too, "
                                                   "unless you open the page and choose Start afresh)")

# ---- exporting a folder (app/folder_export.py) -------------------------------------------
REREAD_FAILED = QT_TRANSLATE_NOOP("engine", "%1: read again to join an article continued on it, it could not be "
                                            "(%2): written as it was read first, not joined")
PART_LEFT_OUT = QT_TRANSLATE_NOOP("engine", "%1: a part of an article here goes on to, or comes from, %2, which this "
                                            "export leaves out (another status): the article is exported in part")

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

# ---- reading a session file (app/session.py) -------------------------------------------
S_SESSION_FILE_EMPTY = QT_TRANSLATE_NOOP("engine", '%1: the session file is empty')
S_NOT_SESSION_NOT_JSON = QT_TRANSLATE_NOOP("engine", '%1: not a session: not a JSON file (to open a page, give the page itself)')
S_TOO_LARGE_FOR_SESSION_LIMIT_BYTES = QT_TRANSLATE_NOOP("engine", '%1: too large for a session (the limit is %2 bytes)')
S_NOT_ZHENGWEN_SESSION_NO_FORMAT = QT_TRANSLATE_NOOP("engine", '%1: not a Zhengwen session (a JSON file without "format": "zhengwen-session")')
S_EXPORTED_CORPUS_NOT_SESSION = QT_TRANSLATE_NOOP("engine", '%1: this is an exported corpus, not a session; open the source page instead')
S_NOT_ZHENGWEN_SESSION_ITS_FORMAT = QT_TRANSLATE_NOOP("engine", '%1: not a Zhengwen session (its format is %2)')
S_DAMAGED_SESSION_BAD_VERSION = QT_TRANSLATE_NOOP("engine", '%1: damaged session: bad version %2')
S_MADE_BY_NEWER_ZHENGWEN_VERSION_THIS_ONE_READS_UP = QT_TRANSLATE_NOOP("engine", '%1: made by a newer Zhengwen (version %2); this one reads up to %3')
S_DAMAGED_SESSION_SHA256_MISMATCH = QT_TRANSLATE_NOOP("engine", '%1: damaged session: the page text does not match its recorded sha256')
S_DAMAGED_SESSION_SOURCE_LINES_SAYS_LINES_TEXT_HAS = QT_TRANSLATE_NOOP("engine", '%1: damaged session: source.lines says %2 lines, the text has %3')
S_DAMAGED_SESSION_SETTINGS_FOLD_HALF_WIDTH_NOT_TRUE_OR_FALSE = QT_TRANSLATE_NOOP("engine", '%1: damaged session: settings.fold_half_width is not true or false')
S_DAMAGED_SESSION_ROWS_LABELS_HAS_ENTRIES_FOR_ROWS = QT_TRANSLATE_NOOP("engine", '%1: damaged session: rows.labels has %2 entries for %3 rows')
S_DAMAGED_SESSION_UNKNOWN_LABEL_CODE_ROWS_LABELS = QT_TRANSLATE_NOOP("engine", '%1: damaged session: unknown label code %2 in rows.labels')
S_DAMAGED_SESSION_ROWS_SPLITS_FIRST_ROW_CANNOT_BE_LATER_PIECE = QT_TRANSLATE_NOOP("engine", '%1: damaged session: rows.splits: the first row cannot be a later piece')
S_DAMAGED_SESSION_SPLITS_DO_NOT_MAKE_LINES = QT_TRANSLATE_NOOP("engine", "%1: damaged session: %2 rows with %3 split pieces do not make the text's %4 lines")
S_DAMAGED_SESSION_LINKS_NOT_LIST = QT_TRANSLATE_NOOP("engine", '%1: damaged session: links is not a list')
S_DAMAGED_SESSION_HAS_NO = QT_TRANSLATE_NOOP("engine", '%1: damaged session: %2 has no "%3"')
S_DAMAGED_SESSION_HAS_WRONG_TYPE = QT_TRANSLATE_NOOP("engine", '%1: damaged session: %2.%3 has the wrong type (%4)')
S_DAMAGED_SESSION_HOLDS_INVALID_CHARACTER_OFFSET = QT_TRANSLATE_NOOP("engine", '%1: damaged session: %2 holds an invalid character %3 at offset %4')
S_DAMAGED_SESSION_NOT_LIST = QT_TRANSLATE_NOOP("engine", '%1: damaged session: %2 is not a list')
S_DAMAGED_SESSION_NOT_OBJECT = QT_TRANSLATE_NOOP("engine", '%1: damaged session: %2 is not an object')
S_DAMAGED_SESSION_NOT_RUN_LENGTH_LIST = QT_TRANSLATE_NOOP("engine", '%1: damaged session: %2 is not a run-length list')
S_DAMAGED_SESSION_COVERS_ROWS_EXPECTED = QT_TRANSLATE_NOOP("engine", '%1: damaged session: %2 covers %3 rows, expected %4')
S_NOT_SESSION_NOT_UTF_TEXT_BAD_BYTE_OFFSET = QT_TRANSLATE_NOOP("engine", '%1: not a session: not UTF-8 text (bad byte at offset %2)')
S_NOT_SESSION_NOT_NUMBER_JSON_ALLOWS = QT_TRANSLATE_NOOP("engine", '%1: not a session: %2 is not a number JSON allows')
S_DAMAGED_SESSION_NUMBER_OUT_RANGE = QT_TRANSLATE_NOOP("engine", '%1: damaged session: the number %2 is out of range')
S_NOT_SESSION_NESTED_TOO_DEEPLY = QT_TRANSLATE_NOOP("engine", '%1: not a session: nested too deeply')
S_NOT_SESSION_INVALID_JSON_LINE_COLUMN = QT_TRANSLATE_NOOP("engine", '%1: not a session: invalid JSON at line %2, column %3 (%4)')
S_TOO_LARGE_FOR_SESSION_BYTES_LIMIT = QT_TRANSLATE_NOOP("engine", '%1: too large for a session (%2 bytes; the limit is %3)')
S_NO_SUCH_FILE = QT_TRANSLATE_NOOP("engine", '%1: no such file')
S_FOLDER_NOT_SESSION_FILE = QT_TRANSLATE_NOOP("engine", '%1: is a folder, not a session file')
S_CANNOT_READ = QT_TRANSLATE_NOOP("engine", '%1: cannot read: %2')
S_DAMAGED_SESSION_ROWS_TEXTS_DO_NOT_PIECE_TOGETHER_LINE_PAGE = QT_TRANSLATE_NOOP("engine", '%1: damaged session: rows.texts do not piece together line %2 of the page')
S_DAMAGED_SESSION_ROWS_WHY_TABLE_NOT_RULE_CONFIDENCE_X = QT_TRANSLATE_NOOP("engine", '%1: damaged session: rows.why.table[%2] is not [rule, confidence] x 3')
S_DAMAGED_SESSION_ROWS_WHY_BLANK_HAS_BAD_ENTRY_FOR_ROW = QT_TRANSLATE_NOOP("engine", '%1: damaged session: rows.why.blank has a bad entry for row %2')
S_DAMAGED_SESSION_ROW_LINE_HAS_TEXT_BUT_NO_LABEL = QT_TRANSLATE_NOOP("engine", '%1: damaged session: row %2 (line %3) has text but no label')
S_DAMAGED_SESSION_LINKS_HOLDS_BAD_ENTRY = QT_TRANSLATE_NOOP("engine", '%1: damaged session: links holds a bad entry %2')
S_DAMAGED_SESSION_REFERS_ROW_OUTSIDE = QT_TRANSLATE_NOOP("engine", '%1: damaged session: %2 refers to row %3, outside 0..%4')
S_DAMAGED_SESSION_NOT_INCREASING_ORDER = QT_TRANSLATE_NOOP("engine", '%1: damaged session: %2 is not in increasing order')
S_DAMAGED_SESSION_ENTRY_HAS_WRONG_TYPE = QT_TRANSLATE_NOOP("engine", '%1: damaged session: %2[%3] has the wrong type (%4)')
S_DAMAGED_SESSION_HAS_BAD_RUN_X = QT_TRANSLATE_NOOP("engine", '%1: damaged session: %2 has a bad run (%3 x %4)')
S_DAMAGED_SESSION_COVERS_MORE_THAN_ROWS_EXPECTED = QT_TRANSLATE_NOOP("engine", '%1: damaged session: %2 covers more than the %3 rows expected')
S_CUT_SHORT_INSIDE_CHARACTER = QT_TRANSLATE_NOOP("engine", '%1: the session file is cut short (truncated inside a character at byte %2); it may have been copied or saved incompletely')
S_CUT_SHORT_AT_LINE = QT_TRANSLATE_NOOP("engine", '%1: the session file is cut short (truncated at line %2, column %3); it may have been copied or saved incompletely')
S_DAMAGED_SESSION_ROWS_BLANK_NAMES_ROW_WHICH_NOT_BLANK = QT_TRANSLATE_NOOP("engine", '%1: damaged session: rows.%2_blank names row %3, which is not blank')
S_DAMAGED_SESSION_ROWS_BLANK_HAS_BAD = QT_TRANSLATE_NOOP("engine", '%1: damaged session: rows.%2_blank has a bad %3 %4')
S_DAMAGED_SESSION_LINKS_HOLDS_BAD_LINK = QT_TRANSLATE_NOOP("engine", '%1: damaged session: links holds a bad link %2')
S_DAMAGED_SESSION_GOES_ON_NOT_LIST = QT_TRANSLATE_NOOP("engine", '%1: damaged session: goes_on is not a list')
S_DAMAGED_SESSION_GOES_ON_HOLDS_BAD_ENTRY = QT_TRANSLATE_NOOP("engine", '%1: damaged session: goes_on holds a bad entry %2')
S_DAMAGED_SESSION_PAGE_NUMBER_NOT_PAGE_NUMBER = QT_TRANSLATE_NOOP("engine", '%1: damaged session: page.number %2 is not a page number')
