"""Section heads that are headlines: where a head stands tells them apart.

A section head heads a part of its article's text: text of that article comes before it
and text follows it. A title line followed by a deck or a byline is a headline, whatever
its width made of it (but for one holding a clause mark with a blank line before the deck
or byline: read in text groups, another story's may follow a head). On a page drawn in order (no blank line anywhere: ``pdftotext
-raw``, pdfium), a title line right after another header or a caption, or after a paragraph
closed by a credit of names ("……（刘浩）", which ends its article), opens the next story: its headline
(the story before is whole, and its header was drawn before or after it). So does a
letter-spaced one there, wherever it stands: a section head is set in the body's type,
bold but never tracked; a tracked line is a headline's style. The page's last line of
text, title-shaped after a line that closes, is a headline there too (a paragraph would
end its sentence, a head would have text under it). Where a reader
follows columns (blank lines part text groups), a header's lines and a head of another
story's column come together, so only the first rule holds there; but where the page is
printed in text boxes (pdfminer: blank lines part paragraphs), a one-line head of its own,
holding no clause mark and wider than a kicker, is a story's lone headline.
"""
from __future__ import annotations

from .decisions import HEADER_LABELS
from .headers import tail_shaped
from .lazy import LazyPattern
from .names import ends_in_credit
from .profile import DEFAULT
from .starts import blank_lines_part_paragraphs

_CLAUSE = LazyPattern("[，、；,;]")
_AFTER = frozenset(("subtitle", "byline"))
_HEADER = frozenset(HEADER_LABELS)
_JUMP_BACK = "jump-from"    # the rule of a jump line back ("（上接第1版）"): pipeline.JUMP_RULE


def head_headlines(pg, lab, profile=DEFAULT):
    """Relabel in ``lab`` (a label record (label, rule, confidence) per line) the runs of
    section-head lines (a head and its wrapped tail) that stand where a headline does.
    A person's labels stay."""
    n, conf = len(lab), profile.conf.head_as_headline
    drawn = bool(pg.tight) and all(pg.tight[1:])
    done = -1    # the last line of the last run seen
    memo = []    # whether the page prints text boxes, asked at the first head that needs it
    # (the heads picked out first: a page holds few)
    for k in [k for k, x in enumerate(lab) if x[0] == "subheading"]:
        if k <= done:
            continue
        j = k
        while j + 1 < n and lab[j + 1][0] == "subheading" and lab[j + 1][1] == "head-tail":
            j += 1
        if all(lab[r][1] != "person" for r in range(k, j + 1)) and (
                _over_a_header(lab, j) and not _set_apart_clause(pg, k, j)
                or drawn and (_after_a_story(pg, lab, k) or pg.letter_spaced[k])
                and sum(pg.width[k:j + 1]) > profile.kicker_max_width
                or _plain_group_of_its_own(pg, k, j, profile) and _in_boxes(pg, profile, memo)):
            for r in range(k, j + 1):
                lab[r] = ("headline", "head-as-headline", conf)
        done = j
    if drawn:
        _headline_ending_the_page(pg, lab, profile)


def _headline_ending_the_page(pg, lab, profile=DEFAULT):
    """On a page drawn in order, relabel a headline the last line of the page's text (only
    furniture after it), with its wrapped tail if it has one: a title-shaped paragraph
    line holding no clause mark and ending no sentence, wider than a kicker, after a line
    that closes. A paragraph there would end its sentence, a head would have text under
    it; it is the header of a story whose body was drawn before it ("……络之中。（田睿军）" /
    "吉首跑出项目建设“加速度”"). A headline wrapped inside its quotes may leave a tail of a
    glyph or the closing quote alone on the last line ("……经济“新引擎" / "”")."""
    k = len(lab) - 1
    while k > 0 and lab[k][0] == "noise":
        k -= 1
    first = k - 1 if _wrapped_tail(pg, lab, k, profile) else k
    if first < 1 or lab[first][0] != "paragraph" or lab[first - 1][0] != "paragraph" or pg.ends_final[first]:
        return   # the title line and its tail together end no sentence
    if any(lab[r][1] == "person" for r in range(first, k + 1)):
        return
    t, before = "".join(pg.text[first:k + 1]), pg.text[first - 1]
    if (not pg.ends_final[k] and not _CLAUSE.search(t) and pg.width[first] > profile.kicker_max_width
            and (pg.ends_final[first - 1] or before[-1:] in "）)" and ends_in_credit(pg.text, first - 1))):
        for r in range(first, k + 1):
            lab[r] = ("headline", "head-as-headline", profile.conf.head_as_headline)


def _wrapped_tail(pg, lab, k, profile=DEFAULT):
    """Is line k, a paragraph line, shaped as the wrapped tail of the line before it (no
    wider than a tracked title's tail, or a closing quote alone, ending no sentence)?"""
    return (k > 1 and lab[k][0] == "paragraph" and pg.width[k] <= profile.tracked_tail_width
            and not pg.ends_final[k] and tail_shaped(pg.text[k]))


def _plain_group_of_its_own(pg, k, j, profile=DEFAULT):
    """Is head k..j a single line, a text group of its own (a blank line before and after
    it), holding no clause mark, wider than a kicker? A section head joins two clauses of
    one thought ("因地制宜，走好特色发展路"); a headline holds no clause mark. A story's
    one-line headline with neither deck nor byline, printed in a box of its own between
    another story's text and its own ("华容把调解室搬到田埂上"), takes the head's place.

    >>> from .page import Page
    >>> pg = Page(["一二三四五六七八九十", "完了。", "", "华容把调解室搬到田埂上", "", "因地制宜，走好特色发展路", "", "一二三"])
    >>> _plain_group_of_its_own(pg, 2, 2), _plain_group_of_its_own(pg, 3, 3), _plain_group_of_its_own(pg, 4, 4)
    (True, False, False)
    """
    n = len(pg.tight)
    return (k == j and k > 0 and not pg.tight[k] and (k + 1 >= n or not pg.tight[k + 1])
            and not _CLAUSE.search(pg.text[k]) and pg.width[k] > profile.kicker_max_width)


def _in_boxes(pg, profile, memo):
    """Does the page print text boxes, its blank lines parting paragraphs
    (:func:`.starts.blank_lines_part_paragraphs`)? Asked once a page (``memo``)."""
    if not memo:
        memo.append(blank_lines_part_paragraphs(pg, profile))
    return memo[0]


def _over_a_header(lab, j):
    """Is the line after j a deck or a byline?"""
    return j + 1 < len(lab) and lab[j + 1][0] in _AFTER


def _set_apart_clause(pg, k, j):
    """Do lines k..j hold a clause mark, with a blank line between them and the line
    after? Read in text groups, another story's deck or byline may come right after a
    head's group ("精准施策，破解融资难题" / "沈怡文 任宇丽"); a headline holds no clause
    mark."""
    return j + 1 < len(pg.tight) and not pg.tight[j + 1] and any(_CLAUSE.search(pg.text[r]) for r in range(k, j + 1))


def _after_a_story(pg, lab, k):
    """Is the line before k a header line or a caption, or a paragraph's line closed by a
    credit? Or is k the page's first line of text (only furniture above it): a story opens
    there, with its body or its header, never with a head (a story's text comes before its
    first head), but for a story going on from another page (a jump line back above it),
    whose text may go on with a head?"""
    if all(lab[r][0] == "noise" for r in range(k)):
        return not _CLAUSE.search(pg.text[k]) and not any(lab[r][1] == _JUMP_BACK for r in range(k))
    lb = lab[k - 1][0]
    if lb == "kicker":
        return True
    # (drawing order puts a caption between stories, never inside a story's body)
    if lb in _HEADER or lb == "caption":
        # a header's own body starts right under it: a line holding a clause mark is its
        # first line ("逢节假日，党员干部"), not the next story's headline
        return not _CLAUSE.search(pg.text[k])
    t = pg.text[k - 1]
    return lb in ("paragraph", "byline") and t[-1:] in "）)" and ends_in_credit(pg.text, k - 1)
