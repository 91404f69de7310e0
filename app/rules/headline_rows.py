"""Where a headline's rows end and the next story's headline starts, inside one header
cluster (drawing order prints a story's headline after its body, then the next story's
header before its own body, the two with nothing between).

A headline wraps only where its row is full: every row but the last is as wide as the
first, and the last is no wider. So a title row clearly wider than a full-width row above
it (wider than a kicker, which may stand narrower over its headline; or under two rows of
one width, the width the headline above wrapped at, tracked or not), or any title row
under a row clearly narrower than the one above that (the wrap's last row), starts another
headline. Two rows of one width set a phrase a row (:func:`.headers.phrase_pair` of the
two) under a row much wider than they are start one too: that row would have held each
of them whole. And two plain rows each wider than a kicker, of about one width, quotes
closed and no clause mark in either, are two headlines: a headline wrapped that wide ends
on a tail, not on a second full row. A plain row wide enough to be a deck without its dash
(``deck_width_diff``, ``deck_min_width``) stays the deck unless a dash deck follows it.
"""
from __future__ import annotations

from .kinds import quotes_closed
from .lazy import LazyPattern
from .profile import DEFAULT
from .segments import drawn_in_order

_CLAUSE = LazyPattern("[，。；、！？,;!?]")


def next_headline_row(pg, kinds, r, first, profile=DEFAULT):
    """Does title line r start another story's headline under the title rows above it,
    of the header whose first title line is ``first`` (each test in the module's
    docstring, on rows printed tight), on a page drawn in order? (An extractor printing
    text groups may have read two headers across, row by row: the rows there say nothing
    of where a headline ends.)

    >>> from .page import Page
    >>> pg = Page(["（赵芳杰）", "基层一线", "永州跑出项目建设“加速度”", "慈利蹚出产业振兴新路子", "通讯员 冯丽晓"])
    >>> kinds = ["body", "title", "title", "title", "byline"]
    >>> next_headline_row(pg, kinds, 3, 1), next_headline_row(pg, kinds, 2, 1)
    (True, False)
    >>> pg = Page(["（赵芳杰）", "“小积分”撬动新化乡村", "大治理", "通讯员 冯丽晓"])
    >>> next_headline_row(pg, ["body", "title", "title", "byline"], 2, 1)
    False

    Under two full rows of a narrow headline, and under a headline of two phrases (never
    a kicker, however narrow):

    >>> pg = Page(["（赵芳杰）", "醴陵：小小竹", "篮编出大产业", "湘潭织密基层治理“一张网”", "——湘潭做好“土特产”文章", "通讯员 冯丽晓"])
    >>> kinds = ["body", "title", "title", "title", "deck", "byline"]
    >>> next_headline_row(pg, kinds, 3, 1), next_headline_row(pg, kinds, 2, 1)
    (True, False)
    >>> kinds = ["body", "title", "title", "title", "byline"]
    >>> pg = Page(["（赵芳杰）", "深耕沃土 厚植根基", "奋楫争先", "勇立潮头", "通讯员 冯丽晓"])
    >>> next_headline_row(pg, kinds, 2, 1)
    True
    >>> pg = Page(["（赵芳杰）", "县域经济观察", "奋楫争先", "勇立潮头", "通讯员 冯丽晓"])
    >>> next_headline_row(pg, kinds, 2, 1)
    False
    """
    if r < 1 or first is None or r - 1 < first or not _rows(pg, kinds, r - 1, r):
        return False
    return _row_starts_headline(pg, kinds, r, first, profile) and drawn_in_order(pg)


def _row_starts_headline(pg, kinds, r, first, profile):
    """:func:`next_headline_row`'s tests of the rows' widths and shapes."""
    w, ls, step, kicker = pg.width, pg.letter_spaced, profile.headline_row_step, profile.kicker_max_width
    if ls[r - 1] and not ls[r]:
        return _plain_under_tracked(pg, r, profile)
    if not ls[r] and _deck_shaped(pg, kinds, r, first, profile):
        return False
    if w[r - 1] > kicker and w[r] - w[r - 1] >= step:
        return True         # the row above was not full: it ended its headline
    if r - 2 >= first and _rows(pg, kinds, r - 2, r - 1) \
            and abs(w[r - 2] - w[r - 1]) < step and w[r] - max(w[r - 2], w[r - 1]) >= step:
        return True         # two full rows above: the headline wrapped at their width
    if r - 2 >= first and _rows(pg, kinds, r - 2, r - 1) and not (ls[r - 2] or ls[r - 1] or ls[r]) \
            and w[r - 2] > kicker and w[r - 2] - w[r - 1] >= step:
        return True         # the row above was a wrap's last row
    return _two_full_rows(pg, r, profile) or _phrase_rows_under(pg, kinds, r, profile)


def deck_by_width(pg, heads, profile=DEFAULT):
    """Is the last of a header unit's headline lines ``heads`` its deck set without the
    dash, by its width: wider than ``deck_min_width``, or than the widest headline row
    above it by ``deck_width_diff``? The widest row, not the row right above: a wrapped
    headline ends on a tail (``桃江织密基层治理`` / ``“一张网”``), and a whole headline of
    another story read across under it (``祁阳：一条路带富一方人``) is wider than the
    tail but no wider than the row the headline wrapped from.

    >>> from .page import Page
    >>> pg = Page(["桃江织密基层治理", "“一张网”", "祁阳：一条路带富一方人"])
    >>> deck_by_width(pg, [0, 1, 2]), deck_by_width(pg, [1, 2])
    (False, True)
    """
    w = pg.width
    last = heads[-1]
    return w[last] > profile.deck_min_width or w[last] - max(w[r] for r in heads[:-1]) > profile.deck_width_diff


def _rows(pg, kinds, a, b):
    """Are lines a..b title lines printed tight?"""
    return all(kinds[x] == "title" for x in range(a, b + 1)) and all(pg.tight[a + 1:b + 1])


def _deck_shaped(pg, kinds, r, first, profile):
    """Would plain title line r, the last before the header's other lines, be read as
    the deck by its width (:func:`deck_by_width` of the rows from ``first``), no dash
    deck after it? Measured against the widest row above, not the row right above: under
    a wrap's tail (``攸县以“绣花功夫”推进`` / ``城市更新``) a whole headline of the next
    story (``新化千亩油茶挂满“致富果”``) is wider than the tail, not than the headline.

    >>> from .page import Page
    >>> pg = Page(["攸县以“绣花功夫”推进", "城市更新", "新化千亩油茶挂满“致富果”", "蔡红"])
    >>> _deck_shaped(pg, ["title"] * 3 + ["byline"], 2, 0, DEFAULT), _deck_shaped(pg, ["title"] * 3 + ["byline"], 2, 1, DEFAULT)
    (False, True)
    """
    n = len(kinds)
    if r + 1 < n and kinds[r + 1] in ("title", "deck"):
        return False
    return deck_by_width(pg, list(range(min(first, r - 1), r + 1)), profile)


def _plain_under_tracked(pg, r, profile):
    """Is plain line r, under a letter-spaced title row, a whole headline: wider than a
    kicker (a tracked headline's plain piece is its tail), quotes closed, no clause mark?
    A deck under a headline opens with its dash; a row as wide as a headline without one,
    set plain under a headline set wide, is the next story's."""
    t = pg.text[r]
    return pg.width[r] > profile.kicker_max_width and quotes_closed(t) and not _CLAUSE.search(t) \
        and not t.startswith("—")


def _two_full_rows(pg, r, profile):
    """Are plain lines r - 1 and r two whole headlines: each wider than a kicker, of
    about one width (within ``headline_row_step``), each closing its quotes, neither
    holding a clause mark?"""
    w, ls, text = pg.width, pg.letter_spaced, pg.text
    kicker = profile.kicker_max_width
    return (not (ls[r - 1] or ls[r]) and w[r - 1] > kicker and w[r] > kicker
            and abs(w[r] - w[r - 1]) < profile.headline_row_step
            and quotes_closed(text[r - 1]) and quotes_closed(text[r])
            and not _CLAUSE.search(text[r - 1]) and not _CLAUSE.search(text[r]))


def _phrase_rows_under(pg, kinds, r, profile):
    """Are lines r and r + 1 a headline set a phrase a row (two plain rows of one width,
    a whole :func:`.headers.phrase_pair` together), the last title lines, right under a
    plain row wider than a kicker or set as two phrases (a headline's setting, never a
    kicker's) that is wider than they are by ``headline_row_step``?"""
    from .headers import phrase_pair   # headers imports this module: imported here, not at the top
    n = len(kinds)
    if r + 1 >= n or not _rows(pg, kinds, r - 1, r + 1) or (r + 2 < n and kinds[r + 2] == "title"):
        return False
    w, ls = pg.width, pg.letter_spaced
    # (a row of two phrases is a headline by its setting, never a kicker, however narrow)
    return (not (ls[r - 1] or ls[r] or ls[r + 1])
            and (w[r - 1] > profile.kicker_max_width or phrase_pair(pg.text[r - 1]))
            and abs(w[r] - w[r + 1]) <= profile.kicker_phrase_balance
            and w[r - 1] - max(w[r], w[r + 1]) >= profile.headline_row_step
            and phrase_pair(pg.text[r] + " " + pg.text[r + 1]))
