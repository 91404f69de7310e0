"""The promises every corpus keeps, shared by the property, fuzz and input tests."""
from collections import Counter

from app.document import LABELS
from app.operations import (Confirm, EditText, MoveRows, SetLabel, SetParagraphEnd, SplitRow,
                            merge_into_previous, start_article)
from app.rules.text import HALF_TO_FULL

# spaces, the dashes a deck's lead or a hyphenated line break may lose, and the Markdown
# heading and bold marks of a Markdown-ish extraction are layout, not text
LAYOUT = set("—–-―⸺─#*")


def canon(text):
    return Counter(ch for ch in text.translate(HALF_TO_FULL) if not ch.isspace() and ch not in LAYOUT)


def corpus_characters(corpus):
    have = Counter()
    for art in corpus["articles"]:
        for blk in art["blocks"]:
            have += canon(blk["text"])
    for d in corpus["dropped"]:
        have += canon(d["text"])
    return have


def lost_characters(doc, corpus):
    """Non-space characters of rows nobody retyped that appear nowhere in the corpus."""
    need = Counter()
    for r in range(len(doc)):
        if doc.edited[r] is None:
            need += canon(doc.text[r])
    return need - corpus_characters(corpus)


def cited_lines(corpus):
    cited = Counter()
    for art in corpus["articles"]:
        for b in art["blocks"]:
            cited.update(b["lines"])
    for d in corpus["dropped"]:
        cited.update(d.get("lines", []))
    return cited


def make_op(doc, kind, a, b, c, text):
    """An operation (or None) built from random numbers against the current document."""
    n = len(doc)
    row = a % n
    if kind == "label":
        stop = min(n, row + 1 + b % 4)
        return SetLabel(row, stop, LABELS[c % len(LABELS)])
    if kind == "end":
        return SetParagraphEnd(row, (None, True, False)[b % 3])
    if kind == "confirm":
        return Confirm(row, min(n, row + 1 + b % 5))
    if kind == "edit":
        return EditText(row, text)
    if kind == "move":
        rows = [r for r in range(row, min(n, row + 1 + b % 4))]
        ids = sorted({x for x in doc.article if x >= 0})
        return MoveRows(rows, None if not ids or c % 3 == 0 else ids[c % len(ids)])
    if kind == "start":
        return start_article(doc, row)
    if kind == "merge":
        order = doc.article_order()
        return merge_into_previous(doc, order[b % len(order) or (1 if len(order) > 1 else 0)]) if order else None
    if kind == "split":
        t = doc.current_text(row)
        return SplitRow(row, 1 + b % max(1, len(t) - 1), None if c % 3 == 0 else LABELS[c % len(LABELS)])
    return kind  # "undo" / "redo"
