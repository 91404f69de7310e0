"""Runs the rules over a page. (Baseline: replaced rule by rule as the engine grows.)"""
from __future__ import annotations

import re

from ..document import Why

_NOISE = re.compile(r"^\s*(第\s*\d+\s*版|\d{4}年\d{1,2}月\d{1,2}日|-\s*\d+\s*-\s*$)")
_FINAL = re.compile(r"[。！？!?…][”’）)]?\s*$")


def run(lines, doc=None):
    from ..suggest import Suggestions
    n = len(lines)
    label = [None] * n
    article = [-1] * n
    para_end = [False] * n
    why = [None] * n
    for i, t in enumerate(lines):
        if not t.strip():
            continue
        if _NOISE.match(t):
            label[i], rule = "noise", "furniture"
        elif t.lstrip().startswith("——"):
            label[i], rule = "subtitle", "dash-deck"
        else:
            label[i], rule = "paragraph", "default"
        article[i] = 0
        para_end[i] = bool(_FINAL.search(t))
        why[i] = Why(rule, 0.5, "final-punct" if para_end[i] else "continues", 0.5, "single-article", 0.5)
    return Suggestions(label, article, para_end, why)
