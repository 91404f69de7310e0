"""Which side of a header its body is on, where the page tells.

pdfminer sets a paragraph's lines apart from the next paragraph's by their alignment, so
its pages print a blank line after most paragraph ends (:func:`.starts.blank_lines_part_paragraphs`),
and it prints a text group in reading order: a header's group comes before its body's.
Where a header has a segment right after it (nothing between but furniture), the segment
right before it is another story's: the story's first column printed before its header
is a piece of its own that part 20's steps place (:func:`.articles._openings_before_their_header`),
not a segment the pairing should reach back for. Pairing the headers all at once for the
most pairs would otherwise shift a run of headers onto the bodies above them wherever one
header of the run has no body under it (two header units stacked, the lower one over the
body).
"""
from __future__ import annotations


def near_sides(before, after, after_only):
    """The segments header h may take (``before``, ``after``: the one right before it and
    the one right after it, each (s, weight) or None), with the one before dropped where
    the one after is there and the page prints bodies after their headers
    (``after_only``).

    >>> near_sides((3, 0.4), (4, 0.2), True), near_sides((3, 0.4), None, True), near_sides((3, 0.4), (4, 0.2), False)
    ((None, (4, 0.2)), ((3, 0.4), None), ((3, 0.4), (4, 0.2)))
    """
    if after_only and after is not None:
        return None, after
    return before, after
