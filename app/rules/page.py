"""The per-line features every stage of the pass reads, computed once per page.

Each feature is a column (a list indexed by k, the position among the non-blank lines),
built with whole-column expressions: the pass runs on pages of a million lines, where a
Python call per line per feature is what costs. The rules in :mod:`.lines` stay the
specification; the columns here are their values, and tests hold the two equal.
"""
from __future__ import annotations

from itertools import accumulate, compress, count, repeat
from operator import add, and_, is_not, itemgetter, mul, truediv

from .chars import FINAL_END, LAYOUT_SPACE, NO_LINE_START, width
from .columns import quantile
from .lazy import LazyPattern
from .lineindex import LineIndex
from .lines import _END_STRIP, _END_STRIP_SET, ends_final, opens_with_word_end
from .profile import DEFAULT
from .text import is_letter_spaced

_LEAD = frozenset(LAYOUT_SPACE)
_OTHER_SPACES = LAYOUT_SPACE.replace(" ", "")
_NO_LINE_START = "".join(sorted(NO_LINE_START))
_COMMA_SECOND = LazyPattern("\n.[，,]")     # over the joined text: a line's second character


def widths(texts, spaced, exact=(), lengths=None):
    """:func:`~.chars.width` of each text (``spaced``: it holds a space; ``exact``: the
    positions of texts to measure character by character; ``lengths``: each text's length,
    if known), from the UTF-8 length where
    every character is one byte (narrow) or three (wide), which is nearly every character
    of a Chinese page: then the width is (bytes + characters) / 4, spaces left out. Where
    the bytes cannot be read that way (an odd count of two- or four-byte characters) the
    characters are counted. A pair of narrow accented letters or of narrow three-byte
    symbols (→, ℃) is still read as wide: rare, and widths only steer column estimates.

    >>> widths(["全县 37 所", "会 的 一 块", "书香郴州·阅读", "abc中", "a\u3000b"], [True, True, False, False, False], [4])
    [4.0, 4.0, 7.0, 2.5, 1.5]
    """
    texts = list(texts)
    lengths = list(map(len, texts) if lengths is None else lengths)
    for k in compress(count(), spaced):
        texts[k] = x = texts[k].replace(" ", "")
        lengths[k] = len(x)
    # bytes + characters: its parity is that of bytes - characters, the odd counts
    total = list(map(add, map(len, map(str.encode, texts)), lengths))
    out = list(map(truediv, total, repeat(4)))
    # each text counted once, though the odd ones and the exact ones are mostly the same
    # (the interpunct's lines)
    for k in set(compress(count(), map(and_, total, repeat(1)))).union(exact):
        out[k] = width(texts[k])
    return out


def ends_final_column(texts, last):
    """:func:`~.lines.ends_final` of each text, given each text's last character.

    >>> ends_final_column(["他说：“这是好事。", "”", "接着"], ["。", "”", "着"])
    [True, True, False]
    >>> ends_final_column(["新群体带", "”"], ["带", "”"])
    [False, False]
    """
    out = list(map(FINAL_END.__contains__, last))
    for k in compress(count(), map(_END_STRIP_SET.__contains__, last)):
        out[k] = ends_final(texts[k])
        if not out[k] and k and not texts[k].strip(_END_STRIP):
            # a closing quote wrapped onto a line of its own ends what the line before ends
            out[k] = ends_final(texts[k - 1] + texts[k])
    return out


def places_of(text, chars):
    """The positions in ``text`` of each of ``chars``, by character (not in order).

    >>> places_of("，时他，”", "，”")
    [0, 3, 4]
    """
    out = []
    find = text.find
    for c in chars:
        k = find(c)
        while k >= 0:
            out.append(k)
            k = find(c, k + 1)
    return out


def starts_closed_column(texts, first, index=None):
    """:func:`~.lines.starts_closed` of each text, given each text's first character
    (``index``: the texts' :class:`~.lineindex.LineIndex`, if one is built).

    >>> starts_closed_column(["时，积极落实", "他，一名老兵", "，随时", "同时，"], ["时", "他", "，", "同"])
    [True, False, True, False]
    """
    # (the first characters as one string, position k line k's: a search for each mark
    # steps over the other lines in C, where a set's test mapped over them costs more)
    firsts = "".join(first)
    out = [False] * len(texts)
    for k in places_of(firsts, _NO_LINE_START):
        out[k] = True
    for k in places_of(firsts, "—…"):
        out[k] = not texts[k].startswith(("——", "……"))
    # the texts whose second character is a comma, found by one search of the joined
    # text (a test per text costs ten times as much)
    comma_second = (index or LineIndex(texts)).matched(_COMMA_SECOND)
    if texts and texts[0].startswith(("，", ","), 1):
        comma_second.insert(0, 0)
    for k in comma_second:
        if opens_with_word_end(texts[k]):
            out[k] = True
    return out


class Page:
    """The features of a page's non-blank lines, each a column indexed by k, the line's
    position among them. Columns:

    ``rows``: the row (index in ``lines``) of each; ``text``: its text without layout
    spaces at its ends; ``first``, ``last``: its first and last characters; ``length``: its length; ``width``:
    its width in cells (:func:`.chars.width`); ``has_space``: it holds a space;
    ``letter_spaced``: its ideographs are spread apart (:func:`.text.is_letter_spaced`);
    ``ends_final``: it ends a sentence (:func:`.lines.ends_final`, a wrapped closing quote
    ending what the line before ends); ``starts_closed``: it continues the line above
    (:func:`.lines.starts_closed`); ``tight``: no blank line comes between it and the line
    before; ``indent``: it is indented, on a page that indents (else all False);
    ``frame``: a single leading space starts a new text frame there.

    Positions k of the few lines that hold something: ``other_spaces``, a tab, an
    ideographic or a no-break space; ``stripped``, a layout space at an end.

    And for the whole page: ``spaced``: most lines are followed by a blank line;
    ``body_width``: the median line's width, a body line's; ``markdown``: one line per
    paragraph (a Markdown-like extraction), not hard-wrapped columns; ``indent_page``: the
    page indents its paragraphs.
    """

    def __init__(self, lines, profile=DEFAULT):
        self.lines = lines
        self.mask = mask = list(map(bool, map(str.strip, lines)))   # the non-blank lines
        rows = self.rows = list(compress(count(), mask))
        raw = list(compress(lines, mask))
        # (every non-blank line keeps a character: a layout space is one Python's strip drops)
        self.text = text = list(map(str.strip, raw, repeat(LAYOUT_SPACE)))
        n = len(rows)
        self.length = length = list(map(len, text))
        self.has_space = [" " in x for x in text]
        self._index = self._gather = self._narrow = None
        self.other_spaces = [k for c in _OTHER_SPACES for k in self.lines_with(c)]
        # those and the interpunct (wide in two bytes) would be misread by the bytes' count
        self.width = widths(text, self.has_space, self.other_spaces + self.lines_with("·"), length)
        self.first = list(map(itemgetter(0), text))
        self.last = list(map(itemgetter(-1), text))
        self.ends_final = ends_final_column(text, self.last)
        self.starts_closed = starts_closed_column(text, self.first, self._index)
        # a line is tight where the row above it is not blank (the first line never is)
        self.tight = list(compress([False] + mask[:-1], mask))
        blanks_after = (n - 1) - sum(self.tight) if n else 0
        self.spaced = n > profile.spaced_min_lines and blanks_after >= profile.spaced_share * (n - 1)
        self.body_width = quantile(sorted(self.width), 0.5) if n else 0.0
        self.markdown = self.body_width > profile.md_body_width
        # (a strip that takes nothing off returns the very string it was given)
        self.stripped = list(compress(count(), map(is_not, raw, text)))
        self.indent_page, self.indent, self.frame = _leading_spaces(raw, self.stripped, profile)
        self.letter_spaced = [False] * n
        for k in compress(count(), self.has_space):
            self.letter_spaced[k] = is_letter_spaced(text[k])

    def __len__(self):
        return len(self.text)

    def spread(self, values, blank):
        """A column over the non-blank lines as one over all lines, ``blank`` on the
        blank ones (a C-speed gather instead of a Python store per line).

        >>> Page(["a", "", "b", ""]).spread(["A", "B"], None)
        ['A', None, 'B', None]
        """
        m = len(self.rows)
        if m == len(self.lines):
            return list(values)
        if len(self.lines) == 1:
            return [blank]   # one blank line (itemgetter of one index gives no tuple)
        if self._gather is None:
            # row i takes item cum[i] (its place among the non-blank rows, from 1) of
            # [blank] + values where it is non-blank, item 0 elsewhere
            self._gather = itemgetter(*map(mul, self.mask, accumulate(self.mask)))
        return list(self._gather([blank, *values]))

    def narrow_lines(self, most):
        """The lines k no wider than ``most`` cells, in order. Several rules ask (the running
        head's pieces, the lone bylines twice, a head's wrapped tail, a tail printed apart),
        the later ones mostly for fewer cells: theirs are picked from the lines found
        before, not from the page again.

        >>> pg = Page(["一二三", "一二三四五六", "一", "一二"])
        >>> pg.narrow_lines(3), pg.narrow_lines(2), pg.narrow_lines(6)
        ([0, 2, 3], [2, 3], [0, 1, 2, 3])
        """
        if self._narrow is not None and most <= self._narrow[0]:
            w = self.width
            return [k for k in self._narrow[1] if w[k] <= most]
        ks = list(compress(count(), map(float(most).__ge__, self.width)))   # (int.__ge__ of a float: NotImplemented)
        self._narrow = (most, ks)
        return ks

    def lines_with(self, needle):
        """Positions k of the lines containing ``needle``."""
        return self._line_index().containing(needle)

    def lines_matching(self, pattern):
        """Positions k of the lines in which a match of ``pattern`` over the lines joined by
        newlines ends (:meth:`.lineindex.LineIndex.matched`): for an expression opening
        with a literal, which the joined text is searched for at C speed."""
        return self._line_index().matched(pattern)

    def _line_index(self):
        if self._index is None:
            self._index = LineIndex(self.text, self.length)
        return self._index


def _leading_spaces(raw, stripped, profile):
    """(the page indents its paragraphs, the indented lines, the lines starting a new text
    frame) from the spaces the non-blank lines ``raw`` start with (``stripped``: the lines
    with a layout space at an end): a full-width or double space is an indent, counted
    only where the page indents often; a single space a new text frame, counted only
    where rare.
    """
    n = len(raw)
    led = [k for k in stripped if raw[k][0] in _LEAD]
    indent = [False] * n
    frame = [False] * n
    for k in led:
        x = raw[k]
        if x[0] == "\u3000" or x.startswith("  "):
            indent[k] = True
        else:
            frame[k] = True
    indent_page = sum(indent) >= max(profile.indent_min_lines, profile.indent_share * n)
    if not indent_page:
        indent = [False] * n
    if sum(frame) > max(profile.frame_max_lines, profile.frame_share * n):
        frame = [False] * n
    return indent_page, indent, frame
