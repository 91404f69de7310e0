"""The pieces of a running head an extractor printed apart.

``pdftotext`` and pdfminer cut a running head ("湘江日报  2025年5月28日  星期五  第11版
乡村振兴") into pieces, one a line, and may put the section name far down the page beside
the column it was printed over. The date and the page are furniture by their own text
(:func:`.kinds.is_furniture`); the paper's name, the weekday and the section name are not
sentences either, but only the company of a running head makes them furniture: a page
that prints furniture of its own.
"""

from .chars import HAN, LAYOUT_SPACE
from .lazy import LazyPattern
from .profile import DEFAULT
from .shaped import ShapedPattern

_SPACES = LazyPattern(f"[{LAYOUT_SPACE}]+")
_WEEKDAY = LazyPattern("^(?:星期|周)[一二三四五六日天]$")
# section names (not :func:`.kinds.is_section_name`, whose field suffixes also end
# headline phrases such as "聚力实体经济")
_BARE_SECTIONS = frozenset(("要闻", "经济", "民生", "文化", "社会", "体育", "国际", "时政", "教育", "财经",
                            "法治", "科技", "健康", "旅游", "农业", "生态", "城事", "乡村振兴", "县域经济",
                            "市州新闻", "综合新闻", "地方新闻", "区县新闻"))


# the last glyph of every piece: a line ending in another is read no further
_LAST = frozenset("报一二三四五六日天") | frozenset(t[-1] for t in _BARE_SECTIONS)


_PAPER_NAME = ShapedPattern(f"^[{HAN}]{{2,6}}(?:日报|晚报|早报|时报|商报|报)$")     # "湘江日报"


def is_head_piece(t):
    """Is ``t`` (spaces left out) a piece of a running head that says nothing alone: a
    paper's name, a weekday, a section name?

    >>> [is_head_piece(t) for t in ("湘 江 日 报", "湘江日 报", "星期二", "经济", "乡村振兴", "县域经济")]
    [True, True, True, True, True, True]
    >>> [is_head_piece(t) for t in ("擦亮民生底色", "聚力实体经济", "报", "周平诗")]
    [False, False, False, False]
    """
    t = _SPACES.sub("", t)
    return bool(_WEEKDAY.match(t) or t in _BARE_SECTIONS or _PAPER_NAME.match(t))


def running_head_pieces(pg, kinds, profile=DEFAULT):
    """Make the running head's pieces noise in ``kinds``, on a page that prints furniture
    (only lines at most :attr:`~.profile.Profile.head_piece_max_width` wide are read)."""
    if "noise" not in kinds:
        return
    text, last = pg.text, pg.last
    narrow = profile.head_piece_max_width
    for k in pg.narrow_lines(narrow):
        if last[k] in _LAST and kinds[k] != "noise" and is_head_piece(text[k]):
            kinds[k] = "noise"
