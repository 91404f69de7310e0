"""Tracked titles: headlines set with wide letter spacing, which an extractor gives back
with a space between every glyph or between some ("安 化 ： 湘 江 岸 边 护 鸟 人",
"小 城 走 出 智能 制 造 新 势力").

:func:`.kinds.title_shaped` takes no letter-spaced line for a title, since the body lines
of justified columns come out letter-spaced too. A tracked title differs from them by what
surrounds it and what it holds: a short run of spaced lines, after a line that closes what
came before, holding no clause mark, with no paragraph line running on from it.
"""
from .chars import LAYOUT_SPACE
from .headers import alone_in_group, closes, kicker_narrow, opens_group, spaced_by_glyph
from .lazy import LazyPattern
from .profile import DEFAULT
from .starts import positions_of

# marks inside a clause or ending one: a title has none (a colon it may: "安化：……")
_CLAUSE_MARK = LazyPattern("[，。；、！？,;!?]")


def could_be_tracked_title(t):
    """Can the letter-spaced line ``t`` be a piece of a tracked title: no clause mark in it
    and no mark at its end that leaves the sentence open?

    >>> could_be_tracked_title("安 化 ： 湘 江 岸 边 护 鸟 人"), could_be_tracked_title("家 门 口 的 “ 幸 福 食 堂")
    (True, True)
    >>> could_be_tracked_title("新 时 代 催 生 新 业 态 ，新 群 体 带")
    False
    >>> could_be_tracked_title("资 难 题 ： 邮 储 银 行 郴 州 市 分 行 主 动 下 沉 服 务 ：")
    False
    """
    # (the spaces are no clause marks: the last character is the last one not a space;
    # the comma and the full stop, which a justified paragraph's lines mostly hold, are
    # looked for first: each ``in`` costs a tenth of the expression's search)
    return (not ("，" in t or "。" in t or _CLAUSE_MARK.search(t))
            and t.rstrip(LAYOUT_SPACE)[-1] not in "：:")


def tracked_titles(pg, kinds, profile=DEFAULT):
    """Make the lines of tracked titles 'title' in ``kinds``: each run of at most
    :attr:`~.profile.Profile.tracked_max_lines` letter-spaced lines (body lines, or title
    lines by shape) that could all be title pieces, after a line that closes what came before or after a kicker-narrow title
    line that does, or set apart by a blank line before a deck or byline (alone or under a
    kicker-narrow title line). A piece too short to be spaced ("力", "破 零 ”") goes with the run,
    at its end or between its lines."""
    n = len(kinds)
    text, ls, w = pg.text, pg.letter_spaced, pg.width
    tail = profile.tracked_tail_width

    def piece(r):
        # (printed tight under the piece before, a glyph or two, or a shorter line spaced
        # in part, may be a title line by its shape already: "路 子", "难出实 招")
        return (kinds[r] == "body" and (ls[r] or w[r] <= tail and not pg.ends_final[r])
                or kinds[r] == "title" and pg.tight[r] and not pg.ends_final[r]
                and (w[r] <= tail or pg.has_space[r] and w[r] < w[r - 1]))

    for r in [r for r in positions_of(kinds, "byline") if _piece_read_as_names(pg, kinds, r, profile)]:
        kinds[r] = "title"
    done = -1
    most = profile.tracked_max_lines
    for k in positions_of(ls, True):
        if k <= done or kinds[k] != "body":
            continue
        j = k
        while j + 1 < n and piece(j + 1):
            j += 1
        done = j
        # (what the lines hold is asked before what surrounds them: most runs are a
        # justified paragraph's lines, holding clause marks. Every line of the run is a
        # body or title line, as piece() takes no other; a run of no more lines than
        # ``most`` holds no more spaced ones, and most runs are one line)
        if j - k >= most and sum(ls[k:j + 1]) > most or not all(map(could_be_tracked_title, text[k:j + 1])):
            continue
        if (_opens(pg, kinds, k, profile) or _set_apart(pg, kinds, k, j)
                or _kicker_set_apart(pg, kinds, k, j, profile) or k == j and alone_in_group(pg, k)
                or _after_a_headline(pg, kinds, k, j, profile) or _goes_on_tracked(pg, kinds, k, j, profile)):
            for r in range(k, j + 1):
                kinds[r] = "title"


def _opens(pg, kinds, k, profile):
    """May a title start at line k: the line before closes what came before, or is a
    narrow title line (a kicker) right after one that does?"""
    if closes(pg, kinds, k - 1) or deck_tail_before(pg, kinds, k, profile):
        return True
    return (k > 0 and kicker_narrow(pg, kinds, k - 1, profile)
            and (closes(pg, kinds, k - 2) or deck_tail_before(pg, kinds, k - 1, profile)))


def _after_a_headline(pg, kinds, k, j, profile=DEFAULT):
    """Are lines k..j right under a title line (no blank line between) that follows a line that closes (or a
    kicker after one), with a deck or byline after them? Drawing order prints a story's
    headline after its body, then the next story's header: its tracked pieces there are
    a title, held by the deck or byline under them ("桂东为企业纾困解难出实招" /
    "韶 山 农 文 旅" / ... / "——韶山县域经济高质量发展")."""
    if k < 2 or not pg.tight[k] or kinds[k - 1] != "title" or j + 1 >= len(kinds) or kinds[j + 1] not in ("deck", "byline"):
        return False
    return closes(pg, kinds, k - 2) or k >= 3 and kicker_narrow(pg, kinds, k - 2, profile) and closes(pg, kinds, k - 3)


def _goes_on_tracked(pg, kinds, k, j, profile=DEFAULT):
    """Do lines k..j go on a tracked title found above them, with a deck or byline after
    them: right under its letter-spaced piece, or under the tail of one ("守 护 绿 水" /
    "青 山" / "共 绘 生 态" / "画 卷": a headline of two phrases, each wrapped)? A justified
    paragraph goes on from text, never from a title's piece."""
    e = j + 1
    if e < len(kinds) and kinds[e] == "title" and pg.width[e] <= profile.tracked_tail_width:
        e += 1    # the piece's tail, read as a title already
    if k < 2 or not pg.tight[k] or kinds[k - 1] != "title" or e >= len(kinds) or kinds[e] not in ("deck", "byline"):
        return False
    ls = pg.letter_spaced
    return ls[k - 1] or pg.width[k - 1] <= profile.tracked_tail_width and kinds[k - 2] == "title" and ls[k - 2]


def deck_tail_before(pg, kinds, k, profile=DEFAULT):
    """Is the line before k the wrapped tail of a deck ("——怀化持续优化营商环境侧" /
    "记"): a glyph or two right under a deck line? A deck ends its header, so what follows
    it may start something new (drawing order prints the next story's header there).

    >>> from .page import Page
    >>> pg = Page(["——怀化持续优化营商环境侧", "记", "擦 亮 民 生 底 色"])
    >>> deck_tail_before(pg, ["deck", "body", "body"], 2)
    True
    >>> deck_tail_before(pg, ["body", "body", "body"], 2)
    False
    """
    return (k >= 2 and kinds[k - 2] == "deck" and kinds[k - 1] == "body"
            and pg.width[k - 1] <= profile.tracked_tail_width)


def _set_apart(pg, kinds, k, j):
    """Are lines k..j a text group of their own, a blank line before them on a page that
    prints blank lines only between groups, with a deck or byline after them? (An
    extractor reading down a column prints a header there, the paragraph before it
    unfinished: see :meth:`.headers._Runs._set_apart`.)"""
    return opens_group(pg, k) and j + 1 < len(kinds) and kinds[j + 1] in ("deck", "byline")


def _kicker_set_apart(pg, kinds, k, j, profile=DEFAULT):
    """Are lines k..j right under a kicker-narrow title line, the two a text group of their
    own before a deck or byline (:func:`_set_apart` from the kicker)? ("新春走基层" /
    "衡 阳 非 遗 技 艺 走 进 新 课 堂" / "——衡阳推进基层治理现代化纪实")"""
    return (k > 0 and pg.tight[k] and kinds[k - 1] == "title" and pg.width[k - 1] <= profile.kicker_max_width
            and _set_apart(pg, kinds, k - 1, j))


def single_glyphs(t):
    """Is ``t`` glyphs spaced one by one, three or more, and nothing else (no bracket, no
    role word)? Padded names come two glyphs spaced apart or mixed with names set close
    ("肖 畅 周红波"); a tracked headline's piece is spaced glyph by glyph.

    >>> single_glyphs("江 岸 边 护"), single_glyphs("肖 畅"), single_glyphs("莫 钢 黄冰璐"), single_glyphs("（杨 晨 蒋 虹）")
    (True, False, False, False)
    """
    return spaced_by_glyph(t) and all("\u4e00" <= p <= "\u9fff" for p in t.split())


def _piece_read_as_names(pg, kinds, r, profile=DEFAULT):
    """Is line r, read as a byline, a tracked headline's middle piece: glyphs spaced one by
    one, printed tight between a letter-spaced title line no narrower than it and a title
    line that is another piece or the tail ("岳 阳 ： 湘" / "江 岸 边 护" / "鸟 人")? A
    byline ends its header: no title piece comes tight under it."""
    w, ls, tight = pg.width, pg.letter_spaced, pg.tight
    return (0 < r < len(kinds) - 1 and tight[r] and tight[r + 1] and single_glyphs(pg.text[r])
            and kinds[r - 1] == "title" and (ls[r - 1] or spaced_by_glyph(pg.text[r - 1])) and w[r - 1] >= w[r]
            and kinds[r + 1] == "title" and (ls[r + 1] or w[r + 1] <= profile.tracked_tail_width))
