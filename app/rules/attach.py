"""Attaching header blocks to body segments, by position and by the words they share.

A header's words are the ideograph bigrams of its headline and deck; those that recur in
a segment's text (the rarer among the nearby segments, the more telling) say the segment
is its body, and a segment right before or after it needs fewer. A header left without a
segment (printed away from its body) takes part of one, cut where the content turns from
one header's words to the other's; two headed segments with only column changes between
share the body between them the same way. Work is bounded: each header looks at a few
segments around it.
"""
from __future__ import annotations

import bisect
from collections import Counter
from itertools import accumulate, chain, repeat
from operator import sub

from .chars import HAN
from .header_sides import near_sides
from .lazy import LazyPattern
from .profile import DEFAULT
from .rates import evidence, words_tell

# over the text itself, not its shape: run over whole articles, where the class's one
# compile costs less than a Python step per bigram
_HAN_RUN = LazyPattern(f"[{HAN}]{{2,}}")
# cuts that leave two segments in one run of an article: a column change, a content cut,
# a step of the measure (:mod:`.measure`)
_WEAK_CUTS = ("column-change", "content-cut", "measure-step", "two-stories")


def bigrams(text):
    """Distinct ideograph bigrams of a text.

    >>> sorted(bigrams("守护“健康荷塘”"))
    ['健康', '守护', '康荷', '荷塘']
    """
    # (the runs of two ideographs or more, each cut into its bigrams: an overlapping match
    # at every character costs more)
    return {r[i:i + 2] for r in _HAN_RUN.findall(text) for i in range(len(r) - 1)}


def affinity(grams, text, df):
    """Share of a header's (rarity-weighted) bigrams found in a text, in [0, 1].

    >>> affinity({"廉洁", "文化", "高校"}, "廉洁文化进校园", {"廉洁": 1, "文化": 2, "高校": 1})
    0.6
    """
    total = found = 0.0
    for g in grams:
        d = df.get(g, 0)
        if not d:
            continue
        wgt = 1.0 / d
        total += wgt
        if g in text:
            found += wgt
    return 0.0 if total == 0 else found / total


def header_grams(hunits, lab, line_text, profile=DEFAULT):
    """The bigrams each header unit is attached by: of its lines but the bylines, sorted
    (the weights are float sums, and a set's order changes from run to run), the first
    :attr:`~.profile.Profile.header_grams`."""
    out = []
    for u in hunits:
        g = bigrams("".join(line_text[k] for k in u if lab[k][0] != "byline"))
        out.append(sorted(g)[:profile.header_grams])
    return out


def attach_by_content(segs, hgrams, profile=DEFAULT, in_reading_order=False, at_jump=frozenset(),
                      below=frozenset(), fit=None, after_only=False):
    """Attach each header to at most one segment and each segment to at most one header,
    best scores first (:func:`header_pairs`; ``in_reading_order``: the page was read in
    reading order, :func:`reads_in_order`; ``at_jump``: the headers next to a jump line
    on, :func:`adjacent_matching`; ``below``: the headers that head only text after them,
    :func:`only_after`; ``fit``: what drops the pairs other signs rule out,
    :func:`.credit_pairs.credit_fit`; ``after_only``: a header with a segment right after
    it takes none before it, :func:`.header_sides.near_sides`). Returns the segment of each header (None: none);
    sets ``segs.owner`` and ``segs.conf``."""
    conf = profile.conf
    hseg = [None] * len(hgrams)
    per_header = only_after(segment_pairs(segs, hgrams, profile), segs.after_h, below)
    if fit is not None:
        per_header = fit(per_header, segs)
    pairs = [p for ps in per_header for p in ps]
    owner = segs.owner
    shared = shared_run_penalties(segs.after_h, segs.rule, len(hgrams), profile)
    first = profile.header_first_bonus if in_reading_order else 0.0
    for h, s in adjacent_matching(per_header, segs.after_h, profile, shared, first, at_jump, after_only=after_only):
        score = next(p[0] for p in per_header[h] if p[2] == s)
        owner[s], hseg[h] = h, s
        segs.conf[s] = round(min(conf.header_content_max, conf.header_content_base + score / 2), 2)
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    for score, h, s, aff, _ in pairs:
        # away from its header, a body must share the header's words to be its body
        least = profile.attach_min_score_near if score - 2 * aff > 0 else profile.attach_min_score
        if hseg[h] is not None or owner[s] is not None or score < least:
            continue
        owner[s] = h
        hseg[h] = s
        segs.conf[s] = round(min(conf.header_content_max, conf.header_content_base + score / 2), 2)
    return hseg


def only_after(per_header, after_h, below):
    """``per_header`` (:func:`header_pairs`) without the segments before the headers of
    ``below``: a headline repeated over a jump line back ("（上接第1版）") heads the part the
    jump starts, whatever the text above it shares with its few words.

    >>> only_after([[(1, 0, 0, 0, 0), (1, 0, 1, 0, 0)], [(1, 1, 0, 0, 0), (1, 1, 1, 0, 0)]], [0, 1], {0})
    [[(1, 0, 1, 0, 0)], [(1, 1, 0, 0, 0), (1, 1, 1, 0, 0)]]
    """
    return [[p for p in ps if after_h[p[2]] > h] if h in below else ps for h, ps in enumerate(per_header)]


def shared_run_penalties(after_h, rule, nheaders, profile=DEFAULT):
    """For each header h, what it costs that h takes the last segment of the run before
    it while header h - 1 takes the first (``after_h``, ``rule``: the segments' headers
    before them and the rules that cut them): the two stories would meet at a cut that
    says nothing of a story's end, a column change or a content cut. Nothing where
    another cut in the run says more (a step of the measure, a credit, a new frame).

    >>> shared_run_penalties([0, 1, 1, 2], ["cluster", "cluster", "column-change", "cluster"], 2)
    [0.0, 0.5]
    >>> shared_run_penalties([0, 1, 1, 2], ["cluster", "cluster", "measure-step", "cluster"], 2)
    [0.0, 0.0]
    """
    out = [0.0] * nheaders
    for s in range(1, len(after_h)):
        h = after_h[s]
        if after_h[s - 1] == h and 0 < h < nheaders:
            if rule[s] in ("column-change", "content-cut"):
                if out[h] == 0.0:
                    out[h] = profile.shared_run_penalty
            else:
                out[h] = -1.0    # a telling cut in the run: no cost
    return [max(0.0, x) for x in out]


def reads_in_order(pg):
    """Was the page read in reading order, in text groups with blank lines between them
    (``pdftotext``, pdfminer), rather than in drawing order with none (``-raw``, pdfium)?
    Read in order, a header comes before its body far more often than after it.

    >>> from .page import Page
    >>> reads_in_order(Page(["标题", "", "正文一行", "正文二行"])), reads_in_order(Page(["正文一行", "标题"]))
    (True, False)
    """
    return not pg.spaced and not pg.markdown and not all(pg.tight[1:])


def adjacent_matching(per_header, after_h, profile=DEFAULT, shared=None, first=0.0, at_jump=frozenset(),
                      two=None, after_only=False):
    """The headers and segments that sit right next to each other (no other header
    between), paired so that together they pair the most, then score the most: each
    header with the segment right before it or right after it, where none further away
    scores :attr:`~.profile.Profile.pair_margin` more, each segment with one header at
    most. Drawing order puts a header before its body or after it, article by article;
    one header taking the wrong neighbour leaves the next one the wrong choice too, which
    pairing them all at once avoids. (``per_header``: :func:`header_pairs`.)
    On a tie a header takes the segment before it. A header next to a jump line on
    (``at_jump``: those headers; printed right after one, or before the text one ends) is
    where both layouts put one: right after the jump, the part the jump ends is its body
    when the page prints headers after bodies, the text after it when before; before the
    text a jump ends, the other way round. So the side the header before it took weighs
    too (:func:`_same_side`). ``two``: segments that the headers on both sides of it may
    both take (a run holding two stories, :mod:`.two_stories`), each with what that costs.
    ``after_only``: a header with a segment right after it does not take the one before
    it (:func:`.header_sides.near_sides`).

    >>> P = lambda h, s, sc: (sc, h, s, 0.0, 0.0)
    >>> adjacent_matching([[P(0, 0, 0.5), P(0, 1, 0.5)], [P(1, 1, 0.5), P(1, 2, 0.5)]], [0, 1, 2])
    [(0, 0), (1, 1)]
    >>> adjacent_matching([[P(0, 0, 0.5)], [P(1, 0, 0.5), P(1, 1, 0.5)]], [0, 2])
    [(0, 0), (1, 1)]
    >>> adjacent_matching([[P(0, 1, 0.5)], [P(1, 1, 0.6), P(1, 2, 0.3)]], [0, 1, 2])
    [(0, 1), (1, 2)]
    >>> adjacent_matching([[P(0, 1, 0.5)], [P(1, 1, 0.6), P(1, 2, 0.3)]], [0, 1, 2], at_jump={1})
    [(0, 1), (1, 2)]
    >>> adjacent_matching([[P(0, 0, 0.5)], [P(1, 0, 0.5)]], [1]), adjacent_matching([[P(0, 0, 0.5)], [P(1, 0, 0.5)]], [1], two={0: 0.9})
    ([(1, 0)], [(0, 0), (1, 0)])
    """
    # best[(used, side)] after each header: (total, pairs); used: the header took the
    # segment after it; side: the side of its body the last header paired took ("b"
    # before, "a" after), kept only on a page with a header next to a jump line
    best = {(False, None): (0.0, ())}
    for h, ps in enumerate(per_header):
        before, after = near_sides(*_near_choices(h, ps, after_h, profile), after_only)
        best = _extend_matching(best, h, before, after, profile, shared, first, at_jump, two)
    return list(max(best.values(), key=lambda tc: tc[0])[1])


def _near_choices(h, ps, after_h, profile):
    """The segment right before header h and the one right after it that it may take, each
    as (s, weight) or None: it takes neither where it scores under
    :attr:`~.profile.Profile.attach_min_score_near`, or where a segment further away weighs
    :attr:`~.profile.Profile.pair_margin` more. (``ps``: h's pairs from :func:`header_pairs`.)"""
    before = after = None
    # the words weigh here by the share of all the header's bigrams a segment holds (a
    # header sharing one bigram with a segment, and none with the others, shares little)
    weigh = [score - 2 * aff + 2 * share for score, _, s, aff, share in ps]
    near = [after_h[s] == h and (s + 1 >= len(after_h) or after_h[s + 1] > h) or
            after_h[s] == h + 1 and (s == 0 or after_h[s - 1] <= h) for _, _, s, _, _ in ps]
    away = max((w for w, nr in zip(weigh, near) if not nr), default=0.0)
    for (score, _, s, _, _), w, nr in zip(ps, weigh, near):
        if not nr or score < profile.attach_min_score_near or w < away - profile.pair_margin:
            continue    # a segment further away holds more of the header's words
        if after_h[s] == h:
            before = (s, w)
        else:
            after = (s, w)
    return before, after


def _extend_matching(best, h, before, after, profile, shared, first, at_jump, two=None):
    """The best matchings after header h, from those after h - 1 (``best``: (used, side) →
    (total, pairs), where ``used`` says the last header took the segment after it and
    ``side`` which side the last header paired took): h takes nothing, the segment before
    it (unless the header before took that one, and ``two`` lets them share it, at its
    cost) or the segment after it."""
    bonus = profile.pair_bonus
    track = bool(at_jump)
    nxt = {}
    for (used, side), (total, chosen) in best.items():
        options = [(total, chosen, False, side)]
        taken = before is not None and used and chosen and chosen[-1][1] == before[0]
        if before is not None and (not taken or two and before[0] in two):
            # two headers sharing a run cut only where nothing says a story ends, or one
            # segment that may hold two stories
            cost = two[before[0]] if taken else \
                shared[h] if shared and used and chosen and chosen[-1][0] == h - 1 else 0.0
            options.append((total + before[1] + bonus - cost + _same_side(h, side, "b", at_jump, profile),
                            chosen + ((h, before[0]),), False, "b" if track else None))
        if after is not None:
            # (``first``: what a header before its body gains, on a page read in order)
            options.append((total + after[1] + bonus + first + _same_side(h, side, "a", at_jump, profile),
                            chosen + ((h, after[0]),), True, "a" if track else None))
        for t, c, u, sd in options:
            if (u, sd) not in nxt or t > nxt[(u, sd)][0] + 1e-9:
                nxt[(u, sd)] = (t, c)
    return nxt


def _same_side(h, side, mine, at_jump, profile):
    """What header h gains taking the segment on side ``mine`` of it where the header paired
    before it took the same side (``side``): only for a header next to a jump line on.

    >>> _same_side(3, "a", "a", {3}, DEFAULT), _same_side(3, "b", "a", {3}, DEFAULT), _same_side(2, "a", "a", {3}, DEFAULT)
    (0.5, 0.0, 0.0)
    """
    return profile.same_side_bonus if h in at_jump and side == mine else 0.0


def header_pairs(headers, hgrams, stext, seg_after_h, profile=DEFAULT, holds=None):
    """For each header, (score, h, s, affinity) for each segment s near it: the share of
    its bigrams (the rarer among those segments, the more telling) found in s, doubled,
    plus a bonus for a segment right before or after it, and the share of all its bigrams
    the segment holds. A list per header of (score, h, s, affinity, share). ``holds``, a
    dict, if given: set to the texts near each header h and the bigrams of h each holds,
    by h (:func:`held_grams`)."""
    m = len(stext)
    out = []
    for h in headers:
        pairs = []
        out.append(pairs)
        # segments before the header: those with seg_after_h <= h; after: > h
        after0 = bisect.bisect_right(seg_after_h, h)  # first segment starting after header h
        near = range(max(0, after0 - profile.attach_before), min(m, after0 + profile.attach_after))
        if not near:
            continue
        grams = hgrams[h]
        # the bigrams each segment holds, a segment at a time (one comprehension a segment,
        # not one a bigram: the interpreter's steps cost more than the searches). A search
        # for one character runs on memchr, one for two does not: most segments lack one
        # of the two and are ruled out at a fraction of the cost.
        pieces = [(g[0], g[1], g) for g in grams]
        texts = stext[near.start:near.stop]
        held = [[g for a, b, g in pieces if a in t and b in t and g in t] for t in texts]
        # rarer across the nearby segments: more telling (summed in the bigrams' order)
        weight = {g: 1.0 / c for g, c in Counter(chain.from_iterable(held)).items()}
        total = sum(map(weight.get, grams, repeat(0.0)))
        unfound = len(grams) - len(weight)    # bigrams no segment near holds
        for s, its in zip(near, held):
            found = sum(map(weight.__getitem__, its), 0.0)
            aff = found / total if total else 0.0
            share = found / (total + unfound) if total else 0.0
            pairs.append((2 * aff + _adjacency(s, h, after0, seg_after_h, profile), h, s, aff, share))
        if holds is not None:
            holds[h] = (texts, held)
    return out


def segment_pairs(segs, hgrams, profile=DEFAULT):
    """:func:`header_pairs` of all headers (``hgrams``) with the :class:`.segments.Segments`
    ``segs``, computed again only where the segments' texts or places changed since the
    last time: on a page in drawing order the pairing that looks for runs of two stories
    asks first, and it mostly cuts none. (The lists are shared: not to be changed.) What
    the pairs found, each header's bigrams in each text near it, is kept with them
    (:func:`texts_searched`)."""
    last = segs.pairs_from
    if last is not None and last[0] == segs.text and last[1] == segs.after_h:
        return last[2]
    holds = {}
    pairs = header_pairs(range(len(hgrams)), hgrams, segs.text, segs.after_h, profile, holds)
    segs.pairs_from = (list(segs.text), list(segs.after_h), pairs, holds)
    return pairs


def texts_searched(segs):
    """The texts near each header and the header's bigrams each holds, by header, as the
    header pairs of ``segs`` were last computed (:func:`segment_pairs`; empty before), for
    :func:`held_grams`."""
    return segs.pairs_from[3] if segs.pairs_from is not None else {}


def held_grams(known, h, text):
    """Header h's bigrams that ``text`` holds (in their order), where the header pairs
    already searched it for them (``known``: :func:`texts_searched`), else None. By the text
    itself, so it holds whatever the segments became since (a text found by ``in``: the
    same object first, then only a text of the same length is read).

    >>> held_grams({0: (["甲乙", "丙丁"], [["甲乙"], []])}, 0, "丙丁"), held_grams({}, 0, "丙丁")
    ([], None)
    """
    entry = known.get(h)
    if entry is None or text not in entry[0]:
        return None
    return entry[1][entry[0].index(text)]


def _adjacency(s, h, after0, seg_after_h, profile):
    """The bonus of segment s for header h: right before or after it (``after0``: the
    first segment after it), with no other cluster between, or with one."""
    if s == after0:
        gap = seg_after_h[s] - 1 - h
    elif s == after0 - 1:
        gap = h - seg_after_h[s]
    else:
        return 0.0
    return profile.adjacent_bonus if gap == 0 else (profile.near_bonus if gap == 1 else 0.0)


def give_lone_headers_a_part(segs, hgrams, hseg, change, profile=DEFAULT, below=frozenset()):
    """Each header left without a segment takes part of a segment near it, cut where the
    content turns from its words to those of the segment's own header (after it for the
    headers of ``below``, :func:`only_after`), when that part holds some of its words
    (:attr:`~.profile.Profile.content_cut_min_hits`): without them the place of the cut is
    a guess, and a wrong cut takes a piece from a story that was whole."""
    for h in range(len(hgrams)):
        if hseg[h] is not None:
            continue
        best = None
        after0 = bisect.bisect_right(segs.after_h, h)
        first = after0 if h in below else max(0, after0 - profile.attach_before)
        for s in range(first, min(len(segs), after0 + profile.attach_after)):
            if len(segs.paras[s]) < 2:
                continue    # one paragraph: nothing to cut
            o = segs.owner[s]
            cut = best_cut(segs.paras[s], segs.line_text, hgrams[h], hgrams[o] if o is not None else (), change,
                           profile=profile)
            if cut and (best is None or cut[0] > best[0]):
                best = cut + (s,)
        if best is None or best[0] <= 0:
            continue
        _, cut_at, h_first, s = best
        if _part_hits(segs, s, cut_at, h_first, hgrams[h]) < profile.content_cut_min_hits:
            continue    # the header stays alone
        segs.split(s, cut_at, h, h_first, profile.conf.content_cut)
        hseg[h] = s


def _part_hits(segs, s, cut_at, h_first, grams):
    """How many of the header's ``grams`` the part of segment s it would take holds (the
    paragraphs before ``cut_at`` if ``h_first``, else those from it on)."""
    part = segs.paras[s][:cut_at] if h_first else segs.paras[s][cut_at:]
    return sum(holding([segs.joined([p]) for p in part], grams))


def free_parts_from_later_headers(segs, hunits, hgrams, starts, change, profile=DEFAULT):
    """A part that goes on from another page with no header of its own (its segment starts
    at a line of ``starts``, after a jump back) is no body of a header printed after it: that
    header, which took the part by position or as the run's first header, takes only the
    paragraphs from where its words are; the part before them stands alone."""
    m = len(segs)
    for s in [s for s in range(m) if segs.paras[s] and segs.paras[s][0][0] in starts]:
        t = s
        while (segs.owner[t] is None and t + 1 < m and segs.rule[t + 1] in _WEAK_CUTS
               and segs.after_h[t + 1] == segs.after_h[s]):
            t += 1
        o = segs.owner[t]
        if o is None or hunits[o][0] < segs.paras[s][0][0]:
            continue
        both = [p for x in range(s, t + 1) for p in segs.paras[x]]
        cut = best_cut(both, segs.line_text, (), hgrams[o], change, first_only=True, profile=profile)
        if len(both) < 2 or not cut or cut[0] <= 0:
            continue
        if not words_begin(both, cut[1], segs.line_text, hgrams[o], profile):
            continue    # no telling where its words begin: the part is not cut
        if t == s:
            segs.split(s, cut[1], None, True, profile.conf.content_cut)
            t = s + 1
        else:
            for x in range(s, t + 1):
                segs.paras[x] = []
            segs.paras[s], segs.paras[t] = both[:cut[1]], both[cut[1]:]
        segs.rule[t] = "part-cut"      # a strong cut: the part and the article are two


def words_begin(paras, at, text, grams, profile=DEFAULT):
    """Do the paragraphs from ``at`` on hold the header's words (``grams``) at a higher
    rate per character than those before, by at least
    :attr:`~.profile.Profile.part_cut_evidence`? A bigram of a deck's common words
    ("建设", "服务") found in a part's text by chance does not make the rest the header's.

    >>> text = ["为服务地方经济发展", "同时该局积极打造党建", "龙潭医共体建设", "龙潭医共体试点"]
    >>> words_begin([[0], [1], [2], [3]], 1, text, {"建设"}), words_begin([[0], [1], [2], [3]], 2, text, {"龙潭", "医共", "共体"})
    (False, True)
    """
    before = "".join(text[k] for p in paras[:at] for k in p)
    after = "".join(text[k] for p in paras[at:] for k in p)
    x1, x2 = (sum(t.count(g) for g in grams) for t in (before, after))
    return x2 * len(before) > x1 * len(after) and \
        evidence(x1, len(before), x2, len(after)) >= profile.part_cut_evidence


def share_between_headers(segs, hgrams, change, profile=DEFAULT, drawn=False):
    """Two headed segments of one run with only column changes between them: the body
    between them goes to one or the other, cut where the content turns from one header's
    words to the other's (the segments' texts stay the ones they were attached by). On a
    page drawn in order (``drawn``) each header is drawn right by its body, so where the
    headed segments meet already stands between the two bodies (headless segments between
    them go with the one before, :func:`segment_articles`): the body moves only where the
    words tell it by :attr:`~.profile.Profile.drawn_cut_words` bigram hits more."""
    paras, owner, after_h, rule = segs.paras, segs.owner, segs.after_h, segs.rule
    a = None
    for s in range(len(segs)):
        if s > 0 and (after_h[s] != after_h[s - 1] or rule[s] not in _WEAK_CUTS or kept_between_headers(rule[s])):
            a = None
        if owner[s] is None:
            continue
        if a is not None:
            both = [p for x in range(a, s + 1) for p in paras[x]]
            g_a, g_s = hgrams[owner[a]], hgrams[owner[s]]
            cut = best_cut(both, segs.line_text, g_a, g_s, change, first_only=True, prior=len(paras[a]), profile=profile)
            if cut and drawn and words_gain(both, len(both) - len(paras[s]), segs.line_text, g_a, g_s) < \
                    profile.drawn_cut_words:
                cut = None
            if cut:
                paras[a] = both[:cut[1]]
                for x in range(a + 1, s):
                    paras[x] = []
                paras[s] = both[cut[1]:]
        a = s


def words_gain(seg, at, text, g_a, g_b):
    """How much better the best cut of a segment's paragraphs by words alone tells the
    bigrams of two headers (``g_a`` before the cut, ``g_b`` after) apart than the cut at
    paragraph ``at`` does (the score of :func:`best_cut`, without its bonuses).

    >>> seg = [[0], [1], [2], [3]]
    >>> text = ["廉洁文化进校园", "廉洁文化育人", "北湖区新就业群体", "北湖区服务"]
    >>> words_gain(seg, 2, text, {"廉洁", "文化"}, {"北湖", "湖区"}), words_gain(seg, 1, text, {"廉洁", "文化"}, {"北湖", "湖区"})
    (0, 4)
    """
    units = ["".join([text[k] for k in p]) for p in seg]
    d = list(map(sub, holding(units, g_a), holding(units, g_b)))
    total = sum(d)
    scores = [2 * pre - total for pre in accumulate(d[:-1])]   # a cut after each paragraph but the last
    return max(scores) - (2 * sum(d[:at]) - total) if scores else 0


def kept_between_headers(rule):
    """Is a cut made by ``rule`` kept where it parts two headed segments of one run, rather
    than moved to where the content turns? A step of the measure is: two stories set to
    two widths meet there, whatever their words say. So is the cut of a run holding two
    stories (:mod:`.two_stories`): where the words say nothing, a small column change
    elsewhere in the run would move it, into a story.

    >>> kept_between_headers("measure-step"), kept_between_headers("two-stories"), kept_between_headers("column-change")
    (True, True, False)
    """
    return rule in ("measure-step", "two-stories")


def segment_articles(segs, hgrams, change, profile=DEFAULT, below=frozenset()):
    """The article (a segment's index) of each segment. A column change alone does not
    start an article: within a run of segments cut only by column changes, headerless
    segments join the headed one before (or, at the run's start, after) them, unless they
    stand alone (:func:`stands_alone`); a run with no header at all is one headless article.
    Under a headline repeated over a jump line back (``below``) the part's own segment
    must hold its words :attr:`~.profile.Profile.repeated_alone_hits` times."""
    m = len(segs)
    paras, owner, after_h, rule, stext = segs.paras, segs.owner, segs.after_h, segs.rule, segs.text
    known = texts_searched(segs)
    art_of_seg = list(range(m))
    run_start = 0
    for s in range(1, m + 1):
        if s < m and after_h[s] == after_h[s - 1] and rule[s] in _WEAK_CUTS:
            continue
        members = range(run_start, s)
        heads = [x for x in members if owner[x] is not None]
        cur = heads[0] if heads else run_start
        if heads and heads[0] > run_start:
            # headless segments before the run's first header join it, unless they are an
            # article printed without a headline
            lead = [p for x in range(run_start, heads[0]) for p in paras[x]]
            if stands_alone(lead, "".join(stext[run_start:heads[0]]), owner[heads[0]], hgrams, change,
                            at=paras[heads[0]][0][0], body=stext[heads[0]], profile=profile, known=known):
                cur = run_start
        for x in members:
            if owner[x] is not None:
                cur = x
            elif x != cur and _tells_by_hits(owner[cur], stext[cur], hgrams, below, profile) and stands_alone(
                    paras[x], stext[x], owner[cur], hgrams, change, body=stext[cur], profile=profile, known=known):
                cur = x
            art_of_seg[x] = cur
        run_start = s
    return art_of_seg


def _tells_by_hits(h, body, hgrams, below, profile):
    """Are header h's words found often enough in its own segment's text ``body`` to tell
    another stretch by? Always, but for a headline repeated over a jump back (``below``).

    >>> _tells_by_hits(0, "党建品牌", [{"品牌"}], {0}, DEFAULT), _tells_by_hits(0, "品牌品牌", [{"品牌"}], {0}, DEFAULT)
    (False, True)
    """
    return h not in below or sum(body.count(g) for g in hgrams[h]) >= profile.repeated_alone_hits


def stands_alone(seg, stext, h, hgrams, change, at=None, body=None, profile=DEFAULT, known=None):
    """Is a headless segment cut from one of header h only by a column change an article of
    its own (one printed without a headline)? Within one article a new column keeps the
    width roughly and the text keeps the headline's words; a long stretch in a clearly
    different column that shares none of them is another article. ``body``: the text of
    the header's own segment; when it holds too few of the words to tell by
    (:func:`.rates.words_tell`), nothing stands alone by them. ``known``: how many of the
    header's bigrams texts hold, where already counted (:func:`texts_searched`)."""
    if h is None or sum(len(p) for p in seg) < profile.alone_lines:
        return False
    if change(seg[0][0] if at is None else at) < profile.alone_change:
        return False
    grams = hgrams[h]
    if not grams:
        return False
    # (the header pairs searched the segments' texts for the same bigrams: a search of
    # each of 30 bigrams over a whole segment is most of what this asks otherwise)
    held = held_grams(known, h, stext) if known else None
    n = sum(1 for g in grams if g in stext) if held is None else len(held)
    if n / len(grams) >= profile.alone_affinity:
        return False
    return body is None or words_tell(grams, stext, body, profile)


def holding(units, grams):
    """For each text of ``units``, how many of ``grams`` (distinct ideograph bigrams) it
    holds: one search of all the texts per bigram (none where one of its two characters is
    missing), going on from the next text after each find; a paragraph is too short for a
    search of its own to be worth the call.

    >>> holding(["廉洁文化", "文化育人", "北湖区"], ["文化", "北湖", "育人"])
    [1, 2, 1]
    """
    counts = [0] * len(units)
    if not grams or not units:
        return counts
    joined = "\n".join(units)    # a bigram of ideographs never spans the line break
    starts = list(accumulate([len(u) + 1 for u in units], initial=0))
    find, last = joined.find, len(units) - 1
    for g in grams:
        if g[0] not in joined or g[1] not in joined:
            continue
        at = find(g)
        while at >= 0:
            u = bisect.bisect_right(starts, at) - 1
            counts[u] += 1
            at = find(g, starts[u + 1]) if u < last else -1
    return counts


def best_cut(seg, text, g_new, g_old, change, first_only=False, prior=None, profile=DEFAULT):
    """Best place to cut a segment's paragraphs between two headers: (score, cut, the
    first header takes the first part?). The score is how much more each part holds its
    own header's bigrams than the other's, plus the column change at the cut (half of
    it, capped) and a bonus at ``prior``, where a segment already ended.

    >>> seg = [[0], [1], [2], [3]]
    >>> text = ["廉洁文化进校园", "廉洁文化育人", "北湖区新就业群体", "北湖区服务"]
    >>> best_cut(seg, text, {"廉洁", "文化"}, {"北湖", "湖区"}, lambda k: 0, first_only=True)[1]
    2
    """
    units = ["".join([text[k] for k in p]) for p in seg]
    d = list(map(sub, holding(units, g_new), holding(units, g_old)))
    total = sum(d)
    best = None
    pre = 0
    for c in range(1, len(seg)):
        pre += d[c - 1]
        bonus = min(profile.cut_change_max, change(seg[c][0]) / 2)
        if prior is not None and c == prior:
            bonus += profile.cut_prior_bonus
        options = ((pre - (total - pre), True),) if first_only else ((pre - (total - pre), True), ((total - pre) - pre, False))
        for score, hf in options:
            sc = score + bonus
            if best is None or sc > best[0]:
                best = (sc, c, hf)
    return best
