"""How wide a story's header is set, read from how its lines wrap.

A header spans its story's columns, and a story's body fills the columns its header
spans: on a page drawn in order, where one run of body holds two stories (:mod:`.two_stories`),
a story whose header had to wrap is set in fewer columns than one whose header did not,
and holds fewer of the run's lines. A deck is one phrase that a header of two columns or
more prints on one line, so a deck over two lines or more was wrapped by a narrow header;
a headline printed in three rows or more was too (a headline of two phrases takes two rows
by choice, not for want of room).
"""
from __future__ import annotations

from .profile import DEFAULT


def narrow_headers(hunits, labels):
    """For each header unit (lists of k), whether its lines show a narrow header: its deck
    (``subtitle`` lines) over two lines or more, or its headline over three or more
    (``labels``: the label of each line k).

    >>> L = ["headline", "headline", "subtitle", "subtitle", "byline", "headline", "subtitle"]
    >>> narrow_headers([[0, 1, 2, 3, 4], [5, 6]], L)
    [True, False]
    """
    out = []
    for unit in hunits:
        heads = sum(labels[k] == "headline" for k in unit)
        decks = sum(labels[k] == "subtitle" for k in unit)
        out.append(decks >= 2 or heads >= 3)
    return out


def story_share(narrow, h, profile=DEFAULT):
    """The share of a run's lines the first of its two stories most likely holds, the run
    lying between header units h - 1 (its first story's) and h (``narrow``: from
    :func:`narrow_headers`): :attr:`~.profile.Profile.narrow_story_at` when only the first
    story's header is narrow, its complement when only the second's is, else
    :attr:`~.profile.Profile.two_stories_at`.

    >>> story_share([True, False], 1), story_share([False, True], 1), story_share([True, True], 1)
    (0.2, 0.8, 0.5)
    """
    if not narrow or narrow[h - 1] == narrow[h]:
        return profile.two_stories_at
    return profile.narrow_story_at if narrow[h - 1] else 1.0 - profile.narrow_story_at
