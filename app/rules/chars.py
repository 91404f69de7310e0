"""Character classes and display width in character cells.

Widths follow how a newspaper column is set: an ideograph, a full-width form, or the curly
quotes, ellipsis, dash and interpunct used in Chinese text fill one cell; other characters
half a cell; spaces none.
"""
import re

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
FULLWIDTH = "\u3000-\u303f\uff01-\uff60\uffe0-\uffe6"
CJK_PUNCT_EXTRA = "\u2018\u2019\u201c\u201d\u2014\u2026\u00b7\u2013\u2015\u2460-\u24ff\u3200-\u32ff\u25a0-\u25ff"
WIDE = HAN + FULLWIDTH + CJK_PUNCT_EXTRA

WIDE_RE = re.compile(f"[{WIDE}]")
HAN_RE = re.compile(f"[{HAN}]")
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
    wide = len(WIDE_RE.findall(text))
    spaces = sum(map(text.count, LAYOUT_SPACE))
    return wide + 0.5 * (len(text) - wide - spaces)
