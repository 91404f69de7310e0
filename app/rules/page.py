"""The per-line features every stage of the pass reads, computed once per page.

Each feature is a column (a list indexed by k, the position among the non-blank lines),
built with whole-column expressions: the pass runs on pages of a million lines, where a
Python call per line per feature is what costs. The rules in :mod:`.lines` stay the
specification; the columns here are their values, and tests hold the two equal.
"""
from __future__ import annotations

from itertools import accumulate, compress, count, repeat
from operator import add, and_, eq, itemgetter, mul, sub, truediv

from .chars import NO_LINE_START, width
from .lineindex import LineIndex
from .lines import _END_STRIP, _END_STRIP_SET, _FINAL_SET, ends_final, opens_with_word_end, strip
from .text import is_letter_spaced

_LEAD = frozenset(" \t\u00a0\u3000")
_DASH_OR_DOTS = frozenset("—…")


def widths(texts, spaced, exact=()):
    """:func:`~.chars.width` of each text (``spaced``: it holds a space; ``exact``: the
    positions of texts to measure character by character), from the UTF-8 length where
    every character is one byte (narrow) or three (wide), which is nearly every character
    of a Chinese page: then the width is (bytes + characters) / 4, spaces left out. Where
    the bytes cannot be read that way (an odd count of two- or four-byte characters) the
    characters are counted. A pair of narrow accented letters or of narrow three-byte
    symbols (→, ℃) is still read as wide: rare, and widths only steer column estimates.

    >>> widths(["全县 37 所", "会 的 一 块", "书香郴州·阅读", "abc中", "a\u3000b"], [True, True, False, False, False], [4])
    [4.0, 4.0, 7.0, 2.5, 1.5]
    """
    texts = list(texts)
    for k in compress(count(), spaced):
        texts[k] = texts[k].replace(" ", "")
    b = list(map(len, map(str.encode, texts)))
    c = list(map(len, texts))
    out = list(map(truediv, map(add, b, c), repeat(4)))
    for k in compress(count(), map(and_, map(sub, b, c), repeat(1))):
        out[k] = width(texts[k])
    for k in exact:
        out[k] = width(texts[k])
    return out


def ends_final_column(texts, last):
    """:func:`~.lines.ends_final` of each text, given each text's last character.

    >>> ends_final_column(["他说：“这是好事。", "”", "接着"], ["。", "”", "着"])
    [True, True, False]
    >>> ends_final_column(["新群体带", "”"], ["带", "”"])
    [False, False]
    """
    out = list(map(_FINAL_SET.__contains__, last))
    for k in compress(count(), map(_END_STRIP_SET.__contains__, last)):
        out[k] = ends_final(texts[k])
        if not out[k] and k and not texts[k].strip(_END_STRIP):
            # a closing quote wrapped onto a line of its own ends what the line before ends
            out[k] = ends_final(texts[k - 1] + texts[k])
    return out


def starts_closed_column(texts, first):
    """:func:`~.lines.starts_closed` of each text, given each text's first character.

    >>> starts_closed_column(["时，积极落实", "他，一名老兵", "，随时", "同时，"], ["时", "他", "，", "同"])
    [True, False, True, False]
    """
    out = list(map(NO_LINE_START.__contains__, first))
    for k in compress(count(), map(_DASH_OR_DOTS.__contains__, first)):
        out[k] = not texts[k].startswith(("——", "……"))
    for k in compress(count(), map(str.startswith, texts, repeat(("，", ",")), repeat(1))):   # t[1:2] is a comma
        if opens_with_word_end(texts[k]):
            out[k] = True
    return out


class Page:
    """Per non-blank line features, indexed by position k in ``nb`` (the non-blank rows)."""

    def __init__(self, lines):
        self.lines = lines
        self.mask = mask = list(map(bool, map(str.strip, lines)))   # the non-blank lines
        nb = self.nb = list(compress(count(), mask))
        raw = list(compress(lines, mask))
        t = [x.strip(" \t\u3000\u00a0") for x in raw]
        if not all(t):
            # a line of characters Python's strip drops but the rules' strip keeps is still
            # a row of the document: the rules see it unstripped
            t = [a or strip(b) or b.strip() or b for a, b in zip(t, raw)]
        self.t = t
        n = len(nb)
        self.spc = [" " in x for x in t]
        self._index = self._gather = None
        # spaces other than " " and the interpunct (wide in two bytes) would be misread
        exact = [k for c in "\u3000\t\u00a0·" for k in self.lines_with(c)]
        self.w = widths(t, self.spc, exact)
        self.first = list(map(itemgetter(0), t))
        self.last = list(map(itemgetter(-1), t))
        self.ef = ends_final_column(t, self.last)          # ends a sentence
        self.sc = starts_closed_column(t, self.first)      # continues the line above
        # tight: no blank line between this and the previous non-blank line
        self.tight = [False] + list(map(eq, nb[1:], map((1).__add__, nb))) if n else []
        blanks_after = (n - 1) - sum(self.tight) if n else 0
        self.spaced = n > 4 and blanks_after >= 0.6 * (n - 1)
        ws = sorted(self.w)
        self.body_width = ws[len(ws) // 2] if ws else 0.0   # the median line: a body line
        self.md = self.body_width > 34
        led = list(compress(count(), map(_LEAD.__contains__, map(itemgetter(0), raw))))
        fw_indent = [False] * n
        frame = [False] * n
        for k in led:
            x = raw[k]
            if x[0] == "\u3000" or x.startswith("  "):
                fw_indent[k] = True
            else:
                frame[k] = True   # a single leading space on a rare line: a new text frame
        self.indent_page = sum(fw_indent) >= max(3, 0.08 * n)
        self.indent = fw_indent if self.indent_page else [False] * n
        self.frame = frame if sum(frame) <= max(2, 0.03 * n) else [False] * n
        self.ls = [False] * n
        for k in compress(count(), self.spc):
            self.ls[k] = is_letter_spaced(t[k])

    def __len__(self):
        return len(self.t)

    def spread(self, values, blank):
        """A column over the non-blank lines as one over all lines, ``blank`` on the
        blank ones (a C-speed gather instead of a Python store per line).

        >>> Page(["a", "", "b", ""]).spread(["A", "B"], None)
        ['A', None, 'B', None]
        """
        m = len(self.nb)
        if m == len(self.lines):
            return list(values)
        if len(self.lines) == 1:
            return [blank]   # one blank line (itemgetter of one index gives no tuple)
        if self._gather is None:
            # row i takes item cum[i] (its place among the non-blank rows, from 1) of
            # [blank] + values where it is non-blank, item 0 elsewhere
            self._gather = itemgetter(*map(mul, self.mask, accumulate(self.mask)))
        return list(self._gather([blank, *values]))

    def lines_with(self, needle):
        """Positions k of the lines containing ``needle``."""
        if self._index is None:
            self._index = LineIndex(self.t)
        return self._index.containing(needle)
