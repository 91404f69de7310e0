"""Where a headline's rows end and the next story's headline starts, inside one header
cluster (drawing order prints a story's headline after its body, then the next story's
header before its own body, the two with nothing between).

A headline wraps only where its row is full: every row but the last is as wide as the
first, and the last is no wider. So a title row clearly wider than a full-width row above
it, or any title row under a row clearly narrower than the one above that (the wrap's
last row), starts another headline; so do two rows of one width set a phrase a row
(:func:`.headers.phrase_pair` of the two) under a row much wider than they are, which
would have held each of them whole. A row above that is no wider than a kicker
(``kicker_max_width``) may be one, and a kicker is narrower than its headline.
"""
from __future__ import annotations

from .profile import DEFAULT


def next_headline_row(pg, kinds, r, first, profile=DEFAULT):
    """Does title line r start another story's headline under the title rows above it,
    of the header whose first title line is ``first`` (each test in the module's
    docstring, on rows printed tight)?"""
    if r < 1 or first is None or r - 1 < first or not _rows(pg, kinds, r - 1, r):
        return False
    w, step, kicker = pg.width, profile.headline_row_step, profile.kicker_max_width
    if w[r - 1] > kicker and w[r] - w[r - 1] >= step:
        return True         # the row above was not full: it ended its headline
    if r - 2 >= first and _rows(pg, kinds, r - 2, r - 1) and not pg.letter_spaced[r - 2] and not pg.letter_spaced[r - 1] \
            and w[r - 2] > kicker and w[r - 2] - w[r - 1] >= step and not pg.letter_spaced[r]:
        return True         # the row above was a wrap's last row
    return _phrase_rows_under(pg, kinds, r, profile)


def _rows(pg, kinds, a, b):
    """Are lines a..b title lines printed tight?"""
    return all(kinds[x] == "title" for x in range(a, b + 1)) and all(pg.tight[a + 1:b + 1])


def _phrase_rows_under(pg, kinds, r, profile):
    """Are lines r and r + 1 a headline set a phrase a row (two plain rows of one width,
    a whole :func:`.headers.phrase_pair` together), the last title lines, right under a
    plain row wider than a kicker that is wider than they are by ``headline_row_step``?"""
    from .headers import phrase_pair
    n = len(kinds)
    if r + 1 >= n or not _rows(pg, kinds, r - 1, r + 1) or r + 2 < n and kinds[r + 2] == "title":
        return False
    w, ls = pg.width, pg.letter_spaced
    return (not (ls[r - 1] or ls[r] or ls[r + 1]) and w[r - 1] > profile.kicker_max_width
            and abs(w[r] - w[r + 1]) <= profile.kicker_phrase_balance
            and w[r - 1] - max(w[r], w[r + 1]) >= profile.headline_row_step
            and phrase_pair(pg.text[r] + " " + pg.text[r + 1]))
