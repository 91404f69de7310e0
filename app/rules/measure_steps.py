"""A story's paragraphs set to another measure, read on under another story (pdfminer).

pdfminer prints a blank line after each paragraph's piece: its text groups are
paragraphs, each of one column and so of one story. A column read down runs on from one
story's paragraphs into another story's, no header between, where the two stories stand
one under the other in a column or side by side in two. The engine keeps such a run in
the article before it. Where the two stories are set to measures a step apart (two cells
or more between the widest middle lines of two text groups of three lines or more), the
step is the other story's start: within one story every paragraph is set to one measure,
and letter spacing moves a group's widest line by a cell at most. The run from the step
on goes to the article whose own paragraphs are set to its measure.
"""
from __future__ import annotations

import os

from .column_flow import body_groups
from .decisions import BODY_LABELS, HEADER_LABELS
from .profile import DEFAULT

_MODE = os.environ.get("MS_MODE", "before")


def measured_groups(pg, lab, profile=DEFAULT):
    """The paragraph text groups long enough to show their measure, as (group, measure)."""
    groups = body_groups(pg, [x[0] == "paragraph" for x in lab])
    return [(g, max(pg.width[k] for k in g[1:-1])) for g in groups if len(g) >= profile.step_min_lines]


def _header_between(lab, a, b):
    return any(lab[k][0] in HEADER_LABELS for k in range(a, b))


def measure_steps(pg, lab, arts, profile=DEFAULT):
    """(first line, measure) of each measured group set a step (``story_measure_step`` cells or
    more) off the measured group before it in its article, no header between."""
    out = []
    mg = measured_groups(pg, lab, profile)
    for (g0, m0), (g1, m1) in zip(mg, mg[1:]):
        if arts[g0[-1]] != arts[g1[0]] or _header_between(lab, g0[-1], g1[0]):
            continue
        if abs(m1 - m0) >= profile.story_measure_step:
            out.append((g1[0], m1))
    return out


def _article_of_measure(mg, arts, a, f, m, profile):
    """The article, other than a, of the measured group of measure m nearest before line f
    (else nearest after it), or None."""
    near = lambda g: abs(g[1] - m) <= profile.flow_measure and arts[g[0][0]] != a
    before = [g for g in mg if g[0][-1] < f and near(g)]
    after = [g for g in mg if g[0][0] > f and near(g)]
    if _MODE == "off":
        return None
    if _MODE == "before":
        pick = before[-1] if before else (after[0] if after else None)
    elif _MODE == "after":
        pick = after[0] if after else (before[-1] if before else None)
    elif _MODE == "new":
        return "new"
    elif _MODE == "beforenew":
        if not before:
            return "new"
        pick = before[-1]
    else:
        pick = before[-1] if before else None
    return None if pick is None else arts[pick[0][0]]


def _run(lab, arts, f, m, mg, profile):
    """The body lines from f on in f's article up to the next header, another article's
    line, or a measured group set to another measure."""
    a = arts[f]
    stops = {g[0]: gm for g, gm in mg}
    out = []
    for k in range(f, len(lab)):
        lb = lab[k][0]
        if lb in HEADER_LABELS or (lb in BODY_LABELS and arts[k] != a):
            break
        if k in stops and abs(stops[k] - m) > profile.flow_measure:
            break
        if lb in BODY_LABELS:
            out.append(k)
    return out


def move_measure_steps(pg, lab, arts, rules, profile=DEFAULT):
    """Give each run set to another measure (:func:`measure_steps`) to the article of its
    measure."""
    steps = measure_steps(pg, lab, arts, profile)
    if not steps:
        return
    mg = measured_groups(pg, lab, profile)
    rec = ("measure-step", profile.conf.column_flow)
    new = max((a for a in arts if a is not None), default=0) + 1
    for f, m in steps:
        a = arts[f]
        run = _run(lab, arts, f, m, mg, profile)
        b = _article_of_measure(mg, arts, a, f, m, profile)
        if b == "new":
            b, new = new, new + 1
        if os.environ.get("MS_DEBUG"):
            print("STEP", pg.text[f][:10], m, a, "->", b, "run", len(run), pg.text[run[-1]][-6:] if run else None)
        if b is None:
            continue
        for k in run:
            arts[k], rules[k] = b, rec
