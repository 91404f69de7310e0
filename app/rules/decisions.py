"""What the rules decide about a line, in the words the rest of the engine stores it in.

The rules are the engine's bottom layer (a contract in pyproject.toml keeps them from
importing any other module of ``app``), so the vocabulary they share with the document
lives here: the labels, the bits of ``Document.confirmed`` a pass reads its constraints
from, the :class:`Why` record of a decision and the :class:`Suggestions` of a whole pass.
:mod:`app.document` names all of them again for the modules above it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# The labels a row can have: the lines of an article's header, of its text, captions, and
# page furniture (noise, in no article).
HEADER_LABELS = ("kicker", "headline", "subtitle", "byline")
BODY_LABELS = ("subheading", "paragraph")
LABELS = HEADER_LABELS + BODY_LABELS + ("caption", "noise")

# Bits of ``confirmed``: which of a row's decisions a person has made or accepted.
LABEL, ARTICLE, BREAK, TEXT = 1, 2, 4, 8


@dataclass
class Why:
    """The rule behind each of a row's suggested decisions and its confidence in [0,1]."""
    label_rule: str = ""
    label_conf: float = 1.0
    break_rule: str = ""
    break_conf: float = 1.0
    article_rule: str = ""
    article_conf: float = 1.0

    def confidence(self):
        return min(self.label_conf, self.break_conf, self.article_conf)


@dataclass
class Suggestions:
    """One pass's decisions for every line (``None``/-1/False where a line is blank)."""
    label: list
    article: list
    para_end: list
    why: list
    edits: dict = field(default_factory=dict)      # row -> proposed text (e.g. de-duplicated headline)
    splits: list = field(default_factory=list)     # (row, offset, label of the second piece[, of the first])
    # (rows holding a layout space or a Markdown mark, rows holding a half-width mark): the
    # rows whose text a corpus's cleaning may change (pipeline.rows_to_clean)
    to_clean: tuple = (frozenset(), frozenset())
    # row r -> row s: the paragraph open at row r goes on at row s, a piece printed before
    # it (rules.piece_links)
    goes_on: dict = field(default_factory=dict)
