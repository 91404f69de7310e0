"""What one line says about itself: its shape, its ends, and the block kinds it can be.

Every function here looks at one line's text only; the decisions that need neighbours are
in :mod:`.headers`, :mod:`.heads`, :mod:`.ends` and :mod:`.articles`.
"""

from .chars import (CLOSERS, FINAL_END, IS_HAN, LAYOUT_SPACE, NO_LINE_START, SHAPE, SOFT_END, class_table,
                    flags_of, han_shape)
from .lazy import LazyPattern
from .profile import DEFAULT
from .text import is_letter_spaced

_END_STRIP = LAYOUT_SPACE + CLOSERS     # what may follow a sentence's final mark
_END_STRIP_SET = frozenset(_END_STRIP)
_MD_HEAD = LazyPattern(r"^(#{1,6})\s*(.*?)\s*#*\s*$")
_MD_BOLD = LazyPattern(r"^\*\*(.+?)\*\*\s*$")


def strip(text):
    """A line without its layout indent and trailing spaces.

    >>> strip("\u3000\u3000今年，株洲市")
    '今年，株洲市'
    """
    return text.strip(LAYOUT_SPACE)


def ends_final(t):
    """Does the line end a sentence (final mark, possibly inside closing quotes)?

    >>> ends_final("张奶奶说。"), ends_final("等方面需求。”"), ends_final("新群体带")
    (True, True, False)
    >>> ends_final("（杨 晨 蒋 虹）")
    False
    """
    if not t:
        return False
    last = t[-1]
    if last in FINAL_END:
        return True
    if last not in _END_STRIP_SET:
        return False  # the common case decided without building a stripped copy
    t = t.rstrip(_END_STRIP)
    return bool(t) and t[-1] in FINAL_END


# a line that opens with one ideograph and a comma ("时，积极落实……") holds the end of a
# word the line above began ("……在依法征税的同"): no paragraph opens with a clause of one
# character, but for a pronoun ("他，一名……") or a number
_NOT_WORD_END = frozenset("他她它我你您这那谁一二三四五六七八九十第")


def opens_with_word_end(t):
    """Does the line open with a clause of one character, the end of a word the line
    above began?

    >>> opens_with_word_end("时，积极落实"), opens_with_word_end("他，一名老兵"), opens_with_word_end("同时，")
    (True, False, False)
    """
    return t[1:2] in ("，", ",") and "\u4e00" <= t[0] <= "\u9fff" and t[0] not in _NOT_WORD_END


def starts_closed(t):
    """A line starting with a character that may not begin a line, or with a clause of one
    character, continues the one above.

    >>> starts_closed("，随时"), starts_closed("”联点督导"), starts_closed("北湖")
    (True, True, False)
    >>> starts_closed("时，积极落实"), starts_closed("同时，")
    (True, False)
    """
    if not t:
        return False
    if opens_with_word_end(t):
        return True
    return t[0] in NO_LINE_START and not t.startswith("——") and not t.startswith("……")


def han_count(t):
    """How many ideographs the line holds.

    >>> han_count("“十四五”北湖答卷⑥")
    7
    """
    return han_shape(t).count(SHAPE)


def holds_two_han(t):
    """``han_count(t) >= 2``, looked for from the line's start: a short title's, a deck's or
    a kicker's first ideographs come among its first characters, and the count translates
    the whole line (some 450 instructions a character) where this stops at the second.

    >>> holds_two_han("——郴州"), holds_two_han("—— 1 中"), holds_two_han("\U00020001a㐀")
    (True, False, True)
    """
    table = class_table()
    seen = False
    for c in t:
        code = ord(c)
        if (table[code] if code < 0x10000 else flags_of(c)) & IS_HAN:
            if seen:
                return True
            seen = True
    return False


def md_heading(t):
    """Markdown heading level and text: ``#`` levels, ``**bold**`` lines count as level 3.

    >>> md_heading("## 聚“新”更暖心 有“为”更有力")
    (2, '聚“新”更暖心 有“为”更有力')
    >>> md_heading("**（二）**")
    (3, '（二）')
    >>> md_heading("新时代催生新业态") is None
    True
    """
    if t.startswith("#"):
        m = _MD_HEAD.match(t)
        if m and m.group(2):
            return len(m.group(1)), m.group(2)
    elif t.startswith("**"):
        m = _MD_BOLD.match(t)
        if m:
            return 3, m.group(1)
    return None


def title_like(t):
    """Could the line be a headline or a section head by its own shape: no final or soft
    punctuation at the end, at least two ideographs, not letter-spaced, not a line's tail.

    >>> title_like("织密组织体系，让“流动”的党员找到“家”")
    True
    >>> title_like("角色重塑，“新”力量融入“大”治理——")
    True
    >>> title_like("的深刻转变。"), title_like("工"), title_like("，成为基层")
    (False, False, False)
    >>> title_like("（一）")
    True
    """
    if not t or starts_closed(t):
        return False
    if ends_final(t):
        return False
    last = t[-1]
    if last in SOFT_END or (last in "-" and not t.endswith("——")):
        return False
    if is_ordinal(t):
        return True
    if not holds_two_han(t):
        return False
    return not is_letter_spaced(t)


_ORDINAL = LazyPattern(r"^[（(]?[一二三四五六七八九十]{1,3}[）)、.．]?$|^[（(][0-9]{1,2}[）)]$")


def is_ordinal(t):
    """A bare section number such as "（一）".

    >>> is_ordinal("（一）"), is_ordinal("(二)"), is_ordinal("一、"), is_ordinal("一")
    (True, True, True, False)
    """
    # (a match is 5 glyphs at most, "（十二）", 6 with the newline "$" lets end it: a longer
    # line is not asked, and most lines are)
    return 1 < len(t) < 7 and bool(_ORDINAL.match(t))


_RUN_IN = LazyPattern(f"^{SHAPE}{{4}}，[^，。、；：]{{4,}}$")    # over the ideographs' shape


def run_in_head(t):
    """A section head that runs into its paragraph ends in a dash, or has the shape
    "四字，短语" with no other punctuation.

    >>> run_in_head("激励牵引，小积分撬动大热情——"), run_in_head("主动对接，破解转型之困")
    (True, True)
    >>> run_in_head("近年来，随着平台经济飞速发")
    False
    """
    if t.endswith("——"):
        return True
    return bool(_RUN_IN.match(han_shape(t))) and not t.endswith(("的", "了", "和", "与", "在", "为", "对", "把", "将"))


_CLAUSE_MARKS = "，、；：,;:"
_CLAUSE_MARK = LazyPattern(f"[{_CLAUSE_MARKS}]")
_CLAUSE_MARK_SET = frozenset(_CLAUSE_MARKS)
_SENTENCE_END_INSIDE = LazyPattern("[。！？!?].")
_OPENER = LazyPattern("^[^，,]{1,2}[，,]")          # "据悉，" "同时，"
_NUMBERED = LazyPattern("^第?[一二三四五六七八九十0-9０-９]+[，,]")
# words that open a sentence of running text, never a head ("下一步，……", "近年来，……"):
# a tenth of the gold paragraphs open with one, no gold head does
_DISCOURSE_OPENER = LazyPattern("^(?:据悉|据了解|据介绍|据统计|近年来|近日|日前|下一步|截至目前|目前|与此同时|同时|"
                                "此外|另外|其中|为此|对此|如今|然而|但是|因此|首先|其次|最后|一方面|另一方面|"
                                "今年以来|近期|当前|随后|此前|例如|比如|事实上|实际上|不仅如此|除此之外)[，,]")
_OPENING_REACH = 5    # the comma after the longest opening word ("与此同时，") is the fifth glyph


def sentence_end_inside(t):
    """Does a sentence end inside the line, with text after it?

    >>> sentence_end_inside("“优质服务基层行”成果明显。3"), sentence_end_inside("成果明显。")
    (True, False)
    """
    return bool(_SENTENCE_END_INSIDE.search(t))


def broken_phrase(t, profile=DEFAULT):
    """Is the line a piece of running text rather than a head by its phrasing: a sentence
    ending inside it, a clause of two characters or fewer or a word of running text
    opening it ("据悉，……", "下一步，……"), or a clause just begun at its end
    ("……福祉，此类", :attr:`~.profile.Profile.short_clause`)? A head's phrases are whole; a wrapped sentence's line starts and
    ends anywhere.

    >>> broken_phrase("基层医疗卫生服务关乎民生福祉，此类"), broken_phrase("据悉，溆浦县在今年暑期已开展儿童关爱")
    (True, True)
    >>> broken_phrase("策马扬鞭再追梦，新的征程再登攀！雨湖区税")
    True
    >>> broken_phrase("纲举目张，织密制度体系"), broken_phrase("让百姓在家门口看得起病、看得好病")
    (False, False)
    >>> broken_phrase("擦亮品牌 奋发有为"), broken_phrase("第一，坚持党建引领")
    (False, False)
    >>> broken_phrase("下一步，郴州将继续把“苏仙岭下读好书”")
    True
    """
    if sentence_end_inside(t):
        return True
    # (the expressions asked only where they can match: an opening word's comma comes
    # within the first _OPENING_REACH glyphs, a short clause's mark is among the last ones)
    head = t[:_OPENING_REACH]
    if ("，" in head or "," in head) and (_OPENER.match(t) and not _NUMBERED.match(t) or _DISCOURSE_OPENER.match(t)):
        return True
    short = profile.short_clause
    if _CLAUSE_MARK_SET.isdisjoint(t[-short - 1:-1]):
        return False
    at = None
    for m in _CLAUSE_MARK.finditer(t):
        at = m.end()
    return at is not None and 0 < len(t) - at <= short and at > 2 * short

