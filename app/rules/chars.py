"""Character classes and display width in character cells.

Widths follow how a newspaper column is set: an ideograph, a full-width form, or the curly
quotes, ellipsis, dash and interpunct used in Chinese text fill one cell; other characters
half a cell; spaces none.
"""
import functools
import re

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
FULLWIDTH = "\u3000-\u303f\uff01-\uff60\uffe0-\uffe6"
CJK_PUNCT_EXTRA = "\u2018\u2019\u201c\u201d\u2014\u2026\u00b7\u2013\u2015\u2460-\u24ff\u3200-\u32ff\u25a0-\u25ff"
WIDE = HAN + FULLWIDTH + CJK_PUNCT_EXTRA

# Where a space is kept or dropped (:func:`.text.remove_layout_spaces`): a space goes
# before the first marks and after the second.
GAP_OPENERS = "\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u201c\u201d\u2018\u2019\u2014\u2026"
GAP_CLOSERS = "\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\u201c\u201d\u2018\u2019\u2014\u2026"
# The spaces of a page's layout: indents, padding and the gaps an extractor leaves. They
# fill no cell, and a line is compared without them at its ends.
LAYOUT_SPACE = " \t\u3000\u00a0"

# Characters a line may not start with (line-start prohibition, kinsoku).
NO_LINE_START = set("，。、；：？！”’）》】」』…%,.;:?!)]}·—")
# Characters a line may not end with: typesetters move them down to the next line.
NO_LINE_END = frozenset("“‘《（【「『〈([")
# A line ending in one of these is not the end of a sentence.
SOFT_END = frozenset("，、；：,;:（《“‘【「『(")
# Marks that end a sentence, and the closing marks that may follow one.
FINAL_END = frozenset("。！？!?…")
CLOSERS = "”’」』)）】》"


def width(text):
    """Width of a line in character cells; spaces count nothing.

    >>> [width(c) for c in "中，“a3"]
    [1.0, 1.0, 1.0, 0.5, 0.5]
    >>> width("全县 37 所")
    4.0
    >>> width("会 的 一 块")
    4.0
    """
    narrow = len(text.translate(_WIDE_DROPPED))
    spaces = sum(map(text.count, LAYOUT_SPACE))
    return (len(text) - narrow) + 0.5 * (narrow - spaces)


# The shape of a line: the same line with every ideograph replaced by one (中), so that an
# expression asks for that one character where it would hold the class.
# Positions stay those of the line (one character for one). An expression over the
# ideographs' class costs a millisecond or more to compile (a loop over its 28,000 code
# points of the first plane), in every process, each time the class appears; over the
# shape, a few microseconds.
SHAPE = "中"
WIDE_SHAPED = SHAPE + FULLWIDTH + CJK_PUNCT_EXTRA   # the body of ``[WIDE]`` over a shape


def han_shape(text):
    """``text`` with every ideograph (``HAN``) replaced by 中; nothing else is 中.

    >>> han_shape("全县 37 所，“好”"), han_shape("\U00020001㐀豈")
    ('中中 37 中，“中”', '中中中')
    """
    if _astral(text):
        return text.translate(_SHAPED)
    return text.translate(_plane_shaped())


# The classes above as one byte of flags per character of the first plane, for rules that
# test a character or two rather than scan a line: built once with slices, and a lookup
# costs a tenth of a match on one character.
IS_WIDE, IS_HAN, OPENS_GAP, CLOSES_GAP, IS_DIGIT = 1, 2, 4, 8, 16
_FLAGGED = ((IS_WIDE, WIDE), (IS_HAN, HAN), (IS_DIGIT, "0-9%"), (OPENS_GAP, GAP_OPENERS),
            (CLOSES_GAP, GAP_CLOSERS))


def class_ranges(spec):
    """The (first, last) code points of a character-class body such as ``"a-z%"``.

    >>> class_ranges("0-9%")
    [(48, 57), (37, 37)]
    """
    out, i = [], 0
    while i < len(spec):
        if i + 2 < len(spec) and spec[i + 1] == "-":
            out.append((ord(spec[i]), ord(spec[i + 2])))
            i += 3
        else:
            out.append((ord(spec[i]), ord(spec[i])))
            i += 1
    return out


@functools.cache
def class_table() -> bytes:
    """The flags of every code point below 0x10000 (index by ``ord``)."""
    table = 0
    for flag, spec in _FLAGGED:
        member = bytearray(0x10000)
        for lo, hi in class_ranges(spec):
            hi = min(hi, 0xffff)
            if lo <= hi:
                member[lo:hi + 1] = bytes([flag]) * (hi + 1 - lo)
        table |= int.from_bytes(member, "big")
    return table.to_bytes(0x10000, "big")


# the classes' ranges past the first plane (the ideographs' extensions), with their flags
_ASTRAL = [(lo, hi, flag) for flag, spec in _FLAGGED for lo, hi in class_ranges(spec) if hi > 0xffff]


class Translation(dict):
    """A ``str.translate`` table filled at each code point's first use from the flags, so
    that no table of the whole plane is built in a process that reads a few lines: maps a
    code point to ``mapped(flags)``."""

    def __init__(self, mapped):
        super().__init__()
        self.mapped = mapped

    def __missing__(self, code):
        value = self[code] = self.mapped(code, flags_of(chr(code)))
        return value


# an ideograph to the shape's one character, any other to itself (code points, not
# strings: a translation writes those at half the cost)
_SHAPE_CODE = ord(SHAPE)
_SHAPED = Translation(lambda code, flags: _SHAPE_CODE if flags & IS_HAN else code)
# a wide character dropped, any other kept: what is left of a line is its narrow part
_WIDE_DROPPED = Translation(lambda code, flags: None if flags & IS_WIDE else code)


# The same translation as a list indexed by code point over the first plane: a list item
# costs half a dict's lookup (an array's, an int made for each ideograph, four fifths),
# for 16 M instructions once a process to make its 65,536 ints. A code point past the plane
# is an IndexError, which ``str.translate`` reads as "keep it", so a text holding one takes
# the dict (:func:`_astral`).
@functools.cache
def _plane_shaped():
    table = list(range(0x10000))
    for lo, hi in class_ranges(HAN):
        hi = min(hi, 0xffff)
        if lo <= hi:
            table[lo:hi + 1] = [_SHAPE_CODE] * (hi + 1 - lo)
    return table


_PAST_PLANE = re.compile("[\U00010000-\U0010ffff]")


def _astral(text):
    """Does ``text`` hold a code point past the first plane?

    >>> _astral("中a，"), _astral("中\U00020001"), _astral(""), _astral("a\U0001F600")
    (False, True, False, True)
    """
    return _PAST_PLANE.search(text) is not None


def flags_of(char) -> int:
    """The class flags of one character.

    >>> flags_of("中") == IS_WIDE | IS_HAN, flags_of("，") == IS_WIDE | OPENS_GAP | CLOSES_GAP
    (True, True)
    >>> flags_of("a"), flags_of("7") == IS_DIGIT, flags_of("\U00020001") == IS_WIDE | IS_HAN
    (0, True, True)
    """
    code = ord(char)
    if code < 0x10000:
        return class_table()[code]
    return sum({flag for lo, hi, flag in _ASTRAL if lo <= code <= hi})

