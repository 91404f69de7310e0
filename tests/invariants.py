"""The promises every corpus keeps, shared by the property, fuzz and input tests."""
from collections import Counter

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
