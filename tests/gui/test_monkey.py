"""A monkey at the keyboard: 2,000 random keys from the keymap pressed on the real window.

Every key is a real key event (qtbot.keyClick) sent to whatever has focus, as a person's
would be. When a key opens something (the line editor, Go to, the article picker, Find,
the cheat sheet) the monkey types into it and closes it with Return or Escape, again by
keys. Along the way and at the end the document must keep the promises the engine's
property tests check (tests/test_fuzz.py):

- the document is consistent and its corpus meets the format, citing every non-blank line;
- the preview shows exactly the corpus's blocks;
- undoing everything restores the opening state and redoing everything the final one;
- a fresh document given the operations in effect, in order, ends in the same state.

``ZHENGWEN_MONKEY_KEYS`` and ``ZHENGWEN_MONKEY_SEED`` change the count and the seed.
"""
import os
import random
import time
from collections import Counter

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication

from app.corpus import build_corpus
from app.corpus_check import check_corpus
from app.lines import split_lines
from app.document import Document
from app.keymap import load_keymap
from app.suggest import open_document

pytestmark = pytest.mark.gui

KEYS = int(os.environ.get("ZHENGWEN_MONKEY_KEYS", "2000"))
SEED = int(os.environ.get("ZHENGWEN_MONKEY_SEED", "20261124"))
# keys that leave the window (file dialogs, quitting) are not the monkey's to press
SKIP = {"file.open", "file.open_folder", "file.save_as", "file.export", "file.quit"}
TYPED = list("中文的一是在不了有和人这上们，。、 abc123") + ["", "<b>", "\u2028"]


def key_pool(keymap):
    pool = []
    for aid, keys in sorted(keymap.keys.items()):
        if aid in SKIP or aid == "edit.split":
            continue
        for k in keys:
            combo = QKeySequence(k)[0]
            pool.append((aid, combo.key(), combo.keyboardModifiers()))
    return pool


def columns(doc):
    return {c: list(getattr(doc, c)) for c in Document.COLUMNS}


def check(win, lines):
    doc = win.doc
    doc.assert_consistent()
    corpus = build_corpus(doc)
    assert check_corpus(corpus, lines) == []
    # the preview shows a run of the articles (all of them on a short page), exactly
    shown = [(k, t) for k, t in win.preview.blocks() if k != "heading"]
    lo, hi = win.preview.shown_range()
    want = [(b["type"], b["text"]) for a in corpus["articles"][max(lo, 1) - 1:hi] for b in a["blocks"]]
    assert shown == want
    heads = [t for k, t in win.preview.blocks() if k == "heading"]
    assert [h.split(" ·")[0] for h in heads] == [f"Article {i}" for i in range(lo, hi + 1)] if hi else heads == []
    return corpus


class Monkey:
    def __init__(self, qtbot, win, rnd):
        self.qtbot, self.win, self.rnd = qtbot, win, rnd
        self.pool = key_pool(load_keymap())
        self.pressed = {}
        self.handled = Counter()      # what the keys opened and the monkey then dealt with

    def press(self, widget, key, mod=Qt.KeyboardModifier.NoModifier):
        self.qtbot.keyClick(widget, key, mod)

    def type(self, widget, text):
        """Key events carrying ``text`` (as an input method delivers Chinese: QTest's own
        typing knows only ASCII)."""
        for ch in text:
            if ch.isascii() and ch.isprintable():
                self.qtbot.keyClicks(widget, ch)
                continue
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))

    def settle(self):
        """Deal, by keys, with whatever the last key opened; then focus is on the pane."""
        win, rnd = self.win, self.rnd
        seen = set()
        for _ in range(6):
            QApplication.processEvents()      # a dialog takes focus only once events run
            focus = QApplication.focusWidget()
            modal = QApplication.activeModalWidget()
            editing = win.view.state() == QAbstractItemView.State.EditingState
            find = win.acts.find_dialog
            if editing and focus is not None and focus is not win.view:
                seen.add("line editor")
                for ch in rnd.sample(TYPED, rnd.randrange(0, 4)):
                    self.type(focus, ch)
                if rnd.random() < 0.2:
                    self.press(focus, Qt.Key.Key_Backspace)
                self.press(focus, rnd.choice([Qt.Key.Key_Return, Qt.Key.Key_Return, Qt.Key.Key_Escape]))
            elif modal is not None:
                seen.add(type(modal).__name__)
                target = focus if focus is not None and modal.isAncestorOf(focus) else modal
                if rnd.random() < 0.5:
                    self.type(target, str(rnd.randrange(1, 40)))
                    self.press(target, Qt.Key.Key_Return)
                QApplication.processEvents()
                if QApplication.activeModalWidget() is modal:
                    focus = QApplication.focusWidget()
                    self.press(focus if focus is not None and modal.isAncestorOf(focus) else modal,
                               Qt.Key.Key_Escape)
            elif find is not None and find.isVisible():
                seen.add("FindDialog")
                self.type(find.edit, rnd.choice(["的", "一", "x", "。"]))
                self.press(find.edit, Qt.Key.Key_Return)
                self.press(find.edit, Qt.Key.Key_Escape)
                if find.isVisible():
                    find.hide()
            elif focus is not win.view:
                win.activateWindow()
                win.view.setFocus()
            else:
                break
        self.handled.update(seen)

    def run(self, n, lines, every=250):
        for i in range(1, n + 1):
            aid, key, mod = self.rnd.choice(self.pool)
            self.pressed[aid] = self.pressed.get(aid, 0) + 1
            self.press(QApplication.focusWidget() or self.win.view, key, mod)
            self.settle()
            if i % every == 0:
                check(self.win, lines)


def test_two_thousand_random_keys_keep_every_promise(open_window, qtbot, tmp_path, sample_path):
    text = "\n".join(sample_path.read_text(encoding="utf-8").splitlines()[:150]) + "\n"
    monkey_on(open_window, qtbot, tmp_path, text, KEYS, every=250)


def test_random_keys_on_a_page_longer_than_the_preview_holds(open_window, qtbot, tmp_path, sample_path):
    """The preview slides along a page of 70 articles while keys rewrite it."""
    sample = sample_path.read_text(encoding="utf-8")
    monkey_on(open_window, qtbot, tmp_path, sample * 14, max(200, KEYS // 5), every=50, all_actions=False)


def monkey_on(open_window, qtbot, tmp_path, text, keys, every, all_actions=True):
    page = tmp_path / "monkey.txt"
    page.write_text(text, encoding="utf-8")
    lines = split_lines(text)
    win = open_window(page, session=tmp_path / "monkey.json")
    start = columns(win.doc)
    rnd = random.Random(SEED)
    t = time.monotonic()
    monkey = Monkey(qtbot, win, rnd)
    monkey.run(keys, lines, every)
    secs = time.monotonic() - t
    doc = win.doc
    corpus = check(win, lines)
    end = columns(doc)
    ops = len(doc._undo)

    # history: all the way back, all the way forward, through the window's own undo stack
    while win.stack.canUndo():
        win.stack.undo()
    assert columns(doc) == start
    while win.stack.canRedo():
        win.stack.redo()
    assert columns(doc) == end and build_corpus(doc) == corpus
    check(win, lines)

    # a fresh document given only the operations in effect ends in the same state
    in_effect = list(doc._undo)
    fresh = open_document(doc.source, split_lines(doc.source.text))
    for op in in_effect:
        fresh.do(op)
    assert columns(fresh) == end and build_corpus(fresh) == corpus
    actions = {aid for aid, _, _ in monkey.pool}
    print(f"monkey: {keys} keys (seed {SEED}) in {secs:.1f} s; {len(monkey.pressed)} of {len(actions)} actions "
          f"pressed; {ops} operations in effect, {sum(e is not None for e in doc.edited)} lines retyped, "
          f"{len(corpus['articles'])} articles; opened and answered: {dict(monkey.handled)}")
    assert set(monkey.pressed) == actions or keys < 1000 or not all_actions
