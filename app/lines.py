"""Physical lines of a page's text, numbered the way a text editor numbers them."""

from __future__ import annotations


def split_lines(text: str) -> list[str]:
    r"""Split *text* into physical lines the way a text editor counts them.

    Only ``\r\n``, ``\n`` and ``\r`` end a line (``str.splitlines`` also breaks on
    ``\x0b \x0c \x1c-\x1e \x85 \u2028 \u2029``; those stay inside the line here).  A
    final line end does not start an extra empty line.  Callers number lines from 1.

    >>> split_lines("a\nb\n")
    ['a', 'b']
    >>> split_lines("a\r\nb\rc")
    ['a', 'b', 'c']
    >>> split_lines("")
    []
    >>> split_lines("\n")
    ['']
    >>> split_lines("x\x0cy\u2028z\x85!\n\n")
    ['x\x0cy\u2028z\x85!', '']
    """
    if not text:
        return []
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    return lines
