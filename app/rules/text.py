"""Cleaning the text of lines and joining lines into blocks.

Each function is small and pure; the doctests are the specification.
"""
import functools
import re

from .chars import (CLOSES_GAP as _F_CLOSES_GAP, GAP_CLOSERS as _GAP_CLOSERS, GAP_OPENERS as _GAP_OPENERS,
                    IS_DIGIT as _F_DIGIT, IS_HAN as _F_HAN, IS_WIDE as _F_WIDE, LAYOUT_SPACE, OPENS_GAP as _F_OPENS_GAP,
                    SHAPE, WIDE_SHAPED, class_table, flags_of, han_shape)
from .lazy import LazyPattern

_SP = f"[{LAYOUT_SPACE}]+"
# The expressions below that ask for ideographs or wide characters match over a line's shape
# (:func:`.chars.han_shape`), where the ideographs are one character: the class of 28,000
# code points would cost a compile of a millisecond or more in every process, each time it
# appears. The space rules only drop or fold spaces, so the result's spaces, read off the
# shape, are put back among the line's own characters (:func:`_respaced`).
_W, _H = f"[{WIDE_SHAPED}]", SHAPE
# The space rules' expressions serve the lines of many spaces, and those holding a tab, an
# ideographic or no-break space, or Markdown: :func:`_plain_spaces` takes the others by the
# class table.
# In a letter-spaced line, a space between two wide characters; and one between a wide
# character and a joining sign glued to the next one ("小 组 +部 门", spread like the others).
_WIDE_GAP = LazyPattern(f"(?<={_W}){_SP}(?={_W})")
_SIGN_GAP = LazyPattern(f"(?<={_W}){_SP}(?=[+&/=]{_W})|(?<={_W}[+&/=]){_SP}(?={_W})")
_SIGN = LazyPattern("[+&/=]")
# a gap with a character on one side that is neither wide nor a space: one the rule above
# keeps (a letter-spaced line without one loses all its spaces)
_WIDE_OR_SPACE = f"[{WIDE_SHAPED}{LAYOUT_SPACE}]"
_WIDE_OR_SPACES = LazyPattern(f"{_W}(?:{_WIDE_OR_SPACE}*{_W})?")   # (fullmatch)
_NARROW_RUN = LazyPattern(f"[^{WIDE_SHAPED}{LAYOUT_SPACE}]+")
_GAP_BESIDE_NARROW = LazyPattern(f"(?<!{_WIDE_OR_SPACE})[{LAYOUT_SPACE}]|[{LAYOUT_SPACE}](?!{_WIDE_OR_SPACE})")
# A space with a wide character on one side and a digit or % on the other.
_WIDE_DIGIT = LazyPattern(f"(?<={_W}){_SP}(?=[0-9%])|(?<=[0-9%]){_SP}(?={_W})")
# a space goes before these marks and after those
_PUNCT_GAP = LazyPattern(f"{_SP}(?=[{_GAP_OPENERS}])|(?<=[{_GAP_CLOSERS}]){_SP}")
_MULTI = LazyPattern(f"[{LAYOUT_SPACE}]{{2,}}")
_SPACE_RUNS = LazyPattern(f"({_SP})")
_OTHER_SPACES = LAYOUT_SPACE.replace(" ", "")    # a line holding one takes the expressions
_TAB, _IDEOGRAPHIC_SPACE, _NO_BREAK_SPACE = _OTHER_SPACES    # asked for one by one: a search costs more
# so does a line of more spaces than this (a letter-spaced one): there a Python step per gap
# costs more than the expressions' passes in C
FAST_GAPS = 4
_PLAIN_RUN = LazyPattern(" +")
_SIGNS = "+&/="     # joining signs (:data:`_SIGN_GAP`)
_ANY_SPACE = LazyPattern(_SP)
_DIGIT_OR_PERCENT = LazyPattern("[0-9%]")
# what a row's cleaning may change besides its layout spaces: a Markdown mark opening it
# (:func:`strip_markup`) and the half-width marks (:func:`fold_half_width`)
MARKUP_MARKS = "#*"
HALF_MARKS = ",:;?!()"
HALF_TO_FULL = str.maketrans({",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"})
HALF_PUNCT = LazyPattern("[,:;?!()]")  # any character fold_half_width may change
_KEEP_HALF = LazyPattern(f"[,:;?!](?<!{_W}[,:;?!])(?!{_W})")   # a mark in Latin text (over the shape)


def is_letter_spaced(text):
    """A justified line whose ideographs were spread apart by the extractor.

    >>> is_letter_spaced("会 的 一 块 劳 动 实 践 基 地 ，旨 在")
    True
    >>> is_letter_spaced("擦亮品牌 奋发有为")
    False
    >>> is_letter_spaced("高 ，传 统 党 建 模 式 面 临")
    True
    """
    if text.count(" ") < 2 and text.count(" ") + sum(map(text.count, _OTHER_SPACES)) < 2:
        return False    # two gaps take two spaces: most lines with a space have one
    return _shape_letter_spaced(spaced_shape(text))


# A line with two spaces or more is shaped and tested when its page is read
# (:func:`is_letter_spaced`) and again when its text is cleaned (:func:`_layout_spaces_re`,
# :func:`_plain_spaces`): the second time is a lookup.
spaced_shape = functools.lru_cache(maxsize=2048)(han_shape)


def _plain_parts(text):
    """A line cut at its runs of plain spaces."""
    return text.split(" ") if "  " not in text else _PLAIN_RUN.split(text)


def _letter_spaced_shape(shape):
    """:func:`is_letter_spaced` of a line's shape: two gaps or more of layout spaces alone
    between two ideographs, at least as many such gaps as ideographs side by
    side, counted with C-speed string methods (a match object per pair cost more than
    the rest of the test).

    >>> _letter_spaced_shape("中 中 中 中中"), _letter_spaced_shape("中中 中中 中中"), _letter_spaced_shape("中 a 中")
    (True, False, False)
    >>> _letter_spaced_shape("中  中\u3000中"), _letter_spaced_shape("中 中\t中中中中")
    (True, False)
    """
    marked = _marked(shape)
    tight = marked.count(_PAIR)
    if "  " in shape or _TAB in shape or _IDEOGRAPHIC_SPACE in shape or _NO_BREAK_SPACE in shape:
        for c in LAYOUT_SPACE:
            if c in marked:
                marked = marked.replace(c, "")
        spaced = marked.count(_PAIR) - tight
    else:
        # a gap of layout spaces alone is one plain space: one more count tells them (a
        # copy of the line without its spaces and a count of that cost a third of the test)
        spaced = marked.count(_SPACED_PAIR)
    return spaced >= 2 and spaced >= tight


_shape_letter_spaced = functools.lru_cache(maxsize=2048)(_letter_spaced_shape)


def _marked(shape):
    """``shape`` with each ideograph followed by one no shape holds (any but the shape's
    own): :data:`_PAIR` then marks each ideograph right after another."""
    return shape.replace(SHAPE, _SHAPE_MARKED)


_SHAPE_MARKED = SHAPE + "一"
_PAIR = "一" + SHAPE
_SPACED_PAIR = "一 " + SHAPE


def remove_layout_spaces(text):
    """Drop the spaces an extractor put in; keep the ones a writer put in.

    >>> remove_layout_spaces("会 的 一 块 劳 动")
    '会的一块劳动'
    >>> remove_layout_spaces("全县 37 所中")
    '全县37所中'
    >>> remove_layout_spaces("“税惠赋能 助稳向好”")
    '“税惠赋能 助稳向好”'
    >>> remove_layout_spaces("擦亮品牌 奋发有为")
    '擦亮品牌 奋发有为'
    >>> remove_layout_spaces("点、 62 个友好社区")
    '点、62个友好社区'
    >>> remove_layout_spaces("HELLO 小孩 and more")
    'HELLO 小孩 and more'
    >>> remove_layout_spaces("建 立“ 工 作 领 导 小 组 +部 门 联 动 ”")
    '建立“工作领导小组+部门联动”'
    >>> remove_layout_spaces("A + B 等于 C")
    'A + B 等于 C'
    """
    text = text.strip(LAYOUT_SPACE)
    if _TAB in text or _IDEOGRAPHIC_SPACE in text or _NO_BREAK_SPACE in text or text[:1] in "#*":
        return _layout_spaces_re(text) if _ANY_SPACE.search(text) else strip_markup(text)
    if " " not in text:
        return text
    if text.count(" ") <= FAST_GAPS:
        return _plain_spaces(text)
    shape = spaced_shape(text)
    if not _shape_letter_spaced(shape):
        return _layout_spaces_re(text)
    return _letter_spaced_plain(text, shape)


def _letter_spaced_plain(text, shape):
    """:func:`remove_layout_spaces` of a stripped letter-spaced line (``shape``: its
    shape) whose layout spaces are plain ones: a gap between two wide characters goes,
    so only the gaps beside a narrow character are asked, found by one search of the
    shape (a step per gap, or the expressions' passes of look-arounds, cost several
    times more on a line of twenty gaps).

    >>> _letter_spaced_plain("门 诊 7802 人 次 、 92 . 37 %", "中 中 7802 中 中 、 92 . 37 %")
    '门诊7802人次、92 . 37 %'
    >>> _letter_spaced_plain("科 学 “ 3 + 1 + X ” 家", "中 中 “ 3 + 1 + X ” 中")
    '科学“3 + 1 + X”家'
    """
    if _WIDE_OR_SPACES.fullmatch(shape):    # wide characters alone (most such lines)
        return text.replace(" ", "")
    table = class_table()
    pieces, at = [], 0
    try:
        for gs, ge in _gaps_beside_narrow(text, shape):
            if not _letter_gap_goes(text, gs, ge, table):
                pieces.append(text[at:gs].replace(" ", ""))
                at = ge
    except IndexError:      # a character past the table's plane beside a gap
        return _layout_spaces_re(text)
    pieces.append(text[at:].replace(" ", ""))
    return " ".join(pieces)


def _gaps_beside_narrow(text, shape):
    """The (start, end) of each run of spaces of a stripped line with a narrow character
    on one side at least, in order, each once."""
    gaps, last = [], -1
    for m in _NARROW_RUN.finditer(shape):
        s, e = m.span()
        if s > 0 and text[s - 1] == " ":
            gs = s - 1
            while text[gs - 1] == " ":
                gs -= 1
            if gs != last:      # not the gap after the run before
                gaps.append((gs, s))
        if e < len(text) and text[e] == " ":
            ge = e + 1
            while text[ge] == " ":
                ge += 1
            last = e
            gaps.append((e, ge))
    return gaps


def _letter_gap_goes(text, gs, ge, table):
    """Does the gap ``text[gs:ge]`` of a letter-spaced line go? As :func:`_plain_spaces`
    decides it, from the class flags (``table``) of the characters on its two sides (and,
    beside a joining sign, of the one beyond the sign)."""
    a, b = text[gs - 1], text[ge]
    fa, fb = table[ord(a)], table[ord(b)]
    if (fa & fb & _F_WIDE or fb & _F_OPENS_GAP or fa & _F_CLOSES_GAP
            or fa & _F_WIDE and fb & _F_DIGIT or fa & _F_DIGIT and fb & _F_WIDE):
        return True
    if fa & _F_WIDE and b in _SIGNS and ge + 1 < len(text) and text[ge + 1] != " ":
        return bool(table[ord(text[ge + 1])] & _F_WIDE)
    if fb & _F_WIDE and a in _SIGNS and gs >= 2 and text[gs - 2] != " ":
        return bool(table[ord(text[gs - 2])] & _F_WIDE)
    return False


def _plain_spaces(text):
    """:func:`remove_layout_spaces` of a stripped line whose layout spaces are a few plain
    ones (runs of them too): each gap decided by the characters on its two sides (and,
    beside a joining sign, the one beyond the sign), as the expressions of
    :func:`_layout_spaces_re` decide it; a gap kept is one space. A lookup in the class
    table per gap, cheaper on such a line than the expressions' passes.

    >>> _plain_spaces("全县 37 所中"), _plain_spaces("擦亮品牌 奋发有为"), _plain_spaces("点、 62 个")
    ('全县37所中', '擦亮品牌 奋发有为', '点、62个')
    >>> _plain_spaces("会 的 一 块  劳 动"), _plain_spaces("小 组 织 +部"), _plain_spaces("a  b")
    ('会的一块劳动', '小组织+部', 'a b')
    """
    parts = _plain_parts(text)
    # two gaps or more between ideographs: is_letter_spaced's test, kept for the shape
    letter = len(parts) > 2 and _shape_letter_spaced(spaced_shape(text))
    table = class_table()
    out = [parts[0]]
    try:    # (the flags looked up in the step: two lists of them cost more on a line of two gaps)
        for left, right in zip(parts, parts[1:]):
            fa, fb = table[ord(left[-1])], table[ord(right[0])]
            # (the expressions' test for a digit in the line is met by the digit beside the gap)
            if not (letter and (fa & fb & _F_WIDE or _sign_gap(left, right, fa, fb))
                    or fb & _F_OPENS_GAP or fa & _F_CLOSES_GAP
                    or fa & _F_WIDE and fb & _F_DIGIT or fa & _F_DIGIT and fb & _F_WIDE):
                out.append(" ")
            out.append(right)
    except IndexError:      # a character past the table's plane beside a space
        return _layout_spaces_re(text)
    return "".join(out)


def _sign_gap(left, right, fa, fb):
    """Is the gap between ``left`` and ``right`` (flags ``fa`` of the character before it,
    ``fb`` of the one after) beside a joining sign glued to a wide character, a wide
    character on its other side ("小 组 +部", "组+ 部")?"""
    if fa & _F_WIDE and right[0] in _SIGNS and len(right) > 1:
        return bool(flags_of(right[1]) & _F_WIDE)
    if fb & _F_WIDE and left[-1] in _SIGNS and len(left) > 1:
        return bool(flags_of(left[-2]) & _F_WIDE)
    return False


def _layout_spaces_re(text):
    """:func:`remove_layout_spaces` of a stripped line with spaces, by expressions over
    its shape."""
    text = strip_markup(text)
    shape = spaced_shape(text)
    if _shape_letter_spaced(shape):
        # a justified line: every gap is between wide characters (a line of wide characters
        # alone is one, found by a cheaper match than the search for a gap beside another)
        if _WIDE_OR_SPACES.fullmatch(shape) or not _GAP_BESIDE_NARROW.search(shape):
            return _bare(text)
        shape = _WIDE_GAP.sub("", shape)
        if _SIGN.search(shape):
            shape = _SIGN_GAP.sub("", shape)
        if not _ANY_SPACE.search(shape):
            return _bare(text)
    shape = _PUNCT_GAP.sub("", shape)
    if _DIGIT_OR_PERCENT.search(shape):
        shape = _WIDE_DIGIT.sub("", shape)
    return _respaced(text, _MULTI.sub(" ", shape))


def _bare(text):
    """``text`` without its layout spaces."""
    if _TAB in text or _IDEOGRAPHIC_SPACE in text or _NO_BREAK_SPACE in text:
        return _ANY_SPACE.sub("", text)
    return text.replace(" ", "")


def _respaced(text, shape):
    """The characters of ``text`` other than layout spaces, with the spaces of ``shape``:
    the shape of ``text`` after rules that only dropped spaces or folded a run into one.

    >>> _respaced("全 县 37  所", "中中37 中")
    '全县37 所'
    """
    bare = _bare(text)
    if not _ANY_SPACE.search(shape):
        return bare
    out, at = [], 0
    for k, piece in enumerate(_SPACE_RUNS.split(shape)):
        if k % 2:
            out.append(piece)       # a space kept (the split's odd pieces are the spaces)
        else:
            out.append(bare[at:at + len(piece)])
            at += len(piece)
    return "".join(out)



_MARKUP = LazyPattern(r"^#{1,6}\s+(?=\S)|^\*\*(?=\S.*\*\*$)|(?<=\S)\*\*$")


def strip_markup(text):
    """Markdown heading and bold markers of a Markdown-ish extraction are layout.

    >>> strip_markup("## 聚“新”更暖心 有“为”更有力")
    '聚“新”更暖心 有“为”更有力'
    >>> strip_markup("**（二）**"), strip_markup("3**2")
    ('（二）', '3**2')
    """
    if text[:1] not in "#*":
        return text
    return _MARKUP.sub("", text)


def join_pair(left, right):
    """The separator between two cleaned line texts joined into one block.

    >>> join_pair("新群体带", "来新课题。")
    ''
    >>> join_pair("a modern", "approach")
    ' '
    >>> join_pair("完成全人群签约10476", "3人")
    ''
    >>> join_pair("well-", "known")
    '-'
    """
    if not left or not right:
        return ""
    a, b = left[-1], right[0]
    if (flags_of(a) | flags_of(b)) & _F_WIDE:
        return ""
    if a.isdigit() and b.isdigit():
        return ""
    if a == "-" and len(left) > 1 and left[-2].isalpha() and b.islower():
        return "-"  # marker: caller drops the hyphen
    return " "


# a line end with no ideograph or CJK or full-width mark on either side, in lines joined by
# newlines: the one place join_pair is asked (a newline inside a line matches as a plain
# character: the block is then joined step by step, as it would be anyway)
_NOT_CJK = "[^\u3000-\u303f\u4e00-\u9fff\uff01-\uff60]"
_PLAIN_LINE_END = LazyPattern(f"\n(?={_NOT_CJK})(?<={_NOT_CJK}\n)")


def join_lines(texts):
    """Join cleaned line texts CJK-aware.

    >>> join_lines(["新时代催生新业态，新群体带", "来新课题。"])
    '新时代催生新业态，新群体带来新课题。'
    >>> join_lines(["a well-", "known fact"])
    'a wellknown fact'
    """
    if len(texts) == 1:
        return texts[0]
    # nine blocks of several lines in ten have no line end join_pair must be asked about,
    # found by one search led by the newline: passes in C over the block's text cost less
    # than the step a line, which makes two characters and compares them several times
    if all(texts) and not _PLAIN_LINE_END.search("\n".join(texts)):
        return "".join(texts)
    return _join_stepwise(texts)


def _join_stepwise(texts):
    """:func:`join_lines` line by line."""
    out = []    # pieces, joined once
    a = ""      # the last character so far
    for t in texts:
        if not t:
            continue
        b = t[0]
        if a and ("\u4e00" <= a <= "\u9fff" or "\u4e00" <= b <= "\u9fff" or "\u3000" <= a <= "\u303f"
                  or "\uff01" <= a <= "\uff60" or "\u3000" <= b <= "\u303f" or "\uff01" <= b <= "\uff60"):
            # ideographs and CJK or full-width marks on either side: join_pair's answer
            # without the call
            out.append(t)
        elif not a:
            out.append(t)
        else:
            left = "".join(out)
            sep = join_pair(left, t)
            out = [left[:-1], t] if sep == "-" else [left, sep, t]
        a = t[-1]
    return "".join(out)


@functools.cache
def _lone_brackets():
    """(an opening bracket with an ideograph before its close, a closing one after a wide
    character or digit at the end), over a line's shape: compiled at the first unpaired
    bracket, not at import."""
    return re.compile(f"\\((?=[^()]*{_H})"), re.compile(f"(?<=[{WIDE_SHAPED}0-9])\\)$")


def fold_half_width(text):
    """Fold half-width ,:;?!() to full width inside Chinese text; leave Latin text alone.
    A mark folds when a wide character stands beside it; brackets fold as a pair.

    >>> fold_half_width("读书可以让人保持思想活力,让人得到智慧启发")
    '读书可以让人保持思想活力，让人得到智慧启发'
    >>> fold_half_width("(一)"), fold_half_width("第(1)条"), fold_half_width("数据(Data)显示")
    ('（一）', '第（1）条', '数据（Data）显示')
    >>> fold_half_width("3,000 and (a, b)"), fold_half_width("调用 alert(1) 时")
    ('3,000 and (a, b)', '调用 alert(1) 时')
    """
    if not HALF_PUNCT.search(text):
        return text  # nearly every line of Chinese text: skip the look-around scan
    # fold every mark, then put back the few with no wide character on either side (one
    # scan that jumps from mark to mark, instead of a look-around at every character)
    keep = [m.start() for m in _KEEP_HALF.finditer(han_shape(text))]
    out = (text.replace(",", "，").replace(":", "：").replace(";", "；").replace("?", "？")
           .replace("!", "！"))
    if keep:
        out = list(out)
        for i in keep:
            out[i] = text[i]
        out = "".join(out)
    if "(" in text or ")" in text:
        out = _fold_brackets(text, out)
    return out


def _fold_brackets(text, out):
    """Brackets of ``text`` folded in ``out`` (same length): a matched pair folds together
    when it holds an ideograph or stands against a wide character, so a fold never leaves
    a pair half full width (``alert(1)`` stays as written); a lone bracket folds as a
    mark does."""
    out = list(out)
    opened = []
    pairs, lone = [], []
    for i, c in enumerate(text):
        if c == "(":
            opened.append(i)
        elif c == ")":
            if opened:
                pairs.append((opened.pop(), i))
            else:
                lone.append(i)
    lone += opened
    n, shape = len(text), han_shape(text)
    for a, b in pairs:
        if (SHAPE in shape[a + 1:b] or a > 0 and flags_of(text[a - 1]) & _F_WIDE
                or b + 1 < n and flags_of(text[b + 1]) & _F_WIDE):
            out[a], out[b] = "（", "）"
    for i in lone:
        lone_open, lone_close = _lone_brackets()
        if text[i] == "(" and lone_open.match(shape, i) or text[i] == ")" and lone_close.search(shape[:i + 1]):
            out[i] = text[i].translate(HALF_TO_FULL)
    return "".join(out)


_DASH_LEAD = LazyPattern(r"^[\s—–\-―⸺─]+")


def strip_leading_dash(text):
    """A deck's leading dash is layout, not text.

    >>> strip_leading_dash("——郴州市北湖区探索新路径")
    '郴州市北湖区探索新路径'
    """
    return _DASH_LEAD.sub("", text)


def dedupe_tail(text):
    """Undo an extractor's doubled last glyphs in a headline, or return None.

    >>> dedupe_tail("协同育人育人")
    '协同育人'
    >>> dedupe_tail("千年银脉焕新颜新颜")
    '千年银脉焕新颜'
    >>> dedupe_tail("人人") is None, dedupe_tail("让百姓看得起病") is None
    (True, True)
    """
    t = text.rstrip()
    if t[-1:] not in t[-5:-2]:
        return None     # (most headlines: a doubled tail of 2-4 glyphs repeats the last one 2-4 back)
    for k in (4, 3, 2, 1):
        if len(t) >= 3 * k + (2 if k == 1 else 0) and t[-k:] == t[-2 * k:-k] and flags_of(t[-1]) & _F_HAN:
            if k == 1:
                continue  # single doubled glyphs are often real words (“谢谢”, “常常”)
            return t[:-k]
    return None
