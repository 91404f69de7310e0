"""Headers and bodies paired by the credit that closes a story, on a page drawn in order.

A story credited at its end ("……再升级。（杨晨 蒋虹）") has no byline in its header, and a
story with a byline is not credited again at its end. So a body whose last paragraph ends
in a credit of names is not the whole body of a header that has a byline. Drawing order
puts a header right before its body or right after it: a header with a byline drawn after
such a body is never its header; one drawn before it is only where that body holds two
stories (:mod:`.two_stories`, the second drawn body first, its header after it and
without a byline), which the pairing that looks for such runs still allows.
"""
from __future__ import annotations

from .names import ends_in_credit


def credit_fit(pg, hunits, lab):
    """A function (per_header, segs, shared) -> per_header without the pairs the credits
    rule out, where a header without a byline stands next to the credited body to be its
    header (``per_header``: :func:`.attach.header_pairs`' lists, left unchanged;
    ``segs``: the :class:`.segments.Segments` they pair; ``shared``: whether a segment
    may still be shared by the headers on both sides of it). ``hunits``: the header
    units, ``lab``: the label records."""
    bylined = [any(lab[k][0] == "byline" for k in u) for u in hunits]

    n = len(hunits)

    def fit(per_header, segs, shared=False):
        after_h = segs.after_h
        # (a credited body with a header without a byline next to it: where both of its
        # neighbours have one, something else went wrong, and the credit tells nothing)
        credited = [bool(seg) and _closed_by_credit(pg, seg[-1][-1])
                    and not all(bylined[h] for h in (after_h[s] - 1, after_h[s]) if 0 <= h < n)
                    for s, seg in enumerate(segs.paras)]
        if not any(credited):
            return per_header
        return [[p for p in ps if not (credited[p[2]] and (after_h[p[2]] <= h or not shared))] if bylined[h] else ps
                for h, ps in enumerate(per_header)]
    return fit


def _closed_by_credit(pg, k):
    """Does line k end in a credit of names (:func:`.names.ends_in_credit`)?"""
    return pg.last[k] in "）)" and ends_in_credit(pg.text, k)
