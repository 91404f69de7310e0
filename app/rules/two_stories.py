"""Runs of body that hold two stories, on a page given in drawing order.

An extractor that follows drawing order (``pdftotext -raw``, pdfium) gives each story's
header right before or right after its body. Where one story is drawn header first and the
next body first, their bodies meet with no header between them: one run of body holding two
stories, and one header more than there are runs to pair it with. The pairing of headers
with the segments next to them (:func:`.attach.adjacent_matching`) then falls one short,
and the header left over shifts the pairing of the headers around it by one.

Paired once more, with the two headers on either side of a segment allowed to share it at
a cost, the pairing says which run holds two stories: where a header would be left over. That segment is cut where the
second story most likely starts (:func:`story_cut`). The cut stays where it is
(:func:`.attach.kept_between_headers`); the parts it leaves are weak ones, so a part no
header takes joins its neighbour (:func:`.attach.segment_articles`). A segment that a
caption at its edge or a header without a byline shows to hold one story is not shared
(:func:`one_story_by_caption`, :func:`one_story_by_credit`), nor is one shorter than
another run of its chain that may be shared (:mod:`.run_chains`).
"""
from __future__ import annotations

from collections import Counter

from .attach import adjacent_matching, bigrams, only_after, segment_pairs, shared_run_penalties
from .captions import before_bracket
from .decisions import HEADER_LABELS
from .header_spans import story_share
from .profile import DEFAULT
from .run_chains import longest_of_chains

# what cuts the second story of a run from the first
TWO_STORIES_CUT = "two-stories"


def split_runs_of_two(segs, hgrams, labels, profile=DEFAULT, at_jump=frozenset(), below=frozenset(),
                      no_byline=None, narrow=None, fit=None, step_cut=None):
    """Cut each segment that the pairing with sharing gives two headers (:func:`share_costs`)
    where its second story most likely starts (``labels``: the label of each line k;
    ``no_byline``: for each header unit, whether it has no byline; ``narrow``: whether it
    wrapped for want of room, :func:`.header_spans.narrow_headers`; ``fit``: what drops
    the pairs other signs rule out, :func:`.credit_pairs.credit_fit`; ``step_cut``: where a
    run's lines' widths step, :func:`.width_steps.width_step_cut`). Returns the lines (k)
    that a widths' step gave to the other story than the cut without it would have."""
    costs = share_costs(segs.after_h, segs.paras, len(hgrams), profile)
    costs = {s: c for s, c in costs.items() if not one_story_by_caption(segs, s, hgrams, labels, profile)
             and not (no_byline and one_story_by_credit(segs, s, no_byline))}
    if not costs:
        return []
    steps = {s: step_cut(segs.paras[s]) for s in costs} if step_cut is not None else {}
    costs = {s: c - (profile.width_step_bonus if steps.get(s) is not None else 0.0) for s, c in costs.items()}
    per_header = only_after(segment_pairs(segs, hgrams, profile), segs.after_h, below)
    if fit is not None:
        per_header = fit(per_header, segs, True)
    costs = _longest_shared(costs, per_header, segs, steps, profile)
    shared = shared_run_penalties(segs.after_h, segs.rule, len(hgrams), profile)
    pairs = adjacent_matching(per_header, segs.after_h, profile, shared, 0.0, at_jump, two=costs)
    taken = Counter(s for _, s in pairs)
    stepped = []
    for s in sorted((s for s, c in taken.items() if c == 2), reverse=True):
        share = story_share(narrow, segs.after_h[s], profile)
        at = story_cut(segs.paras[s], labels, profile, share, steps.get(s))
        if at is not None and steps.get(s) == at:
            stepped += _between(segs.paras[s], at, story_cut(segs.paras[s], labels, profile, share))
        if at is not None:
            segs.split(s, at, None, True, profile.conf.two_stories_cut, TWO_STORIES_CUT)
    return stepped


def _between(paras, at, other):
    """The lines (k) of the paragraphs between starts ``at`` and ``other`` (a cut made
    elsewhere without the widths' step; none when there is no other)."""
    if other is None:
        return []
    return [k for p in paras[min(at, other):max(at, other)] for k in p]


def share_costs(after_h, paras, nheaders, profile=DEFAULT):
    """{segment: what it costs that the two headers on either side of it both take it}
    (:attr:`~.profile.Profile.two_stories_cost`), for each segment alone between two
    headers (``after_h``: the header units before each segment), of two paragraphs or
    more (``paras``: each segment's, lists of k) and at least
    :attr:`~.profile.Profile.two_stories_min_lines` lines.

    >>> share_costs([0, 1, 2, 2, 3], [[[0]] * 4, [[1, 2]] * 20, [[3]] * 10, [[4]] * 10, [[5]]], 3)
    {1: 0.9}
    """
    m = len(after_h)
    out = {}
    for s in range(m):
        h = after_h[s]
        alone = (s == 0 or after_h[s - 1] != h) and (s + 1 == m or after_h[s + 1] != h)
        if alone and 0 < h < nheaders and len(paras[s]) >= 2 and \
                sum(map(len, paras[s])) >= profile.two_stories_min_lines:
            out[s] = profile.two_stories_cost
    return out


def one_story_by_caption(segs, s, hgrams, labels, profile=DEFAULT):
    """Does a caption at an edge of segment s, between it and a header, show that s holds one
    story only? Drawing order puts a story's caption before its group, between its header
    and body, or after both. A caption after s naming (:func:`_names`) the header before s
    more than the one after it closes that story's group, header first then body, so s is
    that body alone (a run of two stories ends with a story drawn body first); a caption
    before s naming the header after it more opens that story's group, body first, so s
    is that body alone."""
    h = segs.after_h[s]
    after = _edge_caption(labels, segs.line_text, segs.paras[s][-1][-1] + 1, 1)
    before = _edge_caption(labels, segs.line_text, segs.paras[s][0][0] - 1, -1)
    return _names(after, hgrams[h - 1], hgrams[h], profile) or _names(before, hgrams[h], hgrams[h - 1], profile)


def one_story_by_credit(segs, s, no_byline):
    """Does the credit of a story without a byline show that segment s holds one story? A
    story credited at its end (``……再升级。（杨晨 蒋虹）``) has no byline in its header
    (``no_byline``: by header unit). A run of two stories is the body of the story whose
    header is before it, then the body of the story whose header is after it; where the
    one before is credited, its credit cuts the run (:mod:`.segments`). So s, one segment
    after a header without a byline, holds one story.

    >>> from types import SimpleNamespace
    >>> segs = SimpleNamespace(after_h=[0, 1, 2])
    >>> [one_story_by_credit(segs, s, [True, False, False]) for s in (1, 2)]
    [True, False]
    """
    return no_byline[segs.after_h[s] - 1]


def _edge_caption(labels, text, k, step):
    """The text of the caption lines from line k on (``step`` 1) or back (-1), when a header
    line comes right after them; else ""."""
    lines = []
    while 0 <= k < len(labels) and labels[k] == "caption":
        lines.append(text[k])
        k += step
    if not lines or not 0 <= k < len(labels) or labels[k] not in HEADER_LABELS:
        return ""
    return "".join(lines[::step])


def _names(caption, grams, other, profile=DEFAULT):
    """Does a caption's text before any bracket hold more of a header's bigrams
    (``grams``) than of another's (``other``), and at least
    :attr:`~.profile.Profile.caption_header_grams`?

    >>> _names("湘阴医护人员为村民义诊。（湘阴文旅广电局供图）", ["湘阴", "阴县"], ["临澧"])
    True
    """
    if not caption:
        return False
    g = bigrams(before_bracket(caption))
    mine, theirs = len(g.intersection(grams)), len(g.intersection(other))
    return mine >= profile.caption_header_grams and mine > theirs


def story_cut(paras, labels, profile=DEFAULT, share=None, step=None):
    """The paragraph (index into ``paras``, lists of k) where a run's second story most
    likely starts: right after a caption printed between two paragraphs (drawing order puts
    a story's caption before or after its body, never inside it), else where the lines'
    widths step (``step``, :func:`.width_steps.width_step_cut`), else the paragraph start
    nearest ``share`` of its lines (:attr:`~.profile.Profile.two_stories_at` by default). Never at a section head
    or right after one (a head opens text of its own story). None where no place is left.

    >>> P, T, C = "paragraph", "subheading", "caption"
    >>> story_cut([[0, 1], [2, 3], [4, 5], [6, 7]], [P] * 8)
    2
    >>> story_cut([[0, 1], [2, 3], [5, 6], [7, 8]], [P] * 4 + [C] + [P] * 4)
    2
    >>> story_cut([[0, 1], [2, 3], [4], [5, 6]], [P] * 4 + [T] + [P] * 2)
    1
    """
    sizes = [len(p) for p in paras]
    total = sum(sizes)
    places = [c for c in range(1, len(paras))
              if labels[paras[c][0]] != "subheading" and labels[paras[c - 1][-1]] != "subheading"]
    if not places:
        return None
    after_caption = [c for c in places
                     if any(labels[k] == "caption" for k in range(paras[c - 1][-1] + 1, paras[c][0]))]
    if after_caption:
        places = after_caption
    elif step in places:
        return step
    before = [sum(sizes[:c]) for c in range(len(paras))]
    share = profile.two_stories_at if share is None else share
    return min(places, key=lambda c: (abs(before[c] - share * total), c))


def _longest_shared(costs, per_header, segs, steps, profile=DEFAULT):
    """``costs`` without the runs both headers beside them may take that are shorter than
    another such run of their chain (:func:`.run_chains.longest_of_chains`; a run whose
    widths step, ``steps``, stays). A run one of its headers may not take (a credit ruled
    the pair out) is no rival: it cannot hold the chain's two stories."""
    both = {s for s in costs if _paired(per_header[segs.after_h[s] - 1], s) and _paired(per_header[segs.after_h[s]], s)}
    longest = longest_of_chains({s: costs[s] for s in both}, segs.after_h,
                                {s: sum(map(len, segs.paras[s])) for s in both},
                                {s for s in both if steps.get(s) is not None}, profile)
    return {s: c for s, c in costs.items() if s not in both or s in longest}


def _paired(pairs, s):
    """Is segment s among a header's ``pairs`` (:func:`.attach.header_pairs`)?"""
    return any(p[2] == s for p in pairs)
