"""What the text of one line may hold.

A row is one line of the page: the decoder split the page at its line ends, so no row's
text holds one, and none holds a NUL (a page with one is refused as binary). An edit must
keep it so, or a pasted ``第一行\\n\\n# 假标题`` would carry a fake heading into the
Markdown export and a NUL into every file written. A line may keep the other control
characters the page gave it (a form feed inside a line is the page's), but an edit may not
bring new ones.

>>> LINE_END.split("第一行\\r\\n\\n# 假标题\\r")
['第一行', '', '# 假标题', '']
>>> sorted(new_controls("a\\x00b\\x1b[1m\\x0c\\tc", before="x\\x0cy"))
['\\x00', '\\x1b']
>>> char_name("\\x00"), char_name("\\x1b"), char_name("\\u2028")
('U+0000 NUL', 'U+001B ESC', 'U+2028 LINE SEPARATOR')
"""
from __future__ import annotations

import re
import unicodedata

#: Most characters an edit may give a line (a longer line of the page may keep its length):
#: a line editor holding a 100k-character paste, and every repaint measuring it, is no use.
MAX_CHARS = 10_000

#: Most lines one edit may split a line into: a paste of a whole page into the line editor
#: is a slip, and every line of it is a row inserted into the document.
MAX_LINES = 100

#: The line ends the decoder splits a page at (``app.decode.split_lines``).
LINE_END = re.compile(r"\r\n|\r|\n")

# C0 and C1 controls and DEL but the tab (a layout space) and the line ends (split at),
# and the Unicode line and paragraph separators
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")

# the C0 abbreviations unicodedata has no name for
_C0 = ("NUL SOH STX ETX EOT ENQ ACK BEL BS HT LF VT FF CR SO SI DLE DC1 DC2 DC3 DC4 NAK SYN ETB "
       "CAN EM SUB ESC FS GS RS US").split()


def new_controls(text: str, before: str = "") -> set[str]:
    """The control characters in ``text`` (line ends and tabs aside) that ``before`` did
    not hold."""
    return set(_CONTROL.findall(text)) - set(_CONTROL.findall(before))


def char_name(ch: str) -> str:
    """``U+001B ESC``: a character that does not print, named for a message."""
    code = ord(ch)
    name = _C0[code] if code < 32 else ("DEL" if code == 127 else unicodedata.name(ch, "control"))
    return f"U+{code:04X} {name}"


def problem(text, before: str = "") -> str | None:
    """Why ``text`` cannot be a line's text (``before`` is what the line held), or None."""
    if text is None:
        return None
    if LINE_END.search(text):
        return "a line's text cannot hold a line end"
    bad = new_controls(text, before)
    if bad:
        return f"a line's text cannot gain the control character {char_name(min(bad))}"
    return None
