"""The engine's automatic pass: for every line, a label, an article and a paragraph end,
each with the rule that decided it and a confidence.

The entry points are :func:`suggest` (raw lines -> :class:`Suggestions`) and
:func:`apply_suggestions` (write them into a document without touching decisions a person
has confirmed).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .document import ARTICLE, BREAK, LABEL, TEXT, Document, Why


@dataclass
class Suggestions:
    label: list
    article: list
    para_end: list
    why: list
    edits: dict = field(default_factory=dict)      # row -> proposed text (e.g. de-duplicated headline)
    splits: list = field(default_factory=list)     # (row, offset, label of the second piece)


def suggest(lines: list[str], doc: Document | None = None) -> Suggestions:
    """Suggest decisions for raw ``lines``. With ``doc``, its confirmed decisions are
    constraints the pass keeps."""
    from .rules.pipeline import run
    return run(lines, doc)


def apply_suggestions(doc: Document, sugg: Suggestions, rows: range | None = None) -> None:
    """Write suggestions into ``doc`` for unconfirmed decisions (no undo record: used when a
    document is created, and by the re-suggest operation which snapshots first)."""
    rows = range(len(doc)) if rows is None else rows
    label, article, para_end, why, conf = doc.label, doc.article, doc.para_end, doc.why, doc.confirmed
    for i in rows:
        if label[i] is None:
            continue
        c = conf[i]
        if not c & LABEL:
            label[i] = sugg.label[i]
        if not c & ARTICLE:
            article[i] = sugg.article[i]
        if not c & BREAK:
            para_end[i] = sugg.para_end[i]
        why[i] = sugg.why[i]
    for i, text in sugg.edits.items():
        if i in rows and not conf[i] & TEXT:
            doc.edited[i] = text
    doc._order_cache = None


def open_document(source, lines: list[str]) -> Document:
    """A new document with the engine's suggestions, including the line splits it proposes."""
    from .operations import SplitRow
    doc = Document(source, lines)
    for i, t in enumerate(lines):
        if t.strip():
            doc.label[i] = "paragraph"
            doc.article[i] = 0
    sugg = suggest(lines)
    apply_suggestions(doc, sugg)
    for row, offset, lab in sorted(sugg.splits, reverse=True):
        SplitRow(row, offset, lab).apply(doc)
    doc._order_cache = None
    return doc


def _why(rule, conf=1.0):
    return Why(rule, conf, rule, conf, rule, conf)
