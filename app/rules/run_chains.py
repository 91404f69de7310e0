"""Which run of a chain holds two stories: the longest (drawing order).

On a page given in drawing order each story's header is drawn right before or right after
its body. Headers and runs of body alternate in a chain, header, run, header, run, header,
until two headers meet (a story drawn body first, then one drawn header first) or the page
ends. A chain that starts and ends with a header has one header more than runs, so one of
its runs holds two stories: the one where a story drawn header first meets one drawn body
first (:mod:`.two_stories`). Which one the order cannot say: each reading of the chain
pairs every header with a neighbour. Its length can. A run of two stories holds two
stories' lines, so it is about twice as long as a run of one, and on made PDF pages the
longest run of such a chain held the two stories in 66 of 89 chains (seeds 1–4 and
1501–1506, `-raw`; a run picked at random, 39 %). So only the longest runs of a chain may be shared
(:func:`longest_of_chains`); a run whose lines' widths step (:mod:`.width_steps`) shows
its two stories itself and stays free to be shared.
"""
from __future__ import annotations

from .profile import DEFAULT


def chains(after_h):
    """The segments of each chain, in order (``after_h``: the header units before each
    segment): a chain breaks where two headers meet with no segment between.

    >>> chains([0, 1, 2, 2, 4, 5, 7])
    [[0, 1, 2, 3], [4, 5], [6]]
    """
    out = []
    for s, h in enumerate(after_h):
        if out and h <= after_h[s - 1] + 1:
            out[-1].append(s)
        else:
            out.append([s])
    return out


def longest_of_chains(costs, after_h, sizes, keep=(), profile=DEFAULT):
    """``costs`` ({segment: what sharing it costs}, :func:`.two_stories.share_costs`)
    without the segments shorter than
    :attr:`~.profile.Profile.two_stories_longest_share` of the longest one in ``costs``
    of their chain (``sizes``: each segment's lines), but those in ``keep`` (runs whose
    widths step).

    >>> longest_of_chains({1: 0.9, 3: 0.9, 5: 0.9}, [0, 1, 2, 3, 4, 6], [5, 40, 20, 90, 3, 30])
    {3: 0.9, 5: 0.9}
    >>> longest_of_chains({1: 0.9, 3: 0.9}, [0, 1, 2, 3], [5, 40, 20, 90], keep={1})
    {1: 0.9, 3: 0.9}
    """
    out = dict(costs)
    for chain in chains(after_h):
        runs = [s for s in chain if s in costs]
        if len(runs) < 2:
            continue
        longest = max(sizes[s] for s in runs)
        for s in runs:
            if sizes[s] < profile.two_stories_longest_share * longest and s not in keep:
                del out[s]
    return out
