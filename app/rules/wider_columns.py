"""A line wider than its column, under which a wider line goes on: a first line.

A line wider than the column it is read in is a head by its width (:mod:`.heads`): set in
bold and larger type, a head may stand out of its column. But a head is followed by a
paragraph's first line, an indent narrower than the column, never by a line wider than
the head. Where the line after a wide line is wider still and goes on (ends no sentence),
the two are a paragraph's first line and a middle line of a column wider than the one
above them: drawn in order, another story set wider, its body right after the first
story's ("……效的办事环境。" / "郴州通过市县联动、领导点评、干部参与，充分发挥" (23 cells
after lines of 17) / "辐射带动作用，有效激发各级各部门开展特色学习活动的" (25)).
"""
from __future__ import annotations

from .profile import DEFAULT


def opens_a_wider_column(width, ends_final, k, j, profile=DEFAULT):
    """Is line k (``width``: cells of each line; ``ends_final``: whether each ends a
    sentence) a paragraph's first line under which line j, the next text line, goes on at
    least :attr:`~.profile.Profile.wider_column_indent` cells wider?

    >>> opens_a_wider_column([17, 17, 23, 25, 8], [False, True, False, False, True], 2, 3)
    True
    >>> opens_a_wider_column([17, 17, 23, 21, 8], [False, True, False, False, True], 2, 3)
    False
    >>> opens_a_wider_column([17, 17, 23, 25], [False, True, False, True], 2, 3)
    False
    """
    return j < len(width) and not ends_final[j] and width[j] >= width[k] + profile.wider_column_indent
