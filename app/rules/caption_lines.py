"""The lines of a photo caption a narrow column wrapped.

A caption is printed under its photo in a column: a sentence or two, then its credit
("图为浏阳无人机在稻田上空作业。" / "本报记者 苏燕琪 摄"). :func:`.kinds.is_caption` knows
the line ending in the credit; the lines above it that hold the rest of the caption, and a
credit whose bracket the column cut ("……义诊。（湘阴文旅广" / "电局供图）"), are found here:
a caption starts right after a line that closes what came before (a paragraph's end, a
byline), so the lines between such a line and the credit are the caption's.
"""
from .chars import HAN
from .headers import closes, opens_group
from .kinds import is_caption
from .profile import DEFAULT
from .shaped import ShapedPattern
from .starts import positions_of

# the credit alone: a role and a name before 摄, or a bracketed source
_CREDIT_ONLY = ShapedPattern(f"^[{HAN}]?(?:本报)?(?:记者|通讯员)[{HAN} ]{{2,8}}摄$|^[（(][^（）()]{{2,30}}[）)]$")
_TEXT_KINDS = frozenset(("body", "title"))


def credit_only(t):
    """Does the caption line ``t`` hold its credit and nothing of the caption's sentence
    (a glyph the column cut off the role word aside)?

    >>> credit_only("本报记者 苏燕琪 摄"), credit_only("报记者 许琪 摄"), credit_only("（受访单位供图）")
    (True, True, True)
    >>> credit_only("理业务。（资料图片）")
    False
    """
    return bool(_CREDIT_ONLY.match(t))


def cut_credit(prev, t):
    """Is ``t`` the end of a credit whose opening bracket is on the line before, ``prev``?

    >>> cut_credit("湘阴医护人员为村民义诊。（湘阴文旅广", "电局供图）")
    True
    >>> cut_credit("理，成为基层党建与社会治理。（韩华", "文 郑睿）")
    False
    """
    if not t.endswith(("）", ")")) or "（" in t or "(" in t:
        return False
    cut = max(prev.rfind("（"), prev.rfind("("))
    return cut >= 0 and ")" not in prev[cut:] and "）" not in prev[cut:] and is_caption(prev[cut:] + t)


_ROLE_AT_END = ShapedPattern(f"(?:本报记者|记者|本报记|通讯员|通讯)[ \u3000]*(?:[{HAN}][ \u3000]*){{0,3}}$")


def cut_photo_credit(prev, t):
    """Is ``t`` the end of a photo credit whose role word, or its role and the first glyphs
    of the name, are on the line before, ``prev`` ("……参观游览。本报记者 唐" / "建 摄")?

    >>> cut_photo_credit("图为湘潭游客在古街参观游览。本报记者 唐", "建 摄")
    True
    >>> cut_photo_credit("图为攸县学生在操场开展体育活动。本报记", "者 沈博 摄"), cut_photo_credit("图为桂东工人忙碌。本报记者", "郭超 摄")
    (True, True)
    >>> cut_photo_credit("他说，这是我们的拍", "摄")
    False
    """
    if not t.endswith("摄") or "。" in t or len(t) > 8:
        return False
    m = _ROLE_AT_END.search(prev)
    return m is not None and is_caption(prev[m.start():] + t)


def _cut_credit_ends(pg, kinds):
    """Make 'caption' the end of a credit a column cut ("（…供" / "图）", "……本报记者" /
    "郭超 摄")."""
    # (the few lines ending so found by ``list.index``, which passes the others in C without
    # a call each: a ``map`` over every line's last glyph cost several times as much)
    text, tight, last = pg.text, pg.tight, pg.last
    for k in sorted(positions_of(last, "）") + positions_of(last, ")")):
        if k and tight[k] and kinds[k] in _TEXT_KINDS and cut_credit(text[k - 1], text[k]):
            kinds[k] = "caption"
    for k in positions_of(last, "摄"):
        if k and tight[k] and kinds[k] in _TEXT_KINDS | {"byline"} and cut_photo_credit(text[k - 1], text[k]):
            kinds[k] = "caption"


def caption_lines(pg, kinds, profile=DEFAULT):
    """Make 'caption' in ``kinds`` the wrapped lines of each caption: the end of a cut
    credit, and the lines above a caption's last line back to the line that closes what
    came before or to the blank line that opens the caption's text group, printed without
    a blank line between (at most :attr:`~.profile.Profile.caption_max_lines` in all; where no such
    line is found that near, the lines above stay as they are)."""
    if pg.markdown:
        return    # a paragraph a line: no caption is wrapped
    _cut_credit_ends(pg, kinds)
    for k in positions_of(kinds, "caption"):
        start = _wrapped_start(pg, kinds, k, profile)
        # the page's start is no sign: the caption may cut a paragraph carried over to it;
        # but the page's first line running on into the caption's last line (ending no
        # sentence) is the caption's, and so is the one over a credit alone on its line
        # (a photo's source holds none of the caption's words: they are above it)
        at_top = start == 0 and k == 1 and (not closes(pg, kinds, 0) or credit_only(pg.text[k]))
        # (a caption is a text group of its own where the page prints blank lines between
        # groups: the group's first line is the caption's, whatever the line before it)
        # (as does a line much narrower than the caption's first: a header's, drawn over it)
        opens = start > 0 and (closes(pg, kinds, start - 1) or opens_group(pg, start)
                               or _under_a_narrow_line(pg, start, profile))
        if start < k and (opens or at_top) and kinds[start] in _TEXT_KINDS:
            for r in range(start, k):
                kinds[r] = "caption"
        elif _opens_cut_credit(pg, kinds, k):
            kinds[k - 1] = "caption"


def _wrapped_start(pg, kinds, k, profile):
    """The first line of the lines printed tight above caption line k, back to the line that
    closes what came before, a line no text, or ``caption_max_lines`` in all (a credit of its
    own, "本报记者 王明 摄", counts the line above it in), but not up past a line much
    narrower than the one under it: a caption fills its column on every line but its last,
    so a narrow line over it is something else ("江永织密基层治理“一张网”" over "江永医护人员为
    村民义诊。（资料图片）": a headline drawn right before its caption)."""
    text, tight = pg.text, pg.tight
    start = k
    if credit_only(text[k]) and tight[k] and kinds[k - 1] in _TEXT_KINDS:
        start = k - 1
    while start > 0 and not closes(pg, kinds, start - 1) and k - start + 1 < profile.caption_max_lines:
        if not tight[start] or _under_a_narrow_line(pg, start, profile):
            break
        start -= 1
        if kinds[start] not in _TEXT_KINDS:
            break
    return start


def _under_a_narrow_line(pg, k, profile=DEFAULT):
    """Is line k printed tight under a line narrower than it by more than
    ``caption_line_short``? A caption fills its column on every line but its last, so
    the line over it is no line of it."""
    return pg.tight[k] and pg.width[k - 1] < pg.width[k] - profile.caption_line_short


def _opens_cut_credit(pg, kinds, k):
    """Does line k - 1 open the credit a column cut, ended by caption line k ("……义诊。（华" /
    "容县委宣传部供图）")? That line is the caption's whatever stands above it (a header
    drawn right before the caption, where the caption's start is not found)."""
    return k > 0 and pg.tight[k] and kinds[k - 1] in _TEXT_KINDS and cut_credit(pg.text[k - 1], pg.text[k])
