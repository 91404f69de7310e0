"""The bridge from Qt's undo stack to the document's own history.

The document keeps the real history; a :class:`DocCommand` only tells it when to step.
Every command is pushed through :func:`push` and the stack is never touched otherwise, so
the two stay in lockstep.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack


# the names operations give themselves, for the translation tools to find
OPERATION_NAMES = (
    QT_TRANSLATE_NOOP("operations", "Label kicker"),
    QT_TRANSLATE_NOOP("operations", "Label headline"),
    QT_TRANSLATE_NOOP("operations", "Label subtitle"),
    QT_TRANSLATE_NOOP("operations", "Label byline"),
    QT_TRANSLATE_NOOP("operations", "Label subheading"),
    QT_TRANSLATE_NOOP("operations", "Label paragraph"),
    QT_TRANSLATE_NOOP("operations", "Label caption"),
    QT_TRANSLATE_NOOP("operations", "Label noise"),
    QT_TRANSLATE_NOOP("operations", "Toggle paragraph end"),
    QT_TRANSLATE_NOOP("operations", "Confirm"),
    QT_TRANSLATE_NOOP("operations", "Confirm article"),
    QT_TRANSLATE_NOOP("operations", "Edit text"),
    QT_TRANSLATE_NOOP("operations", "Start article"),
    QT_TRANSLATE_NOOP("operations", "Merge with previous article"),
    QT_TRANSLATE_NOOP("operations", "Move to new article"),
    QT_TRANSLATE_NOOP("operations", "Move to article"),
    QT_TRANSLATE_NOOP("operations", "Split line"),
    QT_TRANSLATE_NOOP("operations", "Keep half-width punctuation"),
    QT_TRANSLATE_NOOP("operations", "Fold half-width punctuation"),
    QT_TRANSLATE_NOOP("operations", "Set page number"),
    QT_TRANSLATE_NOOP("operations", "Clear page number"),
    QT_TRANSLATE_NOOP("operations", "Link to another page"),
    QT_TRANSLATE_NOOP("operations", "Unlink"),
    QT_TRANSLATE_NOOP("operations", "Paragraph goes on at line"),
    QT_TRANSLATE_NOOP("operations", "Paragraph goes on nowhere"),
)


def op_text(name: str) -> str:
    # app.commands names a move "Move to article 3": translate the words, keep the number
    m = re.fullmatch(r"Move to article (\d+)", name)
    if m:
        return QCoreApplication.translate("operations", "Move to article %1").replace("%1", m.group(1))
    return QCoreApplication.translate("operations", name)


class DocCommand(QUndoCommand):
    def __init__(self, doc, op, applied=False):
        super().__init__(op_text(op.name))
        self.doc, self.op = doc, op
        self._done = False
        self._applied = applied     # already in the document's history: the push applies nothing
        self.error: Exception | None = None

    def redo(self):
        if self._applied:
            self._applied, self._done = False, True
        elif not self._done:
            self._done = True
            try:
                self.doc.do(self.op)
            except (ValueError, IndexError) as e:
                # an operation that cannot apply leaves the document as it was; obsolete
                # commands are dropped by push() instead of entering the stack
                self.error = e
                self.setObsolete(True)
        else:
            self.doc.redo()

    def undo(self):
        self.doc.undo()


def push(stack: QUndoStack, doc, op) -> bool:
    """Apply ``op`` to ``doc`` through ``stack``; False when there was nothing to do or it
    could not apply."""
    if op is None:
        return False
    cmd = DocCommand(doc, op)
    stack.push(cmd)
    return cmd.error is None


def restore(stack: QUndoStack, doc) -> None:
    """``stack`` (empty) holding what ``doc`` can undo: a document taken up again keeps its
    history; what it could redo is dropped, as a new step would drop it."""
    doc.drop_redo()
    for op in doc.history():
        stack.push(DocCommand(doc, op, applied=True))
