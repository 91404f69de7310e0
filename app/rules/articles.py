"""Which article each line belongs to.

The body is cut into segments at header clusters, at new text frames (a line starting
with a stray space) and at column-width changes. Each header cluster is attached to one
segment by position (right before or right after it) and by content: the character
bigrams of the headline and deck that recur in the segment's text. A header left without
a segment (printed away from its body) takes part of a segment, cut where the content
turns from one header's words to the other's. Segments without a header either rejoin a
neighbour they resemble (a column change inside one article) or stand as an article with
no headline. Work is bounded: each header looks at a few segments around it.
"""
from __future__ import annotations

import re

from .chars import HAN
from .columns import change_at

WINDOW = 4            # segments on each side a header may attach to
ADJ = (0.5, 0.2)      # bonus for a header 0 or 1 clusters away from the segment
_HAN2 = re.compile(f"(?=([{HAN}]{{2}}))")
_NOSPACE = re.compile(r"[\s\u3000]+")
HEADER = ("kicker", "headline", "subtitle", "byline")


def bigrams(text):
    """Distinct ideograph bigrams of a text.

    >>> sorted(bigrams("守护“健康荷塘”"))
    ['健康', '守护', '康荷', '荷塘']
    """
    return set(_HAN2.findall(text))


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
    return 0.0 if total == 0 else found / (total + 0.5 * wgt if False else total)


def header_units(lab):
    """Header clusters as lists of k: a kicker, or a headline after a deck or byline,
    starts a new one."""
    units, cur, prev = [], [], None
    for k, (lb, _, _) in enumerate(lab):
        if lb not in HEADER:
            if lb in ("paragraph", "subheading") and cur:
                units.append(cur)
                cur = []
            prev = None if lb in ("paragraph", "subheading") else prev
            continue
        new = (not cur or lb == "kicker" or (lb == "headline" and prev in ("subtitle", "byline"))
               or (lb in ("subtitle",) and prev in ("subtitle", "byline")))
        if new and cur:
            units.append(cur)
            cur = []
        cur.append(k)
        prev = lb
    if cur:
        units.append(cur)
    return units


def assign(pg, kinds, lab, end, doc=None):
    n = len(lab)
    text = [_NOSPACE.sub("", t) for t in pg.t]
    hunits = header_units(lab)
    hstart = {u[0]: h for h, u in enumerate(hunits)}
    inh = {}
    for h, u in enumerate(hunits):
        for k in u:
            inh[k] = h
    # body paragraphs as units
    body_ks = [k for k in range(n) if lab[k][0] in ("paragraph", "subheading")]
    widths = [pg.w[k] for k in body_ks]
    bpos = {k: p for p, k in enumerate(body_ks)}
    segs = []       # list of lists of paragraph units (each a list of k)
    seg_after_h = []  # number of header units seen before the segment starts
    hseen = 0
    cur_seg = None
    para = []
    split_rule = {}
    last_h_at = -1
    for k in range(n):
        if k in hstart:
            if para:
                cur_seg.append(para)
                para = []
            cur_seg = None
            hseen += 1
            last_h_at = k
            continue
        if lab[k][0] not in ("paragraph", "subheading"):
            continue
        if not para:
            strong = pg.frame[k]
            weak = False
            if cur_seg is not None and not strong:
                p = bpos[k]
                weak = not pg.md and change_at(widths, p) >= 2.5
            if cur_seg is None or strong or weak:
                cur_seg = []
                segs.append(cur_seg)
                seg_after_h.append(hseen)
                split_rule[len(segs) - 1] = "frame" if strong else ("column-change" if weak else "cluster")
        para.append(k)
        if end[k][0] or lab[k][0] == "subheading":
            cur_seg.append(para)
            para = []
    if para and cur_seg is not None:
        cur_seg.append(para)
    segs = [s for s in segs if s]
    # seg_after_h must follow the filtering: recompute from first line
    hpos = [u[0] for u in hunits]
    import bisect
    seg_after_h = [bisect.bisect_left(hpos, s[0][0]) for s in segs]
    stext = ["".join(text[k] for p in s for k in p) for s in segs]
    hgrams = []
    for u in hunits:
        g = bigrams("".join(text[k] for k in u if lab[k][0] != "byline"))
        hgrams.append(g)
    m = len(segs)
    owner = [None] * m          # header index per segment
    hseg = [None] * len(hunits)  # segment(s) per header
    # candidate pairs
    pairs = []
    for h in range(len(hunits)):
        # segments before the header: those with seg_after_h <= h; after: > h
        after0 = bisect.bisect_right(seg_after_h, h)  # first segment starting after header h
        lo, hi = max(0, after0 - WINDOW), min(m, after0 + WINDOW)
        cand = list(range(lo, hi))
        if not cand:
            continue
        df = {}
        for g in hgrams[h]:
            d = sum(1 for s in cand if g in stext[s])
            if d:
                df[g] = d
        for s in cand:
            aff = affinity(hgrams[h], stext[s], df)
            bonus = 0.0
            if s == after0:
                gap = h - (seg_after_h[s] - 1) if False else (seg_after_h[s] - 1 - h)
                bonus = ADJ[0] if gap == 0 else (ADJ[1] if gap == 1 else 0.0)
            elif s == after0 - 1:
                gap = h - seg_after_h[s]
                bonus = ADJ[0] if gap == 0 else (ADJ[1] if gap == 1 else 0.0)
            pairs.append((2 * aff + bonus, h, s, aff))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    conf = {}
    for score, h, s, aff in pairs:
        if hseg[h] is not None or owner[s] is not None or score < 0.15:
            continue
        owner[s] = h
        hseg[h] = s
        conf[s] = min(0.95, 0.4 + score / 2)
    # headers left over take part of a segment near them
    for h in range(len(hunits)):
        if hseg[h] is not None:
            continue
        best = None
        after0 = bisect.bisect_right(seg_after_h, h)
        for s in range(max(0, after0 - WINDOW), min(m, after0 + WINDOW)):
            if len(segs[s]) < 2:
                continue
            cut = _best_cut(segs[s], text, hgrams[h], hgrams[owner[s]] if owner[s] is not None else set(),
                            h, owner[s], widths, bpos)
            if cut and (best is None or cut[0] > best[0]):
                best = cut + (s,)
        if best is None or best[0] <= 0:
            continue
        _, cut_at, h_first, s = best
        left, right = segs[s][:cut_at], segs[s][cut_at:]
        segs[s:s + 1] = [left, right]
        stext[s:s + 1] = ["".join(text[k] for p in left for k in p), "".join(text[k] for p in right for k in p)]
        o = owner[s]
        owner[s:s + 1] = [h, o] if h_first else [o, h]
        split_rule[s + 1] = "content-cut"
        old = conf.get(s, 0.5)
        conf = {(x if x < s else x + 1): c for x, c in conf.items()}
        conf[s] = conf[s + 1] = min(old, 0.6)
        for x in range(len(hseg)):
            if hseg[x] is not None and hseg[x] > s:
                hseg[x] += 1
        hseg[h] = s if h_first else s + 1
        if o is not None:
            hseg[o] = s + 1 if h_first else s
        seg_after_h[s:s + 1] = [seg_after_h[s], seg_after_h[s]]
        m += 1
    # segments without a header: rejoin a resembling neighbour cut by a column change
    art_of_seg = list(range(m))
    for s in range(m):
        if owner[s] is not None:
            continue
        if s > 0 and seg_after_h[s] == seg_after_h[s - 1]:
            art_of_seg[s] = art_of_seg[s - 1]
            continue
    arts = [0] * n
    rules = [("page", 0.5)] * n
    hart = {}
    for s, seg in enumerate(segs):
        a = art_of_seg[s]
        c = conf.get(s, 0.5)
        rule = "header-" + ("content" if owner[s] is not None else "none")
        for p in seg:
            for k in p:
                arts[k] = a
                rules[k] = (rule, c)
        if owner[s] is not None:
            hart[owner[s]] = a
    next_id = m
    for h, u in enumerate(hunits):
        a = hart.get(h)
        if a is None:
            a = next_id
            next_id += 1
        for k in u:
            arts[k] = a
            rules[k] = ("attached-header" if h in hart else "lone-header", conf.get(hseg[h], 0.5) if hseg[h] is not None else 0.4)
    # captions and furniture: with the text around them, or by content
    owned = [lab[k][0] in ("paragraph", "subheading") or k in inh for k in range(n)]
    for k in range(n):
        if owned[k]:
            continue
        p = k - 1
        while p >= 0 and not owned[p]:
            p -= 1
        q = k + 1
        while q < n and not owned[q]:
            q += 1
        a_prev = arts[p] if p >= 0 else None
        a_next = arts[q] if q < n else None
        if lab[k][0] == "caption":
            if a_prev is not None and a_prev == a_next and q in bpos and not (p in inh):
                arts[k], rules[k] = a_prev, ("inside-article", 0.8)
                continue
            best, best_a = -1.0, a_prev if a_prev is not None else (a_next or 0)
            g = bigrams(text[k])
            cand = sorted({arts[x] for x in range(max(0, k - 400), min(n, k + 400)) if owned[x]})
            atext = {}
            for x in range(max(0, k - 400), min(n, k + 400)):
                if owned[x] and lab[x][0] in ("paragraph", "subheading", "headline", "subtitle"):
                    atext.setdefault(arts[x], []).append(text[x])
            df = {}
            for gg in g:
                d = sum(1 for a in cand if gg in "".join(atext.get(a, ())))
                if d:
                    df[gg] = d
            for a in cand:
                sc = affinity(g, "".join(atext.get(a, ())), df)
                if sc > best:
                    best, best_a = sc, a
            arts[k], rules[k] = best_a, ("caption-content", 0.6)
        else:
            arts[k] = a_prev if a_prev is not None else (a_next if a_next is not None else 0)
            rules[k] = ("furniture", 0.9)
    if doc is not None and len(doc) == len(pg.lines):
        from ..document import ARTICLE
        for k, i in enumerate(pg.nb):
            if doc.confirmed[i] & ARTICLE:
                arts[k] = doc.article[i]
                rules[k] = ("person", 1.0)
    return arts, rules


def _best_cut(seg, text, g_new, g_old, h, o, widths, bpos):
    """Best place to cut a segment between a new header and its owner: (score, cut, new
    header takes the first part?)."""
    units = ["".join(text[k] for k in p) for p in seg]
    hn = [sum(1 for g in g_new if g in u) for u in units]
    ho = [sum(1 for g in g_old if g in u) for u in units]
    d = [a - b for a, b in zip(hn, ho)]
    total = sum(d)
    best = None
    pre = 0
    for c in range(1, len(seg)):
        pre += d[c - 1]
        first_new = pre - (total - pre)   # new header takes the first c units
        first_old = (total - pre) - pre   # new header takes the rest
        p = bpos.get(seg[c][0])
        bonus = 0.0
        if p is not None:
            bonus = min(2.0, change_at(widths, p) / 2)
        for score, hf in ((first_new, True), (first_old, False)):
            if o is None or (hf and o is not None and o > h) or (not hf and o is not None and o < h) or True:
                sc = score + bonus
                if best is None or sc > best[0]:
                    best = (sc, c, hf)
    return best
