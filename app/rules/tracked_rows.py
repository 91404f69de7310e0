"""A tracked headline's rows under its first one (pdftotext).

A column reader gives a tracked headline's rows one under the other, the first often a
title by its shape and the rest letter-spaced ("怀 化校园足" / "球 踢 出精 气" / "神"). On
a page printing blank lines between text groups, a letter-spaced run printed right under
a title line and ending its group is that title's: a justified paragraph's lines there
come out unspaced, and one that goes on is not set apart after its last line.
"""
from .profile import DEFAULT
from .starts import positions_of
from .title_groups import blank_lines_part_groups
from .tracked import could_be_tracked_title


def rows_under_a_title(pg, kinds, profile=DEFAULT):
    """Make 'title' in ``kinds`` each run of letter-spaced body lines holding no clause mark
    (:func:`.tracked.could_be_tracked_title`), with their short leftovers (at most
    ``tracked_tail_width`` cells, ending no sentence), printed right under a title line and
    ending its text group, on a page printing a blank line after at most
    ``title_group_blank_share`` of its sentences' ends."""
    n = len(kinds)
    ls, tight, text = pg.letter_spaced, pg.tight, pg.text
    page_ok = None
    done = 0
    # (the letter-spaced lines only: a few on a page)
    for k in positions_of(ls, True):
        if k <= done or not (tight[k] and kinds[k] == "body" and kinds[k - 1] == "title"):
            continue
        j = k
        while j + 1 < n and tight[j + 1] and kinds[j + 1] == "body" and (ls[j + 1] or _leftover(pg, j + 1, profile)):
            j += 1
        done = j
        if j + 1 < n and tight[j + 1]:
            continue     # the group goes on: running text
        if not all(could_be_tracked_title(text[r]) for r in range(k, j + 1) if ls[r]):
            continue
        if page_ok is None:
            page_ok = blank_lines_part_groups(pg, profile, profile.title_group_blank_share)
        if not page_ok:
            return
        for r in range(k, j + 1):
            kinds[r] = "title"


def _leftover(pg, k, profile):
    """Is line k a glyph or two left over from a title row ("神", "”"), ending no sentence?"""
    return pg.width[k] <= profile.tracked_tail_width and not pg.ends_final[k]
