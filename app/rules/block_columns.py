"""Column changes between the paragraphs of an article, read again after the page's rules:
the join of parts across pages (:func:`app.part_ends.free_quiet_ends`) has the corpus's blocks,
not the page's lines, and asks where the column width changes between two of them.
"""
from __future__ import annotations

from .columns import quantile
from .page import Page
from .profile import DEFAULT


def line_widths(lines, profile=DEFAULT) -> dict:
    """{line number (1-based, as the corpus cites it): width in cells} of the page's
    ``lines`` that can measure a column: not blank, not letter-spaced (spread out, a full
    line measures short or long by its spaces)."""
    pg = Page(lines, profile)
    return {row + 1: w for row, w, ls in zip(pg.rows, pg.width, pg.letter_spaced) if not ls}


def block_changes(blocks, widths, profile=DEFAULT) -> list[bool]:
    """For each of ``blocks`` (each the list of lines a paragraph block cites, [] for a
    block that is no paragraph), does the column width change clearly where it starts
    (by :attr:`~.profile.Profile.alone_change` cells or more)? Measured as the page's rules
    measure it (:class:`.segments.ColumnChanges`): on middle lines only (neither first
    nor last of their paragraph: a first line may be indented, a last one short), the
    estimate (:attr:`~.profile.Profile.column_quantile`) of up to
    :attr:`~.profile.Profile.column_radius` of them on each side, each side at least
    :attr:`~.profile.Profile.column_min_window`. The first block: False.

    >>> W = {k: 26 for k in range(1, 30)} | {k: 15 for k in range(30, 60)}
    >>> block_changes([list(range(1, 15)), list(range(15, 30)), list(range(30, 45))], W)
    [False, False, True]
    >>> block_changes([list(range(1, 15)), [], list(range(15, 30))], W)
    [False, False, False]
    """
    mids = [[widths[k] for k in b[1:-1] if k in widths] for b in blocks]
    r, q, least = profile.column_radius, profile.column_quantile, profile.column_min_window
    out = [False]
    for c in range(1, len(blocks)):
        before = [w for m in mids[:c] for w in m][-r:]
        after = [w for m in mids[c:] for w in m][:r]
        if len(before) < least or len(after) < least:
            out.append(False)
            continue
        step = abs(quantile(sorted(before), q) - quantile(sorted(after), q))
        out.append(step >= profile.alone_change)
    return out
