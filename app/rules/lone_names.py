"""Short lines a narrow column left alone: a byline of one name under its headline, a
credit of names under its paragraph's last sentence, a deck's last words.

:func:`.kinds.is_byline` wants two names or a role word ("本报记者"), since one name alone
is too like a short line of text. Right under a title line, a line that is one person's
name and nothing else ("彭嘉刚", "唐 然", padded to three cells) is the headline's byline,
and so is one under its deck, unless a deck or a byline follows it, or the title line
holds a comma (a section head's, "因地制宜，
走好特色发" / "展路"): then it is the wrapped tail of the line above ("道县蹚出产业振兴新" /
"路子", "——涟源探索乡村振兴新" / "路径" / "通讯员 魏佳").
"""
from .chars import SHAPE, han_shape
from .headers import alone_in_group, closes, opens_group, title_tail
from .kinds import looks_like_name
from .lazy import LazyPattern
from .names import ends_in_credit, lone_credit
from .profile import DEFAULT
from .starts import each_position, positions_of

_CLAUSE_MARK = LazyPattern("[，。；、！？：,;!?:]")
_NAME_SHAPE = LazyPattern(f"^{SHAPE}{{2,3}}$|^{SHAPE} {SHAPE}$")     # over the ideographs' shape


def lone_name(t):
    """Is ``t`` one person's name alone (a two-glyph one may be padded with a space)?

    >>> lone_name("彭嘉刚"), lone_name("唐 然"), lone_name("肖杰"), lone_name("出实招"), lone_name("唐 然 好")
    (True, True, True, False, False)
    """
    return name_shaped(t) and looks_like_name(t.replace(" ", ""))


def name_shaped(t):
    """Two or three ideographs, or two with a space between (padded to three cells).

    >>> name_shaped("彭嘉刚"), name_shaped("唐 然"), name_shaped("唐  然"), name_shaped("唐然好啊")
    (True, True, False, False)
    """
    return bool(_NAME_SHAPE.match(han_shape(t)))


def lone_bylines(pg, kinds, profile=DEFAULT):
    """Make 'byline' in ``kinds`` each lone name right under a title or deck line (or
    under a title line's wrapped tail, a glyph or two: "慈利校园足球踢出精气" / "神" /
    "韩 然"), or opening a text group after a line that closes (an extractor reading down
    columns parts it from its header by a blank line: alone, or over the text it heads; no
    paragraph's line is a name of two or three glyphs without a mark), with no deck or
    byline after it but where it is a text group of its own (a wrapped tail is printed
    tight under its line), and no lone name tight under it (:func:`_name_under`: then it
    is the headline's tail). Only lines of two or three cells are read."""
    n = len(kinds)
    text = pg.text
    for k in pg.narrow_lines(3.0):
        if (k and kinds[k] in ("body", "title")
                and (kinds[k - 1] in ("title", "deck") and "，" not in text[k - 1]
                     or title_tail(pg, kinds, k - 1, profile)
                     or opens_group(pg, k) and closes(pg, kinds, k - 1))
                and (k + 1 >= n or kinds[k + 1] not in ("deck", "byline") or alone_in_group(pg, k))
                and lone_name(text[k]) and not _name_under(pg, kinds, k + 1)):
            kinds[k] = "byline"


def _name_under(pg, kinds, j):
    """Is line j a lone name printed tight under line j - 1? Then a two-glyph line over it
    ("汝城蹚出产业振兴新" / "路子" / "何涵强") is the headline's tail, not a byline: a header
    ends in its byline, and a byline of one name is one line."""
    return j < len(kinds) and kinds[j] in ("body", "title") and pg.tight[j] and lone_name(pg.text[j])


def lone_credits(pg, kinds):
    """Make 'body' in ``kinds`` each line ending a paragraph with a credit of names that a
    narrow column cut from the text it closes: alone on its line after a line ending a
    sentence ("……的风采。" / "（董霞婷）"), or its bracket opened on the line before
    ("……保障。（韩华" / "文 郑睿）"). It is that paragraph's last line, not a title.

    So is a bracketed credit read as a byline, alone on its line right after a body line
    ending a sentence: a byline stands under a headline, and as a header of its own it
    takes the text above it away from the article's header (on a page of jump lines it
    splits a part or sends it to the wrong page; on PDF pages drawn in order the next
    story's header, drawn right under it, is paired with the wrong body)."""
    text = pg.text
    # (the lines ending in a bracket found by ``list.index``: see caption_lines._cut_credit_ends)
    for k in sorted(positions_of(pg.last, "）") + positions_of(pg.last, ")")):
        if k and kinds[k] == "title" and ends_in_credit(text, k):
            kinds[k] = "body"
        elif k and kinds[k] == "byline" and kinds[k - 1] == "body" and lone_credit(text[k - 1], text[k]):
            kinds[k] = "body"


def deck_tails(pg, kinds, profile=DEFAULT):
    """Make 'deck' in ``kinds`` the tail a narrow column wrapped off a deck ("——浏阳打造创新
    创业" / "“强磁场”"): right under the dash line, no wider than
    :attr:`~.profile.Profile.deck_tail_width`, holding no clause mark, not letter-spaced (a
    tracked headline of the next story is), and followed by what follows a deck (a byline,
    a caption, the body; on a page read in text groups, a line wider than a kicker), unless
    it is a glyph or two."""
    n = len(kinds)
    text, w, ls, tight = pg.text, pg.width, pg.letter_spaced, pg.tight
    # read in order, in text groups (``pdftotext``, pdfminer), the body after a deck is
    # often set as title-shaped lines (no sentence ends in them): a line wider than a
    # kicker there is text, where drawing order may print the next story's headline
    grouped = not pg.spaced and not pg.markdown and not all(tight[1:])
    # (a tail made a deck is found as one in turn: its own tail may follow)
    for k in each_position(kinds, "deck"):
        j = k + 1
        if (j >= n or not tight[j] or kinds[j] not in ("body", "title") or ls[j]
                or w[j] > profile.deck_tail_width or _CLAUSE_MARK.search(text[j])
                or _CLAUSE_MARK.search(text[k][-1])):
            continue
        if (w[j] <= profile.tracked_tail_width or j + 1 >= n or kinds[j + 1] in ("byline", "caption", "body")
                or grouped and kinds[j + 1] in ("title", "noise") and w[j + 1] > profile.kicker_max_width):
            kinds[j] = "deck"
